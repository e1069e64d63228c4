//! The deck editor (`/present/edit?deck=<id>`): rename the deck; reorder (drag, or the move
//! buttons from the keyboard), retitle, notes, durations, remove; saved in localStorage as you
//! type; export as a JSON file (imported from the deck list, [`super::library`]); share as a link.
//!
//! [`editor`]: the state; [`row`] and [`fields`]: one slide; [`share`]: the share link.

mod editor;
mod fields;
mod row;
mod share;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::data::deck::Deck;
use crate::data::deck::DeckRef;
use crate::i18n::*;
use crate::present::storage::{read_library, update_library};
use crate::routes::Page;
use crate::routes::{document_title, AppBase};
use crate::ui::download::download_text;
use editor::Editor;
use row::SlideRow;
use share::ShareLink;

/// `/present/edit?deck=<id>`: the deck editor for one saved deck (without `deck=`: the current
/// deck, or a new one if there is none).
#[component]
pub fn DeckEditorPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let query = use_query_map();
    let asked = Memo::new(move |_| query.with(|q| q.get_str("deck").map(str::to_owned)));
    view! {
        <Title text=move || document_title(
            Some(t_string!(i18n, present.editor_title)),
            t_string!(i18n, app_name),
        ) />
        {move || {
            let id = match asked.get() {
                Some(text) => {
                    text.parse::<u32>().ok().filter(|id| read_library().get(*id).is_some())
                }
                None => update_library(|l| l.current_id().or_else(|| l.create(Deck::default()))),
            };
            match id {
                Some(id) => {
                    // Runs again only when `deck=` changes; without it, the editor opens the current
                    // deck, and makes one if there is none.
                    // Keyed by the deck: another deck is a fresh editor.
                    view! { <DeckEditor id /> }
                        .into_any()
                }
                None => {
                    view! {
                        <article class="page present-editor">
                            <h1>{t!(i18n, present.editor_title)}</h1>
                            <p role="alert">{t!(i18n, present.no_deck)}</p>
                            <p>
                                <a href=base
                                    .href(
                                        &Page::Present.at("present-mine"),
                                    )>{t!(i18n, present.all_decks)}</a>
                            </p>
                        </article>
                    }
                        .into_any()
                }
            }
        }}
    }
}

/// The editor of saved deck `id`.
#[component]
fn DeckEditor(id: u32) -> impl IntoView {
    let i18n = use_i18n();
    // Opening a deck makes it the one "Add to deck" adds to.
    let initial = update_library(|l| {
        l.set_current(id);
        l.get(id).cloned().unwrap_or_default()
    });
    let editor = Editor::new(id, initial);
    let title = editor.title;
    let ids = move || {
        editor
            .rows
            .with(|rows| rows.iter().map(|r| r.id).collect::<Vec<_>>())
    };
    view! {
        <article class="page present-editor">
            <header class="page-heading">
                <h1>{t!(i18n, present.editor_title)}</h1>
                <p class="lede">{t!(i18n, present.editor_intro)}</p>
            </header>
            <p class="present-editor__back">
                <a href=AppBase::expect()
                    .href(&Page::Present.at("present-mine"))>{t!(i18n, present.all_decks)}</a>
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
            <DeckActions id editor />
            <h2>{t!(i18n, present.slides_heading)}</h2>
            <Show
                when=move || !editor.rows.with(Vec::is_empty)
                fallback=move || {
                    view! { <p class="present-empty">{t!(i18n, present.editor_empty)}</p> }
                }
            >
                <ol class="present-slides">
                    <For each=ids key=|id| *id let:id>
                        <SlideRow id editor />
                    </For>
                </ol>
            </Show>
            <ShareLink editor />
        </article>
    }
}

/// Present, print, export and clear the deck; the last action's outcome, with "Undo" after a
/// clear.
#[component]
fn DeckActions(id: u32, editor: Editor) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let empty = move || editor.rows.with(Vec::is_empty);
    let on_export = move |_| {
        let deck = editor.deck();
        download_text(&file_name(&deck.title), "application/json", &deck.to_json());
    };
    let on_clear = move |_| editor.clear(t_string!(i18n, present.cleared).to_owned());
    view! {
        <div
            class="present-actions"
            role="group"
            aria-label=move || t_string!(i18n, present.actions)
        >
            <Show when=move || !empty()>
                <a class="button button--primary" href=base.to(Page::Show(&DeckRef::Saved(id), 1))>
                    {t!(i18n, present.start)}
                </a>
                <a class="button" href=base.to(Page::Print(&DeckRef::Saved(id)))>
                    {t!(i18n, present.print)}
                </a>
                <button type="button" on:click=on_export>
                    {t!(i18n, present.export)}
                </button>
            </Show>
            <Show when=move || !empty()>
                <button type="button" class="button--danger" on:click=on_clear>
                    {t!(i18n, present.clear)}
                </button>
            </Show>
        </div>
        <div class="present-status" role="status">
            {move || editor.status.get()}
            <Show when=move || {
                editor.undo.with(Option::is_some) && !editor.status.with(String::is_empty)
            }>
                " "
                <button type="button" class="present-link-button" on:click=move |_| editor.undo()>
                    {t!(i18n, present.undo)}
                </button>
            </Show>
        </div>
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
