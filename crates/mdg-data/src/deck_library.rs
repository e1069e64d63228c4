//! The decks saved in this browser: a versioned list of named decks in one localStorage entry,
//! with the operations of the deck list (create, duplicate, delete and undo, rename, import) and
//! the migration from the single deck that earlier builds saved.
//!
//! Pure logic (no DOM): the app reads and writes the storage strings, this decides what they mean.

use serde::{Deserialize, Serialize};

use crate::deck::{merge_inbox, Deck};

/// localStorage key of the deck list ([`DeckLibrary::to_storage`]).
pub const LIBRARY_KEY: &str = "mdg-explorer.decks";
/// localStorage key of the one deck saved by earlier builds (read once, then migrated).
pub const LEGACY_DECK_KEY: &str = "mdg-explorer.deck";
/// The `format` marker of the stored deck list.
pub const LIBRARY_FORMAT: &str = "mdg-explorer-decks";
/// The version of the stored deck list this build reads and writes.
pub const LIBRARY_VERSION: u32 = 1;
/// Most decks kept in one browser (a guard for localStorage's few megabytes).
pub const MAX_DECKS: usize = 50;
/// Largest deck id kept as stored: far above any list's real count, and far enough below
/// `u32::MAX` that counting up from it cannot overflow.
const MAX_ID: u32 = u32::MAX / 2;

/// A saved deck and its identity in the list (stable across renames and reordering).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDeck {
    /// Unique in the list; never reused while the list lives (see [`DeckLibrary::next_id`]).
    pub id: u32,
    /// The deck itself.
    pub deck: Deck,
}

/// Every deck saved in this browser, in the order the list shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeckLibrary {
    /// Always [`LIBRARY_FORMAT`].
    pub format: String,
    /// Always [`LIBRARY_VERSION`].
    pub version: u32,
    /// The deck "Add to deck" adds to: the one last created or edited.
    #[serde(default)]
    pub current: Option<u32>,
    /// The id the next new deck gets.
    #[serde(default = "first_id")]
    pub next_id: u32,
    /// The decks.
    #[serde(default)]
    pub decks: Vec<SavedDeck>,
}

fn first_id() -> u32 {
    1
}

impl Default for DeckLibrary {
    fn default() -> Self {
        DeckLibrary {
            format: LIBRARY_FORMAT.to_owned(),
            version: LIBRARY_VERSION,
            current: None,
            next_id: first_id(),
            decks: Vec::new(),
        }
    }
}

/// What reading the stored list found, and what the caller must write back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The list to use.
    pub library: DeckLibrary,
    /// The list differs from what is stored (migrated or repaired): save it.
    pub save: bool,
    /// An entry that could not be read, to keep under this key rather than lose it.
    pub set_aside: Option<(String, String)>,
    /// The earlier build's single-deck entry has been taken over: remove it (after saving).
    pub remove_legacy: bool,
}

/// A deleted deck and where it was, so that it can be put back ([`DeckLibrary::restore`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// Its position in the list.
    pub index: usize,
    /// Whether it was the current deck.
    pub was_current: bool,
    /// The deck.
    pub saved: SavedDeck,
}

