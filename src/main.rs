//! Entry point: install the panic hook, then mount the app. Everything else lives in the library.
fn main() {
    mdg_explorer::ui::fatal::install_panic_hook();
    // Drawn in a task of its own, not in the one that compiled and started the module: two
    // shorter tasks instead of one long one (issue 14).
    wasm_bindgen_futures::spawn_local(async {
        mdg_explorer::ui::next_task().await;
        leptos::mount::mount_to_body(mdg_explorer::app::App);
    });
}
