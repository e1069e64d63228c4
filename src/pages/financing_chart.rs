//! The financing figures of paragraph 24 as bars on one US$-billion scale, one panel per figure
//! headed by the period the paper gives for it: a yearly need and a three-year promise must not
//! read as amounts of the same kind.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::model::strategy::{Figure, FigureUnit, StrategySource};
use crate::data::viz::BarScale;
use crate::data::{figure_number, Strategy};
use crate::i18n::*;
use crate::ui::figure::{figure_note, figure_value};
use crate::ui::prose::{localized, Citation};

/// About this many steps on the scale (0, 10 … 50 for the paper's figures).
const TICK_STEPS: usize = 5;

/// The panel's heading: "each year" or "in total" (from the figure's unit) with the period the
/// source gives, or that it gives none.
fn period_heading(i18n: I18nContext<Locale>, figure: &Figure) -> String {
    let Some(period) = &figure.period else {
        return t_string!(i18n, financing.no_period).to_string();
    };
    let period = period.get(i18n.get_locale().as_str());
    match figure.unit {
        FigureUnit::UsdBillionPerYear => {
            t_string!(i18n, financing.period_each_year, period).to_string()
        }
        FigureUnit::UsdBillion | FigureUnit::Count => {
            t_string!(i18n, financing.period_total, period).to_string()
        }
    }
}

/// The financing figures as a chart: a list of panels, each a heading, a labelled bar on the
/// shared scale and the figure's note with its sources.
#[component]
pub fn FinancingChart(
    /// The strategy file (its financing figures and their sources).
    strategy: Arc<Strategy>,
) -> impl IntoView {
    let i18n = use_i18n();
    let figures = &strategy.financing.figures;
    let scale = BarScale::new(figures.iter().map(|f| f.value), TICK_STEPS);
    let panels = figures
        .iter()
        .map(|figure| {
            view! {
                <FigurePanel
                    figure=figure.clone()
                    scale=scale.clone()
                    source=strategy.source(&figure.source).cloned()
                />
            }
        })
        .collect_view();
    view! {
        <figure class="fin-chart">
            <figcaption>{t!(i18n, financing.chart_caption)}</figcaption>
            <ol class="fin-chart__panels">{panels}</ol>
        </figure>
    }
}

/// One figure: its period, its value and what it counts, its bar and its note.
#[component]
fn FigurePanel(
    /// The figure.
    figure: Figure,
    /// The scale all the panels share.
    scale: BarScale,
    /// The source it cites, if the file has it.
    source: Option<StrategySource>,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = localized(&figure.label);
    let note = figure_note(&figure);
    let width = format!("{:.3}%", scale.percent(figure.value));
    let figure = StoredValue::new(figure);
    view! {
        <li class="fin-panel">
            <h3 class="fin-panel__period">
                {move || figure.with_value(|f| period_heading(i18n, f))}
            </h3>
            <p class="fin-panel__label">
                <strong class="fin-panel__value">
                    {move || figure.with_value(|f| figure_value(i18n, f))}
                </strong>
                " "
                {label}
            </p>
            // The bar and its scale repeat the label's value for the eye; a screen reader has
            // the label.
            <div class="fin-plot" aria-hidden="true">
                <ScaleTicks scale=scale.clone() />
                <div class="fin-bar">
                    // Sized through the CSSOM (`style:`): the Content Security Policy forbids
                    // style attributes.
                    <div class="fin-bar__fill" style:width=width></div>
                </div>
            </div>
            <p class="fin-panel__note">
                {note} {source.map(|source| view! { <Citation source /> })}
            </p>
        </li>
    }
}

/// The scale's tick marks and values, drawn across the bar's track and below it.
#[component]
fn ScaleTicks(
    /// The shared scale.
    scale: BarScale,
) -> impl IntoView {
    scale
        .ticks()
        .iter()
        .map(|&t| {
            view! {
                <span class="fin-tick" style:left=format!("{:.3}%", scale.percent(t))>
                    <span class="fin-tick__value">{figure_number(t)}</span>
                </span>
            }
        })
        .collect_view()
}
