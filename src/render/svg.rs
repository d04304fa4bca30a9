//! Scene → SVG with the svg crate, which escapes every text and attribute value.
//!
//! The output is self-contained and inert: no scripts, no event handlers, no
//! external references; the only links are the sources' http(s)/mailto URLs.

use std::collections::BTreeMap;
use std::fmt::Write;

use svg::Document;
use svg::node::element::{
    Anchor as Link, Circle, Definitions, Description, Group, Line, LinearGradient, Path, Polygon,
    Rectangle, Stop, Text, Title,
};

use crate::scene::{Anchor, Item, Paint, Scene, Segment, Shape, Stroke};
use crate::text::FONT_FAMILY;

/// Numbers with at most two decimals and no trailing zeros, so output is compact
/// and identical on every machine.
fn n(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

pub(crate) fn safe_href(url: &str) -> bool {
    let l = url.to_ascii_lowercase();
    (l.starts_with("https://") || l.starts_with("http://") || l.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

struct Gradients {
    ids: BTreeMap<String, String>,
    defs: Definitions,
}

impl Gradients {
    fn paint(&mut self, p: &Paint) -> (String, Option<String>) {
        match p {
            Paint::None => ("none".into(), None),
            Paint::Solid(c, o) => (c.to_string(), (*o < 1.0).then(|| n(*o))),
            Paint::FadeX { color, from, to } => {
                let key = format!("{color}-{}-{}", n(*from), n(*to));
                let next = self.ids.len();
                let id = self
                    .ids
                    .entry(key)
                    .or_insert_with(|| format!("fade{next}"))
                    .clone();
                if id == format!("fade{next}") {
                    let g = LinearGradient::new()
                        .set("id", id.clone())
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
                        );
                    self.defs = std::mem::take(&mut self.defs).add(g);
                }
                (format!("url(#{id})"), None)
            }
        }
    }
}

fn stroke_attrs<T: svg::Node>(mut el: T, s: &Option<Stroke>) -> T {
    match s {
        None => {}
        Some(s) => {
            el.assign("stroke", s.color.to_string());
            el.assign("stroke-width", n(s.width));
            if let Some((d, g)) = s.dash {
                el.assign("stroke-dasharray", format!("{} {}", n(d), n(g)));
            }
            if s.opacity < 1.0 {
                el.assign("stroke-opacity", n(s.opacity));
            }
        }
    }
    el
}

fn fill_attrs<T: svg::Node>(mut el: T, p: &Paint, grads: &mut Gradients) -> T {
    let (fill, opacity) = grads.paint(p);
    el.assign("fill", fill);
    if let Some(o) = opacity {
        el.assign("fill-opacity", o);
    }
    el
}

fn item_node(item: &Item, grads: &mut Gradients) -> Box<dyn svg::Node> {
    match &item.shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let mut r = Rectangle::new()
                .set("x", n(rect.x))
                .set("y", n(rect.y))
                .set("width", n(rect.w))
                .set("height", n(rect.h));
            if *radius > 0.0 {
                r = r.set("rx", n(*radius));
            }
            Box::new(stroke_attrs(fill_attrs(r, fill, grads), stroke))
        }
        Shape::Circle {
            cx,
            cy,
            r,
            fill,
            stroke,
        } => {
            let c = Circle::new()
                .set("cx", n(*cx))
                .set("cy", n(*cy))
                .set("r", n(*r));
            Box::new(stroke_attrs(fill_attrs(c, fill, grads), stroke))
        }
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            stroke,
        } => {
            let l = Line::new()
                .set("x1", n(*x1))
                .set("y1", n(*y1))
                .set("x2", n(*x2))
                .set("y2", n(*y2));
            Box::new(stroke_attrs(l, &Some(*stroke)))
        }
        Shape::Polygon {
            points,
            fill,
            stroke,
        } => {
            let pts: Vec<String> = points
                .iter()
                .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
                .collect();
            let p = Polygon::new().set("points", pts.join(" "));
            Box::new(stroke_attrs(fill_attrs(p, fill, grads), stroke))
        }
        Shape::Path {
            from,
            segments,
            stroke,
        } => {
            let mut d = format!("M{} {}", n(from.0), n(from.1));
            for s in segments {
                match *s {
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
            Box::new(stroke_attrs(p, &Some(*stroke)))
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
            let mut t = Text::new(text.clone())
                .set("x", n(*x))
                .set("y", n(*y))
                .set("font-size", n(*size))
                .set("fill", fill.to_string());
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

/// Stands in for the items while the document around them is written; it can only
/// be found after the title and description, which come first.
const ITEMS: &str = "coopline-items";

/// Renders a scene as a standalone SVG document (UTF-8 text).
pub fn render_svg(scene: &Scene) -> String {
    let mut grads = Gradients {
        ids: BTreeMap::new(),
        defs: Definitions::new(),
    };
    // Gradients are defined before the items that use them, so collect them first.
    for item in &scene.items {
        if let Shape::Rect { fill, .. } | Shape::Circle { fill, .. } | Shape::Polygon { fill, .. } =
            &item.shape
        {
            grads.paint(fill);
        }
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
        .add(std::mem::take(&mut grads.defs))
        .add(body);
    let frame = doc.to_string();
    let (head, tail) = frame.rsplit_once(ITEMS).unwrap_or((&frame, ""));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(head);
    // Each item is written as the svg crate would write it inside the group (on a
    // line of its own) and dropped at once: a large network has a hundred thousand
    // elements, and holding them all as a tree costs more than writing them.
    // Items that show one record with one hover text (a bar's three segments,
    // an event's markers on each participant's lane) share one group and one
    // <title>: the text is written once, and hovering any part shows it.
    let items = &scene.items;
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        let annotated = item.tooltip.is_some() || item.record.is_some() || item.opacity < 1.0;
        if !annotated {
            let _ = write!(out, "\n{}", item_node(item, &mut grads));
            i += 1;
            continue;
        }
        let run = items[i..]
            .iter()
            .take_while(|o| {
                o.record == item.record && o.tooltip == item.tooltip && o.opacity == item.opacity
            })
            .count();
        let members = &items[i..i + run];
        let one_lane = members.iter().all(|o| o.lane == item.lane);
        let mut g = Group::new();
        if let Some(r) = &item.record {
            g = g.set("data-record", r.clone());
        }
        if one_lane && let Some(l) = &item.lane {
            g = g.set("data-lane", l.clone());
        }
        if item.opacity < 1.0 {
            g = g.set("opacity", n(item.opacity));
        }
        if let Some(t) = &item.tooltip {
            g = g.add(Title::new(t.clone()));
        }
        for m in members {
            let node = item_node(m, &mut grads);
            g = match (&m.lane, one_lane) {
                (Some(l), false) => g.add(Group::new().set("data-lane", l.clone()).add(node)),
                _ => g.add(node),
            };
        }
        let _ = write!(out, "\n{g}");
        i += run;
    }
    out.push('\n');
    out.push_str(tail);
    out.push('\n');
    out
}
