//! Counting assessments per class.

use std::collections::BTreeMap;

use super::{Assessment, Status};

/// Number of assessments per class, with every class present (zero when none), in
/// [`Status::ALL`] order.
pub fn summarize<'a>(
    assessments: impl IntoIterator<Item = &'a Assessment>,
) -> BTreeMap<Status, usize> {
    let mut counts: BTreeMap<Status, usize> = Status::ALL.into_iter().map(|s| (s, 0)).collect();
    for a in assessments {
        *counts.entry(a.status).or_default() += 1;
    }
    counts
}
