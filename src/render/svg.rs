//! Scene → SVG, streamed: the document is written as the svg crate would write
//! it (sorted attributes, children on lines of their own), without building a
//! tree, and tests hold the two to the same bytes for ordinary text. A run of
//! polygons of one paint, such as a map's land, is written as one path of
//! rings instead ([`polygon_run`]). Every text and attribute value is escaped
//! by the crate's `xml` module, as in every XML output.
//!
//! The output is self-contained and inert: no scripts, no event handlers, no
//! external references; the only links are the sources' http(s)/mailto URLs.

use std::collections::BTreeMap;

use crate::scene::{Anchor, Item, Paint, Scene, Segment, Shape, Stroke};
use crate::style::Color;
use crate::text::{FONT_FAMILY, Fonts};
use crate::xml::{self, safe_href};

mod groups;
mod page;
mod text;
pub(crate) use groups::render_svg_in_groups;
use groups::write_groups;
use page::mark_name;
pub use page::{Tips, render_svg_in_page};
pub use text::render_svg_for_raster;

/// Numbers with at most two decimals and no trailing zeros, so output is compact
/// and identical on every machine.
fn n(v: f64) -> String {
    let mut s = String::new();
    push_num(&mut s, v);
    s
}

/// Appends `v` as `format!("{v:.2}")` would write it, less trailing zeros and
/// with `-0` as `0`.
fn push_num(out: &mut String, v: f64) {
    let v = if v.is_finite() { v } else { 0.0 };
    if (v * 100.0).abs() >= 1e15 {
        let s = format!("{v:.2}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        out.push_str(if s == "-0" { "0" } else { s });
        return;
    }
    push_hundredths(out, hundredths(v), true);
}

/// `v` in hundredths, rounded as `format!("{v:.2}")` rounds it; values of
/// 10^13 or more are held at that. Formatting floats exactly is slow and a
/// large picture has millions of numbers, so values not near a rounding tie
/// take an integer path.
fn hundredths(v: f64) -> i64 {
    let v = if v.is_finite() { v } else { 0.0 };
    let scaled = (v * 100.0).clamp(-1e15, 1e15);
    // Truncation is one instruction; `round` and `trunc` are library calls here.
    let t = scaled as i64;
    let frac = scaled - t as f64;
    if scaled.abs() >= 1e15 {
        t
    } else if (frac.abs() - 0.5).abs() < 1e-6 {
        format!("{v:.2}").replace('.', "").parse().unwrap_or(t)
    } else if frac >= 0.5 {
        t + 1
    } else if frac <= -0.5 {
        t - 1
    } else {
        t
    }
}

/// Appends `i` hundredths without trailing zeros, `-0` as `0`, and, unless
/// `lead` asks for it, no zero before the point (`-.5`: path data allows it).
fn push_hundredths(out: &mut String, i: i64, lead: bool) {
    if i < 0 {
        out.push('-');
    }
    let a = i.unsigned_abs();
    if a >= 100 || lead || a == 0 {
        push_uint(out, a / 100);
    }
    let cents = (a % 100) as u8;
    if cents != 0 {
        out.push('.');
        out.push((b'0' + cents / 10) as char);
        if !cents.is_multiple_of(10) {
            out.push((b'0' + cents % 10) as char);
        }
    }
}

/// How many items from the first are polygons of its paint showing what it
/// shows (record, hover text, opacity, lane): a run that is written as one
/// path of several rings, as a map's land is, where one element per country
/// would repeat its attributes a hundred times. The rings are filled
/// together and then outlined together, which draws what drawing them one
/// by one draws wherever they meet only along their edges, as countries do.
/// 0 if the first is no polygon.
fn polygon_run(items: &[Item]) -> usize {
    let Some(first) = items.first() else {
        return 0;
    };
    let Shape::Polygon { fill, stroke, .. } = &first.shape else {
        return 0;
    };
    let mut points = 0;
    items
        .iter()
        .take_while(|o| match &o.shape {
            Shape::Polygon {
                points: p,
                fill: f,
                stroke: s,
            } if f == fill
                && s == stroke
                && o.record == first.record
                && o.tooltip == first.tooltip
                && o.opacity == first.opacity
                && o.lane == first.lane =>
            {
                points += p.len();
                points == p.len() || points <= RUN_POINTS
            }
            _ => false,
        })
        .count()
}

/// Most points in one run's path, but for a single polygon with more. A PDF
/// writes a path once to fill it and once to outline it, and deflate finds
/// the second copy only within 32 KB of the first: a whole map's land as one
/// path would make its PDF larger, not smaller.
const RUN_POINTS: usize = 1500;

/// The points of polygons as a path's rings: each from its first point,
/// then by steps (`l`), which are shorter to write than places; a point
/// that rounds onto the one before is left out. Every ring is written
/// turning clockwise on the screen, so that under the nonzero rule a ring
/// inside another of the run (an enclave) is filled, not cut out, as it
/// is drawn on its own.
fn push_rings(out: &mut String, items: &[Item]) {
    let mut ring: Vec<(i64, i64)> = Vec::new();
    for item in items {
        let Shape::Polygon { points, .. } = &item.shape else {
            continue;
        };
        ring.clear();
        for &(x, y) in points {
            let p = (hundredths(x), hundredths(y));
            if ring.last() != Some(&p) {
                ring.push(p);
            }
        }
        while ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        let Some(&start) = ring.first() else {
            continue;
        };
        let twice_area: i128 = (0..ring.len())
            .map(|k| {
                let (a, b) = (ring[k], ring[(k + 1) % ring.len()]);
                i128::from(a.0) * i128::from(b.1) - i128::from(b.0) * i128::from(a.1)
            })
            .sum();
        if twice_area < 0 {
            ring[1..].reverse();
        }
        // A minus sign parts two numbers as well as a space does.
        let num = |out: &mut String, v: i64, first: bool| {
            if !first && v >= 0 {
                out.push(' ');
            }
            push_hundredths(out, v, false);
        };
        out.push('M');
        num(out, start.0, true);
        num(out, start.1, false);
        for (k, pair) in ring.windows(2).enumerate() {
            if k == 0 {
                out.push('l');
            }
            num(out, pair[1].0 - pair[0].0, k == 0);
            num(out, pair[1].1 - pair[0].1, false);
        }
        out.push('z');
    }
}

fn push_uint(out: &mut String, v: u64) {
    out.push_str(itoa::Buffer::new().format(v));
}

fn push_color(out: &mut String, c: Color) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('#');
    for b in [c.0, c.1, c.2] {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
}

/// A fill as written: a colour (with its opacity when not opaque), a gradient, or none.
#[derive(Clone, Copy)]
enum Fill {
    None,
    Solid(Color, f64),
    Gradient(usize),
    Hatch(usize),
}

/// The fades in use, each defined once (colour, opacity at the left, at the
/// right), and the hatchings (by colour).
struct Gradients {
    ids: BTreeMap<String, usize>,
    defs: Vec<(Color, f64, f64)>,
    hatches: Vec<Color>,
}

/// The side of a hatching's tile, in px: stripes half as wide, at 45°.
const HATCH: f64 = 5.0;
/// How much of the colour the tint between the stripes holds.
const HATCH_TINT: f64 = 0.3;

impl Gradients {
    fn paint(&mut self, p: &Paint) -> Fill {
        match p {
            Paint::None => Fill::None,
            Paint::Solid(c, o) => Fill::Solid(*c, *o),
            Paint::FadeX { color, from, to } => {
                let key = format!("{color}-{}-{}", n(*from), n(*to));
                let next = self.ids.len();
                let id = *self.ids.entry(key).or_insert(next);
                if id == next {
                    self.defs.push((*color, *from, *to));
                }
                Fill::Gradient(id)
            }
            Paint::Hatch(c) => match self.hatches.iter().position(|h| h == c) {
                Some(id) => Fill::Hatch(id),
                None => {
                    self.hatches.push(*c);
                    Fill::Hatch(self.hatches.len() - 1)
                }
            },
        }
    }
}

/// One attribute value, written straight into the output.
#[derive(Clone, Copy)]
enum V<'a> {
    Num(f64),
    Str(&'a str),
    Color(Color),
    Url(usize),
    HatchUrl(usize),
    Int(u16),
    Dash(f64, f64),
    /// `0 0 w h`.
    ViewBox(f64, f64),
    /// The ids of the title and description, prefixed.
    Labelled,
    /// A mark's accessible name: the first line of its hover text, then
    /// whatever its visible text says that this does not ([`mark_name`]).
    Label(&'a [Item], &'a str),
    Index(usize),
    Points(&'a [(f64, f64)]),
    Path((f64, f64), &'a [Segment]),
    /// The points of polygons, as one path's rings.
    Rings(&'a [Item]),
    /// The writer's `dx` list, for usvg ([`text::raster_dx`]).
    Dx,
}

/// Writes elements as the svg crate does (attributes sorted by name, values
/// escaped, children on lines of their own) without building a tree: a large
/// picture has hundreds of thousands of elements, and holding them as boxed
/// nodes with string attributes costs more than writing them.
struct Writer<'a> {
    out: String,
    attrs: Vec<(&'static str, V<'a>)>,
    /// Put before every id: a web page holds several pictures, whose ids
    /// (`title`, `fade0`) must not collide.
    prefix: &'a str,
    /// For a web page: marks reachable by keyboard, the picture a group.
    page: bool,
    /// The fonts text is set in: runs of fallback faces are named.
    fonts: &'a Fonts,
    /// For usvg (PNG, PDF): text carries the shifts usvg needs ([`text::raster_dx`]).
    raster: bool,
    /// The `dx` list of the text being written.
    dx: String,
}

impl<'a> Writer<'a> {
    fn attr(&mut self, name: &'static str, v: V<'a>) {
        self.attrs.push((name, v));
    }

    fn stroke(&mut self, s: &Option<Stroke>) {
        if let Some(s) = s {
            self.attr("stroke", V::Color(s.color));
            self.attr("stroke-width", V::Num(s.width));
            if let Some((d, g)) = s.dash {
                self.attr("stroke-dasharray", V::Dash(d, g));
            }
            if s.opacity < 1.0 {
                self.attr("stroke-opacity", V::Num(s.opacity));
            }
        }
    }

    fn fill(&mut self, f: Fill) {
        match f {
            Fill::None => self.attr("fill", V::Str("none")),
            Fill::Solid(c, o) => {
                self.attr("fill", V::Color(c));
                if o < 1.0 {
                    self.attr("fill-opacity", V::Num(o));
                }
            }
            Fill::Gradient(id) => self.attr("fill", V::Url(id)),
            Fill::Hatch(id) => self.attr("fill", V::HatchUrl(id)),
        }
    }

    /// Writes `<name` and the collected attributes, sorted; the caller closes the tag.
    fn open(&mut self, name: &str) {
        self.out.push('<');
        self.out.push_str(name);
        self.attrs.sort_by_key(|a| a.0);
        for (k, v) in self.attrs.drain(..) {
            let out = &mut self.out;
            out.push(' ');
            out.push_str(k);
            out.push_str("=\"");
            match v {
                V::Num(x) => push_num(out, x),
                V::Str(s) => xml::push_attr(out, s),
                V::Color(c) => push_color(out, c),
                V::Url(id) => {
                    out.push_str("url(#");
                    out.push_str(self.prefix);
                    out.push_str("fade");
                    push_uint(out, id as u64);
                    out.push(')');
                }
                V::Label(members, first) => xml::push_attr(out, &mark_name(members, first)),
                V::Labelled => {
                    xml::push_attr(out, self.prefix);
                    out.push_str("title ");
                    xml::push_attr(out, self.prefix);
                    out.push_str("desc");
                }
                V::HatchUrl(id) => {
                    out.push_str("url(#");
                    out.push_str(self.prefix);
                    out.push_str("hatch");
                    push_uint(out, id as u64);
                    out.push(')');
                }
                V::Int(i) => push_uint(out, i as u64),
                V::Index(i) => push_uint(out, i as u64),
                V::Dash(d, g) => {
                    push_num(out, d);
                    out.push(' ');
                    push_num(out, g);
                }
                V::ViewBox(w, h) => {
                    out.push_str("0 0 ");
                    push_num(out, w);
                    out.push(' ');
                    push_num(out, h);
                }
                V::Points(pts) => {
                    for (i, (x, y)) in pts.iter().enumerate() {
                        if i > 0 {
                            out.push(' ');
                        }
                        push_num(out, *x);
                        out.push(',');
                        push_num(out, *y);
                    }
                }
                V::Rings(items) => push_rings(out, items),
                V::Dx => out.push_str(&self.dx),
                V::Path(from, segments) => {
                    out.push('M');
                    push_num(out, from.0);
                    out.push(' ');
                    push_num(out, from.1);
                    for s in segments {
                        let pts: &[(f64, f64)] = match s {
                            Segment::Line(x, y) => {
                                out.push_str(" L");
                                &[(*x, *y)]
                            }
                            Segment::Cubic(a, b, c) => {
                                out.push_str(" C");
                                &[*a, *b, *c]
                            }
                        };
                        for (i, (x, y)) in pts.iter().enumerate() {
                            if i > 0 {
                                out.push(' ');
                            }
                            push_num(out, *x);
                            out.push(' ');
                            push_num(out, *y);
                        }
                    }
                }
            }
            out.push('"');
        }
    }

    fn empty(&mut self, name: &str) {
        self.open(name);
        self.out.push_str("/>");
    }

    /// An element holding only text: the svg crate writes a `<title>` on one
    /// line and puts a `<text>`'s content on a line of its own.
    fn text_element(&mut self, name: &str, text: &str) {
        let own_line = name == "text";
        self.open(name);
        self.out.push_str(if own_line { ">\n" } else { ">" });
        xml::push_text(&mut self.out, text);
        self.out.push_str(if own_line { "\n</" } else { "</" });
        self.out.push_str(name);
        self.out.push('>');
    }

    fn item(&mut self, item: &'a Item, grads: &mut Gradients) {
        match &item.shape {
            Shape::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => {
                self.attr("x", V::Num(rect.x));
                self.attr("y", V::Num(rect.y));
                self.attr("width", V::Num(rect.w));
                self.attr("height", V::Num(rect.h));
                if *radius > 0.0 {
                    self.attr("rx", V::Num(*radius));
                }
                self.fill(grads.paint(fill));
                self.stroke(stroke);
                self.empty("rect");
            }
            Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => {
                self.attr("cx", V::Num(*cx));
                self.attr("cy", V::Num(*cy));
                self.attr("r", V::Num(*r));
                self.fill(grads.paint(fill));
                self.stroke(stroke);
                self.empty("circle");
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => {
                self.attr("x1", V::Num(*x1));
                self.attr("y1", V::Num(*y1));
                self.attr("x2", V::Num(*x2));
                self.attr("y2", V::Num(*y2));
                self.stroke(&Some(*stroke));
                self.empty("line");
            }
            Shape::Polygon {
                points,
                fill,
                stroke,
            } => {
                self.attr("points", V::Points(points));
                self.fill(grads.paint(fill));
                self.stroke(stroke);
                self.empty("polygon");
            }
            Shape::Path {
                from,
                segments,
                stroke,
            } => {
                self.attr("d", V::Path(*from, segments));
                self.attr("fill", V::Str("none"));
                self.attr("stroke-linecap", V::Str("round"));
                self.attr("stroke-linejoin", V::Str("round"));
                self.stroke(&Some(*stroke));
                self.empty("path");
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                weight,
                fill,
                anchor,
                href,
                ..
            } => {
                let link = href.as_deref().filter(|h| safe_href(h));
                if let Some(h) = link {
                    self.attr("href", V::Str(h));
                    self.attr("target", V::Str("_blank"));
                    self.attr("rel", V::Str("noopener noreferrer"));
                    self.open("a");
                    self.out.push_str(">\n");
                }
                self.attr("x", V::Num(*x));
                self.attr("y", V::Num(*y));
                self.attr("font-size", V::Num(*size));
                self.attr("fill", V::Color(*fill));
                if weight.css() != 400 {
                    self.attr("font-weight", V::Int(weight.css()));
                }
                match anchor {
                    Anchor::Start => {}
                    Anchor::Middle => self.attr("text-anchor", V::Str("middle")),
                    Anchor::End => self.attr("text-anchor", V::Str("end")),
                }
                self.text_runs(text, *weight, *size, *anchor);
                if link.is_some() {
                    self.out.push_str("\n</a>");
                }
            }
        }
    }

    /// A run of polygons of one paint (see [`polygon_run`]) as one path.
    fn polygons(&mut self, run: &'a [Item], grads: &mut Gradients) {
        let Shape::Polygon { fill, stroke, .. } = &run[0].shape else {
            return;
        };
        self.attr("d", V::Rings(run));
        self.fill(grads.paint(fill));
        self.stroke(stroke);
        self.empty("path");
    }

    /// Writes one item, or a run of polygons (see [`polygon_run`]) as one path.
    fn part(&mut self, part: &'a [Item], grads: &mut Gradients) {
        match part {
            [] => {}
            [one] => self.item(one, grads),
            run => self.polygons(run, grads),
        }
    }

    /// The document up to the first item: the root element, title, description,
    /// gradient definitions, and the group holding the background and the items.
    fn head(&mut self, scene: &Scene, grads: &Gradients) {
        let (dw, dh) = scene.display.unwrap_or((scene.width, scene.height));
        self.out
            .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        self.attr("aria-labelledby", V::Labelled);
        self.attr("height", V::Num(dh));
        // On a page the marks inside are buttons, which a role of `img`
        // would hide from assistive technology.
        self.attr("role", V::Str(if self.page { "group" } else { "img" }));
        self.attr("viewBox", V::ViewBox(scene.width, scene.height));
        self.attr("width", V::Num(dw));
        self.attr("xmlns", V::Str("http://www.w3.org/2000/svg"));
        self.open("svg");
        self.out.push_str(">\n");
        self.out.push_str("<title id=\"");
        xml::push_attr(&mut self.out, self.prefix);
        self.out.push_str("title\">");
        xml::push_text(&mut self.out, &scene.title);
        self.out.push_str("</title>\n<desc id=\"");
        xml::push_attr(&mut self.out, self.prefix);
        self.out.push_str("desc\">");
        xml::push_text(&mut self.out, &scene.description);
        self.out.push_str("</desc>");
        self.out.push('\n');
        if grads.defs.is_empty() && grads.hatches.is_empty() {
            self.out.push_str("<defs/>");
        } else {
            self.out.push_str("<defs>");
            for (id, &(color, from, to)) in grads.defs.iter().enumerate() {
                self.out.push_str("\n<linearGradient id=\"");
                xml::push_attr(&mut self.out, self.prefix);
                self.out.push_str("fade");
                push_uint(&mut self.out, id as u64);
                self.out.push_str("\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">");
                for (offset, opacity) in [(0, from), (1, to)] {
                    self.attr("offset", V::Int(offset));
                    self.attr("stop-color", V::Color(color));
                    self.attr("stop-opacity", V::Num(opacity));
                    self.out.push('\n');
                    self.empty("stop");
                }
                self.out.push_str("\n</linearGradient>");
            }
            for (id, &color) in grads.hatches.iter().enumerate() {
                self.out.push_str("\n<pattern height=\"");
                push_num(&mut self.out, HATCH);
                self.out.push_str("\" id=\"");
                xml::push_attr(&mut self.out, self.prefix);
                self.out.push_str("hatch");
                push_uint(&mut self.out, id as u64);
                self.out.push_str(
                    "\" patternTransform=\"rotate(45)\" patternUnits=\"userSpaceOnUse\" width=\"",
                );
                push_num(&mut self.out, HATCH);
                self.out.push_str("\">");
                // The tint is opaque, mixed with the canvas: a hatched mark
                // hides what runs under it, as a solid one does.
                let tint = color.over(&scene.background, HATCH_TINT);
                for (w, c) in [(HATCH, tint), (HATCH / 2.0, color)] {
                    self.attr("fill", V::Color(c));
                    self.attr("height", V::Num(HATCH));
                    self.attr("width", V::Num(w));
                    self.out.push('\n');
                    self.empty("rect");
                }
                self.out.push_str("\n</pattern>");
            }
            self.out.push_str("\n</defs>");
        }
        self.out.push('\n');
        self.attr("font-family", V::Str(FONT_FAMILY));
        self.open("g");
        self.out.push_str(">\n");
        self.attr("fill", V::Color(scene.background));
        self.attr("height", V::Num(scene.height));
        self.attr("width", V::Num(scene.width));
        self.empty("rect");
    }
}

/// Renders a scene as a standalone SVG document (UTF-8 text), its text in the
/// bundled fonts.
pub fn render_svg(scene: &Scene) -> String {
    render_svg_with(scene, &Fonts::bundled())
}

/// [`render_svg`] with text in the fonts of `fonts`: the chain it was measured
/// with, which PNG and PDF are then drawn with ([`crate::render_png_with`]).
pub fn render_svg_with(scene: &Scene, fonts: &Fonts) -> String {
    let mut out = Vec::with_capacity(scene.items.len() * 160);
    // Writing to memory cannot fail, and the writer only writes UTF-8.
    let _ = write_as(scene, &mut out, "", None, fonts, false);
    String::from_utf8(out).unwrap_or_default()
}

/// The document after the last item.
const TAIL: &str = "\n</g>\n</svg>\n";

/// Writes a scene as a standalone SVG document to `sink` as it goes: a large
/// picture runs to tens of megabytes, which need not be held whole.
pub fn write_svg(scene: &Scene, sink: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_svg_with(scene, &Fonts::bundled(), sink)
}

/// [`write_svg`] with text in the fonts of `fonts` ([`render_svg_with`]).
pub fn write_svg_with(
    scene: &Scene,
    fonts: &Fonts,
    sink: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    write_as(scene, sink, "", None, fonts, false)
}

fn write_as(
    scene: &Scene,
    sink: &mut dyn std::io::Write,
    prefix: &str,
    tips: Option<&mut Tips>,
    fonts: &Fonts,
    raster: bool,
) -> std::io::Result<()> {
    let all = [(0..scene.items.len(), None)];
    write_groups(scene, sink, prefix, tips, fonts, raster, &all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::{Rect, Role};
    use crate::text::Weight;
    use svg::Document;
    use svg::node::element::{
        Anchor as Link, Circle, Definitions, Description, Group, Line, LinearGradient, Path,
        Pattern, Polygon, Rectangle, Stop, Text as TextEl, Title,
    };

    /// The svg crate's form of one item: the reference the streamed output must match.
    fn crate_node(item: &Item, grads: &mut Gradients) -> Box<dyn svg::Node> {
        fn stroke<T: svg::Node>(mut el: T, s: &Option<Stroke>) -> T {
            if let Some(s) = s {
                el.assign("stroke", s.color.to_string());
                el.assign("stroke-width", n(s.width));
                if let Some((d, g)) = s.dash {
                    el.assign("stroke-dasharray", format!("{} {}", n(d), n(g)));
                }
                if s.opacity < 1.0 {
                    el.assign("stroke-opacity", n(s.opacity));
                }
            }
            el
        }
        fn fill<T: svg::Node>(mut el: T, p: &Paint, grads: &mut Gradients) -> T {
            match grads.paint(p) {
                Fill::None => el.assign("fill", "none"),
                Fill::Solid(c, o) => {
                    el.assign("fill", c.to_string());
                    if o < 1.0 {
                        el.assign("fill-opacity", n(o));
                    }
                }
                Fill::Gradient(id) => el.assign("fill", format!("url(#fade{id})")),
                Fill::Hatch(id) => el.assign("fill", format!("url(#hatch{id})")),
            }
            el
        }
        match &item.shape {
            Shape::Rect {
                rect,
                radius,
                fill: f,
                stroke: s,
            } => {
                let mut r = Rectangle::new()
                    .set("x", n(rect.x))
                    .set("y", n(rect.y))
                    .set("width", n(rect.w))
                    .set("height", n(rect.h));
                if *radius > 0.0 {
                    r = r.set("rx", n(*radius));
                }
                Box::new(stroke(fill(r, f, grads), s))
            }
            Shape::Circle {
                cx,
                cy,
                r,
                fill: f,
                stroke: s,
            } => {
                let c = Circle::new()
                    .set("cx", n(*cx))
                    .set("cy", n(*cy))
                    .set("r", n(*r));
                Box::new(stroke(fill(c, f, grads), s))
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke: s,
            } => {
                let l = Line::new()
                    .set("x1", n(*x1))
                    .set("y1", n(*y1))
                    .set("x2", n(*x2))
                    .set("y2", n(*y2));
                Box::new(stroke(l, &Some(*s)))
            }
            Shape::Polygon {
                points,
                fill: f,
                stroke: s,
            } => {
                let pts: Vec<String> = points
                    .iter()
                    .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
                    .collect();
                let p = Polygon::new().set("points", pts.join(" "));
                Box::new(stroke(fill(p, f, grads), s))
            }
            Shape::Path {
                from,
                segments,
                stroke: s,
            } => {
                let mut d = format!("M{} {}", n(from.0), n(from.1));
                for seg in segments {
                    match *seg {
                        Segment::Line(x, y) => d.push_str(&format!(" L{} {}", n(x), n(y))),
                        Segment::Cubic(a, b, c) => d.push_str(&format!(
                            " C{} {} {} {} {} {}",
                            n(a.0),
                            n(a.1),
                            n(b.0),
                            n(b.1),
                            n(c.0),
                            n(c.1)
                        )),
                    }
                }
                let p = Path::new()
                    .set("d", d)
                    .set("fill", "none")
                    .set("stroke-linecap", "round")
                    .set("stroke-linejoin", "round");
                Box::new(stroke(p, &Some(*s)))
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                weight,
                fill: f,
                anchor,
                href,
                ..
            } => {
                let mut t = TextEl::new(text.clone())
                    .set("x", n(*x))
                    .set("y", n(*y))
                    .set("font-size", n(*size))
                    .set("fill", f.to_string());
                if weight.css() != 400 {
                    t = t.set("font-weight", weight.css());
                }
                match anchor {
                    Anchor::Start => {}
                    Anchor::Middle => t = t.set("text-anchor", "middle"),
                    Anchor::End => t = t.set("text-anchor", "end"),
                }
                match href {
                    Some(h) if safe_href(h) => Box::new(
                        Link::new()
                            .set("href", h.clone())
                            .set("target", "_blank")
                            .set("rel", "noopener noreferrer")
                            .add(t),
                    ),
                    _ => Box::new(t),
                }
            }
        }
    }

    fn shapes() -> Vec<Shape> {
        let ink = Color(0x1b, 0x1b, 0x1f);
        let dashed = Stroke {
            color: Color(0xcc, 0x79, 0xa7),
            width: 2.5,
            dash: Some((6.0, 4.125)),
            opacity: 0.55,
        };
        let text = |text: &str, href: Option<&str>, weight, anchor| Shape::Text {
            x: 48.0,
            y: -90.625,
            text: text.into(),
            size: 44.0,
            weight,
            fill: ink,
            anchor,
            bbox: Rect::new(0.0, 0.0, 1.0, 1.0),
            href: href.map(Into::into),
        };
        vec![
            Shape::Rect {
                rect: Rect::new(293.555, 410.2, 1578.4449, 0.005),
                radius: 4.0,
                fill: Paint::FadeX {
                    color: ink,
                    from: 0.02,
                    to: 0.18,
                },
                stroke: Some(dashed),
            },
            Shape::Rect {
                rect: Rect::new(-0.001, 1e20, f64::NAN, f64::INFINITY),
                radius: 0.0,
                fill: Paint::Solid(ink, 0.5),
                stroke: None,
            },
            Shape::Circle {
                cx: 1030.75,
                cy: 43500.2,
                r: 8.0,
                fill: Paint::None,
                stroke: Some(Stroke {
                    opacity: 1.0,
                    dash: None,
                    ..dashed
                }),
            },
            Shape::Line {
                x1: 1.0,
                y1: 2.0,
                x2: 3.0,
                y2: 4.0,
                stroke: dashed,
            },
            Shape::Polygon {
                points: vec![(0.0, 0.0), (10.5, -3.25), (7.0, 1e-9)],
                fill: Paint::Solid(ink, 1.0),
                stroke: None,
            },
            Shape::Path {
                from: (1.0, 2.0),
                segments: vec![
                    Segment::Line(3.0, 4.0),
                    Segment::Cubic((5.0, 6.0), (7.0, 8.0), (9.0, 10.0)),
                ],
                stroke: dashed,
            },
            text(
                "<script>alert('x')</script> & \"quotes\"",
                None,
                Weight::Semibold,
                Anchor::Middle,
            ),
            text(
                "Europol",
                Some("https://example.org/?a=1&b='2'"),
                Weight::Regular,
                Anchor::End,
            ),
            text(
                "bad link",
                Some("javascript:alert(1)"),
                Weight::Regular,
                Anchor::Start,
            ),
        ]
    }

    #[test]
    fn streamed_items_match_the_svg_crate() {
        for shape in shapes() {
            let item = Item {
                shape,
                role: Role::Mark,
                record: None,
                tooltip: None,
                lane: None,
                opacity: 1.0,
                host: None,
                step: None,
            };
            let mut grads = Gradients {
                ids: BTreeMap::new(),
                defs: Vec::new(),
                hatches: Vec::new(),
            };
            let expected = crate_node(&item, &mut grads).to_string();
            let fonts = Fonts::bundled();
            let mut w = Writer {
                out: String::new(),
                attrs: Vec::new(),
                prefix: "",
                page: false,
                fonts: &fonts,
                raster: false,
                dx: String::new(),
            };
            w.item(&item, &mut grads);
            assert_eq!(w.out, expected);
        }
    }

    #[test]
    fn hatched_marks_fill_with_one_pattern_per_colour() {
        let mut scene = Scene::new(100.0, 50.0, Color(255, 255, 255));
        for (x, c) in [
            (0.0, Color(1, 2, 3)),
            (10.0, Color(1, 2, 3)),
            (20.0, Color(4, 5, 6)),
        ] {
            scene.push(
                Role::Mark,
                Shape::Circle {
                    cx: x,
                    cy: 5.0,
                    r: 4.0,
                    fill: Paint::Hatch(c),
                    stroke: None,
                },
            );
        }
        let out = render_svg(&scene);
        assert_eq!(out.matches("<pattern ").count(), 2, "{out}");
        assert_eq!(out.matches("fill=\"url(#hatch0)\"").count(), 2, "{out}");
        assert_eq!(out.matches("fill=\"url(#hatch1)\"").count(), 1, "{out}");
        assert!(out.contains("id=\"hatch1\""), "{out}");
    }

    #[test]
    fn grouped_items_match_the_svg_crate() {
        let mut scene = Scene::new(100.0, 50.0, Color(255, 255, 255));
        for (i, shape) in shapes().into_iter().enumerate() {
            let k = scene.push(Role::Mark, shape);
            let item = &mut scene.items[k];
            item.record = Some(format!("e\"{}", i / 3).into());
            item.tooltip = Some(format!("Raid <{}> & 'search'\nSources: X", i / 3).into());
            item.lane = Some(format!("nl-{}", i % 2 + usize::from(i > 5)).into());
            item.opacity = if i < 6 { 1.0 } else { 0.25 };
        }
        let out = render_svg(&scene);
        let mut grads = Gradients {
            ids: BTreeMap::new(),
            defs: Vec::new(),
            hatches: Vec::new(),
        };
        let mut expected = String::new();
        for chunk in scene.items.chunks(3) {
            let one_lane = chunk.iter().all(|o| o.lane == chunk[0].lane);
            let mut g = Group::new().set("data-record", chunk[0].record.as_deref().unwrap());
            if one_lane {
                g = g.set("data-lane", chunk[0].lane.as_deref().unwrap());
            }
            if chunk[0].opacity < 1.0 {
                g = g.set("opacity", n(chunk[0].opacity));
            }
            g = g.add(Title::new(chunk[0].tooltip.as_deref().unwrap()));
            for m in chunk {
                let node = crate_node(m, &mut grads);
                g = if one_lane {
                    g.add(node)
                } else {
                    g.add(
                        Group::new()
                            .set("data-lane", m.lane.as_deref().unwrap())
                            .add(node),
                    )
                };
            }
            expected.push_str(&format!("\n{g}"));
        }
        assert!(out.contains(&expected), "{out}\n---\n{expected}");
    }

    /// The svg crate's form of the document around the items: what comes before
    /// the first and after the last.
    fn crate_frame(scene: &Scene) -> (String, String) {
        const ITEMS: &str = "coopline-items";
        let mut grads = Gradients {
            ids: BTreeMap::new(),
            defs: Vec::new(),
            hatches: Vec::new(),
        };
        for item in &scene.items {
            if let Shape::Rect { fill, .. } = &item.shape {
                grads.paint(fill);
            }
        }
        let mut defs = Definitions::new();
        for (id, (color, from, to)) in grads.defs.iter().enumerate() {
            defs = defs.add(
                LinearGradient::new()
                    .set("id", format!("fade{id}"))
                    .set("x1", 0)
                    .set("x2", 1)
                    .set("y1", 0)
                    .set("y2", 0)
                    .add(
                        Stop::new()
                            .set("offset", 0)
                            .set("stop-color", color.to_string())
                            .set("stop-opacity", n(*from)),
                    )
                    .add(
                        Stop::new()
                            .set("offset", 1)
                            .set("stop-color", color.to_string())
                            .set("stop-opacity", n(*to)),
                    ),
            );
        }
        for (id, color) in grads.hatches.iter().enumerate() {
            let tile = |w: f64, c: Color| {
                Rectangle::new()
                    .set("width", n(w))
                    .set("height", n(HATCH))
                    .set("fill", c.to_string())
            };
            defs = defs.add(
                Pattern::new()
                    .set("id", format!("hatch{id}"))
                    .set("width", n(HATCH))
                    .set("height", n(HATCH))
                    .set("patternUnits", "userSpaceOnUse")
                    .set("patternTransform", "rotate(45)")
                    .add(tile(HATCH, color.over(&scene.background, HATCH_TINT)))
                    .add(tile(HATCH / 2.0, *color)),
            );
        }
        let (dw, dh) = scene.display.unwrap_or((scene.width, scene.height));
        let body = Group::new()
            .set("font-family", FONT_FAMILY)
            .add(
                Rectangle::new()
                    .set("width", n(scene.width))
                    .set("height", n(scene.height))
                    .set("fill", scene.background.to_string()),
            )
            .add(svg::node::Text::new(ITEMS));
        let doc = Document::new()
            .set("width", n(dw))
            .set("height", n(dh))
            .set(
                "viewBox",
                format!("0 0 {} {}", n(scene.width), n(scene.height)),
            )
            .set("role", "img")
            .set("aria-labelledby", "title desc")
            .add(Title::new(scene.title.clone()).set("id", "title"))
            .add(
                Description::new()
                    .set("id", "desc")
                    .add(svg::node::Text::new(scene.description.clone())),
            )
            .add(defs)
            .add(body);
        let frame = doc.to_string();
        let (head, tail) = frame.rsplit_once(ITEMS).unwrap();
        (
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{head}"),
            format!("\n{tail}\n"),
        )
    }

    #[test]
    fn the_document_around_the_items_matches_the_svg_crate() {
        let fade = |from, to| Shape::Rect {
            rect: Rect::new(1.0, 2.0, 3.0, 4.0),
            radius: 0.0,
            fill: Paint::FadeX {
                color: Color(0xe6, 0x9f, 0x00),
                from,
                to,
            },
            stroke: None,
        };
        let cases = [
            ("", "", 0, None),
            (
                "Takedown of \"Matrix\" <b> & 'co'",
                "Timeline of it.\n2021–2025 · 12 agencies",
                1,
                Some((960.0, 691.25)),
            ),
            ("Matrix", "coopline-items", 3, None),
        ];
        for (title, description, fades, display) in cases {
            let mut scene = Scene::new(1920.0, 1382.5, Color(0x1b, 0x1b, 0x1f));
            scene.title = title.into();
            scene.description = description.into();
            scene.display = display;
            for k in 0..fades {
                scene.push(Role::Mark, fade(0.02 * k as f64, 0.18));
                // A low-confidence mark: one hatching per colour, however many marks.
                scene.push(
                    Role::Mark,
                    Shape::Rect {
                        rect: Rect::new(1.0, 2.0, 3.0, 4.0),
                        radius: 0.0,
                        fill: Paint::Hatch(Color(0x56, 0xb4, 0xe9)),
                        stroke: None,
                    },
                );
            }
            let (head, tail) = crate_frame(&scene);
            let out = render_svg(&scene);
            assert!(out.starts_with(&head), "{out}\n---\n{head}");
            assert!(out.ends_with(&tail), "{out}\n---\n{tail}");
            if fades == 0 {
                assert_eq!(out, format!("{}{}", head, tail));
            }
        }
    }

    #[test]
    fn numbers_match_exact_formatting() {
        let exact = |v: f64| {
            let s = format!("{:.2}", if v.is_finite() { v } else { 0.0 });
            let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
            if s == "-0" { "0".to_string() } else { s }
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.125,
            0.375,
            1.005,
            2.675,
            -0.001,
            -0.005,
            -1.5,
            1e15,
            1e20,
            -1e20,
            0.1 + 0.2,
            123456.785,
            999.995,
            9.999,
            f64::NAN,
            f64::INFINITY,
        ];
        // Exact ties in binary (k/8) and near-ties written in decimal (k/1000).
        for k in -4000..4000 {
            values.push(k as f64 / 8.0 + 0.005 * (k % 3) as f64);
            values.push(k as f64 / 1000.0);
            values.push(k as f64 / 200.0);
        }
        values.extend([
            5e-324,
            -5e-324,
            1e-200,
            2f64.powi(60),
            2f64.powi(70),
            1.7e308,
        ]);
        let mut x = 0.37_f64;
        for _ in 0..100_000 {
            // A cheap deterministic spread over signs and magnitudes.
            x = (x * 7919.0 + 0.123).fract();
            values.push((x - 0.5) * 10f64.powi((x * 1e4) as i32 % 8));
            values.push(((x * 1e5).round() / 1e3) - 50.0);
        }
        for v in values {
            assert_eq!(n(v), exact(v), "{v:e}");
            // Path data rounds as attributes do, to within where it is held.
            if v.abs() < 1e13 {
                let mut s = String::new();
                push_hundredths(&mut s, hundredths(v), true);
                assert_eq!(s, exact(v), "{v:e}");
            }
        }
    }

    #[test]
    fn path_numbers_leave_out_the_zero_before_the_point() {
        for (i, lead, text) in [
            (-50, false, "-.5"),
            (5, false, ".05"),
            (0, false, "0"),
            (-120, false, "-1.2"),
            (100, false, "1"),
            (-50, true, "-0.5"),
            (12345, true, "123.45"),
        ] {
            let mut s = String::new();
            push_hundredths(&mut s, i, lead);
            assert_eq!(s, text, "{i}");
        }
    }

    fn polygon(points: &[(f64, f64)], fill: Color) -> Shape {
        Shape::Polygon {
            points: points.to_vec(),
            fill: Paint::Solid(fill, 1.0),
            stroke: Some(Stroke {
                color: Color(255, 255, 255),
                width: 0.8,
                dash: None,
                opacity: 1.0,
            }),
        }
    }

    /// The rings of a path written by [`push_rings`], in hundredths.
    fn rings_of(d: &str) -> Vec<Vec<(i64, i64)>> {
        let mut out = Vec::new();
        for ring in d.split_terminator('z') {
            let ring = ring.strip_prefix('M').expect(d);
            let (start, steps) = ring.split_once('l').unwrap_or((ring, ""));
            let nums = |t: &str| -> Vec<i64> {
                t.replace('-', " -")
                    .split_whitespace()
                    .map(|x| (x.parse::<f64>().expect(d) * 100.0).round() as i64)
                    .collect()
            };
            let (s, steps) = (nums(start), nums(steps));
            let mut at = (s[0], s[1]);
            let mut pts = vec![at];
            for step in steps.chunks(2) {
                at = (at.0 + step[0], at.1 + step[1]);
                pts.push(at);
            }
            out.push(pts);
        }
        out
    }

    #[test]
    fn runs_of_polygons_are_written_as_one_path_of_rings() {
        let (land, lit) = (Color(0xe9, 0xe9, 0xee), Color(0xd5, 0x90, 0x9d));
        let mut scene = Scene::new(100.0, 100.0, Color(255, 255, 255));
        // Clockwise on the screen; counter-clockwise with a repeated point;
        // a third at hundredths that rounds a point onto the one before.
        let a = [(10.0, 10.0), (20.0, 10.0), (20.0, 20.0), (10.0, 20.0)];
        let b = [
            (20.0, 10.0),
            (20.0, 20.0),
            (20.0, 20.0),
            (30.5, 20.0),
            (30.5, 10.0),
        ];
        let c = [(0.25, 0.5), (5.0, 0.5), (5.004, 0.5), (5.0, 5.75)];
        for ring in [&a[..], &b, &c] {
            scene.push(Role::Decoration, polygon(ring, land));
        }
        // A colour of its own: a polygon of its own.
        scene.push(Role::Decoration, polygon(&a, lit));
        // One country's two rings: one group, one hover text, one path.
        for ring in [&a[..], &b] {
            let k = scene.push(Role::Decoration, polygon(ring, lit));
            scene.items[k].tooltip = Some("Spain: 1 agency".into());
        }
        let out = render_svg(&scene);
        assert_eq!(out.matches("<path ").count(), 2, "{out}");
        assert_eq!(out.matches("<polygon ").count(), 1, "{out}");
        assert_eq!(out.matches("<title>Spain").count(), 1, "{out}");
        let d = out
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(
            rings_of(d),
            [
                vec![(1000, 1000), (2000, 1000), (2000, 2000), (1000, 2000)],
                vec![(2000, 1000), (3050, 1000), (3050, 2000), (2000, 2000)],
                vec![(25, 50), (500, 50), (500, 575)],
            ],
            "{d}"
        );
        assert!(
            d.starts_with("M10 10l10 0 0 10-10 0zM20 10l10.5 0 0 10"),
            "{d}"
        );
        assert!(d.ends_with("zM.25 .5l4.75 0 0 5.25z"), "{d}");
    }

    #[test]
    fn a_run_of_polygons_is_cut_into_paths_of_so_many_points() {
        let land = Color(0xe9, 0xe9, 0xee);
        let mut scene = Scene::new(100.0, 100.0, Color(255, 255, 255));
        let ring = |n: usize| -> Vec<(f64, f64)> {
            (0..n)
                .map(|k| {
                    let a = k as f64 / n as f64 * std::f64::consts::TAU;
                    (50.0 + 40.0 * a.cos(), 50.0 + 40.0 * a.sin())
                })
                .collect()
        };
        let n = RUN_POINTS * 2 / 5;
        for _ in 0..10 {
            scene.push(Role::Decoration, polygon(&ring(n), land));
        }
        // More than a run holds, alone: a polygon of its own.
        scene.push(Role::Decoration, polygon(&ring(RUN_POINTS + 1), land));
        let out = render_svg(&scene);
        // Two rings to a path, as a third would pass the limit.
        assert_eq!(out.matches("<path ").count(), 5, "{out}");
        assert_eq!(out.matches("<polygon ").count(), 1, "{out}");
    }

    #[test]
    fn an_enclave_in_a_run_of_polygons_is_filled_not_cut_out() {
        let (land, sea) = (Color(0xe9, 0xe9, 0xee), Color(255, 255, 255));
        let mut scene = Scene::new(40.0, 40.0, sea);
        // The country around turns one way, the enclave the other.
        let around = [(4.0, 4.0), (36.0, 4.0), (36.0, 36.0), (4.0, 36.0)];
        let enclave = [(14.0, 14.0), (14.0, 26.0), (26.0, 26.0), (26.0, 14.0)];
        scene.push(Role::Decoration, polygon(&around, land));
        scene.push(Role::Decoration, polygon(&enclave, land));
        let out = render_svg(&scene);
        assert_eq!(out.matches("<path ").count(), 1, "{out}");
        let png = crate::render::render_png(&out, 1.0).unwrap();
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        let at = |x: u32, y: u32| {
            let p = pixmap.pixel(x, y).unwrap().demultiply();
            Color(p.red(), p.green(), p.blue())
        };
        assert_eq!(at(20, 20), land, "inside the enclave");
        assert_eq!(at(9, 20), land, "in the country around");
        assert_eq!(at(2, 2), sea);
    }
}
