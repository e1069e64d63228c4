//! The progress views' state lives in the URL: read it as a memo, change it by navigating.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate, use_params_map},
    NavigateOptions,
};

use crate::data::progress::ProfileState;
use crate::data::{Countries, Framework, Series};

/// The state in the current URL: the query string, with the country from the `:iso3` path
/// segment when the route has one.
pub fn use_url_state() -> Memo<ProfileState> {
    let location = use_location();
    let params = use_params_map();
    Memo::new(move |_| {
        let mut state = ProfileState::from_query(&location.search.get());
        if let Some(iso3) = params.read().get("iso3") {
            let wanted = ProfileState::from_query(&format!("country={iso3}")).country;
            state.compare.retain(|c| *c != wanted);
            state.country = wanted;
        }
        state
    })
}

/// A navigation function for event handlers: `path` is an app path with its query ("/map?…");
/// `replace` keeps history short for animation steps. Unlike `<a href>`, the router's navigate
/// adds the base itself, so the path goes in without it.
pub fn navigator() -> impl Fn(&str, bool) + Clone + 'static {
    let navigate = use_navigate();
    move |path: &str, replace: bool| {
        navigate(
            path,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        )
    }
}

/// The profile URL for `state` (country in the path, the rest in the query).
pub fn profile_path(state: &ProfileState) -> String {
    let mut rest = state.clone();
    let country = std::mem::take(&mut rest.country);
    let q = rest.to_query();
    if q.is_empty() {
        format!("/countries/{country}")
    } else {
        format!("/countries/{country}?{q}")
    }
}

/// The explorer URL for `state`.
pub fn explore_path(state: &ProfileState) -> String {
    let q = state.to_query();
    if q.is_empty() {
        "/explore".to_owned()
    } else {
        format!("/explore?{q}")
    }
}

/// The display name of a country or aggregate code in `lang` (the code itself if unknown).
pub fn entity_name(countries: &Countries, code: &str, lang: &str) -> String {
    countries
        .country(code)
        .map(|c| c.name.get(lang).to_owned())
        .or_else(|| {
            countries
                .aggregate(code)
                .map(|a| a.name.get(lang).to_owned())
        })
        .unwrap_or_else(|| code.to_owned())
}

/// Series that have country data (an indicator file), in framework order.
pub fn mapped_series(framework: &Framework) -> Vec<&Series> {
    framework
        .series
        .iter()
        .filter(|s| s.coverage.countries > 0)
        .collect()
}

/// Series with a numeric 2015 target and country data: what "share on track" counts.
pub fn targeted_series(framework: &Framework) -> Vec<&Series> {
    mapped_series(framework)
        .into_iter()
        .filter(|s| s.target_rule.is_some())
        .collect()
}

/// The 2003 indicator numbers a series measures, e.g. "13" or "6, 7".
pub fn indicator_numbers(series: &Series) -> String {
    series.mdg_2003.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::progress::Tab;

    #[test]
    fn profile_urls_put_the_country_in_the_path() {
        let mut s = ProfileState::new("KEN");
        assert_eq!(profile_path(&s), "/countries/KEN");
        s.as_of = 2003;
        assert_eq!(profile_path(&s), "/countries/KEN?as_of=2003");
        s.indicator = Some("sh_dyn_mort".into());
        s.tab = Tab::Chart;
        assert_eq!(
            profile_path(&s),
            "/countries/KEN?as_of=2003&indicator=sh_dyn_mort&tab=chart"
        );
    }

    #[test]
    fn explore_urls_keep_everything_in_the_query() {
        assert_eq!(explore_path(&ProfileState::default()), "/explore");
        let s = ProfileState {
            country: "KEN".into(),
            as_of: 2015,
            indicator: Some("sh_dyn_mort".into()),
            compare: vec!["UGA".into(), "WLD".into()],
            tab: Tab::Table,
        };
        let path = explore_path(&s);
        assert_eq!(
            path,
            "/explore?country=KEN&indicator=sh_dyn_mort&compare=UGA,WLD&tab=table"
        );
        let query = path.split_once('?').unwrap().1;
        assert_eq!(ProfileState::from_query(query), s);
    }
}
