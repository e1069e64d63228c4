//! A country's MDG profile: groupings, verified MDG Reports, and one card per indicator with
//! data, with its status as of a chosen year (`/countries/KEN?as_of=2003`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::progress::url::{AS_OF_MAX, AS_OF_MIN};
use crate::data::progress::{
    assess_series, modelled_by, summarize, Assessment, Method, Observation, ProfileState, Status,
    Tab,
};
use crate::data::{data_path, Countries, DataFile, EntityFile, Framework, Series, SeriesValues};
use crate::i18n::*;
use crate::progress::explore::IndicatorPanel;
use crate::progress::reports::CountryReports;
use crate::progress::state::{
    explore_path, indicator_numbers, navigator, profile_path, use_url_state, MethodPicker,
};
use crate::progress::working::{obs_text, Working};
use crate::routes::Section;
use crate::routes::{document_title, AppBase};
use crate::store::use_data;
use crate::ui::charts::sparkline::{as_of_css, Sparkline};
use crate::ui::loaded::loaded;
use crate::ui::number::number;
use crate::ui::sheet::use_style_rules;
use crate::ui::signal::set_if_changed;
use crate::ui::status::{method_label, status_classes, status_icon, status_label, StatusBadge};

/// The country profile route.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_url_state();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    view! {
        <article class="page progress-page">
            {loaded(countries, move |countries| {
                let framework = framework;
                loaded(framework, move |framework| {
                    let countries = countries.clone();
                    // Re-keyed on the country only: changing the as-of year keeps the page.
                    let country = Memo::new(move |_| state.with(|s| s.country.clone()));
                    move || {
                        let code = country.get();
                        let countries = countries.clone();
                        let framework = framework.clone();
                        view! { <Profile code countries framework state /> }
                    }
                })
            })}
        </article>
    }
}

#[component]
fn Profile(
    code: String,
    countries: Arc<Countries>,
    framework: Arc<Framework>,
    state: Memo<ProfileState>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let Some(country) = countries.country(&code).cloned() else {
        return view! { <UnknownCountry /> }.into_any();
    };
    let file_code = code.clone();
    let entity = use_data::<EntityFile>(move || data_path(DataFile::Country(&file_code)));
    let as_of = Memo::new(move |_| state.with(|s| s.as_of));
    let method = Memo::new(move |_| state.with(|s| s.method));
    let nav = navigator();
    let set_as_of = move |year: u16| {
        let mut s = state.get_untracked();
        s.as_of = year.clamp(AS_OF_MIN, AS_OF_MAX);
        nav(&profile_path(&s), false);
    };
    let name = country.name.clone();
    let title = move || {
        document_title(
            Some(name.get(i18n.get_locale().as_str())),
            t_string!(i18n, app_name),
        )
    };
    let c2 = country.clone();
    let cs = countries.clone();
    let groups = move || {
        let lang = i18n.get_locale().as_str();
        let group = |id: &str| {
            cs.group(id)
                .map(|g| g.name.get(lang).to_owned())
                .unwrap_or_else(|| id.to_owned())
        };
        view! {
            <dl class="facts">
                <dt>{t!(i18n, progress.mdg_region)}</dt><dd>{group(&c2.mdg_region)}</dd>
                <dt>{t!(i18n, progress.income_group)}</dt><dd>{group(&c2.income_group)}</dd>
                <dt>{t!(i18n, progress.ldc)}</dt>
                <dd>{if c2.ldc { t_string!(i18n, progress.yes) } else { t_string!(i18n, progress.no) }}</dd>
            </dl>
        }
    };
    let (report_code, report_name, report_framework) =
        (code.clone(), country.name.clone(), framework.clone());
    let fw = framework.clone();
    let cs2 = countries.clone();
    // Kept mounted while the year or the indicator changes; the panel follows `state` itself.
    let panel_open =
        Memo::new(move |_| state.with(|s| s.indicator.is_some() && s.tab != Tab::Progress));
    let panel = move || {
        panel_open.get().then(|| {
            view! {
                <IndicatorPanel framework=fw.clone() countries=cs2.clone() state path_of=profile_path id_prefix="profile" />
            }
        })
    };
    let fw2 = framework.clone();
    // The reports come with the goals, not before them: arriving first, they would be pushed down
    // the screen by the goals (a layout shift).
    let body = loaded(entity, move |file| {
        view! {
            <Goals framework=fw2.clone() entity=file as_of method country=code.clone() />
            <CountryReports iso3=report_code.clone() name=report_name.clone() as_of framework=report_framework.clone() entity link_page=true />
        }
    });
    view! {
        <Title text=title />
        <header class="page-heading">
            <p class="crumbs"><a href=base.to(Section::Countries.page())>{t!(i18n, progress.all_countries)}</a></p>
            <h1>{move || country.name.get(i18n.get_locale().as_str()).to_owned()}</h1>
            {groups}
        </header>
        <div class="asof-control" role="group" aria-labelledby="asof-label">
            <label id="asof-label" for="asof">{t!(i18n, progress.as_of)}</label>
            <input
                id="asof"
                type="range"
                min=AS_OF_MIN.to_string()
                max=AS_OF_MAX.to_string()
                step="1"
                prop:value=move || as_of.get().to_string()
                on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<u16>() {
                        set_as_of(y)
                    }
                }
            />
            <output for="asof" class="asof-year" data-year=move || as_of.get().to_string()>{move || as_of.get().to_string()}</output>
            <p class="muted small">{t!(i18n, progress.as_of_help)}</p>
        </div>
        {panel}
        {body}
    }
    .into_any()
}

