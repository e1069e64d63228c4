//! `/checklist`: what the Core Strategy (and the work around it in the source paper) asks of a
//! UN Country Team, each item with its paragraph; printable, and a slide of the core deck.

use leptos::prelude::*;

use crate::data::model::strategy::Lens;
use crate::data::{data_path, DataFile, Strategy};
use crate::i18n::*;
use crate::routes::Section;
use crate::store::use_data;
use crate::ui::prose::{localized, Prose};
use crate::ui::{loaded::loaded, page::PageHeading};

/// The checklist page.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let i18n = use_i18n();
    let lens = use_data::<Lens>(|| data_path(DataFile::Lens));
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page checklist-page">
            <PageHeading section=Section::Checklist />
            <p class="no-print" data-slide-omit>
                <button
                    type="button"
                    on:click=|_| {
                        let _ = window().print();
                    }
                >
                    {t!(i18n, checklist.print)}
                </button>
            </p>
            {loaded(
                lens,
                move |lens| {
                    let lens = lens.clone();
                    loaded(
                        strategy,
                        move |strategy| {
                            let items = lens
                                .checklist
                                .iter()
                                .map(|item| {
                                    view! {
                                        <li
                                            class="checklist__item"
                                            id=item.id.clone()
                                            data-reveal=""
                                        >
                                            <span class="checklist__box" aria-hidden="true"></span>
                                            <span class="checklist__text">
                                                <Prose
                                                    text=item.text.clone()
                                                    strategy=strategy.clone()
                                                    paras=item.paras.clone()
                                                />
                                            </span>
                                            <span class="tag checklist__basis">
                                                {localized(&item.basis)}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! { <ol class="checklist">{items}</ol> }
                        },
                    )
                },
            )}
        </article>
    }
}
