//! Pure data model of the MDG Explorer's bundled files (`public/data`).
//!
//! Shared by the app (which downloads and parses the files) and by the native converter
//! `tools/datagen` (which writes them). No DOM, no Leptos: everything here is plain Rust and
//! unit-tested natively.
//!
//! - [`model`]: one serde type per bundled file ([`Manifest`], [`Framework`], [`Countries`],
//!   [`EntityFile`], [`IndicatorFile`], [`WorldMap`], [`Reports`]).
//! - [`parse`]: checks `schema_version`, then deserialises with a precise [`DataError`].
//! - [`data_path`]: the relative URL of every file, so callers never build paths by hand.
//! - [`validate`]: cross-file consistency checks used by the tests and by the converter.
//! - [`check`]: each file's own rules, checked by the app on load ([`parse_checked`]).
//!
//! The app reads files it does not control (a host may serve a replaced or damaged one), so no
//! code here indexes a slice with a value that data can push out of bounds: `get` and iterators
//! only, enforced below (tests may index what they built).
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

pub mod availability;
pub mod check;
pub mod deck;
pub mod deck_library;
pub mod error;
pub mod literal;
pub mod model;
pub mod offline;
pub mod parse;
pub mod paths;
pub mod progress;
pub mod reporting;
pub mod route;
pub mod slide_pages;
pub mod terms;
pub mod text;
pub mod validate;
pub mod validate_strategy;
pub mod viz;

pub use availability::Availability;
pub use check::{parse_checked, Check};
pub use error::DataError;
pub use model::*;
pub use parse::parse;
pub use paths::{data_path, DataFile};
pub use text::{figure_number, fold, french_spacing_fault, wrap_words, Text};

/// Version of the bundled file format. Every file carries it as a top-level `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// First year of the MDG monitoring period covered by the bundled series (the 1990 baseline).
pub const FIRST_YEAR: u16 = 1990;

/// Last year of the MDG monitoring period covered by the bundled series (the 2015 deadline).
pub const LAST_YEAR: u16 = 2015;
