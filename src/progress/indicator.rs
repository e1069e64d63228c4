//! One indicator's data file, followed as the chosen indicator changes (map and explorer).

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{data_path, DataError, DataFile, Framework, IndicatorFile, Series};
use crate::i18n::*;
use crate::progress::state::{indicator_numbers, mapped_series};
use crate::store::use_data;

/// A loaded indicator file and its series.
pub type Current = (Arc<IndicatorFile>, Arc<Series>);

/// The indicator file of the series `id` names, loaded again when it changes.
#[derive(Clone, Copy)]
pub struct Indicator {
    /// The file and series shown. While the next file loads (or fails), it keeps the previous
    /// one, so views that follow it stay mounted; `None` before the first file, or for a file
    /// whose series the framework does not know.
    pub current: Memo<Option<Current>>,
    /// The request itself, for its loading and error states.
    pub file: LocalResource<Result<Arc<IndicatorFile>, DataError>>,
}

/// Loads the indicator file of `id`; see [`Indicator`].
pub fn use_indicator(framework: Arc<Framework>, id: Memo<String>) -> Indicator {
    let file = use_data::<IndicatorFile>(move || data_path(DataFile::Indicator(&id.get())));
    let current = Memo::new(move |prev: Option<&Option<Current>>| match file.get() {
        Some(Ok(f)) => framework
            .series(&f.series)
            .cloned()
            .map(|s| (f, Arc::new(s))),
        _ => prev.cloned().flatten(),
    });
    Indicator { current, file }
}

impl Indicator {
    /// The error of the latest request, if it failed.
    pub fn error(self) -> Option<DataError> {
        match self.file.get() {
            Some(Err(error)) => Some(error),
            _ => None,
        }
    }
}

/// The options of an indicator select: every series with country data, in framework order,
/// named in the current language with its 2003 indicator numbers.
#[component]
pub fn SeriesOptions(
    /// The goals, indicators and series.
    framework: Arc<Framework>,
    /// The series selected when the options are built.
    selected: String,
) -> impl IntoView {
    let i18n = use_i18n();
    mapped_series(&framework)
        .into_iter()
        .map(|s| {
            let name = s.name.clone();
            let numbers = indicator_numbers(s);
            let label = move || format!("{} ({numbers})", name.get(i18n.get_locale().as_str()));
            view! {
                <option value=s.id.clone() selected=s.id == selected>
                    {label}
                </option>
            }
        })
        .collect_view()
}
