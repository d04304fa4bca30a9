//! The `coopline` binary: a thin shell over the library.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use coopline::diag;
use coopline::source::SourceSet;

use cli::{Cli, Command};

/// Exit codes, documented in the README.
const OK: u8 = 0;
const INVALID: u8 = 1;
const IO: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::parse();
    ExitCode::from(run(cli))
}

fn color_stderr() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Writes to stdout; a closed pipe (`coopline ... | head`) is not an error.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush());
}

fn run(cli: Cli) -> u8 {
    match cli.command {
        None => {
            let mut sources = SourceSet::new();
            sources.add("data/matrix.yaml (bundled)", coopline::MATRIX_YAML);
            check(&sources, false)
        }
        Some(Command::Check {
            paths,
            max_input_bytes,
            deny_warnings,
        }) => match coopline::input::read_paths(&paths, max_input_bytes) {
            Ok(sources) => check(&sources, deny_warnings),
            Err(e) => {
                eprintln!("error: {e}");
                IO
            }
        },
    }
}

fn check(sources: &SourceSet, deny_warnings: bool) -> u8 {
    let names: Vec<&str> = sources.iter().map(|(_, f)| f.name.as_str()).collect();
    let what = if names.len() == 1 {
        names[0].to_string()
    } else {
        format!("{} files", names.len())
    };
    match coopline::check(sources) {
        Ok(checked) => {
            let (_, warnings) = diag::count(&checked.warnings);
            eprint!(
                "{}",
                diag::render_all(&checked.warnings, sources, color_stderr())
            );
            let title = checked
                .model
                .title
                .as_deref()
                .map(|t| format!(" — {t}"))
                .unwrap_or_default();
            out(&format!(
                "{what}: valid{title}\n  {}{}\n",
                checked.model.summary(),
                match warnings {
                    0 => String::new(),
                    1 => ", 1 warning".to_string(),
                    n => format!(", {n} warnings"),
                }
            ));
            if deny_warnings && warnings > 0 {
                INVALID
            } else {
                OK
            }
        }
        Err(diags) => {
            eprint!("{}", diag::render_all(&diags, sources, color_stderr()));
            let (errors, warnings) = diag::count(&diags);
            eprintln!(
                "error: {what} is not valid: {errors} error{}{}",
                if errors == 1 { "" } else { "s" },
                match warnings {
                    0 => String::new(),
                    1 => ", 1 warning".to_string(),
                    n => format!(", {n} warnings"),
                }
            );
            INVALID
        }
    }
}
