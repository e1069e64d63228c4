//! Country progress views.

pub mod countries;
