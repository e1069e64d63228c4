//! The home diagram: the eight Goals in a ring, the four pillars around them, each pillar a link
//! to its page. Laid out twice — wide, and narrow for a phone, where the wide layout's pillar
//! names would shrink to some 8 px.

use std::sync::Arc;

use leptos::prelude::*;

use super::connections::Connections;
use super::pillar_section;
use crate::data::{HomeDigest, PillarId, Text};
use crate::i18n::*;
use crate::ui::locale::use_navigate;
use crate::ui::signal::set_if_changed;
use leptos_router::NavigateOptions;

/// Where the diagram puts things, in its own units. The boxes' text is HTML in the same units
/// (`home.css`), so a layout's width decides how large the text is drawn.
#[derive(Debug, PartialEq)]
struct Layout {
    /// The `viewBox`'s width and height.
    size: (f32, f32),
    /// The top-left corner of each pillar's box, in pillar order, clockwise from the top left.
    boxes: [(f32, f32); 4],
    /// A box's width and height: wide enough for the longest word of a pillar's name
    /// ("opérationnelles") and three or four lines of it in French and Spanish.
    box_size: (f32, f32),
    /// The centre of the Goals' ring, and its radius.
    centre: (f32, f32),
    ring: f32,
}

/// Radius of a Goal's circle.
const GOAL_R: f32 = 24.0;

/// Beside the connections panel, or above it on a tablet.
const WIDE: Layout = Layout {
    size: (800.0, 520.0),
    boxes: [(20.0, 20.0), (520.0, 20.0), (520.0, 380.0), (20.0, 380.0)],
    box_size: (260.0, 120.0),
    centre: (400.0, 260.0),
    ring: 95.0,
};

/// On a phone: boxes half the width each, above and below the ring, so the names are drawn at
/// about 15 px on a 360 px screen.
const NARROW: Layout = Layout {
    size: (380.0, 600.0),
    boxes: [(2.0, 2.0), (198.0, 2.0), (198.0, 448.0), (2.0, 448.0)],
    box_size: (180.0, 150.0),
    centre: (190.0, 300.0),
    ring: 80.0,
};

/// The widest window, in CSS pixels, that gets the narrow layout (the connections panel is
/// already under the diagram there).
const NARROW_MAX: f64 = 560.0;

/// Whether the window is narrow enough for the narrow layout: read before the diagram is first
/// drawn, so a phone draws it once (leptos-use's `use_media_query` answers only after the first
/// draw, so a phone drew the wide layout, then the narrow one), and again on resize.
fn use_narrow() -> RwSignal<bool> {
    let narrow_now = || {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w <= NARROW_MAX)
    };
    let narrow = RwSignal::new(narrow_now());
    let resized = window_event_listener(leptos::ev::resize, move |_| {
        set_if_changed(&narrow, narrow_now());
    });
    on_cleanup(move || resized.remove());
    narrow
}

impl Layout {
    fn view_box(&self) -> String {
        format!("0 0 {} {}", self.size.0, self.size.1)
    }

    /// The centre of Goal `goal`'s circle (1 at the top, then clockwise).
    fn goal(&self, goal: u8) -> (f32, f32) {
        let angle =
            (f32::from(goal) - 1.0) / 8.0 * std::f32::consts::TAU - std::f32::consts::FRAC_PI_2;
        (
            self.centre.0 + self.ring * angle.cos(),
            self.centre.1 + self.ring * angle.sin(),
        )
    }

    /// The line linking a box to the ring: on the line between their centres, from the box's
    /// edge to the ring (the Goals' circles are drawn over it).
    fn link(&self, (x, y): (f32, f32)) -> [(f32, f32); 2] {
        let (w, h) = self.box_size;
        let mid = (x + w / 2.0, y + h / 2.0);
        let (dx, dy) = (self.centre.0 - mid.0, self.centre.1 - mid.1);
        // How far along (dx, dy) the line leaves the box.
        let t = (w / 2.0 / dx.abs()).min(h / 2.0 / dy.abs());
        let len = dx.hypot(dy);
        let reach = self.ring;
        [
            (mid.0 + dx * t, mid.1 + dy * t),
            (
                self.centre.0 - dx / len * reach,
                self.centre.1 - dy / len * reach,
            ),
        ]
    }
}

/// The diagram and its panel. Hovering or focusing a pillar highlights its links, goals, actors
/// and instruments; click or Enter opens it.
#[component]
pub fn StrategyMap(digest: Arc<HomeDigest>) -> impl IntoView {
    let i18n = use_i18n();
    let active = RwSignal::new(None::<PillarId>);
    let narrow = use_narrow();
    let diagram = {
        let digest = digest.clone();
        move || {
            let layout = if narrow.get() { &NARROW } else { &WIDE };
            view! { <Diagram digest=digest.clone() layout active /> }
        }
    };
    view! {
        <section class="strategy-map" aria-labelledby="map-heading">
            <h2 id="map-heading">{t!(i18n, home.pillars_heading)}</h2>
            <p class="muted" data-slide-omit>
                {t!(i18n, home.map_help)}
            </p>
            <div class="strategy-map__layout">{diagram} <Connections digest active /></div>
        </section>
    }
}

