//! A world choropleth on the pre-projected map: one link per country (shape or dot for small
//! states), coloured by bin, hatched where there is no data, with a tooltip on hover and focus.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::data::WorldMap;
use crate::routes::AppBase;

/// What the map shows for one country.
#[derive(Clone, Debug, PartialEq)]
pub struct MapCell {
    /// Colour bin (`bin-<n>` class); `None` = no data (hatched).
    pub bin: Option<u8>,
    /// Full text: name, value with its year, status (tooltip and accessible name).
    pub text: String,
}

/// The map's CSS class for a cell.
fn class_of(cell: Option<&MapCell>) -> &'static str {
    match cell.and_then(|c| c.bin) {
        Some(0) => "bin-0",
        Some(1) => "bin-1",
        Some(2) => "bin-2",
        Some(3) => "bin-3",
        Some(_) => "bin-4",
        None => "nodata",
    }
}

/// The map. Each country is a link to its profile; Tab walks through them, focus shows the
/// same tooltip as hover. `cells` is keyed by ISO3; countries without a cell are "no data".
#[component]
pub fn Choropleth(
    /// Shapes and dots.
    world: Arc<WorldMap>,
    /// ISO3 → what to show.
    #[prop(into)]
    cells: Signal<HashMap<String, MapCell>>,
    /// Accessible name of the map.
    #[prop(into)]
    label: Signal<String>,
    /// Text for countries missing from `cells` (e.g. "no data").
    #[prop(into)]
    missing: Signal<String>,
) -> impl IntoView {
    let base = AppBase::expect();
    let hovered = RwSignal::new(None::<(String, f64, f64)>);
    let (w, h) = (world.width, world.height);
    let text_of = move |iso3: &str| {
        cells
            .with(|c| c.get(iso3).map(|c| c.text.clone()))
            .unwrap_or_else(|| format!("{iso3}: {}", missing.get()))
    };
    let item = {
        let base = base.clone();
        move |iso3: String, shape: Option<String>, x: f64, y: f64| {
            let href = base.href(&format!("/countries/{iso3}"));
            let k1 = iso3.clone();
            let k2 = iso3.clone();
            let k3 = iso3.clone();
            let graphic = match shape {
                Some(d) => view! { <path d=d class=move || cells.with(|c| class_of(c.get(&k1))) /> }.into_any(),
                None => view! {
                    <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="4" class=move || format!("dot {}", cells.with(|c| class_of(c.get(&k1)))) />
                }
                .into_any(),
            };
            let show = move || hovered.set(Some((k3.clone(), x, y)));
            let show2 = show.clone();
            // The <g> makes the macro build an SVG <a>, not an HTML one.
            view! {
                <g>
                <a
                    href=href
                    class="map-country"
                    data-iso3=iso3
                    aria-label=move || text_of(&k2)
                    on:mouseenter=move |_| show()
                    on:focus=move |_| show2()
                    on:mouseleave=move |_| hovered.set(None)
                    on:blur=move |_| hovered.set(None)
                >
                    {graphic}
                </a>
                </g>
            }
        }
    };
    let shapes = world
        .shapes
        .iter()
        .map(|s| item.clone()(s.iso3.clone(), Some(s.d.clone()), s.x, s.y))
        .collect_view();
    let dots = world
        .dots
        .iter()
        .map(|d| item.clone()(d.iso3.clone(), None, d.x, d.y))
        .collect_view();
    let others = world
        .other
        .iter()
        .map(|o| view! { <path d=o.d.clone() class="other" /> })
        .collect_view();
    let tooltip = move || {
        hovered.get().map(|(iso3, x, y)| {
            let left = format!("left:{:.2}%;top:{:.2}%", x / w * 100.0, y / h * 100.0);
            let flip = if x / w > 0.7 {
                "map-tooltip flip"
            } else {
                "map-tooltip"
            };
            view! { <div class=flip style=left aria-hidden="true">{text_of(&iso3)}</div> }
        })
    };
    view! {
        <div class="map-frame">
            <svg
                class="choropleth"
                viewBox=format!("0 0 {w} {h}")
                role="group"
                aria-label=move || label.get()
            >
                <defs>
                    <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                <path d=world.outline.clone() class="ocean" />
                {others}
                {shapes}
                {dots}
            </svg>
            {tooltip}
        </div>
    }
}

/// One legend entry: a swatch class and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    /// `bin-<n>` or `nodata`.
    pub class: &'static str,
    /// What it means.
    pub text: String,
}

/// The map legend (a list, so screen readers read it as one).
#[component]
pub fn MapLegend(
    /// Heading of the legend.
    #[prop(into)]
    title: Signal<String>,
    /// Entries, lowest bin first, "no data" last.
    #[prop(into)]
    items: Signal<Vec<LegendItem>>,
) -> impl IntoView {
    view! {
        <div class="map-legend">
            <p class="legend-title">{move || title.get()}</p>
            <ul>
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|i| {
                            view! {
                                <li>
                                    <svg class="swatch" viewBox="0 0 18 18" aria-hidden="true">
                                        <rect width="18" height="18" class=i.class />
                                    </svg>
                                    {i.text}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// The CSS class of bin `i` (for legends).
pub const fn bin_class(i: usize) -> &'static str {
    match i {
        0 => "bin-0",
        1 => "bin-1",
        2 => "bin-2",
        3 => "bin-3",
        _ => "bin-4",
    }
}
