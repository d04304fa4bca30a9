//! A numbered key under a picture: each number drawn on the picture, then what
//! it stands for, in columns read top to bottom, left to right.

use std::sync::Arc;

use super::MARGIN;
use super::text::note;
use crate::scene::{Anchor, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, wrap};

/// Space between the key's columns, in px.
const COLUMN_GAP: f64 = 36.0;
/// The narrowest a column is made when there is room for more than one.
const COLUMN_MIN: f64 = 380.0;
/// How far an entry's second and later lines are set in.
const INDENT: f64 = 20.0;

/// One line of an entry: its text, what it stands for, and when it appears.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyLine {
    pub(crate) text: String,
    pub(crate) record: Option<Arc<str>>,
    pub(crate) tooltip: Option<Arc<str>>,
    pub(crate) step: Option<u32>,
}

/// One numbered entry: the number as drawn on the picture, and its lines (a
/// heading line, then lines set in under it).
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyEntry {
    pub(crate) number: String,
    pub(crate) lines: Vec<KeyLine>,
}

/// Each entry's lines as drawn in a column `col_w` wide: (indent, text, the
/// entry line it comes from); a line wider than the column wraps, set in.
type Laid = Vec<Vec<(f64, String, usize)>>;

fn lay(
    m: &dyn TextMeasure,
    size: f64,
    entries: &[KeyEntry],
    widths: &[Vec<f64>],
    text_dx: f64,
    col_w: f64,
) -> Laid {
    entries
        .iter()
        .zip(widths)
        .map(|(e, ws)| {
            let mut out = Vec::new();
            for (i, (l, w)) in e.lines.iter().zip(ws).enumerate() {
                let indent = if i == 0 { 0.0 } else { INDENT };
                let room = col_w - text_dx - indent;
                if *w <= room {
                    out.push((indent, l.text.clone(), i));
                    continue;
                }
                // Lines after the first are set in further: all wrap to their room.
                for (k, piece) in wrap(m, &l.text, size, Weight::Regular, room - INDENT)
                    .into_iter()
                    .enumerate()
                {
                    out.push((if k == 0 { indent } else { indent + INDENT }, piece, i));
                }
            }
            out
        })
        .collect()
}

/// An entry longer than this may continue at the top of the next column.
const SPLIT_OVER: usize = 4;
/// The fewest lines of a split entry on either side of the break.
const SPLIT_KEEP: usize = 2;

/// Where each laid line goes, as (column, row), filling `columns` columns of
/// about equal length, and the longest column's length in lines. Entries stay
/// whole, except that one longer than [`SPLIT_OVER`] lines may continue in the
/// next column, with at least [`SPLIT_KEEP`] of its lines on each side and
/// never inside a wrapped line.
fn balance(laid: &Laid, columns: usize) -> (Vec<Vec<(usize, usize)>>, usize) {
    let total: usize = laid.iter().map(Vec::len).sum();
    let mut target = total.div_ceil(columns).max(SPLIT_KEEP).max(1);
    loop {
        let (mut column, mut row, mut tallest) = (0usize, 0usize, 0usize);
        let mut at = Vec::with_capacity(laid.len());
        for lines in laid {
            let n = lines.len();
            let room = target.saturating_sub(row);
            let splits =
                n > SPLIT_OVER && room >= SPLIT_KEEP && n.saturating_sub(room) >= SPLIT_KEEP;
            if row > 0 && row + n > target && !splits {
                column += 1;
                row = 0;
            }
            let mut spots = Vec::with_capacity(n);
            for k in 0..n {
                // A long entry may run on; a whole one that is longer than a
                // column (never split below) makes its column longer.
                // Never inside a wrapped line: the break comes before a new one.
                let starts_line = k > 0 && lines[k].2 != lines[k - 1].2;
                if row >= target && starts_line && n > SPLIT_OVER && n - k >= SPLIT_KEEP {
                    column += 1;
                    row = 0;
                }
                spots.push((column, row));
                row += 1;
                tallest = tallest.max(row);
            }
            at.push(spots);
        }
        if column < columns || target >= total {
            return (at, tallest);
        }
        target += 1;
    }
}

