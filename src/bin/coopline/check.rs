//! `coopline check`: read, validate, report.

use crate::cli::Input;
use crate::dataset::{load, read, release_at_exit, summary};
use crate::{Fail, Outcome};

/// Validates the dataset; warnings fail only with `--deny-warnings`.
pub fn check(input: &Input, deny_warnings: bool) -> Outcome {
    let sources = read(input)?;
    let checked = load(&sources, input.limits())?;
    summary(&sources, &checked)?;
    let failed = deny_warnings && !checked.warnings.is_empty();
    release_at_exit((checked, sources));
    if failed { Err(Fail::Invalid) } else { Ok(()) }
}
