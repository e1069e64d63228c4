//! Presenter mode for trainers.

use leptos::prelude::*;

use crate::routes::Section;
use crate::ui::page::PageHeading;

/// The presenter mode's entry page.
#[component]
pub fn PresentPage() -> impl IntoView {
    view! {
        <article class="page">
            <PageHeading section=Section::Present />
        </article>
    }
}
