//! The progress grid (`/progress`): MDG regions × targeted indicators, each cell the share of
//! the region's countries met or on track (MDG regions have no aggregate in the sources), plus
//! the World aggregate's own status; text in every cell; prints on one A4 landscape page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::progress::url::AS_OF_MAX;
use crate::data::progress::{assess_series, Method, Status};
use crate::data::viz::{share_on_track, ColourScale};
use crate::data::{data_path, Countries, DataError, DataFile, Framework, GroupKind};
use crate::i18n::*;
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
            let head = t
                .iter()
                .map(|(s, _)| {
                    let target = s
                        .mdg_2003
                        .first()
                        .and_then(|i| framework.indicator(i))
                        .map_or(0, |i| i.target);
                    view! {
                        <th scope="col">
                            <span class="grid-target">
                                {t_string!(i18n, progress.target_n, n = target).to_string()}
                            </span>
                            <br />
                            {s.name.get(l).to_owned()}
                        </th>
                    }
                })
                .collect_view();
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
                <div class="grid-wrap" tabindex="0" role="region" aria-labelledby="grid-caption">
                    <table class="progress-grid">
                        <caption id="grid-caption">
                            <span>{t!(i18n, progress.grid_caption)}</span>
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
            }
        }
    })
}
