//! A value the URL holds that a control changes in quick steps (a year slider, its animation).

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_url};
use leptos_use::use_debounce_fn;

use crate::progress::state::navigator;

/// How long a value must rest before the address bar takes it, in milliseconds. Writing the
/// address is most of a step's cost (the history entry, and the browser fetching the page's icon
/// again for it), and a step every few milliseconds (a key held down, the benchmark) needs none
/// of it until the value rests.
const SETTLE_MS: f64 = 250.0;

/// A value set on the page and not yet in the address bar.
#[derive(Clone)]
struct Pending<T> {
    value: T,
    /// The address it was set at: it applies only while the page's address is still that one.
    at: String,
    /// Whether every step since the address was last written asked not to add a history entry.
    replace: bool,
}

/// A value held in the URL that the page shows at once when it changes, while the address bar
/// follows once the value has rested ([`SETTLE_MS`]), or when the control loses focus: one
/// history entry per settled change, not one per step. It is `Copy`.
pub struct SettledValue<T: Send + Sync + 'static> {
    /// What the page shows: the value set last while it is not yet written, else the URL's.
    pub value: Memo<T>,
    /// The page's address (path and query), which a pending value is set at.
    here: Memo<String>,
    pending: RwSignal<Option<Pending<T>>>,
    write: StoredValue<Box<dyn Fn()>, LocalStorage>,
    schedule: StoredValue<Box<dyn Fn()>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for SettledValue<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for SettledValue<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> SettledValue<T> {
    /// Shows `value` now and writes it to the address bar once it rests; `replace` (an animation
    /// step) adds no history entry.
    pub fn set(self, value: T, replace: bool) {
        if self.value.with_untracked(|v| *v == value) {
            return;
        }
        let at = self.here.get_untracked();
        self.pending.update(|p| {
            let earlier = p.as_ref().filter(|p| p.at == at);
            let replace = replace && earlier.is_none_or(|p| p.replace);
            *p = Some(Pending { value, at, replace });
        });
        self.schedule.with_value(|f| f());
    }

    /// Writes a value not yet in the address bar now (the control is left: a link or another
    /// control used next must see the address the page shows).
    pub fn flush(self) {
        self.write.with_value(|f| f());
    }
}

/// An address as the route's URL and the router's location both give it: path and query.
fn address(path: &str, search: &str) -> String {
    format!("{path}?{search}")
}

/// Shows `from_url` (the value the URL holds) and, once one is set, the value set; `path` makes
/// the app path of the URL that holds a value. `from_url` must be read from the route's URL
/// (`use_query_map`, `use_url`), which the router updates after its own: the value set applies
/// until that URL changes, so the page never shows the address's previous value in between.
pub fn use_settled<T: Clone + PartialEq + Send + Sync + 'static>(
    from_url: Memo<T>,
    path: impl Fn(&T) -> String + 'static,
) -> SettledValue<T> {
    let url = use_url();
    let here = Memo::new(move |_| url.with(|u| address(u.path(), u.search())));
    let pending = RwSignal::new(None::<Pending<T>>);
    // Once the address changes (the value written, or the visitor going back or forward), a
    // value set at the previous one is done with: coming back to that address must show its own.
    Effect::new(move |_| {
        here.track();
        if pending.with_untracked(Option::is_some) {
            pending.set(None);
        }
    });
    let value = Memo::new(move |_| {
        here.with(|here| {
            pending.with(|p| {
                p.as_ref()
                    .filter(|p| p.at == *here)
                    .map(|p| p.value.clone())
            })
        })
        .unwrap_or_else(|| from_url.get())
    });
    let nav = navigator();
    // The router's own address, which changes as soon as a navigation starts (the route's URL
    // waits for the next page to load).
    let location = use_location();
    let write = move || {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let router_at = address(
            &location.pathname.get_untracked(),
            &location.search.get_untracked(),
        );
        // Not once the visitor has gone back or forward, nor when a link is being followed:
        // writing then would cancel that navigation.
        if p.at != here.get_untracked() || p.at != router_at {
            return;
        }
        if from_url.with_untracked(|v| *v == p.value) {
            pending.set(None);
        } else {
            nav(&path(&p.value), p.replace);
        }
    };
    let write: Box<dyn Fn()> = Box::new(write);
    let write = StoredValue::new_local(write);
    let debounced = use_debounce_fn(move || write.with_value(|f| f()), SETTLE_MS);
    let schedule: Box<dyn Fn()> = Box::new(move || {
        debounced();
    });
    SettledValue {
        value,
        here,
        pending,
        write,
        schedule: StoredValue::new_local(schedule),
    }
}
