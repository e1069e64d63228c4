//! Pillar 2, the Millennium Campaign: what it does and who leads it.

use leptos::prelude::*;

use crate::data::{data_path, DataFile, PillarId, Strategy};
use crate::i18n::*;
use crate::pillars::PillarIntro;
use crate::routes::Section;
use crate::store::use_data;
use crate::ui::prose::{localized, SourceCite};
use crate::ui::{loaded::loaded, page::PageHeading};

/// The pillar's page.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let i18n = use_i18n();
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::Campaign />
            {loaded(
                strategy,
                move |strategy| {
                    let campaign = strategy.campaign.clone();
                    let leader = campaign.leader.clone();
                    view! {
                        <PillarIntro
                            pillar=PillarId::MillenniumCampaign
                            strategy=strategy.clone()
                        />
                        <section aria-labelledby="campaign-who">
                            <h2 id="campaign-who">{t!(i18n, campaign.leader_heading)}</h2>
                            <div class="card person">
                                <p class="person__name">{leader.name.clone()}</p>
                                <p>{localized(&leader.role)}</p>
                                {leader
                                    .note
                                    .clone()
                                    .map(|n| view! { <p class="note">{localized(&n)}</p> })}
                                <SourceCite id=leader.source.clone() strategy=strategy.clone() />
                            </div>
                        </section>
                    }
                },
            )}
        </article>
    }
}
