//! The progress grid (`/progress`): MDG regions × targeted indicators, each cell the share of
//! the region's countries met or on track (MDG regions have no aggregate in the sources), plus
//! the World aggregate's own status; text in every cell; prints on one A4 landscape page.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_use::{use_element_size, UseElementSizeReturn};

use crate::data::progress::url::AS_OF_MAX;
use crate::data::progress::{assess_series, Method, Status};
use crate::data::viz::{share_on_track, ColourScale};
use crate::data::{data_path, Countries, DataError, DataFile, Framework, GroupKind, Series};
use crate::i18n::*;
use crate::progress::fit::fit_label;
use crate::progress::share::{share_legend, use_targeted, Targeted};
use crate::progress::state::{use_method, MethodPicker};
use crate::store::use_data;
use crate::ui::charts::choropleth::{bin_class, legend_text};
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::page::Heading;
use crate::ui::status::{status_classes, status_icon, status_label};

/// The `/progress` route.
#[component]
pub fn GridPage() -> impl IntoView {
    let i18n = use_i18n();
    let method = use_method();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let targeted = use_targeted(framework);
    view! {
        <article class="page progress-page grid-page">
            <Heading
                heading=move || t_string!(i18n, progress.grid_title)
                lede=move || t_string!(i18n, progress.grid_lede)
            />
            <div class="no-print grid-controls" data-slide-omit>
                <button
                    type="button"
                    on:click=|_| {
                        let _ = window().print();
                    }
                >
                    {t!(i18n, progress.print)}
                </button>
                <MethodPicker />
            </div>
            {loaded2(
                countries,
                framework,
                move |countries, framework| {
                    view! { <Grid countries framework targeted method /> }
                },
            )}
        </article>
    }
}

