//! The context lane: the dataset's legal instruments and milestones as markers
//! above the lanes, their labels in a staircase below them, and a reference line
//! from each down through the lanes.

use std::sync::Arc;

use super::frame::{Domain, Frame, span_days};
use super::rows::LaneRows;
use super::wording::context_tooltip;
use super::{Inputs, Pen, Size, Type};
use crate::model::{ContextRef, Precision};
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::text::{Weight, truncate};

/// The context lane's label.
pub(super) fn context_lane() -> &'static str {
    crate::i18n::static_text("lane-context")
}
/// The context lane's group label.
pub(super) fn context_group() -> &'static str {
    crate::i18n::static_text("lane-context-group")
}
/// Height of the row of markers.
const MARKER_H: f64 = 22.0;

/// The context records to draw. Guarantees: none when context is switched off;
/// otherwise exactly those that meet the axis's dates (they never widen it).
pub(super) fn context_in_view(at: &Inputs, domain: &Domain) -> Vec<ContextRef> {
    if !at.opts.context {
        return Vec::new();
    }
    (0..at.model.context.len())
        .map(ContextRef)
        .filter(|c| {
            let dt = &at.model[*c].date;
            dt.last_day() >= domain.d0 && dt.first_day() < domain.d1
        })
        .collect()
}

/// A context label placed under its marker.
pub(super) struct ContextLabel {
    pub(super) record: ContextRef,
    /// Row under the markers, 0 nearest them.
    row: usize,
    /// The marker's x.
    x: f64,
    align: Anchor,
    text: String,
    /// Whether a leader runs down to it; not for a label set under the one
    /// of a milestone on (nearly) the same day, whose leader it shares.
    leader: bool,
}

/// The context lane's labels and the height the lane takes.
pub(super) struct ContextLabels {
    pub(super) placed: Vec<ContextLabel>,
    /// Height of the lane and the gap after it (0 without context).
    pub(super) height: f64,
}

