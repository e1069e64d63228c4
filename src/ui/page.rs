//! The heading block every page starts with: document title, `<h1>` and summary.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;
use crate::routes::{document_title, Section};

/// Sets the document title and renders the section's `<h1>` and summary.
#[component]
pub fn PageHeading(
    /// The section this page belongs to.
    section: Section,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        let app = t_string!(i18n, app_name);
        let page = (section != Section::Home).then(|| section.heading(i18n));
        document_title(page, app)
    };
    view! {
        <Title text=title />
        <header class="page-heading">
            <h1>{move || section.heading(i18n)}</h1>
            <p class="lede">{move || section.summary(i18n)}</p>
        </header>
    }
}
