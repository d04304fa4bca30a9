//! What labels must keep clear of: the lines and the bands, indexed so that a
//! label is tested only against what lies near it.

use super::LINE_W;
use super::order::Flat;
use crate::layout::kit::BoxGrid;
use crate::scene::Rect;

/// What a label must keep clear of: the lines, the bands, and the labels placed
/// so far (filed in a grid: a label is checked against the boxes near it, not all
/// of them).
pub(super) struct Clear {
    pub(super) lines: LineBoxes,
    pub(super) bands: BandBoxes,
    pub(super) labels: BoxGrid,
}

/// Where the lines run, to keep labels clear of them. Each line is drawn as a flat
/// stretch at every slot of its run and a curve from each slot to the next; a label
/// must miss the boxes along it: one per stretch and six per curve, between points
/// of the curve. Boxes are not stored (they would be millions, and labels few):
/// per slot, stretches are kept by height, and curves by top with a tree of their
/// lowest bottoms, so a label is tested only against the pieces that reach its
/// height, whose boxes are then made on the spot, with the same arithmetic as ever.
/// The tree is there because plain y buckets would not do: between two slots a line
/// may drop across most of a tall picture.
pub(super) struct LineBoxes {
    slots: Vec<SlotBoxes>,
    /// True if slots lie left to right, so the ones under a label can be bisected for.
    rising: bool,
    weights: [[f64; 4]; 6],
}

/// The pieces of line drawn for one slot: the stretches there and the curves into it.
pub(super) struct SlotBoxes {
    /// Leftmost and rightmost edge of every box of the slot.
    extent: (f64, f64),
    /// x and width of every stretch's box.
    flat_x: (f64, f64),
    /// (top, line) of each stretch's box, by top.
    flats: Vec<(f64, usize)>,
    /// x and width of the six boxes along every curve.
    curve_x: [(f64, f64); 6],
    /// Curves from the slot before, by `top`.
    curves: Vec<Curve>,
    /// Implicit binary tree over `curves` (node 1 covers all, node i has children 2i
    /// and 2i + 1): the greatest `bottom` below each node.
    reach: Vec<f64>,
    /// Leaves of the tree: `curves.len()` rounded up to a power of two.
    leaves: usize,
}

/// One line's curve between two slots, from height `from` to `to`. `top` (and the
/// bottom kept in the tree) bound its boxes with a margin far wider than rounding,
/// so a curve passed over can never have touched the label.
pub(super) struct Curve {
    top: f64,
    line: usize,
    from: f64,
    to: f64,
}

/// Weights of the curve's end points and control points at the six points along it
/// that bound its boxes, each product grouped as the drawing code first wrote it.
pub(super) fn curve_weights() -> [[f64; 4]; 6] {
    let mut w = [[0.0; 4]; 6];
    for (k, row) in w.iter_mut().enumerate() {
        let t = (k + 1) as f64 / 6.0;
        let u = 1.0 - t;
        *row = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
    }
    w
}

/// The seven points, first to last, at which a curve's six boxes meet, along one
/// axis: from `a` through controls `b`, `c` to `d`.
pub(super) fn curve_points(w: &[[f64; 4]; 6], a: f64, b: f64, c: f64, d: f64) -> [f64; 7] {
    let mut p = [a; 7];
    for (k, r) in w.iter().enumerate() {
        p[k + 1] = r[0] * a + r[1] * b + r[2] * c + r[3] * d;
    }
    p
}

/// The box a line of width [`LINE_W`] needs between two points.
pub(super) fn piece_box(a: (f64, f64), b: (f64, f64)) -> Rect {
    Rect::new(
        a.0.min(b.0),
        a.1.min(b.1) - LINE_W,
        (a.0 - b.0).abs(),
        (a.1 - b.1).abs() + 2.0 * LINE_W,
    )
}

