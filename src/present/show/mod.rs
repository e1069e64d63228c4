//! The projector view: the current slide's live view full screen, driven from the keyboard or a
//! clicker, with slide number, progress bar, overview, blackout, help and the speaker window.
//!
//! Each slide is the app itself in an `<iframe>` with the `projector=1` flag (large type, high
//! contrast, no site chrome; see public/start.js and style/projector.css), so any view is a
//! slide. The frame has a fixed size, 1280 × 720 (1024 × 768 on a 4:3 screen), scaled to fit the
//! screen, so a slide looks the same everywhere; what does not fit is shown page by page
//! ([`crate::present::steps`]). The slides next to the current one are loaded ahead and kept, so
//! changing slide only switches which frame is visible.
//!
//! [`controls`]: the bar and progress; [`keys`]: the keyboard; [`overlays`]: overview and help.

mod controls;
mod keys;
mod overlays;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_use::{use_element_size, UseElementSizeReturn};

use crate::data::deck::{Deck, DeckRef, JumpBuffer};
use crate::data::slide_pages::fit;
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

/// The class of the presenter's slide frames.
const FRAME_CLASS: &str = "presenter__frame";

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
        FRAME_CLASS,
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
            slide_frame(&deck.slides[i], i, FRAME_CLASS, move || current.get() == i)
        })
    };
    let blackout = stage.blackout;
    let jump = stage.jump;
    // The frames' size and scale, from the stage's (style/present: `.presenter__frame`).
    let stage_box = NodeRef::<leptos::html::Div>::new();
    let UseElementSizeReturn { width, height } = use_element_size(stage_box);
    let placement = Memo::new(move |_| fit(width.get(), height.get()));
    let px = move |f: fn(&crate::data::slide_pages::Placement) -> f64| {
        move || format!("{}px", placement.with(f))
    };

    view! {
        <div
            class="presenter"
            role="region"
            tabindex="-1"
            aria-label=move || t_string!(i18n, present.presenter_label)
        >
            <h1 class="visually-hidden">{stage.deck.with_value(|d| d.title.clone())}</h1>
            <div
                class="presenter__stage"
                node_ref=stage_box
                style:--frame-w=px(|p| p.frame.width)
                style:--frame-h=px(|p| p.frame.height)
                style:--frame-x=px(|p| p.x)
                style:--frame-y=px(|p| p.y)
                style:--frame-scale=move || placement.with(|p| p.scale.to_string())
            >
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
