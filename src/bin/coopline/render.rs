//! `coopline render`: dataset → laid-out picture → file(s).

use std::path::{Path, PathBuf};
use std::time::Instant;

use coopline::{
    DECK_PICTURE, FileIdentity, FontMeasure, Fonts, Laid, Options, PictureFormat, Role, Scene,
    Theme, View, layout, misplaced, page_views, png_size_problem, render_explainer,
    render_pdf_build, render_pdf_pictures, render_png_with, render_svg_for_raster, render_svg_with,
    write_svg_with,
};

use crate::cli::RenderArgs;
use crate::dataset::{describe, inputs_of, leave_out, load, read, release_at_exit};
use crate::output::{write_each, write_output, write_output_with};
use crate::{Fail, Outcome};

/// Reads, checks, lays out and writes. `once`: the process ends right after, so
/// the data need not be freed.
pub fn render(a: &RenderArgs, once: bool) -> Outcome {
    check_flags(a)?;
    let fonts = crate::fonts::given(&a.fonts)?;
    let t = Instant::now();
    let sources = read(&a.input)?;
    verbose!("read {} in {:.0?}", describe(&sources), t.elapsed());
    let t = Instant::now();
    let checked = load(&sources, a.input.limits())?;
    verbose!(
        "checked in {:.0?}: {}",
        t.elapsed(),
        checked.model.summary()
    );
    let mut model = leave_out(&checked.model, a.no_private, a.min_confidence);
    // `--lang` wins over the dataset's `lang:` (which reading applied already).
    if let Some(tag) = &a.lang {
        model.to_mut().localise(tag);
    }
    let format = format_of(a);
    let mut opts = options(a, format);
    if let Some(tag) = a.lang.as_deref().or(model.lang.as_deref()) {
        match coopline::Lang::from_tag(tag) {
            Some(lang) => opts.lang = lang,
            None => errln!(
                "warning: coopline does not speak `{tag}` yet: its own words stay in English (names given in `{tag}` are used); it speaks {}",
                coopline::Lang::codes()
            ),
        }
    }
    // Deck notes and pages are written outside the layouts, in the same language.
    let _speaking = coopline::speak(opts.lang);
    if format == PictureFormat::Html {
        if a.steps {
            errln!(
                "error: --steps makes a series of pictures; use svg, png, pdf or pptx, not html"
            );
            return Err(Fail::Usage);
        }
        let output = output_of(a, format);
        let written = write_page(&output, a, &inputs_of(&sources), &model, &opts, &fonts);
        if once {
            release_at_exit((checked, sources));
        }
        return written;
    }
    let (laid, fonts) = lay_out_all(a, &model, &opts, format, fonts)?;
    let output = output_of(a, format);
    let t = Instant::now();
    let inputs = inputs_of(&sources);
    let written = match (&laid[..], format) {
        (_, PictureFormat::Pptx) => write_deck(&output, a, &inputs, &model, &laid),
        ([one], _) if !a.steps => write_picture(&output, a, &inputs, one, format, &fonts),
        // Every view (--view all) in one PDF, or a build of frames.
        _ => {
            let frames = Frames::new(&laid, a.steps);
            write_frames(&output, a, &inputs, &frames, format, &fonts)
        }
    };
    verbose!("rendered and wrote in {:.0?}", t.elapsed());
    if once {
        release_at_exit((laid, checked, sources));
    }
    written
}

/// Writes the web page: every view drawn for a desktop and for a phone, the
/// view asked for (`--view`) in the tab that opens first.
fn write_page(
    output: &Path,
    a: &RenderArgs,
    inputs: &[&FileIdentity],
    model: &coopline::Model,
    opts: &Options,
    fonts: &Fonts,
) -> Outcome {
    let views = page_views(model, opts, &FontMeasure::with_fonts(fonts)).map_err(|e| {
        errln!("error: {e}");
        Fail::Usage
    })?;
    let open = a.view.0.first().map_or("timeline", |v| v.name());
    let Some(html) = render_explainer(&views, open) else {
        errln!("error: the web page's lists were not gathered");
        return Err(Fail::Io);
    };
    write_output(output, inputs, html.as_bytes())
}

