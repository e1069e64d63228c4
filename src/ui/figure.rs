//! A sourced headline figure ("more than 35 countries…"), formatted in the current language.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::figure_number;
use crate::data::model::strategy::{Figure, FigureUnit, Qualifier, StrategySource};
use crate::i18n::*;
use crate::ui::prose::{localized, Citation, ParaLinks};

/// The figure's number with its unit and qualifier, e.g. "in the order of US$50 billion a year".
pub fn figure_value(i18n: I18nContext<Locale>, figure: &Figure) -> String {
    let n = figure_number(figure.value);
    let value = match figure.unit {
        FigureUnit::Count => n,
        FigureUnit::UsdBillion => t_string!(i18n, figures.usd_billion, value = n).to_string(),
        FigureUnit::UsdBillionPerYear => {
            t_string!(i18n, figures.usd_billion_per_year, value = n).to_string()
        }
    };
    match figure.qualifier {
        Qualifier::Exact => value,
        Qualifier::About => t_string!(i18n, figures.about, value).to_string(),
        Qualifier::InTheOrderOf => t_string!(i18n, figures.in_the_order_of, value).to_string(),
        Qualifier::MoreThan => t_string!(i18n, figures.more_than, value).to_string(),
        Qualifier::JustOver => t_string!(i18n, figures.just_over, value).to_string(),
        Qualifier::CloseTo => t_string!(i18n, figures.close_to, value).to_string(),
    }
}

/// The figure's context and the paragraphs of the paper it rests on, in the current language:
/// "World Bank estimate, … (source ¶24)".
pub fn figure_note(figure: &Figure) -> impl IntoView {
    let paras = figure.paras.clone();
    view! {
        {localized(&figure.note)}
        {(!paras.is_empty())
            .then(|| {
                view! {
                    " "
                    <ParaLinks paras />
                }
            })}
    }
}

/// A card: the figure, what it counts, its context and its source.
#[component]
pub fn FigureCard(
    /// The figure.
    figure: Figure,
    /// The source it cites ([`Figure::source`]), if the file has it.
    source: Option<StrategySource>,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = localized(&figure.label);
    let note = figure_note(&figure);
    view! {
        <li class="figure">
            <span class="figure__value">{move || figure_value(i18n, &figure)}</span>
            <span class="figure__label">{label}</span>
            <span class="figure__note">{note}</span>
            {source.map(|source| view! { <Citation source /> })}
        </li>
    }
}
