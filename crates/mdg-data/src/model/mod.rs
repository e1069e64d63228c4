//! Serde model of every bundled file, one module per file kind.

pub mod countries;
pub mod framework;
pub mod home;
pub mod manifest;
pub mod paper;
pub mod reports;
pub mod strategy;
pub mod values;
pub mod world;

pub use countries::{Aggregate, AggregateKind, Countries, Country, Group, GroupKind};
pub use framework::{
    Direction, Fit, Framework, Framework2008, Goal, Indicator, Indicator2008, IndicatorPart,
    NumericTarget, Series, SeriesCoverage, Target, Target2008, TargetRule,
};
pub use home::{HomeDigest, PillarCard};
pub use manifest::{Manifest, Source};
pub use paper::{Paper, PaperSection, Paragraph, ParagraphPart, PAPER_PARAGRAPHS, PAPER_SOURCE};
pub use reports::{Report, ReportEntries, Reports, Seen, REPORTS_FIRST_YEAR, REPORTS_LAST_YEAR};
pub use strategy::{DatePrecision, DateRef, EventTag, PillarId, Strategy};
pub use values::{EntityFile, IndicatorFile, SeriesValues};
pub use world::{Dot, OtherShape, Shape, WorldMap};
