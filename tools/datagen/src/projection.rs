//! The Equal Earth projection (Šavrič, Patterson & Jenny 2018), as in d3-geo's
//! `geoEqualEarthRaw`, scaled to a fixed-width SVG viewBox.

const A1: f64 = 1.340_264;
const A2: f64 = -0.081_106;
const A3: f64 = 0.000_893;
const A4: f64 = 0.003_796;

fn m() -> f64 {
    3f64.sqrt() / 2.0
}

/// Raw Equal Earth: longitude and latitude in radians → unit-sphere plane coordinates
/// (x east, y north).
pub fn equal_earth_raw(lambda: f64, phi: f64) -> (f64, f64) {
    let l = (m() * phi.sin()).asin();
    let l2 = l * l;
    let l6 = l2 * l2 * l2;
    let x = lambda * l.cos() / (m() * (A1 + 3.0 * A2 * l2 + l6 * (7.0 * A3 + 9.0 * A4 * l2)));
    let y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
    (x, y)
}

/// Equal Earth fitted to a viewBox `0 0 width height` (y down), the whole globe visible.
#[derive(Debug, Clone, Copy)]
pub struct MapProjection {
    scale: f64,
    /// viewBox width.
    pub width: f64,
    /// viewBox height.
    pub height: f64,
}

impl MapProjection {
    /// A projection whose globe is exactly `width` wide.
    pub fn new(width: f64) -> Self {
        let (x_max, _) = equal_earth_raw(std::f64::consts::PI, 0.0);
        let (_, y_max) = equal_earth_raw(0.0, std::f64::consts::FRAC_PI_2);
        let scale = width / (2.0 * x_max);
        // Rounded up to a tenth so the viewBox size is a short, stable number.
        let height = (2.0 * y_max * scale * 10.0).ceil() / 10.0;
        Self {
            scale,
            width,
            height,
        }
    }

    /// Longitude/latitude in degrees → viewBox x, y.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = equal_earth_raw(lon.to_radians(), lat.to_radians());
        (
            self.width / 2.0 + x * self.scale,
            self.height / 2.0 - y * self.scale,
        )
    }

    /// SVG path of the globe's outline (the ±180° meridians), every degree of latitude.
    pub fn outline_points(&self) -> Vec<(f64, f64)> {
        let mut pts: Vec<(f64, f64)> = (-90..=90)
            .map(|lat| self.project(-180.0, f64::from(lat)))
            .collect();
        pts.extend(
            (-90..=90)
                .rev()
                .map(|lat| self.project(180.0, f64::from(lat))),
        );
        pts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-5
    }

    #[test]
    fn raw_known_values() {
        // Origin maps to origin.
        let (x, y) = equal_earth_raw(0.0, 0.0);
        assert!(close(x, 0.0) && close(y, 0.0));
        // Equator at 180°: x = π / (M·A1) = 2.7066299.
        let (x, y) = equal_earth_raw(std::f64::consts::PI, 0.0);
        assert!(close(x, 2.706_629_9), "{x}");
        assert!(close(y, 0.0));
        // Pole: θ = asin(M) = π/3, y = θ(A1 + A2θ² + θ⁶(A3 + A4θ²)) = 1.3173628; x = 0.
        let (x, y) = equal_earth_raw(1.0, std::f64::consts::FRAC_PI_2);
        assert!(close(y, 1.317_362_8), "{y}");
        assert!(x.abs() < 1e-12 || x > 0.0);
        // Symmetric in both axes.
        let (x1, y1) = equal_earth_raw(0.5, 0.7);
        let (x2, y2) = equal_earth_raw(-0.5, -0.7);
        assert!(close(x1, -x2) && close(y1, -y2));
    }

    #[test]
    fn d3_default_scale_value() {
        // d3.geoEqualEarth() uses scale 177.158 and translate [480, 250]:
        // [0, 0] → [480, 250]; [180, 0] → [480 + 177.158·2.7066299, 250] = [959.501, 250].
        let (x, _) = equal_earth_raw(std::f64::consts::PI, 0.0);
        assert!((480.0 + 177.158 * x - 959.501).abs() < 1e-3);
    }

    #[test]
    fn fitted_viewbox() {
        let p = MapProjection::new(1000.0);
        let (x, y) = p.project(0.0, 0.0);
        assert!(close(x, 500.0) && close(y, p.height / 2.0));
        let (x, _) = p.project(180.0, 0.0);
        assert!(close(x, 1000.0));
        let (_, y) = p.project(0.0, 90.0);
        assert!((0.0..0.1).contains(&y));
        assert_eq!(p.height, 486.8);
        // North is up.
        assert!(p.project(0.0, 45.0).1 < p.project(0.0, -45.0).1);
    }
}
