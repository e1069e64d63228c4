//! `world.json`: Natural Earth 1:110m shapes (world-atlas) projected to Equal Earth,
//! simplified arc by arc (shared borders stay shared), as SVG paths with one decimal; countries
//! missing at 1:110m become dots at their 1:50m centroid (or Gapminder's coordinates).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use mdg_data::{Dot, OtherShape, Shape, WorldMap, SCHEMA_VERSION};

use crate::error::{GenError, Result};
use crate::format::{round_coord, tenths, to_tenths};
use crate::projection::MapProjection;
use crate::simplify::{douglas_peucker, douglas_peucker_keep, ring_area, ring_centroid, Pt};
use crate::topojson::{decode_arcs, polygons, ring, Geometry, Topology};

/// viewBox width.
pub const WIDTH: f64 = 1000.0;
/// Douglas-Peucker tolerance in viewBox units.
pub const TOLERANCE: f64 = 0.45;
/// Rings smaller than this (viewBox units²) are dropped, except a country's largest ring.
pub const MIN_RING_AREA: f64 = 0.6;
/// Countries whose largest ring is smaller than this (viewBox units²) are drawn as dots.
pub const TINY_AREA: f64 = 2.0;
/// Features joined by name because they have no id.
pub const NAME_JOINS: &[(&str, &str)] = &[("Kosovo", "XKX")];
/// Features left out of the map (Antarctica).
pub const DROPPED_IDS: &[&str] = &["010"];
/// Bundle countries made of several 1:50m features: Channel Islands = Guernsey + Jersey.
pub const COMPOSITES: &[(&str, &[&str])] = &[("CHI", &["831", "832"])];

fn read_topology(path: &Path) -> Result<(Topology, Vec<Vec<Pt>>)> {
    let text = std::fs::read_to_string(path).map_err(|e| GenError::io(path, &e))?;
    let topo: Topology = serde_json::from_str(&text).map_err(|e| GenError::json(path, &e))?;
    let t = topo
        .transform
        .ok_or_else(|| GenError::file(path, "not a quantized topology (no transform)"))?;
    let arcs = decode_arcs(&topo.arcs, t);
    Ok((topo, arcs))
}

fn countries_object<'a>(path: &Path, topo: &'a Topology) -> Result<&'a [Geometry]> {
    topo.objects
        .get("countries")
        .map(|c| c.geometries.as_slice())
        .ok_or_else(|| GenError::file(path, "no \"countries\" object"))
}

/// Rings of a geometry, in projected coordinates (arcs already projected).
fn geometry_rings(path: &Path, g: &Geometry, arcs: &[Vec<Pt>]) -> Result<Vec<Vec<Pt>>> {
    let label =
        g.id.clone()
            .or_else(|| g.properties.name.clone())
            .unwrap_or_default();
    let polys = polygons(g).map_err(|e| GenError::file(path, format!("feature {label}: {e}")))?;
    let mut rings = Vec::new();
    for poly in polys {
        for refs in poly {
            rings.push(
                ring(arcs, &refs)
                    .map_err(|e| GenError::file(path, format!("feature {label}: {e}")))?,
            );
        }
    }
    Ok(rings)
}

/// Whether the segment a→b (longitude, latitude) crosses the antimeridian.
fn crosses(a: Pt, b: Pt) -> bool {
    (a.0 - b.0).abs() > 180.0
}

/// Keeps the part of a ring with `min <= lon <= max` (Sutherland-Hodgman against two
/// meridians; points on the cut are interpolated linearly in latitude).
fn clip_lon(ring: &[Pt], min: f64, max: f64) -> Vec<Pt> {
    let clip = |input: Vec<Pt>, inside: &dyn Fn(Pt) -> bool, edge: f64| -> Vec<Pt> {
        let n = input.len();
        let mut out = Vec::new();
        for i in 0..n {
            let (cur, prev) = (input[i], input[(i + n - 1) % n]);
            let cut = |a: Pt, b: Pt| (edge, a.1 + (b.1 - a.1) * (edge - a.0) / (b.0 - a.0));
            match (inside(prev), inside(cur)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cut(prev, cur)),
                (false, true) => {
                    out.push(cut(prev, cur));
                    out.push(cur);
                }
                (false, false) => {}
            }
        }
        out
    };
    let left = clip(ring.to_vec(), &|p: Pt| p.0 >= min, min);
    if left.is_empty() {
        return left;
    }
    clip(left, &|p: Pt| p.0 <= max, max)
}

