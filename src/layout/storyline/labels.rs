//! Line labels: each line's name where it starts (else where it ends), and again
//! where a long line joins a group after a long stretch.

use crate::layout::kit::label;
use std::borrow::Cow;

use super::lines::LineEnds;
use super::obstacles::Clear;
use super::story::{ALONE, Story};
use super::{LABEL, Page};
use crate::layout::kit::MARGIN;
use crate::scene::{Anchor, Rect, Scene};
use crate::text::{TextMeasure, Weight, truncate};

/// Slots a line runs on after it was last named before it may be named again.
const GAP_SLOTS: usize = 6;

/// The box of a name `w` px wide written from `left` on the baseline that centres
/// it on height `y`, and that baseline.
fn name_box(m: &dyn TextMeasure, left: f64, y: f64, w: f64) -> (Rect, f64) {
    let base = y + (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
    let bb = Rect::new(
        left,
        base - m.ascent(LABEL),
        w,
        m.ascent(LABEL) + m.descent(LABEL),
    );
    (bb, base)
}

/// Writes `text` as a line's name, in the line's ink; the text carries the line's
/// key and its full name.
fn write_name(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    line: &LineEnds,
    (x, base, anchor): (f64, f64, Anchor),
    text: &str,
) {
    let t = label(
        scene,
        page.m,
        x,
        base,
        text,
        LABEL,
        Weight::Semibold,
        line.ink,
        anchor,
    );
    let l = &story.lines[line.line];
    scene.items[t].record = Some(l.key.clone().into());
    scene.items[t].tooltip = Some(l.label.clone().into());
}

/// Names each line left of where it starts, else right of where it ends, cut to
/// fit between the line and the page margin (280 px at most), where the name
/// keeps clear of other labels, bands and other lines. Returns how many lines
/// could be named at neither end.
pub(super) fn name_line_ends(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    ends: &[LineEnds],
    clear: &mut Clear,
) -> usize {
    let (m, width) = (page.m, page.width);
    let mut omitted = 0;
    for line in ends {
        let (l, label) = (line.line, &story.lines[line.line].label);
        let (sx, sy) = line.start;
        let (ex, ey) = line.end;
        let mut placed = false;
        for (anchor_x, y_line, anchor) in
            [(sx - 10.0, sy, Anchor::End), (ex + 10.0, ey, Anchor::Start)]
        {
            let room = match anchor {
                Anchor::End => anchor_x - MARGIN,
                _ => width - MARGIN - anchor_x,
            };
            let room = room.clamp(0.0, 280.0);
            let code = story.lines[l].code;
            // A name that fits is used whole, as truncate would; a name cut
            // short keeps its country code, if it has one.
            let (text, w) = if line.name_w <= room {
                (Cow::Borrowed(label.as_str()), line.name_w)
            } else {
                let cut = match code {
                    Some(code) => {
                        let tail = format!(" ({code})");
                        let name = &label[..label.len() - tail.len()];
                        let tail_w = m.width(&tail, LABEL, Weight::Semibold);
                        truncate(m, name, LABEL, Weight::Semibold, room - tail_w)
                            .filter(|t| t.chars().count() > 4)
                            .map(|t| t + &tail)
                    }
                    None => truncate(m, label, LABEL, Weight::Semibold, room),
                };
                let Some(text) = cut else {
                    continue;
                };
                let w = m.width(&text, LABEL, Weight::Semibold);
                (Cow::Owned(text), w)
            };
            let left = if anchor == Anchor::End {
                anchor_x - w
            } else {
                anchor_x
            };
            let (bb, base) = name_box(m, left, y_line, w);
            if clear.labels.overlaps(&bb.inflate(2.0))
                || clear.bands.overlaps(&bb)
                || clear.lines.hits(&bb, Some(l))
            {
                continue;
            }
            write_name(scene, page, story, line, (anchor_x, base, anchor), &text);
            clear.labels.insert(bb);
            placed = true;
            break;
        }
        // A line in the shared "other countries" colour with no room for its
        // name still gets its country code, which is short.
        if let (false, Some(code)) = (placed, story.lines[l].code) {
            let w = m.width(code, LABEL, Weight::Semibold);
            for (anchor_x, y_line, anchor) in
                [(sx - 10.0, sy, Anchor::End), (ex + 10.0, ey, Anchor::Start)]
            {
                let left = if anchor == Anchor::End {
                    anchor_x - w
                } else {
                    anchor_x
                };
                let (bb, base) = name_box(m, left, y_line, w);
                if bb.x < MARGIN
                    || bb.right() > width - MARGIN
                    || clear.labels.overlaps(&bb.inflate(2.0))
                    || clear.bands.overlaps(&bb)
                    || clear.lines.hits(&bb, Some(l))
                {
                    continue;
                }
                write_name(scene, page, story, line, (anchor_x, base, anchor), code);
                clear.labels.insert(bb);
                break;
            }
        }
        if !placed {
            omitted += 1;
        }
    }
    omitted
}

/// Names a line again, in full, left of where it joins a group at least
/// [`GAP_SLOTS`] slots after it was last named (or began), where the name fits in
/// the gap before the slot, stays inside the margin and keeps clear of other
/// labels, bands and other lines. `ys` holds each cell's height.
pub(super) fn name_lines_again(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    ys: &[f64],
    ends: &[LineEnds],
    clear: &mut Clear,
) {
    let (m, cols) = (page.m, &page.cols);
    let (pitch, seg) = (cols.pitch, cols.seg);
    for line in ends {
        let l = line.line;
        let run = story.run(l);
        let first = run.start;
        let mut last = first;
        let cells = story.off[l]..story.off[l + 1];
        let (groups, heights) = (&story.group[cells.clone()], &ys[cells]);
        let label = &story.lines[l].label;
        for (k, s) in run.enumerate() {
            // Joins a group: grouped here, and absent or elsewhere the slot before.
            let joins = s > 0
                && groups[k] != ALONE
                && k.checked_sub(1).is_none_or(|p| groups[p] != groups[k]);
            if s < last + GAP_SLOTS || !joins {
                continue;
            }
            // Named in full or not at all: a clipped repeat helps no one. A label
            // too wide for one gap is too wide for all of them.
            let w = line.name_w;
            if w > (pitch - seg).max(0.0) + seg * 0.5 {
                break;
            }
            let ax = cols.seg_x(s) - 10.0;
            let (bb, base) = name_box(m, ax - w, heights[k], w);
            if bb.x < MARGIN
                || clear.labels.overlaps(&bb.inflate(2.0))
                || clear.bands.overlaps(&bb)
                || clear.lines.hits(&bb, Some(l))
            {
                continue;
            }
            write_name(scene, page, story, line, (ax, base, Anchor::End), label);
            clear.labels.insert(bb);
            last = s;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::layout::storyline::tests::{generated, model};
    use crate::layout::storyline::{StorylineOptions, layout_storyline};
    use crate::scene::Shape;
    use crate::text::FontMeasure;

    #[test]
    fn every_line_is_named_or_counted_as_left_out_and_names_never_overlap() {
        let measure = FontMeasure::new();
        for (m, width) in [
            (model(crate::MATRIX_YAML), 1920.0),
            (generated(60, 8, 200, 7), 1920.0),
            (generated(120, 20, 500, 13), 800.0),
        ] {
            let opts = StorylineOptions {
                width,
                ..Default::default()
            };
            let (scene, stats) = layout_storyline(&m, &measure, &opts);
            let texts = || {
                scene.items.iter().filter_map(|i| match &i.shape {
                    Shape::Text { text, .. } => Some((text.as_str(), i.record.as_deref())),
                    _ => None,
                })
            };
            let mut named: Vec<&str> = texts()
                .filter_map(|(_, r)| r.filter(|r| m.agency(r).is_some()))
                .collect();
            named.sort_unstable();
            named.dedup();
            let omitted: usize = texts()
                .find_map(|(t, _)| {
                    t.split_once(" line label")
                        .filter(|(_, rest)| rest.contains(" left out for space"))
                        .map(|(n, _)| n)
                })
                .map_or(0, |n| n.parse().expect("a count"));
            assert!(
                named.len() + omitted >= stats.lines,
                "{named:?}, {omitted} left out"
            );
            assert!(omitted < stats.lines, "no line named at all");
            assert!(scene.overlapping_labels().is_empty(), "names overlap");
            assert!(scene.outside_canvas().is_empty(), "a name leaves the page");
        }
    }
}