impl LineBoxes {
    /// `seg_x(s)` is where slot `s`'s stretches start, `seg` their length, and `y_at`
    /// a line's height at a slot.
    pub(super) fn new(
        orders: &[Flat],
        seg_x: impl Fn(usize) -> f64,
        seg: f64,
        y_at: impl Fn(usize, usize) -> Option<f64>,
    ) -> LineBoxes {
        let w = curve_weights();
        let slots: Vec<SlotBoxes> = orders
            .iter()
            .enumerate()
            .map(|(s, order)| {
                let xb = seg_x(s);
                let flat = piece_box((xb, 0.0), (xb + seg, 0.0));
                let mut extent = (flat.x, flat.right());
                let mut curve_x = [(0.0, 0.0); 6];
                if s > 0 {
                    let xa = seg_x(s - 1) + seg;
                    let mid = (xa + xb) / 2.0;
                    let px = curve_points(&w, xa, mid, mid, xb);
                    for (i, cx) in curve_x.iter_mut().enumerate() {
                        let r = piece_box((px[i], 0.0), (px[i + 1], 0.0));
                        *cx = (r.x, r.w);
                        extent = (extent.0.min(r.x), extent.1.max(r.right()));
                    }
                }
                let mut flats: Vec<(f64, usize)> = Vec::with_capacity(order.lines.len());
                let mut curves: Vec<Curve> = Vec::new();
                for l in &order.lines {
                    let Some(to) = y_at(*l, s) else { continue };
                    flats.push((piece_box((xb, to), (xb + seg, to)).y, *l));
                    let Some(from) = s.checked_sub(1).and_then(|p| y_at(*l, p)) else {
                        continue;
                    };
                    let margin = 1e-9 * (1.0 + from.abs() + to.abs());
                    curves.push(Curve {
                        top: from.min(to) - LINE_W - margin,
                        line: *l,
                        from,
                        to,
                    });
                }
                // Stretches come top to bottom already; the sort only makes sure.
                flats.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
                // Which of two curves with the same top comes first does not change
                // an answer.
                curves.sort_unstable_by(|a, b| a.top.total_cmp(&b.top));
                let leaves = curves.len().next_power_of_two();
                let mut reach = vec![f64::NEG_INFINITY; 2 * leaves];
                for (i, c) in curves.iter().enumerate() {
                    let margin = 1e-9 * (1.0 + c.from.abs() + c.to.abs());
                    reach[leaves + i] = c.from.max(c.to) + LINE_W + margin;
                }
                for i in (1..leaves).rev() {
                    reach[i] = reach[2 * i].max(reach[2 * i + 1]);
                }
                SlotBoxes {
                    extent,
                    flat_x: (flat.x, flat.w),
                    flats,
                    curve_x,
                    curves,
                    reach,
                    leaves,
                }
            })
            .collect();
        let rising = slots
            .windows(2)
            .all(|p| p[0].extent.0 <= p[1].extent.0 && p[0].extent.1 <= p[1].extent.1);
        LineBoxes {
            slots,
            rising,
            weights: w,
        }
    }

    /// True if `bb` overlaps a box of a line other than `own` (as [`Rect::overlaps`]
    /// counts it).
    pub(super) fn hits(&self, bb: &Rect, own: Option<usize>) -> bool {
        let (a, b) = if self.rising {
            let a = self.slots.partition_point(|s| s.extent.1 <= bb.x);
            let b = self.slots.partition_point(|s| s.extent.0 < bb.right());
            (a, b.max(a))
        } else {
            (0, self.slots.len())
        };
        self.slots[a..b]
            .iter()
            .any(|s| s.hits_flat(bb, own) || s.hits_curve(bb, own, &self.weights))
    }
}

impl SlotBoxes {
    pub(super) fn hits_flat(&self, bb: &Rect, own: Option<usize>) -> bool {
        let (x, w) = self.flat_x;
        let h = 2.0 * LINE_W;
        if !(x < bb.right() && bb.x < x + w) {
            return false;
        }
        // Every stretch box is as tall, so bottoms rise with tops: the boxes that
        // reach the label's height are one run.
        let below = self.flats.partition_point(|(t, _)| *t < bb.bottom());
        let from = self.flats[..below].partition_point(|(t, _)| t + h <= bb.y);
        self.flats[from..below]
            .iter()
            .any(|(t, l)| Some(*l) != own && Rect::new(x, *t, w, h).overlaps(bb))
    }

