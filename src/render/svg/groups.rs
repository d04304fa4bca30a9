//! Writing the items: one after the other, or in named groups (the PDF of a
//! step-by-step build, [`crate::render::pdf`]).

use std::collections::BTreeMap;

use super::{Gradients, TAIL, Tips, V, Writer, polygon_run};
use crate::scene::{Item, Scene, Shape};
use crate::text::Fonts;

/// The SVG that PDF is made from ([`render_svg_for_raster`]), its items in
/// the named groups of `groups` (ranges of `scene.items`, in order): each
/// group isolated, so that svg2pdf draws it as a form of its own.
pub(crate) fn render_svg_in_groups(
    scene: &Scene,
    fonts: &Fonts,
    groups: &[(std::ops::Range<usize>, Option<String>)],
) -> String {
    let mut out = Vec::with_capacity(scene.items.len() * 160);
    let _ = write_groups(scene, &mut out, "", None, fonts, true, groups);
    String::from_utf8(out).unwrap_or_default()
}

/// Bytes gathered before they are handed on.
const CHUNK: usize = 1 << 18;

/// [`write_as`] with the items in groups: each range of `groups` with a name
/// is written inside a `<g id="name" style="isolation:isolate">` of its own (which
/// svg2pdf makes a form of its own, [`super::pdf`]), the others as they are.
pub(super) fn write_groups<'a>(
    scene: &'a Scene,
    sink: &mut dyn std::io::Write,
    prefix: &'a str,
    mut tips: Option<&mut Tips>,
    fonts: &'a Fonts,
    raster: bool,
    groups: &'a [(std::ops::Range<usize>, Option<String>)],
) -> std::io::Result<()> {
    let page = tips.is_some();
    let mut grads = Gradients {
        ids: BTreeMap::new(),
        defs: Vec::new(),
        hatches: Vec::new(),
    };
    // Gradients are defined before the items that use them, so collect them first.
    for item in &scene.items {
        if let Shape::Rect { fill, .. } | Shape::Circle { fill, .. } | Shape::Polygon { fill, .. } =
            &item.shape
        {
            grads.paint(fill);
        }
    }
    let mut w = Writer {
        out: String::with_capacity(CHUNK * 2),
        attrs: Vec::with_capacity(16),
        prefix,
        page,
        fonts,
        raster,
        dx: String::new(),
    };
    w.head(scene, &grads);
    for (range, name) in groups {
        let Some(items) = scene.items.get(range.clone()) else {
            continue;
        };
        if let Some(name) = name {
            w.out.push('\n');
            w.attr("id", V::Str(name));
            w.attr("style", V::Str("isolation:isolate"));
            w.open("g");
            w.out.push('>');
        }
        write_items(&mut w, items, &mut grads, tips.as_deref_mut(), sink)?;
        if name.is_some() {
            w.out.push_str("\n</g>");
        }
    }
    w.out.push_str(TAIL);
    sink.write_all(w.out.as_bytes())
}

/// Writes `items` in order, handing the text on to `sink` as it grows.
fn write_items<'a>(
    w: &mut Writer<'a>,
    items: &'a [Item],
    grads: &mut Gradients,
    mut tips: Option<&mut Tips>,
    sink: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let page = w.page;
    // Items that show one record with one hover text (a bar's three segments,
    // an event's markers on each participant's lane) share one group and one
    // <title>: the text is written once, and hovering any part shows it.
    let mut i = 0;
    while i < items.len() {
        if w.out.len() > CHUNK {
            sink.write_all(w.out.as_bytes())?;
            w.out.clear();
        }
        let item = &items[i];
        w.out.push('\n');
        let annotated = item.tooltip.is_some() || item.record.is_some() || item.opacity < 1.0;
        if !annotated {
            let run = polygon_run(&items[i..]).max(1);
            w.part(&items[i..i + run], grads);
            i += run;
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
        if let Some(r) = &item.record {
            w.attr("data-record", V::Str(r));
        }
        if one_lane && let Some(l) = &item.lane {
            w.attr("data-lane", V::Str(l));
        }
        if item.opacity < 1.0 {
            w.attr("opacity", V::Num(item.opacity));
        }
        if let (Some(tips), Some(t)) = (tips.as_deref_mut(), &item.tooltip) {
            // A mark holding links (a footnote's sources) leaves the keyboard
            // to them: a button may not hold another control.
            let links = members
                .iter()
                .any(|m| matches!(&m.shape, Shape::Text { href: Some(_), .. }));
            if !links {
                w.attr("tabindex", V::Str("0"));
                w.attr("role", V::Str("button"));
                w.attr(
                    "aria-label",
                    V::Label(members, t.lines().next().unwrap_or("")),
                );
            }
            w.attr("data-tip", V::Index(tips.of(t)));
        }
        w.open("g");
        w.out.push('>');
        if let Some(t) = &item.tooltip {
            w.out.push('\n');
            w.text_element(
                "title",
                if page {
                    t.lines().next().unwrap_or("")
                } else {
                    t
                },
            );
        }
        let mut k = 0;
        while k < members.len() {
            let m = &members[k];
            let part = &members[k..k + polygon_run(&members[k..]).max(1)];
            w.out.push('\n');
            match (&m.lane, one_lane) {
                (Some(l), false) => {
                    w.attr("data-lane", V::Str(l));
                    w.open("g");
                    w.out.push_str(">\n");
                    w.part(part, grads);
                    w.out.push_str("\n</g>");
                }
                _ => w.part(part, grads),
            }
            k += part.len();
        }
        w.out.push_str("\n</g>");
        i += run;
    }
    Ok(())
}