impl DeckLibrary {
    /// Reads the stored list (`stored`, under [`LIBRARY_KEY`]) or, when there is none yet, the
    /// single deck of earlier builds (`legacy`, under [`LEGACY_DECK_KEY`]). Nothing readable is
    /// dropped: an unreadable entry is returned in [`Loaded::set_aside`].
    pub fn from_storage(stored: Option<&str>, legacy: Option<&str>) -> Loaded {
        let mut loaded = Loaded {
            library: DeckLibrary::default(),
            save: false,
            set_aside: None,
            remove_legacy: false,
        };
        if let Some(text) = stored {
            match serde_json::from_str::<DeckLibrary>(text) {
                Ok(library)
                    if library.format == LIBRARY_FORMAT && library.version == LIBRARY_VERSION =>
                {
                    let mut library = library;
                    loaded.save = library.repair();
                    loaded.library = library;
                }
                // Unreadable, or written by a newer build: kept aside, never overwritten blindly.
                _ => {
                    loaded.set_aside = Some((format!("{LIBRARY_KEY}.unreadable"), text.to_owned()));
                    loaded.save = true;
                }
            }
            return loaded;
        }
        if let Some(text) = legacy {
            loaded.remove_legacy = true;
            loaded.save = true;
            match serde_json::from_str::<Deck>(text) {
                Ok(deck) => {
                    if !deck.slides.is_empty() || !deck.title.is_empty() {
                        loaded.library.create(Deck::new(deck.title, deck.slides));
                    }
                }
                Err(_) => {
                    loaded.set_aside =
                        Some((format!("{LEGACY_DECK_KEY}.unreadable"), text.to_owned()));
                }
            }
        }
        loaded
    }

    /// The list as stored in localStorage.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Makes ids unique, `next_id` above them all and `current` point to a deck; `true` if
    /// anything changed (a list edited by hand, or by two tabs at once).
    fn repair(&mut self) -> bool {
        let before = self.clone();
        self.renumber_huge_ids();
        let mut seen = std::collections::BTreeSet::new();
        let mut next = self
            .decks
            .iter()
            .map(|d| d.id)
            .max()
            .unwrap_or(0)
            .max(self.next_id.saturating_sub(1));
        for saved in &mut self.decks {
            if saved.id == 0 || !seen.insert(saved.id) {
                next += 1;
                saved.id = next;
                seen.insert(next);
            }
        }
        self.next_id = next + 1;
        if self.current.is_some_and(|id| self.get(id).is_none()) {
            self.current = self.decks.first().map(|d| d.id);
        }
        *self != before
    }

    /// Numbers the decks afresh from 1 when an id or `next_id` is so large (a list edited by
    /// hand) that counting up from it could overflow. Links to `deck=mine-<id>` then open
    /// another deck or none, which a hand-edited list has broken anyway.
    fn renumber_huge_ids(&mut self) {
        let huge = |id: u32| id > MAX_ID;
        if !(huge(self.next_id) || self.decks.iter().any(|d| huge(d.id))) {
            return;
        }
        let mut current = None;
        for (id, saved) in (1..).zip(&mut self.decks) {
            if self.current == Some(saved.id) && current.is_none() {
                current = Some(id);
            }
            saved.id = id;
        }
        self.current = current;
        self.next_id = 1;
    }

    /// The deck with this id.
    pub fn get(&self, id: u32) -> Option<&Deck> {
        self.decks.iter().find(|d| d.id == id).map(|d| &d.deck)
    }

    fn position(&self, id: u32) -> Option<usize> {
        self.decks.iter().position(|d| d.id == id)
    }

    /// The id of the deck "Add to deck" adds to: the current one, else the first.
    pub fn current_id(&self) -> Option<u32> {
        self.current
            .filter(|id| self.get(*id).is_some())
            .or_else(|| self.decks.first().map(|d| d.id))
    }

    /// Makes `id` the current deck (if it exists).
    pub fn set_current(&mut self, id: u32) {
        if self.get(id).is_some() {
            self.current = Some(id);
        }
    }

    /// Whether another deck can be added.
    pub fn is_full(&self) -> bool {
        self.decks.len() >= MAX_DECKS
    }

    /// Adds `deck` at the end of the list and makes it current; its id, or `None` if the list
    /// is full.
    pub fn create(&mut self, deck: Deck) -> Option<u32> {
        self.insert_at(self.decks.len(), deck)
    }

    fn insert_at(&mut self, index: usize, deck: Deck) -> Option<u32> {
        if self.is_full() {
            return None;
        }
        let id = self.next_id.max(1);
        self.next_id = id.saturating_add(1);
        self.decks
            .insert(index.min(self.decks.len()), SavedDeck { id, deck });
        self.current = Some(id);
        Some(id)
    }

