//! Generates the `i18n` module from `locales/*.json` (`leptos_i18n` codegen), so every
//! translation key is checked at compile time in all three languages.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::{error::Error, path::PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR not set")?).join("i18n");
    // Interpolated strings as plain `Display` values (t_string!): far less code than a view per
    // key and locale, which matters for the wasm size.
    let options = ParseOptions::default().interpolate_display(true);
    let cfg = Config::new("en")?
        .add_locales(["fr", "es"])?
        .parse_options(options);
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}
