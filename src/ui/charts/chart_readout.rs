//! The line chart's value readout: the point under the pointer, tapped, or reached with the
//! arrow keys, shown beside it and announced (one `role="status"` element, moved over the
//! chart; the SVG itself is not redrawn, and an export never carries it).

use leptos::prelude::*;

use super::line_chart::{ChartModel, Drawn};
use crate::data::viz::{nearest_point, step_point};
use crate::i18n::*;
use crate::ui::number::number;

/// A data point as drawn: its line (index in the model), year, value and screen position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    /// Index of its line.
    pub line: usize,
    /// Year.
    pub year: u16,
    /// Value.
    pub value: f64,
    /// Across, in viewBox units.
    pub x: f64,
    /// Down, in viewBox units.
    pub y: f64,
}

/// How far from a point (viewBox units) a pointer or a tap still reads it.
const REACH: f64 = 40.0;

/// Moves the readout with the arrow keys, Home and End; Escape hides it.
pub(super) fn on_key(
    ev: &leptos::ev::KeyboardEvent,
    drawn: Memo<Drawn>,
    model: Signal<ChartModel>,
    active: RwSignal<Option<usize>>,
) {
    let key = ev.key();
    if key == "Escape" {
        active.set(None);
        return;
    }
    let next = drawn.with_untracked(|d| {
        let keys: Vec<(usize, u16)> = d.spots.iter().map(|s| (s.line, s.year)).collect();
        match active.get_untracked().filter(|&i| i < keys.len()) {
            Some(at) => step_point(&keys, at, &key),
            // The first key lands on the main line's last value known in the "as of" year.
            None if key.starts_with("Arrow") || key == "Home" || key == "End" => {
                let as_of = model.with_untracked(|m| m.as_of);
                let mut main = d.spots.iter().enumerate().filter(|(_, s)| s.line == 0);
                main.clone()
                    .rfind(|(_, s)| s.year <= as_of)
                    .or_else(|| main.next_back())
                    .map(|(i, _)| i)
            }
            None => None,
        }
    });
    if let Some(i) = next {
        // The keys are the chart's own while it has focus (not the page's or a slide show's).
        ev.prevent_default();
        ev.stop_propagation();
        active.set(Some(i));
    }
}

/// Shows the point nearest the pointer or the tap, if one is within reach.
pub(super) fn on_pointer(
    ev: &leptos::ev::PointerEvent,
    drawn: Memo<Drawn>,
    active: RwSignal<Option<usize>>,
) {
    let Some(svg) = ev
        .current_target()
        .and_then(|t| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
    else {
        return;
    };
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return;
    }
    let hit = drawn.with_untracked(|d| {
        let k = d.layout.width / rect.width();
        let (x, y) = (
            (f64::from(ev.client_x()) - rect.left()) * k,
            (f64::from(ev.client_y()) - rect.top()) * k,
        );
        let pts: Vec<(f64, f64)> = d.spots.iter().map(|s| (s.x, s.y)).collect();
        nearest_point(&pts, x, y, REACH)
    });
    // A tap away from the lines keeps what it showed; a mouse moving away hides it.
    if (hit.is_some() || ev.pointer_type() == "mouse") && active.get_untracked() != hit {
        active.set(hit);
    }
}

/// Hides the readout when the mouse leaves the chart (a finger lifting keeps it).
pub(super) fn on_leave(ev: &leptos::ev::PointerEvent, active: RwSignal<Option<usize>>) {
    if ev.pointer_type() == "mouse" {
        active.set(None);
    }
}

/// The readout: the entity, year and value with its unit, beside its point, with a ring on the
/// point; empty (and announced as nothing) while no point is chosen.
#[component]
pub(super) fn Readout(
    id: String,
    drawn: Memo<Drawn>,
    model: Signal<ChartModel>,
    active: RwSignal<Option<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let spot = Memo::new(move |_| {
        active
            .get()
            .and_then(|i| drawn.with(|d| d.spots.get(i).copied()))
    });
    let text = move || {
        let s = spot.get()?;
        model.with(|m| {
            let name = m
                .lines
                .get(s.line)
                .map(|l| l.label.as_str())
                .unwrap_or_default();
            let value = format!("{} {}", number(i18n, s.value), m.unit);
            let line = t_string!(i18n, progress.readout, name, year = s.year, value).to_string();
            Some(if s.year > m.as_of {
                format!(
                    "{line} {}",
                    t_string!(i18n, progress.readout_later, year = m.as_of)
                )
            } else {
                line
            })
        })
    };
    // Percentages of the frame, so the readout follows the chart at any size; set through the
    // CSSOM (`style:`), which the page's Content Security Policy allows, unlike a style attribute.
    let place = move || {
        spot.get().map(|s| {
            drawn.with(|d| {
                let (x, y) = (100.0 * s.x / d.layout.width, 100.0 * s.y / d.height());
                let side = if x > 60.0 { "end" } else { "start" };
                let below = if y < 30.0 { " below" } else { "" };
                (
                    format!("{x:.2}%"),
                    format!("{y:.2}%"),
                    format!("{side}{below}"),
                )
            })
        })
    };
    view! {
        <span
            class="chart-ring"
            aria-hidden="true"
            hidden=move || spot.with(Option::is_none)
            style:left=move || place().map(|p| p.0)
            style:top=move || place().map(|p| p.1)
        ></span>
        <div
            id=id
            class=move || format!("chart-readout {}", place().map(|p| p.2).unwrap_or_default())
            role="status"
            style:left=move || place().map(|p| p.0)
            style:top=move || place().map(|p| p.1)
        >
            {text}
        </div>
    }
}
