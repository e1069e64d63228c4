//! "Show the working": the numbers behind a status, and how values and rates are written.

use leptos::prelude::*;

use crate::data::progress::{
    projection, Assessment, Grade, Modeller, Observation, Reason, Status, TargetKind, Verdict,
    STALE_WINDOW,
};
use crate::i18n::*;
use crate::ui::number::{number, rate_number};

/// The app's translations.
type I18n = leptos_i18n::I18nContext<Locale>;

/// A rate of the measure as text: a percentage per year for geometric kinds, units per year
/// for linear ones.
pub fn rate_text(i18n: leptos_i18n::I18nContext<Locale>, a: &Assessment, rate: f64) -> String {
    match a.kind {
        Some(k) if k.is_geometric() => {
            let value = rate_number(i18n, rate * 100.0);
            t_string!(i18n, progress.working.percent_per_year, value = value).to_string()
        }
        _ => {
            let value = rate_number(i18n, rate);
            t_string!(i18n, progress.working.per_year, value = value).to_string()
        }
    }
}

/// A value with its year, `between` them: "102.5 (1991)" with a space, or the year on a line of
/// its own with a line break (the profile's cards).
pub fn obs_text(
    i18n: leptos_i18n::I18nContext<Locale>,
    value: f64,
    year: u16,
    between: char,
) -> String {
    format!("{}{between}({year})", number(i18n, value))
}

/// The working behind one assessment: its figures, the method's rules that applied, and how
/// the measure was judged.
#[component]
pub fn Working(
    /// The assessment shown (reactive with the "as of" year).
    #[prop(into)]
    assessment: Signal<Assessment>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        assessment.with(|a| {
            // A target without a baseline has no measure yet: its reason says why.
            let measure = match (a.kind, a.deadline) {
                (Some(k), _) if k.is_geometric() => t_string!(i18n, progress.working.geometric),
                (Some(_), _) => t_string!(i18n, progress.working.linear),
                (None, Some(_)) => "",
                (None, None) => t_string!(i18n, progress.working.trend_only),
            };
            let method = crate::ui::status::method_label(i18n, a.method);
            view! {
                {figures(i18n, a)}
                {rules(i18n, a)}
                <p class="muted small">
                    {measure} " "
                    {t_string!(i18n, progress.method.judged_by, method = method).to_string()} " "
                    <a href="methodology">{t!(i18n, progress.method.how)}</a>
                </p>
            }
        })
    }
}

/// The figures behind a status, as a definition list.
fn figures(i18n: I18n, a: &Assessment) -> impl IntoView {
    let or_dash = |text: Option<String>| text.unwrap_or_else(|| "—".to_owned());
    let obs = |o: Option<Observation>| or_dash(o.map(|o| obs_text(i18n, o.value, o.year, ' ')));
    let rate = |r: Option<f64>| or_dash(r.map(|r| rate_text(i18n, a, r)));
    let projected = projection(a).map(|p| obs_text(i18n, p.value, p.year, ' '));
    let years = match (a.baseline, a.latest, a.deadline) {
        (Some(b), Some(l), Some(d)) => format!("{}–{} / {}–{}", b.year, l.year, b.year, d),
        (Some(b), Some(l), None) => format!("{}–{}", b.year, l.year),
        _ => or_dash(None),
    };
    let verdict = (a.status == Status::NoNumericTarget)
        .then(|| {
            a.trend
                .map(|t| trend_text(i18n, t.verdict, t.annual_change))
        })
        .flatten();
    let reason = a.reason.map(|r| reason_text(i18n, r));
    let points = (a.points > 0).then(|| {
        let n = a.points;
        if a.fitted {
            t_string!(i18n, progress.working.fit_trend, n = n).to_string()
        } else {
            t_string!(i18n, progress.working.fit_endpoints, n = n).to_string()
        }
    });
    let stale = (a.grade == Grade::NoRecentData)
        .then(|| {
            a.latest.map(|l| {
                t_string!(
                    i18n,
                    progress.working.stale,
                    year = l.year,
                    n = STALE_WINDOW,
                    as_of = a.as_of
                )
                .to_string()
            })
        })
        .flatten();
    view! {
        <dl class="working">
            <dt>{t!(i18n, progress.working.baseline)}</dt>
            <dd>{obs(a.baseline)}</dd>
            <dt>{t!(i18n, progress.working.latest)}</dt>
            <dd>{obs(a.latest)}</dd>
            <dt>{t!(i18n, progress.working.target)}</dt>
            <dd>{or_dash(a.target.map(|t| number(i18n, t)))}</dd>
            <dt>{t!(i18n, progress.working.years)}</dt>
            <dd>{years}</dd>
            <dt>{t!(i18n, progress.working.required)}</dt>
            <dd>{rate(a.required_rate)}</dd>
            <dt>{t!(i18n, progress.working.actual)}</dt>
            <dd>{rate(a.actual_rate)}</dd>
            <dt>{t!(i18n, progress.working.ratio)}</dt>
            <dd>{or_dash(a.ratio.map(|r| number(i18n, r)))}</dd>
            {projected
                .map(|p| {
                    view! {
                        <dt>{t!(i18n, progress.projection)}</dt>
                        <dd class="working-projection">{p}</dd>
                    }
                })}
            {verdict
                .map(|v| {
                    view! {
                        <dt>{t!(i18n, progress.working.trend)}</dt>
                        <dd>{v}</dd>
                    }
                })}
            {reason
                .map(|r| {
                    view! {
                        <dt>{t!(i18n, progress.working.why)}</dt>
                        <dd>{r}</dd>
                    }
                })}
            {points
                .map(|p| {
                    view! {
                        <dt>{t!(i18n, progress.working.points)}</dt>
                        <dd class="working-points">{p}</dd>
                    }
                })}
            {stale
                .map(|s| {
                    view! {
                        <dt>{t!(i18n, progress.working.why)}</dt>
                        <dd>{s}</dd>
                    }
                })}
        </dl>
    }
}

