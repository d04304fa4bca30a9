//! Line labels: each line's name where it starts (else where it ends, else
//! along it), and again where a long line joins a group after a long stretch.

use crate::layout::kit::{label, note};
use std::borrow::Cow;

use super::lines::LineEnds;
use super::obstacles::Clear;
use super::story::{ALONE, Story};
use super::{LABEL, Page};
use crate::layout::kit::MARGIN;
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Shape};
use crate::text::{TextMeasure, Weight, truncate};

/// The narrowest stretch a name is cut to fit along its line, in px: about
/// eight characters.
const SHORTEST_ALONG: f64 = 60.0;
/// How many of a line's longest stretches a cut name is tried on.
const CUT_TRIES: usize = 3;

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

/// A line's name cut to `room` px, as [`truncate`] would, keeping the
/// country code a name in the shared colour ends with; with its width.
fn fit_name<'a>(
    m: &dyn TextMeasure,
    label: &'a str,
    code: Option<&str>,
    name_w: f64,
    room: f64,
) -> Option<(Cow<'a, str>, f64)> {
    if name_w <= room {
        return Some((Cow::Borrowed(label), name_w));
    }
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
    }?;
    let w = m.width(&cut, LABEL, Weight::Semibold);
    Some((Cow::Owned(cut), w))
}

/// Whether a name's box is inside the margins and keeps clear of other
/// labels, bands and every line but its own.
fn free(page: &Page, clear: &Clear, bb: &Rect, own: usize) -> bool {
    bb.x >= MARGIN
        && bb.right() <= page.width - MARGIN
        && !clear.labels.overlaps(&bb.inflate(2.0))
        && !clear.bands.overlaps(&bb.inflate(1.0))
        && !clear.lines.hits(bb, Some(own))
}

/// Names each line left of where it starts, else right of where it ends, cut to
/// fit between the line and the page margin (280 px at most); else on the
/// line itself along a straight stretch ([`name_along`]); else, for a line in
/// the shared "other countries" colour, by its country code at either end.
/// Every name keeps clear of other labels, bands and other lines. Returns how
/// many lines got no name.
pub(super) fn name_line_ends(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    ys: &[f64],
    ends: &[LineEnds],
    clear: &mut Clear,
) -> usize {
    let (m, width) = (page.m, page.width);
    let mut omitted = 0;
    // The bands drawn so far, gathered when a code first needs them.
    let mut bands: Option<Vec<(usize, Rect)>> = None;
    for line in ends {
        let (l, label) = (line.line, &story.lines[line.line].label);
        let code = story.lines[l].code;
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
            let Some((text, w)) = fit_name(m, label, code, line.name_w, room) else {
                continue;
            };
            let left = if anchor == Anchor::End {
                anchor_x - w
            } else {
                anchor_x
            };
            let (bb, base) = name_box(m, left, y_line, w);
            if !free(page, clear, &bb, l) {
                continue;
            }
            write_name(scene, page, story, line, (anchor_x, base, anchor), &text);
            clear.labels.insert(bb);
            placed = true;
            break;
        }
        placed = placed || name_along(scene, page, story, ys, line, clear);
        // A line in the shared "other countries" colour with no room for its
        // name still gets its country code, which is short.
        if let (false, Some(code)) = (placed, code) {
            let w = m.width(code, LABEL, Weight::Semibold);
            let at_end = [(sx - 10.0, sy, Anchor::End), (ex + 10.0, ey, Anchor::Start)]
                .into_iter()
                .find_map(|(anchor_x, y_line, anchor)| {
                    let left = if anchor == Anchor::End {
                        anchor_x - w
                    } else {
                        anchor_x
                    };
                    let (bb, base) = name_box(m, left, y_line, w);
                    free(page, clear, &bb, l).then_some((bb, base, anchor_x, anchor))
                });
            if let Some((bb, base, anchor_x, anchor)) = at_end {
                write_name(scene, page, story, line, (anchor_x, base, anchor), code);
                clear.labels.insert(bb);
            } else {
                // Else on the line, where a straight stretch has room: a grey
                // line is never left without its code while a stretch has room.
                let spot = stretches(page, story, ys, line)
                    .into_iter()
                    .find_map(|(x0, x1, y)| {
                        (x1 - x0 >= w)
                            .then(|| [x0, (x0 + x1 - w) / 2.0, x1 - w])
                            .into_iter()
                            .flatten()
                            .find_map(|left| {
                                let (bb, base) = name_box(m, left, y, w);
                                free(page, clear, &bb, l).then_some((bb, base))
                            })
                    });
                if let Some((bb, base)) = spot {
                    write_along(scene, page, story, line, clear, (bb, base), code);
                } else {
                    let bands = bands.get_or_insert_with(|| band_rects(scene));
                    code_in_band(scene, page, story, ys, line, clear, bands, code);
                }
            }
        }
        if !placed {
            omitted += 1;
        }
    }
    omitted
}

