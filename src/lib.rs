//! MDG Core Strategy Explorer: a Leptos (client-side rendered) single-page app that explains the UN
//! Millennium Development Goals' Core Strategy (2002–2005) and shows each country's MDG progress.
//!
//! `main.rs` only mounts [`app::App`]; the shell and router live in [`app`], the loader in [`store`],
//! and the pure data model (no DOM, natively tested) in the `mdg-data` crate, re-exported as [`data`].

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use mdg_data as data;

pub mod app;
pub mod pages;
pub mod pillars;
pub mod present;
pub mod progress;
pub mod routes;
pub mod store;
pub mod ui;
