//! Generates the `i18n` module from `locales/*.json` (`leptos_i18n` codegen), so every
//! translation key is checked at compile time in all three languages; and the home page's digest
//! (`public/data/home.json`, checked like every data file) as Rust code, so the first view needs
//! neither the file nor a JSON parser (`src/pages/home.rs`).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use mdg_data::{literal::literal, parse_checked, DataFile, HomeDigest};
use std::{error::Error, path::PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR not set")?);
    home_digest(&out_dir)?;
    let out = out_dir.join("i18n");
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

/// Writes `home_digest.rs`: the expression that builds the checked digest.
fn home_digest(out_dir: &std::path::Path) -> Result<(), Box<dyn Error>> {
    let name = DataFile::Home.relative();
    let path = format!("public/data/{name}");
    println!("cargo::rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path)?;
    let digest: HomeDigest = parse_checked(&name, &text)?;
    std::fs::write(out_dir.join("home_digest.rs"), literal(&digest))?;
    Ok(())
}
