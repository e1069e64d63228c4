//! "Add to deck": the small button in the site header that adds the current view to the deck
//! saved in this browser.
//!
//! It lives in the first view's chunk, so it only appends a line to a localStorage inbox (no
//! JSON); the deck editor and the presenter merge the inbox into the deck when they load it.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::data::deck::{inbox_line, slide_path_from_location, INBOX_KEY};
use crate::data::route::is_presenter_path;
use crate::i18n::*;
use crate::present::storage::Store;
use crate::routes::AppBase;

/// The "Add to deck" button (hidden on the presenter's own pages and in the projector theme).
#[component]
pub fn AddToDeck() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let location = use_location();
    let added = RwSignal::new(false);
    // A new view can be added again.
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        added.set(false);
    });
    let base = StoredValue::new(base.0);
    let on_presenter = move || {
        let path = location.pathname.get();
        let base = base.get_value();
        let rest = path.strip_prefix(base.as_str()).unwrap_or(&path);
        is_presenter_path(rest)
    };
    let add = move |_| {
        let loc = window().location();
        let pathname = loc.pathname().unwrap_or_default();
        let search = loc.search().unwrap_or_default();
        let Some(path) = slide_path_from_location(&base.get_value(), &pathname, &search) else {
            return;
        };
        let app = t_string!(i18n, app_name);
        let title = document().title();
        let title = title
            .strip_suffix(app)
            .map(|t| t.trim_end_matches([' ', '·']))
            .filter(|t| !t.is_empty())
            .unwrap_or(&title);
        let inbox = Store::Local.get(INBOX_KEY).unwrap_or_default();
        if Store::Local.set(INBOX_KEY, &(inbox + &inbox_line(&path, title))) {
            added.set(true);
        }
    };
    view! {
        <Show when=move || !on_presenter()>
            <button
                type="button"
                class="add-to-deck"
                class:is-added=move || added.get()
                title=move || t_string!(i18n, present.add_label)
                on:click=add
            >
                {move || {
                    if added.get() {
                        t_string!(i18n, present.added)
                    } else {
                        t_string!(i18n, present.add)
                    }
                }}
            </button>
            <span class="visually-hidden" role="status">
                {move || added.get().then(|| t_string!(i18n, present.added))}
            </span>
        </Show>
    }
}
