//! What opens over the slide: the overview of all slides (O) and the list of keys (?).

use leptos::prelude::*;

use super::{Overlay, Stage};
use crate::i18n::*;
use crate::present::decks::slide_label;
use crate::present::dialog::PresentDialog;
use crate::present::KeyList;

/// The overview and help dialogs, each while it is open.
#[component]
pub(super) fn PresenterOverlays(
    /// The presenter's state.
    stage: Stage,
) -> impl IntoView {
    let i18n = use_i18n();
    let overlay = stage.overlay;
    let on_close = Callback::new(move |()| overlay.set(Overlay::None));
    view! {
        <Show when=move || overlay.get() == Overlay::Overview>
            <PresentDialog
                id="present-overview"
                class="present-overview"
                title=Signal::derive(move || t_string!(i18n, present.overview).to_owned())
                on_close
                initial_focus="[aria-current=\"true\"]"
            >
                <ol class="present-overview__grid">
                    <OverviewItems stage />
                </ol>
            </PresentDialog>
        </Show>
        <Show when=move || overlay.get() == Overlay::Help>
            <PresentDialog
                id="present-help"
                class="present-help"
                title=Signal::derive(move || t_string!(i18n, present.keys_heading).to_owned())
                on_close
            >
                <KeyList />
            </PresentDialog>
        </Show>
    }
}

/// One button per slide, the current one marked; choosing one goes there and closes the
/// overview.
#[component]
fn OverviewItems(stage: Stage) -> impl IntoView {
    let link = stage.link;
    stage.deck.with_value(|deck| {
        deck.slides
            .iter()
            .enumerate()
            .map(|(i, slide)| {
                let label = slide_label(slide);
                let path = slide.path.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            aria-current=move || (link.current.get() == i).then_some("true")
                            on:click=move |_| {
                                link.go(i, false);
                                stage.close_overlay();
                            }
                        >
                            <span class="present-overview__number">{i + 1}</span>
                            <span class="present-overview__title">{label}</span>
                            <span class="present-overview__path">{path}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    })
}