/// Lays out every view asked for, measured with `fonts`. For PNG and PDF,
/// characters that no font of the chain has are looked up in the system's
/// fonts (and the views laid out again with them); then what a reader should
/// know is said ([`report`]). Returns the fonts the pictures are to be drawn with.
fn lay_out_all(
    a: &RenderArgs,
    model: &coopline::Model,
    opts: &Options,
    format: PictureFormat,
    fonts: Fonts,
) -> Result<(Vec<Laid>, Fonts), Fail> {
    let lay = |fonts: &Fonts| {
        let measure = FontMeasure::with_fonts(fonts);
        a.view
            .0
            .iter()
            .map(|v| {
                let t = Instant::now();
                let laid = layout(*v, model, opts, &measure).map_err(|e| {
                    errln!("error: {e}");
                    Fail::Usage
                })?;
                Ok((laid, t.elapsed()))
            })
            .collect::<Result<Vec<_>, Fail>>()
    };
    let mut laid = lay(&fonts)?;
    let mut fonts = fonts;
    if matches!(format, PictureFormat::Png | PictureFormat::Pdf)
        && let Some(more) = crate::fonts::system_fallback(laid.iter().map(|l| &l.0.scene), &fonts)
    {
        laid = lay(&more)?;
        fonts = more;
    }
    let mut out = Vec::with_capacity(laid.len());
    for (v, (l, took)) in a.view.0.iter().zip(laid) {
        report(a, *v, model, opts, format, &l, took)?;
        out.push(l);
    }
    Ok((out, fonts))
}

/// Says on stderr what a reader of one view should know: that it was
/// scaled, or has nothing to draw; refuses a picture too large for PNG.
fn report(
    a: &RenderArgs,
    view: &'static dyn View,
    model: &coopline::Model,
    opts: &Options,
    format: PictureFormat,
    laid: &Laid,
    took: std::time::Duration,
) -> Outcome {
    if let Some(stats) = &laid.stats {
        outln!("{stats}");
    }
    if let Some(c) = &laid.coarser {
        info!(
            "note: the {} draws {}: {} does not fit {} at full size (`{}` draws it scaled down)",
            view.name(),
            c.what,
            c.instead_of,
            size_name(opts.size),
            c.detail,
        );
    }
    if opts.overview == coopline::Overview::Auto
        && coopline::drawn_as_overview(view.name(), model, opts)
    {
        info!(
            "note: the {} draws an overview by country: {} agencies are too many for a lane or line each at size {} (at most {}); `--overview never` draws every agency",
            view.name(),
            coopline::agencies_drawn(model, opts),
            size_name(opts.size),
            coopline::most_lanes(opts.size),
        );
    }
    if let Some(scale) = laid.scaled.filter(|s| *s < 0.995) {
        let smallest = laid.smallest_text().unwrap_or(0.0);
        info!(
            "note: the {} does not fit {} even laid out closer, so it is scaled to {:.0}%; its smallest text is {:.1} px (narrow the time with --from/--to, or choose a larger --size)",
            view.name(),
            size_name(opts.size),
            scale * 100.0,
            smallest
        );
    }
    if !laid.scene.items.iter().any(|i| i.role == Role::Mark) {
        let elsewhere = view.name() != "timeline";
        let milestones = match model.context.len() {
            n if n == 0 || !elsewhere => String::new(),
            n => format!("; the timeline draws its {n} legal milestones (--view timeline)"),
        };
        errln!(
            "warning: the {} has nothing to draw: no agency takes part in a team or an event in the data shown{milestones}",
            view.name()
        );
    }
    let scene = &laid.scene;
    verbose!(
        "laid out the {} in {:.0?}: {} items, {}x{} px",
        view.name(),
        took,
        scene.items.len(),
        scene.width.round(),
        scene.height.round()
    );
    if matches!(format, PictureFormat::Png | PictureFormat::Pptx)
        // A deck's PNG fallbacks are drawn at scale 1, whatever --scale says.
        && let Some(problem) = png_size_problem(
            scene.width,
            scene.height,
            if format == PictureFormat::Pptx { 1.0 } else { a.scale },
        )
    {
        errln!(
            "error: {problem}; draw it as SVG or PDF, or ask for less (--size, --from/--to, --focus)"
        );
        return Err(Fail::Usage);
    }
    Ok(())
}

/// Writes a PowerPoint deck: a slide per view, or per step with --steps,
/// each with its title and its speaker notes.
fn write_deck(
    output: &Path,
    a: &RenderArgs,
    inputs: &[&FileIdentity],
    model: &coopline::Model,
    laid: &[Laid],
) -> Outcome {
    let pictures: Vec<(&str, &Scene)> = a
        .view
        .0
        .iter()
        .zip(laid)
        .map(|(v, l)| (v.name(), &l.scene))
        .collect();
    // Streamed into the file: a build's slides together outgrow the memory.
    write_output_with(output, inputs, |w| {
        coopline::write_deck(model, &pictures, a.steps, w).map_err(std::io::Error::other)
    })
}

