//! The `coopline` binary: a thin shell over the library.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Parser;
use coopline::diag;
use coopline::graph::{CoopGraph, Grouping, build_graph};
use coopline::model::{Checked, Model};
use coopline::source::{FileIdentity, SourceSet};
use coopline::{export, query};

use cli::{By, Cli, Command, ExportFormat, Input, Question, Slice};
use coopline::text::FontMeasure;

/// Like `eprintln!`, but a closed or failing stderr is ignored instead of panicking.
macro_rules! errln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($t)*);
    }};
}

/// Like `eprint!`, without the panic.
macro_rules! errs {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr().lock(), $($t)*);
    }};
}

/// Like `println!`, but a closed pipe (`coopline ... | head`) ends output quietly.
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}

/// Notes on what is going on (watch mode), on stderr; silenced by `--quiet`.
macro_rules! info {
    ($($t:tt)*) => {{
        if !$crate::quiet() {
            errln!($($t)*);
        }
    }};
}

/// Stage timings and counts, on stderr; only with `--verbose`.
macro_rules! verbose {
    ($($t:tt)*) => {{
        if $crate::verbose() {
            errln!($($t)*);
        }
    }};
}

mod progress;
mod render_cmd;
mod watch;

static QUIET: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicBool = AtomicBool::new(false);

/// True with `--quiet`: only problems are printed.
fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// True with `--verbose`.
fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

/// Exit codes, documented in the README.
const OK: u8 = 0;
const INVALID: u8 = 1;
const USAGE: u8 = 2;
const IO: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::parse();
    QUIET.store(cli.quiet, Ordering::Relaxed);
    VERBOSE.store(cli.verbose, Ordering::Relaxed);
    clean_up_on_signals();
    ExitCode::from(run(cli))
}

/// On Ctrl-C, `kill` or a closed terminal, removes the temporary files of
/// writes in progress, then ends as the signal would have ended the process.
fn clean_up_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    coopline::write::remove_temporaries();
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
        }
    }
}

fn color_stderr() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Writes to stdout; the exit code. A closed pipe (`coopline ... | head`) ends
/// output quietly; any other failure (a full disk) is an I/O error.
fn out(text: &str) -> u8 {
    write_stdout(|w| w.write_all(text.as_bytes()))
}

/// [`out`] for output produced piece by piece.
fn write_stdout(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> u8 {
    let mut stdout = std::io::stdout().lock();
    match write(&mut stdout).and_then(|_| stdout.flush()) {
        Ok(()) => OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => OK,
        Err(e) => {
            errln!("error: cannot write to standard output: {e}");
            IO
        }
    }
}

fn run(cli: Cli) -> u8 {
    match cli.command {
        None => main_job(),
        Some(Command::Completions { shell }) => {
            let mut buf = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "coopline",
                &mut buf,
            );
            out(&String::from_utf8_lossy(&buf))
        }
        Some(Command::Schema { output }) => {
            let text = coopline::schema::schema_json();
            match output {
                Some(p) if p.as_os_str() != "-" => write_output(&p, &[], text.as_bytes()),
                _ => out(&text),
            }
        }
        Some(Command::Man) => {
            let mut buf = Vec::new();
            match clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut buf) {
                Ok(()) => out(&String::from_utf8_lossy(&buf)),
                Err(e) => {
                    errln!("error: cannot write the manual page: {e}");
                    IO
                }
            }
        }
        Some(Command::Gen {
            agencies,
            teams,
            events,
            seed,
            output,
            max_input_bytes,
        }) => {
            let too_large = |bytes: u64| {
                errln!(
                    "error: the dataset would be {bytes} bytes, over the {max_input_bytes} bytes that `check` and `render` read (--max-input-bytes); ask for fewer records, or raise --max-input-bytes here and where it is read"
                );
                USAGE
            };
            // Every record takes at least this much: refuse at once what could
            // never fit, before building it in memory.
            let at_least = (agencies as u64).saturating_mul(60)
                + (teams as u64).saturating_mul(80)
                + (events as u64).saturating_mul(80);
            if at_least > max_input_bytes {
                return too_large(at_least);
            }
            let yaml = coopline::generate::dataset(agencies, teams, events, seed);
            if yaml.len() as u64 > max_input_bytes {
                return too_large(yaml.len() as u64);
            }
            match output {
                Some(p) if p.as_os_str() != "-" => write_output(&p, &[], yaml.as_bytes()),
                _ => out(&yaml),
            }
        }
        Some(Command::Render(args)) => {
            if args.watch {
                watch::watch(&args)
            } else {
                render_cmd::render(&args, true)
            }
        }
        Some(Command::Check {
            input,
            deny_warnings,
        }) => {
            let sources = match read(&input) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match load(&sources, input.limits()) {
                Ok(checked) => {
                    let printed = summary(&sources, &checked);
                    let code = if printed != OK {
                        printed
                    } else if deny_warnings && !checked.warnings.is_empty() {
                        INVALID
                    } else {
                        OK
                    };
                    release_at_exit((checked, sources));
                    code
                }
                Err(code) => code,
            }
        }
        Some(Command::Import { from }) => import(from),
        Some(Command::Query {
            input,
            slice,
            json,
            question,
        }) => with_graph(&input, &slice, |model, g, _| ask(model, g, &question, json)),
        Some(Command::Export {
            input,
            slice,
            format,
            output,
        }) => {
            let output = output.filter(|o| o.as_os_str() != "-");
            let format = match (format, &output) {
                (Some(f), _) => f,
                (None, Some(o)) => match infer_format(o) {
                    Some(f) => f,
                    None => {
                        errln!(
                            "error: cannot tell the format from {}; add --format dot|graphml|gexf|json",
                            o.display()
                        );
                        return USAGE;
                    }
                },
                (None, None) => {
                    errln!("error: choose a format with --format dot|graphml|gexf|json");
                    return USAGE;
                }
            };
            with_graph(&input, &slice, |model, g, inputs| {
                let format = match format {
                    ExportFormat::Dot => export::Format::Dot,
                    ExportFormat::Graphml => export::Format::GraphMl,
                    ExportFormat::Gexf => export::Format::Gexf,
                    ExportFormat::Json => export::Format::Json,
                };
                let text = export::export(model, g, format);
                match &output {
                    None => out(&text),
                    Some(path) => write_output(path, inputs, text.as_bytes()),
                }
            })
        }
    }
}

