//! Spatial indexes for "does this label hit anything already drawn?".

use crate::scene::Rect;

/// Boxes filed all at once under the square cells they touch, in one flat table
/// built in two passes (count, then fill). For many boxes and few questions (the
/// marks a team label must keep clear of), this costs a fraction of filing them
/// one by one in a [`BoxGrid`], whose cells are grown one push at a time.
pub(crate) struct FrozenBoxGrid {
    cell: f64,
    /// The first cell of the table and its size in cells.
    x0: i64,
    y0: i64,
    cols: i64,
    rows: i64,
    /// Where each cell's boxes begin in `ids` (row by row, one more at the end).
    start: Vec<u32>,
    ids: Vec<u32>,
    /// Boxes spanning too many cells to file; always looked at.
    wide: Vec<u32>,
    boxes: Vec<Rect>,
}

impl FrozenBoxGrid {
    /// Most cells a box may touch and still be filed (as in [`BoxGrid`]).
    const SPAN: i128 = 4096;

    pub(crate) fn new(cell: f64, boxes: Vec<Rect>) -> FrozenBoxGrid {
        let span = |cell: f64, r: &Rect| {
            let at = |v: f64| (v / cell).floor() as i64;
            let (x0, x1, y0, y1) = (at(r.x), at(r.right()), at(r.y), at(r.bottom()));
            let count = (x1 as i128 - x0 as i128 + 1) * (y1 as i128 - y0 as i128 + 1);
            (count <= Self::SPAN).then_some((x0, x1, y0, y1))
        };
        // A coarser cell when the boxes are far apart, so that the table stays
        // about as large as the list of boxes; answers do not depend on it.
        let mut cell = cell;
        let (x0, x1, y0, y1) = loop {
            let mut b = (i64::MAX, i64::MIN, i64::MAX, i64::MIN);
            for (x0, x1, y0, y1) in boxes.iter().filter_map(|r| span(cell, r)) {
                b = (b.0.min(x0), b.1.max(x1), b.2.min(y0), b.3.max(y1));
            }
            if b.0 > b.1 {
                break b;
            }
            let cells = (b.1 as i128 - b.0 as i128 + 1) * (b.3 as i128 - b.2 as i128 + 1);
            if cells <= 4 * boxes.len() as i128 + 4096 || !cell.is_finite() {
                break b;
            }
            cell *= 2.0;
        };
        let (cols, rows) = if x0 > x1 {
            (0, 0)
        } else {
            (x1 - x0 + 1, y1 - y0 + 1)
        };
        let mut start = vec![0u32; (cols * rows) as usize + 1];
        let mut wide = Vec::new();
        let each_cell = |f: &mut dyn FnMut(usize, u32)| {
            for (id, r) in boxes.iter().enumerate() {
                match span(cell, r) {
                    Some((bx0, bx1, by0, by1)) => {
                        for y in by0..=by1 {
                            for x in bx0..=bx1 {
                                f(((y - y0) * cols + (x - x0)) as usize, id as u32);
                            }
                        }
                    }
                    None => f(usize::MAX, id as u32),
                }
            }
        };
        each_cell(&mut |c, id| {
            if c == usize::MAX {
                wide.push(id);
            } else {
                start[c + 1] += 1;
            }
        });
        for c in 1..start.len() {
            start[c] += start[c - 1];
        }
        let mut fill = start.clone();
        let mut ids = vec![0u32; *start.last().unwrap_or(&0) as usize];
        each_cell(&mut |c, id| {
            if c != usize::MAX {
                ids[fill[c] as usize] = id;
                fill[c] += 1;
            }
        });
        FrozenBoxGrid {
            cell,
            x0,
            y0,
            cols,
            rows,
            start,
            ids,
            wide,
            boxes,
        }
    }

    /// True if `r` overlaps a box of the grid for which `skip` is false.
    pub(crate) fn overlaps_other(&self, r: &Rect, skip: impl Fn(&Rect) -> bool) -> bool {
        let hit = |id: &u32| {
            let b = &self.boxes[*id as usize];
            b.overlaps(r) && !skip(b)
        };
        if self.wide.iter().any(hit) {
            return true;
        }
        let at = |v: f64| (v / self.cell).floor() as i64;
        let (x0, x1, y0, y1) = (at(r.x), at(r.right()), at(r.y), at(r.bottom()));
        let count = (x1 as i128 - x0 as i128 + 1) * (y1 as i128 - y0 as i128 + 1);
        if count > Self::SPAN {
            return self.boxes.iter().any(|b| b.overlaps(r) && !skip(b));
        }
        // Only the cells inside the table hold boxes.
        let (x0, x1) = (x0.max(self.x0), x1.min(self.x0 + self.cols - 1));
        let (y0, y1) = (y0.max(self.y0), y1.min(self.y0 + self.rows - 1));
        (y0..=y1).any(|y| {
            (x0..=x1).any(|x| {
                let c = ((y - self.y0) * self.cols + (x - self.x0)) as usize;
                let (a, b) = (self.start[c] as usize, self.start[c + 1] as usize);
                self.ids[a..b].iter().any(hit)
            })
        })
    }
}

