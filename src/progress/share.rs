//! Loading the indicator files of every series with a numeric target, for the share of
//! indicators on track (countries index map) and the progress grid.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::progress::{assess_series, Assessment, Method};
use crate::data::viz::{share_on_track, ColourScale, ShareOnTrack};
use crate::data::{data_path, DataError, DataFile, Framework, IndicatorFile, Series};
use crate::progress::state::targeted_series;
use crate::store::DataStore;
use crate::ui::charts::choropleth::{scale_legend, LegendItem};

/// Every targeted series with its indicator file.
pub type Targeted = Arc<Vec<(Series, Arc<IndicatorFile>)>>;

/// A resource loading the indicator file of every series with a numeric target, in parallel,
/// once `framework` is in.
pub fn use_targeted(
    framework: LocalResource<Result<Arc<Framework>, DataError>>,
) -> LocalResource<Result<Targeted, DataError>> {
    let store = DataStore::expect();
    LocalResource::new(move || async move {
        let framework = framework.await?;
        let list: Vec<Series> = targeted_series(&framework).into_iter().cloned().collect();
        let loads = list.iter().map(|s| {
            let path = data_path(DataFile::Indicator(&s.id));
            async move { store.load::<IndicatorFile>(&path).await }
        });
        let files = futures::future::join_all(loads).await;
        let mut out = Vec::with_capacity(list.len());
        for (s, f) in list.into_iter().zip(files) {
            out.push((s, f?));
        }
        Ok(Arc::new(out))
    })
}

/// The assessments of one country (or aggregate) for every targeted series with data.
pub fn assessments_of(
    targeted: &Targeted,
    code: &str,
    as_of: u16,
    method: Method,
) -> Vec<Assessment> {
    targeted
        .iter()
        .filter_map(|(s, f)| {
            let v = f.values(code)?;
            Some(assess_series(s, v, as_of, method))
        })
        .collect()
}

/// The share of a country's targeted indicators met or on track.
pub fn country_share(targeted: &Targeted, code: &str, as_of: u16, method: Method) -> ShareOnTrack {
    share_on_track(&assessments_of(targeted, code, as_of, method))
}

/// The legend of the share scale ([`ColourScale::share`]), worse end first, with `no_data` last:
/// the same on the countries map and the progress grid.
pub fn share_legend(no_data: String) -> Vec<LegendItem> {
    let pct = |x: f64| (x * 100.0).round();
    scale_legend(
        &ColourScale::share(),
        // The share's whole domain is 0–100 %: both ends of every bin are shown.
        |l| format!("{}–{} %", pct(l.lo), pct(l.hi)),
        no_data,
    )
}
