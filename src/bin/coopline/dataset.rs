//! Reading and checking the dataset a command names: every report printed
//! once, in the same words for every subcommand.

use coopline::{
    Checked, Confidence, CoopGraph, FileIdentity, LeftOut, Model, SourceSet, build_graph_in,
};

use crate::cli::{Input, Slice};
use crate::output::{color_stderr, out, quiet, stderr_width};
use crate::{Fail, Outcome};

/// Reads the files (or standard input) `input` names.
pub fn read(input: &Input) -> Result<SourceSet, Fail> {
    let sources = coopline::read_paths(&input.paths, input.max_input_bytes).map_err(|e| {
        errln!("error: {e}");
        Fail::Io
    })?;
    for (link, target) in sources.skipped() {
        info!(
            "note: skipped {}: it leads to {}, read already",
            link.display(),
            target.display()
        );
    }
    Ok(sources)
}

/// Validates, printing every diagnostic.
pub fn load(sources: &SourceSet, limits: coopline::Limits) -> Result<Checked, Fail> {
    match coopline::check_with(sources, limits) {
        Ok(checked) => {
            errs!(
                "{}",
                coopline::render_reports_in(
                    &checked.warnings,
                    sources,
                    color_stderr(),
                    stderr_width()
                )
            );
            Ok(checked)
        }
        Err(diags) => {
            errs!(
                "{}",
                coopline::render_reports_in(&diags, sources, color_stderr(), stderr_width())
            );
            let (errors, warnings) = coopline::count_reports(&diags);
            let mut line = format!(
                "error: {} is not valid: {}",
                describe(sources),
                plural(errors, "error")
            );
            if warnings > 0 {
                line.push_str(&format!(", {}", plural(warnings, "warning")));
            }
            errln!("{line}");
            Err(Fail::Invalid)
        }
    }
}

/// Prints that the dataset is valid, with its counts.
pub fn summary(sources: &SourceSet, checked: &Checked) -> Outcome {
    if quiet() {
        return Ok(());
    }
    let title = checked
        .model
        .title
        .as_deref()
        .map(|t| format!(" — {t}"))
        .unwrap_or_default();
    let warnings = match checked.warnings.len() {
        0 => String::new(),
        n => format!(", {}", plural(n, "warning")),
    };
    let what = match file_names(sources) {
        (1, name) => name,
        (n, names) => format!("{n} files merged into one dataset ({names})"),
    };
    out(&format!(
        "{what}: valid{title}\n  {}{warnings}\n",
        checked.model.summary()
    ))
}

/// Reads and checks `input`, then hands `f` the model, its graph within `slice`,
/// and the files read (which no output may replace).
pub fn with_graph(
    input: &Input,
    slice: &Slice,
    lang: Option<&str>,
    f: impl FnOnce(&Model, &CoopGraph, &[&FileIdentity]) -> Outcome,
) -> Outcome {
    let sources = read(input)?;
    let checked = load(&sources, input.limits())?;
    let mut model = leave_out(&checked.model, slice.no_private, slice.min_confidence);
    if let Some(tag) = lang {
        model.to_mut().localise(tag);
    }
    let spoken = lang
        .or(model.lang.as_deref())
        .and_then(coopline::Lang::from_tag)
        .unwrap_or_default();
    let _speaking = coopline::speak(spoken);
    let g = build_graph_in(&model, slice.from.as_ref(), slice.to.as_ref(), slice.by);
    f(&model, &g, &inputs_of(&sources))
}

/// The model, or with `--no-private` the model without its private-sector and
/// civil-society partners, and with `--min-confidence` without the records
/// below it, saying on stderr how many were left out.
pub fn leave_out(
    model: &Model,
    no_private: bool,
    min_confidence: Option<Confidence>,
) -> std::borrow::Cow<'_, Model> {
    let mut model = std::borrow::Cow::Borrowed(model);
    if no_private {
        let (m, left) = model.without_agencies(|a| a.kind.is_private());
        let teams = match left.teams {
            0 => String::new(),
            n => format!(", and {} they alone formed", plural(n, "team")),
        };
        info!(
            "note: --no-private left out {} (private sector and civil society){teams}",
            plural(left.agencies, "partner")
        );
        model = std::borrow::Cow::Owned(m);
    }
    if let Some(min) = min_confidence {
        let (m, left) = model.at_least(min);
        info!(
            "note: --min-confidence {min} left out {}",
            left_out_words(&left, &format!("below {min} confidence"))
        );
        model = std::borrow::Cow::Owned(m);
    }
    model
}

/// "2 events and 1 agency below medium confidence", or "nothing below ...".
pub fn left_out_words(left: &LeftOut, below: &str) -> String {
    let counts = [
        (left.agencies, "agency", "agencies"),
        (left.teams, "team", "teams"),
        (left.events, "event", "events"),
        (left.context, "context record", "context records"),
    ];
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect();
    match parts.as_slice() {
        [] => format!("nothing: no record is {below}"),
        [one] => format!("{one} {below}"),
        [rest @ .., last] => format!("{} and {last} {below}", rest.join(", ")),
    }
}

/// The files a command read: no output may replace one of them.
pub fn inputs_of(sources: &SourceSet) -> Vec<&FileIdentity> {
    sources.identities().collect()
}

/// `case.yaml`, or `the dataset merged from 3 files (a.yaml, b.yaml, c.yaml)`,
/// for messages: several files are one dataset, and the user should know.
pub fn describe(sources: &SourceSet) -> String {
    match file_names(sources) {
        (1, names) => names,
        (n, names) => format!("the dataset merged from {n} files ({names})"),
    }
}

/// How many files were read, and their names (the first three, and how many more).
fn file_names(sources: &SourceSet) -> (usize, String) {
    let names: Vec<&str> = sources.iter().map(|(_, f)| f.name.as_str()).collect();
    let mut list = names.iter().take(3).copied().collect::<Vec<_>>().join(", ");
    if names.len() > 3 {
        list.push_str(&format!(" and {} more", names.len() - 3));
    }
    (names.len(), list)
}

/// `1 error`, `2 errors`.
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `a.yaml, b.yaml` for messages.
pub fn list_paths(paths: &[std::path::PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Lets go of a large value when the process ends right after, without freeing
/// it piece by piece: the system takes the memory back at once, where dropping a
/// large case's model and pictures takes a noticeable share of the run.
pub fn release_at_exit<T>(value: T) {
    std::mem::forget(value);
}
