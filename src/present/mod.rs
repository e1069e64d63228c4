//! Presenter mode for trainers: decks of the app's own live views, shown full screen in a
//! projector theme and driven from the keyboard or a clicker; a speaker window; a deck editor;
//! printable handouts.
//!
//! - `/present`: this entry page (built-in decks, country briefing, your saved decks
//!   ([`library`]), the keys);
//! - `/present/show?deck=…&slide=…` ([`show`]), `/present/speaker?…` ([`speaker`]),
//!   `/present/edit?deck=…` ([`builder`]), `/present/print?deck=…` ([`handout`]);
//! - [`add`]: the shell's small "Add to deck" button (the only part outside the lazy chunk);
//! - [`link`]: the presenter and speaker windows in step; [`storage`]: what is kept in the
//!   browser.
//!
//! The pure logic (deck format, validation, share links, keys, pacing) is `mdg_data::deck`; the
//! saved deck list and its storage format, `mdg_data::deck_library`.

pub mod add;
pub mod browser;
pub mod builder;
pub mod decks;
pub mod dialog;
pub mod handout;
pub mod library;
pub mod link;
pub mod show;
pub mod speaker;
pub mod steps;
pub mod storage;

use leptos::prelude::*;

use crate::data::deck::DeckRef;
use crate::routes::Page;
use crate::ui::offline::OfflinePanel;

use crate::data::{data_path, Countries, DataFile};
use crate::i18n::*;
use crate::present::library::SavedDecks;
use crate::routes::{AppBase, Section};
use crate::store::use_data;
use crate::ui::loaded::loaded;
use crate::ui::page::PageHeading;

/// The presenter mode's entry page.
#[component]
pub fn PresentPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let country = RwSignal::new(String::new());

    let country_picker = move || {
        loaded(countries, move |countries| {
            let lang = i18n.get_locale().as_str();
            let mut list: Vec<(String, String)> = countries
                .countries
                .iter()
                .map(|c| (c.iso3.clone(), c.name.get(lang).to_owned()))
                .collect();
            list.sort_by_cached_key(|a| crate::data::fold(&a.1));
            if country.get_untracked().is_empty() {
                if let Some((code, _)) = list.first() {
                    country.set(code.clone());
                }
            }
            let base = AppBase::expect();
            let show = {
                let base = base.clone();
                move || base.to(Page::Show(&DeckRef::Country(country.get()), 1))
            };
            let print = move || base.to(Page::Print(&DeckRef::Country(country.get())));
            view! {
                <div class="present-field">
                    <label for="present-country">{t!(i18n, present.briefing_country)}</label>
                    <select
                        id="present-country"
                        prop:value=move || country.get()
                        on:change=move |ev| country.set(event_target_value(&ev))
                    >
                        {list
                            .into_iter()
                            .map(|(code, name)| {
                                view! { <option value=code.clone()>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
                <p class="present-actions">
                    <a class="button button--primary" href=show>
                        {t!(i18n, present.start)}
                    </a>
                    <a class="button" href=print>
                        {t!(i18n, present.print)}
                    </a>
                </p>
            }
        })
    };

    view! {
        <article class="page present-home">
            <PageHeading section=Section::Present />
            <section aria-labelledby="present-builtin">
                <h2 id="present-builtin">{t!(i18n, present.builtin_heading)}</h2>
                <ul class="card-grid present-decks">
                    <li class="card">
                        <h3>{t!(i18n, present.core_title)}</h3>
                        <p>{t!(i18n, present.core_desc)}</p>
                        <p class="present-actions">
                            <a
                                class="button button--primary"
                                href=base.to(Page::Show(&DeckRef::Core, 1))
                            >
                                {t!(i18n, present.start)}
                            </a>
                            <a class="button" href=base.to(Page::Print(&DeckRef::Core))>
                                {t!(i18n, present.print)}
                            </a>
                        </p>
                    </li>
                    <li class="card">
                        <h3>{t!(i18n, present.briefing_title)}</h3>
                        <p>{t!(i18n, present.briefing_desc)}</p>
                        {country_picker}
                    </li>
                </ul>
            </section>
            <section aria-labelledby="present-mine">
                <h2 id="present-mine">{t!(i18n, present.mine_heading)}</h2>
                <p>{t!(i18n, present.mine_desc)}</p>
                <SavedDecks />
            </section>
            <section aria-labelledby="present-keys">
                <h2 id="present-keys">{t!(i18n, present.keys_heading)}</h2>
                <KeyList />
            </section>
            <OfflinePanel />
        </article>
    }
}

/// The presenter's keys, as a definition list (entry page and the help overlay).
#[component]
pub fn KeyList() -> impl IntoView {
    let i18n = use_i18n();
    let row = |keys: &[&str], what: &'static str| {
        view! {
            <div class="key-list__row">
                <dt>{keys.iter().map(|k| view! { <kbd>{k.to_string()}</kbd> }).collect_view()}</dt>
                <dd>{what}</dd>
            </div>
        }
    };
    move || {
        // Key names as the reader's keyboard prints them ("Espace", "Entrée", "Inicio").
        let space = t_string!(i18n, present.kbd_space);
        let page_down = t_string!(i18n, present.kbd_page_down);
        let page_up = t_string!(i18n, present.kbd_page_up);
        let home = t_string!(i18n, present.kbd_home);
        let end = t_string!(i18n, present.kbd_end);
        let enter = t_string!(i18n, present.kbd_enter);
        let escape = t_string!(i18n, present.kbd_escape);
        view! {
            <dl class="key-list">
                {row(&["→", space, page_down], t_string!(i18n, present.key_next))}
                {row(&["←", page_up], t_string!(i18n, present.key_prev))}
                {row(&["N", "P"], t_string!(i18n, present.key_skip))}
                {row(&[home, end], t_string!(i18n, present.key_first_last))}
                <div class="key-list__row">
                    <dt>
                        <kbd>"1…9"</kbd>
                        " "
                        <kbd>{enter}</kbd>
                    </dt>
                    <dd>{t!(i18n, present.key_jump)} " (" {t!(i18n, present.key_number)} ")"</dd>
                </div> {row(&["F"], t_string!(i18n, present.key_fullscreen))}
                {row(&["O"], t_string!(i18n, present.key_overview))}
                {row(&["B", "."], t_string!(i18n, present.key_blackout))}
                {row(&["S"], t_string!(i18n, present.key_speaker))}
                {row(&["?"], t_string!(i18n, present.key_help))}
                {row(&[escape], t_string!(i18n, present.key_escape))}
            </dl>
        }
    }
}