/// The SVG in one layout.
#[component]
fn Diagram(
    digest: Arc<HomeDigest>,
    layout: &'static Layout,
    active: RwSignal<Option<PillarId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let goal_nodes = (1..=8u8)
        .map(|goal| {
            let (x, y) = layout.goal(goal);
            let pillars = digest.pillars.clone();
            let lit = move || {
                active.get().is_some_and(|id| {
                    pillars
                        .iter()
                        .any(|p| p.id == id && p.goals.contains(&goal))
                })
            };
            view! {
                <g class="map-goal" class:map-goal--lit=lit>
                    <circle cx=x cy=y r=GOAL_R />
                    <text x=x y=y + 7.0 text-anchor="middle">{goal}</text>
                </g>
            }
        })
        .collect_view();
    let pillar_nodes = digest
        .pillars
        .iter()
        .zip(layout.boxes)
        .map(|(pillar, corner)| {
            view! {
                <PillarLink
                    id=pillar.id
                    name=pillar.name.clone()
                    summary=pillar.summary.clone()
                    layout
                    corner
                    active
                />
            }
        })
        .collect_view();
    view! {
        <svg
            class="strategy-map__svg"
            class:strategy-map__svg--narrow=std::ptr::eq(layout, &NARROW)
            viewBox=layout.view_box()
            role="group"
            aria-label=move || t_string!(i18n, home.map_label)
        >
            <circle class="map-ring" cx=layout.centre.0 cy=layout.centre.1 r=layout.ring />
            {pillar_nodes}
            <text
                class="map-centre"
                x=layout.centre.0
                y=layout.centre.1 + 6.0
                text-anchor="middle"
            >
                {move || t_string!(i18n, home.map_centre)}
            </text>
            {goal_nodes}
        </svg>
    }
}

/// A pillar's box and its line to the ring, as a link to the pillar's page.
#[component]
fn PillarLink(
    id: PillarId,
    name: Text,
    summary: Text,
    layout: &'static Layout,
    /// The box's top-left corner.
    corner: (f32, f32),
    active: RwSignal<Option<PillarId>>,
) -> impl IntoView {
    let navigate = use_navigate();
    let section = pillar_section(id);
    // The router adds the base to the app path itself.
    let open = move || navigate(&section.path(), NavigateOptions::default());
    let open_key = open.clone();
    let [(x1, y1), (x2, y2)] = layout.link(corner);
    let is_active = move || active.get() == Some(id);
    view! {
        <line class="map-link" class:map-link--lit=is_active x1=x1 y1=y1 x2=x2 y2=y2 />
        <g
            class="map-pillar"
            class:map-pillar--lit=is_active
            role="link"
            tabindex="0"
            aria-describedby=format!("pillar-summary-{}", id.as_str())
            data-pillar=id.as_str()
            on:mouseenter=move |_| active.set(Some(id))
            on:mouseleave=move |_| active.set(None)
            on:focus=move |_| active.set(Some(id))
            on:blur=move |_| active.set(None)
            on:click=move |_| open()
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    open_key();
                }
            }
        >
            <PillarBox number=id.number() name summary id layout corner />
        </g>
    }
}

/// A pillar's box: its number and name as the link's visible text and accessible name (the
/// name contains what is seen, as WCAG 2.5.3 asks), its summary as the link's description.
/// The text is HTML in a `foreignObject`, so it wraps (and hyphenates) inside the box in every
/// language instead of running out of it as SVG text did.
#[component]
fn PillarBox(
    /// 1 to 4.
    number: u8,
    /// The pillar's name.
    name: Text,
    /// Its one-line summary (the link's description).
    summary: Text,
    id: PillarId,
    layout: &'static Layout,
    /// The box's top-left corner.
    corner: (f32, f32),
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.get_locale().as_str();
    let (x, y) = corner;
    let (w, h) = layout.box_size;
    view! {
        <desc id=format!(
            "pillar-summary-{}",
            id.as_str(),
        )>{move || summary.get(lang()).to_owned()}</desc>
        <rect x=x y=y width=w height=h rx="14" />
        <foreignObject x=x y=y width=w height=h>
            <div class="map-pillar__box">
                <span class="map-pillar__number">
                    {move || t_string!(i18n, home.pillar_number, number = number).to_string()}
                </span>
                " "
                <span class="map-pillar__name">{move || name.get(lang()).to_owned()}</span>
            </div>
        </foreignObject>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A layout's boxes lie inside the diagram, clear of each other and of the Goals' circles.
    #[test]
    fn boxes_fit_and_clear_the_ring() {
        for layout in [&WIDE, &NARROW] {
            let (w, h) = layout.box_size;
            let goal_reach = layout.ring + GOAL_R;
            for (i, &(x, y)) in layout.boxes.iter().enumerate() {
                assert!(x >= 0.0 && y >= 0.0, "{layout:?} box {i}");
                assert!(
                    x + w <= layout.size.0 && y + h <= layout.size.1,
                    "{layout:?} box {i}"
                );
                // The nearest point of the box to the centre is outside every Goal's circle.
                let nx = layout.centre.0.clamp(x, x + w);
                let ny = layout.centre.1.clamp(y, y + h);
                let d = (nx - layout.centre.0).hypot(ny - layout.centre.1);
                assert!(d > goal_reach, "{layout:?} box {i} touches the ring ({d})");
                for &(ox, oy) in &layout.boxes[i + 1..] {
                    let apart = x + w <= ox || ox + w <= x || y + h <= oy || oy + h <= y;
                    assert!(apart, "{layout:?} boxes overlap");
                }
                // The link runs from the box towards the ring, not back across it.
                let [from, to] = layout.link((x, y));
                let before = (from.0 - layout.centre.0).hypot(from.1 - layout.centre.1);
                let after = (to.0 - layout.centre.0).hypot(to.1 - layout.centre.1);
                assert!(after < before, "{layout:?} box {i}");
            }
        }
    }
}
