//! The deck editor's state: the deck being edited, as rows that keep their identity when
//! reordered, with the last action's outcome and what "Undo" brings back.

use leptos::prelude::*;

use crate::data::deck::{Deck, Slide};
use crate::present::storage::update_library;

/// A slide with an identity that survives reordering (so the rows keep their focus and state).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Row {
    pub id: u64,
    pub slide: Slide,
}

/// The deck being edited (a `Copy` handle for the editor's parts).
#[derive(Clone, Copy)]
pub(super) struct Editor {
    /// The deck's title.
    pub title: RwSignal<String>,
    /// Its slides, in order.
    pub rows: RwSignal<Vec<Row>>,
    next_id: StoredValue<u64>,
    /// What the last action did, for the status line.
    pub status: RwSignal<String>,
    /// The deck as it was before "Clear".
    pub undo: RwSignal<Option<Deck>>,
    /// The row being dragged.
    pub dragging: RwSignal<Option<u64>>,
}

impl Editor {
    /// Edits `deck`, saved as deck `id` on every change (so the presenter and a reload see the
    /// same deck).
    pub fn new(id: u32, deck: Deck) -> Self {
        let editor = Editor {
            title: RwSignal::new(String::new()),
            rows: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(1),
            status: RwSignal::new(String::new()),
            undo: RwSignal::new(None),
            dragging: RwSignal::new(None),
        };
        editor.load(deck);
        Effect::new(move |_| {
            let deck = editor.deck();
            update_library(|l| l.replace(id, deck));
        });
        editor
    }

    fn load(self, deck: Deck) {
        self.title.set(deck.title);
        let rows = deck
            .slides
            .into_iter()
            .map(|slide| {
                let id = self.next_id.get_value();
                self.next_id.set_value(id + 1);
                Row { id, slide }
            })
            .collect();
        self.rows.set(rows);
    }

    /// The deck as edited so far.
    pub fn deck(self) -> Deck {
        Deck::new(
            self.title.get(),
            self.rows
                .with(|rows| rows.iter().map(|r| r.slide.clone()).collect()),
        )
    }

    /// Empties the deck; [`Editor::undo`] brings it back.
    pub fn clear(self, status: String) {
        self.undo.set(Some(self.deck()));
        self.load(Deck::default());
        self.status.set(status);
    }

    /// Brings back the deck as it was before "Clear".
    pub fn undo(self) {
        if let Some(deck) = self.undo.get_untracked() {
            self.undo.set(None);
            self.load(deck);
            self.status.set(String::new());
        }
    }

    /// Row `id`'s place in the deck.
    pub fn position(self, id: u64) -> Option<usize> {
        self.rows.with(|rows| rows.iter().position(|r| r.id == id))
    }

    /// Row `id`'s slide.
    pub fn slide(self, id: u64) -> Option<Slide> {
        self.rows
            .with(|rows| rows.iter().find(|r| r.id == id).map(|r| r.slide.clone()))
    }

    /// Changes row `id`'s slide.
    pub fn update(self, id: u64, f: impl FnOnce(&mut Slide)) {
        self.rows.update(|rows| {
            if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
                f(&mut row.slide);
            }
        });
    }

    /// Moves the row at `from` to `to` (clamped to the deck); its new place.
    pub fn move_row(self, from: usize, to: usize) -> usize {
        let mut at = to;
        self.rows.update(|rows| {
            at = to.min(rows.len() - 1);
            let row = rows.remove(from);
            rows.insert(at, row);
        });
        at
    }

    /// Removes row `id`; the row now in its place (or the last), if any.
    pub fn remove(self, id: u64) -> Option<u64> {
        let at = self.position(id)?;
        self.rows.update(|rows| rows.retain(|r| r.id != id));
        self.rows
            .with_untracked(|rows| rows.get(at).or(rows.last()).map(|r| r.id))
    }
}
