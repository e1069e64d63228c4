//! A table that may be wider than the screen: it scrolls inside a region that keyboard users can
//! reach (`tabindex="0"`) and that screen readers name by the table's caption.

use leptos::prelude::*;

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
    /// The table's head and body.
    children: Children,
) -> impl IntoView {
    let region = if region_class.is_empty() {
        "table-scroll".to_owned()
    } else {
        format!("table-scroll {region_class}")
    };
    view! {
        <div class=region tabindex="0" role="region" aria-label=caption>
            <table class=class>
                <caption>{caption}</caption>
                {children()}
            </table>
        </div>
    }
}
