//! The progress views' state lives in the URL: read it as a memo, change it by navigating.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_params_map, use_url},
    NavigateOptions,
};

use crate::data::progress::{set_method, Method, ProfileState};
use crate::data::{Countries, Framework, Series};
use crate::i18n::*;
use crate::routes::Page;
use crate::routes::{param, AppBase};
use crate::ui::locale::use_navigate;
use crate::ui::status::method_label;

/// The state in the current URL: the query string, with the country from the `:iso3` path
/// segment when the route has one. Both are read from the route's URL, which the router updates
/// at once, after its own.
pub fn use_url_state() -> Memo<ProfileState> {
    let url = use_url();
    let params = use_params_map();
    Memo::new(move |_| {
        let mut state = url.with(|u| ProfileState::from_query(u.search()));
        if let Some(iso3) = params.read().get(param::COUNTRY) {
            let wanted = ProfileState::from_query(&format!("country={iso3}")).country;
            state.compare.retain(|c| *c != wanted);
            state.country = wanted;
        }
        state
    })
}

/// A navigation function for event handlers: `path` is an app path with its query ("/map?…");
/// `replace` keeps history short for animation steps. Unlike `<a href>`, the router's navigate
/// adds the base itself, so the path goes in without it. It is `Copy`, so handlers can share it.
pub fn navigator() -> impl Fn(&str, bool) + Copy + Send + Sync + 'static {
    let navigate = use_navigate();
    let go = Callback::new(move |(path, replace): (String, bool)| {
        navigate(
            &path,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    move |path: &str, replace: bool| go.run((path.to_owned(), replace))
}

/// The profile URL for `state` (country in the path, the rest in the query).
pub fn profile_path(state: &ProfileState) -> String {
    Page::Profile(state).path()
}

/// The explorer URL for `state`.
pub fn explore_path(state: &ProfileState) -> String {
    Page::Explore(state).path()
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
    // A series only the 2008 framework lists (employment, 1.4–1.7) names those numbers, marked.
    if series.mdg_2003.is_empty() && !series.mdg_2008.is_empty() {
        format!("2008: {}", series.mdg_2008.join(", "))
    } else {
        series.mdg_2003.join(", ")
    }
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
            method: Method::default(),
        };
        let path = explore_path(&s);
        assert_eq!(
            path,
            "/explore?country=KEN&indicator=sh_dyn_mort&compare=UGA,WLD&tab=table"
        );
        let query = path.split_once('?').unwrap().1;
        assert_eq!(ProfileState::from_query(query), s);
    }

    /// Every series names its indicator numbers: an indicator menu once read "GDP per person
    /// employed ()" for the series only the 2008 framework lists.
    #[test]
    fn every_mapped_series_names_its_indicator_numbers() {
        let framework: crate::data::Framework =
            serde_json::from_str(include_str!("../../public/data/framework.json"))
                .expect("framework.json");
        let by_id = |id: &str| framework.series.iter().find(|s| s.id == id).expect(id);
        assert_eq!(indicator_numbers(by_id("sl_gdp_pcap_em_kd")), "2008: 1.4");
        assert_eq!(indicator_numbers(by_id("sh_dyn_mort")), "13");
        for s in mapped_series(&framework) {
            assert!(!indicator_numbers(s).is_empty(), "{}", s.id);
        }
    }
}

/// The judging method named in the current URL (`method=`; the robust default otherwise).
pub fn use_method() -> Memo<Method> {
    let location = use_location();
    Memo::new(move |_| location.search.with(|q| ProfileState::from_query(q).method))
}

/// The method chooser of the progress views: changing it rewrites `method=` in the current URL
/// (keeping every other parameter), so every status on the page, and a link to it, follows.
#[component]
pub fn MethodPicker() -> impl IntoView {
    let i18n = use_i18n();
    let method = use_method();
    let location = use_location();
    let base = AppBase::expect();
    let nav = navigator();
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = Method::from_key(&event_target_value(&ev)).unwrap_or_default();
        let path = location.pathname.get_untracked();
        let path = path
            .strip_prefix(base.0.as_str())
            .unwrap_or(&path)
            .to_owned();
        let path = if path.starts_with('/') {
            path
        } else {
            format!("/{path}")
        };
        let query = set_method(&location.search.get_untracked(), chosen);
        if query.is_empty() {
            nav(&path, false);
        } else {
            nav(&format!("{path}?{query}"), false);
        }
    };
    let options = move || {
        Method::ALL
            .into_iter()
            .map(|m| {
                view! {
                    <option value=m.key() selected=move || method.get() == m>
                        {method_label(i18n, m)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="method-picker">
            <label for="method">{t!(i18n, progress.method.label)}</label>
            <select id="method" prop:value=move || method.get().key() on:change=on_change>
                {options}
            </select>
            <a href="methodology" class="small">
                {t!(i18n, progress.method.how)}
            </a>
        </div>
    }
}
