//! The presenter's modal dialog (the overview of all slides, the list of keys).

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_use::use_event_listener;
use web_sys::{HtmlDialogElement, HtmlElement};

use crate::i18n::*;

/// A modal dialog over the presenter: a heading and a close button, then `children`.
///
/// A native `<dialog>` opened with `showModal()`, so the page behind is inert (no clicks, no
/// focus, hidden from screen readers). Esc or the close button calls `on_close`; Tab and
/// Shift+Tab wrap around inside, rather than leaving for the browser's own controls. Focus moves
/// in on open (to `initial_focus` if given, else the close button) and back to the element that
/// had it before, when the dialog goes away.
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
    let root = NodeRef::<leptos::html::Dialog>::new();
    let opener = document()
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let opener = StoredValue::new_local(opener);
    Effect::new(move |_| {
        if let Some(dialog) = root.get() {
            // `showModal` refuses a detached element: by the next frame it is in the document.
            if dialog.is_connected() {
                open_modal(&dialog, initial_focus);
            } else {
                request_animation_frame(move || open_modal(&dialog, initial_focus));
            }
        }
    });
    // Another way to close (a platform's back gesture): the dialog goes with its owner.
    let _ = use_event_listener(root, ev::Custom::<ev::Event>::new("cancel"), move |ev| {
        ev.prevent_default();
        close_after_event(on_close);
    });
    on_cleanup(move || {
        // Closed first: while it is modal, the page behind is inert and cannot take focus.
        if let Some(dialog) = root.get_untracked() {
            dialog.close();
        }
        opener.with_value(|el| {
            if let Some(el) = el.as_ref().filter(|el| el.is_connected()) {
                let _ = el.focus();
            }
        });
    });

    let on_keydown = move |ev: ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            // Handled here: the presenter's own Esc would also leave the presentation.
            ev.stop_propagation();
            close_after_event(on_close);
        }
        "Tab" => {
            if let Some(dialog) = root.get_untracked() {
                wrap_focus(&dialog, &ev);
            }
        }
        _ => {}
    };
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <dialog
            node_ref=root
            id=id
            class=format!("present-dialog {class}")
            role="dialog"
            aria-modal="true"
            aria-labelledby=labelled_by
            on:keydown=on_keydown
            // A click on the backdrop keeps focus where it is (and does nothing else).
            on:mousedown=move |ev| {
                if ev.target() == root.get_untracked().map(Into::into) {
                    ev.prevent_default();
                }
            }
        >
            <div class="present-dialog__head">
                <h2 id=heading>{move || title.get()}</h2>
                <button
                    type="button"
                    class="present-dialog__close"
                    on:click=move |_| close_after_event(on_close)
                >
                    {t!(i18n, present.close)}
                </button>
            </div>
            {children()}
        </dialog>
    }
}

/// Opens `dialog` as a modal (which focuses its first control) and focuses `initial_focus`.
fn open_modal(dialog: &HtmlDialogElement, initial_focus: Option<&str>) {
    if !dialog.is_connected() || dialog.open() {
        return;
    }
    let _ = dialog.show_modal();
    let wanted = initial_focus
        .and_then(|sel| dialog.query_selector(sel).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(el) = wanted {
        let _ = el.focus();
    }
}

/// What can take focus inside a dialog, in document order.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex=\"-1\"])";

/// Tab on the dialog's last control goes to its first, Shift+Tab on the first to the last.
fn wrap_focus(dialog: &HtmlDialogElement, ev: &ev::KeyboardEvent) {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let items: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let (Some(head), Some(tail)) = (items.first(), items.last()) else {
        ev.prevent_default();
        return;
    };
    let active = document().active_element();
    let at = |el: &HtmlElement| active.as_ref() == Some(el.unchecked_ref());
    let to = match ev.shift_key() {
        true if at(head) => tail,
        false if at(tail) => head,
        _ => return,
    };
    ev.prevent_default();
    let _ = to.focus();
}

/// Closes once the current event has been dispatched: closing removes the dialog and its
/// handlers, and a handler further along the same event (the presenter's window-wide keys) must
/// not find its closure gone.
pub fn close_after_event(on_close: Callback<()>) {
    set_timeout(move || on_close.run(()), std::time::Duration::ZERO);
}
