//! The presenter's modal dialog (the overview of all slides, the list of keys).

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::i18n::*;

/// What can take focus inside a dialog, in document order.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex=\"-1\"])";

/// A modal dialog over the presenter: a heading and a close button, then `children`.
///
/// While it is open, focus stays inside (Tab and Shift+Tab cycle through its controls, and focus
/// that lands outside is brought back); Esc or the close button calls `on_close`. Focus moves in
/// on open (to `initial_focus` if given, else the close button) and back to the element that had
/// it before, when the dialog goes away.
///
/// ```ignore
/// <Show when=move || open.get()>
///     <PresentDialog id="help" class="present-help" title=Signal::derive(|| "Keys".into())
///         on_close=Callback::new(move |_| open.set(false))>
///         <KeyList />
///     </PresentDialog>
/// </Show>
/// ```
#[component]
pub fn PresentDialog(
    /// Unique id; the heading is `{id}-heading` and names the dialog.
    id: &'static str,
    /// Extra class for the dialog's own layout.
    #[prop(optional)]
    class: &'static str,
    /// The heading.
    #[prop(into)]
    title: Signal<String>,
    /// Called on Esc and on the close button.
    on_close: Callback<()>,
    /// A selector (inside the dialog) for the element to focus on open.
    #[prop(optional)]
    initial_focus: Option<&'static str>,
    /// The dialog's content.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let root = NodeRef::<leptos::html::Div>::new();
    let opener = document()
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let opener = StoredValue::new_local(opener);
    let focusable = move || -> Vec<HtmlElement> {
        let Some(root) = root.get_untracked() else {
            return Vec::new();
        };
        let Ok(list) = root.query_selector_all(FOCUSABLE) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
            .collect()
    };
    let focus_first = move || {
        let root_el = root.get_untracked();
        let wanted = initial_focus.and_then(|sel| {
            root_el
                .as_ref()?
                .query_selector(sel)
                .ok()
                .flatten()?
                .dyn_into::<HtmlElement>()
                .ok()
        });
        if let Some(el) = wanted.or_else(|| focusable().into_iter().next()) {
            let _ = el.focus();
        }
    };
    request_animation_frame(focus_first);

    let on_keydown = move |ev: ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            // Handled here: the presenter's own Esc would also leave the presentation.
            ev.stop_propagation();
            close_after_event(on_close);
        }
        "Tab" => {
            let items = focusable();
            let (Some(first), Some(last)) = (items.first(), items.last()) else {
                ev.prevent_default();
                return;
            };
            let active = document().active_element();
            let at = |el: &HtmlElement| active.as_ref() == Some(el.unchecked_ref());
            let inside = items.iter().any(at);
            if ev.shift_key() && (at(first) || !inside) {
                ev.prevent_default();
                let _ = last.focus();
            } else if !ev.shift_key() && (at(last) || !inside) {
                ev.prevent_default();
                let _ = first.focus();
            }
        }
        _ => {}
    };
    // Focus that escapes (a click on the slide behind, a screen reader's jump) comes back.
    let guard = window_event_listener(ev::focusin, move |ev| {
        let (Some(root), Some(target)) = (root.get_untracked(), ev.target()) else {
            return;
        };
        let target = target.dyn_into::<web_sys::Node>().ok();
        if !root.contains(target.as_ref()) {
            focus_first();
        }
    });
    on_cleanup(move || {
        guard.remove();
        opener.with_value(|el| {
            if let Some(el) = el.as_ref().filter(|el| el.is_connected()) {
                let _ = el.focus();
            }
        });
    });

    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        // A click behind the dialog keeps focus where it is (and does nothing else).
        <div class="present-dialog__backdrop" on:mousedown=|ev| ev.prevent_default()></div>
        <div
            node_ref=root
            id=id
            class=format!("present-dialog {class}")
            role="dialog"
            aria-modal="true"
            aria-labelledby=labelled_by
            on:keydown=on_keydown
        >
            <div class="present-dialog__head">
                <h2 id=heading>{move || title.get()}</h2>
                <button type="button" class="present-dialog__close" on:click=move |_| close_after_event(on_close)>
                    {t!(i18n, present.close)}
                </button>
            </div>
            {children()}
        </div>
    }
}

/// Closes once the current event has been dispatched: closing removes the dialog and its
/// handlers, and a handler further along the same event (the presenter's window-wide keys) must
/// not find its closure gone.
pub fn close_after_event(on_close: Callback<()>) {
    set_timeout(move || on_close.run(()), std::time::Duration::ZERO);
}
