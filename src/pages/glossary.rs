//! The glossary: every acronym used in the content, expanded and defined in the current
//! language (with the English acronym where the language has its own).

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::data::{data_path, DataFile, Strategy};
use crate::i18n::*;
use crate::routes::Section;
use crate::store::use_data;
use crate::ui::{loaded::loaded, page::PageHeading};

/// The glossary page.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::Glossary />
            {loaded(
                strategy,
                move |strategy| {
                    let lang = i18n.get_locale().as_str();
                    let mut terms = strategy.glossary.clone();
                    terms.sort_by_cached_key(|t| crate::data::fold(t.short.get(lang)));
                    view! {
                        <dl class="glossary">
                            {terms
                                .into_iter()
                                .map(|term| {
                                    let short = term.short.get(lang).to_owned();
                                    let english = english_note(i18n, lang, &short, &term.acronym)
                                        .map(|note| {
                                            view! {
                                                " "
                                                <span class="muted">{note}</span>
                                            }
                                        });
                                    view! {
                                        <div
                                            class="glossary__entry"
                                            id=format!("term-{}", term.acronym)
                                        >
                                            <dt>
                                                <abbr>{short}</abbr>
                                                {english}
                                            </dt>
                                            <dd>
                                                <strong>{term.expansion.get(lang).to_owned()}</strong>
                                                ". "
                                                {term.definition.get(lang).to_owned()}
                                            </dd>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    }
                },
            )}
        </article>
    }
}

/// The note beside a term's acronym: the English acronym beside a translated one ("OIT", en
/// anglais : ILO); that an English acronym used as it is in French or Spanish text ("UNCT") is
/// English; none in English.
fn english_note(
    i18n: I18nContext<Locale>,
    lang: &str,
    short: &str,
    acronym: &str,
) -> Option<String> {
    if short != acronym {
        let acronym = acronym.to_owned();
        Some(t_string!(i18n, glossary.english, acronym).to_string())
    } else if lang != "en" {
        Some(t_string!(i18n, glossary.english_acronym).to_string())
    } else {
        None
    }
}
