//! "A new version is available — reload": shown when a new deployment's service worker is
//! waiting (announced by `public/start.js` as the window event `mdg:update-ready`). The
//! button answers `mdg:apply-update`; the new version takes over and the page reloads once, so a
//! session never mixes old and new files.

use crate::i18n::*;
use leptos::prelude::*;

/// Window event: a new version is installed and waiting.
const READY: &str = "mdg:update-ready";
/// Window event: the user accepted the update.
const APPLY: &str = "mdg:apply-update";

/// The banner; renders nothing until an update is waiting.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let waiting = RwSignal::new(false);
    let listener = window_event_listener_untyped(READY, move |_| waiting.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let Ok(event) = web_sys::Event::new(APPLY) {
            let _ = window().dispatch_event(&event);
        }
    };
    move || {
        waiting.get().then(|| {
            view! {
                <div class="update-banner" role="status">
                    <span>{t!(i18n, offline.update_ready)}</span>
                    <button type="button" on:click=apply>
                        {t!(i18n, offline.update_reload)}
                    </button>
                </div>
            }
        })
    }
}
