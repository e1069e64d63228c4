//! `/source`: the source paper in full, with an anchor per paragraph (`#p4`) that every
//! "source ¶N" link of the app points to.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::data::model::paper::{para_anchor, Paragraph};
use crate::data::{data_path, DataFile, Paper};
use crate::i18n::*;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::{loaded::loaded, page::PageHeading};

/// The reading view.
#[component]
pub fn SourcePage() -> impl IntoView {
    let paper = use_data::<Paper>(|| data_path(DataFile::Paper));
    view! {
        <article class="page paper-page">
            <PageHeading section=Section::Source />
            {loaded(paper, |paper| view! { <PaperText paper=paper.clone() /> })}
        </article>
    }
}

/// The paper: a table of contents, then every section, paragraph by paragraph.
#[component]
fn PaperText(paper: Arc<Paper>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let hash = use_location().hash;
    let contents = paper
        .sections
        .iter()
        .filter_map(|s| s.paragraphs.first().map(|p| (s, p.n)))
        .map(|(s, n)| {
            let href = base.href(&Page::Source.at(&para_anchor(n)));
            // The headings carry the paper's own numbers ("1. Introduction"); the list adds none.
            let sub = s.level > 1;
            view! {
                <li class:paper-contents__sub=sub>
                    <a href=href>{s.heading.clone()}</a>
                </li>
            }
        })
        .collect_view();
    let sections = paper
        .sections
        .iter()
        .map(|s| {
            let heading = if s.level == 1 {
                view! { <h2 lang="en">{s.heading.clone()}</h2> }.into_any()
            } else {
                view! { <h3 lang="en">{s.heading.clone()}</h3> }.into_any()
            };
            let paragraphs = s
                .paragraphs
                .iter()
                .map(|p| view! { <Para para=p.clone() hash /> })
                .collect_view();
            view! {
                {heading}
                {paragraphs}
            }
        })
        .collect_view();
    view! {
        <p class="note">{t!(i18n, source.english_only)}</p>
        <nav aria-labelledby="paper-contents">
            <h2 id="paper-contents">{t!(i18n, source.contents)}</h2>
            <ol class="paper-contents" lang="en">
                {contents}
            </ol>
        </nav>
        <div class="paper">
            <p class="paper__agenda" lang="en">
                {paper.agenda.clone()}
            </p>
            <p class="paper__title" lang="en">
                {paper.title.clone()}
            </p>
            {sections}
            <p class="paper__end" lang="en">
                {paper.place_date.clone()}
            </p>
            <p class="paper__end" lang="en">
                {paper.status.clone()}
            </p>
        </div>
    }
}

/// One numbered paragraph, its number a link to itself. The paragraphs render after the data
/// arrives, so the browser cannot scroll to the URL's fragment by itself: the paragraph it names
/// scrolls itself into view once it is in the document.
#[component]
fn Para(
    /// The paragraph.
    para: Paragraph,
    /// The URL's fragment.
    hash: Memo<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let n = para.n;
    let id = para_anchor(n);
    let href = AppBase::expect().href(&Page::Source.at(&id));
    let label = move || t_string!(i18n, source.para_link, n = n).to_string();
    let parts = para
        .parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let number = (i == 0).then(|| {
                view! {
                    <a class="para__n" href=href.clone() aria-label=label>
                        {format!("{n}.")}
                    </a>
                    " "
                }
            });
            view! { <p class:para__indent=part.indent>{number}{part.text.clone()}</p> }
        })
        .collect_view();
    let is_target = {
        let id = id.clone();
        move || hash.get().trim_start_matches('#') == id
    };
    let node = NodeRef::<leptos::html::Div>::new();
    let target = is_target.clone();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            if target() {
                el.scroll_into_view();
            }
        }
    });
    view! {
        <div class="para" id=id node_ref=node class:para--target=is_target lang="en">
            {parts}
        </div>
    }
}
