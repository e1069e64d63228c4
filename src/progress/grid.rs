//! The progress grid (`/progress`): MDG regions × targeted indicators, each cell the share of
//! the region's countries met or on track (MDG regions have no aggregate in the sources), plus
//! the World aggregate's own status; text in every cell; prints on one A4 landscape page.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::progress::url::AS_OF_MAX;
use crate::data::progress::Method;
use crate::data::slide_pages::WIDE;
use crate::data::viz::{column_parts, progress_grid, ColourScale, Grid, ShareOnTrack};
use crate::data::{data_path, Countries, DataError, DataFile, Framework, Series};
use crate::i18n::*;
use crate::progress::fit::fit_label;
use crate::progress::share::{share_legend, use_targeted, Targeted};
use crate::progress::state::{use_method, MethodPicker};
use crate::store::use_data;
use crate::ui::charts::choropleth::{bin_class, legend_text};
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::on_a_slide;
use crate::ui::page::Heading;
use crate::ui::status::{status_classes, status_icon, status_label};
use crate::ui::table::use_scrolls_sideways;

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
    // On a screen narrower than the grid, its caption says it scrolls sideways: measured once
    // the grid is drawn and again when the window's size changes.
    let wrap = NodeRef::<leptos::html::Div>::new();
    let scrolls = use_scrolls_sideways(wrap);
    loaded(targeted, move |t| {
        let (framework, countries) = (framework.clone(), countries.clone());
        move || {
            let grid = progress_grid(&countries, &t, AS_OF_MAX, method.get());
            // Drawn again in the reader's language when it changes.
            let _locale = i18n.get_locale();
            // The columns that are not the official indicator, numbered for the notes below.
            let departing: Vec<&Series> = grid
                .columns
                .iter()
                .map(|c| c.series)
                .filter(|s| s.departure().is_some())
                .collect();
            let has_fits = !departing.is_empty();
            let fits = fit_notes(i18n, &departing);
            let unjudged = unjudged_notes(i18n, &grid);
            let targets: Vec<u8> = grid
                .columns
                .iter()
                .map(|c| target_of(&framework, c.series))
                .collect();
            // On a slide, the grid in tables of a few targets each, one page of the slide each.
            let per_table = if on_a_slide() {
                slide_columns()
            } else {
                targets.len()
            };
            let parts = column_parts(&targets, per_table);
            let of = parts.len();
            let tables = parts
                .into_iter()
                .enumerate()
                .map(|(i, cols)| {
                    let table = GridTable {
                        grid: &grid,
                        targets: &targets,
                        departing: &departing,
                        cols,
                        part: (of > 1).then_some((i + 1, of)),
                    };
                    table.view(i18n, if i == 0 { wrap } else { NodeRef::new() }, scrolls)
                })
                .collect_view();
            let legend = share_legend(t_string!(i18n, progress.no_judged).to_owned())
                .into_iter()
                .map(|i| {
                    view! {
                        <li>
                            <span
                                class=format!("swatch-inline {}", i.class)
                                aria-hidden="true"
                            ></span>
                            {legend_text(i.text, i.end)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="grid-legend">{legend}</ul>
                {tables}
                <p class="muted small">{t!(i18n, progress.grid_note)}</p>
                {unjudged}
                {has_fits
                    .then(|| {
                        view! {
                            <h2 class="grid-fits-h">{t!(i18n, progress.grid_fits)}</h2>
                            <ol class="grid-fits small">{fits}</ol>
                        }
                    })}
            }
        }
    })
}

/// One region's cell: the share of its countries met or on track, or that none could be judged.
fn share_cell(i18n: I18nContext<Locale>, share: ShareOnTrack) -> AnyView {
    match share.share() {
        Some(x) => view! {
            <td class=format!("grid-cell {}", bin_class(usize::from(ColourScale::share().step(x))))>
                <strong>{format!("{} %", (x * 100.0).round())}</strong>
                <br />
                <span class="small">
                    {t_string!(i18n, progress.n_of_m, on = share.on_track, judged = share.judged)
                        .to_string()}
                </span>
            </td>
        }
        .into_any(),
        None => view! { <td class="grid-cell nodata">{t_string!(i18n, progress.no_judged).to_owned()}</td> }
        .into_any(),
    }
}

/// The series left out of the table, each with the caveat that says why.
fn unjudged_notes(i18n: I18nContext<Locale>, grid: &Grid<'_>) -> impl IntoView + use<> {
    let l = i18n.get_locale_untracked();
    let items = grid
        .unjudged
        .iter()
        .map(|s| {
            let caveat = s
                .caveat
                .as_ref()
                .map(|c| format!("{}{}", t_string!(i18n, colon), c.get(l.as_str())));
            view! {
                <li>
                    <strong>{s.name.get(l.as_str()).to_owned()}</strong>
                    {caveat}
                </li>
            }
        })
        .collect_view();
    (!grid.unjudged.is_empty()).then(|| {
        view! {
            <h2 class="grid-fits-h">{t!(i18n, progress.grid_unjudged)}</h2>
            <ul class="grid-unjudged small">{items}</ul>
        }
    })
}

/// The target a series' column sits under (its first MDG 2003 indicator's).
fn target_of(framework: &Framework, series: &Series) -> u8 {
    series
        .mdg_2003
        .first()
        .and_then(|i| framework.indicator(i))
        .map_or(0, |i| i.target)
}

/// Columns per table on a slide: the grid splits where a target ends into tables of at most six
/// columns in the 16:9 frame, five in the narrower 4:3 one, each with the slide's heading on a
/// page, in type the room can read (`grid.css`).
fn slide_columns() -> usize {
    let width = window().inner_width().ok().and_then(|w| w.as_f64());
    if width.is_some_and(|w| w < WIDE.width) {
        5
    } else {
        6
    }
}

/// One table of the grid: the columns `cols`, every region's row and the World's.
struct GridTable<'a> {
    grid: &'a Grid<'a>,
    /// Each column's target.
    targets: &'a [u8],
    /// The columns that are not the official indicator, numbered in this order.
    departing: &'a [&'a Series],
    cols: Range<usize>,
    /// Which table of how many, when the grid is split (on a slide).
    part: Option<(usize, usize)>,
}

