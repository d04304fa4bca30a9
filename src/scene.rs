//! A finished picture as plain geometry: items at fixed positions, in drawing order.
//!
//! Layouts produce a [`Scene`]; renderers only translate it (SVG, and from that PNG
//! or PDF). Coordinates are f64 pixels with the origin at the top left. Every item
//! may carry the id of the record it shows and a tooltip, so a picture stays
//! traceable to its sources.

use std::sync::Arc;

use crate::style::Color;
use crate::text::Weight;

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (never negative).
    pub w: f64,
    /// Height (never negative).
    pub h: f64,
}

impl Rect {
    /// A rectangle from its left, top, width and height.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect {
            x,
            y,
            w: w.max(0.0),
            h: h.max(0.0),
        }
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// True if the interiors intersect (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    /// True if `o` lies within this rectangle (within `eps`).
    pub fn contains(&self, o: &Rect) -> bool {
        const EPS: f64 = 1e-6;
        o.x >= self.x - EPS
            && o.y >= self.y - EPS
            && o.right() <= self.right() + EPS
            && o.bottom() <= self.bottom() + EPS
    }

    /// The rectangle grown by `d` on every side.
    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// How a shape is filled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Paint {
    /// Nothing.
    None,
    /// One colour at an opacity (0–1).
    Solid(Color, f64),
    /// One colour whose opacity runs from `from` at the left edge to `to` at the right:
    /// how an uncertain start or end fades in or out.
    FadeX {
        /// Colour.
        color: Color,
        /// Opacity at the left edge.
        from: f64,
        /// Opacity at the right edge.
        to: f64,
    },
    /// Diagonal stripes of one colour over a pale tint of it: how a record
    /// of low confidence is drawn, in every view, whatever its colour.
    Hatch(Color),
}

/// A line or outline style.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Color,
    /// Width in px.
    pub width: f64,
    /// Dash and gap lengths; `None` for a solid line.
    pub dash: Option<(f64, f64)>,
    /// Opacity (0–1).
    pub opacity: f64,
}

/// Where a text's `x` sits on the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `x` is the left edge.
    Start,
    /// `x` is the centre.
    Middle,
    /// `x` is the right edge.
    End,
}

/// A piece of a [`Shape::Path`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Segment {
    /// A straight line to a point.
    Line(f64, f64),
    /// A cubic Bézier curve through two control points to a point.
    Cubic((f64, f64), (f64, f64), (f64, f64)),
}

impl Segment {
    /// The end point.
    pub fn end(&self) -> (f64, f64) {
        match *self {
            Segment::Line(x, y) => (x, y),
            Segment::Cubic(_, _, p) => p,
        }
    }
}

/// What an item is, for checks that treat text and marks differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Background, grid lines, leader lines: may sit under anything.
    Decoration,
    /// A data mark (bar, marker): text must not cover it, unless it is the text's own host.
    Mark,
    /// Text: names, dates, axis and legend labels (16 px or more on a slide).
    Label,
    /// Small print: sources, notes, the numbered key and the numbers and codes
    /// that point into it (13 px or more on a slide). Placed like a label.
    Note,
}

impl Role {
    /// Whether the item is text, whose box must not overlap another text's.
    pub fn is_text(self) -> bool {
        matches!(self, Role::Label | Role::Note)
    }
}

/// One drawable thing.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle with optional rounded corners.
    Rect {
        /// Where.
        rect: Rect,
        /// Corner radius.
        radius: f64,
        /// Fill.
        fill: Paint,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A circle.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius.
        r: f64,
        /// Fill.
        fill: Paint,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f64,
        /// Start y.
        y1: f64,
        /// End x.
        x2: f64,
        /// End y.
        y2: f64,
        /// Style.
        stroke: Stroke,
    },
    /// A closed polygon.
    Polygon {
        /// Corners, in order.
        points: Vec<(f64, f64)>,
        /// Fill.
        fill: Paint,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// An open curve: a start point, then straight or cubic Bézier segments.
    Path {
        /// Start.
        from: (f64, f64),
        /// Segments in order.
        segments: Vec<Segment>,
        /// Style.
        stroke: Stroke,
    },
    /// One line of text. `bbox` is its measured box (ascent to descent).
    Text {
        /// Anchor x.
        x: f64,
        /// Baseline y.
        y: f64,
        /// The text, shown literally.
        text: String,
        /// Size in px.
        size: f64,
        /// Weight.
        weight: Weight,
        /// Colour.
        fill: Color,
        /// Anchor.
        anchor: Anchor,
        /// Measured box.
        bbox: Rect,
        /// A web link (http, https or mailto only) the text leads to.
        href: Option<String>,
    },
}

