//! Countries index.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The page.
#[component]
pub fn CountriesPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::Countries />
        </article>
    }
}
