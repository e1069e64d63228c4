//! SVG charts driven by signals: geometry comes from the pure `data::viz` helpers, the
//! components only draw (so they print, export and read with a screen reader).

mod chart_readout;
pub mod choropleth;
pub mod line_chart;
pub mod sparkline;
