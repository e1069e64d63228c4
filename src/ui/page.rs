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
    view! {
        <Heading
            heading=move || section.heading(i18n)
            lede=move || section.summary(i18n)
            home=section == Section::Home
        />
    }
}

/// Sets the document title and renders a page's `<h1>` and the lede under it, for a page that
/// is not a [`Section`] (the explorer, the map, the grid…).
#[component]
pub fn Heading(
    /// The `<h1>`, also the first part of the document title.
    #[prop(into)]
    heading: Signal<&'static str>,
    /// The summary under the heading.
    #[prop(into)]
    lede: Signal<&'static str>,
    /// The home page's document title is the app name alone.
    #[prop(optional)]
    home: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        let page = (!home).then(|| heading.get());
        document_title(page, t_string!(i18n, app_name))
    };
    view! {
        <Title text=title />
        <header class="page-heading">
            <h1>{heading}</h1>
            <p class="lede">{lede}</p>
        </header>
    }
}
