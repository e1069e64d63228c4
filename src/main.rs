//! Entry point: install the panic hook, then mount the app. Everything else lives in the library.
fn main() {
    mdg_explorer::ui::fatal::install_panic_hook();
    leptos::mount::mount_to_body(mdg_explorer::app::App);
}
