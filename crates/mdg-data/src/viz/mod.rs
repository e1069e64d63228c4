//! Pure helpers for the progress views' charts, maps and tables: scales and ticks, SVG path
//! data, colour bins, the share of indicators on track, number and CSV formatting.
//!
//! No DOM: the app's SVG components only draw what these functions compute, and every function
//! here is tested natively.

mod bars;
mod bins;
mod colour;
mod csv;
mod grid;
mod label;
mod layout;
mod map;
mod nearest;
mod scale;
mod share;

pub use bars::BarScale;
pub use bins::{quantile_bins, BinSpan, Bins};
pub use colour::{ColourScale, End, LegendStep, PALETTE_STEPS};
pub use csv::{format_number, format_rate, format_value, to_csv};
pub use grid::{column_parts, progress_grid, Grid, GridColumn, WORLD};
pub use label::{place_labels, segments, LabelSpec, Placed, Rect, Segment, POINT_RADIUS};
pub use layout::{ChartLayout, ChartRows, SMALL_CHAR, TEXT_LINE, TITLE_LINE, WIDE};
pub use map::{steps_in_year, ViewBox, MAP_MARGIN};
pub use nearest::{nearest_point, step_point};
pub use scale::{line_path, nice_ticks, split_as_of, LinearScale};
pub use share::{share_on_track, ShareOnTrack};
