//! The presenter's controls bar (previous, slide count and title, next, help) and its progress
//! bar.

use leptos::prelude::*;

use super::{Overlay, Stage};
use crate::i18n::*;
use crate::present::decks::slide_label;

/// The bar at the foot of the slide, and the progress line.
#[component]
pub(super) fn PresenterBar(
    /// The presenter's state.
    stage: Stage,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = stage.link;
    let (current, len) = (link.current, link.len);
    let title = move || {
        let i = current.get();
        stage.deck.with_value(|deck| slide_label(&deck.slides[i]))
    };
    view! {
        <nav class="presenter__bar" aria-label=move || t_string!(i18n, present.controls)>
            <button type="button" class="presenter__button" on:click=move |_| link.prev()>
                <span aria-hidden="true">"←"</span>
                <span class="visually-hidden">{t!(i18n, present.prev)}</span>
            </button>
            <span class="presenter__count" aria-live="polite">
                <span aria-hidden="true">{move || format!("{} / {}", current.get() + 1, len)}</span>
                <span class="visually-hidden">
                    {move || {
                        t_string!(i18n, present.slide_of, n = current.get() + 1, total = len)
                            .to_string()
                    }}
                </span>
            </span>
            <span class="presenter__title">{title}</span>
            <button type="button" class="presenter__button" on:click=move |_| link.next()>
                <span class="visually-hidden">{t!(i18n, present.next)}</span>
                <span aria-hidden="true">"→"</span>
            </button>
            <button
                type="button"
                class="presenter__button"
                aria-haspopup="dialog"
                on:click=move |_| stage.overlay.set(Overlay::Help)
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
                style:width=move || {
                    format!("{:.3}%", (current.get() + 1) as f64 * 100.0 / len as f64)
                }
            ></div>
        </div>
    }
}
