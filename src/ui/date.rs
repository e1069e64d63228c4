//! Dates from the data, written out in the current language.

use leptos::prelude::*;

use crate::data::DateRef;
use crate::i18n::*;

/// A `<time>` element with the date in words ("2 September 2003") and an optional end
/// ("30 June – 2 July 2003" is written as two dates joined by a dash).
#[component]
pub fn FormattedDate(
    /// The date (or the start of a range).
    date: DateRef,
    /// The end of a range.
    #[prop(default = None)]
    end: Option<DateRef>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <time class="date" datetime=date.to_string()>
            {move || {
                let lang = i18n.get_locale().as_str();
                match end {
                    Some(end) => format!("{} – {}", date.long(lang), end.long(lang)),
                    None => date.long(lang),
                }
            }}
        </time>
    }
}

/// A year written short for a narrow table column ("’03"), with the full year for assistive
/// technology and on hover.
#[component]
pub fn ShortYear(
    /// The year.
    year: u16,
) -> impl IntoView {
    view! {
        <abbr class="short-year" title=year.to_string()>
            {format!("’{:02}", year % 100)}
        </abbr>
    }
}