/// Draws the entries at type `size`, `leading` px between lines, from the left margin, the first line's
/// baseline on `y`, and returns the baseline of the lowest line. Guarantees:
/// every line of every entry is drawn in full (wrapped, never cut) within the
/// margins; the numbers stand right-aligned in their own column before the
/// entries' first lines; only an entry longer than [`SPLIT_OVER`] lines runs on
/// into the next column, at least [`SPLIT_KEEP`] lines each side; of the column
/// counts whose columns are at least [`COLUMN_MIN`] wide, the one that makes
/// the key shortest (then the fewest); each line carries its record, tooltip
/// and step, and a number its first line's step.
pub(crate) fn draw_key(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    (size, leading): (f64, f64),
    entries: &[KeyEntry],
    y: f64,
) -> f64 {
    if entries.is_empty() {
        return y;
    }
    let avail = scene.width - 2.0 * MARGIN;
    let num_w = entries
        .iter()
        .map(|e| m.width(&e.number, size, Weight::Semibold))
        .fold(0.0, f64::max);
    let text_dx = num_w + 10.0;
    let widths: Vec<Vec<f64>> = entries
        .iter()
        .map(|e| {
            e.lines
                .iter()
                .map(|l| m.width(&l.text, size, Weight::Regular))
                .collect()
        })
        .collect();
    let most = (((avail + COLUMN_GAP) / (COLUMN_MIN + COLUMN_GAP)).floor() as usize).max(1);
    let (mut best, mut best_h) = (None, usize::MAX);
    for columns in 1..=most {
        let col_w = ((avail - COLUMN_GAP * (columns - 1) as f64) / columns as f64)
            .max(text_dx + 2.0 * INDENT + size);
        let laid = lay(m, size, entries, &widths, text_dx, col_w);
        let (at, tallest) = balance(&laid, columns);
        if tallest < best_h {
            best_h = tallest;
            best = Some((col_w, laid, at));
        }
    }
    let Some((col_w, laid, at)) = best else {
        return y;
    };
    let pitch = m.ascent(size) + m.descent(size) + leading;
    let mut lowest = y;
    for ((entry, lines), spots) in entries.iter().zip(&laid).zip(&at) {
        let column_x = |c: usize| MARGIN + c as f64 * (col_w + COLUMN_GAP);
        let first = entry.lines.first();
        let (c0, r0) = spots.first().copied().unwrap_or((0, 0));
        let idx = note(
            scene,
            m,
            column_x(c0) + num_w,
            y + r0 as f64 * pitch,
            &entry.number,
            size,
            Weight::Semibold,
            theme.text,
            Anchor::End,
        );
        let item = &mut scene.items[idx];
        item.record = first.and_then(|l| l.record.clone());
        item.tooltip = first.and_then(|l| l.tooltip.clone());
        item.step = first.and_then(|l| l.step);
        for ((indent, text, from), &(c, r)) in lines.iter().zip(spots) {
            let base = y + r as f64 * pitch;
            let idx = note(
                scene,
                m,
                column_x(c) + text_dx + indent,
                base,
                text,
                size,
                Weight::Regular,
                theme.text,
                Anchor::Start,
            );
            let line = &entry.lines[*from];
            let item = &mut scene.items[idx];
            item.record = line.record.clone();
            item.tooltip = line.tooltip.clone();
            item.step = line.step;
            lowest = lowest.max(base);
        }
    }
    lowest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::Shape;
    use crate::text::FixedMeasure;

    fn entry(n: usize, lines: &[&str]) -> KeyEntry {
        KeyEntry {
            number: n.to_string(),
            lines: lines
                .iter()
                .map(|t| KeyLine {
                    text: t.to_string(),
                    record: Some(format!("e{n}").into()),
                    ..KeyLine::default()
                })
                .collect(),
        }
    }

    #[test]
    fn entries_fill_balanced_columns_in_full_within_the_margins() {
        let theme = Theme::by_name("light").unwrap();
        let mut scene = Scene::new(1600.0, 100.0, theme.background);
        let mut entries: Vec<KeyEntry> = (1..=20)
            .map(|n| entry(n, &["4 Dec 2024 — An action day"]))
            .collect();
        entries.push(entry(
            21,
            &["3–5 Dec 2024 — 3 events:", "One", "Two", "Three"],
        ));
        entries.push(entry(22, &[&"word ".repeat(200)]));
        let m = FixedMeasure { em: 0.5 };
        let last = draw_key(&mut scene, &m, &theme, (15.0, 5.0), &entries, 100.0);
        assert!(last > 100.0);
        let texts: Vec<(String, crate::scene::Rect)> = scene
            .items
            .iter()
            .filter_map(|it| match &it.shape {
                Shape::Text { text, bbox, .. } => Some((text.clone(), *bbox)),
                _ => None,
            })
            .collect();
        for (t, b) in &texts {
            assert!(
                b.x >= MARGIN && b.right() <= 1600.0 - MARGIN,
                "{t} leaves the margins"
            );
        }
        assert!(scene.overlapping_labels().is_empty());
        let xs: std::collections::BTreeSet<i64> =
            texts.iter().map(|(_, b)| b.x.round() as i64).collect();
        assert!(xs.len() > 3, "more than one column");
        // The long line is wrapped, not cut: every word is there.
        let words: usize = texts.iter().map(|(t, _)| t.matches("word").count()).sum();
        assert_eq!(words, 200);
        assert!(!texts.iter().any(|(t, _)| t.contains('…')));
        // A cluster's entry of four lines stays in one column.
        let cluster: Vec<&crate::scene::Rect> = texts
            .iter()
            .filter(|(t, _)| ["One", "Two", "Three"].contains(&t.as_str()))
            .map(|(_, b)| b)
            .collect();
        assert!(
            cluster
                .windows(2)
                .all(|w| w[0].x == w[1].x && w[0].y < w[1].y)
        );
    }
}
