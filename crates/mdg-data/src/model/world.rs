//! `world.json`: the world map, simplified and pre-projected (Equal Earth) to SVG paths.

use serde::{Deserialize, Serialize};

/// The world map. Coordinates are SVG user units in a `0 0 width height` viewBox, y down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorldMap {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Projection name ("Equal Earth").
    pub projection: String,
    /// Manifest source id of the boundaries.
    pub source: String,
    /// viewBox width.
    pub width: f64,
    /// viewBox height.
    pub height: f64,
    /// SVG path of the outline of the globe (for the ocean background).
    pub outline: String,
    /// Countries drawn as shapes, sorted by ISO3.
    pub shapes: Vec<Shape>,
    /// Countries too small to draw, as dots at their centroid, sorted by ISO3.
    pub dots: Vec<Dot>,
    /// Land that is not a country of the bundle (no data), drawn in neutral grey.
    pub other: Vec<OtherShape>,
}

/// A country's shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    /// ISO3 of a country in `countries.json`.
    pub iso3: String,
    /// SVG path data.
    pub d: String,
    /// Label anchor (centroid of the largest polygon), x.
    pub x: f64,
    /// Label anchor, y.
    pub y: f64,
}

/// A small country as a dot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dot {
    /// ISO3 of a country in `countries.json`.
    pub iso3: String,
    /// Centroid x.
    pub x: f64,
    /// Centroid y.
    pub y: f64,
}

/// Land without data (e.g. Western Sahara, Taiwan, Falkland Islands), named as in Natural Earth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OtherShape {
    /// Natural Earth name.
    pub name: String,
    /// SVG path data.
    pub d: String,
}
