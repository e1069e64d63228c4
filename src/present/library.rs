//! The list of decks saved in this browser (on the presenter's entry page): present, edit,
//! duplicate or delete (with undo) any of them, create a new one, import a deck file as a new
//! deck. The list operations themselves are `mdg_data::deck_library`.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_i18n::I18nContext;
use leptos_router::NavigateOptions;
use wasm_bindgen_futures::JsFuture;

use crate::data::deck::Deck;
use crate::data::deck::DeckRef;
use crate::data::deck_library::{DeckLibrary, DeckSummary, Removed, MAX_DECKS};
use crate::i18n::*;
use crate::present::browser::focus_later;
use crate::present::decks::deck_error_message;
use crate::present::storage::{load_library, update_library};
use crate::routes::AppBase;
use crate::routes::Page;
use crate::ui::locale::use_navigate;

/// A deck's title as shown: its own, or the placeholder for an untitled deck.
pub fn shown_title(i18n: I18nContext<Locale>, title: &str) -> String {
    if title.trim().is_empty() {
        t_string!(i18n, present.untitled).to_owned()
    } else {
        title.to_owned()
    }
}

/// The list's state: the decks as last read or written, and the last action's outcome.
#[derive(Clone, Copy)]
struct DeckList {
    library: RwSignal<DeckLibrary>,
    status: RwSignal<String>,
    error: RwSignal<Option<String>>,
    undo: RwSignal<Option<Removed>>,
}

impl DeckList {
    /// Applies `change` to the stored list (read afresh, so other tabs' changes are kept), saves
    /// it and shows the result.
    fn apply<R>(&self, change: impl FnOnce(&mut DeckLibrary) -> R) -> R {
        let (result, library) = update_library(|library| (change(library), library.clone()));
        self.library.set(library);
        self.error.set(None);
        result
    }

    fn full(&self, i18n: I18nContext<Locale>) {
        self.status.set(String::new());
        self.error.set(Some(
            t_string!(i18n, present.library_full, n = MAX_DECKS).to_string(),
        ));
    }

    /// Adds the deck in a deck file's `text` as a new deck, or says why it cannot.
    fn import(&self, i18n: I18nContext<Locale>, text: &str) {
        match Deck::from_json(text) {
            Ok(deck) => {
                let count = deck.slides.len();
                let title = shown_title(i18n, &deck.title);
                if self.apply(|l| l.create(deck)).is_some() {
                    self.undo.set(None);
                    self.status.set(
                        t_string!(
                            i18n,
                            present.imported,
                            title = title.as_str(),
                            count = count
                        )
                        .to_string(),
                    );
                } else {
                    self.full(i18n);
                }
            }
            Err(e) => {
                let reason = deck_error_message(i18n, &e);
                self.status.set(String::new());
                self.error.set(Some(
                    t_string!(i18n, present.import_failed, reason = reason.as_str()).to_string(),
                ));
            }
        }
    }
}

