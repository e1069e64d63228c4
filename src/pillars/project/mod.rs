//! Pillar: the Millennium Project: task forces, advisory bodies and reports.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The pillar's page.
#[component]
pub fn ProjectPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::Project />
        </article>
    }
}
