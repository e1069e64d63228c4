//! The projector view: the current slide's live view full screen, driven from the keyboard or a
//! clicker, with slide number, progress bar, overview, blackout, help and the speaker window.
//!
//! Each slide is the app itself in an `<iframe>` with the `projector=1` flag (large type, high
//! contrast, no site chrome; see public/start.js and style/present.css), so any view is a
//! slide. The slides next to the current one are loaded ahead and kept, so changing slide only
//! switches which frame is visible.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::data::deck::{
    command_for_key, navigate, slide_index_from_param, Command, Deck, DeckRef, JumpBuffer,
};
use crate::i18n::*;
use crate::present::browser::{
    body_class, deck_link, focus_later, from_text_field, kept_frames, label_main, open_window,
    talk_started, toggle_fullscreen,
};
use crate::present::decks::{slide_frame, slide_label, use_deck, DeckState};
use crate::present::dialog::{close_after_event, PresentDialog};
use crate::present::KeyList;
use crate::routes::{document_title, AppBase};

/// `/present/show?deck=…&slide=…`: presents a deck.
#[component]
pub fn PresenterPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    body_class("presenting");
    label_main(move || t_string!(i18n, present.presenter_label).to_owned());
    let (reference, deck) = use_deck();
    view! {
        <Title text=move || document_title(Some(t_string!(i18n, present.presenter_label)), t_string!(i18n, app_name)) />
        {move || match (deck.get(), reference.get()) {
            (DeckState::Ready(deck), Some(reference)) => {
                view! { <Presenter deck reference /> }.into_any()
            }
            (DeckState::Loading, _) => {
                view! { <p class="loading present-message" role="status">{t!(i18n, data.loading)}</p> }
                    .into_any()
            }
            (state, _) => {
                let message = match state {
                    DeckState::Invalid(message) => message,
                    DeckState::Empty => t_string!(i18n, present.empty_deck).to_owned(),
                    _ => t_string!(i18n, present.no_deck).to_owned(),
                };
                view! {
                    <div class="present-message">
                        <h1>{t!(i18n, present.presenter_label)}</h1>
                        <p role="alert">{message}</p>
                        <p>
                            <a href=base.href("/present")>{t!(i18n, present.back)}</a>
                        </p>
                    </div>
                }
                    .into_any()
            }
        }}
    }
}

/// What is shown over the slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Overlay {
    None,
    Overview,
    Help,
}

