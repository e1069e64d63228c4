//! The 404 view for any path the router does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;
use crate::routes::{AppBase, Page};
use crate::ui::page::Heading;

/// The view of what a route's parameter names, or the 404 view when it names nothing.
pub fn or_not_found<T, V: IntoView + 'static>(
    found: Option<T>,
    show: impl FnOnce(T) -> V,
) -> AnyView {
    match found {
        Some(item) => show(item).into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// Shown for an unknown path.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    crate::ui::route_loading::RouteLoading::done();
    view! {
        <article class="page">
            <Heading
                heading=move || t_string!(i18n, not_found.title)
                lede=move || t_string!(i18n, not_found.body)
            />
            <p>
                <A href=base.to(Page::Home)>{t!(i18n, not_found.home_link)}</A>
            </p>
        </article>
    }
}