impl GridTable<'_> {
    fn view(
        &self,
        i18n: I18nContext<Locale>,
        wrap: NodeRef<leptos::html::Div>,
        scrolls: RwSignal<bool>,
    ) -> impl IntoView + use<> {
        let l = i18n.get_locale_untracked();
        let columns = self.grid.columns.get(self.cols.clone()).unwrap_or_default();
        let caption_id = match self.part {
            Some((n, _)) if n > 1 => format!("grid-caption-{n}"),
            _ => "grid-caption".to_owned(),
        };
        let labelled_by = caption_id.clone();
        let part = self.part.map(|(n, of)| format!(" ({n}/{of})"));
        let rows = self
            .grid
            .regions
            .iter()
            .enumerate()
            .map(|(r, g)| {
                let cells = columns
                    .iter()
                    .map(|c| share_cell(i18n, c.shares.get(r).copied().unwrap_or_default()))
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{g.name.get(l.as_str()).to_owned()}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let world = columns
            .iter()
            .map(|c| {
                view! {
                    <td class=format!("grid-cell status-cell {}", status_classes(c.world))>
                        <span aria-hidden="true">{status_icon(c.world)}</span>
                        " "
                        {status_label(i18n, c.world)}
                    </td>
                }
            })
            .collect_view();
        let head = self.heads(i18n);
        view! {
            <div
                class="grid-wrap"
                tabindex="0"
                role="region"
                aria-labelledby=labelled_by
                node_ref=wrap
            >
                <table class="progress-grid">
                    <caption id=caption_id>
                        <span class="table-scroll__caption">
                            {t!(i18n, progress.grid_caption)} {part}
                        </span>
                        {move || {
                            scrolls
                                .get()
                                .then(|| {
                                    view! {
                                        <span class="table-scroll__caption scroll-hint">
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
        }
    }

    /// The column headings: each series' target and name, marked when it is not the official
    /// indicator.
    fn heads(&self, i18n: I18nContext<Locale>) -> impl IntoView + use<> {
        let l = i18n.get_locale_untracked();
        let columns = self.grid.columns.get(self.cols.clone()).unwrap_or_default();
        let targets = self.targets.get(self.cols.clone()).unwrap_or_default();
        columns
            .iter()
            .zip(targets)
            .map(|(c, &target)| {
                let s = c.series;
                let mark = self.departing.iter().position(|d| d.id == s.id).map(|i| {
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
