//! Steps within a slide. A slide is a live view in a fixed frame (1280 × 720, or 1024 × 768 on a
//! 4:3 screen), and "next" first goes through what the view holds before the next slide:
//!
//! 1. items marked `data-reveal` (a checklist's items, a chart's compared lines, …), revealed
//!    one by one; items of one chart with the same key (a line and its legend entry) together;
//! 2. then, if the view is taller than the frame, the following page, which starts at the first
//!    block the frame cut off (`mdg_data::slide_pages`). Below the page's end (its fold) the
//!    frame is covered, so no block is ever shown cut.
//!
//! A slide's frame is the app in an `<iframe>` of this origin, so the presenter measures and
//! scrolls it directly. Its step is kept on the frame's `<html data-slide-step>`; going back
//! replays the steps from the slide's start, which is what any other window does to show the
//! same step ([`crate::present::link`]).

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, HtmlElement, HtmlIFrameElement, MutationObserver, MutationObserverInit,
    ResizeObserver, ScrollBehavior, ScrollToOptions, Window,
};

use crate::data::slide_pages::{fold, next_page, page_end, Block, View};

/// What a page never cuts: headings, paragraphs, list items, table rows, figures, cards, …
const BLOCKS: &str = "main :is(h1, h2, h3, h4, p, li, tr, dt, dd, figure, svg, img, table, \
                      section, blockquote, pre, .card, .indicator-card, details, summary)";
/// The blocks that head what follows them: a page never ends just below one. A view marks a
/// heading that is not an `h*` element (a kicker such as "Pillar 3 · …") `data-heading`.
const HEADINGS: &str = "h2, h3, h4, [data-heading]";
/// The views' own scroll boxes (a long grid in a box of fixed height): what they hold is seen
/// only through them, so a block inside counts as its visible part.
const SCROLL_BOXES: &str = ".table-scroll, .reporting__grid";
/// An item revealed by a step, in document order.
const ITEM: &str = "main [data-reveal]";
const REVEAL_ATTR: &str = "data-reveal";
/// The cover below the page's fold (style/projector.css).
const FOLD_CLASS: &str = "slide-fold";
const REVEALED: &str = "is-revealed";
const STEP_ATTR: &str = "data-slide-step";
/// Marks a frame whose `data-reveal` items wait to be revealed (style/projector.css hides them);
/// the handouts' frames show everything.
const STEPPING_ATTR: &str = "data-stepping";
/// More steps than any slide holds (a guard against a view that keeps growing).
const MAX_STEPS: usize = 400;

/// What a slide's pages are cut from ([`SlideFrame::content`]).
struct Content {
    blocks: Vec<Block>,
    /// The end of the element the slide presents, if its link names one.
    region_end: Option<f64>,
}

/// The app in a slide's frame.
pub struct SlideFrame {
    window: Window,
    doc: Document,
}

impl SlideFrame {
    /// Slide `index`'s frame (0-based) among the frames of class `class`, once its document is
    /// there.
    pub fn find(class: &str, index: usize) -> Option<Self> {
        let selector = format!("iframe.{class}[data-slide=\"{}\"]", index + 1);
        let frame = document()
            .query_selector(&selector)
            .ok()??
            .dyn_into::<HtmlIFrameElement>()
            .ok()?;
        Some(SlideFrame {
            window: frame.content_window()?,
            doc: frame.content_document()?,
        })
    }

    /// Marks the frame's items as waiting to be revealed, and keeps the page's fold where it
    /// belongs while the view draws (a chart arriving after its heading): call when the frame
    /// has loaded.
    pub fn enable_steps(frame: &HtmlIFrameElement) {
        let (Some(window), Some(doc)) = (frame.content_window(), frame.content_document()) else {
            return;
        };
        let Some(root) = doc.document_element() else {
            return;
        };
        let _ = root.set_attribute(STEPPING_ATTR, "");
        // Whenever the view changes (drawn, resized, scrolled by the app to a `#…`), the fold is
        // placed again, once per animation frame at most.
        let queued = std::rc::Rc::new(std::cell::Cell::new(false));
        let place = Closure::<dyn Fn()>::new({
            let (queued, window) = (queued.clone(), window.clone());
            move || {
                queued.set(false);
                let (window, doc) = (window.clone(), doc.clone());
                SlideFrame { window, doc }.cover_below_fold();
            }
        });
        let schedule = Closure::<dyn Fn()>::new({
            let window = window.clone();
            move || {
                if !queued.replace(true) {
                    let _ = window.request_animation_frame(place.as_ref().unchecked_ref());
                }
            }
        });
        let callback = schedule.as_ref().unchecked_ref();
        if let Ok(observer) = ResizeObserver::new(callback) {
            observer.observe(&root);
        }
        if let Ok(observer) = MutationObserver::new(callback) {
            let options = MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            let _ = observer.observe_with_options(&root, &options);
        }
        let _ = window.add_event_listener_with_callback("scroll", callback);
        // The observers live as long as the frame's document, which keeps the callbacks.
        schedule.forget();
    }

