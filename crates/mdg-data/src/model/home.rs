//! `home.json`: what the home page shows of the Core Strategy — the four pillars with the labels
//! of what they connect to, the headline figures and the sources those figures cite.
//!
//! Derived from `strategy.json` by the converter ([`Strategy::home_digest`]), so that the first
//! view does not download the whole strategy (timeline, country-level process, glossary,
//! task forces...), which only the other Core Strategy pages read.

use serde::{Deserialize, Serialize};

use crate::model::strategy::{Figure, PillarId, Strategy, StrategySource};
use crate::{Text, SCHEMA_VERSION};

/// The financing figure the home page shows beside the key figures: the gap.
pub const HOME_FINANCING_FIGURE: &str = "gap";

/// The home page's digest of the strategy file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HomeDigest {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The four pillars, in their official order.
    pub pillars: Vec<PillarCard>,
    /// The key figures, then the financing gap, in the order shown.
    pub figures: Vec<Figure>,
    /// The sources the figures cite, and only those.
    pub sources: Vec<StrategySource>,
}

/// A pillar as the home page's diagram shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PillarCard {
    /// Pillar id.
    pub id: PillarId,
    /// Name.
    pub name: Text,
    /// One sentence.
    pub summary: Text,
    /// MDG goal numbers (1–8) it relates to.
    pub goals: Vec<u8>,
    /// What it connects to ([`crate::model::strategy::Pillar::actors`]), labelled by
    /// [`Strategy::connection_label`].
    pub actors: Vec<Text>,
    /// Its instruments and outputs, labelled the same way.
    pub instruments: Vec<Text>,
}

impl HomeDigest {
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&StrategySource> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The pillar with this id.
    pub fn pillar(&self, id: PillarId) -> Option<&PillarCard> {
        self.pillars.iter().find(|p| p.id == id)
    }
}

impl Strategy {
    /// What the home page shows: the pillars with their connections labelled, the key figures
    /// and the financing gap, and the sources those figures cite (in the file's order).
    pub fn home_digest(&self) -> HomeDigest {
        let labels = |keys: &[String]| keys.iter().map(|k| self.connection_label(k)).collect();
        let pillars = self
            .pillars
            .iter()
            .map(|p| PillarCard {
                id: p.id,
                name: p.name.clone(),
                summary: p.summary.clone(),
                goals: p.goals.clone(),
                actors: labels(&p.actors),
                instruments: labels(&p.instruments),
            })
            .collect();
        let figures: Vec<Figure> = self
            .key_figures
            .iter()
            .chain(
                self.financing
                    .figures
                    .iter()
                    .filter(|f| f.id == HOME_FINANCING_FIGURE),
            )
            .cloned()
            .collect();
        let sources = self
            .sources
            .iter()
            .filter(|s| figures.iter().any(|f| f.source == s.id))
            .cloned()
            .collect();
        HomeDigest {
            schema_version: SCHEMA_VERSION,
            pillars,
            figures,
            sources,
        }
    }

    /// The label of something a pillar connects to (an actor or an instrument): a glossary
    /// acronym as "short — expansion" ("UNDAF — United Nations Development Assistance
    /// Framework"), an advisory body or task force by its name, a report by its label; anything
    /// else as written.
    pub fn connection_label(&self, key: &str) -> Text {
        if let Some(term) = self.term(key) {
            let label = |lang| format!("{} — {}", term.short.get(lang), term.expansion.get(lang));
            Text::new(label("en"), label("fr"), label("es"))
        } else if let Some(body) = self.advisory_body(key) {
            body.name.clone()
        } else if let Some(tf) = self.task_force(key) {
            tf.name.clone()
        } else if let Some(report) = self.report(key) {
            report.label.clone()
        } else {
            Text::new(key, "", "")
        }
    }
}
