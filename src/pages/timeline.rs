//! Timeline 2002–2005: every dated event in the sources, filterable by pillar or forum
//! (`?tag=ecosoc`), each linking to the view it concerns.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use crate::data::{data_path, DataFile, EventTag, Strategy};
use crate::i18n::*;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::date::FormattedDate;
use crate::ui::locale::use_navigate;
use crate::ui::prose::{localized, Prose, SourceCite};
use crate::ui::{loaded::loaded, page::PageHeading};

/// Every tag, in filter order.
const TAGS: [EventTag; 9] = [
    EventTag::MillenniumProject,
    EventTag::MillenniumCampaign,
    EventTag::CountryLevel,
    EventTag::Monitoring,
    EventTag::Undg,
    EventTag::Ecosoc,
    EventTag::GeneralAssembly,
    EventTag::FinancingForDevelopment,
    EventTag::SecretaryGeneral,
];

/// The tag as written in the data and the URL.
pub fn tag_key(tag: EventTag) -> &'static str {
    match tag {
        EventTag::MillenniumProject => "millennium_project",
        EventTag::MillenniumCampaign => "millennium_campaign",
        EventTag::CountryLevel => "country_level",
        EventTag::Monitoring => "monitoring",
        EventTag::Undg => "undg",
        EventTag::Ecosoc => "ecosoc",
        EventTag::GeneralAssembly => "general_assembly",
        EventTag::FinancingForDevelopment => "financing_for_development",
        EventTag::SecretaryGeneral => "secretary_general",
    }
}

fn tag_label(i18n: I18nContext<Locale>, tag: EventTag) -> &'static str {
    match tag {
        EventTag::MillenniumProject => t_string!(i18n, timeline.tag_project),
        EventTag::MillenniumCampaign => t_string!(i18n, timeline.tag_campaign),
        EventTag::CountryLevel => t_string!(i18n, timeline.tag_country_level),
        EventTag::Monitoring => t_string!(i18n, timeline.tag_monitoring),
        EventTag::Undg => t_string!(i18n, timeline.tag_undg),
        EventTag::Ecosoc => t_string!(i18n, timeline.tag_ecosoc),
        EventTag::GeneralAssembly => t_string!(i18n, timeline.tag_ga),
        EventTag::FinancingForDevelopment => t_string!(i18n, timeline.tag_ffd),
        EventTag::SecretaryGeneral => t_string!(i18n, timeline.tag_sg),
    }
}

/// The view an event concerns: its pillar; the UN Development Group's and ECOSOC's work on
/// operational activities → country level; financing for development and the General
/// Assembly's dialogue on it → financing; the Secretary-General's reports → the overview.
pub fn tag_section(tag: EventTag) -> Section {
    match tag {
        EventTag::MillenniumProject => Section::Project,
        EventTag::MillenniumCampaign => Section::Campaign,
        EventTag::CountryLevel | EventTag::Undg | EventTag::Ecosoc => Section::CountryLevel,
        EventTag::Monitoring => Section::Monitoring,
        EventTag::GeneralAssembly | EventTag::FinancingForDevelopment => Section::Financing,
        EventTag::SecretaryGeneral => Section::Home,
    }
}

/// The timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::Timeline />
            {loaded(strategy, move |strategy| view! { <Timeline strategy /> })}
        </article>
    }
}

#[component]
fn Timeline(strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let base = AppBase::expect();
    let tag = Memo::new(move |_| {
        let key = query.read().get("tag").unwrap_or_default();
        TAGS.into_iter().find(|t| tag_key(*t) == key)
    });
    let used: Vec<EventTag> = TAGS
        .into_iter()
        .filter(|t| strategy.events.iter().any(|e| e.tag == *t))
        .collect();
    let buttons = std::iter::once(None)
        .chain(used.into_iter().map(Some))
        .map(|t| {
            let navigate = navigate.clone();
            let go = move |_| {
                let path = match t {
                    Some(t) => Page::Timeline(Some(tag_key(t))).path(),
                    None => Page::Timeline(None).path(),
                };
                // An app path: the router adds the base.
                navigate(&path, NavigateOptions::default());
            };
            view! {
                <button
                    type="button"
                    class="filter"
                    aria-pressed=move || (tag.get() == t).to_string()
                    on:click=go
                >
                    {move || match t {
                        Some(t) => tag_label(i18n, t),
                        None => t_string!(i18n, timeline.all),
                    }}
                </button>
            }
        })
        .collect_view();
    let events = strategy.events.clone();
    let count = {
        let events = events.clone();
        move || {
            events
                .iter()
                .filter(|e| tag.get().is_none_or(|t| e.tag == t))
                .count()
        }
    };
    let list = move || {
        let base = base.clone();
        events
            .iter()
            .filter(|e| tag.get().is_none_or(|t| e.tag == t))
            .map(|e| {
                let section = tag_section(e.tag);
                let t = e.tag;
                view! {
                    <li class="timeline__item" data-tag=tag_key(t)>
                        <FormattedDate date=e.date end=e.end />
                        <div>
                            <h2 class="timeline__title">
                                {localized(&e.title)}
                                {e
                                    .planned
                                    .then(|| {
                                        view! {
                                            " "
                                            <span class="tag">{t!(i18n, timeline.planned)}</span>
                                        }
                                    })}
                            </h2>
                            <p>
                                <Prose
                                    text=e.description.clone()
                                    strategy=strategy.clone()
                                    paras=e.paras.clone()
                                />
                            </p>
                            {e
                                .why
                                .clone()
                                .map(|why| {
                                    view! {
                                        <p class="timeline__why">
                                            <strong>{t!(i18n, strategy.why)}</strong>
                                            " "
                                            <Prose text=why strategy=strategy.clone() />
                                        </p>
                                    }
                                })}
                            <p class="timeline__meta">
                                <span class="tag">{move || tag_label(i18n, t)}</span>
                                " "
                                <A href=base
                                    .to(
                                        section.page(),
                                    )>
                                    {move || {
                                        t_string!(
                                            i18n, timeline.open_view, view = section.heading(i18n)
                                        )
                                            .to_string()
                                    }}
                                </A>
                            </p>
                            <SourceCite id=e.source.clone() strategy=strategy.clone() />
                            {e
                                .also
                                .iter()
                                .map(|id| {
                                    view! { <SourceCite id=id.clone() strategy=strategy.clone() /> }
                                })
                                .collect_view()}
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div
            class="filters"
            data-slide-omit
            role="group"
            aria-label=move || t_string!(i18n, timeline.filter_label)
        >
            {buttons}
        </div>
        <p class="counts" data-slide-omit role="status">
            {move || t_string!(i18n, timeline.showing, count = count()).to_string()}
        </p>
        <ol class="timeline">{list}</ol>
    }
}
