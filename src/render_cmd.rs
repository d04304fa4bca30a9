//! `coopline render`: dataset → scene → picture file(s).

use std::path::{Path, PathBuf};
use std::time::Instant;

use coopline::layout::{
    LaneMode, NetColor, NetworkOptions, StoryBy, StoryColor, StorylineOptions, TimelineOptions,
    layout_network, layout_storyline, layout_timeline,
};
use coopline::model::Model;
use coopline::query;
use coopline::render::{
    png_size_problem, render_html, render_pdf, render_png, render_svg, write_svg,
};
use coopline::scene::Scene;
use coopline::source::FileIdentity;
use coopline::style::Theme;
use coopline::text::FontMeasure;

use crate::cli::{By, ColorBy, Facet, Lanes, PictureFormat, RenderArgs, View};
use crate::progress::Progress;
use crate::{IO, OK, USAGE, load, read, write_output};

/// Reads, checks, lays out and writes; the exit code. `once`: the process ends
/// right after, so the data need not be freed.
pub fn render(a: &RenderArgs, once: bool) -> u8 {
    if let Some(code) = check_flags(a) {
        return code;
    }
    let t = Instant::now();
    let sources = match read(&a.input) {
        Ok(s) => s,
        Err(code) => return code,
    };
    verbose!("read {} in {:.0?}", crate::describe(&sources), t.elapsed());
    let t = Instant::now();
    let checked = match load(&sources, a.input.limits()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    verbose!(
        "checked in {:.0?}: {}",
        t.elapsed(),
        checked.model.summary()
    );
    let t = Instant::now();
    let scene = match scene(a, &checked.model) {
        Ok(s) => s,
        Err(code) => return code,
    };
    verbose!(
        "laid out the {} in {:.0?}: {} items, {}x{} px",
        view_name(a.view),
        t.elapsed(),
        scene.items.len(),
        scene.width.round(),
        scene.height.round()
    );
    let format = format_of(a);
    if format == PictureFormat::Png
        && let Some(problem) = png_size_problem(scene.width, scene.height, a.scale)
    {
        errln!(
            "error: {problem}; draw it as SVG or PDF, or ask for less (--size, --from/--to, --focus)"
        );
        return USAGE;
    }
    if format == PictureFormat::Html && a.steps {
        errln!("error: --steps makes a series of pictures; use svg, png or pdf, not html");
        return USAGE;
    }
    let output = output_of(a, format);
    let frames: Vec<Scene> = if a.steps {
        (1..=scene.steps()).map(|k| scene.frame(k)).collect()
    } else {
        vec![scene]
    };
    let t = Instant::now();
    let inputs = crate::inputs_of(&sources);
    let code = write_pictures(&output, a, &inputs, &checked.model, &frames, format);
    verbose!("rendered and wrote in {:.0?}", t.elapsed());
    if once {
        crate::release_at_exit((frames, checked, sources));
    }
    code
}

/// Refuses, before any work, options whose values are each fine but not together,
/// and text given on the command line that no picture may hold.
fn check_flags(a: &RenderArgs) -> Option<u8> {
    if format_of(a) == PictureFormat::Png
        && let coopline::layout::Size::Fixed { width, height } = a.size
        && let Some(problem) = png_size_problem(width, height, a.scale)
    {
        errln!("error: --size and --scale: {problem}; lower --scale or --size");
        return Some(USAGE);
    }
    for (flag, text) in [
        ("--title", &a.title),
        ("--subtitle", &a.subtitle),
        ("--caption", &a.caption),
    ] {
        if let Some(text) = text
            && let Some(c) = coopline::input::forbidden_char(text)
        {
            errln!(
                "error: {flag} contains the control character U+{:04X}; remove it: control characters cannot appear in SVG or XML output",
                c as u32
            );
            return Some(USAGE);
        }
    }
    None
}

fn view_name(view: View) -> &'static str {
    match view {
        View::Timeline => "timeline",
        View::Storyline => "storyline",
        View::Network => "network",
    }
}

/// The format asked for, else the one the output name implies, else SVG.
pub fn format_of(a: &RenderArgs) -> PictureFormat {
    a.format.unwrap_or_else(|| {
        match a
            .output
            .as_ref()
            .and_then(|o| o.extension())
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref()
        {
            Some("png") => PictureFormat::Png,
            Some("pdf") => PictureFormat::Pdf,
            Some("html" | "htm") => PictureFormat::Html,
            _ => PictureFormat::Svg,
        }
    })
}

/// `-o`, or output/<first input's name>-<view>.<format>.
pub fn output_of(a: &RenderArgs, format: PictureFormat) -> PathBuf {
    let ext = match format {
        PictureFormat::Svg => "svg",
        PictureFormat::Png => "png",
        PictureFormat::Pdf => "pdf",
        PictureFormat::Html => "html",
    };
    a.output.clone().unwrap_or_else(|| {
        let stem = a
            .input
            .paths
            .first()
            .and_then(|p| p.file_stem())
            .and_then(|s| s.to_str())
            .filter(|s| *s != "-")
            .unwrap_or("dataset");
        Path::new("output").join(format!("{stem}-{}.{ext}", view_name(a.view)))
    })
}