/// Names a line on itself, along a straight stretch (the line cut behind
/// the name, as inline labels are): the first stretch where the whole name
/// fits clear of bands, other labels and other lines, else the longest where
/// it fits cut to eight characters or more (no stub). Returns whether it did.
fn name_along(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    ys: &[f64],
    line: &LineEnds,
    clear: &mut Clear,
) -> bool {
    let m = page.m;
    let l = line.line;
    let stretches = stretches(page, story, ys, line);
    let label = &story.lines[l].label;
    let code = story.lines[l].code;
    let try_at = |clear: &Clear, (x0, x1, y): (f64, f64, f64), whole: bool| {
        // Measured only where it may fit: cutting a name measures it again
        // and again, and a large story has many short stretches.
        if (whole && x1 - x0 < line.name_w) || x1 - x0 < SHORTEST_ALONG {
            return None;
        }
        let (text, w) = fit_name(m, label, code, line.name_w, x1 - x0)?;
        if (whole && w < line.name_w) || text.chars().count() < 8 {
            return None;
        }
        // From the stretch's start, then its middle, then its end.
        [x0, (x0 + x1 - w) / 2.0, x1 - w]
            .into_iter()
            .find_map(|left| {
                let (bb, base) = name_box(m, left, y, w);
                free(page, clear, &bb, l).then(|| (bb, base, text.clone()))
            })
    };
    let mut longest = stretches.clone();
    longest.sort_by(|a, b| (b.1 - b.0).total_cmp(&(a.1 - a.0)));
    let Some((bb, base, text)) = stretches
        .iter()
        .find_map(|st| try_at(clear, *st, true))
        .or_else(|| {
            longest
                .iter()
                .take(CUT_TRIES)
                .find_map(|st| try_at(clear, *st, false))
        })
    else {
        return false;
    };
    write_along(scene, page, story, line, clear, (bb, base), &text);
    true
}

/// The bands of a scene (rectangles that are marks), with their items.
fn band_rects(scene: &Scene) -> Vec<(usize, Rect)> {
    scene
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| match &it.shape {
            Shape::Rect { rect, .. } if it.role == Role::Mark => Some((i, *rect)),
            _ => None,
        })
        .collect()
}

/// Type size of a line's country code written in a band: small print, as
/// the network's codes inside its nodes.
const CODE_IN_BAND: f64 = 13.0;

