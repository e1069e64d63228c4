//! The deck editor's share link: the whole deck in a URL, to copy.

use leptos::prelude::*;
use leptos_use::{use_clipboard, UseClipboardReturn};

use super::editor::Editor;
use crate::data::deck::encode_share;
use crate::data::deck::DeckRef;
use crate::data::route::with_lang;
use crate::i18n::*;
use crate::present::browser::absolute_url;
use crate::routes::AppBase;
use crate::routes::Page;

/// The link that presents the deck as edited (none while it has no slides), with a copy button.
#[component]
pub(super) fn ShareLink(
    /// The deck being edited.
    editor: Editor,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let url = Memo::new(move |_| {
        let deck = editor.deck();
        // In the sender's language, like every link of the app.
        let show = base.to(Page::Show(&DeckRef::Shared(encode_share(&deck)), 1));
        (!deck.slides.is_empty())
            .then(|| absolute_url(&with_lang(&show, i18n.get_locale().as_str())))
    });
    let UseClipboardReturn { copy, .. } = use_clipboard();
    let on_copy = move |_| {
        url.with_untracked(|url| copy(url.as_deref().unwrap_or_default()));
        editor
            .status
            .set(t_string!(i18n, present.copied).to_owned());
    };
    view! {
        <Show when=move || url.with(Option::is_some)>
            <section class="present-share" aria-labelledby="present-share-heading">
                <h2 id="present-share-heading">{t!(i18n, present.share)}</h2>
                <p id="present-share-help">{t!(i18n, present.share_help)}</p>
                <div class="present-share__row">
                    <input
                        type="text"
                        readonly
                        class="present-share__url"
                        aria-labelledby="present-share-heading"
                        aria-describedby="present-share-help"
                        prop:value=move || url.get().unwrap_or_default()
                    />
                    <button type="button" on:click=on_copy.clone()>
                        {t!(i18n, present.copy)}
                    </button>
                </div>
            </section>
        </Show>
    }
}
