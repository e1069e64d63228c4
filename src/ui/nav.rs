//! The primary navigation ([`NavEntry::ALL`]): one line of links and group menus on wider
//! screens, one menu button on phones ([`PhoneMenu`](crate::ui::nav_menu::PhoneMenu)).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Node};

use crate::i18n::*;
use crate::routes::{NavEntry, NavGroup, NavPage, Section};
use crate::ui::nav_link::NavLink;
use crate::ui::nav_menu::PhoneMenu;

/// An open group menu in the line of links. The phone menu's groups (no `name`) stay open: closing
/// one there on a press would move the links under the pointer before the click lands.
const LINE_GROUP_OPEN: &str = "details[name][open]";

/// The site's main `<nav>`. Its group menus (`<details>`) close when one of their links is
/// followed, on Escape (focus back on its summary) and on a click outside it; the phone menu
/// closes itself once the page changes ([`PhoneMenu`]).
#[component]
pub fn PrimaryNav() -> impl IntoView {
    let i18n = use_i18n();
    let nav = NodeRef::<html::Nav>::new();
    let handle = window_event_listener(ev::pointerdown, move |ev| {
        let open = nav
            .get_untracked()
            .and_then(|n| n.query_selector(LINE_GROUP_OPEN).ok().flatten());
        let target = ev.target();
        if let Some(open) =
            open.filter(|o| !o.contains(target.as_ref().and_then(|t| t.dyn_ref::<Node>())))
        {
            let _ = open.remove_attribute("open");
        }
    });
    on_cleanup(move || handle.remove());
    let on_keydown = move |ev: ev::KeyboardEvent| {
        let open = element(ev.target()).and_then(|el| el.closest(LINE_GROUP_OPEN).ok().flatten());
        if let Some(open) = open.filter(|_| ev.key() == "Escape") {
            let _ = open.remove_attribute("open");
            let summary = open
                .first_element_child()
                .and_then(|s| s.dyn_into::<HtmlElement>().ok());
            if let Some(summary) = summary {
                let _ = summary.focus();
            }
        }
    };
    let on_click = move |ev: ev::MouseEvent| {
        let link = element(ev.target()).and_then(|el| el.closest("a").ok().flatten());
        if let Some(link) = link {
            if let Ok(Some(open)) = link.closest(LINE_GROUP_OPEN) {
                let _ = open.remove_attribute("open");
            }
        }
    };
    view! {
        <nav
            class="primary-nav"
            aria-label=move || t_string!(i18n, nav.label)
            node_ref=nav
            on:keydown=on_keydown
            on:click=on_click
        >
            <PhoneMenu />
            <ul class="primary-nav__list">
                <NavEntries />
            </ul>
        </nav>
    }
}

/// The element an event happened on.
fn element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into().ok())
}

/// The entries as list items, each group a disclosure menu; `expanded` (the phone menu), the
/// groups start open.
#[component]
pub fn NavEntries(
    /// Groups open from the start.
    #[prop(optional)]
    expanded: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    NavEntry::ALL
        .into_iter()
        .map(|entry| match entry {
            NavEntry::Link(page) => view! {
                <li>
                    // A link is current on the pages below it too (Goals on a goal's page), but
                    // Home only on itself.
                    <NavLink page=page.page() exact=page == NavPage::Section(Section::Home)>
                        {move || page.label(i18n)}
                    </NavLink>
                </li>
            }
            .into_any(),
            NavEntry::Group(group) => view! {
                <li>
                    <GroupMenu group expanded />
                </li>
            }
            .into_any(),
        })
        .collect_view()
}

/// A group as a disclosure menu: a native `<details>`, whose `<summary>` the platform makes a
/// button that tells whether it is expanded; in the line of links, one group open at a time
/// (`name`). The summary is underlined while one of the group's pages is shown (CSS `:has`; the
/// link says it is current).
#[component]
fn GroupMenu(
    /// The group.
    group: NavGroup,
    /// Open from the start, and not closed by another group opening.
    expanded: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let links = group
        .pages()
        .iter()
        .map(|&page| {
            view! {
                <li>
                    <NavLink page=page.page()>{move || page.label(i18n)}</NavLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="nav-group" name=(!expanded).then_some("primary-nav") open=expanded>
            <summary>{move || group.label(i18n)}</summary>
            <ul class="nav-group__panel">{links}</ul>
        </details>
    }
}