/// Splits a (longitude, latitude) ring that crosses the antimeridian into rings that do not:
/// the ring is unwrapped to continuous longitudes, clipped to each 360° window and shifted
/// back. Rings that do not cross come back unchanged.
pub fn cut_antimeridian(ring: &[Pt]) -> std::result::Result<Vec<Vec<Pt>>, String> {
    let n = ring.len();
    if n < 3 || !(0..n).any(|i| crosses(ring[i], ring[(i + 1) % n])) {
        return Ok(vec![ring.to_vec()]);
    }
    let mut unwrapped = Vec::with_capacity(n);
    let mut shift = 0.0;
    for (i, &(lon, lat)) in ring.iter().enumerate() {
        if i > 0 {
            let prev: f64 = ring[i - 1].0;
            if lon - prev > 180.0 {
                shift -= 360.0;
            } else if prev - lon > 180.0 {
                shift += 360.0;
            }
        }
        unwrapped.push((lon + shift, lat));
    }
    if let (Some(first), Some(last)) = (unwrapped.first(), unwrapped.last()) {
        if (first.0 - last.0).abs() > 180.0 {
            return Err("ring encircles a pole".to_string());
        }
    }
    let mut pieces = Vec::new();
    for k in [-1.0, 0.0, 1.0] {
        let offset = 360.0 * k;
        let piece = clip_lon(&unwrapped, -180.0 + offset, 180.0 + offset);
        if piece.len() >= 3 {
            pieces.push(
                piece
                    .into_iter()
                    .map(|(lon, lat)| ((lon - offset).clamp(-180.0, 180.0), lat))
                    .collect(),
            );
        }
    }
    Ok(pieces)
}

/// Simplifies arcs (longitude, latitude) with Douglas-Peucker in projected space; arcs that
/// cross the antimeridian are kept whole (their projection is not continuous).
fn simplify_arcs(arcs: &[Vec<Pt>], proj: &MapProjection, tolerance: f64) -> Vec<Vec<Pt>> {
    arcs.iter()
        .map(|arc| {
            if tolerance <= 0.0 || arc.windows(2).any(|w| crosses(w[0], w[1])) {
                return arc.clone();
            }
            let projected: Vec<Pt> = arc
                .iter()
                .map(|&(lon, lat)| proj.project(lon, lat))
                .collect();
            douglas_peucker_keep(&projected, tolerance)
                .into_iter()
                .zip(arc)
                .filter(|(k, _)| *k)
                .map(|(_, p)| *p)
                .collect()
        })
        .collect()
}

/// Rings of a geometry cut at the antimeridian and projected.
fn projected_rings(
    path: &Path,
    g: &Geometry,
    arcs: &[Vec<Pt>],
    proj: &MapProjection,
) -> Result<Vec<Vec<Pt>>> {
    let mut out = Vec::new();
    for r in geometry_rings(path, g, arcs)? {
        let label =
            g.id.clone()
                .or_else(|| g.properties.name.clone())
                .unwrap_or_default();
        for piece in cut_antimeridian(&r)
            .map_err(|e| GenError::file(path, format!("feature {label}: {e}")))?
        {
            out.push(
                piece
                    .into_iter()
                    .map(|(lon, lat)| proj.project(lon, lat))
                    .collect(),
            );
        }
    }
    Ok(out)
}

/// Rounds a ring to tenths, drops repeated points; `None` when fewer than 3 points remain.
fn quantize(ring: &[Pt]) -> Option<Vec<(i64, i64)>> {
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let p = (to_tenths(x), to_tenths(y));
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    (out.len() >= 3).then_some(out)
}

fn push_pair(out: &mut String, a: i64, b: i64, separate: bool) {
    let (sa, sb) = (tenths(a), tenths(b));
    if separate && !sa.starts_with('-') {
        out.push(' ');
    }
    out.push_str(&sa);
    if !sb.starts_with('-') {
        out.push(',');
    }
    out.push_str(&sb);
}

/// SVG path data for rings of tenths: absolute `M` per ring, then relative `l` moves (exact,
/// since deltas of rounded points are whole tenths), closed with `z`.
pub fn path_data(rings: &[Vec<(i64, i64)>]) -> String {
    let mut d = String::new();
    for r in rings {
        let Some(&(x0, y0)) = r.first() else { continue };
        d.push('M');
        push_pair(&mut d, x0, y0, false);
        d.push('l');
        let mut prev = (x0, y0);
        for (i, &(x, y)) in r.iter().enumerate().skip(1) {
            push_pair(&mut d, x - prev.0, y - prev.1, i > 1);
            prev = (x, y);
        }
        d.push('z');
    }
    d
}

