//! The band of event labels above the lanes: each event's name and date placed in
//! greedy rows, tied to its marker by a leader line; where a name finds no room
//! (and for every cluster of events), a number that the key under the picture
//! explains.

use std::cell::OnceCell;

use super::crowd::Moment;
use super::frame::Frame;
use super::key::{span_of, span_text};
use super::wording::at_most_two_lines;
use super::{Inputs, Type};
use crate::layout::kit::MARGIN;
use crate::model::{EventRef, Model};
use crate::scene::Anchor;
use crate::text::{TextMeasure, Weight};

/// On screen, the most events a key lists; past that the picture leaves them to
/// hover, as a key that long would outgrow the picture. In print there is no limit.
const SCREEN_KEY_MAX: usize = 150;

/// Space inside a number tag, each side of its number.
pub(super) const TAG_PAD: f64 = 6.0;

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
#[derive(Clone)]
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
    /// Rows names may take (number tags may add more above them).
    name_rows: usize,
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
            name_rows: max_rows,
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
        for row in 0..self.rows.len().min(self.name_rows) {
            for &(align, bx0, bx1, ok) in &aligns {
                if ok && self.clear(row, bx0, bx1, x) {
                    return Some(Placed {
                        row,
                        x0: bx0,
                        x1: bx1,
                        align,
                    });
                }
            }
        }
        None
    }

    /// Whether a label from `bx0` to `bx1` for the anchor at `x` may go in `row`:
    /// 14 px from its neighbours in the row, off the leaders of higher rows, and
    /// its own leader off the labels of lower rows.
    fn clear(&self, row: usize, bx0: f64, bx1: f64, x: f64) -> bool {
        let pad = 14.0;
        let same = &self.rows[row];
        let k = same.partition_point(|l| l.0 < bx0);
        let clear_row =
            (k == 0 || same[k - 1].1 + pad <= bx0) && (k == same.len() || bx1 + pad <= same[k].0);
        if !clear_row {
            return false;
        }
        let crosses_leader = (row + 1..self.rows.len()).any(|r| {
            let ls = &self.leaders[r];
            let i = ls.partition_point(|v| *v < bx0 - 6.0);
            i < ls.len() && ls[i] <= bx1 + 6.0
        });
        let crosses_label = (0..row).any(|r| {
            let ls = &self.rows[r];
            let i = ls.partition_point(|l| l.0 - 6.0 <= x);
            i > 0 && ls[i - 1].1 + 6.0 >= x
        });
        !crosses_leader && !crosses_label
    }

    /// The lowest row where a number tag `w` wide, centred on its anchor at `x`,
    /// fits, adding a row above the others when none does. A new row is taken
    /// even if it would not be clear, so that every tag is placed; it is clear
    /// when names were placed strictly (none covers an anchor left without one)
    /// and anchors are further apart than half a tag and 6 px.
    fn find_tag(&mut self, x: f64, w: f64) -> Placed {
        let (x0, x1) = (x - w / 2.0, x + w / 2.0);
        let mut row = 0;
        loop {
            if row == self.rows.len() {
                self.rows.push(Vec::new());
                self.leaders.push(Vec::new());
                break;
            }
            if self.clear(row, x0, x1, x) {
                break;
            }
            row += 1;
        }
        Placed {
            row,
            x0,
            x1,
            align: Anchor::Middle,
        }
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

/// What a label in the band says.
pub(super) enum LabelText {
    /// An event's name (one or two lines) over its date.
    Name { lines: Vec<String>, date: String },
    /// The moment's number in the key under the picture, in a tag from `pill.0`
    /// to `pill.1`, with a cluster's count and dates beside it where they fit.
    Number {
        n: usize,
        pill: (f64, f64),
        aside: Option<String>,
    },
}

/// A moment's label as placed: where, and what it says.
pub(super) struct BandLabel {
    /// The moment's index in [`Band::moments`].
    pub(super) moment: usize,
    pub(super) at: Placed,
    pub(super) text: LabelText,
}

/// The band as laid out.
pub(super) struct Band {
    /// The moments in anchor order.
    pub(super) moments: Vec<Moment>,
    pub(super) labels: Vec<BandLabel>,
    /// Single events without their name in the band (numbered or not).
    pub(super) unnamed: usize,
    /// Events with neither a name nor a number (only on screen, when the key
    /// would be too long): left to hover.
    pub(super) unmarked: usize,
    /// Height of one line of an event's name.
    pub(super) name_line: f64,
    /// Height of a number tag.
    pub(super) tag_h: f64,
    /// Each row's height, from the lanes up.
    row_h: Vec<f64>,
    /// Bottom of the band (of its row 0).
    bottom: f64,
    /// Where the lanes begin, below the band.
    pub(super) lanes_top: f64,
}

impl Band {
    /// The bottom of label row `row`, counted up from the lanes.
    pub(super) fn row_bottom(&self, row: usize) -> f64 {
        self.bottom - self.row_h.iter().take(row).sum::<f64>()
    }

    /// Each moment's number in the key, by moment index.
    pub(super) fn numbers(&self) -> Vec<Option<usize>> {
        let mut out = vec![None; self.moments.len()];
        for l in &self.labels {
            if let LabelText::Number { n, .. } = l.text {
                out[l.moment] = Some(n);
            }
        }
        out
    }
}

/// A label's possible texts: its name's lines, and the label's width.
type Candidates = Vec<(Vec<String>, f64)>;

/// Each single event's date and label candidates (name wrapped to two widths),
/// worked out once and only when asked for: most events of a large case find no
/// room in the band, and that shows before their text is measured. A cluster has
/// none: its events are listed in the key.
struct LabelTexts<'a> {
    model: &'a Model,
    m: &'a dyn TextMeasure,
    /// Moments by rank.
    moments: &'a [Moment],
    widths: [f64; 2],
    dates: Vec<OnceCell<(String, f64)>>,
    candidates: Vec<OnceCell<Candidates>>,
}