/// Places the labels in rows under the markers as staircases. Each label
/// reaches right from its marker, or left where it would leave the plot or
/// where it and the next label, reaching left, would cover each other's
/// markers; a label goes below every label whose marker it covers, so that a
/// run of close milestones steps down instead of leaving all but one
/// unlabelled. Guarantees: labels stay inside the plot, keep 12 px from each
/// other in a row, never cross a leader (the line from a marker down to its
/// label) nor have theirs crossed; at most 3 rows (with no lanes below, 16,
/// or one per label up to 60 where the height grows as needed); a
/// label that finds no room is left out.
pub(super) fn place_context_labels(
    at: &Inputs,
    items: &[ContextRef],
    frame: &Frame,
    no_lanes: bool,
) -> ContextLabels {
    let (model, m, d) = (at.model, at.m, at.d);
    // Alone on the picture the lane may step down further, as far as a
    // label per row where the height grows as needed (a phone's column), up
    // to a screenful of rows.
    let max_rows = match (no_lanes, at.opts.size) {
        (false, _) => 3,
        (true, Size::Fixed { .. }) => 16,
        (true, _) => items.len().clamp(16, 60),
    };
    let mut todo: Vec<(ContextRef, f64, String, f64)> = items
        .iter()
        .filter_map(|&c| {
            let text = truncate(m, model[c].label(), Type::CONTEXT, Weight::Regular, 300.0)?;
            let w = m.width(&text, Type::CONTEXT, Weight::Regular);
            Some((c, frame.mid(&model[c].date), text, w))
        })
        .collect();
    todo.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let xs: Vec<f64> = todo.iter().map(|t| t.1).collect();
    let reach = |(x0, x1): (f64, f64)| {
        xs.partition_point(|x| *x < x0 - 4.0)..xs.partition_point(|x| *x <= x1 + 4.0)
    };
    let right = |k: usize| (xs[k] - 4.0, xs[k] - 4.0 + todo[k].3);
    let left = |k: usize| (xs[k] + 4.0 - todo[k].3, xs[k] + 4.0);
    // Right to left, each label's side; `None`: it fits on neither.
    let mut side: Vec<Option<(Anchor, (f64, f64))>> = vec![None; todo.len()];
    for k in (0..todo.len()).rev() {
        let (r, l) = (right(k), left(k));
        let right_fits = r.1 <= frame.x1;
        let left_fits = l.0 >= frame.x0;
        let mutual = reach(r)
            .any(|j| j > k && matches!(side[j], Some((Anchor::End, b)) if reach(b).contains(&k)));
        side[k] = if right_fits && !(mutual && left_fits) {
            Some((Anchor::Start, r))
        } else if left_fits {
            Some((Anchor::End, l))
        } else {
            None
        };
    }
    // Labels in an order where each comes after those whose markers it
    // covers; of labels that cover each other (markers close together), the
    // one waiting on fewest goes first and the others below it where they
    // can (set under it, for the same spot), else they are left out.
    let covered: Vec<Vec<usize>> = (0..todo.len())
        .map(|k| match side[k] {
            Some((_, b)) => reach(b).filter(|&j| j != k && side[j].is_some()).collect(),
            None => Vec::new(),
        })
        .collect();
    let mut waits: Vec<usize> = covered.iter().map(Vec::len).collect();
    let mut covering: Vec<Vec<usize>> = vec![Vec::new(); todo.len()];
    for (k, cs) in covered.iter().enumerate() {
        for &j in cs {
            covering[j].push(k);
        }
    }
    let mut ready: std::collections::VecDeque<usize> = (0..todo.len())
        .filter(|&k| side[k].is_some() && waits[k] == 0)
        .collect();
    let mut done = vec![false; todo.len()];
    let mut row_of: Vec<Option<usize>> = vec![None; todo.len()];
    let mut boxes: Vec<(usize, f64, f64)> = Vec::new();
    let mut placed: Vec<ContextLabel> = Vec::new();
    while let Some(k) = ready.pop_front().or_else(|| {
        // Labels that cover each other (close markers): the one waiting
        // on fewest goes first; the other is placed below it if it can be.
        (0..todo.len())
            .filter(|&k| side[k].is_some() && !done[k])
            .min_by_key(|&k| (waits[k], k))
    }) {
        if done[k] {
            continue;
        }
        done[k] = true;
        for &p in &covering[k] {
            waits[p] = waits[p].saturating_sub(1);
            if waits[p] == 0 && !done[p] {
                ready.push_back(p);
            }
        }
        let Some((align, (bx0, bx1))) = side[k] else {
            continue;
        };
        let mut row = covered[k]
            .iter()
            .filter_map(|&j| row_of[j])
            .map(|r| r + 1)
            .max()
            .unwrap_or(0);
        while boxes
            .iter()
            .any(|(r, a, b)| *r == row && !(bx1 + 12.0 <= *a || *b + 12.0 <= bx0))
        {
            row += 1;
        }
        let x = xs[k];
        let crossed = boxes
            .iter()
            .any(|(r, a, b)| *r < row && (a - 4.0..=b + 4.0).contains(&x));
        // Where it goes: its own spot, else under a label on the same spot,
        // whose leader it shares (drawn from that label's marker and side).
        let spot = if row < max_rows && !crossed {
            Some((row, (bx0, bx1), x, align, true))
        } else {
            under_same_spot(&placed, &boxes, x, todo[k].3, max_rows)
                .filter(|(_, (a, b), ..)| *a >= frame.x0 && *b <= frame.x1)
        };
        if let Some((row, (a, b), x, align, leader)) = spot {
            row_of[k] = Some(row);
            boxes.push((row, a, b));
            placed.push(ContextLabel {
                record: todo[k].0,
                row,
                x,
                align,
                text: todo[k].2.clone(),
                leader,
            });
        }
    }
    let ctx_line = line_height(at);
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(0);
    let height = if items.is_empty() {
        0.0
    } else {
        2.0 * d.lane_pad + MARKER_H + rows as f64 * ctx_line + d.group_gap
    };
    ContextLabels { placed, height }
}

/// How close two markers are to count as one spot, in px.
const SAME_SPOT: f64 = 8.0;

/// A label set under another: its row, box, marker x and side, and no
/// leader of its own.
type Stacked = (usize, (f64, f64), f64, Anchor, bool);

