//! A value written as Rust source: the expression that builds it. The app's build script uses it
//! to compile the home page's digest (`public/data/home.json`, checked like every data file) into
//! the home page's code, so the first view neither downloads the file nor carries a JSON parser.
//!
//! Every path is written in full (`::mdg_data::…`), so the expression compiles anywhere; a field
//! added to a struct and not written here fails to compile where the expression is included.

use std::fmt::Write;

use crate::model::home::{HomeDigest, PillarCard};
use crate::model::strategy::{DateRef, Figure, FigureUnit, PillarId, Qualifier, StrategySource};
use crate::Text;

/// The expression that builds `value`.
pub fn literal<T: Literal + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write(&mut out);
    out
}

/// A value that can write the Rust expression that builds it.
pub trait Literal {
    /// Appends the expression to `out`.
    fn write(&self, out: &mut String);
}

impl Literal for str {
    fn write(&self, out: &mut String) {
        // `Debug` escapes a `str` as a Rust string literal.
        write!(out, "::std::string::String::from({self:?})").expect("a String");
    }
}

impl Literal for String {
    fn write(&self, out: &mut String) {
        self.as_str().write(out);
    }
}

impl Literal for f64 {
    fn write(&self, out: &mut String) {
        assert!(self.is_finite(), "{self} has no Rust literal");
        // `Debug` keeps a fraction or an exponent ("8.0", "1e21"): a float literal.
        write!(out, "{self:?}_f64").expect("a String");
    }
}

macro_rules! integer_literal {
    ($($t:ty),*) => {$(
        impl Literal for $t {
            fn write(&self, out: &mut String) {
                write!(out, "{self}_{}", stringify!($t)).expect("a String");
            }
        }
    )*};
}
integer_literal!(u8, u16, u32);

impl<T: Literal> Literal for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            None => out.push_str("::std::option::Option::None"),
            Some(v) => {
                out.push_str("::std::option::Option::Some(");
                v.write(out);
                out.push(')');
            }
        }
    }
}

impl<T: Literal> Literal for Vec<T> {
    fn write(&self, out: &mut String) {
        out.push_str("::std::vec![");
        for v in self {
            v.write(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

/// `Type { field: value, … }` with the type's full path.
fn write_struct(out: &mut String, path: &str, fields: &[(&str, &dyn Literal)]) {
    out.push_str(path);
    out.push_str(" { ");
    for (name, value) in fields {
        out.push_str(name);
        out.push_str(": ");
        value.write(out);
        out.push_str(", ");
    }
    out.push('}');
}

/// A unit variant of a fieldless enum: `Enum::Variant` (its `Debug` name).
fn write_variant(out: &mut String, path: &str, variant: &dyn std::fmt::Debug) {
    write!(out, "{path}::{variant:?}").expect("a String");
}

impl Literal for Text {
    fn write(&self, out: &mut String) {
        write_struct(
            out,
            "::mdg_data::Text",
            &[("en", &self.en), ("fr", &self.fr), ("es", &self.es)],
        );
    }
}

impl Literal for PillarId {
    fn write(&self, out: &mut String) {
        write_variant(out, "::mdg_data::model::strategy::PillarId", self);
    }
}

impl Literal for Qualifier {
    fn write(&self, out: &mut String) {
        write_variant(out, "::mdg_data::model::strategy::Qualifier", self);
    }
}

impl Literal for FigureUnit {
    fn write(&self, out: &mut String) {
        write_variant(out, "::mdg_data::model::strategy::FigureUnit", self);
    }
}

impl Literal for DateRef {
    fn write(&self, out: &mut String) {
        // Its fields are private: parsed from the text it was read from, which parses (the
        // year alone is only the type's fallback).
        write!(
            out,
            "{:?}.parse().unwrap_or(::mdg_data::model::strategy::DateRef::year_only({}_u16))",
            String::from(*self),
            self.year()
        )
        .expect("a String");
    }
}

impl Literal for Figure {
    fn write(&self, out: &mut String) {
        write_struct(
            out,
            "::mdg_data::model::strategy::Figure",
            &[
                ("id", &self.id),
                ("value", &self.value),
                ("unit", &self.unit),
                ("qualifier", &self.qualifier),
                ("label", &self.label),
                ("note", &self.note),
                ("period", &self.period),
                ("paras", &self.paras),
                ("as_of", &self.as_of),
                ("source", &self.source),
            ],
        );
    }
}

impl Literal for StrategySource {
    fn write(&self, out: &mut String) {
        write_struct(
            out,
            "::mdg_data::model::strategy::StrategySource",
            &[
                ("id", &self.id),
                ("title", &self.title),
                ("publisher", &self.publisher),
                ("year", &self.year),
                ("url", &self.url),
                ("note", &self.note),
            ],
        );
    }
}

impl Literal for PillarCard {
    fn write(&self, out: &mut String) {
        write_struct(
            out,
            "::mdg_data::model::home::PillarCard",
            &[
                ("id", &self.id),
                ("name", &self.name),
                ("summary", &self.summary),
                ("goals", &self.goals),
                ("actors", &self.actors),
                ("instruments", &self.instruments),
            ],
        );
    }
}

impl Literal for HomeDigest {
    fn write(&self, out: &mut String) {
        write_struct(
            out,
            "::mdg_data::model::home::HomeDigest",
            &[
                ("schema_version", &self.schema_version),
                ("pillars", &self.pillars),
                ("figures", &self.figures),
                ("sources", &self.sources),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_typed_literals() {
        assert_eq!(literal(&8.0_f64), "8.0_f64");
        assert_eq!(literal(&0.25_f64), "0.25_f64");
        assert_eq!(literal(&1e21_f64), "1e21_f64");
        assert_eq!(literal(&17_u8), "17_u8");
        assert_eq!(
            literal(&Some(2003_u16)),
            "::std::option::Option::Some(2003_u16)"
        );
        assert_eq!(literal(&None::<u8>), "::std::option::Option::None");
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(
            literal("a \"quoted\" \\ line\n"),
            r#"::std::string::String::from("a \"quoted\" \\ line\n")"#
        );
        assert_eq!(
            literal(&vec![String::from("é")]),
            "::std::vec![::std::string::String::from(\"é\"), ]"
        );
    }

    #[test]
    fn structs_and_enums_name_their_full_path() {
        let text = Text::new("a", "b", "c");
        assert_eq!(
            literal(&text),
            "::mdg_data::Text { en: ::std::string::String::from(\"a\"), \
             fr: ::std::string::String::from(\"b\"), es: ::std::string::String::from(\"c\"), }"
        );
        assert_eq!(
            literal(&PillarId::CountryLevel),
            "::mdg_data::model::strategy::PillarId::CountryLevel"
        );
        let date: DateRef = "2003-10-01".parse().expect("a date");
        assert_eq!(
            literal(&date),
            "\"2003-10-01\".parse().unwrap_or(::mdg_data::model::strategy::DateRef::year_only(2003_u16))"
        );
    }
}
