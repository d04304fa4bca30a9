//! The band of event labels above the lanes: each event's name and date placed in
//! greedy rows, tied to its marker by a leader line.

use std::cell::OnceCell;

use super::events::EventGeom;
use super::frame::Frame;
use super::lanes::Shown;
use super::wording::at_most_two_lines;
use super::{Inputs, Type};
use crate::layout::kit::MARGIN;
use crate::model::{EventRef, Model};
use crate::scene::Anchor;
use crate::text::{TextMeasure, Weight};

/// Where a band label sits: its row (0 nearest the lanes), extent and alignment.
#[derive(Clone, Copy)]
pub(super) struct Placed {
    pub(super) row: usize,
    pub(super) x0: f64,
    pub(super) x1: f64,
    pub(super) align: Anchor,
}

/// The band's rows of event labels while they are placed, greedily, nearest the
/// lanes first: a leader line must not cross a label in a lower row, and no label
/// may sit on a higher row's leader.
struct BandRows<'a> {
    /// Event anchors' x, in rank order.
    anchors: &'a [f64],
    width: f64,
    is_placed: Vec<bool>,
    /// Fenwick tree counting anchors still unplaced, by rank.
    fen: Vec<i64>,
    /// Per row: placed labels as (x0, x1, leader), sorted by x0.
    rows: Vec<Vec<(f64, f64, f64)>>,
    /// Per row: the leaders' x, sorted.
    leaders: Vec<Vec<f64>>,
}

impl<'a> BandRows<'a> {
    fn new(max_rows: usize, anchors: &'a [f64], width: f64) -> Self {
        let mut band = BandRows {
            anchors,
            width,
            is_placed: vec![false; anchors.len()],
            fen: vec![0; anchors.len() + 1],
            rows: vec![Vec::new(); max_rows],
            leaders: vec![Vec::new(); max_rows],
        };
        for i in 0..anchors.len() {
            band.fen_add(i, 1);
        }
        band
    }

    fn fen_add(&mut self, i: usize, v: i64) {
        let mut i = i + 1;
        while i < self.fen.len() {
            self.fen[i] += v;
            i += i & i.wrapping_neg();
        }
    }

    /// Unplaced anchors of rank below `i`.
    fn fen_sum(&self, mut i: usize) -> i64 {
        let mut s = 0;
        while i > 0 {
            s += self.fen[i];
            i -= i & i.wrapping_neg();
        }
        s
    }

    /// The first row and alignment (start, end, middle) where a label `w` wide for
    /// the anchor at `x` fits; in the strict pass it must also leave the anchors of
    /// unplaced events uncovered. A wider label never fits where a narrower did not.
    fn find(&self, x: f64, w: f64, strict: bool) -> Option<Placed> {
        // Where each alignment puts the label, and whether it stays on the canvas
        // (and, when strict, off unplaced anchors): the same in every row.
        let aligns = [Anchor::Start, Anchor::End, Anchor::Middle].map(|align| {
            let (bx0, bx1) = match align {
                Anchor::Start => (x - 4.0, x - 4.0 + w),
                Anchor::End => (x + 4.0 - w, x + 4.0),
                Anchor::Middle => (x - w / 2.0, x + w / 2.0),
            };
            let mut ok = bx0 >= MARGIN && bx1 <= self.width - MARGIN;
            if ok && strict {
                let lo = self.anchors.partition_point(|a| *a < bx0 - 6.0);
                let hi = self.anchors.partition_point(|a| *a <= bx1 + 6.0);
                ok = self.fen_sum(hi) - self.fen_sum(lo) - 1 <= 0;
            }
            (align, bx0, bx1, ok)
        });
        let max_rows = self.rows.len();
        for row in 0..max_rows {
            for &(align, bx0, bx1, ok) in &aligns {
                if !ok {
                    continue;
                }
                let pad = 14.0;
                // Same row: the neighbours by x must stay apart.
                let same = &self.rows[row];
                let k = same.partition_point(|l| l.0 < bx0);
                let clear_row = (k == 0 || same[k - 1].1 + pad <= bx0)
                    && (k == same.len() || bx1 + pad <= same[k].0);
                if !clear_row {
                    continue;
                }
                // Higher rows: their leaders must not pass through this label.
                let crosses_leader = (row + 1..max_rows).any(|r| {
                    let ls = &self.leaders[r];
                    let i = ls.partition_point(|v| *v < bx0 - 6.0);
                    i < ls.len() && ls[i] <= bx1 + 6.0
                });
                // Lower rows: this leader must not pass through their labels.
                let crosses_label = (0..row).any(|r| {
                    let ls = &self.rows[r];
                    let i = ls.partition_point(|l| l.0 - 6.0 <= x);
                    i > 0 && ls[i - 1].1 + 6.0 >= x
                });
                if crosses_leader || crosses_label {
                    continue;
                }
                return Some(Placed {
                    row,
                    x0: bx0,
                    x1: bx1,
                    align,
                });
            }
        }
        None
    }

