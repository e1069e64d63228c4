//! `/source`: the source paper in full, with an anchor per paragraph (`#p4`) that every
//! "source ¶N" link of the app points to.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::data::model::paper::para_anchor;
use crate::data::{data_path, DataFile, Paper};
use crate::i18n::*;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::{loaded::loaded, page::PageHeading};

/// The reading view.
#[component]
pub fn SourcePage() -> impl IntoView {
    let i18n = use_i18n();
    let paper = use_data::<Paper>(|| data_path(DataFile::Paper));
    let hash = use_location().hash;
    view! {
        <article class="page paper-page">
            <PageHeading section=Section::Source />
            {loaded(paper, move |paper| {
                let base = AppBase::expect();
                let contents = paper
                    .sections
                    .iter()
                    .filter_map(|s| s.paragraphs.first().map(|p| (s, p.n)))
                    .map(|(s, n)| view! {
                        <li><a href=base.href(&Page::Source.at(&para_anchor(n)))>{s.heading.clone()}</a></li>
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
                            .map(|p| {
                                let n = p.n;
                                let id = para_anchor(n);
                                let href = base.href(&Page::Source.at(&id));
                                let is_target = {
                                    let id = id.clone();
                                    move || hash.get().trim_start_matches('#') == id
                                };
                                let label = move || t_string!(i18n, source.para_link, n = n).to_string();
                                let parts = p
                                    .parts
                                    .iter()
                                    .enumerate()
                                    .map(|(i, part)| {
                                        let number = (i == 0).then(|| view! {
                                            <a class="para__n" href=href.clone() aria-label=label>{format!("{n}.")}</a>
                                            " "
                                        });
                                        view! {
                                            <p class:para__indent=part.indent>{number}{part.text.clone()}</p>
                                        }
                                    })
                                    .collect_view();
                                // The paragraphs render after the data arrives, so the browser
                                // cannot scroll to the fragment by itself: the targeted paragraph
                                // scrolls itself into view once it is in the document.
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
                            })
                            .collect_view();
                        view! { {heading} {paragraphs} }
                    })
                    .collect_view();
                view! {
                    <p class="note">{t!(i18n, source.english_only)}</p>
                    <nav aria-labelledby="paper-contents">
                        <h2 id="paper-contents">{t!(i18n, source.contents)}</h2>
                        <ol class="paper-contents" lang="en">{contents}</ol>
                    </nav>
                    <div class="paper">
                        <p class="paper__agenda" lang="en">{paper.agenda.clone()}</p>
                        <p class="paper__title" lang="en">{paper.title.clone()}</p>
                        {sections}
                        <p class="paper__end" lang="en">{paper.place_date.clone()}</p>
                        <p class="paper__end" lang="en">{paper.status.clone()}</p>
                    </div>
                }
            })}
        </article>
    }
}
