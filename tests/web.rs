//! Components in headless Chromium (wasm-bindgen-test): the shell mounts, reacts to the language
//! signal, and the loader turns a missing file into a typed error.
#![cfg(target_arch = "wasm32")]

use leptos::{prelude::*, task::tick, wasm_bindgen::JsCast};
use mdg_explorer::{app::App, data::DataError, store::DataStore};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_container() -> web_sys::HtmlElement {
    let storage = window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Lets the app draw: the shell in this task, the page in a later one (each page is built in a
/// task of its own, `routes.rs`).
async fn drawn() {
    tick().await;
    mdg_explorer::ui::next_task().await;
    tick().await;
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shell_mounts_with_every_nav_item_and_the_home_heading() {
    let root = fresh_container();
    let _app = leptos::mount::mount_to(root.clone(), App);
    drawn().await;

    let links = root.query_selector_all("nav.primary-nav a").unwrap();
    // Home, Goals, Present, About, the four pillars and the five progress views (the phone
    // menu's copies are drawn only while it is open).
    assert_eq!(links.length(), 13);
    assert_eq!(text_of(&root, "h1"), "The MDG Core Strategy at a glance");
    assert_eq!(text_of(&root, ".brand__name"), "MDG Core Strategy Explorer");
    let skip = root.query_selector("a.skip-link").unwrap().unwrap();
    assert_eq!(skip.get_attribute("href").as_deref(), Some("#main"));
}

#[wasm_bindgen_test]
async fn choosing_a_language_retranslates_and_is_stored() {
    let root = fresh_container();
    let _app = leptos::mount::mount_to(root.clone(), App);
    drawn().await;

    let select: web_sys::HtmlSelectElement = root
        .query_selector("#lang-select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("fr");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;

    assert_eq!(
        text_of(&root, "h1"),
        "La stratégie de base des OMD en un coup d'œil"
    );
    assert_eq!(text_of(&root, "label[for=lang-select]"), "Langue");
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
    let stored = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("mdg-explorer.locale")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("fr"));
}

#[wasm_bindgen_test]
async fn a_missing_data_file_is_a_typed_not_found_error() {
    let owner = Owner::new();
    owner.set();
    DataStore::provide();
    let result = DataStore::expect()
        .load::<mdg_explorer::data::Manifest>("data/does-not-exist.json")
        .await;
    match result {
        Err(DataError::NotFound { file }) => assert_eq!(file, "data/does-not-exist.json"),
        other => panic!("expected NotFound, got {:?}", other.map(|_| ())),
    }
}

/// The panic hook's report (ui/fatal.rs), called as the hook calls it: a panic cannot be raised
/// here, it would abort the test's own instance. The first report logs once and shows the message
/// with its reload link; a second (an event handler panicking after the first) does neither.
#[wasm_bindgen_test]
fn a_fatal_error_is_logged_once_and_shown_once_with_a_reload_link() {
    use mdg_explorer::ui::fatal::report_fatal;
    use std::cell::Cell;

    let html = document().document_element().unwrap();
    html.set_attribute("lang", "en").unwrap();
    let logged = Cell::new(0);
    assert!(report_fatal(|| logged.set(logged.get() + 1)));
    assert!(!report_fatal(|| logged.set(logged.get() + 1)));
    assert_eq!(logged.get(), 1);

    let panels = document().query_selector_all(".notice--fatal").unwrap();
    assert_eq!(panels.length(), 1);
    let panel: web_sys::Element = panels.get(0).unwrap().unchecked_into();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        panel
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Something went wrong")
    );
    assert_eq!(
        panel
            .query_selector("p")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("The app stopped because of an unexpected error. Reload the page to start again.")
    );
    let reload = panel.query_selector("a").unwrap().unwrap();
    assert_eq!(reload.get_attribute("href").as_deref(), Some(""));
    assert_eq!(reload.text_content().as_deref(), Some("Reload the page"));
    panel.remove();
}
