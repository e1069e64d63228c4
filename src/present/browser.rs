//! The few browser calls presenter mode needs: storage, time, full screen, downloads, pop-up
//! windows and the speaker window's BroadcastChannel.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::wasm_bindgen::{prelude::Closure, JsCast};
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use web_sys::js_sys;

use crate::data::deck::{DeckRef, SyncMessage, INBOX_KEY};
use crate::data::deck_library::{DeckLibrary, LEGACY_DECK_KEY, LIBRARY_KEY};

fn local() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The decks saved in this browser, with the views added since ("Add to deck") merged into the
/// current deck, and the single deck of earlier builds migrated. What cannot be read is kept
/// aside under a backup key rather than lost.
pub fn load_library() -> DeckLibrary {
    let Some(store) = local() else {
        return DeckLibrary::default();
    };
    let get = |key: &str| store.get_item(key).ok().flatten();
    let loaded =
        DeckLibrary::from_storage(get(LIBRARY_KEY).as_deref(), get(LEGACY_DECK_KEY).as_deref());
    if let Some((key, text)) = &loaded.set_aside {
        let _ = store.set_item(key, text);
    }
    let mut library = loaded.library;
    let mut changed = loaded.save;
    if let Some(inbox) = get(INBOX_KEY) {
        changed |= library.merge_inbox(&inbox) > 0;
    }
    // The old entry goes only once the list holding its deck is safely written.
    if (!changed || save_library(&library)) && loaded.remove_legacy {
        let _ = store.remove_item(LEGACY_DECK_KEY);
    }
    let _ = store.remove_item(INBOX_KEY);
    library
}

/// Saves the deck list in this browser; `false` if the browser refused (storage full or off).
pub fn save_library(library: &DeckLibrary) -> bool {
    local().is_some_and(|store| store.set_item(LIBRARY_KEY, &library.to_storage()).is_ok())
}

/// Reads the deck list, changes it and saves it at once (so that other tabs' changes in
/// between are kept).
pub fn update_library<R>(change: impl FnOnce(&mut DeckLibrary) -> R) -> R {
    let mut library = load_library();
    let result = change(&mut library);
    save_library(&library);
    result
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// When the talk on `channel` started: kept in sessionStorage so that a reload does not reset
/// the timer; set to now the first time.
pub fn talk_started(channel: &str) -> u64 {
    let key = format!("{channel}:started");
    let stored = session()
        .and_then(|s| s.get_item(&key).ok().flatten())
        .and_then(|v| v.parse().ok());
    stored.unwrap_or_else(|| {
        let now = now_ms();
        remember_start(channel, now);
        now
    })
}

/// Stores a new start time for the talk on `channel`.
pub fn remember_start(channel: &str, started: u64) {
    if let Some(s) = session() {
        let _ = s.set_item(&format!("{channel}:started"), &started.to_string());
    }
}

/// Enters or leaves full screen.
pub fn toggle_fullscreen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        let _ = document().body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    // Revoked later: revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(5),
    );
}

/// Opens (or focuses) a named pop-up window; `false` if the browser blocked it.
pub fn open_window(url: &str, name: &str) -> bool {
    window()
        .open_with_url_and_target_and_features(url, name, "popup,width=1100,height=760")
        .ok()
        .flatten()
        .is_some()
}

/// The absolute URL of an app path (for share links).
pub fn absolute_url(href: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{href}")
}

/// Copies text to the clipboard (best effort).
pub fn copy_text(text: &str) {
    let _ = window().navigator().clipboard().write_text(text);
}

/// A BroadcastChannel between the presenter and its speaker window, closed with the component.
#[derive(Clone, Copy)]
pub struct SyncChannel(StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>);

impl SyncChannel {
    /// Opens `name` and calls `on_message` for every message from the other window.
    pub fn open(name: &str, on_message: impl Fn(SyncMessage) + 'static) -> Self {
        let channel = web_sys::BroadcastChannel::new(name).ok();
        if let Some(channel) = &channel {
            let handler =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                    if let Some(msg) = ev.data().as_string().and_then(|t| SyncMessage::decode(&t)) {
                        on_message(msg);
                    }
                });
            channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            handler.forget();
        }
        let stored = StoredValue::new_local(channel);
        on_cleanup(move || {
            stored.with_value(|c| {
                if let Some(c) = c {
                    c.set_onmessage(None);
                    c.close();
                }
            })
        });
        SyncChannel(stored)
    }

    /// Sends a message to the other windows.
    pub fn post(&self, msg: SyncMessage) {
        self.0.with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&msg.encode().into());
            }
        });
    }
}

