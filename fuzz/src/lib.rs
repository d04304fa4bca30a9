//! What the fuzz targets share: splitting one input into the parts a target
//! needs, options drawn from bytes, and the checks every output must pass.
//!
//! Input layout, for the targets that take options: the text (a dataset, or CSV
//! sheets), then a NUL byte, then knob bytes that choose the options. A seed
//! without a NUL is plain text and gets the default options; NUL is a control
//! character, so a dataset holding one is refused anyway (the `load` target
//! covers that).

use coopline::{
    AgencyRef, Checked, CoopGraph, FixedMeasure, Grouping, LaneMode, Model, NetColor, NetLinks, NetMode,
    NetworkOptions, Orient, PartialDate, Size, SourceSet, StoryBy, StoryColor, StorylineOptions,
    Theme, TimeAxis, TimelineOptions, build_graph,
};
use libfuzzer_sys::arbitrary::Unstructured;

#[path = "../../tests/common/inert.rs"]
mod inert;
use inert::dangers;

/// The measurer of the layout targets: no font, so an iteration stays quick.
pub const MEASURE: FixedMeasure = FixedMeasure { em: 0.6 };

/// Splits an input at its first NUL byte: the text before it, and knobs made of
/// the bytes after it (none if there is no NUL).
pub fn split_knobs(data: &[u8]) -> (&[u8], Knobs<'_>) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Knobs::new(&data[i + 1..])),
        None => (data, Knobs::new(&[])),
    }
}

/// Splits text into files: a line `==> NAME <==` (as `head` prints between
/// files) starts a file called NAME. Text before the first such line is a file
/// called `first`, unless it is empty and other files follow.
pub fn files<'a>(text: &'a str, first: &str) -> Vec<(String, &'a str)> {
    let mut out = Vec::new();
    let mut name = first.to_string();
    let mut start = 0;
    let mut at = 0;
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        let line = text[at..end].trim_end_matches(['\n', '\r']);
        if let Some(header) = line
            .strip_prefix("==> ")
            .and_then(|l| l.strip_suffix(" <=="))
        {
            if at > start || !out.is_empty() || name != first {
                out.push((name, &text[start..at]));
            }
            name = header.to_string();
            start = end;
        }
        at = end;
    }
    if start < text.len() || out.is_empty() || name != first {
        out.push((name, &text[start..]));
    }
    out
}

/// Parses and validates one or more YAML files given as [`files`] text; the
/// model if it is valid.
pub fn checked(text: &[u8]) -> Option<Checked> {
    let text = std::str::from_utf8(text).ok()?;
    let mut sources = SourceSet::new();
    for (name, body) in files(text, "fuzz.yaml") {
        sources.add(name, body);
    }
    coopline::check(&sources).ok()
}

/// Option choices read from bytes; once the bytes run out every choice is the
/// first one (false, 0, the default).
pub struct Knobs<'a>(Unstructured<'a>);

impl<'a> Knobs<'a> {
    /// Knobs reading `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Knobs(Unstructured::new(bytes))
    }

    /// True once every byte has been used.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A yes or no.
    pub fn bool(&mut self) -> bool {
        self.0.arbitrary().unwrap_or(false)
    }

    /// A number below `n` (0 if `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        self.0.choose_index(n).unwrap_or(0)
    }

    /// One of `items`, which must not be empty.
    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }

    /// Any 64-bit number.
    pub fn u64(&mut self) -> u64 {
        self.0.arbitrary().unwrap_or(0)
    }

    /// A whole number in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.0.int_in_range(lo..=hi).unwrap_or(lo)
    }

    /// No date, or one in any of the forms `--from` and `--to` take, around the
    /// years the datasets cover.
    pub fn date(&mut self) -> Option<PartialDate> {
        if !self.bool() {
            return None;
        }
        let year = self.int(1990, 2035);
        let month = self.int(1, 12);
        let day = self.int(1, 31);
        let body = match self.below(3) {
            0 => format!("{year}"),
            1 => format!("{year}-{month:02}"),
            _ => format!("{year}-{month:02}-{day:02}"),
        };
        let text = format!("{}{body}", self.pick(&["", "~", ".."]));
        PartialDate::parse(&text).ok()
    }

    /// One of the named themes.
    pub fn theme(&mut self) -> Theme {
        let name = self.pick(&Theme::NAMES);
        Theme::by_name(name).expect("a named theme")
    }

    /// A canvas size, as `--size` takes it: a named one or WIDTHxHEIGHT, parsed
    /// by [`Size::parse`] (auto if refused).
    pub fn size(&mut self) -> Size {
        let named = [
            "auto", "slide", "slide43", "a4", "square", "social", "portrait", "phone",
        ];
        let text = if self.bool() {
            // Slightly past the accepted range, to try the refusal too.
            format!("{}x{}", self.int(400, 10_100), self.int(200, 10_100))
        } else {
            self.pick(&named).to_string()
        };
        Size::parse(&text).unwrap_or(Size::Auto)
    }
}

/// The width the storyline and network views get from `--size`, as the CLI does.
pub fn width_of(size: Size) -> f64 {
    match size {
        Size::Fixed { width, .. } | Size::Column { width } => width,
        Size::Auto => 1920.0,
    }
}

