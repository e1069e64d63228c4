//! A slide's fields in the deck editor: title, planned duration and speaker notes.

use leptos::prelude::*;

use super::editor::Editor;
use crate::data::deck::{format_clock, parse_duration};
use crate::i18n::*;

/// Slide `id`'s title, duration (checked as typed) and notes, each saved as typed.
#[component]
pub(super) fn SlideFields(
    /// The row's identity.
    id: u64,
    /// The deck being edited.
    editor: Editor,
) -> impl IntoView {
    let i18n = use_i18n();
    let slide = Memo::new(move |_| editor.slide(id).unwrap_or_default());
    let duration_text = RwSignal::new(
        slide
            .get_untracked()
            .duration
            .map(|d| format_clock(i64::from(d)))
            .unwrap_or_default(),
    );
    let duration_bad = RwSignal::new(false);
    let on_duration = move |ev| {
        let text = event_target_value(&ev);
        duration_text.set(text.clone());
        match parse_duration(&text) {
            Ok(d) => {
                duration_bad.set(false);
                editor.update(id, |s| s.duration = d);
            }
            Err(()) => duration_bad.set(true),
        }
    };
    let field = move |name: &str| format!("present-slide-{id}-{name}");
    let duration_err = field("duration-error");
    view! {
        <div class="present-slide__fields">
            <div class="present-field">
                <label for=field("title")>{t!(i18n, present.slide_title)}</label>
                <input
                    id=field("title")
                    type="text"
                    maxlength="200"
                    placeholder=move || t_string!(i18n, present.slide_title_hint)
                    prop:value=move || slide.with(|s| s.title.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        editor.update(id, |s| s.title = v);
                    }
                />
            </div>
            <div class="present-field">
                <label for=field("duration")>{t!(i18n, present.duration)}</label>
                <input
                    id=field("duration")
                    type="text"
                    inputmode="decimal"
                    size="6"
                    aria-invalid=move || duration_bad.get().then_some("true")
                    aria-describedby=move || duration_bad.get().then(|| duration_err.clone())
                    prop:value=move || duration_text.get()
                    on:input=on_duration
                />
                <Show when=move || duration_bad.get()>
                    <p class="present-field__error" id=field("duration-error")>
                        {t!(i18n, present.duration_bad)}
                    </p>
                </Show>
            </div>
            <div class="present-field present-field--wide">
                <label for=field("notes")>{t!(i18n, present.notes)}</label>
                <textarea
                    id=field("notes")
                    rows="3"
                    maxlength="5000"
                    prop:value=move || slide.with(|s| s.notes.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        editor.update(id, |s| s.notes = v);
                    }
                ></textarea>
            </div>
        </div>
    }
}