/// `coopline import csv`: sheets in, a checked YAML dataset out.
fn import(from: cli::Import) -> u8 {
    let cli::Import::Csv {
        files,
        kind,
        title,
        output,
        max_input_bytes,
    } = from;
    use coopline::import::{Sheet, import_csv, read_sheets, sheets};
    if let Some(c) = title.as_deref().and_then(coopline::input::forbidden_char) {
        errln!(
            "error: --title contains the control character U+{:04X}; remove it: control characters cannot appear in SVG or XML output",
            c as u32
        );
        return USAGE;
    }
    let sources = match read_sheets(&files, max_input_bytes) {
        Ok(s) => s,
        Err(e) => {
            errln!("error: {e}");
            return IO;
        }
    };
    let sheets = match sheets(&sources, kind.as_deref().and_then(Sheet::from_name)) {
        Ok(s) => s,
        Err(e) => {
            errln!("error: {e}");
            return USAGE;
        }
    };
    match import_csv(&sources, &sheets, title.as_deref()) {
        Ok(imported) => {
            let warnings = &imported.checked.warnings;
            errs!("{}", diag::render_all(warnings, &sources, color_stderr()));
            match output.filter(|o| o.as_os_str() != "-") {
                // A folder's files count as inputs too: never write over a sheet.
                Some(path) => write_output(&path, &inputs_of(&sources), imported.yaml.as_bytes()),
                None => out(&imported.yaml),
            }
        }
        Err(diags) => {
            errs!("{}", diag::render_all(&diags, &sources, color_stderr()));
            let (errors, _) = diag::count(&diags);
            errln!(
                "error: {} cannot be imported: {}",
                describe(&sources),
                plural(errors, "error")
            );
            INVALID
        }
    }
}

/// The files a command read: no output may replace one of them.
fn inputs_of(sources: &SourceSet) -> Vec<&FileIdentity> {
    sources.identities().collect()
}

/// Writes a file or standard output for `-` (see [`coopline::write`]); refuses
/// to replace an input.
fn write_output(path: &Path, inputs: &[&FileIdentity], bytes: &[u8]) -> u8 {
    write_output_with(path, inputs, |w| w.write_all(bytes))
}

