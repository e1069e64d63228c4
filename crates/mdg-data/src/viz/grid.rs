//! The progress grid's contents: for each targeted series, the share of each MDG region's
//! countries met or on track and the World aggregate's own status. A series that nothing could
//! be judged on (no region, not the World: its data start too late for a 1990–1995 baseline) is
//! left out of the table and named below it, rather than drawn as a column of empty cells.

use std::borrow::Borrow;
use std::ops::Range;

use crate::progress::{assess_series, Method, Status};
use crate::viz::{share_on_track, ShareOnTrack};
use crate::{Countries, Group, GroupKind, IndicatorFile, Series};

/// The code of the World aggregate.
pub const WORLD: &str = "WLD";

/// One column: a series, its share per region (in [`Grid::regions`] order) and the World's status.
#[derive(Debug, Clone, PartialEq)]
pub struct GridColumn<'a> {
    /// The series.
    pub series: &'a Series,
    /// Per MDG region, the share of its countries met or on track.
    pub shares: Vec<ShareOnTrack>,
    /// The World aggregate's status.
    pub world: Status,
}

/// The grid as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid<'a> {
    /// The MDG regions, in `countries.json` order: the rows.
    pub regions: Vec<&'a Group>,
    /// The columns, in the order of the series given.
    pub columns: Vec<GridColumn<'a>>,
    /// The series nothing could be judged on, in the same order.
    pub unjudged: Vec<&'a Series>,
}

/// The grid for `targeted` (each series with its indicator file, or a shared one) as of `as_of`
/// by `method`.
pub fn progress_grid<'a, F: Borrow<IndicatorFile>>(
    countries: &'a Countries,
    targeted: &'a [(Series, F)],
    as_of: u16,
    method: Method,
) -> Grid<'a> {
    let regions: Vec<&Group> = countries
        .groups
        .iter()
        .filter(|g| g.kind == GroupKind::MdgRegion)
        .collect();
    let mut columns = Vec::new();
    let mut unjudged = Vec::new();
    for (series, file) in targeted {
        let file: &IndicatorFile = file.borrow();
        let shares: Vec<ShareOnTrack> = regions
            .iter()
            .map(|g| {
                let assessed: Vec<_> = countries
                    .countries
                    .iter()
                    .filter(|c| c.mdg_region == g.id)
                    .filter_map(|c| file.countries.get(&c.iso3))
                    .map(|v| assess_series(series, v, as_of, method))
                    .collect();
                share_on_track(&assessed)
            })
            .collect();
        let world = file
            .aggregates
            .get(WORLD)
            .map_or(Status::InsufficientData, |v| {
                assess_series(series, v, as_of, method).status
            });
        if shares.iter().all(|s| s.judged == 0) && !world.is_judged() {
            unjudged.push(series);
        } else {
            columns.push(GridColumn {
                series,
                shares,
                world,
            });
        }
    }
    Grid {
        regions,
        columns,
        unjudged,
    }
}

/// The grid's columns (each with its target number, in order) in parts of at most `max`: a slide
/// shows one part per page, in type a room can read. A part ends where a target's columns end,
/// unless one target alone has more than `max` columns.
pub fn column_parts(targets: &[u8], max: usize) -> Vec<Range<usize>> {
    let max = max.max(1);
    let mut parts = Vec::new();
    let mut start = 0;
    while start < targets.len() {
        let limit = (start + max).min(targets.len());
        let cut = if limit == targets.len() {
            limit
        } else {
            (start + 1..=limit)
                .rev()
                .find(|&i| targets.get(i) != targets.get(i - 1))
                .unwrap_or(limit)
        };
        parts.push(start..cut);
        start = cut;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_split_at_targets() {
        let targets = [1, 2, 3, 3, 3, 3, 4, 4, 4, 5, 6];
        assert_eq!(column_parts(&targets, 6), [0..6, 6..11]);
        // Room for every column: one table.
        let whole = column_parts(&targets, 11);
        assert_eq!((whole.len(), whole.first()), (1, Some(&(0..11))));
        assert_eq!(column_parts(&targets, 4), [0..2, 2..6, 6..10, 10..11]);
        // One target wider than a part is cut where the part is full.
        assert_eq!(column_parts(&[3, 3, 3, 3, 3], 2), [0..2, 2..4, 4..5]);
        assert!(column_parts(&[], 6).is_empty());
    }
}
