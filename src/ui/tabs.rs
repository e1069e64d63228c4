//! An accessible tab list (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs.

use leptos::prelude::*;

pub use crate::data::route::{panel_id, tab_id};

/// One tab: a stable key (also used in element ids) and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct TabItem {
    /// Stable key, e.g. "chart".
    pub key: &'static str,
    /// Visible label.
    pub label: String,
}

/// A tab list; the caller renders the selected panel with `role="tabpanel"`, the id
/// [`panel_id`] and `aria-labelledby` [`tab_id`].
#[component]
pub fn Tabs(
    /// Prefix of element ids.
    id_prefix: &'static str,
    /// Accessible name of the tab list.
    #[prop(into)]
    label: Signal<String>,
    /// The tabs, in order.
    #[prop(into)]
    tabs: Signal<Vec<TabItem>>,
    /// Key of the selected tab.
    #[prop(into)]
    selected: Signal<&'static str>,
    /// Called with the key of the tab to select.
    on_select: Callback<&'static str>,
) -> impl IntoView {
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let keys: Vec<&'static str> = tabs.with(|t| t.iter().map(|t| t.key).collect());
        let Some(i) = keys.iter().position(|k| *k == selected.get()) else {
            return;
        };
        let next = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % keys.len(),
            "ArrowLeft" => (i + keys.len() - 1) % keys.len(),
            "Home" => 0,
            "End" => keys.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        on_select.run(keys[next]);
        if let Some(el) = document().get_element_by_id(&tab_id(id_prefix, keys[next])) {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    view! {
        <div class="tabs" role="tablist" aria-label=move || label.get() on:keydown=keydown>
            <For each=move || tabs.get() key=|t| (t.key, t.label.clone()) let:tab>
                <button
                    type="button"
                    role="tab"
                    id=tab_id(id_prefix, tab.key)
                    aria-controls=panel_id(id_prefix, tab.key)
                    aria-selected=move || (selected.get() == tab.key).to_string()
                    tabindex=move || if selected.get() == tab.key { "0" } else { "-1" }
                    on:click=move |_| on_select.run(tab.key)
                >
                    {tab.label.clone()}
                </button>
            </For>
        </div>
    }
}
