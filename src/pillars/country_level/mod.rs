//! Pillar: operational activities at country level: UN Country Teams, CCA/UNDAF, PRSPs.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The pillar's page.
#[component]
pub fn CountryLevelPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::CountryLevel />
        </article>
    }
}
