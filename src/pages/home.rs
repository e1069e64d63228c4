//! Home: the strategy at a glance, with a way into each pillar and into the country data.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;
use crate::routes::{AppBase, Section};
use crate::ui::page::PageHeading;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="page page--home">
            <PageHeading section=Section::Home />
            <section aria-labelledby="pillars-heading">
                <h2 id="pillars-heading">{t!(i18n, home.pillars_heading)}</h2>
                <ol class="card-grid card-grid--pillars">
                    {Section::PILLARS
                        .into_iter()
                        .enumerate()
                        .map(|(i, section)| view! { <SectionCard section number=i + 1 /> })
                        .collect_view()}
                </ol>
            </section>
            <section aria-labelledby="data-heading">
                <h2 id="data-heading">{t!(i18n, home.data_heading)}</h2>
                <p>{t!(i18n, home.data_intro)}</p>
                <ul class="card-grid">
                    <SectionCard section=Section::Countries />
                    <SectionCard section=Section::Goals />
                </ul>
            </section>
        </article>
    }
}

/// A card linking to a section, titled with its heading and described by its summary.
#[component]
fn SectionCard(
    /// The section the card opens.
    section: Section,
    /// Pillar number shown on the card, if any.
    #[prop(optional)]
    number: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    view! {
        <li class="card">
            <h3 class="card__title">
                {number.map(|n| view! { <span class="card__number" aria-hidden="true">{n}</span> })}
                <A href=base.href(section.path())>{move || section.heading(i18n)}</A>
            </h3>
            <p>{move || section.summary(i18n)}</p>
        </li>
    }
}
