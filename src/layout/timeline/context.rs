//! The context lane: the dataset's legal instruments and milestones as markers
//! above the lanes, their labels in a staircase below them, and a reference line
//! from each down through the lanes.

use std::sync::Arc;

use super::frame::{Domain, Frame, span_days};
use super::rows::LaneRows;
use super::wording::context_tooltip;
use super::{Inputs, Pen, Type};
use crate::model::{ContextRef, Precision};
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::text::{Weight, truncate};

/// The context lane's label.
pub(super) const CONTEXT_LANE: &str = "Legal framework";
/// The context lane's group label.
pub(super) const CONTEXT_GROUP: &str = "Context";
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
}

/// The context lane's labels and the height the lane takes.
pub(super) struct ContextLabels {
    pub(super) placed: Vec<ContextLabel>,
    /// Height of the lane and the gap after it (0 without context).
    pub(super) height: f64,
}

/// Places the labels in rows under the markers, right to left so that close
/// markers make a staircase. Guarantees: labels stay inside the plot, keep 12 px
/// from each other in a row, never cross a leader (the line from a marker down to
/// its label), and in a first pass never cover a marker still to be labelled; at
/// most 3 rows (10 with no lanes below); a label that finds no room is left out.
pub(super) fn place_context_labels(
    at: &Inputs,
    items: &[ContextRef],
    frame: &Frame,
    no_lanes: bool,
) -> ContextLabels {
    let (model, m, d) = (at.model, at.m, at.d);
    let ctx_line = line_height(at);
    let mut sorted = items.to_vec();
    sorted.sort_by(|a, b| {
        frame
            .mid(&model[*b].date)
            .total_cmp(&frame.mid(&model[*a].date))
            .then(a.cmp(b))
    });
    let mut placed: Vec<ContextLabel> = Vec::new();
    let mut boxes: Vec<(usize, f64, f64)> = Vec::new();
    let max_rows = if no_lanes { 10 } else { 3 };
    for strict in [true, false] {
        for &c in &sorted {
            if placed.iter().any(|p| p.record == c) {
                continue;
            }
            let x = frame.mid(&model[c].date);
            let unplaced: Vec<f64> = sorted
                .iter()
                .filter(|o| **o != c && !placed.iter().any(|p| p.record == **o))
                .map(|o| frame.mid(&model[*o].date))
                .collect();
            let Some(text) = truncate(m, model[c].label(), Type::CONTEXT, Weight::Regular, 300.0)
            else {
                continue;
            };
            let w = m.width(&text, Type::CONTEXT, Weight::Regular);
            let spot = (0..max_rows).find_map(|row| {
                [(Anchor::Start, x - 4.0), (Anchor::End, x + 4.0 - w)]
                    .into_iter()
                    .find(|&(_, bx0)| {
                        let bx1 = bx0 + w;
                        fits(
                            frame,
                            (row, bx0, bx1),
                            x,
                            strict,
                            &unplaced,
                            &boxes,
                            &placed,
                        )
                    })
                    .map(|(align, bx0)| (row, align, bx0))
            });
            if let Some((row, align, bx0)) = spot {
                boxes.push((row, bx0, bx0 + w));
                placed.push(ContextLabel {
                    record: c,
                    row,
                    x,
                    align,
                    text: text.clone(),
                });
            }
        }
    }
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(0);
    let height = if items.is_empty() {
        0.0
    } else {
        2.0 * d.lane_pad + MARKER_H + rows as f64 * ctx_line + d.group_gap
    };
    ContextLabels { placed, height }
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
    at.m.ascent(Type::CONTEXT) + at.m.descent(Type::CONTEXT) + 4.0
}

/// Whether a label box `(row, bx0, bx1)` for the marker at `x` may go there.
fn fits(
    frame: &Frame,
    (row, bx0, bx1): (usize, f64, f64),
    x: f64,
    strict: bool,
    unplaced: &[f64],
    boxes: &[(usize, f64, f64)],
    placed: &[ContextLabel],
) -> bool {
    if bx0 < frame.x0 || bx1 > frame.x1 {
        return false;
    }
    if strict
        && unplaced
            .iter()
            .any(|ox| (bx0 - 4.0..=bx1 + 4.0).contains(ox))
    {
        return false;
    }
    if boxes
        .iter()
        .any(|(r, a, b)| *r == row && !(bx1 + 12.0 <= *a || *b + 12.0 <= bx0))
    {
        return false;
    }
    // The leader from the marker down to this row must not cross a label above
    // it, nor may this label sit across the leader of a lower one.
    !(boxes
        .iter()
        .any(|(r, a, b)| *r < row && (a - 4.0..=b + 4.0).contains(&x))
        || placed
            .iter()
            .any(|p| p.row > row && (bx0 - 4.0..=bx1 + 4.0).contains(&p.x)))
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
        CONTEXT_LANE,
        d.lane_type,
        Weight::Regular,
        theme.text,
        Anchor::Start,
    );
    if frame.group_col > 0.0 && !frame.stacked {
        pen.text(
            frame.group_x,
            baseline,
            CONTEXT_GROUP,
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
    let shape = if ctxr.date.precision() == Precision::Day {
        let r = 7.0;
        Shape::Polygon {
            points: vec![(x, mid - r), (x + r, mid), (x, mid + r), (x - r, mid)],
            fill: Paint::Solid(theme.muted, 1.0),
            stroke: Some(Stroke {
                color: theme.background,
                width: 1.5,
                dash: None,
                opacity: 1.0,
            }),
        }
    } else {
        let (a, b) = span_days(&ctxr.date);
        let (a, b) = (frame.x(a), frame.x(b));
        Shape::Rect {
            rect: Rect::new(a, mid - 6.0, (b - a).max(8.0), 12.0),
            radius: 6.0,
            fill: Paint::Solid(theme.muted, 0.35),
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

/// The placed labels, each below a leader from its marker when not in the first row.
fn draw_labels(pen: &mut Pen, at: &Inputs, labels: &ContextLabels, top: f64, mid: f64) {
    let (model, m, theme, d) = (at.model, at.m, at.theme(), at.d);
    let ctx_line = line_height(at);
    for label in &labels.placed {
        let (c, row, mx) = (label.record, label.row, label.x);
        let y =
            top + d.lane_pad + MARKER_H + (row as f64) * ctx_line + m.ascent(Type::CONTEXT) + 2.0;
        if row > 0 {
            let leader = Shape::Line {
                x1: mx,
                y1: mid + 8.0,
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
        let m = FixedMeasure { em: 0.5 };
        let (labels, frame, n) = placed(&model, false);
        assert_eq!(n, 4);
        assert!(!labels.placed.is_empty());
        let boxes: Vec<(usize, f64, f64)> = labels
            .placed
            .iter()
            .map(|l| {
                let w = m.width(&l.text, Type::CONTEXT, Weight::Regular);
                let x0 = if l.align == Anchor::Start {
                    l.x - 4.0
                } else {
                    l.x + 4.0 - w
                };
                (l.row, x0, x0 + w)
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.1 >= frame.x0 && a.2 <= frame.x1);
            assert!(a.0 < 3);
            for b in &boxes[i + 1..] {
                assert!(a.0 != b.0 || a.2 + 12.0 <= b.1 || b.2 + 12.0 <= a.1);
            }
        }
        assert!(labels.height > 0.0);
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
                .any(|t| t == CONTEXT_LANE || t == "Regulation 2016/794")
        );
    }
}
