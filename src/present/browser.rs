//! The few browser calls presenter mode needs besides storage ([`super::storage`]) and the
//! speaker window's channel ([`super::link`]): full screen, pop-up windows, focus, the page's
//! `<body>` and `<main>`, and the slide frames kept loaded.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// Enters or leaves full screen.
pub fn toggle_fullscreen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Opens (or focuses) a named pop-up window; `false` if the browser blocked it.
pub fn open_window(url: &str, name: &str) -> bool {
    window()
        .open_with_url_and_target_and_features(url, name, "popup,width=1100,height=760")
        .ok()
        .flatten()
        .is_some()
}

/// The absolute URL of an app path (for share links).
pub fn absolute_url(href: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{href}")
}

/// The slide frames to keep mounted for a view that shows slide `shown()` (if any): that one at
/// once and, a moment later, its neighbours; none is ever dropped, so coming back to a slide (or
/// to a preview) only changes which frame is visible. The neighbours wait until the new slide is
/// on screen, because a frame that starts the app shares this window's main thread.
pub fn kept_frames(
    shown: impl Fn() -> Option<usize> + Send + Sync + 'static,
    len: usize,
) -> RwSignal<BTreeSet<usize>> {
    let mounted = RwSignal::new(BTreeSet::new());
    let shown = Memo::new(move |_| shown());
    Effect::new(move |_| {
        let Some(i) = shown.get() else { return };
        mounted.update(|set| {
            set.insert(i);
        });
        set_timeout(
            move || {
                if shown.get_untracked() == Some(i) {
                    mounted.update(|set| set.extend(i.saturating_sub(1)..=(i + 1).min(len - 1)));
                }
            },
            std::time::Duration::from_millis(400),
        );
    });
    // The first frame at once, not after the first effect run.
    if let Some(i) = shown.get_untracked() {
        mounted.update_untracked(|set| {
            set.insert(i);
        });
    }
    mounted
}

/// Adds a class to `<body>` while the calling component lives (hides the site's header and
/// footer behind the presenter, or switches the print layout).
pub fn body_class(class: &'static str) {
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1(class);
    }
    on_cleanup(move || {
        if let Some(body) = document().body() {
            let _ = body.class_list().remove_1(class);
        }
    });
}

/// Names the page's `<main>` while the calling component lives: the slides' frames hold the app
/// too, each with its own `<main>`, and landmarks must be told apart.
pub fn label_main(label: impl Fn() -> String + 'static) {
    let set = move |value: Option<String>| {
        if let Some(main) = document().get_element_by_id("main") {
            let _ = match value {
                Some(v) => main.set_attribute("aria-label", &v),
                None => main.remove_attribute("aria-label"),
            };
        }
    };
    Effect::new(move |_| set(Some(label())));
    on_cleanup(move || set(None));
}

fn key_target(ev: &web_sys::KeyboardEvent) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()
}

/// Whether a key event comes from a text field (where keys are typing, not commands).
pub fn from_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    key_target(ev).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.has_attribute("contenteditable")
    })
}

/// Whether a key event comes from a button (whose own Space and Enter come first).
pub fn from_button(ev: &web_sys::KeyboardEvent) -> bool {
    key_target(ev).is_some_and(|el| el.tag_name() == "BUTTON")
}

/// Moves focus to the first element matching `selector` (after the DOM has updated).
pub fn focus_later(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