/// A country code the data does not know: says so, with the way back to the list.
#[component]
pub fn UnknownCountry() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    view! {
        <h1>{t!(i18n, progress.unknown_country)}</h1>
        <p><a href=base.to(Section::Countries.page())>{t!(i18n, progress.back_to_countries)}</a></p>
    }
}

/// An observation as "value (year)", or a dash when there is none.
fn obs_or_dash(i18n: leptos_i18n::I18nContext<Locale>, o: Option<Observation>) -> String {
    o.map_or_else(|| "—".into(), |o| obs_text(i18n, o.value, o.year))
}

/// What moves with the "as of" year on one card: its status and its latest observation.
/// Written by one effect in [`Goals`], only when they change.
#[derive(Clone)]
struct CardSignals {
    status: ArcRwSignal<Status>,
    latest: ArcRwSignal<Option<Observation>>,
}

/// The summary and one section per goal.
#[component]
fn Goals(
    framework: Arc<Framework>,
    entity: Arc<EntityFile>,
    as_of: Memo<u16>,
    method: Memo<Method>,
    /// ISO3 code of the country (the profile is rebuilt when it changes).
    country: String,
) -> impl IntoView {
    let i18n = use_i18n();
    // One style rule moves the "as of" line of every sparkline.
    use_style_rules(move || as_of_css(as_of.get()));
    // Every series with data for this country that measures a 2003 indicator, in goal order.
    let measured: Vec<&Series> = {
        let mut seen = std::collections::BTreeSet::new();
        framework
            .indicators
            .iter()
            .flat_map(|ind| ind.series.iter())
            .filter(|id| entity.series.contains_key(*id) && seen.insert((*id).clone()))
            .filter_map(|id| framework.series(id))
            .collect()
    };
    let pairs: Arc<Vec<(Series, SeriesValues)>> = Arc::new(
        measured
            .iter()
            .map(|s| ((*s).clone(), entity.series[&s.id].clone()))
            .collect(),
    );
    let first: Vec<Assessment> = {
        let (year, m) = (as_of.get_untracked(), method.get_untracked());
        pairs
            .iter()
            .map(|(s, v)| assess_series(s, v, year, m))
            .collect()
    };
    let slots: Arc<Vec<CardSignals>> = Arc::new(
        first
            .iter()
            .map(|a| CardSignals {
                status: ArcRwSignal::new(a.status),
                latest: ArcRwSignal::new(a.latest),
            })
            .collect(),
    );
    let counts = ArcRwSignal::new(summarize(
        method.get_untracked(),
        first.iter().map(|a| a.status),
    ));
    // One effect re-evaluates every card when the year or method moves and writes only what
    // changed, so a year step re-renders the cards it moves, not all of them.
    {
        let (pairs, slots, counts) = (pairs.clone(), slots.clone(), counts.clone());
        Effect::new(move || {
            let (year, m) = (as_of.get(), method.get());
            let mut statuses = Vec::with_capacity(pairs.len());
            for ((series, values), card) in pairs.iter().zip(slots.iter()) {
                let a = assess_series(series, values, year, m);
                set_if_changed(&card.status, a.status);
                set_if_changed(&card.latest, a.latest);
                statuses.push(a.status);
            }
            set_if_changed(&counts, summarize(m, statuses));
        });
    }
    let summary = move || {
        method
            .get()
            .statuses()
            .iter()
            .map(|&s| {
                let counts = counts.clone();
                view! {
                    <li class=format!("summary-item {}", status_classes(s))>
                        <span class="status-icon" aria-hidden="true">{status_icon(s)}</span>
                        <span class="count" data-status=s.key()>
                            {move || counts.with(|c| c.get(&s).copied().unwrap_or(0))}
                        </span>
                        " "
                        <span>{move || status_label(i18n, s)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let sections = framework
        .goals
        .iter()
        .map(|goal| {
            let inds: Vec<_> = framework.indicators.iter().filter(|i| i.goal == goal.number).collect();
            let mut seen = std::collections::BTreeSet::new();
            let cards = inds
                .iter()
                .flat_map(|i| i.series.iter())
                .filter(|id| seen.insert((*id).clone()))
                .filter_map(|id| pairs.iter().position(|(s, _)| &s.id == id))
                .map(|idx| {
                    let (series, values) = pairs[idx].clone();
                    view! {
                        <Card series values first=first[idx].clone() now=slots[idx].clone() as_of method country=country.clone() />
                    }
                })
                .collect_view();
            let missing: Vec<_> = inds
                .iter()
                .filter(|i| !i.series.iter().any(|s| entity.series.contains_key(s)))
                .map(|i| (i.id.clone(), i.text.clone()))
                .collect();
            let heading_id = format!("goal-{}", goal.number);
            let labelled = heading_id.clone();
            let missing_count = missing.len();
            let number = goal.number;
            let title = goal.title.clone();
            view! {
                <section class="goal-section" aria-labelledby=labelled>
                    <h2 id=heading_id>
                        {move || t_string!(i18n, progress.goal_n, n = number).to_string()} " · "
                        {move || title.get(i18n.get_locale().as_str()).to_owned()}
                    </h2>
                    <div class="cards">{cards}</div>
                    {(!missing.is_empty()).then(|| view! {
                        <details class="no-data-list">
                            <summary>{move || t_string!(i18n, progress.no_data_count, count = missing_count).to_string()}</summary>
                            <ul>
                                {missing.iter().map(|(id, text)| {
                                    let text = text.clone();
                                    let id = id.clone();
                                    view! { <li>{id} ". " {move || text.get(i18n.get_locale().as_str()).to_owned()}</li> }
                                }).collect_view()}
                            </ul>
                        </details>
                    })}
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="summary" aria-labelledby="summary-h">
            <h2 id="summary-h">
                {move || t_string!(i18n, progress.summary_as_of, year = as_of.get()).to_string()}
            </h2>
            <ul class="summary-list" aria-live="polite">{summary}</ul>
            <p class="muted small method-note">
                {move || t_string!(i18n, progress.method.judged_by, method = method_label(i18n, method.get())).to_string()}
            </p>
            // Kept out of the sticky "as of" bar, which must stay one line on a laptop screen.
            <MethodPicker />
        </section>
        {sections}
    }
}

/// One indicator card.
#[component]
fn Card(
    series: Series,
    values: SeriesValues,
    /// The assessment when the card is built: its baseline and 2015 target do not move with the
    /// year (the baseline is looked for in its own window, 1990–1995).
    first: Assessment,
    now: CardSignals,
    as_of: Memo<u16>,
    method: Memo<Method>,
    country: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let target = first.target.or_else(|| {
        let b = values.first_within(1990, 1995)?;
        series
            .target_rule
            .as_ref()
            .map(|r| r.rule.target_value(b.1))
    });
    let first_baseline = first.baseline;
    let baseline = move || obs_or_dash(i18n, first_baseline);
    let latest = now.latest;
    let latest = move || obs_or_dash(i18n, latest.get());
    let has_rule = series.target_rule.is_some();
    let target_text = move || match (has_rule, target) {
        (true, Some(t)) => number(i18n, t),
        (true, None) => t_string!(i18n, progress.target_needs_baseline).to_owned(),
        (false, _) => t_string!(i18n, progress.no_numeric_target).to_owned(),
    };
    let id = series.id.clone();
    let open = RwSignal::new(false);
    // The chart link carries the "as of" year. Rewriting every card's link on each year step
    // would take a good share of the update's script budget, so a link takes the current year
    // when it is about to be used: pointed at, focused, or clicked (before the router reads it).
    let chart_href = Callback::new(move |()| {
        base.href(&explore_path(&ProfileState {
            country: country.clone(),
            as_of: as_of.get_untracked(),
            indicator: Some(id.clone()),
            compare: Vec::new(),
            tab: Tab::Chart,
            method: method.get_untracked(),
        }))
    });
    let link = NodeRef::<leptos::html::A>::new();
    let refresh = move || {
        if let Some(a) = link.get_untracked() {
            a.set_href(&chart_href.run(()));
        }
    };
    let name = series.name.clone();
    let name2 = series.name.clone();
    let unit = series.unit.clone();
    let numbers = indicator_numbers(&series);
    let modelled = modelled_by(&series.id);
    let heading_id = format!("card-{}", series.id);
    let labelled = heading_id.clone();
    let series_id = series.id.clone();
    // The working is only made while open, so moving the year stays cheap.
    let (s2, v2) = (series.clone(), values.clone());
    let assessment = Signal::derive(move || assess_series(&s2, &v2, as_of.get(), method.get()));
    view! {
        <article class="indicator-card" aria-labelledby=labelled data-series=series_id>
            <h3 id=heading_id>{move || name.get(i18n.get_locale().as_str()).to_owned()}</h3>
            <p class="muted small">
                {move || t_string!(i18n, progress.indicator_n, n = numbers.clone()).to_string()} " · "
                {move || unit.get(i18n.get_locale().as_str()).to_owned()}
            </p>
            {modelled.map(|by| view! {
                <p class="muted small card-modelled">{move || t_string!(i18n, progress.working.modelled, by = by).to_string()}</p>
            })}
            <Sparkline values target />
            <dl class="card-figures">
                <div><dt>{t!(i18n, progress.working.baseline)}</dt><dd>{baseline}</dd></div>
                <div><dt>{t!(i18n, progress.working.latest)}</dt><dd>{latest}</dd></div>
                <div><dt>{t!(i18n, progress.working.target)}</dt><dd>{target_text}</dd></div>
            </dl>
            <StatusBadge status=Signal::from(now.status) />
            <details class="show-working" on:toggle=move |ev| open.set(details_open(&ev))>
                <summary>{t!(i18n, progress.show_working)}</summary>
                {move || open.get().then(|| view! { <Working assessment /> })}
            </details>
            <a
                class="card-link"
                href=chart_href.run(())
                node_ref=link
                on:pointerenter=move |_| refresh()
                on:focus=move |_| refresh()
                on:click=move |_| refresh()
            >
                {t!(i18n, progress.open_chart)}
                <span class="visually-hidden">{move || format!(": {}", name2.get(i18n.get_locale().as_str()))}</span>
            </a>
        </article>
    }
}

/// Whether the `<details>` element that fired a toggle event is open.
fn details_open(ev: &leptos::ev::Event) -> bool {
    use leptos::wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}
