//! Pages that are not a pillar, the progress views or presenter mode.

pub mod about;
pub mod financing;
pub mod glossary;
pub mod goal;
pub mod goals;
pub mod home;
pub mod not_found;
pub mod timeline;
