//! The foot of the picture: the caption, the cited sources and what was left out,
//! and the finished scene's size and accessible text.

use super::heading::Heading;
use super::lanes::{Lane, Shown};
use super::wording::at_most_two_lines;
use super::{Inputs, Pen, Type};
use crate::i18n::t;
use crate::layout::kit::{MARGIN, Note, draw_notes, source_notes};
use crate::model::{ContextRef, Model, SourceRef};
use crate::scene::Scene;
use crate::text::Weight;

/// Draws the caption, if any, below `y` and returns the y under it. Guarantees: at
/// most two lines within the margins; when cut, its full text is the tooltip.
pub(super) fn draw_caption(pen: &mut Pen, at: &Inputs, y: f64) -> f64 {
    let Some(caption) = &at.opts.caption else {
        return y;
    };
    let (m, theme) = (at.m, at.theme());
    let max = pen.scene.width - 2.0 * MARGIN;
    let lines = at_most_two_lines(m, caption, Type::CAPTION, Weight::Regular, max);
    let full: Option<std::sync::Arc<str>> =
        (lines.join(" ") != *caption).then(|| caption.as_str().into());
    let style = (Type::CAPTION, Weight::Regular, theme.text);
    let (y, items) = pen.lines(y, &lines, style, 4.0);
    for idx in items {
        pen.annotate(idx, None, full.clone(), 1.0);
    }
    y + 12.0
}

/// What found no room for a label.
#[derive(Clone, Debug)]
pub(super) struct LeftOut {
    /// Events with neither a label nor a number (on screen, with too many to number).
    pub(super) events: usize,
    /// Context records whose label found no room.
    pub(super) context: Vec<ContextRef>,
}

/// Every source cited by what is shown, each once, in order of first citation:
/// teams, events, agencies' lanes, context records.
fn cited(at: &Inputs, shown: &Shown, lanes: &[Lane], context: &[ContextRef]) -> Vec<SourceRef> {
    let model = at.model;
    let mut cited: Vec<SourceRef> = Vec::new();
    let mut cite = |refs: &[SourceRef]| {
        for r in refs {
            if !cited.contains(r) {
                cited.push(*r);
            }
        }
    };
    for &t in &shown.teams {
        cite(&model[t].sources);
    }
    for &e in &shown.events {
        cite(&model[e].sources);
    }
    for lane in lanes {
        if let Some(a) = lane.agency {
            cite(&model[a].sources);
        }
    }
    for &c in context {
        cite(&model[c].sources);
    }
    cited
}

/// The notes on what has no label: events left to hover (only ever on screen:
/// in print every event is numbered), then each context record without its
/// label by name and date, which names it on paper too.
fn left_out_notes(model: &Model, left: &LeftOut) -> Vec<Note> {
    let mut notes = Vec::new();
    if left.events > 0 {
        notes.push(Note::plain(t!(
            "note-events-unlabelled",
            count = left.events
        )));
    }
    if !left.context.is_empty() {
        notes.push(Note::plain(t!(
            "note-context-unlabelled",
            count = left.context.len()
        )));
        let mut sorted = left.context.clone();
        sorted.sort_by_key(|c| (model[*c].date.first_day(), *c));
        let n = sorted.len();
        for (i, c) in sorted.into_iter().enumerate() {
            let rec = &model[c];
            let sep = if i + 1 < n { ";" } else { "." };
            notes.push(Note {
                text: format!("{}, {}{sep}", rec.name, rec.date.human()),
                record: Some(rec.id.as_str().to_string()),
                ..Note::default()
            });
        }
    }
    notes
}

/// Draws the footnote below `y` and returns the y under it, with the bottom
/// margin. Guarantees: every source cited by something shown is listed once,
/// linked and with its full title on hover; notes name what has no label.
pub(super) fn draw_footnote(
    pen: &mut Pen,
    at: &Inputs,
    shown: &Shown,
    lanes: &[Lane],
    context: &[ContextRef],
    left: LeftOut,
    y: f64,
) -> f64 {
    let m = at.m;
    let mut notes = source_notes(at.model, &cited(at, shown, lanes, context));
    notes.extend(left_out_notes(at.model, &left));
    if notes.is_empty() {
        // The bottom margin takes the place of the gap left for the footnote.
        return y - super::legend::gap_below(at) + MARGIN;
    }
    let y = y + m.ascent(Type::FOOT);
    let y = draw_notes(&mut pen.scene, m, at.theme(), Type::FOOT, notes, y);
    y + (m.descent(Type::FOOT) + MARGIN)
}

/// The scene with its height (the content's, or the canvas's `fixed_height`
/// with the content scaled to fit when taller) and its accessible title and
/// description.
pub(super) fn finish(
    mut scene: Scene,
    at: &Inputs,
    (width, fixed_height): (f64, Option<f64>),
    heading: &Heading,
    y: f64,
) -> Scene {
    scene.height = y.ceil();
    if let Some(h) = fixed_height {
        if scene.height <= h {
            scene.height = h;
        } else {
            scene.display = Some((width, h));
        }
    }
    scene.title = heading.title.clone();
    scene.description = format!(
        "{} {}{}",
        t!("description-timeline", title = heading.title.as_str()),
        heading.subtitle,
        at.model
            .description
            .as_ref()
            .map(|d| format!(". {d}"))
            .unwrap_or_default()
    );
    scene
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load, texts};
    use super::super::{DENSITIES, TimelineOptions, layout_with};
    use super::*;
    use crate::text::FixedMeasure;

    #[test]
    fn the_footnote_lists_each_cited_source_once_with_its_link() {
        let model = load(CASE);
        let opts = TimelineOptions {
            caption: Some("A caption for the class".into()),
            ..TimelineOptions::default()
        };
        let (scene, _) = layout_with(&model, &FixedMeasure { em: 0.5 }, &opts, &DENSITIES[0]);
        let t = texts(&scene);
        let at = t.iter().position(|s| s == "Sources:").unwrap();
        assert_eq!(t[at + 1..], ["Europol (1 Mar 2021);", "Eurojust."]);
        assert_eq!(t[at - 1], "A caption for the class");
        let linked = scene
            .items
            .iter()
            .find(|it| it.record.as_deref() == Some("s1"));
        assert!(matches!(
            &linked.unwrap().shape,
            crate::scene::Shape::Text { href: Some(h), .. } if h == "https://example.org/r"
        ));
    }

    #[test]
    fn left_out_events_are_counted_and_context_named() {
        let model = load(CASE);
        let texts = |events, context: Vec<ContextRef>| -> Vec<String> {
            left_out_notes(&model, &LeftOut { events, context })
                .into_iter()
                .map(|n| n.text)
                .collect()
        };
        assert!(texts(0, Vec::new()).is_empty());
        assert_eq!(
            texts(1, vec![ContextRef(0)]),
            [
                "1 event without a label: hover the markers.",
                "Not labelled for space (legal framework):",
                "Regulation 2016/794, 11 Jun 2020."
            ]
        );
    }
}
