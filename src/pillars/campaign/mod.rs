//! Pillar: the Millennium Campaign.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The pillar's page.
#[component]
pub fn CampaignPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::Campaign />
        </article>
    }
}