/// The trend of a series without a numeric target: "-1.2 (improving)".
fn trend_text(i18n: I18n, verdict: Verdict, annual_change: f64) -> String {
    let verdict = match verdict {
        Verdict::Improving => t_string!(i18n, progress.verdict.improving),
        Verdict::Worsening => t_string!(i18n, progress.verdict.worsening),
        Verdict::Unchanged => t_string!(i18n, progress.verdict.unchanged),
        Verdict::NotJudged => t_string!(i18n, progress.verdict.not_judged),
    };
    format!("{} ({verdict})", rate_number(i18n, annual_change))
}

/// The method's rules that applied to this assessment, as a list.
fn rules(i18n: I18n, a: &Assessment) -> impl IntoView {
    // The window applies to a target's latest value; a trend alone is not judged.
    let window = a
        .method
        .rules()
        .stale_window
        .filter(|_| a.kind.is_some())
        .map(|w| t_string!(i18n, progress.working.window, n = w).to_string());
    let tolerance = match a.kind {
        Some(TargetKind::Reach {
            level, tolerance, ..
        }) if tolerance > 0.0 => {
            let level = number(i18n, level - tolerance);
            Some(t_string!(i18n, progress.working.tolerance, level = level).to_string())
        }
        _ => None,
    };
    let floor = a.floor.map(|f| {
        t_string!(i18n, progress.working.floor, level = number(i18n, f.level)).to_string()
    });
    let rounded = a.rounded.then(|| t_string!(i18n, progress.working.rounded));
    let modelled = a.modelled.map(|by| modelled_note(i18n, by));
    view! {
        <ul class="muted small working-rules">
            {window.map(|w| view! { <li>{w}</li> })} {tolerance.map(|w| view! { <li>{w}</li> })}
            {floor.map(|w| view! { <li>{w}</li> })} {rounded.map(|w| view! { <li>{w}</li> })}
            {modelled.map(|w| view! { <li class="working-modelled">{w}</li> })}
        </ul>
    }
}

/// Why a series could not be judged.
pub fn reason_text(i18n: leptos_i18n::I18nContext<Locale>, r: Reason) -> &'static str {
    match r {
        Reason::NoData => t_string!(i18n, progress.reason.no_data),
        Reason::NoBaseline => t_string!(i18n, progress.reason.no_baseline),
        Reason::BaselineAfterAsOf => t_string!(i18n, progress.reason.baseline_after_as_of),
        Reason::NoLaterObservation => t_string!(i18n, progress.reason.no_later_observation),
        Reason::ZeroBaseline => t_string!(i18n, progress.reason.zero_baseline),
        Reason::BaselineAfterDeadline => t_string!(i18n, progress.reason.baseline_after_deadline),
        Reason::ShortOfTarget => t_string!(i18n, progress.reason.short_of_target),
    }
}

/// "Modelled estimates (UN IGME), not direct measurements.", the modeller named in the reader's
/// language.
pub fn modelled_note(i18n: I18n, by: Modeller) -> String {
    let by = match by {
        Modeller::UnIgme => t_string!(i18n, progress.modeller.un_igme),
        Modeller::Mmeig => t_string!(i18n, progress.modeller.mmeig),
        Modeller::Jmp => t_string!(i18n, progress.modeller.jmp),
        Modeller::Fao => t_string!(i18n, progress.modeller.fao),
    };
    t_string!(i18n, progress.working.modelled, by = by).to_string()
}