/// The table of regions × indicators, its legend and note.
#[component]
fn Grid(
    countries: Arc<Countries>,
    framework: Arc<Framework>,
    /// Every targeted series with its file.
    targeted: LocalResource<Result<Targeted, DataError>>,
    method: Memo<Method>,
) -> impl IntoView {
    let i18n = use_i18n();
    // On a screen narrower than the grid, its caption says it scrolls sideways.
    let (wrap, table) = (NodeRef::new(), NodeRef::new());
    let UseElementSizeReturn { width: seen, .. } = use_element_size(wrap);
    let UseElementSizeReturn { width: whole, .. } = use_element_size(table);
    let scrolls = Memo::new(move |_| whole.get() > seen.get() + 1.0);
    loaded(targeted, move |t| {
        let (framework, countries) = (framework.clone(), countries.clone());
        move || {
            let m = method.get();
            let l = i18n.get_locale().as_str();
            let regions: Vec<_> = countries
                .groups
                .iter()
                .filter(|g| g.kind == GroupKind::MdgRegion)
                .cloned()
                .collect();
            // The columns that are not the official indicator, numbered for the notes below.
            let departing: Vec<&Series> = t
                .iter()
                .map(|(s, _)| s)
                .filter(|s| s.departure().is_some())
                .collect();
            let head = column_heads(i18n, &t, &framework, &departing);
            let fits = fit_notes(i18n, &departing);
            let rows = regions.iter().map(|g| {
                let members: Vec<&str> = countries.countries.iter().filter(|c| c.mdg_region == g.id).map(|c| c.iso3.as_str()).collect();
                let cells = t.iter().map(|(s, f)| {
                    let list: Vec<_> = members.iter().filter_map(|c| f.countries.get(*c)).map(|v| assess_series(s, v, AS_OF_MAX, m)).collect();
                    let share = share_on_track(&list);
                    match share.share() {
                        Some(x) => view! {
                            <td class=format!(
                                "grid-cell {}",
                                bin_class(usize::from(ColourScale::share().step(x))),
                            )>
                                <strong>{format!("{} %", (x * 100.0).round())}</strong>
                                <br />
                                <span class="small">
                                    {t_string!(
                                        i18n, progress.n_of_m, on = share.on_track, judged = share.judged
                                    )
                                        .to_string()}
                                </span>
                            </td>
                        }.into_any(),
                        None => view! { <td class="grid-cell nodata">{t_string!(i18n, progress.no_judged).to_owned()}</td> }.into_any(),
                    }
                }).collect_view();
                view! {
                    <tr>
                        <th scope="row">{g.name.get(l).to_owned()}</th>
                        {cells}
                    </tr>
                }
            }).collect_view();
            let world = t
                .iter()
                .map(|(s, f)| {
                    let st = f
                        .aggregates
                        .get("WLD")
                        .map_or(Status::InsufficientData, |v| {
                            assess_series(s, v, AS_OF_MAX, m).status
                        });
                    view! {
                        <td class=format!("grid-cell status-cell {}", status_classes(st))>
                            <span aria-hidden="true">{status_icon(st)}</span>
                            " "
                            {status_label(i18n, st)}
                        </td>
                    }
                })
                .collect_view();
            let legend = share_legend(t_string!(i18n, progress.no_judged).to_owned()).into_iter().map(|i| view! {
                <li>
                    <span class=format!("swatch-inline {}", i.class) aria-hidden="true"></span>
                    {legend_text(i.text, i.end)}
                </li>
            }).collect_view();
            view! {
                <div
                    class="grid-wrap"
                    tabindex="0"
                    role="region"
                    aria-labelledby="grid-caption"
                    node_ref=wrap
                >
                    <table class="progress-grid" node_ref=table>
                        <caption id="grid-caption">
                            <span>{t!(i18n, progress.grid_caption)}</span>
                            {move || {
                                scrolls
                                    .get()
                                    .then(|| {
                                        view! {
                                            <span class="grid-scroll-hint">
                                                {t!(i18n, progress.grid_scroll)}
                                            </span>
                                        }
                                    })
                            }}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, progress.mdg_region)}</th>
                                {head}
                            </tr>
                        </thead>
                        <tbody>
                            {rows} <tr class="world-row">
                                <th scope="row">{t!(i18n, progress.world_aggregate)}</th>
                                {world}
                            </tr>
                        </tbody>
                    </table>
                </div>
                <ul class="grid-legend">{legend}</ul>
                <p class="muted small">{t!(i18n, progress.grid_note)}</p>
                <h2 class="grid-fits-h">{t!(i18n, progress.grid_fits)}</h2>
                <ol class="grid-fits small">{fits}</ol>
            }
        }
    })
}

/// The column headings: each series' target and name, marked when it is not the official
/// indicator (`departing`, numbered in order).
fn column_heads(
    i18n: I18nContext<Locale>,
    targeted: &Targeted,
    framework: &Framework,
    departing: &[&Series],
) -> impl IntoView + use<> {
    let l = i18n.get_locale_untracked();
    targeted
        .iter()
        .map(|(s, _)| {
            let target = s
                .mdg_2003
                .first()
                .and_then(|i| framework.indicator(i))
                .map_or(0, |i| i.target);
            let mark = departing.iter().position(|d| d.id == s.id).map(|i| {
                let n = i + 1;
                view! {
                    <sup class="fit-mark">
                        <a href=format!("#grid-fit-{n}")>{n}</a>
                    </sup>
                }
            });
            view! {
                <th scope="col">
                    <span class="grid-target">
                        {t_string!(i18n, progress.target_n, n = target).to_string()}
                    </span>
                    <br />
                    {s.name.get(l.as_str()).to_owned()}
                    {mark}
                </th>
            }
        })
        .collect_view()
}

/// The notes on the columns that are not the official indicator: how each differs.
fn fit_notes(i18n: I18nContext<Locale>, departing: &[&Series]) -> impl IntoView + use<> {
    let l = i18n.get_locale_untracked();
    departing
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let (fit, caveat) = s.departure()?;
            Some(view! {
                <li id=format!("grid-fit-{}", i + 1)>
                    <strong>{s.name.get(l.as_str()).to_owned()}</strong>
                    " — "
                    {fit_label(i18n, fit)}
                    " "
                    {caveat.get(l.as_str()).to_owned()}
                </li>
            })
        })
        .collect_view()
}
