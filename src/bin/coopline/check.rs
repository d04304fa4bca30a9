//! `coopline check`: read, validate, report.

use crate::cli::Input;
use crate::dataset::{load, read, release_at_exit, summary};
use crate::output::out;
use crate::{Fail, Outcome};

/// Validates the dataset; warnings fail only with `--deny-warnings`.
/// With `sources_report`, also lists which records each source supports.
pub fn check(input: &Input, deny_warnings: bool, sources_report: bool) -> Outcome {
    let sources = read(input)?;
    let checked = load(&sources, input.limits())?;
    summary(&sources, &checked)?;
    if sources_report {
        out(&format!("\n{}", coopline::sources_report(&checked.model)))?;
    }
    let failed = deny_warnings && !checked.warnings.is_empty();
    release_at_exit((checked, sources));
    if failed { Err(Fail::Invalid) } else { Ok(()) }
}