/// For a label `w` wide whose marker at `x` shares its spot with placed
/// labels: the row under the lowest of them and the box there, set from the
/// lowest's marker and on its side, if that row is free and no leader runs
/// through it.
fn under_same_spot(
    placed: &[ContextLabel],
    boxes: &[(usize, f64, f64)],
    x: f64,
    w: f64,
    max_rows: usize,
) -> Option<Stacked> {
    let lowest = placed
        .iter()
        .filter(|p| (p.x - x).abs() <= SAME_SPOT)
        .max_by_key(|p| p.row)?;
    let row = lowest.row + 1;
    let bx0 = match lowest.align {
        Anchor::End => lowest.x + 4.0 - w,
        _ => lowest.x - 4.0,
    };
    let bx1 = bx0 + w;
    let free = !boxes
        .iter()
        .any(|(r, a, b)| *r == row && !(bx1 + 12.0 <= *a || *b + 12.0 <= bx0));
    let no_leader = !placed
        .iter()
        .any(|p| p.row > row && (bx0 - 4.0..=bx1 + 4.0).contains(&p.x));
    (row < max_rows && free && no_leader).then_some((
        row,
        (bx0, bx1),
        lowest.x,
        lowest.align,
        false,
    ))
}

/// The records of `items` whose label found no room, in their order.
pub(super) fn unlabelled(items: &[ContextRef], labels: &ContextLabels) -> Vec<ContextRef> {
    items
        .iter()
        .copied()
        .filter(|c| !labels.placed.iter().any(|p| p.record == *c))
        .collect()
}

fn line_height(at: &Inputs) -> f64 {
    at.m.ascent(Type::CONTEXT) + at.m.descent(Type::CONTEXT) + at.d.context_gap
}

/// Draws the context lane at the top of the lanes: its band and labels, a marker
/// per record (a diamond for a day, a capsule for a longer span) with a dotted
/// reference line down through every lane, then the placed labels.
pub(super) fn draw_context_lane(
    pen: &mut Pen,
    at: &Inputs,
    items: &[ContextRef],
    labels: &ContextLabels,
    frame: &Frame,
    rows: &LaneRows,
) {
    if items.is_empty() {
        return;
    }
    let (m, theme, d) = (at.m, at.theme(), at.d);
    let top = rows.top;
    let h = labels.height - d.group_gap;
    pen.scene.push(
        Role::Decoration,
        Shape::Rect {
            rect: Rect::new(frame.lane_x - 8.0, top, frame.x1 - frame.lane_x + 8.0, h),
            radius: 0.0,
            fill: Paint::Solid(theme.band, 1.0),
            stroke: None,
        },
    );
    let mid = top + d.lane_pad + MARKER_H / 2.0;
    let baseline = if frame.stacked {
        top - m.descent(d.lane_type) - 2.0
    } else {
        mid + (m.ascent(d.lane_type) - m.descent(d.lane_type)) / 2.0
    };
    pen.text(
        frame.lane_x,
        baseline,
        context_lane(),
        d.lane_type,
        Weight::Regular,
        theme.text,
        Anchor::Start,
    );
    if frame.group_col > 0.0 && !frame.stacked {
        pen.text(
            frame.group_x,
            baseline,
            context_group(),
            d.group_type,
            Weight::Semibold,
            theme.muted,
            Anchor::Start,
        );
    }
    for &c in items {
        draw_marker(pen, at, c, frame, (top + h, mid), rows.bottom);
    }
    draw_labels(pen, at, labels, top, mid);
}

/// One record's reference line (from the lane's bottom `below` to `lanes_bottom`)
/// and its marker at height `mid`.
fn draw_marker(
    pen: &mut Pen,
    at: &Inputs,
    c: ContextRef,
    frame: &Frame,
    (below, mid): (f64, f64),
    lanes_bottom: f64,
) {
    let theme = at.theme();
    let x = frame.mid(&at.model[c].date);
    let ctxr = &at.model[c];
    let tip = context_tooltip(at.model, c);
    let record: Option<Arc<str>> = Some(ctxr.id.as_str().into());
    let idx = pen.scene.push(
        Role::Decoration,
        Shape::Line {
            x1: x,
            y1: below,
            x2: x,
            y2: lanes_bottom,
            stroke: Stroke {
                color: theme.muted,
                width: 1.5,
                dash: Some((2.0, 5.0)),
                opacity: 0.7,
            },
        },
    );
    pen.annotate(idx, record.clone(), None, 1.0);
    let low = ctxr.assurance.is_low();
    let shape = if ctxr.date.precision() == Precision::Day {
        let r = 7.0;
        Shape::Polygon {
            points: vec![(x, mid - r), (x + r, mid), (x, mid + r), (x - r, mid)],
            fill: crate::layout::kit::mark_fill(theme.muted, 1.0, low),
            stroke: Some(Stroke {
                width: 1.5,
                ..crate::layout::kit::mark_ring(theme, theme.muted, low)
            }),
        }
    } else {
        let (a, b) = span_days(&ctxr.date);
        let (a, b) = (frame.x(a), frame.x(b));
        Shape::Rect {
            rect: Rect::new(a, mid - 6.0, (b - a).max(8.0), 12.0),
            radius: 6.0,
            fill: crate::layout::kit::mark_fill(theme.muted, 0.35, low),
            stroke: Some(Stroke {
                color: theme.muted,
                width: 1.5,
                dash: ctxr.date.is_approximate().then_some((4.0, 3.0)),
                opacity: 1.0,
            }),
        }
    };
    let idx = pen.scene.push(Role::Mark, shape);
    pen.annotate(idx, record, Some(tip.into()), 1.0);
}