impl LabelTexts<'_> {
    /// The event's date as read, and its width.
    fn date(&self, r: usize) -> &(String, f64) {
        self.dates[r].get_or_init(|| {
            let date = self.model[self.moments[r].events[0]].period().human();
            let w = self.m.width(&date, Type::EVENT_DATE, Weight::Regular);
            (date, w)
        })
    }

    /// The event's name in at most two lines at each width, narrowest last, and
    /// each label's width (at least the date's); no two alike.
    fn candidates(&self, r: usize) -> &[(Vec<String>, f64)] {
        self.candidates[r].get_or_init(|| {
            let mut candidates: Candidates = Vec::new();
            if self.moments[r].is_cluster() {
                return candidates;
            }
            let (m, ev) = (self.m, &self.model[self.moments[r].events[0]]);
            let date_w = self.date(r).1;
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

/// Places the labels in the band starting at `top`, nearest the lanes first.
/// Guarantees: labels stay within the margins (a number tag may reach half its
/// width into the right one), keep 14 px apart in a row, never sit on another
/// moment's leader nor have theirs cross a label; names take at most two lines
/// and the density's rows. Every cluster gets a number tag, placed first; a
/// single event gets its name where it fits, else a number tag (in rows added
/// as needed); numbers run 1, 2, … left to right. Names are placed only where
/// they cover no anchor still without a label, so that each number finds room.
/// On screen, when the numbered events would be more than [`SCREEN_KEY_MAX`],
/// there are no numbers and names go wherever they fit (the rest is left to
/// hover). Of placing names left to right and right to left, keeps whichever
/// names more events (then uses fewer rows).
pub(super) fn place_band_labels(
    at: &Inputs,
    moments: Vec<Moment>,
    frame: &Frame,
    top: f64,
) -> Band {
    let m = at.m;
    let anchors: Vec<f64> = moments.iter().map(|mo| mo.x).collect();
    let texts = LabelTexts {
        model: at.model,
        m,
        moments: &moments,
        widths: at
            .d
            .label_widths
            .map(|w| w.min((frame.x1 - frame.x0) * 0.4)),
        dates: vec![OnceCell::new(); moments.len()],
        candidates: vec![OnceCell::new(); moments.len()],
    };
    let fresh = BandRows::new(at.d.max_band_rows, &anchors, frame.width);
    // Every tag as wide as the widest number may be, so that all look alike.
    let eights = "8".repeat(moments.len().max(1).to_string().len());
    let tag_w = m.width(&eights, Type::TAG, Weight::Semibold) + 2.0 * TAG_PAD;
    // A cluster has no name to place: its tag comes first, nearest the lanes,
    // and names then keep off its leader.
    let mut tags: Vec<(usize, Placed)> = Vec::new();
    let mut start = fresh.clone();
    for r in (0..moments.len()).filter(|&r| moments[r].is_cluster()) {
        let spot = start.find_tag(anchors[r], tag_w);
        start.place(r, anchors[r], spot);
        tags.push((r, spot));
    }
    let (mut labels, mut rows) = best_names(&texts, &start, &[true]);
    let mut has_name = vec![false; moments.len()];
    for l in &labels {
        has_name[l.moment] = true;
    }
    let to_number: usize = (0..moments.len())
        .filter(|&r| !has_name[r])
        .map(|r| moments[r].events.len())
        .sum();
    if at.opts.print || to_number <= SCREEN_KEY_MAX {
        for r in (0..moments.len()).filter(|&r| !has_name[r] && !moments[r].is_cluster()) {
            let spot = rows.find_tag(anchors[r], tag_w);
            rows.place(r, anchors[r], spot);
            tags.push((r, spot));
        }
        // Numbered left to right, as the key lists them.
        tags.sort_by_key(|(r, _)| *r);
        for (n, (r, spot)) in tags.into_iter().enumerate() {
            let mut label = BandLabel {
                moment: r,
                at: spot,
                text: LabelText::Number {
                    n: n + 1,
                    pill: (spot.x0, spot.x1),
                    aside: None,
                },
            };
            let mo = &moments[r];
            if mo.is_cluster() {
                let asides = cluster_asides(at.model, m, &mo.events);
                widen_tag(&mut rows, &mut label, mo.x, &asides);
            }
            labels.push(label);
        }
    } else {
        labels = best_names(&texts, &fresh, &[true, false]).0;
    }
    finish_band(at, moments, labels, top)
}

/// The names placed from `start` (see [`place_pass`]) left to right and right
/// to left, whichever names more events (then uses fewer rows): left to right
/// suits labels that end at their anchor; right to left turns a crowd into a
/// staircase of labels reaching right.
fn best_names<'a>(
    texts: &LabelTexts,
    start: &BandRows<'a>,
    passes: &[bool],
) -> (Vec<BandLabel>, BandRows<'a>) {
    let n = texts.moments.len();
    let ascending = place_pass(texts, start.clone(), passes, &mut (0..n));
    let descending = place_pass(texts, start.clone(), passes, &mut (0..n).rev());
    let rows_of = |p: &[BandLabel]| p.iter().map(|l| l.at.row + 1).max().unwrap_or(0);
    if (
        descending.0.len(),
        std::cmp::Reverse(rows_of(&descending.0)),
    ) > (ascending.0.len(), std::cmp::Reverse(rows_of(&ascending.0)))
    {
        descending
    } else {
        ascending
    }
}

/// The band's rows' heights and its counts, once everything is placed. A row
/// with a name is as tall as a name with its date; one with only number tags,
/// as a tag.
fn finish_band(at: &Inputs, moments: Vec<Moment>, labels: Vec<BandLabel>, top: f64) -> Band {
    let m = at.m;
    let band_rows = labels.iter().map(|l| l.at.row + 1).max().unwrap_or(0);
    let name_line = m.ascent(Type::EVENT) + m.descent(Type::EVENT);
    let name_lines = labels
        .iter()
        .filter_map(|l| match &l.text {
            LabelText::Name { lines, .. } => Some(lines.len()),
            LabelText::Number { .. } => None,
        })
        .max()
        .unwrap_or(1) as f64;
    let name_h =
        name_lines * name_line + m.ascent(Type::EVENT_DATE) + m.descent(Type::EVENT_DATE) + 16.0;
    let tag_h = m.ascent(Type::TAG) + m.descent(Type::TAG) + 6.0;
    let mut has_names = vec![false; band_rows];
    let mut labelled = vec![false; moments.len()];
    let mut named = vec![false; moments.len()];
    for l in &labels {
        labelled[l.moment] = true;
        if matches!(l.text, LabelText::Name { .. }) {
            named[l.moment] = true;
            has_names[l.at.row] = true;
        }
    }
    let row_h: Vec<f64> = has_names
        .iter()
        .map(|&names| if names { name_h } else { tag_h + 12.0 })
        .collect();
    let bottom = top + row_h.iter().sum::<f64>();
    let unnamed = (0..moments.len())
        .filter(|&r| !moments[r].is_cluster() && !named[r])
        .count();
    let unmarked = (0..moments.len())
        .filter(|&r| !labelled[r])
        .map(|r| moments[r].events.len())
        .sum();
    Band {
        unnamed,
        unmarked,
        moments,
        labels,
        name_line,
        tag_h,
        row_h,
        bottom,
        lanes_top: bottom + if band_rows > 0 { 14.0 } else { 0.0 },
    }
}

/// What may stand beside a cluster's number, longest first, with its width:
/// how many events and when, or only how many.
fn cluster_asides(model: &Model, m: &dyn TextMeasure, events: &[EventRef]) -> Vec<(String, f64)> {
    let count = crate::i18n::t!("count-events", count = events.len());
    [
        format!("{count}, {}", span_text(&span_of(model, events))),
        count,
    ]
    .into_iter()
    .map(|t| {
        let w = m.width(&t, Type::EVENT_DATE, Weight::Regular);
        (t, w)
    })
    .collect()
}

/// Widens a number tag with the first of `asides` that fits beside it, to its
/// right, else to its left, keeping the band's rules; leaves it as it is if
/// none fits.
fn widen_tag(rows: &mut BandRows, label: &mut BandLabel, x: f64, asides: &[(String, f64)]) {
    let LabelText::Number { pill, aside, .. } = &mut label.text else {
        return;
    };
    let row = label.at.row;
    let Some(k) = rows.rows[row]
        .iter()
        .position(|l| l.0 == label.at.x0 && l.1 == label.at.x1)
    else {
        return;
    };
    let own = rows.rows[row].remove(k);
    for (text, w) in asides {
        for (x0, x1) in [(pill.0, pill.1 + 6.0 + w), (pill.0 - 6.0 - w, pill.1)] {
            if x0 >= MARGIN && x1 <= rows.width - MARGIN && rows.clear(row, x0, x1, x) {
                let at = rows.rows[row].partition_point(|l| l.0 < x0);
                rows.rows[row].insert(at, (x0, x1, x));
                (label.at.x0, label.at.x1) = (x0, x1);
                *aside = Some(text.clone());
                return;
            }
        }
    }
    rows.rows[row].insert(k, own);
}

/// One placing of the names, trying moments in the order of `ranks`, one pass
/// for each of `passes`: a strict pass places a name only where it covers no
/// anchor of a moment still without one (and runs again while it places more);
/// a loose pass, wherever it fits. Returns
/// the names and the rows as they stand, for number tags to join.
fn place_pass<'a>(
    texts: &LabelTexts,
    mut band: BandRows<'a>,
    passes: &[bool],
    ranks: &mut dyn Iterator<Item = usize>,
) -> (Vec<BandLabel>, BandRows<'a>) {
    let ranks: Vec<usize> = ranks.collect();
    let mut placed: Vec<BandLabel> = Vec::new();
    for &strict in passes {
        // A strict pass runs again while it places more: a name kept out by an
        // anchor without one may fit once that anchor has its own.
        let mut again = true;
        while again {
            again = false;
            for &rank in &ranks {
                if band.is_placed[rank] || texts.moments[rank].is_cluster() {
                    continue;
                }
                let x = band.anchors[rank];
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
                            moment: rank,
                            at: spot,
                            text: LabelText::Name {
                                lines: lines.clone(),
                                date: texts.date(rank).0.clone(),
                            },
                        });
                        again = strict;
                        break;
                    }
                }
            }
        }
    }
    (placed, band)
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
