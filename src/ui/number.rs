//! Numbers as the current language writes them ("1 234,5" in French); the CSV export keeps
//! the plain form.

use leptos_i18n::{I18nContext, Locale as _};

use crate::data::viz::{format_number, format_rate};
use crate::i18n::Locale;

/// `v` as the current language writes it (tracks the language inside a reactive closure).
pub fn number(i18n: I18nContext<Locale>, v: f64) -> String {
    format_number(v, i18n.get_locale().as_str())
}

/// A rate per year as the current language writes it, with three significant digits when
/// small (a parity gap closing by 0.0041 a year is not "0").
pub fn rate_number(i18n: I18nContext<Locale>, v: f64) -> String {
    format_rate(v, i18n.get_locale().as_str())
}
