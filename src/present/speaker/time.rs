//! The speaker window's clocks: time since the talk started, the time of day, and whether the
//! talk is ahead of or behind its planned durations.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_use::use_interval_fn;

use crate::data::deck::{format_clock, Deck, DEFAULT_SLIDE_SECONDS};
use crate::i18n::*;
use crate::present::link::DeckLink;
use crate::present::storage::now_ms;

/// Elapsed time, clock, pace and plan, with the button that restarts the timer.
#[component]
pub(super) fn SpeakerTime(
    /// Where the talk is, and when it started.
    link: DeckLink,
    /// The deck (its planned durations).
    deck: StoredValue<Arc<Deck>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let now = RwSignal::new(now_ms());
    // Twice a second, so that the seconds shown never skip one.
    let _ = use_interval_fn(move || now.set(now_ms()), 500);
    let current = link.current;
    let elapsed = move || now.get().saturating_sub(link.started.get()) / 1000;
    let pace_secs = move || deck.with_value(|d| d.pace(current.get(), elapsed() as u32));
    let pace = move || {
        let secs = pace_secs();
        let time = format_clock(secs.abs());
        match secs {
            0 => t_string!(i18n, present.on_time).to_owned(),
            s if s > 0 => t_string!(i18n, present.behind, time = time.as_str()).to_string(),
            _ => t_string!(i18n, present.ahead, time = time.as_str()).to_string(),
        }
    };
    let pace_class = move || match pace_secs() {
        s if s > 0 => "speaker__pace is-behind",
        _ => "speaker__pace",
    };
    let planned = move || {
        let (slide, total) = deck.with_value(|d| {
            let slide = d.slides[current.get()]
                .duration
                .unwrap_or(DEFAULT_SLIDE_SECONDS);
            (slide, d.planned_total())
        });
        let (slide, total) = (
            format_clock(i64::from(slide)),
            format_clock(i64::from(total)),
        );
        t_string!(
            i18n,
            present.planned,
            slide = slide.as_str(),
            total = total.as_str()
        )
        .to_string()
    };
    let clock = move || {
        let _ = now.get();
        let d = web_sys::js_sys::Date::new_0();
        format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
    };
    view! {
        <section class="speaker__time" aria-labelledby="speaker-time">
            <h2 id="speaker-time" class="visually-hidden">
                {t!(i18n, present.pace)}
            </h2>
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
            <button type="button" on:click=move |_| link.restart()>
                {t!(i18n, present.restart)}
            </button>
        </section>
    }
}
