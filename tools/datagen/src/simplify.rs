//! Line simplification (Douglas-Peucker) and planar polygon measures.

/// A point in the plane.
pub type Pt = (f64, f64);

fn dist_to_segment(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0);
    let (qx, qy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - qx).powi(2) + (p.1 - qy).powi(2)).sqrt()
}

/// Douglas-Peucker: keeps the first and last points and every point farther than `tolerance`
/// from the simplified line. Iterative, so long lines cannot overflow the stack.
pub fn douglas_peucker(points: &[Pt], tolerance: f64) -> Vec<Pt> {
    douglas_peucker_keep(points, tolerance)
        .into_iter()
        .zip(points)
        .filter(|(k, _)| *k)
        .map(|(_, p)| *p)
        .collect()
}

/// Douglas-Peucker as a mask: which points to keep.
pub fn douglas_peucker_keep(points: &[Pt], tolerance: f64) -> Vec<bool> {
    if points.len() < 3 {
        return vec![true; points.len()];
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut max_d = 0.0;
        let mut index = first;
        for i in first + 1..last {
            let d = dist_to_segment(points[i], points[first], points[last]);
            if d > max_d {
                max_d = d;
                index = i;
            }
        }
        if max_d > tolerance {
            keep[index] = true;
            stack.push((first, index));
            stack.push((index, last));
        }
    }
    keep
}

/// Signed area of a ring (shoelace; the ring need not repeat its first point).
pub fn ring_area(ring: &[Pt]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        / 2.0
}

/// Area centroid of a ring; the mean of its points when the area is (nearly) zero.
pub fn ring_centroid(ring: &[Pt]) -> Pt {
    let n = ring.len();
    let a = ring_area(ring);
    if a.abs() < 1e-9 || n < 3 {
        let k = n.max(1) as f64;
        let (sx, sy) = ring.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
        return (sx / k, sy / k);
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (p, q) = (ring[i], ring[(i + 1) % n]);
        let f = p.0 * q.1 - q.0 * p.1;
        cx += (p.0 + q.0) * f;
        cy += (p.1 + q.1) * f;
    }
    (cx / (6.0 * a), cy / (6.0 * a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_line_collapses_to_endpoints() {
        let line: Vec<Pt> = (0..10)
            .map(|i| (f64::from(i), 2.0 * f64::from(i)))
            .collect();
        assert_eq!(douglas_peucker(&line, 0.1), vec![(0.0, 0.0), (9.0, 18.0)]);
    }

    #[test]
    fn keeps_points_beyond_tolerance() {
        let line = vec![(0.0, 0.0), (1.0, 1.45), (2.0, 3.0), (3.0, 0.0), (4.0, 0.0)];
        assert_eq!(
            douglas_peucker(&line, 0.5),
            vec![(0.0, 0.0), (2.0, 3.0), (3.0, 0.0), (4.0, 0.0)]
        );
        assert_eq!(douglas_peucker(&line, 5.0), vec![(0.0, 0.0), (4.0, 0.0)]);
    }

    #[test]
    fn closed_ring_keeps_its_shape() {
        let ring = vec![(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];
        assert_eq!(douglas_peucker(&ring, 0.5).len(), 5);
    }

    #[test]
    fn area_and_centroid() {
        let square = vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        assert_eq!(ring_area(&square), 4.0);
        assert_eq!(ring_centroid(&square), (1.0, 1.0));
        let reversed: Vec<Pt> = square.iter().rev().copied().collect();
        assert_eq!(ring_area(&reversed), -4.0);
        assert_eq!(ring_centroid(&reversed), (1.0, 1.0));
    }
}
