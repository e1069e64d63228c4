//! Country progress views: countries index, country profile, indicator explorer, world map and
//! progress grid. State lives in the URL ([`state`]); pure maths in `data::progress`/`data::viz`.

pub mod countries;
pub mod explore;
pub mod fit;
pub mod grid;
pub mod indicator;
pub mod map;
pub mod methodology;
pub mod profile;
pub mod reports;
pub mod settled;
pub mod share;
pub mod state;
pub mod unknown;
pub mod working;