/// The command line's options, turned into the library's once.
fn options(a: &RenderArgs, format: PictureFormat) -> Options {
    // A deck's pictures are laid out for the room under a slide's title.
    let size = match (format, a.size) {
        (PictureFormat::Pptx, coopline::Size::Auto) => coopline::Size::Fixed {
            width: DECK_PICTURE.0,
            height: DECK_PICTURE.1,
        },
        (_, size) => size,
    };
    Options {
        size,
        theme: Theme::by_name(&a.theme).unwrap_or_else(|| Theme::by_name("light").expect("light")),
        title: a.title.clone(),
        subtitle: a.subtitle.clone(),
        caption: a.caption.clone(),
        from: a.from,
        to: a.to,
        lanes: a.lanes,
        by: a.by,
        color: a.color,
        focus: a.focus.clone(),
        center: a.center.clone(),
        facet: a.facet,
        mode: a.mode,
        links: a.links,
        context: !a.no_context,
        axis: a.axis,
        orient: a.orient,
        overview: a.overview,
        stats: a.stats,
        page: format == PictureFormat::Html,
        steps: a.steps,
        print: reads_without_pointer(format, a.size),
        // Set by `render` from --lang or the dataset's `lang:`.
        lang: coopline::Lang::En,
    }
}

/// Whether the picture will be read without a pointer to hover with: a PNG or
/// PDF, or a picture made for a fixed size (a slide, a page) or a phone's
/// column (touched, not hovered), whatever its format.
fn reads_without_pointer(format: PictureFormat, size: coopline::Size) -> bool {
    matches!(
        format,
        PictureFormat::Png | PictureFormat::Pdf | PictureFormat::Pptx
    ) || matches!(
        size,
        coopline::Size::Fixed { .. } | coopline::Size::Column { .. }
    )
}

/// Refuses, before any work, options whose values are each fine but not together,
/// and text given on the command line that no picture may hold.
fn check_flags(a: &RenderArgs) -> Outcome {
    // With every view, an option is refused only if no view takes it.
    let views = a.view.0;
    if let Some(problem) = a.given.iter().find_map(|s| {
        let refused: Vec<String> = views.iter().filter_map(|v| misplaced(*v, *s)).collect();
        (refused.len() == views.len())
            .then(|| refused.into_iter().next())
            .flatten()
    }) {
        errln!("error: {problem}");
        return Err(Fail::Usage);
    }
    let format = format_of(a);
    if views.len() > 1
        && !matches!(
            format,
            PictureFormat::Pptx | PictureFormat::Pdf | PictureFormat::Html
        )
    {
        errln!(
            "error: --view all draws every view, a slide or a page each: write a deck or a PDF (-o case.pptx, -o case.pdf)"
        );
        return Err(Fail::Usage);
    }
    if a.format.is_none()
        && let Some(o) = a.output.as_deref()
        && o.as_os_str() != "-"
        && o.extension().is_some()
        && PictureFormat::from_path(o).is_none()
    {
        errln!(
            "error: cannot tell the picture format from {}: name it .svg, .png, .pdf, .html or .pptx, or give --format",
            o.display()
        );
        return Err(Fail::Usage);
    }
    if format_of(a) == PictureFormat::Png
        && let coopline::Size::Fixed { width, height } = a.size
        && let Some(problem) = png_size_problem(width, height, a.scale)
    {
        errln!("error: --size and --scale: {problem}; lower --scale or --size");
        return Err(Fail::Usage);
    }
    for (flag, text) in [
        ("--title", &a.title),
        ("--subtitle", &a.subtitle),
        ("--caption", &a.caption),
    ] {
        if let Some(text) = text
            && let Some(c) = coopline::forbidden_char(text)
        {
            errln!(
                "error: {flag} contains the control character U+{:04X}; remove it: control characters cannot appear in SVG or XML output",
                c as u32
            );
            return Err(Fail::Usage);
        }
    }
    Ok(())
}

/// The format asked for, else the one the output name implies, else SVG.
pub fn format_of(a: &RenderArgs) -> PictureFormat {
    a.format
        .or_else(|| a.output.as_deref().and_then(PictureFormat::from_path))
        .unwrap_or(PictureFormat::Svg)
}

