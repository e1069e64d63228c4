//! Paging through a slide that holds more than its frame: a presenter's slide is a live view in
//! a fixed 16:9 or 4:3 frame, and a view can be taller than that. Each "next" shows the following
//! page, which starts at the first block the current page cut off, so that no block is ever shown
//! cut at the frame's bottom edge (a block taller than the whole frame is read through its own
//! blocks, or, having none, a frame at a time).
//!
//! The browser side (src/present/steps.rs) measures the blocks; this module only decides.

/// A block's vertical extent, in CSS pixels from the top of the document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Block {
    /// Top edge.
    pub top: f64,
    /// Bottom edge (at least `top`).
    pub bottom: f64,
    /// A heading: it belongs with what follows it, so a page never ends just below one.
    pub heading: bool,
}

impl Block {
    /// Its height.
    pub fn height(self) -> f64 {
        self.bottom - self.top
    }
}

/// What is in view: `top` (below any header that stays at the top) to `top + height`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// The first visible content line, in document pixels.
    pub top: f64,
    /// The height left for content.
    pub height: f64,
}

impl View {
    /// The bottom edge.
    pub fn bottom(self) -> f64 {
        self.top + self.height
    }

    /// Whether `block` runs past the bottom edge (shown cut, or not at all).
    pub fn cuts(self, block: Block) -> bool {
        block.bottom > self.bottom() + EPSILON
    }
}

/// Rounding slack: layouts place edges at fractional pixels.
const EPSILON: f64 = 0.5;

/// The part of a frame a fallback step keeps from the page before, for a block taller than the
/// frame with nothing inside it to break at (a tall picture): the reader keeps their place.
const OVERLAP: f64 = 0.1;

/// Where the page in `view` ends: the top of the highest block that the view cuts off and that
/// starts below the view's top and fits in a frame (a cut card moves whole to the next page, a
/// cut row of a table starts it). What lies below is covered until the next step, so no block is
/// shown cut. `None` if no such block: everything in view is shown whole.
pub fn fold(blocks: &[Block], view: View) -> Option<f64> {
    let movable = |b: &&Block| b.top > view.top + EPSILON && b.height() <= view.height + EPSILON;
    let mut line = blocks
        .iter()
        .filter(|b| view.cuts(**b))
        .filter(movable)
        .map(|b| b.top)
        .reduce(f64::min)
        // A block wholly below the view is the next page's, not cut.
        .filter(|top| *top < view.bottom())?;
    // Side by side (two columns, two tables), a block may end below the line without reaching
    // the view's bottom: the line moves up to its top, until no block crosses it. Not above the
    // view's middle: staggered columns would leave an almost empty page (they keep the line).
    let first = line;
    while let Some(top) = blocks
        .iter()
        .filter(movable)
        .filter(|b| b.top < line - EPSILON && b.bottom > line + EPSILON)
        .map(|b| b.top)
        .reduce(f64::min)
    {
        if top < view.top + view.height / 2.0 {
            return Some(before_headings(blocks, first, view));
        }
        line = top;
    }
    Some(before_headings(blocks, line, view))
}

/// `line`, or above the headings that would end the page there (the blocks ending last before
/// it, nothing else between): they go to the next page with what they head. Kept if moving it
/// would leave the page empty.
fn before_headings(blocks: &[Block], line: f64, view: View) -> f64 {
    let mut moved = line;
    while let Some(last) = blocks
        .iter()
        .filter(|b| b.bottom <= moved + EPSILON && b.top > view.top + EPSILON)
        .max_by(|a, b| a.bottom.total_cmp(&b.bottom))
    {
        if !last.heading {
            break;
        }
        moved = last.top;
    }
    let kept = blocks
        .iter()
        .any(|b| b.top > view.top - EPSILON && b.bottom <= moved + EPSILON);
    if kept {
        moved
    } else {
        line
    }
}

/// Where the page after `view` starts (the document position to bring to the view's top), or
/// `None` when nothing below has been cut off: the slide is fully shown.
///
/// The next page starts at the [`fold`], or, below the view, at the first block that starts
/// there; a block taller than the frame with nothing inside to break at goes a frame at a time.
pub fn next_page(blocks: &[Block], view: View) -> Option<f64> {
    if let Some(line) = fold(blocks, view) {
        return Some(line);
    }
    let mut any_cut = false;
    let mut best: Option<f64> = None;
    for block in blocks.iter().copied().filter(|b| view.cuts(*b)) {
        any_cut = true;
        if block.top > view.top + EPSILON && block.height() <= view.height + EPSILON {
            best = Some(best.map_or(block.top, |t: f64| t.min(block.top)));
        }
    }
    match best {
        Some(top) => Some(top),
        None if any_cut => Some(view.top + view.height * (1.0 - OVERLAP)),
        None => None,
    }
}

