//! Where a chart puts its notes ("Baseline 101.4 (1990)") so they sit neither on the lines nor on
//! each other.

/// Height of a label's box, in chart pixels (12 px text and its halo).
const LABEL_HEIGHT: f64 = 18.0;

/// Gap between a point and its label, in chart pixels.
const LABEL_GAP: f64 = 6.0;

/// Space between a point and the near end of its label, across.
const LABEL_DX: f64 = 8.0;

/// Radius of the circle that marks an annotated point.
pub const POINT_RADIUS: f64 = 4.5;

/// A rectangle in screen coordinates (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// Whether the two rectangles share any area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Whether `o` lies wholly inside.
    pub fn contains(&self, o: &Rect) -> bool {
        o.x0 >= self.x0 && o.x1 <= self.x1 && o.y0 >= self.y0 && o.y1 <= self.y1
    }

    /// Whether the segment from `a` to `b` crosses or touches the rectangle (Liang–Barsky).
    pub fn meets_segment(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// A straight piece of a drawn line, from one screen point to another.
pub type Segment = ((f64, f64), (f64, f64));

/// A note to place: the point it belongs to and the width of its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpec {
    /// The point, across.
    pub x: f64,
    /// The point, down.
    pub y: f64,
    /// Width of the text.
    pub width: f64,
}

/// Where a note goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// The text's anchor, across.
    pub x: f64,
    /// The text's baseline.
    pub baseline: f64,
    /// Whether the text ends at `x` (it lies left of its point) rather than starting there.
    pub end: bool,
    /// The box the text takes.
    pub bounds: Rect,
}

/// The places tried for a note, best first: beside the point above or below it, on the right
/// or the left, then a row further off.
fn candidates(l: &LabelSpec) -> impl Iterator<Item = Placed> + '_ {
    const ROWS: [f64; 4] = [-1.0, 1.0, -2.0, 2.0];
    ROWS.into_iter().flat_map(move |row| {
        [false, true].into_iter().map(move |end| {
            let (y0, y1) = if row < 0.0 {
                let y1 = l.y - LABEL_GAP - LABEL_HEIGHT * (-row - 1.0);
                (y1 - LABEL_HEIGHT, y1)
            } else {
                let y0 = l.y + LABEL_GAP + LABEL_HEIGHT * (row - 1.0);
                (y0, y0 + LABEL_HEIGHT)
            };
            let (x, x0, x1) = if end {
                (l.x - LABEL_DX, l.x - LABEL_DX - l.width, l.x - LABEL_DX)
            } else {
                (l.x + LABEL_DX, l.x + LABEL_DX, l.x + LABEL_DX + l.width)
            };
            Placed {
                x,
                baseline: y1 - 4.0,
                end,
                bounds: Rect { x0, y0, x1, y1 },
            }
        })
    })
}

/// Places each note in turn where it crosses the fewest things, weighed: leaving `area`, then
/// covering a note already placed or another note's point, then crossing a `data` segment, then
/// a `guide` segment (target and trend paths); on a tie, the earlier candidate (above and to
/// the right of its point first).
pub fn place_labels(
    labels: &[LabelSpec],
    data: &[Segment],
    guides: &[Segment],
    area: Rect,
) -> Vec<Placed> {
    let mut placed: Vec<Placed> = Vec::with_capacity(labels.len());
    for (i, l) in labels.iter().enumerate() {
        let cost = |c: &Placed| -> f64 {
            let b = &c.bounds;
            let outside = if area.contains(b) { 0.0 } else { 1.0 };
            let on_notes = placed.iter().filter(|p| p.bounds.overlaps(b)).count();
            // Another note's point as near the text as its own point is (its circle within a
            // gap of the box) would seem to be the one the text names.
            let near = Rect {
                x0: b.x0 - LABEL_GAP - POINT_RADIUS,
                y0: b.y0 - LABEL_GAP - POINT_RADIUS,
                x1: b.x1 + LABEL_GAP + POINT_RADIUS,
                y1: b.y1 + LABEL_GAP + POINT_RADIUS,
            };
            let on_points = labels
                .iter()
                .enumerate()
                .filter(|&(j, o)| j != i && near.meets_segment((o.x, o.y), (o.x, o.y)))
                .count();
            let crossing =
                |segs: &[Segment]| segs.iter().filter(|s| b.meets_segment(s.0, s.1)).count();
            outside * 1e6
                + (on_notes + on_points) as f64 * 1e4
                + crossing(data) as f64 * 100.0
                + crossing(guides) as f64
        };
        let best = candidates(l)
            .enumerate()
            .map(|(k, c)| (cost(&c) + k as f64 * 0.01, c))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c);
        if let Some(best) = best {
            placed.push(best);
        }
    }
    placed
}