/// The file chosen in the file input that fired `ev`. The input is cleared, so that choosing the
/// same file again fires another change.
fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// The saved decks, with their actions, "New deck" and "Import a deck file".
#[component]
pub fn SavedDecks() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let list = DeckList {
        library: RwSignal::new(load_library()),
        status: RwSignal::new(String::new()),
        error: RwSignal::new(None),
        undo: RwSignal::new(None),
    };

    let on_new = move |_| match list.apply(|l| l.create(Deck::default())) {
        Some(id) => navigate(&Page::Edit(Some(id)).path(), NavigateOptions::default()),
        None => list.full(i18n),
    };
    let on_undo = move |_| {
        if let Some(removed) = list.undo.get_untracked() {
            let title = shown_title(i18n, &removed.saved.deck.title);
            list.undo.set(None);
            let id = list.apply(|l| l.restore(removed));
            list.status
                .set(t_string!(i18n, present.restored, title = title.as_str()).to_string());
            focus_later(edit_link(id));
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        let text = JsFuture::from(file.text());
        leptos::task::spawn_local(async move {
            let text = text.await.ok().and_then(|t| t.as_string());
            list.import(i18n, &text.unwrap_or_default());
        });
    };
    let rows = move || list.library.with(DeckLibrary::summaries);
    let current = move || list.library.with(DeckLibrary::current_id);

    view! {
        <div class="present-library">
            <div class="present-actions">
                <button type="button" class="button--primary" on:click=on_new>
                    {t!(i18n, present.new_deck)}
                </button>
                <label class="button present-import">
                    {t!(i18n, present.import)}
                    <input
                        type="file"
                        class="visually-hidden"
                        accept=".json,application/json"
                        on:change=on_import
                    />
                </label>
            </div>
            <div class="present-status" role="status">
                {move || list.status.get()}
                <Show when=move || {
                    list.undo.with(Option::is_some)
                }>
                    " "
                    <button
                        type="button"
                        class="present-link-button present-library__undo"
                        on:click=on_undo
                    >
                        {t!(i18n, present.undo)}
                    </button>
                </Show>
            </div>
            <Show when=move || list.error.with(Option::is_some)>
                <p class="notice notice--error present-error" role="alert">
                    {move || list.error.get().unwrap_or_default()}
                </p>
            </Show>
            <Show
                when=move || list.library.with(|l| !l.decks.is_empty())
                fallback=move || view! { <p class="present-empty">{t!(i18n, present.no_decks)}</p> }
            >
                <ul class="card-grid present-decks present-library__list">
                    <For
                        each=rows
                        key=|row: &DeckSummary| (row.id, row.title.clone(), row.slides)
                        let:row
                    >
                        <DeckRow row list current=Signal::derive(current) />
                    </For>
                </ul>
            </Show>
        </div>
    }
}

/// The selector of a deck's "Edit" link (where focus goes after a duplicate or an undo).
fn edit_link(id: u32) -> String {
    format!("[data-deck=\"{id}\"] .present-library__edit")
}

#[component]
fn DeckRow(row: DeckSummary, list: DeckList, current: Signal<Option<u32>>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let DeckSummary { id, title, slides } = row;
    let shown = shown_title(i18n, &title);
    let heading = format!("present-deck-{id}");
    let labelled_by = heading.clone();
    let on_duplicate = {
        let shown = shown.clone();
        move |_| {
            let copy = t_string!(i18n, present.copy_of, title = shown.as_str()).to_string();
            match list.apply(|l| l.duplicate(id, copy.clone())) {
                Some(new_id) => {
                    list.undo.set(None);
                    list.status.set(
                        t_string!(i18n, present.duplicated, title = copy.as_str()).to_string(),
                    );
                    focus_later(edit_link(new_id));
                }
                None => list.full(i18n),
            }
        }
    };
    let on_delete = {
        let shown = shown.clone();
        move |_| {
            if let Some(removed) = list.apply(|l| l.remove(id)) {
                list.undo.set(Some(removed));
                list.status
                    .set(t_string!(i18n, present.deleted, title = shown.as_str()).to_string());
                // The row is gone: the way back is the undo button.
                focus_later(".present-library__undo");
            }
        }
    };
    let actions_label = {
        let shown = shown.clone();
        move || t_string!(i18n, present.deck_actions, title = shown.as_str()).to_string()
    };
    view! {
        <li class="card present-library__item" data-deck=id aria-labelledby=labelled_by>
            <h3 id=heading>{shown.clone()}</h3>
            <p class="present-count">
                {move || t_string!(i18n, present.mine_count, count = slides).to_string()}
            </p>
            <Show when=move || current.get() == Some(id)>
                <p class="present-library__current">{t!(i18n, present.current_deck)}</p>
            </Show>
            <div class="present-actions" role="group" aria-label=actions_label>
                {(slides > 0)
                    .then(|| {
                        view! {
                            <a
                                class="button button--primary"
                                href=base.to(Page::Show(&DeckRef::Saved(id), 1))
                            >
                                {t!(i18n, present.start)}
                            </a>
                        }
                    })}
                <a class="button present-library__edit" href=base.to(Page::Edit(Some(id)))>
                    {t!(i18n, present.edit)}
                </a>
                <button type="button" on:click=on_duplicate>
                    {t!(i18n, present.duplicate)}
                </button>
                <button type="button" class="button--danger" on:click=on_delete>
                    {t!(i18n, present.delete)}
                </button>
            </div>
        </li>
    }
}