/// The placed labels, each below a leader from its marker when not in the first
/// row (or, set under another's, from the label above).
fn draw_labels(pen: &mut Pen, at: &Inputs, labels: &ContextLabels, top: f64, mid: f64) {
    let (model, m, theme, d) = (at.model, at.m, at.theme(), at.d);
    let ctx_line = line_height(at);
    for label in &labels.placed {
        let (c, row, mx) = (label.record, label.row, label.x);
        let y =
            top + d.lane_pad + MARKER_H + (row as f64) * ctx_line + m.ascent(Type::CONTEXT) + 2.0;
        if row > 0 {
            // A label set under another's runs on from the one above it.
            let from = if label.leader {
                mid + 8.0
            } else {
                y - ctx_line + m.descent(Type::CONTEXT) + 1.0
            };
            let leader = Shape::Line {
                x1: mx,
                y1: from,
                x2: mx,
                y2: y - m.ascent(Type::CONTEXT) - 1.0,
                stroke: Stroke {
                    color: theme.muted,
                    width: 1.0,
                    dash: None,
                    opacity: 0.8,
                },
            };
            pen.scene.push(Role::Decoration, leader);
        }
        let ax = if label.align == Anchor::Start {
            mx - 4.0
        } else {
            mx + 4.0
        };
        let idx = pen.text(
            ax,
            y,
            &label.text,
            Type::CONTEXT,
            Weight::Regular,
            theme.text,
            label.align,
        );
        let full = (label.text.as_str() != model[c].name).then(|| model[c].name.clone());
        pen.annotate(
            idx,
            Some(model[c].id.as_str().into()),
            full.map(Into::into),
            1.0,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load};
    use super::super::{DENSITIES, TimelineOptions, frame::Domain, lanes};
    use super::*;
    use crate::model::Model;
    use crate::text::{FixedMeasure, TextMeasure};

    /// Several milestones a few days apart, so their labels must share the rows.
    fn crowded() -> Model {
        let mut yaml = CASE.replace(
            "context:\n",
            "context:\n  - {id: c1, name: \"First council decision on the case\", kind: decision, date: 2020-06-12}\n  - {id: c2, name: \"Second council decision on the case\", kind: decision, date: 2020-06-14}\n",
        );
        yaml.push_str("  - {id: c3, name: \"A convention signed that month\", kind: convention, date: 2020-06}\n");
        load(&yaml)
    }

    fn placed(model: &Model, no_lanes: bool) -> (ContextLabels, Frame, usize) {
        let m = FixedMeasure { em: 0.5 };
        let opts = TimelineOptions::default();
        let at = Inputs {
            model,
            m: &m,
            opts: &opts,
            d: &DENSITIES[0],
        };
        let shown = lanes::Shown::new(model, &opts);
        let focus = super::super::focus::focus_circle(model, &opts);
        let l = lanes::collect_lanes(&at, &shown, &focus);
        let domain = Domain::new(&at, &l.lanes, &shown.periods);
        let items = context_in_view(&at, &domain);
        let frame = Frame::new(&at, &l, !items.is_empty(), &domain);
        (
            place_context_labels(&at, &items, &frame, no_lanes),
            frame,
            items.len(),
        )
    }

    #[test]
    fn context_labels_inside_the_plot_never_overlap_in_a_row() {
        let model = crowded();
        let (labels, frame, n) = placed(&model, false);
        assert_eq!(n, 4);
        assert!(!labels.placed.is_empty());
        let boxes = label_boxes(&labels);
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.1 >= frame.x0 && a.2 <= frame.x1);
            assert!(a.0 < 3);
            for b in &boxes[i + 1..] {
                assert!(a.0 != b.0 || a.2 + 12.0 <= b.1 || b.2 + 12.0 <= a.1);
            }
        }
        assert!(labels.height > 0.0);
    }

    /// Label boxes as placed, with rows and whether a leader runs to each.
    fn label_boxes(labels: &ContextLabels) -> Vec<(usize, f64, f64, f64, bool)> {
        let m = FixedMeasure { em: 0.5 };
        labels
            .placed
            .iter()
            .map(|l| {
                let w = m.width(&l.text, Type::CONTEXT, Weight::Regular);
                let x0 = if l.align == Anchor::Start {
                    l.x - 4.0
                } else {
                    l.x + 4.0 - w
                };
                (l.row, x0, x0 + w, l.x, l.leader)
            })
            .collect()
    }

    #[test]
    fn close_milestones_step_down_and_each_is_labelled_without_crossing_a_leader() {
        // A milestone a month for ten months, two of them on one day, at the
        // right end of the axis, where labels must reach left.
        let mut extra = String::new();
        for i in 0..10 {
            let (y, mo) = (2020 + (8 + i) / 12, (8 + i) % 12 + 1);
            extra.push_str(&format!(
                "  - {{id: m{i}, name: \"Milestone number {i} of the year\", kind: decision, date: {y}-{mo:02}-10}}\n"
            ));
        }
        extra.push_str(
            "  - {id: twin, name: \"A second act that same day\", kind: decision, date: 2021-01-10}\n",
        );
        let model = load(&CASE.replace("context:\n", &format!("context:\n{extra}")));
        let (labels, frame, n) = placed(&model, true);
        assert_eq!(n, 12);
        assert_eq!(labels.placed.len(), n, "every milestone is labelled");
        let boxes = label_boxes(&labels);
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.1 >= frame.x0 && a.2 <= frame.x1, "inside the plot");
            for b in &boxes[i + 1..] {
                assert!(
                    a.0 != b.0 || a.2 + 12.0 <= b.1 || b.2 + 12.0 <= a.1,
                    "labels in one row keep apart"
                );
                for (upper, lower) in [(a, b), (b, a)] {
                    let crossed =
                        lower.4 && lower.0 > upper.0 && (upper.1..=upper.2).contains(&lower.3);
                    assert!(!crossed, "a leader runs through a label");
                }
            }
        }
        assert!(
            labels.placed.iter().any(|l| !l.leader),
            "the same-day act is set under its twin"
        );
    }

    #[test]
    fn each_milestone_has_a_marker_and_a_line_down_through_the_lanes() {
        let model = load(CASE);
        let m = FixedMeasure { em: 0.5 };
        let layout = |context| {
            let opts = TimelineOptions {
                context,
                ..TimelineOptions::default()
            };
            super::super::layout_with(&model, &m, &opts, &DENSITIES[0]).0
        };
        let scene = layout(true);
        let of_reg: Vec<_> = scene
            .items
            .iter()
            .filter(|it| it.record.as_deref() == Some("reg"))
            .collect();
        let line = of_reg
            .iter()
            .find_map(|it| match it.shape {
                Shape::Line { y1, y2, .. } => Some((y1, y2)),
                _ => None,
            })
            .expect("a reference line");
        let lowest_mark = scene
            .items
            .iter()
            .filter(|it| it.role == crate::scene::Role::Mark)
            .map(|it| it.bbox().bottom())
            .fold(0.0, f64::max);
        assert!(
            line.1 >= lowest_mark,
            "the line runs down through every lane"
        );
        assert!(
            of_reg
                .iter()
                .any(|it| matches!(it.shape, Shape::Polygon { .. }))
        );
        assert!(of_reg.iter().any(
            |it| matches!(&it.shape, Shape::Text { text, .. } if text == "Regulation 2016/794")
        ));
        let without = super::super::fixture::texts(&layout(false));
        assert!(
            !without
                .iter()
                .any(|t| t == context_lane() || t == "Regulation 2016/794")
        );
    }
}
