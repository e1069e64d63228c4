//! The indicator explorer (`/explore?indicator=…&country=…&compare=…`): chart with target,
//! required path and projection; a sortable table; sources; CSV, SVG and PNG downloads.
//!
//! The panel is one [`Panel`] handle shared by small components: the controls stay mounted
//! while another indicator's file loads, only what shows its data follows it.

mod chart;
mod controls;
mod panel;
mod sources;
mod table;

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::progress::{ProfileState, Tab};
use crate::data::route::EXPLORER_ID_PREFIX;
use crate::data::{data_path, Countries, DataFile, Framework};
use crate::i18n::*;
use crate::progress::indicator::use_indicator;
use crate::progress::state::{explore_path, use_url_state};
use crate::progress::unknown::{is_known_series, UnknownIndicator};
use crate::store::use_data;
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::page::Heading;
use crate::ui::tabs::{panel_id, tab_id, TabItem, Tabs};

use chart::ChartTab;
use controls::{Compared, Controls};
use panel::Panel;
use sources::SourcesTab;
use table::{use_rows, CsvButton, TableTab};

/// Series shown when the URL names none: under-five mortality, the most widely reported.
pub const DEFAULT_SERIES: &str = "sh_dyn_mort";
/// Country shown when the URL names none.
pub const DEFAULT_ENTITY: &str = "WLD";

/// The `/explore` route.
#[component]
pub fn ExplorePage() -> impl IntoView {
    let i18n = use_i18n();
    let raw = use_url_state();
    let state = Memo::new(move |_| {
        let mut s = raw.get();
        if s.country.is_empty() {
            s.country = DEFAULT_ENTITY.into();
        }
        if s.indicator.is_none() {
            s.indicator = Some(DEFAULT_SERIES.into());
        }
        if s.tab == Tab::Progress {
            s.tab = Tab::Chart;
        }
        s
    });
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    view! {
        <article class="page progress-page">
            <Heading
                heading=move || t_string!(i18n, progress.explore_title)
                lede=move || t_string!(i18n, progress.explore_lede)
            />
            {loaded2(
                countries,
                framework,
                move |countries, framework| {
                    view! {
                        <IndicatorPanel
                            framework
                            countries
                            state
                            path_of=explore_path
                            id_prefix=EXPLORER_ID_PREFIX
                        />
                    }
                },
            )}
        </article>
    }
}

/// The chart | table | sources panel for `state.indicator`, used by `/explore` and the profile.
#[component]
pub fn IndicatorPanel(
    /// The goals, indicators and series.
    framework: Arc<Framework>,
    /// Country and aggregate names.
    countries: Arc<Countries>,
    /// The panel's state (from the URL).
    state: Memo<ProfileState>,
    /// Builds the URL for a changed state (explore or profile).
    path_of: fn(&ProfileState) -> String,
    /// Prefix for element ids.
    id_prefix: &'static str,
) -> impl IntoView {
    let series_id = Memo::new(move |_| {
        state.with(|s| s.indicator.clone().unwrap_or_else(|| DEFAULT_SERIES.into()))
    });
    // A mistyped link's series is not fetched: it gets the picker, not a missing-file error.
    let known = {
        let framework = framework.clone();
        Memo::new(move |_| series_id.with(|id| is_known_series(&framework, id)))
    };
    let link = Callback::new(move |id: String| {
        let mut s = state.get_untracked();
        s.indicator = Some(id);
        path_of(&s)
    });
    let unknown = {
        let framework = framework.clone();
        move || {
            let id = series_id.get();
            view! { <UnknownIndicator framework=framework.clone() id link /> }
        }
    };
    view! {
        <Show when=move || known.get() fallback=unknown>
            <KnownIndicatorPanel
                framework=framework.clone()
                countries=countries.clone()
                state
                series_id
                path_of
                id_prefix
            />
        </Show>
    }
}

/// [`IndicatorPanel`] for a series the framework has.
#[component]
fn KnownIndicatorPanel(
    framework: Arc<Framework>,
    countries: Arc<Countries>,
    state: Memo<ProfileState>,
    series_id: Memo<String>,
    path_of: fn(&ProfileState) -> String,
    id_prefix: &'static str,
) -> impl IntoView {
    let indicator = use_indicator(framework.clone(), series_id);
    let panel = Panel::new(
        framework,
        countries,
        state,
        indicator.current,
        series_id,
        path_of,
        id_prefix,
    );
    // Mounted once the first file is in and kept while the next one loads; a failed file
    // takes its place.
    let shown =
        Memo::new(move |_| indicator.current.with(Option::is_some) && indicator.error().is_none());
    let i18n = use_i18n();
    let waiting = move || {
        (!shown.get()).then(|| {
            loaded(
                indicator.file,
                move |_| view! { <p>{t!(i18n, progress.unknown_indicator)}</p> },
            )
        })
    };
    view! {
        {waiting}
        <Show when=move || shown.get()>
            <PanelView panel />
        </Show>
    }
}

/// The panel itself: controls, compared entities, tabs and the selected tab.
#[component]
fn PanelView(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let id_prefix = panel.id_prefix;
    let sort = RwSignal::new((0usize, true));
    let rows = use_rows(panel, sort);
    // The profile's own "progress" tab is not one of the panel's.
    let tab_key = Memo::new(move |_| match panel.state.with(|s| s.tab) {
        Tab::Progress => Tab::Chart.key(),
        tab => tab.key(),
    });
    let tabs = Signal::derive(move || {
        [
            ("chart", t_string!(i18n, progress.tab_chart)),
            ("table", t_string!(i18n, progress.tab_table)),
            ("sources", t_string!(i18n, progress.tab_sources)),
        ]
        .map(|(key, label)| TabItem {
            key,
            label: label.to_owned(),
        })
        .to_vec()
    });
    let on_select = Callback::new(move |k: &'static str| {
        let tab = Tab::from_key(k).unwrap_or(Tab::Chart);
        panel.update(|s| s.tab = tab);
    });
    let body = move || {
        let key = tab_key.get();
        let body = match key {
            "table" => view! { <TableTab panel rows sort /> }.into_any(),
            "sources" => view! { <SourcesTab panel /> }.into_any(),
            _ => view! { <ChartTab panel /> }.into_any(),
        };
        view! {
            <div
                role="tabpanel"
                id=panel_id(id_prefix, key)
                aria-labelledby=tab_id(id_prefix, key)
                class="tab-panel"
            >
                {body}
            </div>
        }
    };
    view! {
        <section class="indicator-panel" aria-label=move || panel.series_text(|s| &s.name)>
            <Controls panel />
            <Compared panel />
            // A slide presents the open tab's panel; the tabs are for the page.
            <div data-slide-omit>
                <Tabs
                    id_prefix
                    label=Signal::derive(move || t_string!(i18n, progress.views).to_owned())
                    tabs
                    selected=tab_key
                    on_select
                />
            </div>
            <NoValues panel />
            {body}
            <p class="actions chart-export">
                <CsvButton panel rows />
            </p>
        </section>
    }
}

/// Names the shown countries and aggregates that the series has no value for (a donors' series
/// and a recipient, say): their lines and rows are missing, and an empty chart or table must say
/// why, not look broken.
#[component]
fn NoValues(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let names = Memo::new(move |_| panel.without_values(i18n.get_locale().as_str()));
    move || {
        let names = names.get();
        (!names.is_empty()).then(|| {
            let names = names.join(", ");
            view! {
                <p class="no-values">
                    {t_string!(i18n, progress.no_values, names = names.as_str()).to_string()}
                </p>
            }
        })
    }
}
