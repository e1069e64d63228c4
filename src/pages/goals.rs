//! Goals: the MDG framework.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The page.
#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::Goals />
        </article>
    }
}
