//! `coopline check`: read, validate, report.

use crate::cli::Input;
use crate::dataset::{left_out_words, load, read, release_at_exit, summary};
use crate::output::out;
use crate::{Fail, Outcome};

/// Validates the dataset; warnings fail only with `--deny-warnings`.
/// With `sources_report`, also lists which records each source supports;
/// with `min_confidence`, which records fall below it (the report then
/// covers the records that remain).
pub fn check(
    input: &Input,
    deny_warnings: bool,
    sources_report: bool,
    min_confidence: Option<coopline::Confidence>,
) -> Outcome {
    let sources = read(input)?;
    let checked = load(&sources, input.limits())?;
    summary(&sources, &checked)?;
    let mut model = std::borrow::Cow::Borrowed(&checked.model);
    if let Some(min) = min_confidence {
        let (kept, left) = checked.model.at_least(min);
        let below = format!("below {min} confidence");
        let mut text = format!(
            "  --min-confidence {min} leaves out {}",
            left_out_words(&left, &below)
        );
        if !left.is_empty() {
            text.push_str(&format!(":\n{}", list_left_out(&checked.model, &kept)));
            text.push_str(&format!("\n  what remains: {}", kept.summary()));
        }
        out(&format!("{text}\n"))?;
        model = std::borrow::Cow::Owned(kept);
    }
    if sources_report {
        out(&format!("\n{}", coopline::sources_report(&model)))?;
    }
    let failed = deny_warnings && !checked.warnings.is_empty();
    release_at_exit((checked, sources));
    if failed { Err(Fail::Invalid) } else { Ok(()) }
}

/// The ids of the records in `all` that `kept` lacks, one kind a line.
fn list_left_out(all: &coopline::Model, kept: &coopline::Model) -> String {
    use coopline::{Id, Model};
    let ids = |m: &Model| -> [Vec<Id>; 4] {
        [
            m.agencies.iter().map(|a| a.id.clone()).collect(),
            m.teams.iter().map(|t| t.id.clone()).collect(),
            m.events.iter().map(|e| e.id.clone()).collect(),
            m.context.iter().map(|c| c.id.clone()).collect(),
        ]
    };
    let (all, kept) = (ids(all), ids(kept));
    ["agencies", "teams", "events", "context"]
        .iter()
        .zip(all.iter().zip(&kept))
        .filter_map(|(what, (all, kept))| {
            let gone: Vec<&str> = all
                .iter()
                .filter(|id| !kept.contains(id))
                .map(|id| id.as_str())
                .collect();
            (!gone.is_empty()).then(|| format!("    {what}: {}", gone.join(", ")))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
