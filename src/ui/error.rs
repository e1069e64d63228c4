//! Readable error messages instead of a blank page: for the error boundary and for data files.

use leptos::prelude::*;

use crate::data::DataError;
use crate::i18n::*;

/// A data file could not be used: says which file, what is wrong and what to do,
/// while the rest of the app keeps working.
#[component]
pub fn DataErrorPanel(
    /// The loader's error.
    error: DataError,
) -> impl IntoView {
    let i18n = use_i18n();
    // Offline, a file the device does not hold fails to download: say that, not "check the host".
    if matches!(error, DataError::Network { .. }) && !window().navigator().on_line() {
        let file = error.file().to_owned();
        return view! {
            <section class="notice notice--error notice--offline" role="alert">
                <h2>{t!(i18n, offline.missing_title)}</h2>
                <p>
                    {move || t_string!(i18n, offline.missing_body, file = file.clone()).to_string()}
                </p>
            </section>
        }
        .into_any();
    }
    view! {
        <section class="notice notice--error" role="alert">
            <h2>{t!(i18n, data.error_title)}</h2>
            <p class="notice__message">{error.to_string()}</p>
            <p>{t!(i18n, data.error_help)}</p>
        </section>
    }
    .into_any()
}