    fn place(&mut self, rank: usize, x: f64, p: Placed) {
        let at = self.rows[p.row].partition_point(|l| l.0 < p.x0);
        self.rows[p.row].insert(at, (p.x0, p.x1, x));
        let at = self.leaders[p.row].partition_point(|v| *v < x);
        self.leaders[p.row].insert(at, x);
        self.is_placed[rank] = true;
        self.fen_add(rank, -1);
    }
}

/// An event's label as placed: where, its name's lines and its date.
pub(super) struct BandLabel {
    pub(super) event: EventRef,
    pub(super) at: Placed,
    pub(super) lines: Vec<String>,
    pub(super) date: String,
}

/// The band as laid out.
pub(super) struct Band {
    /// The shown events in anchor order (x, then id), and their anchors' x.
    pub(super) events: Vec<EventRef>,
    pub(super) anchors: Vec<f64>,
    pub(super) labels: Vec<BandLabel>,
    /// Events left without a label.
    pub(super) omitted: usize,
    /// Height of one line of an event's name.
    pub(super) name_line: f64,
    row_h: f64,
    /// Bottom of the band (of its row 0).
    bottom: f64,
    /// Where the lanes begin, below the band.
    pub(super) lanes_top: f64,
}

impl Band {
    /// The bottom of label row `row`, counted up from the lanes.
    pub(super) fn row_bottom(&self, row: usize) -> f64 {
        self.bottom - row as f64 * self.row_h
    }
}

/// A label's possible texts: its name's lines, and the label's width.
type Candidates = Vec<(Vec<String>, f64)>;

/// Each event's date and label candidates (name wrapped to two widths), worked out
/// once and only when asked for: most events of a large case find no room in the
/// band, and that shows before their text is measured.
struct LabelTexts<'a> {
    model: &'a Model,
    m: &'a dyn TextMeasure,
    /// Events by rank.
    events: &'a [EventRef],
    widths: [f64; 2],
    dates: Vec<OnceCell<(String, f64)>>,
    candidates: Vec<OnceCell<Candidates>>,
}

impl LabelTexts<'_> {
    /// The event's date as read, and its width.
    fn date(&self, r: usize) -> &(String, f64) {
        self.dates[r].get_or_init(|| {
            let date = self.model[self.events[r]].period().human();
            let w = self.m.width(&date, Type::EVENT_DATE, Weight::Regular);
            (date, w)
        })
    }

    /// The event's name in at most two lines at each width, narrowest last, and
    /// each label's width (at least the date's); no two alike.
    fn candidates(&self, r: usize) -> &[(Vec<String>, f64)] {
        self.candidates[r].get_or_init(|| {
            let (m, ev) = (self.m, &self.model[self.events[r]]);
            let date_w = self.date(r).1;
            let mut candidates: Candidates = Vec::new();
            for max in self.widths {
                let lines = at_most_two_lines(m, &ev.name, Type::EVENT, Weight::Semibold, max);
                if !lines.is_empty() && !candidates.iter().any(|(c, _)| *c == lines) {
                    let w = lines
                        .iter()
                        .map(|l| m.width(l, Type::EVENT, Weight::Semibold))
                        .fold(date_w, f64::max);
                    candidates.push((lines, w));
                }
            }
            candidates
        })
    }
}

/// Places the event labels in the band starting at `top`, nearest the lanes
/// first. Guarantees: labels stay within the margins, keep 14 px apart in a row,
/// never sit on another event's leader nor have theirs cross a label; in a first
/// pass no label covers the anchor of an event still to be placed; at most the
/// density's rows; names take at most two lines. Of placing left to right and
/// right to left, keeps whichever labels more events (then uses fewer rows).
pub(super) fn place_band_labels(
    at: &Inputs,
    shown: &Shown,
    geom: &[EventGeom],
    frame: &Frame,
    top: f64,
) -> Band {
    let m = at.m;
    let mut by_x: Vec<(f64, EventRef)> = shown.events.iter().map(|&e| (geom[e.0].x, e)).collect();
    by_x.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // In anchor order (x, then id): an event's index here is its rank in the
    // range queries of the band's rows.
    let (anchors, events): (Vec<f64>, Vec<EventRef>) = by_x.into_iter().unzip();
    let texts = LabelTexts {
        model: at.model,
        m,
        events: &events,
        widths: at
            .d
            .label_widths
            .map(|w| w.min((frame.x1 - frame.x0) * 0.4)),
        dates: vec![OnceCell::new(); events.len()],
        candidates: vec![OnceCell::new(); events.len()],
    };
    let pass = |ranks: &mut dyn Iterator<Item = usize>| {
        place_pass(&texts, &anchors, at.d.max_band_rows, frame.width, ranks)
    };
    // Left to right suits labels that end at their anchor; right to left turns a
    // cluster into a staircase of labels reaching right.
    let ascending = pass(&mut (0..events.len()));
    let descending = pass(&mut (0..events.len()).rev());
    let rows_of = |p: &[BandLabel]| p.iter().map(|l| l.at.row + 1).max().unwrap_or(0);
    let labels = if (descending.len(), std::cmp::Reverse(rows_of(&descending)))
        > (ascending.len(), std::cmp::Reverse(rows_of(&ascending)))
    {
        descending
    } else {
        ascending
    };
    let band_rows = rows_of(&labels);
    let name_line = m.ascent(Type::EVENT) + m.descent(Type::EVENT);
    let band_lines = labels.iter().map(|l| l.lines.len()).max().unwrap_or(1) as f64;
    let row_h =
        band_lines * name_line + m.ascent(Type::EVENT_DATE) + m.descent(Type::EVENT_DATE) + 16.0;
    let bottom = top + band_rows as f64 * row_h;
    Band {
        omitted: events.len() - labels.len(),
        events,
        anchors,
        labels,
        name_line,
        row_h,
        bottom,
        lanes_top: bottom + if band_rows > 0 { 14.0 } else { 0.0 },
    }
}

