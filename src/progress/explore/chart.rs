//! The chart tab: the main entity's status, the line chart with its target, required path and
//! projection, and the SVG and PNG exports.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use super::panel::Panel;
use crate::data::progress::{
    assess_series, projected_path, required_path, Assessment, Observation, Status,
};
use crate::data::{data_path, DataFile, Manifest, Source};
use crate::i18n::*;
use crate::progress::fit::fit_note;
use crate::progress::state::MethodPicker;
use crate::progress::working::Working;
use crate::store::use_data;
use crate::ui::charts::line_chart::{Annotation, ChartLine, ChartModel, LineChart};
use crate::ui::download::{download_png, download_svg};
use crate::ui::number::number;
use crate::ui::status::StatusBadge;

/// The chart tab.
#[component]
pub(super) fn ChartTab(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let assessment = Memo::new(move |_| -> Option<Assessment> {
        let (country, as_of, method) = panel.state.with(|s| (s.country.clone(), s.as_of, s.method));
        let values = panel.values_of(&country)?;
        let series = panel.series()?;
        Some(assess_series(&series, &values, as_of, method))
    });
    let model = chart_model(panel, assessment);
    let description = Signal::derive(move || {
        let names = model.with(|m| m.lines.iter().map(|l| l.label.clone()).collect::<Vec<_>>());
        format!(
            "{}: {}. {}",
            panel.series_text(|s| &s.name),
            names.join(", "),
            t_string!(i18n, progress.chart_alt)
        )
    });
    let svg_id = panel.svg_id();
    let fit = move || panel.series().and_then(|s| fit_note(&s));
    // The fit note is the chart's caption, under it: above, it moved the chart 70–140 px at each
    // switch between an indicator that has one and one that has not (issue 14).
    view! {
        <StatusLine assessment />
        <LineChart id=svg_id model description />
        {fit}
        <div class="actions chart-export">
            <button type="button" on:click=move |_| download_svg(svg_id, &panel.file_name("svg"))>
                {t!(i18n, progress.export_svg)}
            </button>
            <button type="button" on:click=move |_| download_png(svg_id, &panel.file_name("png"))>
                {t!(i18n, progress.export_png)}
            </button>
        </div>
    }
}

/// The main entity's status, the method picker and the working behind the status.
#[component]
fn StatusLine(assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let i18n = use_i18n();
    let known = Memo::new(move |_| assessment.with(Option::is_some));
    let status = Signal::derive(move || {
        assessment.with(|a| a.as_ref().map_or(Status::InsufficientData, |a| a.status))
    });
    let working = move || {
        assessment
            .get()
            .map(|a| view! { <Working assessment=Signal::derive(move || a.clone()) /> })
    };
    view! {
        <Show when=move || known.get()>
            <div class="chart-status">
                <StatusBadge status />
                // On a slide, the status; the method and its working are for the page.
                <div class="chart-status__tools" data-slide-omit>
                    <MethodPicker />
                    <details class="show-working">
                        <summary>{t!(i18n, progress.show_working)}</summary>
                        {working}
                    </details>
                </div>
            </div>
        </Show>
    }
}

/// What the chart draws: every entity's line, and for the main one its notes, required path
/// and projection.
fn chart_model(panel: Panel, assessment: Memo<Option<Assessment>>) -> Memo<ChartModel> {
    let i18n = use_i18n();
    let manifest = use_data::<Manifest>(|| data_path(DataFile::Manifest));
    Memo::new(move |_| {
        let (country, as_of) = panel.state.with(|s| (s.country.clone(), s.as_of));
        let l = i18n.get_locale().as_str();
        let lines = panel.codes.with(|codes| {
            codes
                .iter()
                .map(|c| ChartLine {
                    label: panel.entity_name(c, l),
                    points: panel
                        .values_of(c)
                        .map(|v| v.points().collect())
                        .unwrap_or_default(),
                })
                .collect()
        });
        let points = |path: Vec<Observation>| path.iter().map(|o| (o.year, o.value)).collect();
        let (annotations, required, projected) = assessment
            .with(|a| {
                a.as_ref().map(|a| {
                    (
                        notes(i18n, a),
                        points(required_path(a)),
                        points(projected_path(a)),
                    )
                })
            })
            .unwrap_or_default();
        ChartModel {
            title: format!(
                "{} · {}",
                panel.series_text(|s| &s.name),
                panel.entity_name(&country, l)
            ),
            unit: panel.series_text(|s| &s.unit),
            lines,
            required,
            projected,
            annotations,
            as_of,
            required_label: t_string!(i18n, progress.required_path).to_owned(),
            projected_label: t_string!(i18n, progress.projection).to_owned(),
            source: credit(i18n, panel, manifest),
        }
    })
}

