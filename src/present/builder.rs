//! The deck editor (`/present/edit?deck=<id>`): rename the deck; reorder (drag, or the move
//! buttons from the keyboard), retitle, notes, durations, remove; saved in localStorage as you
//! type; export as a JSON file (imported from the deck list, [`super::library`]); share as a link.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::data::deck::{encode_share, format_clock, parse_duration, Deck, Slide};
use crate::i18n::*;
use crate::present::browser::{
    absolute_url, copy_text, download, focus_later, load_library, update_library,
};
use crate::routes::{document_title, AppBase};

/// A slide with an identity that survives reordering (so the rows keep their focus and state).
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: u64,
    slide: Slide,
}

#[derive(Clone, Copy)]
struct Editor {
    rows: RwSignal<Vec<Row>>,
    next_id: StoredValue<u64>,
    status: RwSignal<String>,
}

impl Editor {
    fn rows_from(&self, deck: Deck) -> Vec<Row> {
        deck.slides
            .into_iter()
            .map(|slide| {
                let id = self.next_id.get_value();
                self.next_id.set_value(id + 1);
                Row { id, slide }
            })
            .collect()
    }

    fn position(&self, id: u64) -> Option<usize> {
        self.rows.with(|rows| rows.iter().position(|r| r.id == id))
    }

    fn update(&self, id: u64, f: impl FnOnce(&mut Slide)) {
        self.rows.update(|rows| {
            if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
                f(&mut row.slide);
            }
        });
    }
}

/// `/present/edit?deck=<id>`: the deck editor for one saved deck (without `deck=`: the current
/// deck, or a new one if there is none).
#[component]
pub fn DeckEditorPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let query = use_query_map();
    let asked = Memo::new(move |_| query.with(|q| q.get_str("deck").map(str::to_owned)));
    view! {
        <Title text=move || document_title(Some(t_string!(i18n, present.editor_title)), t_string!(i18n, app_name)) />
        {move || {
            let id = match asked.get() {
                Some(text) => text.parse::<u32>().ok().filter(|id| load_library().get(*id).is_some()),
                None => update_library(|l| l.current_id().or_else(|| l.create(Deck::default()))),
            };
            match id {
                // Keyed by the deck: another deck is a fresh editor.
                Some(id) => view! { <DeckEditor id /> }.into_any(),
                None => view! {
                    <article class="page present-editor">
                        <h1>{t!(i18n, present.editor_title)}</h1>
                        <p role="alert">{t!(i18n, present.no_deck)}</p>
                        <p><a href=base.href("/present#present-mine")>{t!(i18n, present.all_decks)}</a></p>
                    </article>
                }
                .into_any(),
            }
        }}
    }
}

