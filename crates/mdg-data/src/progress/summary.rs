//! Counting assessments per class.

use std::collections::BTreeMap;

use super::Status;

/// Number of assessments per class, given their statuses, with every class present (zero when
/// none), in [`Status::ALL`] order.
pub fn summarize(statuses: impl IntoIterator<Item = Status>) -> BTreeMap<Status, usize> {
    let mut counts: BTreeMap<Status, usize> = Status::ALL.into_iter().map(|s| (s, 0)).collect();
    for s in statuses {
        *counts.entry(s).or_default() += 1;
    }
    counts
}