/// One placing of the labels, trying events in the order of `ranks`: first so
/// that no label covers the anchor of an event still to be placed, then whatever
/// is left, wherever it fits.
fn place_pass(
    texts: &LabelTexts,
    anchors: &[f64],
    max_rows: usize,
    width: f64,
    ranks: &mut dyn Iterator<Item = usize>,
) -> Vec<BandLabel> {
    let ranks: Vec<usize> = ranks.collect();
    let mut placed: Vec<BandLabel> = Vec::new();
    let mut band = BandRows::new(max_rows, anchors, width);
    for strict in [true, false] {
        for &rank in &ranks {
            if band.is_placed[rank] {
                continue;
            }
            let x = anchors[rank];
            // A label is at least as wide as its date, and a wider one only meets
            // more: if a point, then the date alone, finds no room, neither does
            // any candidate.
            if band.find(x, 0.0, strict).is_none()
                || band.find(x, texts.date(rank).1, strict).is_none()
            {
                continue;
            }
            for (lines, w) in texts.candidates(rank) {
                if let Some(spot) = band.find(x, *w, strict) {
                    band.place(rank, x, spot);
                    placed.push(BandLabel {
                        event: texts.events[rank],
                        at: spot,
                        lines: lines.clone(),
                        date: texts.date(rank).0.clone(),
                    });
                    break;
                }
            }
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels as boxes `(row, x0, x1)`, checked for what a reader would see go wrong.
    fn check(rows: &BandRows, placed: &[(usize, f64, Placed)]) {
        for (i, (_, xa, a)) in placed.iter().enumerate() {
            assert!(
                a.x0 >= MARGIN && a.x1 <= rows.width - MARGIN,
                "on the canvas"
            );
            for (_, xb, b) in &placed[i + 1..] {
                assert!(
                    a.row != b.row || a.x1 + 14.0 <= b.x0 || b.x1 + 14.0 <= a.x0,
                    "two labels of one row overlap"
                );
                // A leader runs from a label's row down to the lanes, through the
                // rows below it.
                if a.row > b.row {
                    assert!(
                        !(b.x0 - 6.0..=b.x1 + 6.0).contains(xa),
                        "leader crosses a label"
                    );
                }
                if b.row > a.row {
                    assert!(
                        !(a.x0 - 6.0..=a.x1 + 6.0).contains(xb),
                        "leader crosses a label"
                    );
                }
            }
        }
    }

    #[test]
    fn a_crowd_of_labels_fills_rows_without_overlap_or_crossed_leaders() {
        // Twenty events closer together than their labels are wide: they cannot
        // share one row.
        let anchors: Vec<f64> = (0..20).map(|i| 400.0 + 40.0 * i as f64).collect();
        let mut rows = BandRows::new(8, &anchors, 1920.0);
        let mut placed = Vec::new();
        for strict in [true, false] {
            for (rank, &x) in anchors.iter().enumerate() {
                if rows.is_placed[rank] {
                    continue;
                }
                if let Some(p) = rows.find(x, 120.0, strict) {
                    rows.place(rank, x, p);
                    placed.push((rank, x, p));
                }
            }
        }
        let rows_used = placed.iter().map(|(_, _, p)| p.row + 1).max().unwrap();
        assert!(
            rows_used > 1 && placed.len() >= 10,
            "{rows_used} rows, {} labels",
            placed.len()
        );
        assert!(placed.iter().all(|(_, _, p)| p.row < 8));
        check(&rows, &placed);
    }

    #[test]
    fn a_label_near_the_edge_reaches_inwards() {
        let anchors = [60.0, 1900.0];
        let rows = BandRows::new(3, &anchors, 1920.0);
        let left = rows.find(60.0, 200.0, true).unwrap();
        assert_eq!((left.row, left.align), (0, Anchor::Start));
        let right = rows.find(1860.0, 200.0, false).unwrap();
        assert_eq!(right.align, Anchor::End);
        assert!(
            rows.find(900.0, 1900.0, false).is_none(),
            "wider than the canvas"
        );
    }
}