/// The editor of saved deck `id`.
#[component]
fn DeckEditor(id: u32) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    // Opening a deck makes it the one "Add to deck" adds to.
    let initial = update_library(|l| {
        l.set_current(id);
        l.get(id).cloned().unwrap_or_default()
    });
    let editor = Editor {
        rows: RwSignal::new(Vec::new()),
        next_id: StoredValue::new(1),
        status: RwSignal::new(String::new()),
    };
    let title = RwSignal::new(initial.title.clone());
    editor.rows.set(editor.rows_from(initial));
    let undo = RwSignal::new(None::<Deck>);
    let dragging = RwSignal::new(None::<u64>);

    let current_deck = move || {
        Deck::new(
            title.get(),
            editor
                .rows
                .with(|rows| rows.iter().map(|r| r.slide.clone()).collect()),
        )
    };
    // Saved on every change, so the presenter and a reload see the same deck.
    Effect::new(move |_| {
        let deck = current_deck();
        update_library(|l| l.replace(id, deck));
    });

    let replace_with = move |deck: Deck| {
        undo.set(Some(current_deck()));
        title.set(deck.title.clone());
        editor.rows.set(editor.rows_from(deck));
    };
    let on_clear = move |_| {
        replace_with(Deck::default());
        editor
            .status
            .set(t_string!(i18n, present.cleared).to_owned());
    };
    let on_undo = move |_| {
        if let Some(deck) = undo.get_untracked() {
            undo.set(None);
            title.set(deck.title.clone());
            editor.rows.set(editor.rows_from(deck));
            editor.status.set(String::new());
        }
    };
    let on_export = move |_| {
        let deck = current_deck();
        download(&file_name(&deck.title), &deck.to_json(), "application/json");
    };
    let share_url = {
        let base = base.clone();
        move || {
            let deck = current_deck();
            (!deck.slides.is_empty()).then(|| {
                absolute_url(
                    &base.href(&format!("/present/show?d={}&slide=1", encode_share(&deck))),
                )
            })
        }
    };
    let share = move || {
        share_url().map(|url| {
            let copy_url = url.clone();
            view! {
                <section class="present-share" aria-labelledby="present-share-heading">
                    <h2 id="present-share-heading">{t!(i18n, present.share)}</h2>
                    <p id="present-share-help">{t!(i18n, present.share_help)}</p>
                    <div class="present-share__row">
                        <input
                            type="text"
                            readonly
                            class="present-share__url"
                            aria-labelledby="present-share-heading"
                            aria-describedby="present-share-help"
                            prop:value=url
                        />
                        <button
                            type="button"
                            on:click=move |_| {
                                copy_text(&copy_url);
                                editor.status.set(t_string!(i18n, present.copied).to_owned());
                            }
                        >
                            {t!(i18n, present.copy)}
                        </button>
                    </div>
                </section>
            }
        })
    };
    let ids = move || {
        editor
            .rows
            .with(|rows| rows.iter().map(|r| r.id).collect::<Vec<_>>())
    };
    let empty = move || editor.rows.with(Vec::is_empty);

    view! {
        <article class="page present-editor">
            <header class="page-heading">
                <h1>{t!(i18n, present.editor_title)}</h1>
                <p class="lede">{t!(i18n, present.editor_intro)}</p>
            </header>
            <p class="present-editor__back">
                <a href=base.href("/present#present-mine")>{t!(i18n, present.all_decks)}</a>
            </p>
            <div class="present-field">
                <label for="present-deck-title">{t!(i18n, present.deck_title)}</label>
                <input
                    id="present-deck-title"
                    type="text"
                    maxlength="200"
                    placeholder=move || t_string!(i18n, present.untitled)
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <div class="present-actions" role="group" aria-label=move || t_string!(i18n, present.actions)>
                <Show when=move || !empty()>
                    <a class="button button--primary" href=base.href(&format!("/present/show?deck=mine-{id}&slide=1"))>
                        {t!(i18n, present.start)}
                    </a>
                    <a class="button" href=base.href(&format!("/present/print?deck=mine-{id}"))>{t!(i18n, present.print)}</a>
                    <button type="button" on:click=on_export>{t!(i18n, present.export)}</button>
                </Show>
                <Show when=move || !empty()>
                    <button type="button" class="button--danger" on:click=on_clear>
                        {t!(i18n, present.clear)}
                    </button>
                </Show>
            </div>
            <div class="present-status" role="status">
                {move || editor.status.get()}
                <Show when=move || undo.with(Option::is_some) && !editor.status.with(String::is_empty)>
                    " "
                    <button type="button" class="present-link-button" on:click=on_undo>
                        {t!(i18n, present.undo)}
                    </button>
                </Show>
            </div>
            <h2>{t!(i18n, present.slides_heading)}</h2>
            <Show
                when=move || !empty()
                fallback=move || view! { <p class="present-empty">{t!(i18n, present.editor_empty)}</p> }
            >
                <ol class="present-slides">
                    <For each=ids key=|id| *id let:id>
                        <SlideRow id editor dragging />
                    </For>
                </ol>
            </Show>
            {share}
        </article>
    }
}