    /// Copies deck `id` under `title`, right after the original; the copy's id.
    pub fn duplicate(&mut self, id: u32, title: impl Into<String>) -> Option<u32> {
        let at = self.position(id)?;
        let slides = self.decks.get(at)?.deck.slides.clone();
        self.insert_at(at + 1, Deck::new(title, slides))
    }

    /// Deletes deck `id`; what is needed to undo it.
    pub fn remove(&mut self, id: u32) -> Option<Removed> {
        let index = self.position(id)?;
        let saved = self.decks.remove(index);
        let was_current = self.current == Some(id);
        if was_current {
            self.current = None;
        }
        Some(Removed {
            index,
            was_current,
            saved,
        })
    }

    /// Puts a deleted deck back where it was (under a new id if its own has been taken since).
    pub fn restore(&mut self, removed: Removed) -> u32 {
        let Removed {
            index,
            was_current,
            mut saved,
        } = removed;
        if self.get(saved.id).is_some() {
            saved.id = self.next_id;
        }
        self.next_id = self.next_id.max(saved.id.saturating_add(1));
        let id = saved.id;
        self.decks.insert(index.min(self.decks.len()), saved);
        if was_current || self.current.is_none() {
            self.current = Some(id);
        }
        id
    }

    /// Renames deck `id`; `false` if there is no such deck.
    pub fn rename(&mut self, id: u32, title: impl Into<String>) -> bool {
        match self.decks.iter_mut().find(|d| d.id == id) {
            Some(saved) => {
                saved.deck.title = title.into();
                true
            }
            None => false,
        }
    }

    /// Replaces deck `id`'s title and slides (the editor saving); `false` if it is gone.
    pub fn replace(&mut self, id: u32, deck: Deck) -> bool {
        match self.decks.iter_mut().find(|d| d.id == id) {
            Some(saved) => {
                saved.deck = Deck::new(deck.title, deck.slides);
                true
            }
            None => false,
        }
    }

    /// Adds the "Add to deck" inbox's views to the current deck (creating a deck if there is
    /// none); how many slides were added.
    pub fn merge_inbox(&mut self, inbox: &str) -> usize {
        if !inbox.lines().any(|l| !l.trim().is_empty()) {
            return 0;
        }
        let id = match self.current_id() {
            Some(id) => id,
            None => match self.create(Deck::default()) {
                Some(id) => id,
                None => return 0,
            },
        };
        let at = self.position(id).unwrap_or(0);
        let Some(entry) = self.decks.get_mut(at) else {
            return 0;
        };
        let added = merge_inbox(&mut entry.deck, inbox);
        self.current = Some(id);
        added
    }

    /// The list's rows: id, title and slide count.
    pub fn summaries(&self) -> Vec<DeckSummary> {
        self.decks
            .iter()
            .map(|d| DeckSummary {
                id: d.id,
                title: d.deck.title.clone(),
                slides: d.deck.slides.len(),
            })
            .collect()
    }
}

