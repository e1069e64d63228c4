//! Handouts (`/present/print?deck=…`): every slide on its own printed page with its title, the
//! live view, the notes and the sources of the data it shows (style/present.css has the print
//! rules).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::deck::{projector_src, slide_sources, Deck, SlideSources};
use crate::data::{data_path, DataFile, Framework, Manifest, Strategy};
use crate::i18n::*;
use crate::present::browser::{body_class, label_main};
use crate::present::decks::{slide_label, use_deck, DeckState};
use crate::routes::Page;
use crate::routes::{document_title, AppBase};
use crate::store::use_data;
use crate::ui::loaded::loaded;

/// `/present/print?deck=…`: the deck as printable handouts.
#[component]
pub fn HandoutPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    body_class("handouts");
    label_main(move || t_string!(i18n, present.handout_title).to_owned());
    let (_, deck) = use_deck();
    let manifest = use_data::<Manifest>(|| data_path(DataFile::Manifest));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    let sources = move || {
        loaded(manifest, move |manifest| {
            loaded(framework, move |framework| {
                let manifest = manifest.clone();
                loaded(strategy, move |strategy| {
                    let catalogue = Catalogue {
                        manifest: manifest.clone(),
                        framework: framework.clone(),
                        strategy,
                    };
                    move || match deck.get() {
                        DeckState::Ready(deck) => {
                            view! { <Handouts deck catalogue=catalogue.clone() /> }.into_any()
                        }
                        DeckState::Loading => view! {
                            <p class="loading" role="status">
                                {t!(i18n, data.loading)}
                            </p>
                        }
                        .into_any(),
                        _ => view! { <p role="alert">{t!(i18n, present.no_deck)}</p> }.into_any(),
                    }
                })
            })
        })
    };
    view! {
        <Title text=move || document_title(
            Some(t_string!(i18n, present.handout_title)),
            t_string!(i18n, app_name),
        ) />
        <article class="page handouts-page">
            <header class="page-heading handouts-page__intro">
                <h1>
                    {t!(i18n, present.handout_title)}
                    {move || match deck.get() {
                        DeckState::Ready(deck) if !deck.title.is_empty() => {
                            format!("{}{}", t_string!(i18n, colon), deck.title)
                        }
                        _ => String::new(),
                    }}
                </h1>
                <p class="lede">{t!(i18n, present.handout_help)}</p>
                <p class="present-actions">
                    <button
                        type="button"
                        class="button--primary"
                        on:click=|_| {
                            let _ = window().print();
                        }
                    >
                        {t!(i18n, present.print_now)}
                    </button>
                    <a href=base.to(Page::Present)>{t!(i18n, present.back)}</a>
                </p>
            </header>
            {sources}
        </article>
    }
}

/// Everything needed to name a slide's sources.
#[derive(Clone)]
struct Catalogue {
    manifest: Arc<Manifest>,
    framework: Arc<Framework>,
    strategy: Arc<Strategy>,
}

impl Catalogue {
    /// The sources of a slide's view, as "title — publisher" lines with their URLs.
    fn sources(&self, path: &str) -> Vec<(String, String)> {
        let data = |id: &str| {
            self.manifest.source(id).map(|s| {
                (
                    format!("{} — {} ({})", s.title, s.publisher, s.licence),
                    s.url.clone(),
                )
            })
        };
        let documents = |ids: &mut dyn Iterator<Item = &String>| {
            let mut seen: Vec<&String> = Vec::new();
            ids.filter(|id| {
                let new = !seen.contains(id);
                seen.push(id);
                new
            })
            .filter_map(|id| self.strategy.sources.iter().find(|s| &s.id == id))
            .map(|s| {
                let year = s.year.map(|y| format!(", {y}")).unwrap_or_default();
                (
                    format!("{} — {}{year}", s.title, s.publisher),
                    s.url.clone(),
                )
            })
            .collect::<Vec<_>>()
        };
        match slide_sources(path) {
            SlideSources::Strategy(Some(pillar)) => documents(
                &mut self
                    .strategy
                    .pillars
                    .iter()
                    .filter(|p| p.id.as_str() == pillar)
                    .flat_map(|p| p.sources.iter()),
            ),
            SlideSources::Strategy(None) => {
                documents(&mut self.strategy.pillars.iter().flat_map(|p| p.sources.iter()))
            }
            SlideSources::Framework => data("mdg_framework").into_iter().collect(),
            SlideSources::Reports => ["mdg_reports", "mdg_framework"]
                .iter()
                .filter_map(|id| data(id))
                .collect(),
            SlideSources::Data { series, map } => {
                let mut ids: Vec<String> = match series.and_then(|s| self.framework.series(&s)) {
                    Some(series) => vec![series.source.clone()],
                    None => ["wdi", "gapminder", "jmp", "unmdg2015"]
                        .map(String::from)
                        .to_vec(),
                };
                if map {
                    ids.push("world_atlas".to_owned());
                }
                ids.push("mdg_framework".to_owned());
                ids.iter().filter_map(|id| data(id)).collect()
            }
            SlideSources::None => Vec::new(),
        }
    }
}

#[component]
fn Handouts(deck: Arc<Deck>, catalogue: Catalogue) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    deck.slides
        .iter()
        .enumerate()
        .map(|(i, slide)| {
            let label = slide_label(slide);
            let src = projector_src(&base.0, &slide.path, i18n.get_locale_untracked().as_str());
            let frame_title =
                t_string!(i18n, present.frame_title, n = i + 1, title = label.as_str()).to_string();
            let sources = catalogue.sources(&slide.path);
            let notes = slide.notes.clone();
            let heading = format!("{}. {label}", i + 1);
            let heading_label = heading.clone();
            view! {
                <section class="handout" aria-label=heading_label>
                    <h2 class="handout__title">{heading}</h2>
                    <div class="handout__frame">
                        <iframe src=src title=frame_title></iframe>
                    </div>
                    <div class="handout__text">
                        {(!notes.trim().is_empty())
                            .then(|| {
                                view! {
                                    <h3>{t!(i18n, present.notes)}</h3>
                                    <p class="handout__notes">{notes.clone()}</p>
                                }
                            })} <h3>{t!(i18n, present.sources)}</h3>
                        {if sources.is_empty() {
                            view! { <p>{t!(i18n, present.no_sources)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="handout__sources">
                                    {sources
                                        .into_iter()
                                        .map(|(text, url)| {
                                            view! {
                                                <li>{text} " " <a href=url.clone()>{url.clone()}</a></li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </div>
                </section>
            }
        })
        .collect_view()
}
