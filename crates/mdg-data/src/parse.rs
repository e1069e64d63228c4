//! Parsing a bundled file with schema check and precise error classification.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::{DataError, SCHEMA_VERSION};

/// Only the version field, read before the full model so that an old or new file gives
/// [`DataError::UnsupportedSchema`] instead of a confusing type error.
#[derive(Deserialize)]
struct VersionProbe {
    // A number, not a `serde_json::Value`: the generic value type would add its whole
    // deserializer to the app's wasm. Any other type is reported as unsupported below.
    #[serde(default)]
    schema_version: Option<SchemaVersion>,
}

/// Parses the text of the bundled file `file` (its relative path, used in messages) as `T`.
///
/// Checks `schema_version` first (missing or different → [`DataError::UnsupportedSchema`]), then
/// deserialises: JSON syntax errors and truncation give [`DataError::Malformed`], valid JSON of
/// the wrong shape gives [`DataError::WrongType`], both with line and column.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    let probe: VersionProbe = serde_json::from_str(text).map_err(|e| classify(file, &e))?;
    let found = probe.schema_version.and_then(|v| v.0);
    if found != Some(SCHEMA_VERSION) {
        return Err(DataError::UnsupportedSchema {
            file: file.to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    serde_json::from_str(text).map_err(|e| classify(file, &e))
}

/// `schema_version` as written: a whole number that fits `u32`, or `None` for anything else.
struct SchemaVersion(Option<u32>);

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = SchemaVersion;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a schema version")
            }
            fn visit_u64<E>(self, v: u64) -> Result<SchemaVersion, E> {
                Ok(SchemaVersion(u32::try_from(v).ok()))
            }
            fn visit_i64<E>(self, _: i64) -> Result<SchemaVersion, E> {
                Ok(SchemaVersion(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<SchemaVersion, E> {
                Ok(SchemaVersion(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<SchemaVersion, E> {
                Ok(SchemaVersion(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<SchemaVersion, E> {
                Ok(SchemaVersion(None))
            }
            fn visit_unit<E>(self) -> Result<SchemaVersion, E> {
                Ok(SchemaVersion(None))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

fn classify(file: &str, e: &serde_json::Error) -> DataError {
    use serde_json::error::Category;
    let detail = strip_position(&e.to_string());
    match e.classify() {
        Category::Data => DataError::WrongType {
            file: file.to_string(),
            line: e.line(),
            column: e.column(),
            detail,
        },
        Category::Syntax | Category::Eof | Category::Io => DataError::Malformed {
            file: file.to_string(),
            line: e.line(),
            column: e.column(),
            detail,
        },
    }
}

/// `serde_json` appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EntityFile, Framework};

    const FILE: &str = "data/country/AGO.json";

    fn err(text: &str) -> DataError {
        parse::<EntityFile>(FILE, text).expect_err("must fail")
    }

    #[test]
    fn accepts_a_valid_file() {
        let f: EntityFile = parse(
            FILE,
            r#"{"schema_version":1,"code":"AGO","series":{"sh_dyn_mort":{"start":1990,"values":[12.5,null,3]}}}"#,
        )
        .expect("valid");
        assert_eq!(
            f.series["sh_dyn_mort"].values,
            vec![Some(12.5), None, Some(3.0)]
        );
    }

    #[test]
    fn missing_schema_version() {
        let e = err(r#"{"code":"AGO","series":{}}"#);
        assert_eq!(
            e,
            DataError::UnsupportedSchema {
                file: FILE.into(),
                found: None,
                supported: 1
            }
        );
        let msg = e.to_string();
        assert!(
            msg.starts_with("data/country/AGO.json: no schema_version field"),
            "{msg}"
        );
        assert!(msg.contains("schema version 1"), "{msg}");
        assert!(msg.contains("cargo run -p datagen"), "{msg}");
    }

    #[test]
    fn wrong_schema_version() {
        let e = err(r#"{"schema_version":2,"code":"AGO","series":{}}"#);
        assert_eq!(
            e,
            DataError::UnsupportedSchema {
                file: FILE.into(),
                found: Some(2),
                supported: 1
            }
        );
        assert!(e
            .to_string()
            .contains("schema version 2, this app reads schema version 1"));
    }

    #[test]
    fn non_numeric_schema_version_is_unsupported() {
        let e = err(r#"{"schema_version":"1","code":"AGO","series":{}}"#);
        assert!(matches!(
            e,
            DataError::UnsupportedSchema { found: None, .. }
        ));
    }

    #[test]
    fn malformed_json() {
        let e = err("{\"schema_version\":1,\n\"code\": AGO}");
        match &e {
            DataError::Malformed { line, column, .. } => {
                assert_eq!(*line, 2);
                assert!(*column > 0);
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
        let msg = e.to_string();
        assert!(
            msg.starts_with("data/country/AGO.json: not valid JSON at line 2, column"),
            "{msg}"
        );
        assert!(msg.contains("Regenerate the data"), "{msg}");
    }

    #[test]
    fn truncated_file() {
        let e = err("{\"schema_version\":1,\"code\":\"AGO\",\"series\":{\"x\":{\"start\":1990,");
        assert!(matches!(e, DataError::Malformed { .. }), "{e:?}");
        assert!(e.to_string().contains("EOF"), "{e}");
    }

    #[test]
    fn empty_file() {
        assert!(matches!(err(""), DataError::Malformed { line: 1, .. }));
    }

    #[test]
    fn wrong_value_type() {
        let text = "{\"schema_version\":1,\"code\":\"AGO\",\"series\":{\n\"sh_dyn_mort\":{\"start\":1990,\n\"values\":[1.5,\"x\"]}}}";
        let e = err(text);
        match &e {
            DataError::WrongType { line, detail, .. } => {
                assert_eq!(*line, 3);
                assert!(detail.contains("invalid type: string \"x\""), "{detail}");
            }
            other => panic!("expected WrongType, got {other:?}"),
        }
        let msg = e.to_string();
        assert!(
            msg.starts_with("data/country/AGO.json: value of the wrong type at line 3, column"),
            "{msg}"
        );
        assert!(
            !msg.contains(" at line 3 column"),
            "position not duplicated: {msg}"
        );
    }

    #[test]
    fn missing_field_is_wrong_type() {
        let e = parse::<Framework>("data/framework.json", r#"{"schema_version":1}"#)
            .expect_err("must fail");
        assert!(matches!(e, DataError::WrongType { .. }), "{e:?}");
        assert!(e.to_string().contains("missing field"), "{e}");
    }

    #[test]
    fn other_errors_name_file_and_action() {
        let e = DataError::NotFound {
            file: "data/manifest.json".into(),
        };
        assert!(e
            .to_string()
            .starts_with("data/manifest.json: file not found."));
        let e = DataError::Http {
            file: "data/world.json".into(),
            status: 500,
        };
        assert!(e.to_string().contains("HTTP 500"));
        assert_eq!(e.file(), "data/world.json");
        let e = DataError::Network {
            file: "data/world.json".into(),
            detail: "offline".into(),
        };
        assert!(e.to_string().contains("(offline)"));
    }
}