/// Writes a grey line's country `code` inside a band the line runs through
/// (centred on it, else flush with either side), where nothing else has room
/// for it: small print on a patch of background over the line, with the band
/// as its host, the one mark it may cover (on a closed-up slide bands are
/// narrower than a name's height is tall). The box keeps clear of other
/// labels and every other band, and of other lines but for 3 px at its ends.
/// Returns whether it did.
#[allow(clippy::too_many_arguments)]
fn code_in_band(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    ys: &[f64],
    line: &LineEnds,
    clear: &mut Clear,
    bands: &[(usize, Rect)],
    code: &str,
) -> bool {
    let m = page.m;
    let w = m.width(code, CODE_IN_BAND, Weight::Semibold);
    let (ascent, descent) = (m.ascent(CODE_IN_BAND), m.descent(CODE_IN_BAND));
    let spot = stretches(page, story, ys, line)
        .into_iter()
        .find_map(|(x0, x1, y)| {
            bands
                .iter()
                .filter(|(_, r)| r.y < y && r.bottom() > y && r.x < x1 && r.right() > x0)
                .flat_map(|&(band, r)| {
                    [r.x + (r.w - w) / 2.0, r.x, r.right() - w].map(|left| (band, left))
                })
                .find_map(|(band, left)| {
                    let base = y + (ascent - descent) / 2.0;
                    let bb = Rect::new(left, base - ascent, w, ascent + descent);
                    let alone = bands
                        .iter()
                        .all(|&(other, o)| other == band || !o.overlaps(&bb.inflate(1.0)));
                    // Its ends may graze a neighbour's bend out of the band
                    // (the patch cuts 3 px of it): bands on a closed-up page
                    // are barely wider than a code.
                    let inner = Rect::new(bb.x + 3.0, bb.y, bb.w - 6.0, bb.h);
                    (alone
                        && !clear.labels.overlaps(&bb.inflate(2.0))
                        && !clear.lines.hits(&inner, Some(line.line)))
                    .then_some((band, bb, base))
                })
        });
    let Some((band, bb, base)) = spot else {
        return false;
    };
    scene.push(
        Role::Decoration,
        Shape::Rect {
            rect: bb.inflate(2.0),
            radius: 3.0,
            fill: Paint::Solid(page.theme.background, 1.0),
            stroke: None,
        },
    );
    let t = note(
        scene,
        m,
        bb.x,
        base,
        code,
        CODE_IN_BAND,
        Weight::Semibold,
        line.ink,
        Anchor::Start,
    );
    let l = &story.lines[line.line];
    scene.items[t].record = Some(l.key.clone().into());
    scene.items[t].tooltip = Some(l.label.clone().into());
    scene.items[t].host = Some(band);
    clear.labels.insert(bb);
    true
}

/// A line's straight stretches, where a name may be written on it: runs of
/// steps at one height, from the start of the first step's segment to the
/// end of the last's (6 px in from each), with their height.
fn stretches(page: &Page, story: &Story, ys: &[f64], line: &LineEnds) -> Vec<(f64, f64, f64)> {
    let (cols, l) = (&page.cols, line.line);
    let first = story.run(l).start;
    let heights = &ys[story.off[l]..story.off[l + 1]];
    let mut out = Vec::new();
    let mut k = 0;
    while k < heights.len() {
        let mut j = k;
        while j + 1 < heights.len() && (heights[j + 1] - heights[k]).abs() < 0.5 {
            j += 1;
        }
        let x0 = cols.seg_x(first + k).max(line.start.0);
        let x1 = (cols.seg_x(first + j) + cols.seg).min(line.end.0);
        out.push((x0 + 6.0, x1 - 6.0, heights[k]));
        k = j + 1;
    }
    out
}

/// Writes `text` on its line in box `bb`, the line cut behind it as inline
/// labels are (a patch of background).
fn write_along(
    scene: &mut Scene,
    page: &Page,
    story: &Story,
    line: &LineEnds,
    clear: &mut Clear,
    (bb, base): (Rect, f64),
    text: &str,
) {
    scene.push(
        Role::Decoration,
        Shape::Rect {
            rect: bb.inflate(3.0),
            radius: 3.0,
            fill: Paint::Solid(page.theme.background, 1.0),
            stroke: None,
        },
    );
    write_name(scene, page, story, line, (bb.x, base, Anchor::Start), text);
    clear.labels.insert(bb);
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
                || clear.bands.overlaps(&bb.inflate(1.0))
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