/// How the presenter and its speaker window move between slides: `go(i)` changes this window's
/// URL quietly (replacing the history entry, no scrolling) and tells the other window; messages
/// from the other window move this one without echoing back. `page` is this window's route
/// (`/present/show` or `/present/speaker`); `answer_hello`: whether this window tells a newly
/// opened one where the talk is (the presenter does).
pub fn deck_link(
    page: &'static str,
    reference: &DeckRef,
    current: Memo<usize>,
    len: usize,
    started: RwSignal<u64>,
    answer_hello: bool,
) -> (impl Fn(usize) + Clone + 'static, SyncChannel) {
    let navigate_to = use_navigate();
    let go_quietly = {
        let reference = reference.clone();
        move |index: usize| {
            if index != current.get_untracked() {
                // The router adds the app's base itself (unlike `href`s).
                navigate_to(
                    &format!("{page}?{}", reference.query(index + 1)),
                    NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..Default::default()
                    },
                );
            }
        }
    };
    let name = reference.channel();
    // Set once the channel exists, so that a "hello" can be answered.
    let reply = StoredValue::new_local(None::<SyncChannel>);
    let channel = {
        let go_quietly = go_quietly.clone();
        let name = name.clone();
        SyncChannel::open(&name.clone(), move |msg| match msg {
            SyncMessage::Goto { slide, started: s } => {
                if s > 0 && s != started.get_untracked() {
                    started.set(s);
                    remember_start(&name, s);
                }
                go_quietly(slide.min(len - 1));
            }
            SyncMessage::Hello if answer_hello => {
                if let Some(ch) = reply.get_value() {
                    ch.post(SyncMessage::Goto {
                        slide: current.get_untracked(),
                        started: started.get_untracked(),
                    });
                }
            }
            SyncMessage::Hello => {}
            SyncMessage::Restart { started: s } => {
                started.set(s);
                remember_start(&name, s);
            }
        })
    };
    reply.set_value(Some(channel));
    let go = move |index: usize| {
        go_quietly(index);
        channel.post(SyncMessage::Goto {
            slide: index,
            started: started.get_untracked(),
        });
    };
    (go, channel)
}

/// The slide frames to keep mounted for a view that shows slide `shown()` (if any): that one at
/// once and, a moment later, its neighbours; none is ever dropped, so coming back to a slide (or
/// to a preview) only changes which frame is visible. The neighbours wait until the new slide is
/// on screen, because a frame that starts the app shares this window's main thread.
pub fn kept_frames(
    shown: impl Fn() -> Option<usize> + Send + Sync + 'static,
    len: usize,
) -> RwSignal<BTreeSet<usize>> {
    let mounted = RwSignal::new(BTreeSet::new());
    let shown = Memo::new(move |_| shown());
    Effect::new(move |_| {
        let Some(i) = shown.get() else { return };
        mounted.update(|set| {
            set.insert(i);
        });
        set_timeout(
            move || {
                if shown.get_untracked() == Some(i) {
                    mounted.update(|set| set.extend(i.saturating_sub(1)..=(i + 1).min(len - 1)));
                }
            },
            std::time::Duration::from_millis(400),
        );
    });
    // The first frame at once, not after the first effect run.
    if let Some(i) = shown.get_untracked() {
        mounted.update_untracked(|set| {
            set.insert(i);
        });
    }
    mounted
}

/// Adds a class to `<body>` while the calling component lives (hides the site's header and
/// footer behind the presenter, or switches the print layout).
pub fn body_class(class: &'static str) {
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1(class);
    }
    on_cleanup(move || {
        if let Some(body) = document().body() {
            let _ = body.class_list().remove_1(class);
        }
    });
}

/// Names the page's `<main>` while the calling component lives: the slides' frames hold the app
/// too, each with its own `<main>`, and landmarks must be told apart.
pub fn label_main(label: impl Fn() -> String + 'static) {
    let set = move |value: Option<String>| {
        if let Some(main) = document().get_element_by_id("main") {
            let _ = match value {
                Some(v) => main.set_attribute("aria-label", &v),
                None => main.remove_attribute("aria-label"),
            };
        }
    };
    Effect::new(move |_| set(Some(label())));
    on_cleanup(move || set(None));
}

/// Whether a key event comes from a text field (where keys are typing, not commands).
pub fn from_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// Moves focus to the first element matching `selector` (after the DOM has updated).
pub fn focus_later(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
