//! Shared components: shell parts, page heading, data loading states.

pub mod charts;
pub mod date;
pub mod download;
pub mod error;
pub mod fatal;
pub mod figure;
pub mod footer;
pub mod group_css;
pub mod header;
pub mod in_turn;
pub mod loaded;
pub mod locale;
pub mod nav;
pub mod nav_link;
pub mod nav_menu;
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

/// Resolves in a later task (a zero-delay timeout), so that what follows is not part of the
/// current task: the browser can paint and answer input in between (issue 14: long tasks are
/// what Lighthouse's Total Blocking Time counts).
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}

/// Whether this document is a slide: the app in the presenter's or a handout's frame
/// (`?projector=1`, on which public/start.js sets `html.projector`). A view shows the room what
/// it would fold away on the page (its `<details>` open, unless marked `data-slide-omit`).
pub fn on_a_slide() -> bool {
    leptos::prelude::document()
        .document_element()
        .is_some_and(|html| html.class_list().contains("projector"))
}

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

/// Goes to the element `id` on the current page: scrolls it into view, moves keyboard focus to it
/// and writes `#id` into the address bar without a navigation. With a `<base href>` in the
/// document, a bare `href="#id"` would go to the app's home page instead.
pub fn jump_to(id: &str) {
    use leptos::wasm_bindgen::JsCast;
    let Some(el) = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    el.scroll_into_view();
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
    let window = leptos::prelude::window();
    let location = window.location();
    let here = format!(
        "{}{}#{id}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let state = history
            .state()
            .unwrap_or(leptos::wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&here));
    }
}

/// Scrolls to the element the address bar's fragment names, if it is in the document: for views
/// drawn after their data arrives, which the browser cannot scroll to by itself.
pub fn scroll_to_fragment() {
    let id = fragment();
    if let Some(el) = (!id.is_empty())
        .then(|| leptos::prelude::document().get_element_by_id(&id))
        .flatten()
    {
        el.scroll_into_view();
    }
}

/// The address's `#…` without its `#` (empty if there is none).
pub fn fragment() -> String {
    let hash = leptos::prelude::window()
        .location()
        .hash()
        .unwrap_or_default();
    hash.trim_start_matches('#').to_owned()
}
