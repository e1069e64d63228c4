//! The speaker window (opened with S): the current slide's notes, the current slide as the
//! audience sees it and a preview of the next slide,
//! elapsed time, the clock and a pacing timer; in sync both ways with the presenter through a
//! `BroadcastChannel` ([`DeckLink`]), so either window can drive.

mod slides;
mod time;

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_use::{use_event_listener, use_window};

use crate::data::deck::{command_for_key, Command, Deck, DeckRef, JumpBuffer};
use crate::i18n::*;
use crate::present::browser::{body_class, from_button, from_text_field, label_main};
use crate::present::decks::{slide_label, use_deck, DeckState};
use crate::present::link::DeckLink;
use crate::routes::document_title;
use crate::routes::Page;
use slides::{CurrentSlide, NextSlide, Notes, NOW_FRAME};
use time::SpeakerTime;

/// `/present/speaker?deck=…&slide=…`: the speaker's window.
#[component]
pub fn SpeakerPage() -> impl IntoView {
    let i18n = use_i18n();
    body_class("presenting");
    label_main(move || t_string!(i18n, present.speaker_title).to_owned());
    let (reference, deck) = use_deck();
    view! {
        <Title text=move || document_title(
            Some(t_string!(i18n, present.speaker_title)),
            t_string!(i18n, app_name),
        ) />
        {move || match (deck.get(), reference.get()) {
            (DeckState::Ready(deck), Some(reference)) => {
                view! { <Speaker deck reference /> }.into_any()
            }
            (DeckState::Loading, _) => {
                view! {
                    <p class="loading present-message" role="status">
                        {t!(i18n, data.loading)}
                    </p>
                }
                    .into_any()
            }
            _ => {
                view! {
                    <div class="present-message">
                        <h1>{t!(i18n, present.speaker_title)}</h1>
                        <p role="alert">{t!(i18n, present.no_deck)}</p>
                    </div>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn Speaker(deck: Arc<Deck>, reference: DeckRef) -> impl IntoView {
    let i18n = use_i18n();
    let link = DeckLink::new(
        |deck, n| Page::Speaker(deck, n),
        &reference,
        deck.slides.len(),
        NOW_FRAME,
        false,
    );
    let deck = StoredValue::new(deck);
    use_speaker_keys(link);
    let (current, len) = (link.current, link.len);
    let title = move || {
        let i = current.get();
        deck.with_value(|deck| slide_label(&deck.slides[i]))
    };
    view! {
        <div class="speaker">
            <header class="speaker__head">
                <h1>{t!(i18n, present.speaker_title)}</h1>
                <p class="speaker__current" aria-live="polite">
                    <span class="speaker__count">
                        {move || {
                            t_string!(i18n, present.slide_of, n = current.get() + 1, total = len)
                                .to_string()
                        }}
                    </span>
                    " · "
                    <span class="speaker__title">{title}</span>
                </p>
                <div class="speaker__nav">
                    <button type="button" on:click=move |_| link.prev()>
                        "← "
                        {t!(i18n, present.prev)}
                    </button>
                    <button type="button" on:click=move |_| link.next()>
                        {t!(i18n, present.next)}
                        " →"
                    </button>
                </div>
            </header>
            <Notes link deck />
            <CurrentSlide link deck />
            <NextSlide link deck />
            <SpeakerTime link deck />
        </div>
    }
}

/// The speaker window's keys: moves and slide numbers (the rest are the projector's).
fn use_speaker_keys(link: DeckLink) {
    let jump = RwSignal::new(JumpBuffer::default());
    let _ = use_event_listener(use_window(), ev::keydown, move |ev| {
        if from_text_field(&ev) {
            return;
        }
        let modifiers = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
        match command_for_key(&ev.key(), modifiers) {
            // Space on a focused button is the button's.
            Some(command) if DeckLink::moves(command) && ev.key() == " " && from_button(&ev) => {}
            Some(command) if DeckLink::moves(command) => {
                ev.prevent_default();
                link.step(command);
            }
            Some(Command::Digit(d)) => jump.update(|j| j.push(d)),
            Some(Command::Enter) if !jump.with_untracked(JumpBuffer::is_empty) => {
                ev.prevent_default();
                link.jump(jump);
            }
            Some(Command::Escape) => jump.set(JumpBuffer::default()),
            _ => {}
        }
    });
}
