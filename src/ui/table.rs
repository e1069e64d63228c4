//! A table that may be wider than the screen: it scrolls inside a region that keyboard users can
//! reach (`tabindex="0"`) and that screen readers name by the table's caption.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::signal::set_if_changed;

/// Whether `wrap` scrolls sideways (its content is wider than it): measured once it is drawn and
/// again when the window's size changes.
pub fn use_scrolls_sideways(wrap: NodeRef<leptos::html::Div>) -> RwSignal<bool> {
    let scrolls = RwSignal::new(false);
    let measure = move || {
        if let Some(w) = wrap.get_untracked() {
            set_if_changed(&scrolls, w.scroll_width() > w.client_width() + 1);
        }
    };
    Effect::new(move |_| {
        if wrap.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resized = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resized.remove());
    scrolls
}

/// A captioned table in a keyboard-reachable scrolling region (`.table-scroll`, `style/base.css`).
#[component]
pub fn ScrollTable(
    /// The caption, which also names the region.
    #[prop(into)]
    caption: Signal<String>,
    /// The table's classes.
    #[prop(into)]
    class: String,
    /// Classes of the region besides `table-scroll`.
    #[prop(optional)]
    region_class: &'static str,
    /// Whether the caption says so when the table is wider than the screen (a phone).
    #[prop(optional)]
    hint: bool,
    /// The table's head and body.
    children: Children,
) -> impl IntoView {
    let region = if region_class.is_empty() {
        "table-scroll".to_owned()
    } else {
        format!("table-scroll {region_class}")
    };
    let wrap = NodeRef::<leptos::html::Div>::new();
    let scrolls = hint.then(|| use_scrolls_sideways(wrap));
    let i18n = use_i18n();
    let hint = move || {
        scrolls.is_some_and(|s| s.get()).then(|| {
            view! { <span class="scroll-hint">{t!(i18n, table_scroll)}</span> }
        })
    };
    view! {
        <div class=region tabindex="0" role="region" aria-label=caption node_ref=wrap>
            <table class=class>
                // Held at the region's left edge while a wide table scrolls (style/base.css).
                <caption>
                    <span class="table-scroll__caption">{caption} {hint}</span>
                </caption>
                {children()}
            </table>
        </div>
    }
}
