//! The progress status badge: an icon and a word, never colour alone.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::progress::{Method, Status, Tone};
use crate::i18n::*;

/// The status's label in the current language.
pub fn status_label(i18n: I18nContext<Locale>, status: Status) -> &'static str {
    match status {
        Status::Met => t_string!(i18n, progress.status.met),
        Status::OnTrack => t_string!(i18n, progress.status.on_track),
        Status::TooSlow => t_string!(i18n, progress.status.too_slow),
        Status::MovingAway => t_string!(i18n, progress.status.moving_away),
        Status::Likely => t_string!(i18n, progress.status.likely),
        Status::Possible => t_string!(i18n, progress.status.possible),
        Status::Unlikely => t_string!(i18n, progress.status.unlikely),
        Status::VeryUnlikely => t_string!(i18n, progress.status.very_unlikely),
        Status::ChartMet => t_string!(i18n, progress.status.chart_met),
        Status::Sufficient => t_string!(i18n, progress.status.sufficient),
        Status::Insufficient => t_string!(i18n, progress.status.insufficient),
        Status::NoProgress => t_string!(i18n, progress.status.no_progress),
        Status::AlreadyLow => t_string!(i18n, progress.status.already_low),
        Status::NoRecentData => t_string!(i18n, progress.status.no_recent_data),
        Status::InsufficientData => t_string!(i18n, progress.status.insufficient_data),
        Status::NoNumericTarget => t_string!(i18n, progress.status.no_target),
    }
}

/// The method's name in the current language.
pub fn method_label(i18n: I18nContext<Locale>, method: Method) -> &'static str {
    match method {
        Method::Robust => t_string!(i18n, progress.method.robust),
        Method::WorldBank2003 => t_string!(i18n, progress.method.wb2003),
        Method::ProgressChart => t_string!(i18n, progress.method.chart),
    }
}

/// A glyph for each status, so the badge reads in greyscale and for colour-blind users: one
/// per colour family, so "good" has the same shape under every method.
pub const fn status_icon(status: Status) -> &'static str {
    match status {
        Status::AlreadyLow => "↓",
        // A clock face in common text fonts (an hourglass needs an emoji font: a box without one).
        Status::NoRecentData => "◷",
        Status::InsufficientData => "?",
        Status::NoNumericTarget => "~",
        _ => match status.tone() {
            Tone::Best => "✔",
            Tone::Good => "▲",
            Tone::Slow => "◆",
            Tone::Bad | Tone::Neutral => "▼",
        },
    }
}

/// The CSS classes of a status: its own (`status-<key>`) and its colour family (`tone-<key>`).
pub fn status_classes(status: Status) -> String {
    format!("status-{} tone-{}", status.key(), status.tone().key())
}

/// A status badge: icon plus text, coloured by family (style/progress.css), linking to the
/// methodology page that says how it was judged.
#[component]
pub fn StatusBadge(
    /// The status shown (reactive, e.g. re-evaluated with the "as of" year).
    #[prop(into)]
    status: Signal<Status>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a
            href="methodology"
            class=move || format!("status-badge {}", status_classes(status.get()))
        >
            <span class="status-icon" aria-hidden="true">
                {move || status_icon(status.get())}
            </span>
            " "
            <span class="status-text">{move || status_label(i18n, status.get())}</span>
        </a>
    }
}