#[component]
fn SlideRow(id: u64, editor: Editor, dragging: RwSignal<Option<u64>>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let position = Memo::new(move |_| editor.position(id).unwrap_or(0));
    let slide = Memo::new(move |_| {
        editor
            .rows
            .with(|rows| rows.iter().find(|r| r.id == id).map(|r| r.slide.clone()))
            .unwrap_or_default()
    });
    let duration_text = RwSignal::new(
        slide
            .get_untracked()
            .duration
            .map(|d| format_clock(i64::from(d)))
            .unwrap_or_default(),
    );
    let duration_bad = RwSignal::new(false);
    let n = move || position.get() + 1;
    let prefix = format!("present-slide-{id}");

    let move_to = move |to: usize, button: &'static str| {
        let from = position.get_untracked();
        editor.rows.update(|rows| {
            let to = to.min(rows.len() - 1);
            let row = rows.remove(from);
            rows.insert(to, row);
        });
        let now = position.get_untracked() + 1;
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
        let at = position.get_untracked();
        editor.rows.update(|rows| {
            rows.retain(|r| r.id != id);
        });
        editor
            .status
            .set(t_string!(i18n, present.removed).to_owned());
        let next = editor
            .rows
            .with_untracked(|rows| rows.get(at).or(rows.last()).map(|r| r.id));
        match next {
            Some(next) => focus_later(format!("[data-row=\"{next}\"] .present-remove")),
            None => focus_later("#present-deck-title"),
        }
    };
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
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(from_id) = dragging.get_untracked() {
            dragging.set(None);
            if let (Some(from), Some(to)) = (editor.position(from_id), editor.position(id)) {
                editor.rows.update(|rows| {
                    let row = rows.remove(from);
                    rows.insert(to, row);
                });
                editor
                    .status
                    .set(t_string!(i18n, present.moved, n = to + 1).to_string());
            }
        }
    };
    let title_id = format!("{prefix}-title");
    let notes_id = format!("{prefix}-notes");
    let duration_id = format!("{prefix}-duration");
    let duration_err = format!("{prefix}-duration-error");
    let heading_id = format!("{prefix}-heading");
    let heading_ref = heading_id.clone();

    view! {
        <li
            class="present-slide"
            class:is-dragging=move || dragging.get() == Some(id)
            data-row=id
            aria-labelledby=heading_ref
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            <div class="present-slide__head">
                <span
                    class="present-slide__handle"
                    draggable="true"
                    title=move || t_string!(i18n, present.drag)
                    aria-hidden="true"
                    on:dragstart=move |ev: leptos::ev::DragEvent| {
                        if let Some(dt) = ev.data_transfer() {
                            let _ = dt.set_data("text/plain", &id.to_string());
                            dt.set_effect_allowed("move");
                        }
                        dragging.set(Some(id));
                    }
                    on:dragend=move |_| dragging.set(None)
                >
                    "⠿"
                </span>
                <h3 id=heading_id>{move || t_string!(i18n, present.slide_heading, n = n()).to_string()}</h3>
                <a class="present-slide__view" href=move || base.href(&slide.get().path)>
                    <span class="visually-hidden">{t!(i18n, present.open_view)} ": "</span>
                    {move || slide.get().path}
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
            <div class="present-slide__fields">
                <div class="present-field">
                    <label for=title_id.clone()>{t!(i18n, present.slide_title)}</label>
                    <input
                        id=title_id
                        type="text"
                        maxlength="200"
                        placeholder=move || t_string!(i18n, present.slide_title_hint)
                        prop:value=move || slide.get().title
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            editor.update(id, |s| s.title = v);
                        }
                    />
                </div>
                <div class="present-field">
                    <label for=duration_id.clone()>{t!(i18n, present.duration)}</label>
                    <input
                        id=duration_id
                        type="text"
                        inputmode="decimal"
                        size="6"
                        aria-invalid=move || duration_bad.get().then_some("true")
                        aria-describedby=move || duration_bad.get().then(|| duration_err.clone())
                        prop:value=move || duration_text.get()
                        on:input=on_duration
                    />
                    <Show when=move || duration_bad.get()>
                        <p class="present-field__error" id=format!("{prefix}-duration-error")>
                            {t!(i18n, present.duration_bad)}
                        </p>
                    </Show>
                </div>
                <div class="present-field present-field--wide">
                    <label for=notes_id.clone()>{t!(i18n, present.notes)}</label>
                    <textarea
                        id=notes_id
                        rows="3"
                        maxlength="5000"
                        prop:value=move || slide.get().notes
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            editor.update(id, |s| s.notes = v);
                        }
                    ></textarea>
                </div>
            </div>
        </li>
    }
}

/// A file name for an exported deck: its title in lower-case ASCII words, or "mdg-deck".
fn file_name(title: &str) -> String {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "mdg-deck.json".to_owned()
    } else {
        format!("{}.json", slug.chars().take(60).collect::<String>())
    }
}
