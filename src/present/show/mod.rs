//! The projector view: the current slide's live view full screen, driven from the keyboard or a
//! clicker, with slide number, progress bar, overview, blackout, help and the speaker window.
//!
//! Each slide is the app itself in an `<iframe>` with the `projector=1` flag (large type, high
//! contrast, no site chrome; see public/start.js and style/present.css), so any view is a
//! slide. The slides next to the current one are loaded ahead and kept, so changing slide only
//! switches which frame is visible.
//!
//! [`controls`]: the bar and progress; [`keys`]: the keyboard; [`overlays`]: overview and help.

mod controls;
mod keys;
mod overlays;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::deck::{Deck, DeckRef, JumpBuffer};
use crate::i18n::*;
use crate::present::browser::{body_class, focus_later, kept_frames, label_main};
use crate::present::decks::{slide_frame, use_deck, DeckState};
use crate::present::dialog::close_after_event;
use crate::present::link::DeckLink;
use crate::routes::Page;
use crate::routes::{document_title, AppBase};
use controls::PresenterBar;
use keys::use_presenter_keys;
use overlays::PresenterOverlays;

/// `/present/show?deck=…&slide=…`: presents a deck.
#[component]
pub fn PresenterPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    body_class("presenting");
    label_main(move || t_string!(i18n, present.presenter_label).to_owned());
    let (reference, deck) = use_deck();
    view! {
        <Title text=move || document_title(
            Some(t_string!(i18n, present.presenter_label)),
            t_string!(i18n, app_name),
        ) />
        {move || match (deck.get(), reference.get()) {
            (DeckState::Ready(deck), Some(reference)) => {
                view! { <Presenter deck reference /> }.into_any()
            }
            (DeckState::Loading, _) => {
                view! {
                    <p class="loading present-message" role="status">
                        {t!(i18n, data.loading)}
                    </p>
                }
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
                            <a href=base.to(Page::Present)>{t!(i18n, present.back)}</a>
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

/// The presenter's state, shared by its parts.
#[derive(Clone, Copy)]
struct Stage {
    /// Where the deck is, in step with the speaker window.
    link: DeckLink,
    deck: StoredValue<Arc<Deck>>,
    overlay: RwSignal<Overlay>,
    blackout: RwSignal<bool>,
    /// The slide number being typed.
    jump: RwSignal<JumpBuffer>,
    popup_blocked: RwSignal<bool>,
}

impl Stage {
    /// Closes the overview or help; the dialog gives focus back to whatever opened it.
    fn close_overlay(self) {
        let overlay = self.overlay;
        close_after_event(Callback::new(move |()| overlay.set(Overlay::None)));
    }

    /// Opens `which`, or closes it if it is open.
    fn toggle(self, which: Overlay) {
        if self.overlay.get_untracked() == which {
            self.close_overlay();
        } else {
            self.overlay.set(which);
        }
    }
}

#[component]
fn Presenter(deck: Arc<Deck>, reference: DeckRef) -> impl IntoView {
    let i18n = use_i18n();
    let link = DeckLink::new(
        |deck, n| Page::Show(deck, n),
        &reference,
        deck.slides.len(),
        true,
    );
    let stage = Stage {
        link,
        deck: StoredValue::new(deck),
        overlay: RwSignal::new(Overlay::None),
        blackout: RwSignal::new(false),
        jump: RwSignal::new(JumpBuffer::default()),
        popup_blocked: RwSignal::new(false),
    };
    use_presenter_keys(stage, &reference);
    focus_later(".presenter");
    let current = link.current;
    let mounted = kept_frames(move || Some(current.get()), link.len);
    // Keyed by slide, so that adding a neighbour never reloads the frames already there.
    let frame = move |i: usize| {
        stage.deck.with_value(|deck| {
            slide_frame(&deck.slides[i], i, "presenter__frame", move || {
                current.get() == i
            })
        })
    };
    let blackout = stage.blackout;
    let jump = stage.jump;

    view! {
        <div
            class="presenter"
            role="region"
            tabindex="-1"
            aria-label=move || t_string!(i18n, present.presenter_label)
        >
            <h1 class="visually-hidden">{stage.deck.with_value(|d| d.title.clone())}</h1>
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
            <PresenterBar stage />
            <Show when=move || !jump.with(JumpBuffer::is_empty)>
                <p class="presenter__jump" role="status">
                    {t!(i18n, present.goto)}
                    " "
                    <strong>{move || jump.with(|j| j.as_str().to_owned())}</strong>
                </p>
            </Show>
            <Show when=move || stage.popup_blocked.get()>
                <p class="presenter__jump" role="alert">
                    {t!(i18n, present.popup_blocked)}
                </p>
            </Show>
            <PresenterOverlays stage />
        </div>
    }
}
