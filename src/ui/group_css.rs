//! A page group's stylesheet, linked when the group is first opened. Release builds do not link
//! the groups' stylesheets up front (scripts/post-build.mjs names them in
//! `<meta name="app-chunks" data-css-<group>>`): `public/start.js` links the one of the page being
//! opened, and a page of another group waits here for its own before it is drawn, so no page is
//! ever shown without its styles. Builds without page groups link every stylesheet in index.html.

use leptos::prelude::{document, window};
use leptos::wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlLinkElement;

/// The longest a page waits for its styles: a stylesheet that has already failed to load does
/// not tell a listener added later.
const WAIT_MS: i32 = 3000;

/// Waits until page group `group`'s stylesheet (named as in src/routes.rs, `progress_pages`)
/// applies, linking it if it is not linked yet.
pub async fn group_css(group: &str) {
    let Some(link) = link(group) else { return };
    if link.sheet().is_some() {
        return;
    }
    let loaded = js_sys::Promise::new(&mut |resolve, _| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &resolve);
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, WAIT_MS);
    });
    let _ = JsFuture::from(loaded).await;
}

/// The group's `<link>`, added if `public/start.js` has not; `None` if the build links every
/// stylesheet up front, or the group has none.
fn link(group: &str) -> Option<HtmlLinkElement> {
    let doc = document();
    let group = group.replace('_', "-");
    let href = doc
        .query_selector("meta[name=\"app-chunks\"]")
        .ok()??
        .get_attribute(&format!("data-css-{group}"))?;
    // Groups drawn with the same stylesheet (the progress pages and the map) share one
    // link.
    let linked = doc
        .query_selector(&format!("link[data-group-css][href=\"{href}\"]"))
        .ok()?;
    if let Some(linked) = linked {
        return linked.dyn_into().ok();
    }
    let link: HtmlLinkElement = doc.create_element("link").ok()?.dyn_into().ok()?;
    link.set_rel("stylesheet");
    link.set_href(&href);
    let _ = link.set_attribute("data-group-css", &group);
    doc.head()?.append_child(&link).ok()?;
    Some(link)
}