    pub(super) fn hits_curve(&self, bb: &Rect, own: Option<usize>, w: &[[f64; 4]; 6]) -> bool {
        if self.curves.is_empty() {
            return false;
        }
        // Only curves whose top is above the label's bottom can overlap it.
        let above = self.curves.partition_point(|c| c.top < bb.bottom());
        self.search(1, 0, self.leaves, above, bb, own, w)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn search(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        above: usize,
        bb: &Rect,
        own: Option<usize>,
        w: &[[f64; 4]; 6],
    ) -> bool {
        // Nothing here starts high enough, or nothing here reaches down to the label.
        if lo >= above || self.reach[node] <= bb.y {
            return false;
        }
        if hi - lo == 1 {
            let c = &self.curves[lo];
            if Some(c.line) == own {
                return false;
            }
            let py = curve_points(w, c.from, c.from, c.to, c.to);
            return (0..6).any(|i| {
                let (x, wd) = self.curve_x[i];
                let r = piece_box((0.0, py[i]), (0.0, py[i + 1]));
                Rect::new(x, r.y, wd, r.h).overlaps(bb)
            });
        }
        let mid = (lo + hi) / 2;
        self.search(2 * node, lo, mid, above, bb, own, w)
            || self.search(2 * node + 1, mid, hi, above, bb, own, w)
    }
}

/// The bands, to keep labels off them. A slot's bands share their x and stand apart
/// top to bottom, so tops and bottoms rise together and the bands at a label's height
/// are found by bisection (checked: a slot where they did not rise is searched whole).
pub(super) struct BandBoxes {
    pub(super) slots: Vec<SlotBands>,
    /// True if slots lie left to right, so the ones under a label can be bisected for.
    pub(super) rising: bool,
}

pub(super) struct SlotBands {
    /// x and width of every band of the slot.
    pub(super) x: f64,
    pub(super) w: f64,
    /// The slot's bands, top to bottom.
    pub(super) boxes: Vec<Rect>,
    /// True if bottoms rise with tops.
    pub(super) sorted: bool,
}

impl BandBoxes {
    pub(super) fn new(slots: Vec<(Rect, Vec<Rect>)>) -> BandBoxes {
        let slots: Vec<SlotBands> = slots
            .into_iter()
            .map(|(span, boxes)| SlotBands {
                x: span.x,
                w: span.w,
                sorted: boxes
                    .windows(2)
                    .all(|p| p[0].y <= p[1].y && p[0].bottom() <= p[1].bottom()),
                boxes,
            })
            .collect();
        let rising = slots
            .windows(2)
            .all(|p| p[0].x <= p[1].x && p[0].x + p[0].w <= p[1].x + p[1].w);
        BandBoxes { slots, rising }
    }

    /// How many bands there are.
    pub(super) fn count(&self) -> usize {
        self.slots.iter().map(|s| s.boxes.len()).sum()
    }