/// One row of the deck list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckSummary {
    /// The deck's id.
    pub id: u32,
    /// Its title (may be empty: the app shows a placeholder).
    pub title: String,
    /// How many slides it has.
    pub slides: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Slide;

    fn deck(title: &str, paths: &[&str]) -> Deck {
        Deck::new(title, paths.iter().map(|p| Slide::new(*p)).collect())
    }

    fn titles(lib: &DeckLibrary) -> Vec<String> {
        lib.summaries().into_iter().map(|s| s.title).collect()
    }

    #[test]
    fn nothing_stored_gives_an_empty_list_and_writes_nothing() {
        let loaded = DeckLibrary::from_storage(None, None);
        assert_eq!(loaded.library, DeckLibrary::default());
        assert!(!loaded.save && !loaded.remove_legacy && loaded.set_aside.is_none());
    }

    #[test]
    fn the_single_deck_of_earlier_builds_becomes_the_first_deck() {
        let old = deck("Briefing", &["/goals", "/about"]).to_json();
        let loaded = DeckLibrary::from_storage(None, Some(&old));
        assert!(loaded.save && loaded.remove_legacy && loaded.set_aside.is_none());
        let lib = loaded.library;
        assert_eq!(lib.decks.len(), 1);
        assert_eq!(lib.decks[0].id, 1);
        assert_eq!(lib.get(1), Some(&deck("Briefing", &["/goals", "/about"])));
        assert_eq!(lib.current_id(), Some(1));
        assert_eq!(lib.next_id, 2);
    }

    #[test]
    fn an_empty_untitled_legacy_deck_is_not_kept_as_a_deck() {
        let loaded = DeckLibrary::from_storage(None, Some(&Deck::default().to_json()));
        assert!(loaded.library.decks.is_empty());
        assert!(loaded.remove_legacy);
    }

    #[test]
    fn an_unreadable_legacy_deck_is_set_aside_not_lost() {
        let loaded = DeckLibrary::from_storage(None, Some("{not json"));
        assert_eq!(
            loaded.set_aside,
            Some(("mdg-explorer.deck.unreadable".into(), "{not json".into()))
        );
        assert!(loaded.library.decks.is_empty());
    }

    #[test]
    fn the_stored_list_wins_over_the_legacy_entry() {
        let mut lib = DeckLibrary::default();
        lib.create(deck("A", &["/goals"]));
        let stored = lib.to_storage();
        let loaded = DeckLibrary::from_storage(Some(&stored), Some(&deck("Old", &[]).to_json()));
        assert_eq!(loaded.library, lib);
        assert!(!loaded.save && !loaded.remove_legacy);
    }

    #[test]
    fn storage_round_trip_is_versioned() {
        let mut lib = DeckLibrary::default();
        lib.create(deck("A", &["/goals"]));
        lib.create(deck("B", &["/about", "/campaign"]));
        let text = lib.to_storage();
        assert!(text.contains("\"format\":\"mdg-explorer-decks\""));
        assert!(text.contains("\"version\":1"));
        assert_eq!(DeckLibrary::from_storage(Some(&text), None).library, lib);
    }

    #[test]
    fn a_list_from_a_newer_build_or_garbage_is_set_aside() {
        for text in [
            r#"{"format":"mdg-explorer-decks","version":2,"decks":[]}"#,
            r#"{"format":"something-else","version":1}"#,
            "[1, 2",
        ] {
            let loaded = DeckLibrary::from_storage(Some(text), None);
            assert_eq!(
                loaded.set_aside,
                Some(("mdg-explorer.decks.unreadable".into(), text.into()))
            );
            assert!(loaded.library.decks.is_empty());
        }
    }

    #[test]
    fn a_hand_edited_list_is_repaired() {
        let text = r#"{"format":"mdg-explorer-decks","version":1,"current":9,"next_id":1,
            "decks":[{"id":3,"deck":{"format":"mdg-explorer-deck","version":1,"title":"A","slides":[]}},
                     {"id":3,"deck":{"format":"mdg-explorer-deck","version":1,"title":"B","slides":[]}}]}"#;
        let loaded = DeckLibrary::from_storage(Some(text), None);
        assert!(loaded.save);
        let lib = loaded.library;
        assert_eq!(lib.decks.iter().map(|d| d.id).collect::<Vec<_>>(), [3, 4]);
        assert_eq!(lib.next_id, 5);
        assert_eq!(lib.current, Some(3));
    }

    #[test]
    fn create_appends_with_fresh_ids_and_becomes_current() {
        let mut lib = DeckLibrary::default();
        assert_eq!(lib.create(deck("A", &[])), Some(1));
        assert_eq!(lib.create(deck("B", &[])), Some(2));
        assert_eq!(titles(&lib), ["A", "B"]);
        assert_eq!(lib.current_id(), Some(2));
        // Ids are not reused after a delete.
        lib.remove(2);
        assert_eq!(lib.create(deck("C", &[])), Some(3));
    }

    #[test]
    fn the_list_has_a_limit() {
        let mut lib = DeckLibrary::default();
        for _ in 0..MAX_DECKS {
            assert!(lib.create(Deck::default()).is_some());
        }
        assert!(lib.is_full());
        assert_eq!(lib.create(Deck::default()), None);
        assert_eq!(lib.duplicate(1, "copy"), None);
    }

    #[test]
    fn duplicate_copies_the_slides_right_after_the_original() {
        let mut lib = DeckLibrary::default();
        let a = lib.create(deck("A", &["/goals", "/about"])).unwrap();
        lib.create(deck("B", &["/campaign"]));
        let copy = lib.duplicate(a, "Copy of A").unwrap();
        assert_eq!(titles(&lib), ["A", "Copy of A", "B"]);
        assert_eq!(lib.get(copy).unwrap().slides, lib.get(a).unwrap().slides);
        assert_eq!(lib.current_id(), Some(copy));
        assert_eq!(lib.duplicate(99, "x"), None);
    }

    #[test]
    fn remove_and_undo_put_the_deck_back_in_place() {
        let mut lib = DeckLibrary::default();
        lib.create(deck("A", &[]));
        let b = lib.create(deck("B", &["/goals"])).unwrap();
        lib.create(deck("C", &[]));
        lib.set_current(b);
        let before = lib.clone();
        let removed = lib.remove(b).unwrap();
        assert_eq!(titles(&lib), ["A", "C"]);
        assert_eq!(lib.current, None);
        assert_eq!(lib.current_id(), Some(1));
        assert_eq!(lib.restore(removed), b);
        assert_eq!(lib, before);
        assert_eq!(lib.remove(99), None);
    }

    #[test]
    fn restore_takes_a_new_id_if_its_own_was_taken() {
        let mut lib = DeckLibrary::default();
        let a = lib.create(deck("A", &[])).unwrap();
        let removed = lib.remove(a).unwrap();
        // Another tab's list reused the id (a list saved before the delete, then repaired).
        lib.decks.push(SavedDeck {
            id: a,
            deck: deck("X", &[]),
        });
        let id = lib.restore(removed);
        assert_ne!(id, a);
        assert_eq!(titles(&lib), ["A", "X"]);
        assert!(lib.next_id > id);
    }

    #[test]
    fn rename_and_replace_touch_only_that_deck() {
        let mut lib = DeckLibrary::default();
        let a = lib.create(deck("A", &["/goals"])).unwrap();
        let b = lib.create(deck("B", &[])).unwrap();
        assert!(lib.rename(a, "Alpha"));
        assert!(lib.replace(b, deck("Beta", &["/about"])));
        assert_eq!(titles(&lib), ["Alpha", "Beta"]);
        assert_eq!(lib.get(a).unwrap().slides.len(), 1);
        assert!(!lib.rename(99, "x"));
        assert!(!lib.replace(99, Deck::default()));
    }

    #[test]
    fn add_to_deck_goes_to_the_current_deck_or_a_new_one() {
        let mut lib = DeckLibrary::default();
        assert_eq!(lib.merge_inbox(""), 0);
        assert!(lib.decks.is_empty());
        assert_eq!(lib.merge_inbox("/goals\tGoals\n"), 1);
        assert_eq!(lib.decks.len(), 1);
        let first = lib.decks[0].id;
        let second = lib.create(deck("B", &[])).unwrap();
        lib.set_current(first);
        assert_eq!(lib.merge_inbox("/about\tAbout\nhttps://x\t\n"), 1);
        assert_eq!(lib.get(first).unwrap().slides.len(), 2);
        assert!(lib.get(second).unwrap().slides.is_empty());
    }

    #[test]
    fn summaries_list_title_and_count() {
        let mut lib = DeckLibrary::default();
        lib.create(deck("A", &["/goals", "/about"]));
        assert_eq!(
            lib.summaries(),
            [DeckSummary {
                id: 1,
                title: "A".into(),
                slides: 2
            }]
        );
    }
}