/// The picture as geometry, or the exit code of a usage error.
fn scene(a: &RenderArgs, model: &Model) -> Result<Scene, u8> {
    let focus = match &a.focus {
        None => None,
        Some(id) => match model.agency(id) {
            Some(r) => Some(r),
            None => {
                let ids = model.agencies.iter().map(|a| a.id.as_str());
                match coopline::suggest::did_you_mean(id, ids) {
                    Some(s) => errln!("error: no agency `{id}`; did you mean `{s}`?"),
                    None => errln!("error: no agency `{id}` in the dataset"),
                }
                return Err(USAGE);
            }
        },
    };
    let theme = Theme::by_name(&a.theme).unwrap_or_else(|| Theme::by_name("light").expect("light"));
    let width = match a.size {
        coopline::layout::Size::Fixed { width, .. } => width,
        coopline::layout::Size::Auto => 1920.0,
    };
    let measure = FontMeasure::new();
    Ok(match a.view {
        View::Timeline => {
            let opts = TimelineOptions {
                lanes: match a.lanes {
                    Lanes::Agency => LaneMode::Agency,
                    Lanes::Team => LaneMode::Team,
                    Lanes::Country => LaneMode::Country,
                    Lanes::Kind => LaneMode::Kind,
                },
                from: a.from,
                to: a.to,
                focus,
                size: a.size,
                theme,
                title: a.title.clone(),
                subtitle: a.subtitle.clone(),
                caption: a.caption.clone(),
                context: !a.no_context,
            };
            layout_timeline(model, &measure, &opts)
        }
        View::Storyline => {
            let by = match a.by {
                By::Agency => StoryBy::Agency,
                By::Country => StoryBy::Country,
                By::Kind => {
                    errln!(
                        "error: a storyline draws one line per agency or per country: use --by agency or --by country"
                    );
                    return Err(USAGE);
                }
            };
            let sopts = StorylineOptions {
                by,
                color: match a.color {
                    ColorBy::Country => StoryColor::Country,
                    ColorBy::Kind => StoryColor::Kind,
                },
                from: a.from,
                to: a.to,
                width,
                theme,
                title: a.title.clone(),
            };
            let (scene, st) = layout_storyline(model, &measure, &sopts);
            if a.stats {
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
            let g = crate::graph_of(model, a.from.as_ref(), a.to.as_ref(), a.by);
            if let Some(c) = &a.center
                && let Err(e) = query::find_node(model, &g, c)
            {
                errln!("error: --center: {e}");
                return Err(USAGE);
            }
            let nopts = NetworkOptions {
                color: match a.color {
                    ColorBy::Country => NetColor::Country,
                    ColorBy::Kind => NetColor::Kind,
                },
                center: a.center.clone(),
                facet_years: a.facet == Some(Facet::Year),
                width,
                theme,
                title: a.title.clone(),
                stats: a.stats,
                ..NetworkOptions::default()
            };
            let (scene, st) = layout_network(model, &g, &measure, &nopts);
            if a.stats {
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
    })
}

/// Writes one picture, or a numbered series of frames (one PDF for all frames).
fn write_pictures(
    output: &Path,
    a: &RenderArgs,
    inputs: &[&FileIdentity],
    model: &Model,
    frames: &[Scene],
    format: PictureFormat,
) -> u8 {
    let encode = |scene: &Scene| -> Result<Vec<u8>, String> {
        match format {
            PictureFormat::Svg => Ok(render_svg(scene).into_bytes()),
            PictureFormat::Png => {
                render_png(&render_svg(scene), a.scale).map_err(|e| e.to_string())
            }
            PictureFormat::Pdf => render_pdf(&[render_svg(scene)]).map_err(|e| e.to_string()),
            PictureFormat::Html => Ok(render_html(scene, model).into_bytes()),
        }
    };
    if !a.steps && format == PictureFormat::Svg {
        return crate::write_output_with(output, inputs, |w| {
            write_svg(&frames[frames.len() - 1], w)
        });
    }
    if !a.steps || format == PictureFormat::Pdf {
        let bytes = if format == PictureFormat::Pdf {
            let mut progress = Progress::new("rendering PDF pages", frames.len());
            let svgs: Vec<String> = frames
                .iter()
                .map(|f| {
                    let s = render_svg(f);
                    progress.inc();
                    s
                })
                .collect();
            progress.finish();
            render_pdf(&svgs).map_err(|e| e.to_string())
        } else {
            encode(&frames[frames.len() - 1])
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
    let digits = frames.len().to_string().len().max(2);
    let paths: Vec<PathBuf> = (1..=frames.len())
        .map(|i| output.with_file_name(format!("{stem}-{i:0digits$}.{ext}")))
        .collect();
    // A whole build or none: no frame is written if a later one would replace an input.
    if let Some(p) = paths
        .iter()
        .find(|p| FileIdentity::of(p).is_some_and(|id| inputs.contains(&&id)))
    {
        errln!(
            "error: refusing to write over the input file {}",
            p.display()
        );
        return USAGE;
    }
    let mut progress = Progress::new("writing frames", frames.len());
    for (frame, path) in frames.iter().zip(&paths) {
        let code = match encode(frame) {
            Ok(b) => progress.suspend(|| write_output(path, inputs, &b)),
            Err(e) => {
                errln!("error: {e}");
                IO
            }
        };
        if code != OK {
            progress.finish();
            return code;
        }
        progress.inc();
    }
    progress.finish();
    OK
}