/// `-o`, or output/<first input's name>-<view>.<format>.
pub fn output_of(a: &RenderArgs, format: PictureFormat) -> PathBuf {
    a.output.clone().unwrap_or_else(|| {
        let stem = a
            .input
            .paths
            .first()
            .and_then(|p| p.file_stem())
            .and_then(|s| s.to_str())
            .filter(|s| *s != "-")
            .unwrap_or("dataset");
        // A web page holds every view.
        if format == PictureFormat::Html {
            return Path::new("output").join(format!("{stem}.html"));
        }
        Path::new("output").join(format!("{stem}-{}.{}", a.view.name(), format.extension()))
    })
}

/// One picture in `format`, as bytes, its text in `fonts`.
fn encode(
    scene: &Scene,
    format: PictureFormat,
    scale: f32,
    fonts: &Fonts,
) -> Result<Vec<u8>, Fail> {
    let svg = || render_svg_for_raster(scene, fonts);
    let bytes = match format {
        PictureFormat::Svg => Ok(render_svg_with(scene, fonts).into_bytes()),
        PictureFormat::Png => render_png_with(&svg(), scale, fonts).map_err(|e| e.to_string()),
        PictureFormat::Pdf => render_pdf_pictures([scene], fonts).map_err(|e| e.to_string()),
        PictureFormat::Html => Err("a web page is written by write_page".to_string()),
        PictureFormat::Pptx => Err("a deck is written by write_deck, with its notes".to_string()),
    };
    bytes.map_err(|e| {
        errln!("error: {e}");
        Fail::Io
    })
}

/// Writes one picture; SVG streams straight into the file.
fn write_picture(
    output: &Path,
    a: &RenderArgs,
    inputs: &[&FileIdentity],
    laid: &Laid,
    format: PictureFormat,
    fonts: &Fonts,
) -> Outcome {
    if format == PictureFormat::Svg {
        return write_output_with(output, inputs, |w| write_svg_with(&laid.scene, fonts, w));
    }
    let bytes = encode(&laid.scene, format, a.scale, fonts)?;
    write_output(output, inputs, &bytes)
}

/// Writes a numbered series of frames, or one PDF with a page per frame.
/// The pictures of a build (`--steps`) or of every view in one PDF, each made
/// when it is written and dropped after: a build's frames together hold the
/// picture many times over, which for a large case is more than the memory.
struct Frames<'a> {
    laid: &'a [Laid],
    /// Each frame's picture and step (`None`: the whole picture).
    at: Vec<(usize, Option<u32>)>,
}

impl<'a> Frames<'a> {
    fn new(laid: &'a [Laid], steps: bool) -> Frames<'a> {
        let at = laid
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                let last = if steps { l.scene.steps() } else { 0 };
                let whole = std::iter::once((i, None)).filter(move |_| !steps);
                whole.chain((1..=last).map(move |k| (i, Some(k))))
            })
            .collect();
        Frames { laid, at }
    }

    fn len(&self) -> usize {
        self.at.len()
    }

    fn get(&self, n: usize) -> std::borrow::Cow<'a, Scene> {
        let (i, step) = self.at[n];
        let scene = &self.laid[i].scene;
        match step {
            Some(k) => std::borrow::Cow::Owned(scene.frame(k)),
            None => std::borrow::Cow::Borrowed(scene),
        }
    }
}

fn write_frames(
    output: &Path,
    a: &RenderArgs,
    inputs: &[&FileIdentity],
    frames: &Frames,
    format: PictureFormat,
    fonts: &Fonts,
) -> Outcome {
    if format == PictureFormat::Pdf {
        // A build converts each picture once, each page drawing the steps so
        // far; without --steps, every view is a page.
        let scenes = frames.laid.iter().map(|l| &l.scene);
        let bytes = if a.steps {
            render_pdf_build(scenes, fonts)
        } else {
            render_pdf_pictures(scenes, fonts)
        };
        let bytes = bytes.map_err(|e| {
            errln!("error: {e}");
            Fail::Io
        })?;
        return write_output(output, inputs, &bytes);
    }
    if output.as_os_str() == "-" {
        errln!("error: --steps writes several files; give a file name with -o (deck/case.svg)");
        return Err(Fail::Usage);
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
        return Err(Fail::Usage);
    }
    let files = paths
        .into_iter()
        .enumerate()
        .map(|(n, path)| (path, encode(&frames.get(n), format, a.scale, fonts)));
    write_each("writing frames", inputs, files)
}

/// A size as users write it.
fn size_name(size: coopline::Size) -> String {
    match size {
        coopline::Size::Auto => "auto".to_string(),
        coopline::Size::Fixed { width, height } => format!("{width}x{height}"),
        coopline::Size::Column { width } => format!("a {width} px wide column"),
    }
}
