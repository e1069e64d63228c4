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
        // Called for every label on every update: no allocation.
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        let text = if primary.eq_ignore_ascii_case("fr") {
            &self.fr
        } else if primary.eq_ignore_ascii_case("es") {
            &self.es
        } else {
            &self.en
        };
        if text.is_empty() {
            &self.en
        } else {
            text
        }
    }
}

/// Folds text for searching and sorting: lower case, Latin diacritics removed ("Côte d'Ivoire" →
/// "cote d'ivoire", "São Tomé" → "sao tome", "Ærø" → "aero"), so users can type without accents.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(latin_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => out.push('c'),
            'ď' | 'đ' | 'ð' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => out.push('g'),
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => out.push('i'),
            'ķ' => out.push('k'),
            'ĺ' | 'ļ' | 'ľ' | 'ł' => out.push('l'),
            'ñ' | 'ń' | 'ņ' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ŕ' | 'ř' => out.push('r'),
            'ś' | 'š' | 'ş' | 'ș' => out.push('s'),
            'ß' => out.push_str("ss"),
            'ť' | 'ţ' | 'ț' => out.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'þ' => out.push_str("th"),
            '’' | 'ʼ' => out.push('\''),
            c => out.push(c),
        }
    }
    out
}

/// Lower case for the Latin letters country names use (ASCII, Latin-1, Latin Extended-A).
/// `char::to_lowercase` would do, but it links Unicode's whole case table into the wasm.
fn latin_lowercase(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // Latin-1 capitals À–Þ (but × U+00D7) are their small letters minus 0x20.
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        // Latin Extended-A pairs capitals and small letters as even/odd code points, except
        // for the run Ĺ–Ň and Ź–Ž that starts on an odd one.
        'Ĺ'..='Ň' | 'Ź'..='Ž' if c as u32 % 2 == 1 => char::from_u32(c as u32 + 1).unwrap_or(c),
        'Ā'..='ķ' | 'Ŋ'..='ŷ' if c as u32 % 2 == 0 => char::from_u32(c as u32 + 1).unwrap_or(c),
        'Ÿ' => 'ÿ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_matches_the_primary_language_and_falls_back_to_english() {
        let t = Text::new("Goal", "Objectif", "Objetivo");
        assert_eq!(t.get("fr"), "Objectif");
        assert_eq!(t.get("FR-ca"), "Objectif");
        assert_eq!(t.get("es_MX"), "Objetivo");
        assert_eq!(t.get("en"), "Goal");
        assert_eq!(t.get("de"), "Goal");
        assert_eq!(t.get(""), "Goal");
        assert_eq!(t.get("fra"), "Goal");
        assert_eq!(Text::new("Goal", "", "").get("fr"), "Goal");
    }

    #[test]
    fn fold_ignores_case_and_accents() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("São Tomé-et-Príncipe"), "sao tome-et-principe");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Åland"), "aland");
        assert_eq!(fold("Curaçao"), "curacao");
        assert_eq!(fold("ÉGYPTE"), "egypte");
        assert_eq!(fold("ŁÓDŹ ŠIAULIAI ĀRIJA"), "lodz siauliai arija");
    }

    #[test]
    fn latin_lowercase_matches_unicode_for_latin_letters() {
        let latin = ('A'..='Z').chain('\u{C0}'..='\u{17F}');
        for c in latin {
            let unicode: Vec<char> = c.to_lowercase().collect();
            if unicode.len() == 1 && c != 'İ' {
                assert_eq!(latin_lowercase(c), unicode[0], "{c}");
            }
        }
    }

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

/// Breaks `text` into lines of at most `width` characters at spaces (a longer word gets a line
/// of its own), for SVG labels, which do not wrap by themselves. A no-break space (French
/// "Source\u{a0}:", "12\u{202f}%") keeps its two sides together.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let breakable = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(breakable).filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Where French text breaks its typography: an ordinary space before `:`, `;`, `?`, `!`, `»` or a
/// number's `%`, or after `«`, where a line could break between the sign and its word ("100" at
/// the end of one line, "%" starting the next). Returns the offending place with a few
/// characters around it; `None` when every such space is a no-break one (U+00A0 or U+202F).
pub fn french_spacing_fault(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let at = (0..chars.len()).find(|&i| {
        let rest = chars.get(i..).unwrap_or_default();
        matches!(
            rest,
            [' ', ':' | ';' | '?' | '!' | '»', ..] | ['«', ' ', ..]
        ) || matches!(rest, [d, ' ', '%', ..] if d.is_ascii_digit())
    })?;
    Some(chars.iter().skip(at.saturating_sub(12)).take(24).collect())
}

/// A figure's number as written in prose: no decimals when whole ("50"), else one ("1.5").
pub fn figure_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// `text` with its first letter in capitals, as a heading made of a phrase ("deaths per 1,000
/// live births" titling a map's legend).
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod wrap_tests {
    use super::*;

    #[test]
    fn capitalizes_the_first_letter_only() {
        assert_eq!(
            capitalized("deaths per 1,000 live births"),
            "Deaths per 1,000 live births"
        );
        assert_eq!(capitalized("écart de pauvreté"), "Écart de pauvreté");
        assert_eq!(capitalized("% of population"), "% of population");
        assert_eq!(capitalized(""), "");
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap_words("Operational activities at country level", 16),
            ["Operational", "activities at", "country level"]
        );
        assert_eq!(wrap_words("Monitoring", 5), ["Monitoring"]);
        assert_eq!(wrap_words("  ", 5), Vec::<String>::new());
        assert_eq!(
            wrap_words("Le Projet du Millénaire", 12),
            ["Le Projet du", "Millénaire"]
        );
        assert_eq!(
            wrap_words("Source\u{a0}: Banque mondiale", 8),
            ["Source\u{a0}:", "Banque", "mondiale"]
        );
    }

    #[test]
    fn french_spacing() {
        assert_eq!(french_spacing_fault("Source\u{a0}: Banque"), None);
        assert_eq!(
            french_spacing_fault("«\u{a0}près\u{a0}» ; non"),
            Some("«\u{a0}près\u{a0}» ; non".into())
        );
        assert!(french_spacing_fault("Recherche : la").is_some());
        assert!(french_spacing_fault("« près").is_some());
        assert!(french_spacing_fault("à 100 %").is_some());
        assert_eq!(french_spacing_fault("à 100\u{a0}%\u{a0}; 5\u{202f}%"), None);
        assert_eq!(french_spacing_fault("12:30, http://x"), None);
    }

    #[test]
    fn figure_numbers() {
        assert_eq!(figure_number(50.0), "50");
        assert_eq!(figure_number(12.25), "12.2");
        assert_eq!(figure_number(1.5), "1.5");
    }
}
