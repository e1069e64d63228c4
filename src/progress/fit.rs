//! How a variant or a proxy differs from the MDG indicator it stands for, shown wherever its
//! numbers are: the profile's card, the explorer's chart, the map and the grid's notes.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::{Fit, Series, Text};
use crate::i18n::*;

/// "Variant of the MDG indicator:" or "Proxy for the MDG indicator:".
pub fn fit_label(i18n: I18nContext<Locale>, fit: Fit) -> String {
    match fit {
        Fit::Proxy => t_string!(i18n, progress.fit_proxy).to_owned(),
        Fit::Variant | Fit::Official => t_string!(i18n, progress.fit_variant).to_owned(),
    }
}

/// The note a variant's or a proxy's numbers carry; nothing for an official series.
pub fn fit_note(series: &Series) -> Option<impl IntoView + use<>> {
    let (fit, caveat) = series.departure()?;
    let caveat = caveat.clone();
    Some(view! { <FitNote fit caveat /> })
}

/// The label and the caveat, in the current language.
#[component]
fn FitNote(fit: Fit, caveat: Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="fit-note small">
            <strong>{move || fit_label(i18n, fit)}</strong>
            " "
            {move || caveat.get(i18n.get_locale().as_str()).to_owned()}
        </p>
    }
}
