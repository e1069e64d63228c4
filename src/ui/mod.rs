//! Shared components: shell parts, page heading, data loading states.

pub mod charts;
pub mod date;
pub mod download;
pub mod error;
pub mod fatal;
pub mod figure;
pub mod footer;
pub mod header;
pub mod loaded;
pub mod locale;
pub mod nav_link;
pub mod number;
pub mod offline;
pub mod page;
pub mod prose;
pub mod route_loading;
pub mod sheet;
pub mod signal;
pub mod status;
pub mod table;
pub mod tabs;
pub mod update;

/// Moves keyboard focus to the main content (skip link, and after a route change).
pub fn focus_main() {
    use leptos::wasm_bindgen::JsCast;
    if let Some(main) = leptos::prelude::document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