/// The credit: who publishes the shown series and under which licence, from `manifest.json`
/// (empty until it is in; a missing file leaves the Sources tab to say so).
fn credit(
    i18n: I18nContext<Locale>,
    panel: Panel,
    manifest: LocalResource<Result<std::sync::Arc<Manifest>, crate::data::DataError>>,
) -> String {
    let Some(series) = panel.series() else {
        return String::new();
    };
    manifest
        .get()
        .and_then(Result::ok)
        .and_then(|m| {
            m.source(&series.source).map(|s| {
                let publisher = publisher(i18n, s);
                t_string!(
                    i18n,
                    progress.chart_source,
                    publisher = publisher.as_str(),
                    licence = s.licence_name()
                )
                .to_string()
            })
        })
        .unwrap_or_default()
}

/// The publisher of a series' source in the current language (the manifest's own words for any
/// other source).
fn publisher(i18n: I18nContext<Locale>, source: &Source) -> String {
    match source.id.as_str() {
        "wdi" => t_string!(i18n, progress.publisher.wdi).to_owned(),
        "gapminder" => t_string!(i18n, progress.publisher.gapminder).to_owned(),
        "jmp" => t_string!(i18n, progress.publisher.jmp).to_owned(),
        "unmdg2015" => t_string!(i18n, progress.publisher.unmdg2015).to_owned(),
        _ => source.publisher.clone(),
    }
}

/// The main line's notes: its baseline, its latest value (unless that is the baseline) and the
/// 2015 target.
fn notes(i18n: I18nContext<Locale>, a: &Assessment) -> Vec<Annotation> {
    let note = |label: &str, o: Observation| Annotation {
        year: o.year,
        value: o.value,
        text: format!("{label} {} ({})", number(i18n, o.value), o.year),
    };
    let mut notes = Vec::new();
    if let Some(b) = a.baseline {
        notes.push(note(t_string!(i18n, progress.working.baseline), b));
    }
    if let Some(lt) = a
        .latest
        .filter(|lt| Some(lt.year) != a.baseline.map(|b| b.year))
    {
        notes.push(note(t_string!(i18n, progress.working.latest), lt));
    }
    if let (Some(t), Some(d)) = (a.target, a.deadline) {
        notes.push(Annotation {
            year: d,
            value: t,
            text: format!(
                "{} {}",
                t_string!(i18n, progress.target_2015),
                number(i18n, t)
            ),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use crate::data::Framework;

    /// The sources [`super::publisher`] translates.
    const TRANSLATED_PUBLISHERS: [&str; 4] = ["wdi", "gapminder", "jmp", "unmdg2015"];

    /// A chart's credit never falls back to the manifest's English: every series' source has
    /// its publisher translated.
    #[test]
    fn every_series_source_has_a_translated_publisher() {
        let framework: Framework =
            serde_json::from_str(include_str!("../../../public/data/framework.json"))
                .expect("framework.json");
        for s in &framework.series {
            assert!(
                TRANSLATED_PUBLISHERS.contains(&s.source.as_str()),
                "series {}: source {} has no translated publisher",
                s.id,
                s.source
            );
        }
    }
}
