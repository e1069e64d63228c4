//! A world choropleth on the pre-projected map: one link per country (shape or dot for small
//! states), coloured by bin, hatched where there is no data, with a tooltip on hover and focus.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::viz::{ColourScale, End, LegendStep};
use crate::data::{Countries, WorldMap};
use crate::i18n::*;
use crate::routes::AppBase;
use crate::routes::Page;
use crate::ui::in_turn::use_drawn_in_turn;
use crate::ui::signal::set_if_changed;

/// The map's CSS class for a palette step (`None`: no data).
fn class_of(step: Option<u8>) -> &'static str {
    step.map_or("nodata", |s| bin_class(usize::from(s)))
}

/// Id of the element describing the focused country (one map per page).
const DETAIL_ID: &str = "map-detail";

/// One country on the map: ISO3, its path (none for a dot), and where its tooltip points.
type MapItem = (String, Option<String>, f64, f64);

/// Countries drawn per task ([`use_drawn_in_turn`]): the world's 200 links and shapes drawn at
/// once were the map page's longest task.
const COUNTRIES_PER_TASK: usize = 50;

/// The map. Each country is a link to its profile; Tab walks through them, focus shows the
/// same tooltip as hover. `bins` lists a palette step per country in the map's drawing order
/// ([`WorldMap::drawn`]); countries without one are "no data". The whole globe is drawn, with a
/// margin ([`WorldMap::view_box`]).
///
/// A link is named by its country; its description is one shared, visually hidden element that
/// holds the focused country's full text. So a year change does not rewrite 200 accessible names.
///
/// Each country reads its own signals, and one effect copies `bins` into them where a bin changed
/// (another copies the names when the language changes). So moving the year touches only the
/// countries whose colour changed, and no signal has hundreds of subscribers to re-link.
#[component]
pub fn Choropleth(
    /// Shapes and dots.
    world: Arc<WorldMap>,
    /// Names of the countries (each link is named by its country).
    countries: Arc<Countries>,
    /// Palette step (`bin-<n>` class, [`crate::data::viz::ColourScale`]) of each country in
    /// [`WorldMap::drawn`] order; `None` is "no data" (hatched).
    #[prop(into)]
    bins: Signal<Vec<Option<u8>>>,
    /// Accessible name of the map.
    #[prop(into)]
    label: Signal<String>,
    /// The full text for a country, by ISO3: name, value with its year, status (the tooltip and
    /// the link's description). Only called for the hovered or focused country; the signals it
    /// reads keep that text current.
    describe: Callback<String, String>,
) -> impl IntoView {
    let view_box = world.view_box();
    // Shapes first, then the dots of small states: the order of `bins`.
    let items: Vec<MapItem> = world
        .shapes
        .iter()
        .map(|s| (s.iso3.clone(), Some(s.d.clone()), s.x, s.y))
        .chain(world.dots.iter().map(|d| (d.iso3.clone(), None, d.x, d.y)))
        .collect();
    let looks = country_looks(&items, countries, bins);
    let items = StoredValue::new(items);
    // The hovered or focused country: index into `items`.
    let hovered = RwSignal::new(None::<usize>);
    let text_of = move |i: usize| describe.run(items.with_value(|v| v[i].0.clone()));
    // The countries in parts, the first drawn with the map, each later one in a task of its own.
    let parts: Vec<Vec<(usize, Look)>> = looks
        .into_iter()
        .enumerate()
        .collect::<Vec<_>>()
        .chunks(COUNTRIES_PER_TASK)
        .map(<[_]>::to_vec)
        .collect();
    let total = parts.len();
    // Every part in a task after the page's (its heading, controls and legend).
    let drawn = use_drawn_in_turn(total, 0);
    let links = parts
        .into_iter()
        .enumerate()
        .map(|(p, part)| {
            let shown = Memo::new(move |_| drawn.get() > p);
            let part = StoredValue::new(part);
            let countries = move || {
                part.with_value(|part| {
                    part.iter()
                        .map(|&(i, look)| {
                            let (iso3, shape, x, y) = items.with_value(|v| v[i].clone());
                            view! { <MapCountry iso3 shape x y look index=i /> }
                        })
                        .collect_view()
                })
            };
            view! { <Show when=move || shown.get()>{countries}</Show> }
        })
        .collect_view();
    let others = world
        .other
        .iter()
        .map(|o| view! { <path d=o.d.clone() class="other" /> })
        .collect_view();
    let tooltip = move || {
        hovered.get().map(|i| {
            let (x, y) = items.with_value(|v| (v[i].2, v[i].3));
            // Positioned through the CSSOM (`style:`), not a `style` attribute: the Content
            // Security Policy (style-src 'self') blocks inline style attributes.
            let (left, top) = view_box.percent(x, y);
            let flip = if left > 70.0 {
                "map-tooltip flip"
            } else {
                "map-tooltip"
            };
            view! {
                <div
                    class=flip
                    style:left=format!("{left:.2}%")
                    style:top=format!("{top:.2}%")
                    aria-hidden="true"
                >
                    {text_of(i)}
                </div>
            }
        })
    };
    view! {
        <div class="map-frame">
            // One listener per event for the whole map, not four per country: a pointer or the
            // focus on a country's link shows its tooltip, anywhere else hides it.
            <svg
                class="choropleth"
                viewBox=view_box.attr()
                role="group"
                aria-label=move || label.get()
                aria-busy=move || (drawn.get() < total).then_some("true")
                on:mouseover=move |ev| set_if_changed(&hovered, country_at(&ev))
                on:mouseleave=move |_| set_if_changed(&hovered, None)
                on:focusin=move |ev| set_if_changed(&hovered, country_at(&ev))
                on:focusout=move |_| set_if_changed(&hovered, None)
            >
                <defs>
                    <pattern
                        id="hatch"
                        width="6"
                        height="6"
                        patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)"
                    >
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                <path d=world.outline.clone() class="ocean" />
                {others}
                {links}
            </svg>
            {tooltip}
            <p id=DETAIL_ID class="visually-hidden">
                {move || hovered.get().map(text_of)}
            </p>
        </div>
    }
}