    /// Whether the view is drawn: its heading is there, nothing is loading and nothing is busy
    /// (a country profile draws its later goals in turn).
    pub fn ready(&self) -> bool {
        let has = |selector: &str| self.doc.query_selector(selector).ok().flatten().is_some();
        has("main h1") && !has(".loading") && !has("[aria-busy=\"true\"]")
    }

    /// The step shown (0: the slide's start).
    pub fn at(&self) -> usize {
        self.root()
            .and_then(|r| r.get_attribute(STEP_ATTR))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }

    /// The next step, if the slide has one; returns the step now shown.
    pub fn forward(&self) -> Option<usize> {
        let at = self.at();
        self.forward_once().then(|| {
            self.set_at(at + 1);
            at + 1
        })
    }

    /// The step before, if this is not the slide's start; returns the step now shown.
    pub fn back(&self) -> Option<usize> {
        let at = self.at();
        (at > 0).then(|| self.go(at - 1))
    }

    /// Shows step `n` (`usize::MAX`: the last), replayed from the slide's start; returns the
    /// step reached.
    pub fn go(&self, n: usize) -> usize {
        self.reset();
        let mut at = 0;
        while at < n.min(MAX_STEPS) && self.forward_once() {
            at += 1;
        }
        self.set_at(at);
        at
    }

    fn root(&self) -> Option<Element> {
        self.doc.document_element()
    }

    fn set_at(&self, n: usize) {
        if let Some(root) = self.root() {
            let _ = root.set_attribute(STEP_ATTR, &n.to_string());
        }
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let Ok(list) = self.doc.query_selector_all(selector) else {
            return Vec::new();
        };
        // The nodes are the frame's: `instanceof` this window's `Element` would say no.
        (0..list.length())
            .filter_map(|i| Some(list.item(i)?.unchecked_into::<Element>()))
            .collect()
    }

    fn scroll_y(&self) -> f64 {
        self.window.scroll_y().unwrap_or(0.0)
    }

    /// The height a header that stays at the top takes (the stylesheet's `scroll-padding-top`).
    fn header(&self) -> f64 {
        self.root()
            .and_then(|r| self.window.get_computed_style(&r).ok().flatten())
            .and_then(|s| s.get_property_value("scroll-padding-top").ok())
            .and_then(|v| v.trim_end_matches("px").parse().ok())
            .unwrap_or(0.0)
    }

    fn view(&self) -> View {
        let header = self.header();
        let height = self.window.inner_height().ok().and_then(|h| h.as_f64());
        View {
            top: self.scroll_y() + header,
            height: height.unwrap_or(0.0) - header,
        }
    }

    fn block(&self, el: &Element) -> Block {
        let rect = el.get_bounding_client_rect();
        let y = self.scroll_y();
        Block {
            top: rect.top() + y,
            bottom: rect.bottom() + y,
            heading: el.matches(HEADINGS).unwrap_or(false),
        }
    }

    /// The element the slide's link names (`#…`), if any: the slide presents it, not the page
    /// around it.
    fn anchor(&self) -> Option<Element> {
        let hash = self.window.location().hash().ok()?;
        let id = hash.trim_start_matches('#');
        (!id.is_empty())
            .then(|| self.doc.get_element_by_id(id))
            .flatten()
    }

    /// What the slide's pages are cut from, measured once per step: the blocks' visible parts
    /// (empty ones left out), within the [`Self::anchor`] if any. In the document's coordinates,
    /// so scrolling leaves it true.
    fn content(&self) -> Content {
        let region = self.anchor().map(|el| self.block(&el));
        let inside =
            |b: &Block| region.is_none_or(|r| b.top >= r.top - 0.5 && b.bottom <= r.bottom + 0.5);
        let blocks = self
            .all(BLOCKS)
            .iter()
            .filter_map(|el| {
                // What a closed <details> holds is not shown (its box and summary are).
                let closed = el
                    .parent_element()
                    .and_then(|p| p.closest("details:not([open])").ok().flatten());
                if closed.is_some() && el.closest("summary").ok().flatten().is_none() {
                    return None;
                }
                let mut block = self.block(el);
                let scroll_box = el
                    .parent_element()
                    .and_then(|p| p.closest(SCROLL_BOXES).ok()?);
                if let Some(scroll_box) = scroll_box {
                    let seen = self.block(&scroll_box);
                    block.top = block.top.max(seen.top);
                    block.bottom = block.bottom.min(seen.bottom);
                }
                (block.height() > 0.0).then_some(block)
            })
            .filter(inside)
            .collect();
        Content {
            blocks,
            region_end: region.map(|r| r.bottom),
        }
    }

