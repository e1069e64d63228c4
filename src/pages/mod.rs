//! Pages that are not a pillar, the progress views or presenter mode.

pub mod about;
pub mod goals;
pub mod home;
pub mod not_found;
