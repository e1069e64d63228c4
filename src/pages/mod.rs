//! Pages that are not a pillar, the progress views or presenter mode.

pub mod about;
pub mod checklist;
pub mod decent_work;
pub mod financing;
pub mod financing_chart;
pub mod glossary;
pub mod goal;
pub mod goals;
pub mod home;
pub mod not_found;
pub mod source;
pub mod timeline;
