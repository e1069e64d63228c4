//! The four pillars of the MDG Core Strategy, one module each.

pub mod campaign;
pub mod country_level;
pub mod monitoring;
pub mod project;