/// Where the page in `view` ends when the slide presents one region of the view (a link's
/// `#…`) ending at `region_end`: its [`fold`], or the region's end if that comes first in view.
/// `None` if the page shows everything in view whole.
pub fn page_end(blocks: &[Block], region_end: Option<f64>, view: View) -> Option<f64> {
    let end = region_end.filter(|end| *end < view.bottom());
    match (fold(blocks, view), end) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The blocks `view` shows cut at its bottom edge: started in view, ending below it, and short
/// enough to have fitted. Paging with [`next_page`] never leaves one (tests/e2e/slides.spec.ts
/// checks every slide of the built-in decks with this rule).
pub fn cut_at_bottom(blocks: &[Block], view: View) -> Vec<Block> {
    blocks
        .iter()
        .copied()
        .filter(|b| {
            b.top < view.bottom() - EPSILON
                && view.cuts(*b)
                && b.top > view.top - EPSILON
                && b.height() <= view.height + EPSILON
        })
        .collect()
}

/// A slide's frame: the CSS size a view is laid out at, whatever the screen, then scaled to fit it
/// (as reveal.js does), so a slide looks the same on a laptop and on the projector.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Width, CSS pixels.
    pub width: f64,
    /// Height, CSS pixels.
    pub height: f64,
}

/// The 16:9 frame (also the handouts' and the speaker's previews).
pub const WIDE: Frame = Frame {
    width: 1280.0,
    height: 720.0,
};
/// The 4:3 frame, for a 4:3 projector (1024 × 768).
pub const STANDARD: Frame = Frame {
    width: 1024.0,
    height: 768.0,
};

/// Where a frame sits on a screen area: scaled by `scale`, then moved by `x`, `y` to its centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The frame that fits the area's shape best.
    pub frame: Frame,
    /// Its scale.
    pub scale: f64,
    /// Left offset, CSS pixels.
    pub x: f64,
    /// Top offset, CSS pixels.
    pub y: f64,
}