fn to_pts(r: &[(i64, i64)]) -> Vec<Pt> {
    r.iter()
        .map(|&(x, y)| (x as f64 / 10.0, y as f64 / 10.0))
        .collect()
}

/// A ring in tenths of a viewBox unit.
type TenthsRing = Vec<(i64, i64)>;

/// Keeps the rings worth drawing (largest always kept) and returns them with the centroid and
/// area of the largest.
fn drawable(rings: &[Vec<Pt>]) -> Option<(Vec<TenthsRing>, Pt, f64)> {
    let q: Vec<Vec<(i64, i64)>> = rings.iter().filter_map(|r| quantize(r)).collect();
    let areas: Vec<f64> = q.iter().map(|r| ring_area(&to_pts(r)).abs()).collect();
    let largest = areas
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)?;
    let centroid = ring_centroid(&to_pts(&q[largest]));
    let largest_area = areas[largest];
    let kept = q
        .into_iter()
        .zip(areas)
        .enumerate()
        .filter(|(i, (_, a))| *i == largest || *a >= MIN_RING_AREA)
        .map(|(_, (r, _))| r)
        .collect();
    Some((kept, centroid, largest_area))
}

/// Builds the map. `countries`: bundle codes; `by_numeric`: ISO numeric → code;
/// `lat_lon`: fallback coordinates for dots.
pub fn build(
    geo_dir: &Path,
    countries: &BTreeSet<String>,
    by_numeric: &BTreeMap<u16, String>,
    lat_lon: &BTreeMap<String, (f64, f64)>,
) -> Result<WorldMap> {
    let proj = MapProjection::new(WIDTH);
    let code_of = |path: &Path, g: &Geometry| -> Result<Option<String>> {
        match &g.id {
            Some(id) => {
                let n: u16 = id.parse().map_err(|_| {
                    GenError::file(path, format!("feature id {id:?} is not numeric"))
                })?;
                Ok(by_numeric.get(&n).cloned())
            }
            None => Ok(g
                .properties
                .name
                .as_deref()
                .and_then(|name| NAME_JOINS.iter().find(|(n, _)| *n == name))
                .map(|(_, c)| (*c).to_string())),
        }
    };

    // 1:110m shapes, arcs simplified once so neighbours share the same simplified border.
    let p110 = geo_dir.join("world-atlas/countries-110m.json");
    let (topo, arcs) = read_topology(&p110)?;
    let arcs = simplify_arcs(&arcs, &proj, TOLERANCE);
    let mut shapes = Vec::new();
    let mut other = Vec::new();
    let mut dots = Vec::new();
    let mut seen = BTreeSet::new();
    for g in countries_object(&p110, &topo)? {
        if g.id.as_deref().is_some_and(|id| DROPPED_IDS.contains(&id)) {
            continue;
        }
        let rings = projected_rings(&p110, g, &arcs, &proj)?;
        let Some((kept, (cx, cy), area)) = drawable(&rings) else {
            continue;
        };
        let d = path_data(&kept);
        if let Some(iso3) = code_of(&p110, g)?.filter(|c| countries.contains(c)) {
            if !seen.insert(iso3.clone()) {
                return Err(GenError::file(&p110, format!("two features for {iso3}")));
            }
            if area < TINY_AREA {
                dots.push(Dot {
                    iso3,
                    x: round_coord(cx),
                    y: round_coord(cy),
                });
            } else {
                shapes.push(Shape {
                    iso3,
                    d,
                    x: round_coord(cx),
                    y: round_coord(cy),
                });
            }
        } else {
            let name = g
                .properties
                .name
                .clone()
                .unwrap_or_else(|| g.id.clone().unwrap_or_default());
            other.push(OtherShape { name, d });
        }
    }

    // Dots for the rest: 1:50m centroid of the largest ring (area-weighted over composites).
    let missing: Vec<&String> = countries.iter().filter(|c| !seen.contains(*c)).collect();
    let p50 = geo_dir.join("world-atlas/countries-50m.json");
    let (topo50, arcs50) = read_topology(&p50)?;
    let mut centroids: BTreeMap<String, Vec<(Pt, f64)>> = BTreeMap::new();
    for g in countries_object(&p50, &topo50)? {
        let part_of =
            g.id.as_deref()
                .and_then(|id| COMPOSITES.iter().find(|(_, ids)| ids.contains(&id)));
        let code = match part_of {
            Some((c, _)) => Some((*c).to_string()),
            None => code_of(&p50, g)?,
        };
        let Some(code) = code.filter(|c| missing.contains(&c)) else {
            continue;
        };
        let rings = projected_rings(&p50, g, &arcs50, &proj)?;
        if let Some(r) = rings
            .iter()
            .max_by(|a, b| ring_area(a).abs().total_cmp(&ring_area(b).abs()))
        {
            centroids
                .entry(code)
                .or_default()
                .push((ring_centroid(r), ring_area(r).abs()));
        }
    }
    let mut unplaced = Vec::new();
    for code in missing {
        let point = if let Some(parts) = centroids.get(code) {
            let w: f64 = parts.iter().map(|(_, a)| a).sum();
            if w > 0.0 {
                parts.iter().fold((0.0, 0.0), |(x, y), ((px, py), a)| {
                    (x + px * a / w, y + py * a / w)
                })
            } else {
                parts[0].0
            }
        } else if let Some(&(lat, lon)) = lat_lon.get(code) {
            proj.project(lon, lat)
        } else {
            unplaced.push(code.clone());
            continue;
        };
        dots.push(Dot {
            iso3: code.clone(),
            x: round_coord(point.0),
            y: round_coord(point.1),
        });
    }
    if !unplaced.is_empty() {
        return Err(GenError::file(
            &p50,
            format!("no shape, 1:50m feature or coordinates for {unplaced:?}"),
        ));
    }
    shapes.sort_by(|a, b| a.iso3.cmp(&b.iso3));
    dots.sort_by(|a, b| a.iso3.cmp(&b.iso3));
    other.sort_by(|a, b| a.name.cmp(&b.name));
    let outline = quantize(&douglas_peucker(&proj.outline_points(), TOLERANCE))
        .map(|r| path_data(&[r]))
        .unwrap_or_default();
    Ok(WorldMap {
        schema_version: SCHEMA_VERSION,
        projection: "Equal Earth".to_string(),
        source: "world_atlas".to_string(),
        width: proj.width,
        height: proj.height,
        outline,
        shapes,
        dots,
        other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn antimeridian_rings_are_cut() {
        // A box from 170°E to 170°W (crossing 180°).
        let ring = vec![(170.0, 10.0), (-170.0, 10.0), (-170.0, 20.0), (170.0, 20.0)];
        let pieces = cut_antimeridian(&ring).unwrap();
        assert_eq!(pieces.len(), 2);
        for p in &pieces {
            let (min, max) = p
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), q| (a.min(q.0), b.max(q.0)));
            assert!(max - min <= 10.0 + 1e-9, "{p:?}");
            assert!(p.iter().all(|q| (10.0..=20.0).contains(&q.1)));
        }
        let east: f64 = pieces.iter().map(|p| ring_area(p).abs()).sum();
        assert!((east - 200.0).abs() < 1e-9);
        // A ring that does not cross is unchanged.
        let plain = vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)];
        assert_eq!(cut_antimeridian(&plain).unwrap(), vec![plain]);
    }

    #[test]
    fn path_data_is_compact_and_relative() {
        let rings = vec![
            vec![(100, 200), (110, 195), (105, 180)],
            vec![(0, 0), (-5, 10), (3, 3)],
        ];
        assert_eq!(path_data(&rings), "M10,20l1-.5-.5-1.5zM0,0l-.5,1 .8-.7z");
    }

    #[test]
    fn quantize_drops_repeats_and_degenerate_rings() {
        assert_eq!(
            quantize(&[(0.0, 0.0), (0.01, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]),
            Some(vec![(0, 0), (10, 0), (10, 10)])
        );
        assert_eq!(quantize(&[(0.0, 0.0), (0.01, 0.0), (0.0, 0.02)]), None);
    }

    #[test]
    fn drawable_keeps_largest_ring_and_drops_specks() {
        let big = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let speck = vec![(20.0, 20.0), (20.5, 20.0), (20.5, 20.5)];
        let (kept, c, _) = drawable(&[speck.clone(), big]).unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!(c, (5.0, 5.0));
        // A country that is only a speck keeps it.
        assert_eq!(drawable(&[speck]).unwrap().0.len(), 1);
    }
}
