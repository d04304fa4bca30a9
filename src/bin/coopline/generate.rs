//! `coopline gen`: a synthetic dataset, refused when it could not be read back.

use crate::cli::GenArgs;
use crate::output::to_file_or_stdout;
use crate::{Fail, Outcome};

/// Writes a generated dataset.
pub fn generate(a: GenArgs) -> Outcome {
    let too_large = |bytes: u64| {
        errln!(
            "error: the dataset would be {bytes} bytes, over the {} bytes that `check` and `render` read (--max-input-bytes); ask for fewer records, or raise --max-input-bytes here and where it is read",
            a.max_input_bytes
        );
        Err(Fail::Usage)
    };
    // Every record takes at least this much: refuse at once what could never
    // fit, before building it in memory.
    let at_least = (a.agencies as u64).saturating_mul(60)
        + (a.teams as u64).saturating_mul(80)
        + (a.events as u64).saturating_mul(80);
    if at_least > a.max_input_bytes {
        return too_large(at_least);
    }
    let yaml = coopline::generate_with(a.agencies, a.teams, a.events, a.seed, a.action_day);
    if yaml.len() as u64 > a.max_input_bytes {
        return too_large(yaml.len() as u64);
    }
    to_file_or_stdout(a.output.as_deref(), &[], &yaml)
}
