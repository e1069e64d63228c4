//! Long views drawn a part per task (issue 14): a country's 60 goal cards, or a map's 200
//! countries, drawn at once were one long task (about 190 ms with the CPU slowed four times, as
//! Lighthouse's phone profile does), during which the page answered no input.

use leptos::prelude::*;

/// How many of `total` parts are drawn: `first` at once, then one more per task (a zero-delay
/// timeout lets the browser paint and handle input in between). A view marks itself
/// `aria-busy` while the count is below `total`; the tests and the slides wait for it.
pub fn use_drawn_in_turn(total: usize, first: usize) -> RwSignal<usize> {
    let drawn = RwSignal::new(first.min(total));
    Effect::new(move |_| {
        let n = drawn.get();
        if n < total {
            // `try_set`: the view may be gone by then.
            set_timeout(
                move || {
                    drawn.try_set(n + 1);
                },
                std::time::Duration::ZERO,
            );
        }
    });
    drawn
}
