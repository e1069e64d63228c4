//! Decoding `TopoJSON` (quantized, delta-encoded arcs with a transform) into rings.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::simplify::Pt;

/// A `TopoJSON` topology (only what the converter needs).
#[derive(Debug, Deserialize)]
pub struct Topology {
    /// Quantization transform (required: world-atlas files are quantized).
    pub transform: Option<Transform>,
    /// Delta-encoded integer arcs.
    pub arcs: Vec<Vec<[i64; 2]>>,
    /// Named geometry collections.
    pub objects: BTreeMap<String, Collection>,
}

/// `transform` of a quantized topology.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Transform {
    /// x and y scale.
    pub scale: [f64; 2],
    /// x and y translate.
    pub translate: [f64; 2],
}

/// A `GeometryCollection` object.
#[derive(Debug, Deserialize)]
pub struct Collection {
    /// Its geometries.
    pub geometries: Vec<Geometry>,
}

/// One geometry: `Polygon` (arcs: rings of arc indices), `MultiPolygon` (polygons of rings)
/// or a type without area (ignored).
#[derive(Debug, Deserialize)]
pub struct Geometry {
    /// `GeoJSON` type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Feature id (world-atlas: ISO 3166-1 numeric as a zero-padded string).
    #[serde(default)]
    pub id: Option<String>,
    /// Feature properties.
    #[serde(default)]
    pub properties: Properties,
    /// Arc references, shape depending on `kind`.
    #[serde(default)]
    pub arcs: serde_json::Value,
}

/// Feature properties.
#[derive(Debug, Default, Deserialize)]
pub struct Properties {
    /// Natural Earth short name.
    #[serde(default)]
    pub name: Option<String>,
}

/// Decodes every arc to absolute coordinates: positions are cumulative deltas, then
/// `x · scale + translate`.
pub fn decode_arcs(arcs: &[Vec<[i64; 2]>], t: Transform) -> Vec<Vec<Pt>> {
    arcs.iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (
                        x as f64 * t.scale[0] + t.translate[0],
                        y as f64 * t.scale[1] + t.translate[1],
                    )
                })
                .collect()
        })
        .collect()
}

/// The polygons of a geometry as lists of rings of arc indices; empty for types without area.
pub fn polygons(g: &Geometry) -> Result<Vec<Vec<Vec<i64>>>, String> {
    let parse = |v: &serde_json::Value| -> Result<Vec<Vec<i64>>, String> {
        serde_json::from_value(v.clone()).map_err(|e| format!("bad polygon arcs: {e}"))
    };
    match g.kind.as_str() {
        "Polygon" => Ok(vec![parse(&g.arcs)?]),
        "MultiPolygon" => match &g.arcs {
            serde_json::Value::Array(polys) => polys.iter().map(parse).collect(),
            other => Err(format!("bad MultiPolygon arcs: {other}")),
        },
        _ => Ok(Vec::new()),
    }
}

/// Joins arcs into a ring: index `i` is arc `i`, a negative index `!i` (= -i-1) is arc `i`
/// reversed; the shared point where two arcs meet is kept once. The ring is open (its first
/// point is not repeated).
pub fn ring(arcs: &[Vec<Pt>], refs: &[i64]) -> Result<Vec<Pt>, String> {
    let mut out: Vec<Pt> = Vec::new();
    for &r in refs {
        let idx = if r >= 0 { r } else { !r };
        let arc = usize::try_from(idx)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or_else(|| format!("arc index {r} out of range"))?;
        let pts: Vec<Pt> = if r >= 0 {
            arc.clone()
        } else {
            arc.iter().rev().copied().collect()
        };
        let skip = usize::from(!out.is_empty());
        out.extend(pts.into_iter().skip(skip));
    }
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_delta_encoded_quantized_arcs() {
        let t = Transform {
            scale: [0.5, 2.0],
            translate: [-10.0, 5.0],
        };
        let arcs = vec![vec![[2, 1], [3, 0], [-1, 4]]];
        assert_eq!(
            decode_arcs(&arcs, t),
            vec![vec![(-9.0, 7.0), (-7.5, 7.0), (-8.0, 15.0)]]
        );
    }

    #[test]
    fn rings_join_and_reverse_arcs() {
        // A square from two arcs: arc 0 goes (0,0)→(1,0)→(1,1); arc 1 goes (0,0)→(0,1)→(1,1).
        let arcs = vec![
            vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)],
            vec![(0.0, 0.0), (0.0, 1.0), (1.0, 1.0)],
        ];
        // Ring: arc 0 then arc 1 reversed (~1 = -2).
        let r = ring(&arcs, &[0, -2]).unwrap();
        assert_eq!(r, vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        assert!(ring(&arcs, &[5]).is_err());
    }

    #[test]
    fn parses_polygon_and_multipolygon() {
        let g: Geometry = serde_json::from_str(
            r#"{"type":"MultiPolygon","id":"024","properties":{"name":"Angola"},"arcs":[[[0,1]],[[-3]]]}"#,
        )
        .unwrap();
        assert_eq!(
            polygons(&g).unwrap(),
            vec![vec![vec![0, 1]], vec![vec![-3]]]
        );
        assert_eq!(g.properties.name.as_deref(), Some("Angola"));
        let p: Geometry = serde_json::from_str(r#"{"type":"Polygon","arcs":[[0],[1]]}"#).unwrap();
        assert_eq!(polygons(&p).unwrap(), vec![vec![vec![0], vec![1]]]);
    }
}
