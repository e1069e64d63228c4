//! Which drawn point a pointer or a key lands on, for a chart's value readout.

/// The index of the point nearest `(x, y)` within `reach` (screen units), if any. Distance
/// across counts double, so a pointer between two lines picks the year under it first.
pub fn nearest_point(points: &[(f64, f64)], x: f64, y: f64, reach: f64) -> Option<usize> {
    points
        .iter()
        .enumerate()
        .map(|(i, p)| (i, (2.0 * (p.0 - x)).hypot(p.1 - y)))
        .filter(|&(_, d)| d <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The point a key moves to from `at` among points given as (line, year): ←/→ the previous or
/// next year of the same line, ↑/↓ the line above or below in the list at the nearest year,
/// Home/End the line's first or last year. `None` for other keys or when there is nowhere to go.
pub fn step_point(points: &[(usize, u16)], at: usize, key: &str) -> Option<usize> {
    let (line, year) = *points.get(at)?;
    let same_line = || points.iter().enumerate().filter(move |(_, p)| p.0 == line);
    let nearest_in = |l: usize| {
        points
            .iter()
            .enumerate()
            .filter(|(_, p)| p.0 == l)
            .min_by_key(|(_, p)| p.1.abs_diff(year))
            .map(|(i, _)| i)
    };
    let lines: Vec<usize> = {
        let mut v: Vec<usize> = points.iter().map(|p| p.0).collect();
        v.dedup();
        v
    };
    let pos = lines.iter().position(|&l| l == line)?;
    match key {
        "ArrowRight" => same_line()
            .filter(|(_, p)| p.1 > year)
            .min_by_key(|(_, p)| p.1),
        "ArrowLeft" => same_line()
            .filter(|(_, p)| p.1 < year)
            .max_by_key(|(_, p)| p.1),
        "Home" => same_line().min_by_key(|(_, p)| p.1),
        "End" => same_line().max_by_key(|(_, p)| p.1),
        "ArrowDown" => return lines.get(pos + 1).and_then(|&l| nearest_in(l)),
        "ArrowUp" => {
            return pos
                .checked_sub(1)
                .and_then(|p| lines.get(p))
                .and_then(|&l| nearest_in(l))
        }
        _ => None,
    }
    .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_point_in_reach() {
        let pts = [(10.0, 10.0), (20.0, 50.0), (30.0, 10.0)];
        assert_eq!(nearest_point(&pts, 21.0, 40.0, 30.0), Some(1));
        assert_eq!(nearest_point(&pts, 28.0, 12.0, 30.0), Some(2));
        assert_eq!(nearest_point(&pts, 200.0, 200.0, 30.0), None);
        assert_eq!(nearest_point(&[], 0.0, 0.0, 30.0), None);
    }

    #[test]
    fn keys_move_along_a_line_and_across_lines() {
        // Line 0: 1990, 1995, 2000; line 1: 1991, 2000.
        let pts = [(0, 1990), (0, 1995), (0, 2000), (1, 1991), (1, 2000)];
        assert_eq!(step_point(&pts, 0, "ArrowRight"), Some(1));
        assert_eq!(step_point(&pts, 2, "ArrowRight"), None);
        assert_eq!(step_point(&pts, 1, "ArrowLeft"), Some(0));
        assert_eq!(step_point(&pts, 1, "End"), Some(2));
        assert_eq!(step_point(&pts, 2, "Home"), Some(0));
        assert_eq!(step_point(&pts, 0, "ArrowDown"), Some(3));
        assert_eq!(step_point(&pts, 2, "ArrowDown"), Some(4));
        assert_eq!(step_point(&pts, 4, "ArrowUp"), Some(2));
        assert_eq!(step_point(&pts, 0, "ArrowUp"), None);
        assert_eq!(step_point(&pts, 0, "x"), None);
        assert_eq!(step_point(&pts, 9, "ArrowRight"), None);
    }
}
