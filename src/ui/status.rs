//! The progress status badge: an icon and a word, never colour alone.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::progress::Status;
use crate::i18n::*;

/// The status's label in the current language.
pub fn status_label(i18n: I18nContext<Locale>, status: Status) -> &'static str {
    match status {
        Status::Met => t_string!(i18n, progress.status.met),
        Status::OnTrack => t_string!(i18n, progress.status.on_track),
        Status::TooSlow => t_string!(i18n, progress.status.too_slow),
        Status::MovingAway => t_string!(i18n, progress.status.moving_away),
        Status::InsufficientData => t_string!(i18n, progress.status.insufficient_data),
        Status::NoNumericTarget => t_string!(i18n, progress.status.no_target),
    }
}

/// A glyph for each status, so the badge reads in greyscale and for colour-blind users.
pub const fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Met => "✔",
        Status::OnTrack => "▲",
        Status::TooSlow => "◆",
        Status::MovingAway => "▼",
        Status::InsufficientData => "?",
        Status::NoNumericTarget => "~",
    }
}

/// A status badge: icon plus text, coloured by class (`status-<key>` in style/progress.css).
#[component]
pub fn StatusBadge(
    /// The status shown (reactive, e.g. re-evaluated with the "as of" year).
    #[prop(into)]
    status: Signal<Status>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("status-badge status-{}", status.get().key())>
            <span class="status-icon" aria-hidden="true">{move || status_icon(status.get())}</span>
            " "
            <span class="status-text">{move || status_label(i18n, status.get())}</span>
        </span>
    }
}
