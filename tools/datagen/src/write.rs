//! Writing the bundle atomically: everything goes to a temporary directory next to the output,
//! which then replaces it in two renames, so a failed run never leaves a half-written set.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{GenError, Result};

/// Files of the bundle: path relative to the output directory → content.
pub type Files = BTreeMap<String, String>;

/// Top-level entries of the output directory that the converter owns. Anything else found
/// there (e.g. a hand-written file) is carried over unchanged.
pub fn is_generated_entry(name: &str, files: &Files) -> bool {
    files
        .keys()
        .any(|k| k == name || k.split('/').next() == Some(name))
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    if from.is_dir() {
        fs::create_dir_all(to).map_err(|e| GenError::io(to, &e))?;
        for entry in fs::read_dir(from).map_err(|e| GenError::io(from, &e))? {
            let entry = entry.map_err(|e| GenError::io(from, &e))?;
            copy_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
    } else {
        fs::copy(from, to).map_err(|e| GenError::io(from, &e))?;
    }
    Ok(())
}

/// Writes `files` as the new content of `out`. Returns the names of entries carried over from
/// the previous `out` because the converter does not produce them.
pub fn write_atomically(out: &Path, files: &Files) -> Result<Vec<String>> {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|e| GenError::io(parent, &e))?;
    let name = out
        .file_name()
        .map_or("data".into(), |n| n.to_string_lossy().to_string());
    let tmp: PathBuf = parent.join(format!(".{name}.tmp"));
    let old: PathBuf = parent.join(format!(".{name}.old"));
    for stale in [&tmp, &old] {
        if stale.exists() {
            fs::remove_dir_all(stale).map_err(|e| GenError::io(stale, &e))?;
        }
    }
    for (rel, content) in files {
        let path = tmp.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| GenError::io(dir, &e))?;
        }
        fs::write(&path, content).map_err(|e| GenError::io(&path, &e))?;
    }
    let mut kept = Vec::new();
    if out.exists() {
        let mut entries: Vec<_> = fs::read_dir(out)
            .map_err(|e| GenError::io(out, &e))?
            .collect::<std::io::Result<Vec<_>>>()
            .map_err(|e| GenError::io(out, &e))?;
        entries.sort_by_key(fs::DirEntry::file_name);
        for entry in entries {
            let entry_name = entry.file_name().to_string_lossy().to_string();
            if !is_generated_entry(&entry_name, files) {
                copy_tree(&entry.path(), &tmp.join(&entry_name))?;
                kept.push(entry_name);
            }
        }
        fs::rename(out, &old).map_err(|e| GenError::io(out, &e))?;
    }
    fs::rename(&tmp, out).map_err(|e| GenError::io(&tmp, &e))?;
    if old.exists() {
        fs::remove_dir_all(&old).map_err(|e| GenError::io(&old, &e))?;
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_generated_files_and_keeps_others() {
        let base = std::env::temp_dir().join(format!("datagen-write-{}", std::process::id()));
        let out = base.join("data");
        fs::create_dir_all(out.join("country")).unwrap();
        fs::write(out.join("country/OLD.json"), "old").unwrap();
        fs::write(out.join("strategy.json"), "hand-written").unwrap();
        let files: Files = [
            ("manifest.json".to_string(), "m".to_string()),
            ("country/AGO.json".to_string(), "a".to_string()),
        ]
        .into_iter()
        .collect();
        let kept = write_atomically(&out, &files).unwrap();
        assert_eq!(kept, vec!["strategy.json".to_string()]);
        assert_eq!(
            fs::read_to_string(out.join("country/AGO.json")).unwrap(),
            "a"
        );
        assert!(!out.join("country/OLD.json").exists());
        assert_eq!(
            fs::read_to_string(out.join("strategy.json")).unwrap(),
            "hand-written"
        );
        assert!(!base.join(".data.tmp").exists() && !base.join(".data.old").exists());
        fs::remove_dir_all(&base).unwrap();
    }
}
