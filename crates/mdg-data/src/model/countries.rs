//! `countries.json`: countries, aggregates and the groupings they belong to.

use serde::{Deserialize, Serialize};

use crate::Text;

/// Every country and aggregate in the bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Countries {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The countries (World Bank economies), sorted by ISO3.
    pub countries: Vec<Country>,
    /// Aggregates with data (World, World Bank regions and income groups, UN MDG Report regions).
    pub aggregates: Vec<Aggregate>,
    /// Groupings referred to by countries (MDG regions, World Bank regions, income groups).
    pub groups: Vec<Group>,
}

/// One country or territory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (World Bank codes `XKX` Kosovo and `CHI` Channel Islands are not ISO).
    pub iso3: String,
    /// ISO 3166-1 alpha-2 (`None` for Channel Islands).
    pub iso2: Option<String>,
    /// ISO 3166-1 numeric (`None` for Channel Islands; Kosovo's user-assigned 983 is not used).
    pub numeric: Option<u16>,
    /// Short name.
    pub name: Text,
    /// MDG Report region, a [`Group`] id of kind `mdg_region`.
    pub mdg_region: String,
    /// World Bank region, a [`Group`] id of kind `wb_region` (also an aggregate code).
    pub wb_region: String,
    /// World Bank income group, a [`Group`] id of kind `income_group` (also an aggregate code).
    pub income_group: String,
    /// On the UN list of least developed countries (current list, not the MDG-era one).
    pub ldc: bool,
    /// Landlocked developing country (current UN list).
    pub lldc: bool,
    /// Small island developing State (current UN list).
    pub sids: bool,
}

/// A grouping of countries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Id referred to by [`Country`] fields.
    pub id: String,
    /// Which classification it belongs to.
    pub kind: GroupKind,
    /// Display name.
    pub name: Text,
    /// Code of the aggregate holding this group's values, if the sources provide one.
    pub aggregate: Option<String>,
}

/// A classification of countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// UN MDG Report regional grouping.
    MdgRegion,
    /// World Bank region.
    WbRegion,
    /// World Bank income group.
    IncomeGroup,
}

/// An aggregate with values (computed by its source, never by the bundle).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aggregate {
    /// Code, the key in indicator files and the name of the aggregate file, e.g. `WLD`.
    pub code: String,
    /// Display name.
    pub name: Text,
    /// What kind of aggregate.
    pub kind: AggregateKind,
    /// Manifest source id of its values.
    pub source: String,
}

/// What an aggregate stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AggregateKind {
    /// The whole world.
    World,
    /// A World Bank region.
    WbRegion,
    /// A World Bank income group (or low & middle income).
    IncomeGroup,
    /// Another grouping (e.g. least developed countries).
    Other,
}

impl Countries {
    /// The country with the given ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }

    /// The aggregate with the given code.
    pub fn aggregate(&self, code: &str) -> Option<&Aggregate> {
        self.aggregates.iter().find(|a| a.code == code)
    }

    /// The group with the given id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }
}
