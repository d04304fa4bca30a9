//! The `render` command's text flags as arbitrary strings, separated by NUL
//! bytes as in argv: `--title`, `--subtitle`, `--caption`, `--focus`,
//! `--center`, `--size`, `--theme`, `--from`, `--to`; the bytes after the ninth
//! NUL are knobs for the rest. Each flag goes through the CLI's own checks, then
//! every view lays out a fixed dataset with it; each SVG and web page must be
//! well-formed and inert.
#![no_main]

use std::sync::OnceLock;

use coopline::{
    Checked, ColorBy, Facet, FontMeasure, Grouping, Lang, LaneMode, NetLinks, NetMode, Options, Orient, Overview,
    PartialDate, Size, SourceSet, TextMeasure, Theme, TimeAxis, VIEWS, layout, render_html,
    render_svg,
};
use coopline_fuzz::{Knobs, MEASURE, check_html, check_svg};
use libfuzzer_sys::fuzz_target;

/// Short, with labels that are already hostile; or the bundled Matrix case.
fn dataset(matrix: bool) -> &'static Checked {
    static HOSTILE: OnceLock<Checked> = OnceLock::new();
    static MATRIX: OnceLock<Checked> = OnceLock::new();
    let (cell, text) = if matrix {
        (&MATRIX, coopline::MATRIX_YAML)
    } else {
        (
            &HOSTILE,
            include_str!("../../tests/fixtures/good/hostile-labels.yaml"),
        )
    };
    cell.get_or_init(|| {
        let mut sources = SourceSet::new();
        sources.add("dataset.yaml", text);
        coopline::check(&sources).expect("the fuzz dataset is valid")
    })
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(10, |&b| b == 0);
    let mut flag = || {
        parts
            .next()
            .map(|p| String::from_utf8_lossy(p).into_owned())
    };
    let (title, subtitle, caption) = (flag(), flag(), flag());
    let (focus, center, size, theme) = (flag(), flag(), flag(), flag());
    let (from, to) = (flag(), flag());
    let mut k = Knobs::new(parts.next().unwrap_or(&[]));
    let checked = dataset(k.bool());
    let model = &checked.model;

    // What the CLI does with each flag before any layout: parse, or refuse.
    let size = match size.as_deref().map(Size::parse) {
        Some(Ok(s)) => s,
        Some(Err(message)) => {
            assert!(!message.is_empty());
            Size::Auto
        }
        None => Size::Auto,
    };
    let theme = theme
        .as_deref()
        .and_then(Theme::by_name)
        .unwrap_or_else(|| Theme::by_name("light").expect("light"));
    let date = |s: Option<String>| match PartialDate::parse(s.as_deref()?) {
        Ok(d) => Some(d),
        Err(e) => {
            assert!(!e.message.is_empty());
            None
        }
    };
    let (from, to) = (date(from), date(to));
    let (by, color) = (
        k.pick(&[Grouping::Agency, Grouping::Country, Grouping::Kind]),
        k.pick(&[ColorBy::Country, ColorBy::Kind]),
    );

    // The real font by default: it shapes whatever script the strings are in.
    // A fresh one each time, since its cache of widths never shrinks.
    let font;
    let measure: &dyn TextMeasure = if k.bool() {
        &MEASURE
    } else {
        font = FontMeasure::new();
        &font
    };
    let opts = Options {
        size,
        theme,
        title,
        subtitle,
        caption,
        from,
        to,
        lanes: k.pick(&[
            None,
            Some(LaneMode::Agency),
            Some(LaneMode::Team),
            Some(LaneMode::Country),
            Some(LaneMode::Kind),
        ]),
        by,
        color,
        focus,
        center,
        facet: k.bool().then_some(Facet::Year),
        mode: k.pick(&[None, Some(NetMode::Affiliation), Some(NetMode::Agencies)]),
        links: k.pick(&[NetLinks::Bundled, NetLinks::All]),
        context: !k.bool(),
        axis: k.pick(&[TimeAxis::Broken, TimeAxis::Linear]),
        orient: k.pick(&[None, Some(Orient::Across), Some(Orient::Down)]),
        overview: k.pick(&[Overview::Auto, Overview::Always, Overview::Never]),
        stats: false,
        page: true,
        steps: k.bool(),
        print: k.bool(),
        lang: k.pick(&Lang::ALL),
    };
    // Every view, as the command line runs it: an unknown focus or centre, or a
    // grouping a view cannot draw, is refused with a message; anything else draws.
    for view in VIEWS {
        match layout(*view, model, &opts, measure) {
            Ok(laid) => {
                check_svg(&render_svg(&laid.scene));
                check_html(&render_html(
                    &laid.scene,
                    laid.page.as_ref().expect("asked for"),
                ));
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
});
