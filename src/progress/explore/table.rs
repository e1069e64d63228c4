//! The table tab and the CSV download: the same rows, in the order the table is sorted.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use super::panel::Panel;
use crate::data::viz::{format_value, to_csv};
use crate::i18n::*;
use crate::ui::download::download_text;
use crate::ui::number::number;

/// One table row: entity name, year, value (the CSV has the same rows).
type Row = (String, u16, f64);

/// The sort order: column (0 entity, 1 year, 2 value) and whether ascending.
type Sort = RwSignal<(usize, bool)>;

/// Every shown entity's values as rows, in the chosen order.
pub(super) fn use_rows(panel: Panel, sort: Sort) -> Memo<Vec<Row>> {
    let i18n = use_i18n();
    Memo::new(move |_| {
        let l = i18n.get_locale().as_str();
        let mut rows: Vec<Row> = panel.codes.with(|codes| {
            codes
                .iter()
                .flat_map(|c| {
                    let name = panel.entity_name(c, l);
                    let values = panel.values_of(c);
                    values
                        .map(|v| {
                            v.points()
                                .map(|(y, x)| (name.clone(), y, x))
                                .collect::<Vec<_>>()
                        })
                        .unwrap_or_default()
                })
                .collect()
        });
        let (col, asc) = sort.get();
        rows.sort_by(|a, b| {
            let o = match col {
                0 => crate::data::fold(&a.0)
                    .cmp(&crate::data::fold(&b.0))
                    .then(a.1.cmp(&b.1)),
                1 => a.1.cmp(&b.1).then(a.0.cmp(&b.0)),
                _ => a.2.total_cmp(&b.2),
            };
            if asc {
                o
            } else {
                o.reverse()
            }
        });
        rows
    })
}

/// The column headings, shared by the table and the CSV.
fn header(i18n: I18nContext<Locale>) -> [&'static str; 3] {
    [
        t_string!(i18n, progress.col_entity),
        t_string!(i18n, progress.col_year),
        t_string!(i18n, progress.col_value),
    ]
}

/// The table tab: the rows, sortable by any column.
#[component]
pub(super) fn TableTab(panel: Panel, rows: Memo<Vec<Row>>, sort: Sort) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        rows.get()
            .into_iter()
            .map(|(n, y, v)| {
                view! {
                    <tr>
                        <td>{n}</td>
                        <td>{y.to_string()}</td>
                        <td class="num">{number(i18n, v)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let heads = move || {
        header(i18n)
            .into_iter()
            .enumerate()
            .map(|(col, label)| view! { <SortHeader col label sort /> })
            .collect_view()
    };
    view! {
        <table class="data-table" id=panel.id("table")>
            <caption>
                {move || panel.series_text(|s| &s.name)} " ("
                {move || panel.series_text(|s| &s.unit)} ")"
            </caption>
            <thead>
                <tr>{heads}</tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// A column heading that sorts by its column, or reverses the order when it already does.
#[component]
fn SortHeader(col: usize, label: &'static str, sort: Sort) -> impl IntoView {
    let order = move || match sort.get() {
        (c, asc) if c == col => Some(asc),
        _ => None,
    };
    let aria = move || match order() {
        Some(true) => "ascending",
        Some(false) => "descending",
        None => "none",
    };
    let arrow = move || match order() {
        Some(true) => " ▲",
        Some(false) => " ▼",
        None => "",
    };
    let on_click = move |_| {
        sort.update(|(c, asc)| {
            if *c == col {
                *asc = !*asc;
            } else {
                *c = col;
                *asc = true;
            }
        });
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="sort" on:click=on_click>
                {label}
                <span aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// Downloads the rows as CSV, in the table's order.
#[component]
pub(super) fn CsvButton(panel: Panel, rows: Memo<Vec<Row>>) -> impl IntoView {
    let i18n = use_i18n();
    let download = move |_| {
        let r: Vec<Vec<String>> = rows
            .get_untracked()
            .into_iter()
            .map(|(n, y, v)| vec![n, y.to_string(), format_value(v)])
            .collect();
        let csv = to_csv(&header(i18n), &r);
        download_text(&panel.file_name("csv"), "text/csv", &csv);
    };
    view! {
        <button type="button" class="csv" on:click=download>
            {t!(i18n, progress.download_csv)}
        </button>
    }
}
