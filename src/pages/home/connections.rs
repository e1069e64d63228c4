//! The panel beside the home diagram: what the active pillar connects to, or every pillar
//! with its summary when none is active.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{HomeDigest, PillarId, Text};
use crate::i18n::*;

/// The panel beside the diagram: what the active pillar connects to, or every actor and
/// instrument when none is active.
#[component]
pub fn Connections(digest: Arc<HomeDigest>, active: RwSignal<Option<PillarId>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.get_locale().as_str();
        let chips = |labels: &[Text]| {
            labels
                .iter()
                .map(|label| view! { <li class="chip chip--lit">{label.get(lang).to_owned()}</li> })
                .collect_view()
        };
        match active.get().and_then(|id| digest.pillar(id)) {
            Some(pillar) => {
                let goals = pillar
                    .goals
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <div class="connections" aria-live="polite">
                        <h3>{pillar.name.get(lang).to_owned()}</h3>
                        <p>{pillar.summary.get(lang).to_owned()}</p>
                        <h4>{t!(i18n, home.actors)}</h4>
                        <ul class="chips">{chips(&pillar.actors)}</ul>
                        <h4>{t!(i18n, home.instruments)}</h4>
                        <ul class="chips">{chips(&pillar.instruments)}</ul>
                        <p>{t_string!(i18n, home.goals_linked, goals).to_string()}</p>
                    </div>
                }
                .into_any()
            }
            None => view! {
                <div class="connections" aria-live="polite">
                    <p>{t!(i18n, home.map_idle)}</p>
                    <ol class="pillar-list">
                        {digest
                            .pillars
                            .iter()
                            .map(|p| {
                                view! {
                                    <li>
                                        <strong>{p.name.get(lang).to_owned()}</strong>
                                        " — "
                                        {p.summary.get(lang).to_owned()}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </div>
            }
            .into_any(),
        }
    }
}
