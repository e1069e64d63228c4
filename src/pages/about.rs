//! About & sources.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The page.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::About />
        </article>
    }
}
