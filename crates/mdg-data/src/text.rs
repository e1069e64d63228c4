//! Localised text.

use serde::{Deserialize, Serialize};

/// A piece of text in the app's three languages. English is always present and is the fallback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    /// English (official wording where one exists).
    pub en: String,
    /// French.
    pub fr: String,
    /// Spanish.
    pub es: String,
}

impl Text {
    /// Builds a text from its three translations.
    pub fn new(en: impl Into<String>, fr: impl Into<String>, es: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            fr: fr.into(),
            es: es.into(),
        }
    }

    /// The text in `lang` ("en", "fr" or "es", optionally with a region such as "fr-CA");
    /// falls back to English for any other language or an empty translation.
    pub fn get(&self, lang: &str) -> &str {
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        let text = match primary.to_ascii_lowercase().as_str() {
            "fr" => &self.fr,
            "es" => &self.es,
            _ => &self.en,
        };
        if text.is_empty() {
            &self.en
        } else {
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_picks_language_and_falls_back_to_english() {
        let t = Text::new("Goal", "Objectif", "Objetivo");
        assert_eq!(t.get("fr"), "Objectif");
        assert_eq!(t.get("es-MX"), "Objetivo");
        assert_eq!(t.get("de"), "Goal");
        let partial = Text::new("Goal", "", "Objetivo");
        assert_eq!(partial.get("fr"), "Goal");
    }
}
