//! The `coopline` binary: a thin shell over the library.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use coopline::diag;
use coopline::graph::{CoopGraph, Grouping, build_graph};
use coopline::model::{Checked, Model};
use coopline::source::SourceSet;
use coopline::{export, query};

use cli::{
    By, Cli, ColorBy, Command, ExportFormat, Facet, Input, Lanes, PictureFormat, Question, Slice,
    View,
};
use coopline::layout::{
    LaneMode, NetColor, NetworkOptions, StoryBy, StoryColor, StorylineOptions, TimelineOptions,
    layout_network, layout_storyline, layout_timeline,
};
use coopline::render::{render_pdf, render_png, render_svg};
use coopline::scene::Scene;
use coopline::style::Theme;
use coopline::text::FontMeasure;

/// Like `eprintln!`, but a closed or failing stderr is ignored instead of panicking.
macro_rules! errln {
    ($($t:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($t)*);
    }};
}

/// Like `eprint!`, without the panic.
macro_rules! errs {
    ($($t:tt)*) => {{
        let _ = write!(std::io::stderr().lock(), $($t)*);
    }};
}

/// Like `println!`, but a closed pipe (`coopline ... | head`) ends output quietly.
macro_rules! outln {
    ($($t:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}

/// Exit codes, documented in the README.
const OK: u8 = 0;
const INVALID: u8 = 1;
const USAGE: u8 = 2;
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
        None => main_job(),
        Some(Command::Completions { shell }) => {
            let mut buf = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "coopline",
                &mut buf,
            );
            out(&String::from_utf8_lossy(&buf));
            OK
        }
        Some(Command::Man) => {
            let mut buf = Vec::new();
            match clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut buf) {
                Ok(()) => {
                    out(&String::from_utf8_lossy(&buf));
                    OK
                }
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
        }) => {
            let yaml = coopline::generate::dataset(agencies, teams, events, seed);
            match output {
                Some(p) if p.as_os_str() != "-" => write_output(&p, &[], yaml.as_bytes()),
                _ => {
                    out(&yaml);
                    OK
                }
            }
        }
        Some(Command::Render {
            input,
            view,
            output,
            lanes,
            by,
            color,
            stats,
            center,
            facet,
            from,
            to,
            focus,
            size,
            theme,
            title,
            subtitle,
            caption,
            format,
            scale,
            steps,
            no_context,
        }) => {
            let sources = match read(&input) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let checked = match load(&sources, input.limits()) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let model = &checked.model;
            let focus = match focus {
                None => None,
                Some(id) => match model.agency(&id) {
                    Some(a) => Some(a),
                    None => {
                        let ids = model.agencies.iter().map(|a| a.id.as_str());
                        match coopline::suggest::did_you_mean(&id, ids) {
                            Some(s) => errln!("error: no agency `{id}`; did you mean `{s}`?"),
                            None => errln!("error: no agency `{id}` in the dataset"),
                        }
                        return USAGE;
                    }
                },
            };
            let opts = TimelineOptions {
                lanes: match lanes {
                    Lanes::Agency => LaneMode::Agency,
                    Lanes::Team => LaneMode::Team,
                    Lanes::Country => LaneMode::Country,
                    Lanes::Kind => LaneMode::Kind,
                },
                from,
                to,
                focus,
                size,
                theme: Theme::by_name(&theme)
                    .unwrap_or_else(|| Theme::by_name("light").expect("light")),
                title,
                subtitle,
                caption,
                context: !no_context,
            };
            let measure = FontMeasure::new();
            let scene = match view {
                View::Timeline => layout_timeline(model, &measure, &opts),
                View::Storyline => {
                    let story_by = match by {
                        By::Agency => StoryBy::Agency,
                        By::Country => StoryBy::Country,
                        By::Kind => {
                            errln!(
                                "error: a storyline draws one line per agency or per country: use --by agency or --by country"
                            );
                            return USAGE;
                        }
                    };
                    let sopts = StorylineOptions {
                        by: story_by,
                        color: match color {
                            ColorBy::Country => StoryColor::Country,
                            ColorBy::Kind => StoryColor::Kind,
                        },
                        from: opts.from,
                        to: opts.to,
                        width: match opts.size {
                            coopline::layout::Size::Fixed { width, .. } => width,
                            coopline::layout::Size::Auto => 1920.0,
                        },
                        theme: opts.theme.clone(),
                        title: opts.title.clone(),
                    };
                    let (scene, st) = layout_storyline(model, &measure, &sopts);
                    if stats {
                        outln!(
                            "crossings {} (naive order {}), wiggles {} (naive order {}), {} lines over {} time steps",
                            st.crossings,
                            st.naive_crossings,
                            st.wiggles,
                            st.naive_wiggles,
                            st.lines,
                            st.slots
                        );
                    }
                    scene
                }
                View::Network => {
                    let mut g = build_graph(model);
                    if opts.from.is_some() || opts.to.is_some() {
                        g = g.slice(opts.from.as_ref(), opts.to.as_ref());
                    }
                    let grouping = match by {
                        By::Agency => Grouping::Agency,
                        By::Country => Grouping::Country,
                        By::Kind => Grouping::Kind,
                    };
                    if grouping != Grouping::Agency {
                        g = g.aggregate(model, grouping);
                    }
                    if let Some(c) = &center
                        && let Err(e) = query::find_node(model, &g, c)
                    {
                        errln!("error: --center: {e}");
                        return USAGE;
                    }
                    let nopts = NetworkOptions {
                        color: match color {
                            ColorBy::Country => NetColor::Country,
                            ColorBy::Kind => NetColor::Kind,
                        },
                        center: center.clone(),
                        facet_years: facet == Some(Facet::Year),
                        width: match opts.size {
                            coopline::layout::Size::Fixed { width, .. } => width,
                            coopline::layout::Size::Auto => 1920.0,
                        },
                        theme: opts.theme.clone(),
                        title: opts.title.clone(),
                        stats,
                        ..NetworkOptions::default()
                    };
                    let (scene, st) = layout_network(model, &g, &measure, &nopts);
                    if stats {
                        outln!(
                            "edge crossings {}, normalised stress {:.4}, {} nodes, {} edges",
                            st.crossings,
                            st.stress,
                            st.nodes,
                            st.edges
                        );
                    }
                    scene
                }
            };
            let view_name = match view {
                View::Timeline => "timeline",
                View::Storyline => "storyline",
                View::Network => "network",
            };
            let format = format.unwrap_or_else(|| {
                match output
                    .as_ref()
                    .and_then(|o| o.extension())
                    .and_then(|e| e.to_str())
                {
                    Some(e) if e.eq_ignore_ascii_case("png") => PictureFormat::Png,
                    Some(e) if e.eq_ignore_ascii_case("pdf") => PictureFormat::Pdf,
                    _ => PictureFormat::Svg,
                }
            });
            let ext = match format {
                PictureFormat::Svg => "svg",
                PictureFormat::Png => "png",
                PictureFormat::Pdf => "pdf",
            };
            let output = output.unwrap_or_else(|| {
                let stem = input
                    .paths
                    .first()
                    .and_then(|p| p.file_stem())
                    .and_then(|s| s.to_str())
                    .filter(|s| *s != "-")
                    .unwrap_or("dataset");
                Path::new("output").join(format!("{stem}-{view_name}.{ext}"))
            });
            let frames: Vec<Scene> = if steps {
                (1..=scene.steps()).map(|k| scene.frame(k)).collect()
            } else {
                vec![scene]
            };
            write_pictures(&output, &input.paths, &frames, format, scale, steps)
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
                    summary(&sources, &checked);
                    if deny_warnings && !checked.warnings.is_empty() {
                        INVALID
                    } else {
                        OK
                    }
                }
                Err(code) => code,
            }
        }
        Some(Command::Query {
            input,
            slice,
            json,
            question,
        }) => with_graph(&input, &slice, |model, g| ask(model, g, &question, json)),
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
            if let Some(o) = &output
                && coopline::write::is_one_of(o, &input.paths)
            {
                errln!(
                    "error: refusing to write over the input file {}",
                    o.display()
                );
                return USAGE;
            }
            with_graph(&input, &slice, |model, g| {
                let format = match format {
                    ExportFormat::Dot => export::Format::Dot,
                    ExportFormat::Graphml => export::Format::GraphMl,
                    ExportFormat::Gexf => export::Format::Gexf,
                    ExportFormat::Json => export::Format::Json,
                };
                let text = export::export(model, g, format);
                match &output {
                    None => {
                        out(&text);
                        OK
                    }
                    Some(path) => match coopline::write::write_atomic(path, text.as_bytes()) {
                        Ok(()) => {
                            errln!("wrote {}", path.display());
                            OK
                        }
                        Err(e) => {
                            errln!("error: cannot write {}: {e}", path.display());
                            IO
                        }
                    },
                }
            })
        }
    }
}