/// [`write_output`] for output produced piece by piece by `write`.
fn write_output_with(
    path: &Path,
    inputs: &[&FileIdentity],
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> u8 {
    use coopline::write::WriteError;
    if path.as_os_str() == "-" {
        return write_stdout(write);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        errln!("error: cannot create {}: {e}", dir.display());
        return IO;
    }
    match coopline::write::write_file_with(path, inputs, write) {
        Ok(()) => {
            if !quiet() {
                outln!("wrote {}", path.display());
            }
            OK
        }
        Err(e @ (WriteError::WouldReplaceInput(_) | WriteError::IsFolder(_))) => {
            errln!("error: {e}");
            USAGE
        }
        Err(e) => {
            errln!("error: {e}");
            IO
        }
    }
}

/// `coopline` alone: check the bundled cases and render every view into output/.
fn main_job() -> u8 {
    for (stem, yaml) in coopline::gallery::CASES {
        let mut sources = SourceSet::new();
        sources.add(format!("data/{stem}.yaml (bundled)"), *yaml);
        match load(&sources, coopline::input::Limits::default()) {
            Ok(checked) => {
                let code = summary(&sources, &checked);
                if code != OK {
                    return code;
                }
            }
            Err(code) => return code,
        }
    }
    let measure = FontMeasure::new();
    let pictures = coopline::gallery::render_all(&measure);
    let mut progress = progress::Progress::new("writing the gallery", pictures.len());
    for (name, svg) in pictures {
        let code =
            progress.suspend(|| write_output(&Path::new("output").join(name), &[], svg.as_bytes()));
        if code != OK {
            progress.finish();
            return code;
        }
        progress.inc();
    }
    progress.finish();
    OK
}

/// `a.yaml, b.yaml` for messages.
fn list_paths(paths: &[std::path::PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn infer_format(path: &Path) -> Option<ExportFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "dot" | "gv" => Some(ExportFormat::Dot),
        "graphml" => Some(ExportFormat::Graphml),
        "gexf" => Some(ExportFormat::Gexf),
        "json" => Some(ExportFormat::Json),
        _ => None,
    }
}

fn read(input: &Input) -> Result<SourceSet, u8> {
    let sources =
        coopline::input::read_paths(&input.paths, input.max_input_bytes).map_err(|e| {
            errln!("error: {e}");
            IO
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

fn describe(sources: &SourceSet) -> String {
    let names: Vec<&str> = sources.iter().map(|(_, f)| f.name.as_str()).collect();
    if names.len() == 1 {
        names[0].to_string()
    } else {
        format!("{} files", names.len())
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Lets go of a large value when the process ends right after, without freeing
/// it piece by piece: the system takes the memory back at once, where dropping a
/// large case's model and pictures takes a noticeable share of the run.
fn release_at_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Validates, printing every diagnostic; the exit code on failure.
fn load(sources: &SourceSet, limits: coopline::input::Limits) -> Result<Checked, u8> {
    match coopline::check_with(sources, limits) {
        Ok(checked) => {
            errs!(
                "{}",
                diag::render_all(&checked.warnings, sources, color_stderr())
            );
            Ok(checked)
        }
        Err(diags) => {
            errs!("{}", diag::render_all(&diags, sources, color_stderr()));
            let (errors, warnings) = diag::count(&diags);
            let mut line = format!(
                "error: {} is not valid: {}",
                describe(sources),
                plural(errors, "error")
            );
            if warnings > 0 {
                line.push_str(&format!(", {}", plural(warnings, "warning")));
            }
            errln!("{line}");
            Err(INVALID)
        }
    }
}

/// Prints that the dataset is valid, with its counts; the exit code of the printing.
fn summary(sources: &SourceSet, checked: &Checked) -> u8 {
    if quiet() {
        return OK;
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
    out(&format!(
        "{}: valid{title}\n  {}{warnings}\n",
        describe(sources),
        checked.model.summary()
    ))
}

fn with_graph(
    input: &Input,
    slice: &Slice,
    f: impl FnOnce(&Model, &CoopGraph, &[&FileIdentity]) -> u8,
) -> u8 {
    let sources = match read(input) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let checked = match load(&sources, input.limits()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let model = &checked.model;
    let g = graph_of(model, slice.from.as_ref(), slice.to.as_ref(), slice.by);
    f(model, &g, &inputs_of(&sources))
}

/// The cooperation graph within a time window, one node per agency, country or kind.
fn graph_of(
    model: &Model,
    from: Option<&coopline::model::PartialDate>,
    to: Option<&coopline::model::PartialDate>,
    by: By,
) -> CoopGraph {
    let mut g = build_graph(model);
    if from.is_some() || to.is_some() {
        g = g.slice(from, to);
    }
    let grouping = match by {
        By::Agency => Grouping::Agency,
        By::Country => Grouping::Country,
        By::Kind => Grouping::Kind,
    };
    if grouping != Grouping::Agency {
        g = g.aggregate(model, grouping);
    }
    g
}

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

fn ask(model: &Model, g: &CoopGraph, question: &Question, as_json: bool) -> u8 {
    let node = |key: &str| {
        query::find_node(model, g, key).map_err(|e| {
            errln!("error: {e}");
            USAGE
        })
    };
    match question {
        Question::Pairs => out(&if as_json {
            json(&query::pairs(model, g))
        } else {
            query::pairs_table(model, g)
        }),
        Question::With { id } => {
            let n = match node(id) {
                Ok(n) => n,
                Err(code) => return code,
            };
            let list = query::partners(model, g, n);
            out(&if as_json {
                json(&list)
            } else {
                query::partners_table(&list)
            })
        }
        Question::Path { from_id, to_id } => {
            let (a, b) = match (node(from_id), node(to_id)) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(code), _) | (_, Err(code)) => return code,
            };
            let hops = query::path(model, g, a, b);
            match (hops, as_json) {
                (hops, true) => out(&json(&hops)),
                (Some(h), false) => out(&query::path_table(&h)),
                (None, false) => out(&format!(
                    "no chain of cooperation links {from_id} and {to_id}\n"
                )),
            }
        }
        Question::Stats => {
            let s = query::stats(model, g);
            out(&if as_json {
                json(&s)
            } else {
                query::stats_text(&s)
            })
        }
    }
}