#[component]
fn Presenter(deck: Arc<Deck>, reference: DeckRef) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let navigate_to = use_navigate();
    let query = use_query_map();
    let len = deck.slides.len();
    let current =
        Memo::new(move |_| query.with(|q| slide_index_from_param(q.get_str("slide"), len)));
    let mounted = kept_frames(move || Some(current.get()), len);
    let overlay = RwSignal::new(Overlay::None);
    let blackout = RwSignal::new(false);
    let jump = RwSignal::new(JumpBuffer::default());
    let popup_blocked = RwSignal::new(false);
    let channel_name = reference.channel();
    let started = RwSignal::new(talk_started(&channel_name));
    // A local action moves this window and tells the speaker window.
    let (go, _channel) = deck_link("/present/show", &reference, current, len, started, true);
    let speaker_url = {
        let base = base.clone();
        let reference = reference.clone();
        move || {
            base.href(&format!(
                "/present/speaker?{}",
                reference.query(current.get_untracked() + 1)
            ))
        }
    };
    let leave_url = match &reference {
        DeckRef::Mine => "/present/edit".to_owned(),
        DeckRef::Saved(id) => format!("/present/edit?deck={id}"),
        _ => "/present".to_owned(),
    };

    // The dialog gives focus back to whatever opened it.
    let close_overlay =
        move || close_after_event(Callback::new(move |_| overlay.set(Overlay::None)));
    let on_key = {
        let go = go.clone();
        let navigate_to = navigate_to.clone();
        let speaker_url = speaker_url.clone();
        let channel_name = channel_name.clone();
        move |ev: web_sys::KeyboardEvent| {
            if from_text_field(&ev) {
                return;
            }
            let modifiers = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
            let Some(command) = command_for_key(&ev.key(), modifiers) else {
                return;
            };
            // Enter with no number typed activates the focused button as usual, and so does
            // Space in the overview.
            let typing = !jump.with_untracked(JumpBuffer::is_empty);
            if command == Command::Enter && !typing
                || ev.key() == " " && overlay.get_untracked() == Overlay::Overview
            {
                return;
            }
            ev.prevent_default();
            match command {
                Command::Next | Command::Previous | Command::First | Command::Last => {
                    jump.update(|j| *j = JumpBuffer::default());
                    if let Some(i) = navigate(command, current.get_untracked(), len) {
                        go(i);
                    }
                }
                Command::Digit(d) => jump.update(|j| j.push(d)),
                Command::Backspace => jump.update(JumpBuffer::pop),
                Command::Enter => {
                    let mut buffer = jump.get_untracked();
                    if let Some(i) = buffer.take(len) {
                        go(i);
                        if overlay.get_untracked() == Overlay::Overview {
                            close_overlay();
                        }
                    }
                    jump.set(JumpBuffer::default());
                }
                Command::Fullscreen => toggle_fullscreen(),
                Command::Overview => {
                    if overlay.get_untracked() == Overlay::Overview {
                        close_overlay();
                    } else {
                        overlay.set(Overlay::Overview);
                    }
                }
                Command::Help => {
                    if overlay.get_untracked() == Overlay::Help {
                        close_overlay();
                    } else {
                        overlay.set(Overlay::Help);
                    }
                }
                Command::Blackout => blackout.update(|b| *b = !*b),
                Command::Speaker => {
                    let name = format!("mdg-speaker-{}", channel_name.len());
                    popup_blocked.set(!open_window(&speaker_url(), &name));
                }
                Command::Escape => {
                    if !jump.with_untracked(JumpBuffer::is_empty) {
                        jump.set(JumpBuffer::default());
                    } else if overlay.get_untracked() != Overlay::None {
                        close_overlay();
                    } else if blackout.get_untracked() {
                        blackout.set(false);
                    } else {
                        navigate_to(&leave_url, NavigateOptions::default());
                    }
                }
            }
        }
    };
    let handle = window_event_listener(ev::keydown, on_key);
    on_cleanup(move || handle.remove());
    focus_later(".presenter");

    let slides = Arc::new(deck.slides.clone());
    // Keyed by slide, so that adding a neighbour never reloads the frames already there.
    let frame = {
        let slides = slides.clone();
        move |i: usize| {
            slide_frame(&slides[i], i, "presenter__frame", move || {
                current.get() == i
            })
        }
    };
    let current_label = {
        let slides = slides.clone();
        move || slide_label(&slides[current.get()])
    };
    // Kept in the component (not moved into the dialog), as the overview opens many times.
    let overview_items = StoredValue::new_local({
        let slides = slides.clone();
        let go = go.clone();
        move || {
            slides
                .iter()
                .enumerate()
                .map(|(i, slide)| {
                    let go = go.clone();
                    let label = slide_label(slide);
                    let path = slide.path.clone();
                    view! {
                        <li>
                            <button
                                type="button"
                                aria-current=move || (current.get() == i).then_some("true")
                                on:click=move |_| {
                                    go(i);
                                    close_overlay();
                                }
                            >
                                <span class="present-overview__number">{i + 1}</span>
                                <span class="present-overview__title">{label}</span>
                                <span class="present-overview__path">{path}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        }
    });
    let prev = {
        let go = go.clone();
        move |_| go(current.get_untracked().saturating_sub(1))
    };
    let next = {
        let go = go.clone();
        move |_| go((current.get_untracked() + 1).min(len - 1))
    };
    let deck_title = deck.title.clone();

    view! {
        <div class="presenter" role="region" tabindex="-1" aria-label=move || t_string!(i18n, present.presenter_label)>
            <h1 class="visually-hidden">{deck_title}</h1>
            <div class="presenter__stage">
                <For each=move || mounted.get() key=|i| *i children=frame />
            </div>
            <div
                class="presenter__blackout"
                class:is-on=move || blackout.get()
                aria-hidden=move || (!blackout.get()).then_some("true")
            >
                <p class="visually-hidden" aria-live="polite">
                    {move || blackout.get().then(|| t_string!(i18n, present.blackout))}
                </p>
            </div>
            <nav class="presenter__bar" aria-label=move || t_string!(i18n, present.controls)>
                <button type="button" class="presenter__button" on:click=prev>
                    <span aria-hidden="true">"←"</span>
                    <span class="visually-hidden">{t!(i18n, present.prev)}</span>
                </button>
                <span class="presenter__count" aria-live="polite">
                    <span aria-hidden="true">{move || format!("{} / {}", current.get() + 1, len)}</span>
                    <span class="visually-hidden">
                        {move || t_string!(i18n, present.slide_of, n = current.get() + 1, total = len).to_string()}
                    </span>
                </span>
                <span class="presenter__title">{current_label}</span>
                <button type="button" class="presenter__button" on:click=next>
                    <span class="visually-hidden">{t!(i18n, present.next)}</span>
                    <span aria-hidden="true">"→"</span>
                </button>
                <button
                    type="button"
                    class="presenter__button"
                    aria-haspopup="dialog"
                    on:click=move |_| overlay.set(Overlay::Help)
                >
                    <span aria-hidden="true">"?"</span>
                    <span class="visually-hidden">{t!(i18n, present.help)}</span>
                </button>
            </nav>
            <div
                class="presenter__progress"
                role="progressbar"
                aria-label=move || t_string!(i18n, present.progress)
                aria-valuemin="1"
                aria-valuemax=len
                aria-valuenow=move || current.get() + 1
            >
                <div
                    class="presenter__progress-fill"
                    style:width=move || format!("{:.3}%", (current.get() + 1) as f64 * 100.0 / len as f64)
                ></div>
            </div>
            <Show when=move || !jump.with(JumpBuffer::is_empty)>
                <p class="presenter__jump" role="status">
                    {t!(i18n, present.goto)} " " <strong>{move || jump.with(|j| j.as_str().to_owned())}</strong>
                </p>
            </Show>
            <Show when=move || popup_blocked.get()>
                <p class="presenter__jump" role="alert">{t!(i18n, present.popup_blocked)}</p>
            </Show>
            <Show when=move || overlay.get() == Overlay::Overview>
                <PresentDialog
                    id="present-overview"
                    class="present-overview"
                    title=Signal::derive(move || t_string!(i18n, present.overview).to_owned())
                    on_close=Callback::new(move |_| overlay.set(Overlay::None))
                    initial_focus="[aria-current=\"true\"]"
                >
                    <ol class="present-overview__grid">{move || overview_items.with_value(|items| items())}</ol>
                </PresentDialog>
            </Show>
            <Show when=move || overlay.get() == Overlay::Help>
                <PresentDialog
                    id="present-help"
                    class="present-help"
                    title=Signal::derive(move || t_string!(i18n, present.keys_heading).to_owned())
                    on_close=Callback::new(move |_| overlay.set(Overlay::None))
                >
                    <KeyList />
                </PresentDialog>
            </Show>
        </div>
    }
}
