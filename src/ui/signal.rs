//! Writing signals without waking their readers for nothing.

use leptos::prelude::Update;

/// Sets `signal` to `value` only if it differs, so its subscribers re-run only on a real change.
/// Views that many signals feed (a map of ~215 countries, a profile of ~40 cards) use it to update
/// just what a year step moved.
pub fn set_if_changed<S, T>(signal: &S, value: T)
where
    S: Update<Value = T>,
    T: PartialEq,
{
    signal.maybe_update(|v| {
        let changed = *v != value;
        if changed {
            *v = value;
        }
        changed
    });
}

#[cfg(test)]
mod tests {
    use super::set_if_changed;
    use leptos::prelude::*;

    #[test]
    fn writes_and_notifies_only_on_change() {
        let owner = Owner::new();
        owner.set();
        let signal = ArcRwSignal::new(1);
        // A memo that counts how often it has run: its source must only notify on a change.
        let runs = ArcRwSignal::new(0);
        let (s, r) = (signal.clone(), runs.clone());
        let seen = ArcMemo::new(move |_| {
            r.update_untracked(|n| *n += 1);
            s.get()
        });
        assert_eq!(seen.get(), 1);
        set_if_changed(&signal, 1);
        assert_eq!(seen.get(), 1);
        assert_eq!(runs.get_untracked(), 1);
        set_if_changed(&signal, 2);
        assert_eq!(seen.get(), 2);
        assert_eq!(runs.get_untracked(), 2);
    }
}
