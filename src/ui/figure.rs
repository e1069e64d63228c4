//! A sourced headline figure ("more than 35 countries…"), formatted in the current language.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::figure_number;
use crate::data::model::strategy::{Figure, FigureUnit, Qualifier, StrategySource};
use crate::i18n::*;
use crate::ui::prose::{localized, Citation, ParaLinks};

/// The figure's number with its unit and qualifier, e.g. "about US$50 billion a year".
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
        Qualifier::MoreThan => t_string!(i18n, figures.more_than, value).to_string(),
        Qualifier::JustOver => t_string!(i18n, figures.just_over, value).to_string(),
        Qualifier::CloseTo => t_string!(i18n, figures.close_to, value).to_string(),
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
    let note = localized(&figure.note);
    let paras = figure.paras.clone();
    view! {
        <li class="figure">
            <span class="figure__value">{move || figure_value(i18n, &figure)}</span>
            <span class="figure__label">{label}</span>
            <span class="figure__note">
                {note} {(!paras.is_empty()).then(|| view! { <ParaLinks paras /> })}
            </span>
            {source.map(|source| view! { <Citation source /> })}
        </li>
    }
}