/// Boxes filed under the square cells they touch, so that the boxes near a place
/// are found without looking at all of them.
pub(crate) struct BoxGrid {
    cell: f64,
    /// Hashed fast rather than safely: keys are small integers from our own layout,
    /// and only yes-or-no questions are asked, so the order cannot show.
    cells: rustc_hash::FxHashMap<(i64, i64), Vec<usize>>,
    /// Boxes spanning too many cells to file; always looked at.
    wide: Vec<usize>,
    boxes: Vec<Rect>,
}

impl BoxGrid {
    pub(crate) fn new(cell: f64) -> BoxGrid {
        BoxGrid {
            cell,
            cells: rustc_hash::FxHashMap::default(),
            wide: Vec::new(),
            boxes: Vec::new(),
        }
    }

    /// The cells `r` touches, or None if they are too many to visit.
    fn span(&self, r: &Rect) -> Option<(i64, i64, i64, i64)> {
        let at = |v: f64| (v / self.cell).floor() as i64;
        let (x0, x1, y0, y1) = (at(r.x), at(r.right()), at(r.y), at(r.bottom()));
        let count = (x1 as i128 - x0 as i128 + 1) * (y1 as i128 - y0 as i128 + 1);
        (count <= 4096).then_some((x0, x1, y0, y1))
    }

    pub(crate) fn insert(&mut self, r: Rect) {
        let id = self.boxes.len();
        self.boxes.push(r);
        match self.span(&r) {
            Some((x0, x1, y0, y1)) => {
                for x in x0..=x1 {
                    for y in y0..=y1 {
                        self.cells.entry((x, y)).or_default().push(id);
                    }
                }
            }
            None => self.wide.push(id),
        }
    }

    /// True if `r` overlaps a box of the grid (as [`Rect::overlaps`] counts it).
    pub(crate) fn overlaps(&self, r: &Rect) -> bool {
        self.overlaps_other(r, |_| false)
    }

    /// True if `r` overlaps a box of the grid for which `skip` is false.
    pub(crate) fn overlaps_other(&self, r: &Rect, skip: impl Fn(&Rect) -> bool) -> bool {
        let hit = |id: &usize| {
            let b = &self.boxes[*id];
            b.overlaps(r) && !skip(b)
        };
        if self.wide.iter().any(hit) {
            return true;
        }
        match self.span(r) {
            Some((x0, x1, y0, y1)) => (x0..=x1).any(|x| {
                (y0..=y1).any(|y| {
                    self.cells
                        .get(&(x, y))
                        .is_some_and(|ids| ids.iter().any(hit))
                })
            }),
            None => self.boxes.iter().any(|b| b.overlaps(r) && !skip(b)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Boxes of all sizes, from tiny to wider than the filing allows, some far away.
    fn boxes(n: usize, seed: u64) -> Vec<Rect> {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n)
            .map(|i| {
                let (x, y) = (next() * 3000.0 - 500.0, next() * 2000.0 - 300.0);
                let (w, h) = match i % 7 {
                    0 if i % 97 == 0 => (next() * 400_000.0, next() * 30.0),
                    1 => (0.0, next() * 50.0),
                    2 => (next() * 5.0, next() * 5.0),
                    3 => (next() * 200.0, next() * 900.0),
                    _ => (next() * 80.0, next() * 40.0),
                };
                let far = if i % 50 == 0 { 1.0e6 } else { 0.0 };
                Rect::new(x + far, y, w, h)
            })
            .collect()
    }

    #[test]
    fn a_frozen_grid_answers_as_looking_at_every_box_would() {
        let filed = boxes(3000, 7);
        let grid = FrozenBoxGrid::new(64.0, filed.clone());
        let mut incremental = BoxGrid::new(64.0);
        for r in &filed {
            incremental.insert(*r);
        }
        let skip = |r: &Rect| r.w < 1.0;
        let mut hits = 0;
        for q in boxes(3000, 11) {
            let q = Rect::new(q.x, q.y, q.w.min(60.0), q.h.min(20.0));
            let truth = filed.iter().any(|b| b.overlaps(&q) && !skip(b));
            assert_eq!(grid.overlaps_other(&q, skip), truth, "{q:?}");
            assert_eq!(incremental.overlaps_other(&q, skip), truth, "{q:?}");
            hits += usize::from(truth);
        }
        assert!(
            hits > 100 && hits < 2900,
            "the queries test both answers: {hits}"
        );
        assert!(!FrozenBoxGrid::new(64.0, Vec::new()).overlaps_other(&filed[0], |_| false));
    }
}
