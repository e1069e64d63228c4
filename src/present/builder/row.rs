//! One slide in the deck editor: its heading, view link and buttons (drag, move, remove), then
//! its fields.

use leptos::ev::DragEvent;
use leptos::prelude::*;

use super::editor::Editor;
use super::fields::SlideFields;
use crate::i18n::*;
use crate::present::browser::focus_later;
use crate::routes::AppBase;

/// A slide's row, which can be dropped on to move the dragged row here.
#[component]
pub(super) fn SlideRow(
    /// The row's identity.
    id: u64,
    /// The deck being edited.
    editor: Editor,
) -> impl IntoView {
    let i18n = use_i18n();
    let dragging = editor.dragging;
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        if let Some(from_id) = dragging.get_untracked() {
            dragging.set(None);
            if let (Some(from), Some(to)) = (editor.position(from_id), editor.position(id)) {
                let at = editor.move_row(from, to);
                editor
                    .status
                    .set(t_string!(i18n, present.moved, n = at + 1).to_string());
            }
        }
    };
    let heading = format!("present-slide-{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <li
            class="present-slide"
            class:is-dragging=move || dragging.get() == Some(id)
            data-row=id
            aria-labelledby=labelled_by
            on:dragover=|ev: DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            <RowHead id editor heading />
            <SlideFields id editor />
        </li>
    }
}

/// The drag handle, the slide's number, its view and the move and remove buttons.
#[component]
fn RowHead(id: u64, editor: Editor, heading: String) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let position = Memo::new(move |_| editor.position(id).unwrap_or(0));
    let n = move || position.get() + 1;
    let path = Memo::new(move |_| editor.slide(id).unwrap_or_default().path);
    let move_to = move |to: usize, button: &'static str| {
        let now = editor.move_row(position.get_untracked(), to) + 1;
        editor
            .status
            .set(t_string!(i18n, present.moved, n = now).to_string());
        let last = editor.rows.with_untracked(Vec::len);
        // Keep focus on the same control of the moved slide; at an end, on its other button.
        let selector = match button {
            "up" if now == 1 => "down",
            "down" if now == last => "up",
            b => b,
        };
        focus_later(format!("[data-row=\"{id}\"] .present-move-{selector}"));
    };
    let remove = move |_| {
        let next = editor.remove(id);
        editor
            .status
            .set(t_string!(i18n, present.removed).to_owned());
        match next {
            Some(next) => focus_later(format!("[data-row=\"{next}\"] .present-remove")),
            None => focus_later("#present-deck-title"),
        }
    };
    view! {
        <div class="present-slide__head">
            <span
                class="present-slide__handle"
                draggable="true"
                title=move || t_string!(i18n, present.drag)
                aria-hidden="true"
                on:dragstart=move |ev: DragEvent| {
                    if let Some(dt) = ev.data_transfer() {
                        let _ = dt.set_data("text/plain", &id.to_string());
                        dt.set_effect_allowed("move");
                    }
                    editor.dragging.set(Some(id));
                }
                on:dragend=move |_| editor.dragging.set(None)
            >
                "⠿"
            </span>
            <h3 id=heading>
                {move || t_string!(i18n, present.slide_heading, n = n()).to_string()}
            </h3>
            <a class="present-slide__view" href=move || path.with(|p| base.href(p))>
                <span class="visually-hidden">{t!(i18n, present.open_view)} ": "</span>
                {path}
            </a>
            <div class="present-slide__buttons">
                <button
                    type="button"
                    class="present-move-up"
                    disabled=move || position.get() == 0
                    aria-label=move || t_string!(i18n, present.move_up, n = n()).to_string()
                    on:click=move |_| move_to(position.get_untracked().saturating_sub(1), "up")
                >
                    "↑"
                </button>
                <button
                    type="button"
                    class="present-move-down"
                    disabled=move || { position.get() + 1 >= editor.rows.with(Vec::len) }
                    aria-label=move || t_string!(i18n, present.move_down, n = n()).to_string()
                    on:click=move |_| move_to(position.get_untracked() + 1, "down")
                >
                    "↓"
                </button>
                <button
                    type="button"
                    class="present-remove"
                    aria-label=move || t_string!(i18n, present.remove, n = n()).to_string()
                    on:click=remove
                >
                    "✕"
                </button>
            </div>
        </div>
    }
}