/// Writes a file (atomically) or standard output for `-`; refuses to replace an input.
fn write_output(path: &Path, inputs: &[std::path::PathBuf], bytes: &[u8]) -> u8 {
    if path.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(bytes).and_then(|_| stdout.flush());
        return OK;
    }
    if coopline::write::is_one_of(path, inputs) {
        errln!(
            "error: refusing to write over the input file {}",
            path.display()
        );
        return USAGE;
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        errln!("error: cannot create {}: {e}", dir.display());
        return IO;
    }
    match coopline::write::write_atomic(path, bytes) {
        Ok(()) => {
            outln!("wrote {}", path.display());
            OK
        }
        Err(e) => {
            errln!("error: cannot write {}: {e}", path.display());
            IO
        }
    }
}

/// Writes one picture, or a numbered series of frames (one PDF for all frames).
fn write_pictures(
    output: &Path,
    inputs: &[std::path::PathBuf],
    frames: &[Scene],
    format: PictureFormat,
    scale: f32,
    steps: bool,
) -> u8 {
    let svgs: Vec<String> = frames.iter().map(render_svg).collect();
    let encode = |svg: &String| -> Result<Vec<u8>, String> {
        match format {
            PictureFormat::Svg => Ok(svg.clone().into_bytes()),
            PictureFormat::Png => render_png(svg, scale).map_err(|e| e.to_string()),
            PictureFormat::Pdf => render_pdf(std::slice::from_ref(svg)).map_err(|e| e.to_string()),
        }
    };
    if !steps || format == PictureFormat::Pdf {
        let bytes = if format == PictureFormat::Pdf {
            render_pdf(&svgs).map_err(|e| e.to_string())
        } else {
            encode(&svgs[svgs.len() - 1])
        };
        return match bytes {
            Ok(b) => write_output(output, inputs, &b),
            Err(e) => {
                errln!("error: {e}");
                IO
            }
        };
    }
    if output.as_os_str() == "-" {
        errln!("error: --steps writes several files; give a file name with -o (deck/case.svg)");
        return USAGE;
    }
    let stem = output
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("frame");
    let ext = output.extension().and_then(|s| s.to_str()).unwrap_or("svg");
    let digits = svgs.len().to_string().len().max(2);
    for (i, svg) in svgs.iter().enumerate() {
        let name = format!("{stem}-{:0digits$}.{ext}", i + 1);
        let path = output.with_file_name(name);
        let code = match encode(svg) {
            Ok(b) => write_output(&path, inputs, &b),
            Err(e) => {
                errln!("error: {e}");
                IO
            }
        };
        if code != OK {
            return code;
        }
    }
    OK
}