/// A shape with what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The shape.
    pub shape: Shape,
    /// Text or mark.
    pub role: Role,
    /// Id of the record shown (agency, team, event, source), if any.
    ///
    /// Shared (`Arc<str>`) like the tooltip and lane: a mark repeated on many
    /// lanes holds the same texts, and a large case has hundreds of thousands.
    pub record: Option<Arc<str>>,
    /// Hover text: details, dates as written, sources.
    pub tooltip: Option<Arc<str>>,
    /// For a mark repeated on several lanes (a team's bar on each member's lane,
    /// an event's marker on each participant's): the key of this copy's lane, so a
    /// page can pick out one agency's share.
    pub lane: Option<Arc<str>>,
    /// Opacity of the whole item (dimmed by `--focus`).
    pub opacity: f64,
    /// For a label drawn on a mark: the index of that mark in [`Scene::items`].
    pub host: Option<usize>,
    /// In a step-by-step build, the frame (from 1) in which the item appears;
    /// `None` for items in every frame (axes, legend, lane labels).
    pub step: Option<u32>,
}

impl Item {
    /// A mark drawn hatched: a record of low confidence.
    pub fn is_hatched_mark(&self) -> bool {
        self.role == Role::Mark
            && matches!(
                self.shape,
                Shape::Rect {
                    fill: Paint::Hatch(_),
                    ..
                } | Shape::Circle {
                    fill: Paint::Hatch(_),
                    ..
                } | Shape::Polygon {
                    fill: Paint::Hatch(_),
                    ..
                }
            )
    }

    /// The item's bounding box.
    pub fn bbox(&self) -> Rect {
        match &self.shape {
            Shape::Rect { rect, stroke, .. } => rect.inflate(stroke.map_or(0.0, |s| s.width / 2.0)),
            Shape::Circle {
                cx, cy, r, stroke, ..
            } => {
                let r = r + stroke.map_or(0.0, |s| s.width / 2.0);
                Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r)
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => {
                let h = stroke.width / 2.0;
                Rect::new(
                    x1.min(*x2) - h,
                    y1.min(*y2) - h,
                    (x1 - x2).abs() + 2.0 * h,
                    (y1 - y2).abs() + 2.0 * h,
                )
            }
            Shape::Polygon { points, stroke, .. } => {
                let h = stroke.map_or(0.0, |s| s.width / 2.0);
                let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for (x, y) in points {
                    x0 = x0.min(*x);
                    y0 = y0.min(*y);
                    x1 = x1.max(*x);
                    y1 = y1.max(*y);
                }
                Rect::new(x0 - h, y0 - h, x1 - x0 + 2.0 * h, y1 - y0 + 2.0 * h)
            }
            Shape::Path {
                from,
                segments,
                stroke,
            } => {
                // Control points bound a Bézier curve, so this box holds the path.
                let h = stroke.width / 2.0;
                let mut pts = vec![*from];
                for s in segments {
                    match *s {
                        Segment::Line(x, y) => pts.push((x, y)),
                        Segment::Cubic(a, b, c) => pts.extend([a, b, c]),
                    }
                }
                let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for (x, y) in pts {
                    x0 = x0.min(x);
                    y0 = y0.min(y);
                    x1 = x1.max(x);
                    y1 = y1.max(y);
                }
                Rect::new(x0 - h, y0 - h, x1 - x0 + 2.0 * h, y1 - y0 + 2.0 * h)
            }
            Shape::Text { bbox, .. } => *bbox,
        }
    }
}

/// A finished picture. Invariant (checked by the tests of every view): every item
/// lies within `0..width × 0..height`, and no two labels overlap.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Canvas width in px.
    pub width: f64,
    /// Canvas height in px.
    pub height: f64,
    /// Size to display at, if different from the canvas (the picture is scaled to fit).
    pub display: Option<(f64, f64)>,
    /// Accessible title.
    pub title: String,
    /// Accessible description.
    pub description: String,
    /// Canvas colour.
    pub background: Color,
    /// Items in drawing order.
    pub items: Vec<Item>,
}

impl Scene {
    /// An empty scene.
    pub fn new(width: f64, height: f64, background: Color) -> Scene {
        Scene {
            width,
            height,
            display: None,
            title: String::new(),
            description: String::new(),
            background,
            items: Vec::new(),
        }
    }

    /// Appends an item with full opacity and no record; returns its index.
    pub fn push(&mut self, role: Role, shape: Shape) -> usize {
        self.items.push(Item {
            shape,
            role,
            record: None,
            tooltip: None,
            lane: None,
            opacity: 1.0,
            host: None,
            step: None,
        });
        self.items.len() - 1
    }

    /// Number of frames in a step-by-step build (at least 1).
    pub fn steps(&self) -> u32 {
        self.items
            .iter()
            .filter_map(|i| i.step)
            .max()
            .unwrap_or(1)
            .max(1)
    }

