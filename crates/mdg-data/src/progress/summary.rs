//! Counting assessments per class.

use std::collections::BTreeMap;

use super::{Method, Status};

/// Number of assessments per class of `method`, given their statuses, with every class of the
/// method present (zero when none), in [`Method::statuses`] order. A status the method does
/// not give is not counted.
pub fn summarize(
    method: Method,
    statuses: impl IntoIterator<Item = Status>,
) -> BTreeMap<Status, usize> {
    let mut counts: BTreeMap<Status, usize> = method.statuses().iter().map(|&s| (s, 0)).collect();
    for s in statuses {
        if let Some(n) = counts.get_mut(&s) {
            *n += 1;
        }
    }
    counts
}