/// `coopline` alone: check the bundled cases and render every view into output/.
fn main_job() -> u8 {
    for (stem, yaml) in coopline::gallery::CASES {
        let mut sources = SourceSet::new();
        sources.add(format!("data/{stem}.yaml (bundled)"), *yaml);
        match load(&sources, coopline::input::Limits::default()) {
            Ok(checked) => summary(&sources, &checked),
            Err(code) => return code,
        }
    }
    let measure = FontMeasure::new();
    for (name, svg) in coopline::gallery::render_all(&measure) {
        let code = write_output(&Path::new("output").join(name), &[], svg.as_bytes());
        if code != OK {
            return code;
        }
    }
    OK
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
    coopline::input::read_paths(&input.paths, input.max_input_bytes).map_err(|e| {
        errln!("error: {e}");
        IO
    })
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

fn summary(sources: &SourceSet, checked: &Checked) {
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
    ));
}

fn with_graph(input: &Input, slice: &Slice, f: impl FnOnce(&Model, &CoopGraph) -> u8) -> u8 {
    let sources = match read(input) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let checked = match load(&sources, input.limits()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let model = &checked.model;
    let mut g = build_graph(model);
    if slice.from.is_some() || slice.to.is_some() {
        g = g.slice(slice.from.as_ref(), slice.to.as_ref());
    }
    let by = match slice.by {
        By::Agency => Grouping::Agency,
        By::Country => Grouping::Country,
        By::Kind => Grouping::Kind,
    };
    if by != Grouping::Agency {
        g = g.aggregate(model, by);
    }
    f(model, &g)
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
            });
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
            });
        }
    }
    OK
}
