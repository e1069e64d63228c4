//! The speaker window's view of the slides: the current one's notes, the current one as the
//! audience sees it (at the same step), and the next one.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::deck::Deck;
use crate::i18n::*;
use crate::present::browser::kept_frames;
use crate::present::decks::{slide_frame, slide_label};
use crate::present::link::DeckLink;

/// The current slide's notes, one paragraph per blank-line-separated block.
#[component]
pub(super) fn Notes(
    /// Where the talk is.
    link: DeckLink,
    /// The deck.
    deck: StoredValue<Arc<Deck>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let notes = move || {
        let i = link.current.get();
        let notes = deck.with_value(|deck| deck.slides[i].notes.clone());
        if notes.trim().is_empty() {
            view! { <p class="speaker__muted">{t!(i18n, present.no_notes)}</p> }.into_any()
        } else {
            notes
                .split("\n\n")
                .map(|p| view! { <p>{p.to_owned()}</p> })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <section class="speaker__notes" aria-labelledby="speaker-notes">
            <h2 id="speaker-notes">{t!(i18n, present.notes)}</h2>
            {notes}
        </section>
    }
}

/// The class of the frames showing the current slide (where this window takes its steps).
pub(super) const NOW_FRAME: &str = "speaker__now-frame";

/// The current slide, as the projector shows it (same frame, same step).
#[component]
pub(super) fn CurrentSlide(
    /// Where the talk is.
    link: DeckLink,
    /// The deck.
    deck: StoredValue<Arc<Deck>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = link.current;
    let frames = kept_frames(move || Some(current.get()), link.len);
    let frame = move |i: usize| {
        deck.with_value(|deck| {
            slide_frame(&deck.slides[i], i, NOW_FRAME, move || current.get() == i)
        })
    };
    view! {
        <section class="speaker__now" aria-labelledby="speaker-now">
            <h2 id="speaker-now">{t!(i18n, present.now_showing)}</h2>
            <div class="speaker__preview">
                <For each=move || frames.get() key=|i| *i children=frame />
            </div>
        </section>
    }
}

/// The next slide's title and a live preview (none after the last slide).
///
/// The preview's frames are kept, like the projector's, so that moving on only changes which
/// one is visible instead of starting the app again.
#[component]
pub(super) fn NextSlide(
    /// Where the talk is.
    link: DeckLink,
    /// The deck.
    deck: StoredValue<Arc<Deck>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (current, len) = (link.current, link.len);
    let next_index = move || Some(current.get() + 1).filter(|n| *n < len);
    let previews = kept_frames(next_index, len);
    let preview_frame = move |i: usize| {
        deck.with_value(|deck| {
            slide_frame(&deck.slides[i], i, "speaker__frame", move || {
                next_index() == Some(i)
            })
        })
    };
    let next_title =
        move || next_index().map(|i| deck.with_value(|deck| slide_label(&deck.slides[i])));
    view! {
        <section class="speaker__next" aria-labelledby="speaker-next">
            <h2 id="speaker-next">{t!(i18n, present.next_slide)}</h2>
            <Show
                when=move || next_index().is_some()
                fallback=move || {
                    view! { <p class="speaker__muted">{t!(i18n, present.last_slide)}</p> }
                }
            >
                <p class="speaker__next-title">{next_title}</p>
            </Show>
            <div class="speaker__preview" class:is-empty=move || next_index().is_none()>
                <For each=move || previews.get() key=|i| *i children=preview_frame />
            </div>
        </section>
    }
}