    fn scroll_to(&self, y: f64) {
        let options = ScrollToOptions::new();
        options.set_top(y.max(0.0));
        options.set_behavior(ScrollBehavior::Instant);
        self.window.scroll_to_with_scroll_to_options(&options);
    }

    /// Where the slide starts: at the element its link names (`#…`), or at the top.
    fn start(&self) -> f64 {
        self.anchor()
            .map_or(0.0, |el| self.block(&el).top - self.header())
    }

    fn reset(&self) {
        for el in self.all(ITEM) {
            let _ = el.class_list().remove_1(REVEALED);
        }
        self.scroll_to(self.start());
        self.set_at(0);
        self.cover_below_fold();
    }

    /// Reveals the next item or shows the next page; `false` if the slide is fully shown.
    fn forward_once(&self) -> bool {
        let view = self.view();
        let content = self.content();
        let blocks = &content.blocks;
        let end = fold(blocks, view).unwrap_or_else(|| view.bottom());
        if let Some(item) = self
            .all(ITEM)
            .into_iter()
            .find(|el| !el.class_list().contains(REVEALED))
        {
            for item in reveal_group(&item) {
                let _ = item.class_list().add_1(REVEALED);
            }
            // An item past the page's end opens the next page.
            if self.block(&item).bottom > end + 0.5 {
                if let Some(top) = next_page(blocks, view) {
                    self.scroll_to(top - self.header());
                }
            }
            // Measured again: the item now takes its place.
            self.cover_below_fold();
            return true;
        }
        let Some(top) = next_page(blocks, view) else {
            return false;
        };
        let before = self.scroll_y();
        self.scroll_to(top - self.header());
        self.place_fold(&content);
        // At the end of the document the browser scrolls no further.
        self.scroll_y() > before + 0.5
    }

    /// Covers the frame below the page's fold, or uncovers it if the page has none.
    fn cover_below_fold(&self) {
        self.place_fold(&self.content());
    }

    /// [`Self::cover_below_fold`] for the content as measured.
    fn place_fold(&self, content: &Content) {
        let Some(body) = self.doc.body() else { return };
        let existing = self
            .doc
            .query_selector(&format!(".{FOLD_CLASS}"))
            .ok()
            .flatten();
        let Some(cover) = existing.or_else(|| {
            let cover = self.doc.create_element("div").ok()?;
            cover.set_class_name(FOLD_CLASS);
            let _ = cover.set_attribute("aria-hidden", "true");
            body.append_child(&cover).ok()?;
            Some(cover)
        }) else {
            return;
        };
        let view = self.view();
        let line = page_end(&content.blocks, content.region_end, view);
        // The dotted line says more follows: not at the end of what the slide presents.
        let more = next_page(&content.blocks, view).is_some();
        let _ = cover.class_list().toggle_with_force("is-last", !more);
        let _ = match line {
            Some(y) => {
                let top = format!("{}px", (y - self.scroll_y()).round());
                let _ = cover
                    .unchecked_ref::<HtmlElement>()
                    .style()
                    .set_property("top", &top);
                cover.remove_attribute("hidden")
            }
            None => cover.set_attribute("hidden", ""),
        };
    }
}

/// The items one step reveals with `item`: those in its chart that share its key (a line
/// and its legend entry, `data-reveal="line-2"`), or `item` alone (`data-reveal=""`).
fn reveal_group(item: &Element) -> Vec<Element> {
    let key = item.get_attribute(REVEAL_ATTR).unwrap_or_default();
    let scope = item.closest("svg").ok().flatten();
    match scope.filter(|_| !key.is_empty()) {
        Some(scope) => {
            let Ok(list) = scope.query_selector_all(&format!("[{REVEAL_ATTR}=\"{key}\"]")) else {
                return vec![item.clone()];
            };
            (0..list.length())
                .filter_map(|i| Some(list.item(i)?.unchecked_into::<Element>()))
                .collect()
        }
        None => vec![item.clone()],
    }
}

/// Shows step `n` of slide `index` in this window's frame of class `class` as soon as its view is
/// drawn (a frame just mounted is still starting the app); a later call replaces an earlier one.
pub fn show_when_ready(class: &'static str, index: usize, n: usize, pending: StoredValue<u32>) {
    pending.update_value(|g| *g = g.wrapping_add(1));
    let generation = pending.get_value();
    try_show(class, index, n, pending, generation, 0);
}

fn try_show(
    class: &'static str,
    index: usize,
    n: usize,
    pending: StoredValue<u32>,
    generation: u32,
    tries: u32,
) {
    if pending.try_get_value() != Some(generation) {
        return;
    }
    if let Some(frame) = SlideFrame::find(class, index).filter(SlideFrame::ready) {
        frame.go(n);
        return;
    }
    if tries < 150 {
        set_timeout(
            move || try_show(class, index, n, pending, generation, tries + 1),
            std::time::Duration::from_millis(100),
        );
    }
}