    /// Numbers the steps 1, 2, … in order, leaving out those no item has:
    /// a frame that adds nothing visible is no frame.
    pub fn compact_steps(&mut self) {
        let mut used: Vec<u32> = self.items.iter().filter_map(|i| i.step).collect();
        used.sort_unstable();
        used.dedup();
        if used.iter().enumerate().all(|(i, s)| *s == i as u32 + 1) {
            return;
        }
        for item in &mut self.items {
            if let Some(s) = &mut item.step {
                *s = used.partition_point(|u| u < s) as u32 + 1;
            }
        }
    }

    /// Frame `k` of a step-by-step build: the items that have appeared by step `k`,
    /// in the same places as in the full picture (so nothing jumps between slides).
    /// The last frame is the full picture.
    pub fn frame(&self, k: u32) -> Scene {
        let mut keep = Vec::with_capacity(self.items.len());
        let mut new_index = vec![None; self.items.len()];
        for (i, item) in self.items.iter().enumerate() {
            if item.step.is_none_or(|s| s <= k) {
                new_index[i] = Some(keep.len());
                keep.push(item.clone());
            }
        }
        for item in &mut keep {
            item.host = item.host.and_then(|h| new_index[h]);
        }
        Scene {
            items: keep,
            ..self.clone_empty()
        }
    }

    fn clone_empty(&self) -> Scene {
        Scene {
            width: self.width,
            height: self.height,
            display: self.display,
            title: self.title.clone(),
            description: self.description.clone(),
            background: self.background,
            items: Vec::new(),
        }
    }

    /// Moves every item by `(dx, dy)`.
    pub fn translate(&mut self, dx: f64, dy: f64) {
        let mv = |r: &mut Rect| {
            r.x += dx;
            r.y += dy;
        };
        for item in &mut self.items {
            match &mut item.shape {
                Shape::Rect { rect, .. } => mv(rect),
                Shape::Circle { cx, cy, .. } => {
                    *cx += dx;
                    *cy += dy;
                }
                Shape::Line { x1, y1, x2, y2, .. } => {
                    *x1 += dx;
                    *x2 += dx;
                    *y1 += dy;
                    *y2 += dy;
                }
                Shape::Polygon { points, .. } => {
                    for (x, y) in points {
                        *x += dx;
                        *y += dy;
                    }
                }
                Shape::Path { from, segments, .. } => {
                    let mv = |p: &mut (f64, f64)| {
                        p.0 += dx;
                        p.1 += dy;
                    };
                    mv(from);
                    for s in segments {
                        match s {
                            Segment::Line(x, y) => {
                                *x += dx;
                                *y += dy;
                            }
                            Segment::Cubic(a, b, c) => {
                                mv(a);
                                mv(b);
                                mv(c);
                            }
                        }
                    }
                }
                Shape::Text { x, y, bbox, .. } => {
                    *x += dx;
                    *y += dy;
                    mv(bbox);
                }
            }
        }
    }

    /// The labels whose boxes overlap, as index pairs (empty for a valid scene).
    pub fn overlapping_labels(&self) -> Vec<(usize, usize)> {
        let labels: Vec<(usize, Rect)> = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.role.is_text())
            .map(|(n, i)| (n, i.bbox()))
            .collect();
        let mut out = Vec::new();
        for (a, (ia, ra)) in labels.iter().enumerate() {
            for (ib, rb) in &labels[a + 1..] {
                if ra.overlaps(rb) {
                    out.push((*ia, *ib));
                }
            }
        }
        out
    }

    /// Labels that cover a mark other than their host, as (label, mark) index pairs.
    pub fn labels_over_marks(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (li, l) in self
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.role.is_text())
        {
            let lb = l.bbox();
            for (mi, m) in self
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.role == Role::Mark)
            {
                if l.host != Some(mi) && lb.overlaps(&m.bbox()) {
                    out.push((li, mi));
                }
            }
        }
        out
    }

    /// Items that leave the canvas.
    pub fn outside_canvas(&self) -> Vec<usize> {
        let canvas = Rect::new(0.0, 0.0, self.width, self.height);
        self.items
            .iter()
            .enumerate()
            .filter(|(_, i)| !canvas.contains(&i.bbox()))
            .map(|(n, _)| n)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_no_item_has_are_left_out_of_the_build() {
        let mut scene = Scene::new(10.0, 10.0, Color(255, 255, 255));
        for step in [Some(2), None, Some(5), Some(2), Some(9)] {
            let k = scene.push(
                Role::Mark,
                Shape::Circle {
                    cx: 1.0,
                    cy: 1.0,
                    r: 1.0,
                    fill: Paint::None,
                    stroke: None,
                },
            );
            scene.items[k].step = step;
        }
        scene.compact_steps();
        let steps: Vec<Option<u32>> = scene.items.iter().map(|i| i.step).collect();
        assert_eq!(steps, [Some(1), None, Some(2), Some(1), Some(3)]);
        assert_eq!(scene.steps(), 3);
        // Every frame adds something.
        let sizes: Vec<usize> = (1..=3).map(|k| scene.frame(k).items.len()).collect();
        assert_eq!(sizes, [3, 4, 5]);
    }
}
