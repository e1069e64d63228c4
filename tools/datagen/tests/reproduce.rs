//! The committed `public/data` is exactly what the converter produces from the raw sources
//! (skipped, with a note, when the raw sources are not present).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn raw_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("MDG_RAW_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
        PathBuf::from,
    );
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "NOTE: raw data not found at {}; skipping the reproduction test (set MDG_RAW_DATA)",
            dir.display()
        );
        None
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("datagen-test-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn files_under(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .expect("prefix")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, fs::read(&path).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[test]
fn regenerating_reproduces_public_data_byte_for_byte() {
    let Some(raw) = raw_dir() else { return };
    let tmp = temp_dir("reproduce");
    let out = tmp.join("data");
    datagen::run(&raw, &out, None).unwrap_or_else(|e| panic!("converter failed: {e}"));
    let fresh = files_under(&out);
    let committed_dir = datagen::default_out_dir();
    let committed = files_under(&committed_dir);
    for (rel, bytes) in &fresh {
        match committed.get(rel) {
            None => panic!("public/data/{rel} is missing: run `cargo run -p datagen --release`"),
            Some(c) if c != bytes => panic!("public/data/{rel} differs from a fresh conversion: run `cargo run -p datagen --release`"),
            Some(_) => {}
        }
    }
    for rel in committed.keys() {
        let top = rel.split('/').next().unwrap_or_default();
        let generated = fresh.keys().any(|k| k.split('/').next() == Some(top));
        assert!(
            !generated || fresh.contains_key(rel),
            "public/data/{rel} is stale: the converter no longer produces it"
        );
    }
    fs::remove_dir_all(&tmp).expect("cleanup");
}

#[cfg(unix)]
#[test]
fn bad_input_fails_naming_file_and_line_and_writes_nothing() {
    use std::os::unix::fs::symlink;
    let Some(raw) = raw_dir() else { return };
    let tmp = temp_dir("bad-input");
    // A raw tree of symlinks, with one WDI file replaced by a broken copy.
    let fake = tmp.join("raw");
    fs::create_dir_all(fake.join("wdi-datahub/indicators")).expect("mkdir");
    for entry in fs::read_dir(&raw).expect("raw") {
        let name = entry.expect("entry").file_name();
        if name != "wdi-datahub" {
            symlink(raw.join(&name), fake.join(&name)).expect("symlink");
        }
    }
    let indicators = raw.join("wdi-datahub/indicators");
    for entry in fs::read_dir(&indicators).expect("indicators") {
        let name = entry.expect("entry").file_name();
        if name != "sh.dyn.mort" {
            symlink(
                indicators.join(&name),
                fake.join("wdi-datahub/indicators").join(&name),
            )
            .expect("symlink");
        }
    }
    let broken = fake.join("wdi-datahub/indicators/sh.dyn.mort");
    fs::create_dir_all(&broken).expect("mkdir");
    fs::copy(
        indicators.join("sh.dyn.mort/datapackage.json"),
        broken.join("datapackage.json"),
    )
    .expect("copy");
    fs::write(
        broken.join("data.csv"),
        "Country Name,Country Code,Year,Value\nAngola,AGO,1990,12.5\nAngola,AGO,1991,n/a\n",
    )
    .expect("write");
    let out = tmp.join("data");
    fs::create_dir_all(&out).expect("mkdir");
    fs::write(out.join("manifest.json"), "previous").expect("write");

    let err = datagen::run(&fake, &out, None).expect_err("must fail");
    let msg = err.to_string();
    assert!(msg.contains("sh.dyn.mort/data.csv:3:"), "{msg}");
    assert!(msg.contains("\"n/a\" is not a number"), "{msg}");
    assert_eq!(
        fs::read_to_string(out.join("manifest.json")).expect("read"),
        "previous",
        "nothing written"
    );
    assert!(!tmp.join(".data.tmp").exists());
    fs::remove_dir_all(&tmp).expect("cleanup");
}
