//! Pillar: monitoring: national MDG Reports and the indicators.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The pillar's page.
#[component]
pub fn MonitoringPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::Monitoring />
        </article>
    }
}