/// What one country's elements show: its colour bin and its name.
#[derive(Clone, Copy)]
struct Look {
    bin: RwSignal<Option<u8>>,
    name: RwSignal<String>,
}

/// One signal pair per country of `items`, kept current by two effects that write only what
/// changed: the bins when `bins` moves (a year step usually recolours a few countries), the
/// names when the language changes.
fn country_looks(
    items: &[MapItem],
    countries: Arc<Countries>,
    bins: Signal<Vec<Option<u8>>>,
) -> Vec<Look> {
    let i18n = use_i18n();
    let name_of = move |iso3: &str| -> String {
        let lang = i18n.get_locale().as_str();
        countries
            .country(iso3)
            .map_or_else(|| iso3.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let first = bins.get_untracked();
    let looks: Vec<Look> = items
        .iter()
        .enumerate()
        .map(|(i, (iso3, ..))| Look {
            bin: RwSignal::new(first.get(i).copied().flatten()),
            name: RwSignal::new(name_of(iso3)),
        })
        .collect();
    let slots = StoredValue::new(looks.clone());
    Effect::new(move || {
        bins.with(|b| {
            slots.with_value(|slots| {
                for (i, look) in slots.iter().enumerate() {
                    set_if_changed(&look.bin, b.get(i).copied().flatten());
                }
            });
        });
    });
    let iso3s = StoredValue::new(items.iter().map(|i| i.0.clone()).collect::<Vec<_>>());
    // Reads the language: runs again when it changes.
    Effect::new(move || {
        slots.with_value(|slots| {
            iso3s.with_value(|iso3s| {
                for (look, iso3) in slots.iter().zip(iso3s) {
                    set_if_changed(&look.name, name_of(iso3));
                }
            });
        });
    });
    looks
}

/// The index on the map (`data-index`) of the country whose link an event happened in.
fn country_at(ev: &leptos::ev::Event) -> Option<usize> {
    use leptos::wasm_bindgen::JsCast;
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a.map-country")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

/// One country: a link to its profile around its shape, or a dot for a small state.
#[component]
fn MapCountry(
    iso3: String,
    /// Path data; `None` draws a dot at (`x`, `y`).
    shape: Option<String>,
    x: f64,
    y: f64,
    look: Look,
    /// Its index on the map (`data-index`: the map's hovered country while pointed at or focused).
    index: usize,
) -> impl IntoView {
    let base = AppBase::expect();
    let Look { bin, name } = look;
    let class = move || class_of(bin.get());
    let graphic = match shape {
        Some(d) => view! { <path d=d class=class /> }.into_any(),
        None => view! {
            <circle
                cx=format!("{x:.1}")
                cy=format!("{y:.1}")
                r="4"
                class=move || format!("dot {}", class())
            />
        }
        .into_any(),
    };
    // The <g> makes the macro build an SVG <a>, not an HTML one.
    view! {
        <g>
            <a
                href=base.to(Page::Country(&iso3))
                class="map-country"
                data-iso3=iso3
                aria-label=move || name.get()
                aria-describedby=DETAIL_ID
                data-index=index
            >
                {graphic}
            </a>
        </g>
    }
}

/// One legend entry: a swatch class and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    /// `bin-<n>` or `nodata`.
    pub class: &'static str,
    /// What it means.
    pub text: String,
    /// "better" or "worse" on the entries at the two ends of a scale with a better direction.
    pub end: Option<String>,
}

/// The entries of a colour scale's legend, worse end first with both ends marked (so every
/// legend reads the same way), each bin's range written by `range`, then the "no data" entry.
pub fn scale_legend(
    scale: &ColourScale,
    name: impl Fn(&LegendStep) -> String,
    no_data: String,
) -> Vec<LegendItem> {
    let i18n = use_i18n();
    scale
        .legend()
        .into_iter()
        .map(|l| LegendItem {
            class: bin_class(usize::from(l.step)),
            text: name(&l),
            end: l.end.map(|e| {
                match e {
                    End::Worse => t_string!(i18n, progress.legend_worse),
                    End::Better => t_string!(i18n, progress.legend_better),
                }
                .to_owned()
            }),
        })
        .chain([LegendItem {
            class: "nodata",
            text: no_data,
            end: None,
        }])
        .collect()
}

/// The map legend (a list, so screen readers read it as one).
#[component]
pub fn MapLegend(
    /// Heading of the legend.
    #[prop(into)]
    title: Signal<String>,
    /// Entries, worse end first, "no data" last.
    #[prop(into)]
    items: Signal<Vec<LegendItem>>,
    /// A line under the title (e.g. that neither end is better).
    #[prop(into, optional)]
    note: MaybeProp<String>,
) -> impl IntoView {
    view! {
        <div class="map-legend">
            <p class="legend-title">{move || title.get()}</p>
            {move || note.get().map(|n| view! { <p class="legend-note">{n}</p> })}
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
                                    {legend_text(i.text, i.end)}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// A legend entry's text with its "(better)" or "(worse)" at an end of the scale, in one span
/// so it wraps as one line of text beside the swatch.
pub fn legend_text(text: String, end: Option<String>) -> impl IntoView {
    view! {
        <span>
            {text} {end.map(|e| view! { <span class="legend-end">{format!(" ({e})")}</span> })}
        </span>
    }
}

/// The CSS class of palette step `i` (0 the worse end, 4 the better end).
pub const fn bin_class(i: usize) -> &'static str {
    match i {
        0 => "bin-0",
        1 => "bin-1",
        2 => "bin-2",
        3 => "bin-3",
        _ => "bin-4",
    }
}
