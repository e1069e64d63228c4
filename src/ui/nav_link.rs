//! A navigation link marked `aria-current="page"` while its page is shown.
//!
//! `leptos_router`'s `<A>` re-evaluates that mark on every URL change, query included, so each
//! step of a year slider re-ran every header and footer link. This one follows the path only.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::routes::{AppBase, Page};

/// A link to `page`, current when the location's path is that page (or, unless `exact`, a page
/// below it).
#[component]
pub fn NavLink(
    /// The page linked to.
    page: Page<'static>,
    /// Only the page itself is current, not the pages below it.
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView {
    let href = AppBase::expect().to(page);
    let pathname = use_location().pathname;
    let target = href.clone();
    let current = Memo::new(move |_| pathname.with(|p| is_current(p, &target, exact)));
    view! {
        <a href=href aria-current=move || current.get().then_some("page")>
            {children()}
        </a>
    }
}

/// Whether `location` (a path with the base) shows the page at `href`, ignoring a trailing slash.
fn is_current(location: &str, href: &str, exact: bool) -> bool {
    let here = location.trim_end_matches('/');
    let page = href.trim_end_matches('/');
    here == page || (!exact && !page.is_empty() && here.starts_with(&format!("{page}/")))
}

#[cfg(test)]
mod tests {
    use super::is_current;

    #[test]
    fn exact_and_prefix_matches() {
        assert!(is_current(
            "/mdg-explorer/countries",
            "/mdg-explorer/countries",
            true
        ));
        assert!(is_current(
            "/mdg-explorer/countries/",
            "/mdg-explorer/countries",
            true
        ));
        assert!(!is_current(
            "/mdg-explorer/countries/KEN",
            "/mdg-explorer/countries",
            true
        ));
        assert!(is_current(
            "/mdg-explorer/countries/KEN",
            "/mdg-explorer/countries",
            false
        ));
        assert!(!is_current(
            "/mdg-explorer/countriesX",
            "/mdg-explorer/countries",
            false
        ));
        assert!(is_current("/mdg-explorer/", "/mdg-explorer/", true));
        assert!(!is_current("/mdg-explorer/goals", "/mdg-explorer/", true));
        assert!(is_current("/", "/", true));
        assert!(!is_current("/goals", "/", true));
    }
}
