//! What presenter mode keeps in this browser: the saved decks and the "Add to deck" inbox
//! (localStorage), and when each talk started (sessionStorage, so per tab and kept over reloads).
//!
//! The deck list is read, changed and written back in one step each time (not held in a
//! reactive store such as `use_local_storage`), so that changes made meanwhile in another tab
//! are kept; its format is `mdg_data::deck_library`.

use leptos::prelude::*;
use web_sys::js_sys;

use crate::data::deck::INBOX_KEY;
use crate::data::deck_library::{DeckLibrary, LEGACY_DECK_KEY, LIBRARY_KEY};

/// One of the browser's key–value stores (absent when the browser has storage switched off).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// `localStorage`: this browser, every tab.
    Local,
    /// `sessionStorage`: this tab.
    Session,
}

impl Store {
    fn storage(self) -> Option<web_sys::Storage> {
        match self {
            Store::Local => window().local_storage(),
            Store::Session => window().session_storage(),
        }
        .ok()
        .flatten()
    }

    /// The text stored under `key`, if any.
    pub fn get(self, key: &str) -> Option<String> {
        self.storage()?.get_item(key).ok().flatten()
    }

    /// Stores `value` under `key`; `false` if the browser refused (storage full or off).
    pub fn set(self, key: &str, value: &str) -> bool {
        self.storage()
            .is_some_and(|s| s.set_item(key, value).is_ok())
    }

    /// Removes `key`.
    pub fn remove(self, key: &str) {
        if let Some(s) = self.storage() {
            let _ = s.remove_item(key);
        }
    }
}

/// The stored deck list as read, with what tidying the store would take.
struct Stored {
    library: DeckLibrary,
    /// The list differs from what is stored (migrated, or the inbox merged).
    changed: bool,
    set_aside: Option<(String, String)>,
    remove_legacy: bool,
}

fn read() -> Stored {
    let store = Store::Local;
    let loaded = DeckLibrary::from_storage(
        store.get(LIBRARY_KEY).as_deref(),
        store.get(LEGACY_DECK_KEY).as_deref(),
    );
    let mut library = loaded.library;
    let mut changed = loaded.save;
    if let Some(inbox) = store.get(INBOX_KEY) {
        changed |= library.merge_inbox(&inbox) > 0;
    }
    Stored {
        library,
        changed,
        set_aside: loaded.set_aside,
        remove_legacy: loaded.remove_legacy,
    }
}

/// The decks saved in this browser, with the views added since ("Add to deck") merged into the
/// current deck: only reads, so it may run inside a `Memo`. See [`load_library`].
pub fn read_library() -> DeckLibrary {
    read().library
}

/// Like [`read_library`], and writes the result back: the inbox merged and emptied, the single
/// deck of earlier builds migrated. What cannot be read is kept aside under a backup key rather
/// than lost.
pub fn load_library() -> DeckLibrary {
    let stored = read();
    let store = Store::Local;
    if let Some((key, text)) = &stored.set_aside {
        store.set(key, text);
    }
    // The old entry goes only once the list holding its deck is safely written.
    if (!stored.changed || save_library(&stored.library)) && stored.remove_legacy {
        store.remove(LEGACY_DECK_KEY);
    }
    store.remove(INBOX_KEY);
    stored.library
}

/// Saves the deck list in this browser; `false` if the browser refused (storage full or off).
pub fn save_library(library: &DeckLibrary) -> bool {
    Store::Local.set(LIBRARY_KEY, &library.to_storage())
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
    let stored = Store::Session
        .get(&start_key(channel))
        .and_then(|v| v.parse().ok());
    stored.unwrap_or_else(|| {
        let now = now_ms();
        remember_start(channel, now);
        now
    })
}

/// Stores a new start time for the talk on `channel`.
pub fn remember_start(channel: &str, started: u64) {
    Store::Session.set(&start_key(channel), &started.to_string());
}

fn start_key(channel: &str) -> String {
    format!("{channel}:started")
}