/// The frame for a `width` × `height` area (the one closer to its shape: 4:3 below the middle
/// of 4:3 and 16:9), scaled to fit it whole and centred.
pub fn fit(width: f64, height: f64) -> Placement {
    let middle = f64::midpoint(4.0 / 3.0, 16.0 / 9.0);
    let frame = if height > 0.0 && width / height < middle {
        STANDARD
    } else {
        WIDE
    };
    let scale = (width / frame.width).min(height / frame.height).max(0.0);
    Placement {
        frame,
        scale,
        x: (width - frame.width * scale) / 2.0,
        y: (height - frame.height * scale) / 2.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(top: f64, bottom: f64) -> Block {
        Block {
            top,
            bottom,
            heading: false,
        }
    }

    fn h(top: f64, bottom: f64) -> Block {
        Block {
            heading: true,
            ..b(top, bottom)
        }
    }

    #[test]
    fn a_heading_goes_with_what_it_heads() {
        // A heading at 600–640, its card cut at 650: the page ends above the heading.
        let blocks = [b(0.0, 300.0), h(600.0, 640.0), b(650.0, 900.0)];
        assert_eq!(fold(&blocks, VIEW), Some(600.0));
        assert_eq!(next_page(&blocks, VIEW), Some(600.0));
        // Two headings in a row (a section's, then a subsection's) go together.
        let blocks = [
            b(0.0, 300.0),
            h(560.0, 600.0),
            h(605.0, 640.0),
            b(650.0, 900.0),
        ];
        assert_eq!(fold(&blocks, VIEW), Some(560.0));
        // Content between the heading and the line keeps the line.
        let blocks = [h(0.0, 40.0), b(50.0, 300.0), b(650.0, 900.0)];
        assert_eq!(fold(&blocks, VIEW), Some(650.0));
        // A page holding only the heading keeps it: moving it would leave the page empty.
        let blocks = [
            h(10.0, 50.0),
            b(60.0, 900.0),
            b(70.0, 700.0),
            b(710.0, 780.0),
        ];
        let view = View { top: 10.0, ..VIEW };
        assert_eq!(fold(&blocks, view), Some(710.0));
        let blocks = [h(10.0, 50.0), b(60.0, 750.0)];
        assert_eq!(fold(&blocks, view), Some(60.0));
    }

    const VIEW: View = View {
        top: 0.0,
        height: 720.0,
    };

    #[test]
    fn frames_fit_the_screen() {
        // A 1920 × 1080 projector minus the presenter's bar: 16:9, height-bound, centred.
        let p = fit(1920.0, 1030.0);
        assert_eq!(p.frame, WIDE);
        assert!((p.scale - 1030.0 / 720.0).abs() < 1e-9);
        assert!((p.x - (1920.0 - 1280.0 * p.scale) / 2.0).abs() < 1e-9);
        assert!(p.y.abs() < 1e-9);
        // A 1024 × 768 projector: 4:3 at nearly its own size.
        let p = fit(1024.0, 718.0);
        assert_eq!(p.frame, STANDARD);
        assert!(p.x > 0.0 && p.y.abs() < 1e-9);
        // Laptops.
        assert_eq!(fit(1366.0, 718.0).frame, WIDE);
        assert_eq!(fit(1280.0, 750.0).frame, WIDE);
        assert_eq!(fit(0.0, 0.0).scale, 0.0);
    }

    #[test]
    fn a_region_ends_its_page() {
        let blocks = [b(0.0, 300.0), b(650.0, 900.0)];
        // The region ends in view, above the fold: the page ends with it.
        assert_eq!(page_end(&blocks, Some(400.0), VIEW), Some(400.0));
        // It ends below the fold, or below the view: the fold ends the page.
        assert_eq!(page_end(&blocks, Some(700.0), VIEW), Some(650.0));
        assert_eq!(page_end(&blocks, Some(2000.0), VIEW), Some(650.0));
        // No fold, no region: nothing to cover.
        assert_eq!(page_end(&blocks[..1], None, VIEW), None);
        assert_eq!(page_end(&blocks[..1], Some(500.0), VIEW), Some(500.0));
    }

    #[test]
    fn all_shown_is_the_end() {
        assert_eq!(next_page(&[b(0.0, 100.0), b(600.0, 720.0)], VIEW), None);
        // A block wholly below the view is the next page's: it starts it, and nothing is folded.
        assert_eq!(
            next_page(&[b(0.0, 100.0), b(800.0, 900.0)], VIEW),
            Some(800.0)
        );
        assert_eq!(fold(&[b(0.0, 100.0), b(800.0, 900.0)], VIEW), None);
        assert_eq!(next_page(&[], VIEW), None);
    }

    #[test]
    fn a_cut_card_starts_the_next_page() {
        // The card at 650 is cut; its paragraphs too; the next page starts at the card.
        let blocks = [
            b(0.0, 300.0),
            b(650.0, 900.0),
            b(660.0, 700.0),
            b(710.0, 800.0),
        ];
        assert_eq!(next_page(&blocks, VIEW), Some(650.0));
        assert_eq!(fold(&blocks, VIEW), Some(650.0));
        let next = View { top: 650.0, ..VIEW };
        assert!(cut_at_bottom(&blocks, next).is_empty());
        assert_eq!(next_page(&blocks, next), None);
        assert_eq!(
            cut_at_bottom(&blocks, VIEW),
            vec![b(650.0, 900.0), b(710.0, 800.0)]
        );
    }

    #[test]
    fn a_block_taller_than_the_frame_is_read_through_its_blocks() {
        // A 2000 px table from the top, its rows 40 px each.
        let mut blocks = vec![b(0.0, 2000.0)];
        blocks.extend((0..50).map(|i| b(f64::from(i) * 40.0, f64::from(i + 1) * 40.0 - 2.0)));
        assert_eq!(next_page(&blocks, VIEW), Some(720.0));
        // Rows straddling the edge start the page; the table itself is too tall to count.
        let view = View { top: 700.0, ..VIEW };
        assert_eq!(next_page(&blocks, view), Some(1400.0));
    }

    #[test]
    fn side_by_side_blocks_move_the_fold_up() {
        // Two columns of rows: the right column's row at 700 is cut; the left one's at 680
        // ends at 715, inside the view but across the line at 700; and so on up the columns,
        // as far as the middle of the view at most.
        let blocks = [
            b(640.0, 678.0),
            b(680.0, 715.0),
            b(662.0, 699.0),
            b(700.0, 738.0),
        ];
        assert_eq!(fold(&blocks, VIEW), Some(640.0));
        let staggered: Vec<Block> = (0..40)
            .map(|i| b(f64::from(i) * 20.0, f64::from(i) * 20.0 + 30.0))
            .collect();
        assert_eq!(fold(&staggered, VIEW), Some(700.0));
    }

    #[test]
    fn a_tall_block_with_nothing_inside_goes_a_frame_at_a_time() {
        let blocks = [b(0.0, 1500.0)];
        assert_eq!(fold(&blocks, VIEW), None);
        let step = next_page(&blocks, VIEW).unwrap();
        assert!((step - 648.0).abs() < 1e-9);
        let view = View {
            top: 1500.0 - 720.0,
            ..VIEW
        };
        assert_eq!(next_page(&blocks, view), None);
    }

    #[test]
    fn a_sticky_header_is_left_out_of_the_view() {
        // A 60 px table header stays at the top: the view's content area starts below it.
        let view = View {
            top: 60.0,
            height: 660.0,
        };
        assert_eq!(next_page(&[b(700.0, 740.0)], view), Some(700.0));
        assert_eq!(next_page(&[b(600.0, 700.0)], view), None);
    }
}