    /// True if `r` overlaps a band (as [`Rect::overlaps`] counts it).
    pub(super) fn overlaps(&self, r: &Rect) -> bool {
        let (a, b) = if self.rising {
            let a = self.slots.partition_point(|s| s.x + s.w <= r.x);
            let b = self.slots.partition_point(|s| s.x < r.right());
            (a, b.max(a))
        } else {
            (0, self.slots.len())
        };
        self.slots[a..b].iter().any(|s| {
            if !(s.x < r.right() && r.x < s.x + s.w) {
                return false;
            }
            if !s.sorted {
                return s.boxes.iter().any(|b| b.overlaps(r));
            }
            let below = s.boxes.partition_point(|b| b.y < r.bottom());
            let from = s.boxes[..below].partition_point(|b| b.bottom() <= r.y);
            s.boxes[from..below].iter().any(|b| b.overlaps(r))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::StorylineOptions;
    use crate::layout::storyline::bands::band_rects;
    use crate::layout::storyline::lines::Columns;
    use crate::layout::storyline::tests::{Rng, generated, laid};

    /// Every box along every line, with its line, made one by one.
    fn every_line_box(
        laid: &crate::layout::storyline::tests::Laid,
        cols: &Columns,
    ) -> Vec<(Rect, usize)> {
        let w = curve_weights();
        let story = &laid.story;
        let mut boxes = Vec::new();
        for l in 0..story.lines.len() {
            let ys = &laid.ys[story.off[l]..story.off[l + 1]];
            for (k, s) in story.run(l).enumerate() {
                let xb = cols.seg_x(s);
                boxes.push((piece_box((xb, ys[k]), (xb + cols.seg, ys[k])), l));
                if k > 0 {
                    let xa = cols.seg_x(s - 1) + cols.seg;
                    let mid = (xa + xb) / 2.0;
                    let px = curve_points(&w, xa, mid, mid, xb);
                    let py = curve_points(&w, ys[k - 1], ys[k - 1], ys[k], ys[k]);
                    for i in 0..6 {
                        boxes.push((piece_box((px[i], py[i]), (px[i + 1], py[i + 1])), l));
                    }
                }
            }
        }
        boxes
    }

    /// Labels of all sizes, anywhere on a page `w` by `h` and a little past it.
    fn random_rects(rng: &mut Rng, count: usize, w: f64, h: f64) -> Vec<Rect> {
        (0..count)
            .map(|_| {
                let x = rng.below(w as usize + 200) as f64 - 100.0 + rng.below(8) as f64 / 8.0;
                let y = rng.below(h as usize + 200) as f64 - 100.0 + rng.below(8) as f64 / 8.0;
                Rect::new(x, y, rng.below(300) as f64, 1.0 + rng.below(40) as f64)
            })
            .collect()
    }

    #[test]
    fn a_label_hits_a_line_exactly_when_one_of_its_boxes_is_hit() {
        let mut rng = Rng(99);
        for m in [generated(20, 4, 50, 11), generated(60, 8, 200, 7)] {
            let laid = laid(&m, &StorylineOptions::default());
            let cols = Columns::new(200.0, 3000.0, laid.story.slots.len());
            let y_at = |l: usize, s: usize| laid.story.cell(l, s).map(|c| laid.ys[c]);
            let index = LineBoxes::new(&laid.orders, |s| cols.seg_x(s), cols.seg, y_at);
            let boxes = every_line_box(&laid, &cols);
            let bottom = laid.ys.iter().copied().fold(0.0, f64::max);
            let mut hits = 0;
            for bb in random_rects(&mut rng, 3000, 3200.0, bottom + 100.0) {
                let own = (rng.below(3) == 0).then(|| rng.below(laid.story.lines.len()));
                let brute = boxes
                    .iter()
                    .any(|(r, l)| Some(*l) != own && r.overlaps(&bb));
                assert_eq!(index.hits(&bb, own), brute, "{bb:?} (own line {own:?})");
                hits += usize::from(brute);
            }
            assert!(hits > 100, "the test hardly ever touches a line: {hits}");
        }
    }

    #[test]
    fn a_label_overlaps_the_bands_exactly_when_it_overlaps_one_of_them() {
        let mut rng = Rng(5);
        let m = generated(60, 8, 200, 7);
        let laid = laid(&m, &StorylineOptions::default());
        let cols = Columns::new(200.0, 3000.0, laid.story.slots.len());
        let slots = band_rects(&laid.story, &laid.orders, &laid.ys, &cols);
        let every: Vec<Rect> = slots.iter().flat_map(|(_, b)| b.iter().copied()).collect();
        let bands = BandBoxes::new(slots);
        assert_eq!(bands.count(), every.len());
        let bottom = laid.ys.iter().copied().fold(0.0, f64::max);
        for bb in random_rects(&mut rng, 3000, 3200.0, bottom + 100.0) {
            let brute = every.iter().any(|b| b.overlaps(&bb));
            assert_eq!(bands.overlaps(&bb), brute, "{bb:?}");
        }
    }
}
