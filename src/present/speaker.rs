//! The speaker window (opened with S): the current slide's notes, a preview of the next slide,
//! elapsed time, the clock and a pacing timer; in sync both ways with the presenter through a
//! BroadcastChannel, so either window can drive.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::data::deck::{
    command_for_key, format_clock, navigate, slide_index_from_param, Command, Deck, DeckRef,
    JumpBuffer, SyncMessage, DEFAULT_SLIDE_SECONDS,
};
use crate::i18n::*;
use crate::present::browser::{
    body_class, deck_link, from_text_field, kept_frames, label_main, now_ms, remember_start,
    talk_started,
};
use crate::present::decks::{slide_frame, slide_label, use_deck, DeckState};
use crate::routes::document_title;

/// `/present/speaker?deck=…&slide=…`: the speaker's window.
#[component]
pub fn SpeakerPage() -> impl IntoView {
    let i18n = use_i18n();
    body_class("presenting");
    label_main(move || t_string!(i18n, present.speaker_title).to_owned());
    let (reference, deck) = use_deck();
    view! {
        <Title text=move || document_title(Some(t_string!(i18n, present.speaker_title)), t_string!(i18n, app_name)) />
        {move || match (deck.get(), reference.get()) {
            (DeckState::Ready(deck), Some(reference)) => view! { <Speaker deck reference /> }.into_any(),
            (DeckState::Loading, _) => {
                view! { <p class="loading present-message" role="status">{t!(i18n, data.loading)}</p> }
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
    let query = use_query_map();
    let len = deck.slides.len();
    let current =
        Memo::new(move |_| query.with(|q| slide_index_from_param(q.get_str("slide"), len)));
    let channel_name = reference.channel();
    let started = RwSignal::new(talk_started(&channel_name));
    let now = RwSignal::new(now_ms());
    if let Ok(handle) =
        set_interval_with_handle(move || now.set(now_ms()), Duration::from_millis(500))
    {
        on_cleanup(move || handle.clear());
    }
    let jump = RwSignal::new(JumpBuffer::default());

    let (go, channel) = deck_link("/present/speaker", &reference, current, len, started, false);
    // Ask the presenter where it is (and when the talk started).
    channel.post(SyncMessage::Hello);
    let on_key = {
        let go = go.clone();
        move |ev: web_sys::KeyboardEvent| {
            if from_text_field(&ev) {
                return;
            }
            let modifiers = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
            let command = command_for_key(&ev.key(), modifiers);
            match command {
                Some(c @ (Command::Next | Command::Previous | Command::First | Command::Last)) => {
                    // Space and Enter on a focused button are the button's.
                    if ev.key() == " " && is_button(&ev) {
                        return;
                    }
                    ev.prevent_default();
                    if let Some(i) = navigate(c, current.get_untracked(), len) {
                        go(i);
                    }
                }
                Some(Command::Digit(d)) => jump.update(|j| j.push(d)),
                Some(Command::Enter) if !jump.with_untracked(JumpBuffer::is_empty) => {
                    ev.prevent_default();
                    let mut buffer = jump.get_untracked();
                    if let Some(i) = buffer.take(len) {
                        go(i);
                    }
                    jump.set(JumpBuffer::default());
                }
                Some(Command::Escape) => jump.set(JumpBuffer::default()),
                _ => {}
            }
        }
    };
    let handle = window_event_listener(ev::keydown, on_key);
    on_cleanup(move || handle.remove());

    let slides = Arc::new(deck.slides.clone());
    let elapsed = move || now.get().saturating_sub(started.get()) / 1000;
    let notes = {
        let slides = slides.clone();
        move || {
            let notes = slides[current.get()].notes.clone();
            if notes.trim().is_empty() {
                view! { <p class="speaker__muted">{t!(i18n, present.no_notes)}</p> }.into_any()
            } else {
                notes
                    .split("\n\n")
                    .map(|p| view! { <p>{p.to_owned()}</p> })
                    .collect_view()
                    .into_any()
            }
        }
    };
    let pace = {
        let deck = deck.clone();
        move || {
            let secs = deck.pace(current.get(), elapsed() as u32);
            let time = format_clock(secs.abs());
            match secs {
                0 => t_string!(i18n, present.on_time).to_owned(),
                s if s > 0 => t_string!(i18n, present.behind, time = time.as_str()).to_string(),
                _ => t_string!(i18n, present.ahead, time = time.as_str()).to_string(),
            }
        }
    };
    let pace_class = {
        let deck = deck.clone();
        move || match deck.pace(current.get(), elapsed() as u32) {
            s if s > 0 => "speaker__pace is-behind",
            _ => "speaker__pace",
        }
    };
    let planned = {
        let deck = deck.clone();
        move || {
            let slide = deck.slides[current.get()]
                .duration
                .unwrap_or(DEFAULT_SLIDE_SECONDS);
            let slide = format_clock(i64::from(slide));
            let total = format_clock(i64::from(deck.planned_total()));
            t_string!(
                i18n,
                present.planned,
                slide = slide.as_str(),
                total = total.as_str()
            )
            .to_string()
        }
    };
    let clock = move || {
        let _ = now.get();
        let d = web_sys::js_sys::Date::new_0();
        format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
    };
    let current_title = {
        let slides = slides.clone();
        move || slide_label(&slides[current.get()])
    };
    // The next slide's preview: its frames are kept, like the projector's, so that moving on
    // only changes which one is visible instead of starting the app again.
    let next_index = move || Some(current.get() + 1).filter(|n| *n < len);
    let previews = kept_frames(next_index, len);
    let preview_frame = {
        let slides = slides.clone();
        move |i: usize| {
            slide_frame(&slides[i], i, "speaker__frame", move || {
                next_index() == Some(i)
            })
        }
    };
    let next_title = {
        let slides = slides.clone();
        move || next_index().map(|i| slide_label(&slides[i]))
    };
    let prev = {
        let go = go.clone();
        move |_| go(current.get_untracked().saturating_sub(1))
    };
    let next = {
        let go = go.clone();
        move |_| go((current.get_untracked() + 1).min(len - 1))
    };
    let restart = {
        let name = channel_name.clone();
        move |_| {
            let s = now_ms();
            started.set(s);
            remember_start(&name, s);
            channel.post(SyncMessage::Restart { started: s });
        }
    };

    view! {
        <div class="speaker">
            <header class="speaker__head">
                <h1>{t!(i18n, present.speaker_title)}</h1>
                <p class="speaker__current" aria-live="polite">
                    <span class="speaker__count">
                        {move || t_string!(i18n, present.slide_of, n = current.get() + 1, total = len).to_string()}
                    </span>
                    " · "
                    <span class="speaker__title">{current_title}</span>
                </p>
                <div class="speaker__nav">
                    <button type="button" on:click=prev>"← " {t!(i18n, present.prev)}</button>
                    <button type="button" on:click=next>{t!(i18n, present.next)} " →"</button>
                </div>
            </header>
            <section class="speaker__notes" aria-labelledby="speaker-notes">
                <h2 id="speaker-notes">{t!(i18n, present.notes)}</h2>
                {notes}
            </section>
            <section class="speaker__next" aria-labelledby="speaker-next">
                <h2 id="speaker-next">{t!(i18n, present.next_slide)}</h2>
                <Show
                    when=move || next_index().is_some()
                    fallback=move || view! { <p class="speaker__muted">{t!(i18n, present.last_slide)}</p> }
                >
                    <p class="speaker__next-title">{next_title.clone()}</p>
                </Show>
                <div class="speaker__preview" class:is-empty=move || next_index().is_none()>
                    <For each=move || previews.get() key=|i| *i children=preview_frame.clone() />
                </div>
            </section>
            <section class="speaker__time" aria-labelledby="speaker-time">
                <h2 id="speaker-time" class="visually-hidden">{t!(i18n, present.pace)}</h2>
                <dl>
                    <div>
                        <dt>{t!(i18n, present.elapsed)}</dt>
                        <dd class="speaker__elapsed">{move || format_clock(elapsed() as i64)}</dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, present.clock)}</dt>
                        <dd>{clock}</dd>
                    </div>
                    <div>
                        <dt>{t!(i18n, present.pace)}</dt>
                        <dd class=pace_class>{pace}</dd>
                    </div>
                </dl>
                <p class="speaker__planned">{planned}</p>
                <button type="button" on:click=restart>{t!(i18n, present.restart)}</button>
            </section>
        </div>
    }
}

fn is_button(ev: &web_sys::KeyboardEvent) -> bool {
    use leptos::wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.tag_name() == "BUTTON")
}
