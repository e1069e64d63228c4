//! Localised prose from the data, with glossary acronyms expanded inline, and source citations.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::data::model::paper::{para_path, PAPER_SOURCE};
use crate::data::model::strategy::StrategySource;
use crate::data::terms::{segments, Segment};
use crate::data::{Strategy, Text};
use crate::i18n::*;
use crate::routes::{AppBase, Page};

/// The current language's code ("en", "fr", "es").
pub fn lang() -> &'static str {
    use_i18n().get_locale().as_str()
}

/// `text` in the current language, updating when the language changes.
pub fn localized(text: &Text) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    let text = text.clone();
    move || text.get(i18n.get_locale().as_str()).to_owned()
}

/// Prose in the current language in which every glossary acronym can be expanded on hover,
/// focus or tap.
#[component]
pub fn Prose(
    /// The text.
    text: Text,
    /// The strategy file (for its glossary).
    strategy: Arc<Strategy>,
    /// Paragraphs of the source paper the text rests on, linked after it ("source ¶4").
    #[prop(optional)]
    paras: Vec<u8>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text_view = move || {
        let lang = i18n.get_locale().as_str();
        let spellings: Vec<Vec<&str>> = strategy
            .glossary
            .iter()
            .map(|t| vec![t.acronym.as_str(), t.short.get(lang)])
            .collect();
        segments(text.get(lang), &spellings)
            .into_iter()
            .map(|segment| match segment {
                Segment::Text(s) => s.to_owned().into_any(),
                Segment::Term { written, entry } => {
                    let term = &strategy.glossary[entry];
                    view! { <Term written=written.to_owned() expansion=term.expansion.get(lang).to_owned() /> }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        {text_view}
        {(!paras.is_empty())
            .then(|| {
                view! {
                    " "
                    <ParaLinks paras />
                }
            })}
    }
}

/// "source ¶4, ¶16": links to paragraphs of the source paper in the reading view.
#[component]
pub fn ParaLinks(
    /// Paragraph numbers (1–24).
    paras: Vec<u8>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let links = paras
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let label = move || t_string!(i18n, source.para_label, n = n).to_string();
            view! {
                {(i > 0).then_some(", ")}
                // The pilcrow is hidden from the name's check: the name ("Source paper,
                // paragraph 4") then contains all the visible text a voice user would say.
                <a href=base.href(&para_path(n)) aria-label=label>
                    <span aria-hidden="true">"¶"</span>
                    {n}
                </a>
            }
        })
        .collect_view();
    view! { <span class="paras">"(" {t!(i18n, source.cite)} " " {links} ")"</span> }
}

static TERM_IDS: AtomicUsize = AtomicUsize::new(0);

/// An acronym that shows its expansion on hover and keyboard focus, and toggles it on tap;
/// screen readers get the expansion as the button's description.
#[component]
pub fn Term(
    /// The acronym as written.
    written: String,
    /// Its expansion in the current language.
    expansion: String,
) -> impl IntoView {
    let id = format!("term-{}", TERM_IDS.fetch_add(1, Ordering::Relaxed));
    let open = RwSignal::new(false);
    view! {
        <span class="term" class:term--open=move || open.get()>
            <button
                type="button"
                class="term__abbr"
                aria-describedby=id.clone()
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        open.set(false);
                    }
                }
                on:blur=move |_| open.set(false)
            >
                {written}
            </button>
            <span class="term__tip" role="tooltip" id=id>
                {expansion}
            </span>
        </span>
    }
}

/// A citation of a source in the strategy file, by id (nothing if the file lacks it).
#[component]
pub fn SourceCite(
    /// Source id in the strategy file.
    id: String,
    /// The strategy file.
    strategy: Arc<Strategy>,
) -> impl IntoView {
    strategy
        .source(&id)
        .cloned()
        .map(|source| view! { <Citation source /> })
}

/// A citation: the source's title (linked), publisher and year.
#[component]
pub fn Citation(
    /// The source cited.
    source: StrategySource,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let year = source.year.map(|y| format!(", {y}")).unwrap_or_default();
    // The paper itself is in the app: cite it by its reading view.
    let href = if source.id == PAPER_SOURCE {
        base.to(Page::Source)
    } else {
        source.url.clone()
    };
    view! {
        <span class="cite">
            {t!(i18n, strategy.source)} {t!(i18n, colon)} <a href=href rel="noopener" lang="en">
                {source.title}
            </a> " (" <span lang="en">{source.publisher}</span> {format!("{year})")}
        </span>
    }
}