/// Timeline options as the `render` flags give them, minus the free text.
pub fn timeline_options(k: &mut Knobs, model: &Model) -> TimelineOptions {
    let lanes = k.pick(&[
        LaneMode::Agency,
        LaneMode::Team,
        LaneMode::Country,
        LaneMode::Kind,
    ]);
    let (from, to) = (k.date(), k.date());
    let focus =
        (k.bool() && !model.agencies.is_empty()).then(|| AgencyRef(k.below(model.agencies.len())));
    TimelineOptions {
        lanes,
        from,
        to,
        focus,
        size: k.size(),
        theme: k.theme(),
        context: !k.bool(),
        axis: k.pick(&[TimeAxis::Broken, TimeAxis::Linear]),
        orient: k.pick(&[None, Some(Orient::Across), Some(Orient::Down)]),
        page: k.bool(),
        ..TimelineOptions::default()
    }
}

/// Storyline options as the `render` flags give them, minus the title.
pub fn storyline_options(k: &mut Knobs) -> StorylineOptions {
    let size = k.size();
    StorylineOptions {
        by: k.pick(&[StoryBy::Agency, StoryBy::Country]),
        color: k.pick(&[StoryColor::Country, StoryColor::Kind]),
        from: k.date(),
        to: k.date(),
        width: width_of(size),
        step: if size == Size::Auto { 56.0 } else { 32.0 },
        theme: k.theme(),
        title: None,
        steps: k.bool(),
        height: match size {
            Size::Fixed { height, .. } => Some(height),
            _ => None,
        },
        print: k.bool(),
        page: k.bool(),
    }
}

/// The graph as `render` and `export` build it from `--from`, `--to` and `--by`.
pub fn graph_of(k: &mut Knobs, model: &Model) -> CoopGraph {
    let mut g = build_graph(model);
    let (from, to) = (k.date(), k.date());
    if from.is_some() || to.is_some() {
        g = g.slice(from.as_ref(), to.as_ref());
    }
    let by = k.pick(&[Grouping::Agency, Grouping::Country, Grouping::Kind]);
    if by != Grouping::Agency {
        g = g.aggregate(model, by);
    }
    g
}

/// Network options as the `render` flags give them, minus the title; the
/// centre, if any, is a node of `g` (the CLI refuses others), in the case the
/// user typed it.
pub fn network_options(k: &mut Knobs, model: &Model, g: &CoopGraph) -> NetworkOptions {
    let color = k.pick(&[NetColor::Country, NetColor::Kind]);
    let center = (k.bool() && g.graph.node_count() > 0).then(|| {
        let node = g.graph.node_indices().nth(k.below(g.graph.node_count()));
        let key = node.map_or("", |n| g.graph[n].key(model));
        if k.bool() {
            key.to_lowercase()
        } else {
            key.to_string()
        }
    });
    let size = k.size();
    NetworkOptions {
        color,
        center,
        facet_years: k.bool(),
        mode: k.pick(&[None, Some(NetMode::Affiliation), Some(NetMode::Agencies)]),
        links: k.pick(&[NetLinks::Bundled, NetLinks::All]),
        width: width_of(size),
        height: match size {
            Size::Fixed { height, .. } => Some(height),
            _ => None,
        },
        theme: k.theme(),
        title: None,
        seed: k.u64(),
        stats: k.bool(),
        steps: k.bool(),
        page: k.bool(),
    }
}

/// Parses XML output, panicking with the reason if it is not well-formed.
pub fn parse_xml<'x>(text: &'x str, what: &str) -> roxmltree::Document<'x> {
    match roxmltree::Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => panic!("{what} is not well-formed XML: {e}"),
    }
}

/// A picture must be well-formed XML with nothing a browser could run or fetch
/// (the promises of docs/security.md, checked as tests/hostile.rs does).
pub fn check_svg(svg: &str) {
    assert!(
        !svg.to_ascii_lowercase().contains("<script"),
        "the SVG holds <script"
    );
    let doc = parse_xml(svg, "the SVG");
    let dangers = dangers(&doc);
    assert!(dangers.is_empty(), "the SVG is unsafe: {dangers:?}");
}

/// The web page must hold exactly its own two script elements (the search index
/// and the page's behaviour): a label must never open or close another.
pub fn check_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert_eq!(
        lower.matches("<script").count(),
        2,
        "a label opened <script"
    );
    assert_eq!(
        lower.matches("</script").count(),
        2,
        "a label closed </script"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_without_headers() {
        assert_eq!(files("a: 1\n", "x.yaml"), vec![("x.yaml".into(), "a: 1\n")]);
        assert_eq!(files("", "x.yaml"), vec![("x.yaml".into(), "")]);
    }

    #[test]
    fn headers_start_files() {
        let text = "==> agencies.csv <==\nid\n==> events.csv <==\r\nid,date\n";
        assert_eq!(
            files(text, "x"),
            vec![
                ("agencies.csv".into(), "id\n"),
                ("events.csv".into(), "id,date\n")
            ]
        );
        assert_eq!(
            files("lead\n==> b <==\n", "x"),
            vec![("x".into(), "lead\n"), ("b".into(), "")]
        );
    }

    #[test]
    fn knobs_split_at_the_first_nul() {
        let (text, mut k) = split_knobs(b"yaml\0\x01\0");
        assert_eq!(text, b"yaml");
        assert!(!k.is_empty());
        let _ = k.u64();
        assert!(k.is_empty());
        assert!(!k.bool());
        let (text, k) = split_knobs(b"yaml");
        assert_eq!(text, b"yaml");
        assert!(k.is_empty());
    }
}
