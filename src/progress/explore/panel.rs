//! The handle every part of the indicator panel shares.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::progress::ProfileState;
use crate::data::{Countries, Framework, Series, SeriesValues, Text};
use crate::i18n::*;
use crate::progress::indicator::Current;
use crate::progress::state::{entity_name, navigator};
use leptos_i18n::I18nContext;

/// What the panel's components read and change. It is `Copy`, so every handler and view takes
/// its own without cloning.
#[derive(Clone, Copy)]
pub(super) struct Panel {
    /// The state in the URL.
    pub state: Memo<ProfileState>,
    /// The indicator chosen (the URL's, or the default).
    pub series_id: Memo<String>,
    /// Its file and series (the previous ones while the next file loads).
    pub current: Memo<Option<Current>>,
    /// The entities shown: the main one first, then the compared ones.
    pub codes: Memo<Vec<String>>,
    /// Country and aggregate names.
    pub countries: StoredValue<Arc<Countries>>,
    /// The goals, indicators and series.
    pub framework: StoredValue<Arc<Framework>>,
    /// Prefix of element ids ("explore" or "profile").
    pub id_prefix: &'static str,
    /// Goes to the URL of a changed state.
    go: Callback<ProfileState>,
    i18n: I18nContext<Locale>,
}

impl Panel {
    /// Builds the handle; `path_of` makes the URL of a changed state.
    pub fn new(
        framework: Arc<Framework>,
        countries: Arc<Countries>,
        state: Memo<ProfileState>,
        current: Memo<Option<Current>>,
        series_id: Memo<String>,
        path_of: fn(&ProfileState) -> String,
        id_prefix: &'static str,
    ) -> Self {
        let nav = navigator();
        let codes = Memo::new(move |_| {
            state.with(|s| {
                std::iter::once(s.country.clone())
                    .chain(s.compare.iter().cloned())
                    .collect()
            })
        });
        Panel {
            state,
            series_id,
            current,
            codes,
            countries: StoredValue::new(countries),
            framework: StoredValue::new(framework),
            id_prefix,
            go: Callback::new(move |s: ProfileState| nav(&path_of(&s), false)),
            i18n: use_i18n(),
        }
    }

    /// Navigates to the current state as `change` leaves it.
    pub fn update(self, change: impl FnOnce(&mut ProfileState)) {
        let mut s = self.state.get_untracked();
        change(&mut s);
        self.go.run(s);
    }

    /// The id of one of the panel's elements, e.g. "explore-series".
    pub fn id(self, name: &str) -> String {
        format!("{}-{name}", self.id_prefix)
    }

    /// The id of the chart's SVG (export looks it up).
    pub fn svg_id(self) -> &'static str {
        if self.id_prefix == crate::data::route::PROFILE_ID_PREFIX {
            "profile-chart-svg"
        } else {
            "explore-chart-svg"
        }
    }

    /// The values of a country or aggregate in the shown file.
    pub fn values_of(self, code: &str) -> Option<SeriesValues> {
        self.current.with(|c| c.as_ref()?.0.values(code).cloned())
    }

    /// The names of the shown entities that the shown series has no value for.
    pub fn without_values(self, lang: &str) -> Vec<String> {
        let missing: Vec<String> = self.codes.with(|codes| {
            self.current.with(|c| {
                c.as_ref().map_or_else(Vec::new, |(file, _)| {
                    codes
                        .iter()
                        .filter(|code| file.values(code).is_none())
                        .cloned()
                        .collect()
                })
            })
        });
        missing
            .iter()
            .map(|code| self.entity_name(code, lang))
            .collect()
    }

    /// The shown series, if any.
    pub fn series(self) -> Option<Arc<Series>> {
        self.current
            .with(|c| c.as_ref().map(|(_, series)| series.clone()))
    }

    /// One of the shown series' texts in the current language (its name, its unit).
    pub fn series_text(self, pick: fn(&Series) -> &Text) -> String {
        let lang = self.i18n.get_locale();
        self.current
            .with(|c| {
                c.as_ref()
                    .map(|(_, s)| pick(s).get(lang.as_str()).to_owned())
            })
            .unwrap_or_default()
    }

    /// The display name of a country or aggregate code in `lang`.
    pub fn entity_name(self, code: &str, lang: &str) -> String {
        self.countries.with_value(|c| entity_name(c, code, lang))
    }

    /// The name of a downloaded file: series and entities, e.g. "sh_dyn_mort_KEN-UGA.csv".
    pub fn file_name(self, ext: &str) -> String {
        format!(
            "{}_{}.{ext}",
            self.series_id.get_untracked(),
            self.codes.with_untracked(|c| c.join("-"))
        )
    }
}
