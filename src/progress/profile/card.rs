//! One indicator card of the profile: sparkline, baseline, latest value, target and status, the
//! working on demand, and a link to the indicator's chart.

use leptos::prelude::*;

use crate::data::progress::{
    assess_series, modelled_by, Assessment, Method, Observation, ProfileState, Status, Tab,
};
use crate::data::{Series, SeriesValues};
use crate::i18n::*;
use crate::progress::fit::fit_note;
use crate::progress::state::{explore_path, indicator_numbers};
use crate::progress::working::{modelled_note, obs_text, Working};
use crate::routes::AppBase;
use crate::ui::charts::sparkline::Sparkline;
use crate::ui::number::number;
use crate::ui::status::StatusBadge;

/// "Modelled estimates (UN IGME), not direct measurements." for a modelled series.
fn modelled_line(series_id: &str) -> Option<impl IntoView + use<>> {
    let i18n = use_i18n();
    modelled_by(series_id).map(|by| {
        view! { <p class="muted small card-modelled">{move || modelled_note(i18n, by)}</p> }
    })
}

/// An observation's figure: its value, with its year on a line of its own under it (left to wrap,
/// about half the values broke between the number and the year), or a dash when there is none.
/// One text node, whose first line is set as the figure (profile/mod.css): a year step writes it
/// once, not a node for the value and another for the year.
fn obs_figure(o: impl Fn() -> Option<Observation> + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dd class="obs">
            {move || {
                o().map_or_else(|| "—".into(), |o| obs_text(i18n, o.value, o.year, '\n'))
            }}
        </dd>
    }
}

/// What moves with the "as of" year on one card: its status and its latest observation.
/// Written by one effect in [`super::goals::Goals`], only when they change.
#[derive(Clone)]
pub(super) struct CardSignals {
    pub status: ArcRwSignal<Status>,
    pub latest: ArcRwSignal<Option<Observation>>,
}

/// One indicator card.
#[component]
pub(super) fn Card(
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
    let latest = now.latest;
    let has_rule = series.target_rule.is_some();
    // A sentence where the others show a number: set as text, not as a figure.
    let target_is_text = !(has_rule && target.is_some());
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
    let numbers = indicator_numbers(&series);
    let fit = fit_note(&series);
    let modelled = modelled_line(&series.id);
    let heading_id = format!("card-{}", series.id);
    let labelled = heading_id.clone();
    let series_id = series.id.clone();
    // The working is only made while open, so moving the year stays cheap.
    let assessment = {
        let (series, values) = (series.clone(), values.clone());
        Signal::derive(move || assess_series(&series, &values, as_of.get(), method.get()))
    };
    let series = StoredValue::new(series);
    let name = move || series.with_value(|s| s.name.get(i18n.get_locale().as_str()).to_owned());
    let unit = move || series.with_value(|s| s.unit.get(i18n.get_locale().as_str()).to_owned());
    view! {
        <article class="indicator-card" aria-labelledby=labelled data-series=series_id>
            <h3 id=heading_id>{name}</h3>
            <p class="muted small">
                {move || t_string!(i18n, progress.indicator_n, n = numbers.clone()).to_string()}
                " · " {unit}
            </p>
            {modelled}
            {fit}
            <Sparkline values target />
            <dl class="card-figures">
                <div>
                    <dt>{t!(i18n, progress.working.baseline)}</dt>
                    {obs_figure(move || first_baseline)}
                </div>
                <div>
                    <dt>{t!(i18n, progress.working.latest)}</dt>
                    {obs_figure(move || latest.get())}
                </div>
                <div>
                    <dt>{t!(i18n, progress.working.target)}</dt>
                    <dd class=target_is_text.then_some("figure-note")>{target_text}</dd>
                </div>
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
                <span class="visually-hidden">{move || format!(": {}", name())}</span>
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