/// The segments of a line through `points`, for [`place_labels`]; a lone point is a segment of
/// no length.
pub fn segments(points: &[(f64, f64)]) -> Vec<Segment> {
    match points {
        [p] => vec![(*p, *p)],
        _ => points
            .iter()
            .zip(points.iter().skip(1))
            .map(|(a, b)| (*a, *b))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: Rect = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 600.0,
        y1: 400.0,
    };

    fn spec(x: f64, y: f64) -> LabelSpec {
        LabelSpec { x, y, width: 120.0 }
    }

    #[test]
    fn segments_meet_rectangles() {
        let r = Rect {
            x0: 10.0,
            y0: 10.0,
            x1: 20.0,
            y1: 20.0,
        };
        assert!(r.meets_segment((0.0, 0.0), (30.0, 30.0)), "through");
        assert!(
            r.meets_segment((15.0, 15.0), (15.0, 15.0)),
            "a point inside"
        );
        assert!(!r.meets_segment((0.0, 0.0), (30.0, 0.0)), "above");
        assert!(!r.meets_segment((0.0, 25.0), (25.0, 40.0)), "below");
        assert!(r.meets_segment((0.0, 15.0), (30.0, 15.0)), "across");
    }

    #[test]
    fn above_right_when_nothing_is_in_the_way() {
        let p = place_labels(&[spec(100.0, 200.0)], &[], &[], AREA);
        assert!(!p[0].end);
        assert!(p[0].bounds.y1 <= 200.0);
    }

    #[test]
    fn off_a_line_rising_through_the_place_above() {
        // A line rising to the right of the point, through where the note would be (as Kenya's
        // under-five mortality does after its 1990 baseline), then falling away on the left.
        let line = segments(&[
            (40.0, 230.0),
            (100.0, 200.0),
            (160.0, 180.0),
            (260.0, 170.0),
        ]);
        let p = place_labels(&[spec(100.0, 200.0)], &line, &[], AREA)[0];
        assert!(
            line.iter().all(|s| !p.bounds.meets_segment(s.0, s.1)),
            "{p:?}"
        );
    }

    #[test]
    fn inside_the_area_near_its_right_edge() {
        let p = place_labels(&[spec(580.0, 200.0)], &[], &[], AREA)[0];
        assert!(p.end);
        assert!(AREA.contains(&p.bounds));
    }

    #[test]
    fn notes_do_not_cover_each_other() {
        // Two notes at nearly the same point (the latest value and the target in 2015).
        let labels = [spec(300.0, 200.0), spec(302.0, 204.0)];
        let p = place_labels(&labels, &[], &[], AREA);
        assert!(!p[0].bounds.overlaps(&p[1].bounds), "{p:?}");
    }

    #[test]
    fn a_note_is_not_put_next_to_another_notes_point() {
        // Kenya's under-five mortality in French at 1366 px: the latest value (46.8, 2015) 30 px
        // above the 2015 target (33.8), the line coming down into the latest value from the
        // left. The latest value's note went under its point, a few pixels from the target's
        // circle, and read as the target's.
        let line = segments(&[
            (413.4, 232.6),
            (435.3, 241.4),
            (457.1, 252.5),
            (479.0, 258.9),
            (500.8, 263.6),
            (522.6, 266.8),
            (544.5, 269.1),
            (566.3, 272.0),
            (588.2, 274.5),
            (610.0, 277.9),
        ]);
        // The required path, falling to the target through the place under the latest value.
        let guide = segments(&[
            (413.4, 270.2),
            (435.3, 275.1),
            (457.1, 279.8),
            (479.0, 284.3),
            (500.8, 288.6),
            (522.6, 292.7),
            (544.5, 296.6),
            (566.3, 300.3),
            (588.2, 303.9),
            (610.0, 307.4),
        ]);
        // "Dernière valeur 46,8 (2015)" and "Cible 2015 33,8".
        let labels = [
            LabelSpec {
                x: 610.0,
                y: 277.9,
                width: 27.0 * 6.6,
            },
            LabelSpec {
                x: 610.0,
                y: 307.4,
                width: 15.0 * 6.6,
            },
        ];
        let area = Rect { x1: 626.0, ..AREA };
        let p = place_labels(&labels, &line, &guide, area);
        for (i, placed) in p.iter().enumerate() {
            let (own, other) = (&labels[i], &labels[1 - i]);
            let gap = |l: &LabelSpec| {
                let b = &placed.bounds;
                (b.y0 - l.y).max(l.y - b.y1).max(0.0)
            };
            assert!(
                gap(own) < gap(other),
                "note {i} is nearer the other point: {p:?}"
            );
        }
        assert!(!p[0].bounds.overlaps(&p[1].bounds), "{p:?}");
    }

    #[test]
    fn data_outweighs_guides() {
        let data = segments(&[(100.0, 200.0), (200.0, 185.0)]);
        let guides = segments(&[(100.0, 200.0), (200.0, 215.0)]);
        let p = place_labels(&[spec(100.0, 200.0)], &data, &guides, AREA)[0];
        assert!(!data.iter().any(|s| p.bounds.meets_segment(s.0, s.1)));
    }
}
