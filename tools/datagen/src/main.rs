//! `cargo run -p datagen --release [-- --raw DIR] [--out DIR] [--date YYYY-MM-DD]`

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: datagen [--raw DIR] [--out DIR] [--date YYYY-MM-DD]
  --raw DIR   raw sources (default: $MDG_RAW_DATA, else ../shared/data from the repo root)
  --out DIR   output directory (default: public/data in the repo)
  --date D    generation date written to manifest.json (default: newest source snapshot date)";

fn main() -> ExitCode {
    let mut raw = datagen::default_raw_dir();
    let mut out = datagen::default_out_dir();
    let mut date = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let parsed = match arg.as_str() {
            "--raw" => value("--raw").map(|v| raw = PathBuf::from(v)),
            "--out" => value("--out").map(|v| out = PathBuf::from(v)),
            "--date" => value("--date").map(|v| date = Some(v)),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => Err(format!("unknown argument {other:?}")),
        };
        if let Err(e) = parsed {
            eprintln!("datagen: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    match datagen::run(&raw, &out, date.as_deref()) {
        Ok(s) => {
            println!(
                "datagen: wrote {} files to {} (date {})\n  {} series, {} of 48 MDG 2003 indicators measured, {} countries, {} country-year values, {} aggregate-year values",
                s.files, out.display(), s.date, s.series, s.indicators_measured, s.countries, s.country_values, s.aggregate_values
            );
            for (source, skipped) in &s.skipped {
                if !skipped.is_empty() {
                    println!("  {source}: {} source entities not kept (outside the country list or other aggregates): {}",
                        skipped.len(), skipped.iter().cloned().collect::<Vec<_>>().join(", "));
                }
            }
            if !s.kept.is_empty() {
                println!(
                    "  kept unchanged (not produced by datagen): {}",
                    s.kept.join(", ")
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("datagen: error: {e}\nNothing was written.");
            ExitCode::FAILURE
        }
    }
}
