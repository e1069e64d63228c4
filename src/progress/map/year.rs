//! The map's year slider and its play/pause button.

use leptos::prelude::*;
use leptos_use::{use_interval_fn_with_options, utils::Pausable, UseIntervalFnOptions};

use super::MapView;
use crate::data::{FIRST_YEAR, LAST_YEAR};
use crate::i18n::*;
use crate::progress::settled::SettledValue;

/// One step of the animation, in milliseconds.
const STEP_MS: u64 = 700;

/// The year slider and its play/pause button: the slider adds a history entry per year it rests
/// on; playing replaces it, one step every 0.7 s, and stops at the last year.
#[component]
pub(super) fn YearControl(map_view: SettledValue<MapView>, year: Memo<u16>) -> impl IntoView {
    let i18n = use_i18n();
    let set_year = move |year: u16, replace: bool| {
        let series = map_view.value.with_untracked(|v| v.series.clone());
        map_view.set(MapView { series, year }, replace);
    };
    // The step stops the animation at the end, so it needs `pause`, which is made with it.
    let pause_slot = StoredValue::new(None::<Callback<()>>);
    let stop = move || {
        if let Some(pause) = pause_slot.get_value() {
            pause.run(());
        }
    };
    let step = move || match year.get_untracked() {
        y if y < LAST_YEAR => set_year(y + 1, true),
        _ => stop(),
    };
    let options = UseIntervalFnOptions::default().immediate(false);
    let Pausable {
        is_active: playing,
        pause,
        resume,
    } = use_interval_fn_with_options(step, STEP_MS, options);
    pause_slot.set_value(Some(Callback::new(move |()| pause())));
    let toggle = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        if year.get_untracked() >= LAST_YEAR {
            set_year(FIRST_YEAR, true);
        }
        resume();
    };
    view! {
        <div class="control year-control">
            <label for="map-year">{t!(i18n, progress.year)}</label>
            <input
                id="map-year"
                type="range"
                min=FIRST_YEAR.to_string()
                max=LAST_YEAR.to_string()
                step="1"
                prop:value=move || year.get().to_string()
                on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<u16>() {
                        set_year(y, false);
                    }
                }
                on:blur=move |_| map_view.flush()
            />
            <output
                id="map-year-out"
                for="map-year"
                class="year-output"
                data-year=move || year.get().to_string()
            >
                {move || year.get().to_string()}
            </output>
            <button
                type="button"
                class="play"
                aria-pressed=move || playing.get().to_string()
                on:click=toggle
            >
                {move || {
                    if playing.get() {
                        t_string!(i18n, progress.pause)
                    } else {
                        t_string!(i18n, progress.play)
                    }
                }}
            </button>
        </div>
    }
}
