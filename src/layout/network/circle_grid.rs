//! A spatial index of node circles, so that overlap removal on large graphs only
//! compares circles that are near each other.

/// Node circles filed under the cells of a grid, each under every cell that its
/// circle plus half the gap touches, so that circles closer than the gap share a cell.
pub(super) struct CircleGrid {
    x0: f64,
    y0: f64,
    cell: f64,
    cols: usize,
    rows: usize,
    /// Cell c holds `ids[start[c]..start[c + 1]]`.
    start: Vec<usize>,
    ids: Vec<usize>,
}

impl CircleGrid {
    fn reach(p: (f64, f64), r: f64, gap: f64) -> (f64, f64, f64, f64) {
        let r = r + gap / 2.0;
        (p.0 - r, p.0 + r, p.1 - r, p.1 + r)
    }

    /// None if the positions are not finite.
    pub(super) fn new(pos: &[(f64, f64)], radius: &[f64], gap: f64) -> Option<CircleGrid> {
        Self::with_typical(pos, radius, gap, typical(radius, gap))
    }

    /// [`CircleGrid::new`] for circles whose [`typical`] size is known: overlap
    /// removal files the same circles sweep after sweep, and sorting their radii
    /// each time would cost more than filing them.
    pub(super) fn with_typical(
        pos: &[(f64, f64)],
        radius: &[f64],
        gap: f64,
        typical: f64,
    ) -> Option<CircleGrid> {
        let n = pos.len();
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (p, r) in pos.iter().zip(radius) {
            let b = Self::reach(*p, *r, gap);
            (x0, x1, y0, y1) = (x0.min(b.0), x1.max(b.1), y0.min(b.2), y1.max(b.3));
        }
        if !(x1 - x0).is_finite() || !(y1 - y0).is_finite() {
            return None;
        }
        // Cells of about one typical circle, but never many more cells than nodes.
        let cell = typical
            .max(((x1 - x0) * (y1 - y0) / (4 * n.max(1)) as f64).sqrt())
            .max(1e-6);
        let mut grid = CircleGrid {
            x0,
            y0,
            cell,
            cols: ((x1 - x0) / cell) as usize + 1,
            rows: ((y1 - y0) / cell) as usize + 1,
            start: Vec::new(),
            ids: Vec::new(),
        };
        // Counting sort: sizes first, then the ids.
        let mut start = vec![0; grid.cols * grid.rows + 1];
        for (p, r) in pos.iter().zip(radius) {
            grid.each_cell(Self::reach(*p, *r, gap), |c| start[c + 1] += 1);
        }
        for c in 1..start.len() {
            start[c] += start[c - 1];
        }
        let mut fill = start.clone();
        let mut ids = vec![0; start[grid.cols * grid.rows]];
        for (i, (p, r)) in pos.iter().zip(radius).enumerate() {
            grid.each_cell(Self::reach(*p, *r, gap), |c| {
                ids[fill[c]] = i;
                fill[c] += 1;
            });
        }
        grid.start = start;
        grid.ids = ids;
        Some(grid)
    }

    /// Calls `f` with every cell that the box touches (clamped to the grid).
    fn each_cell(&self, b: (f64, f64, f64, f64), mut f: impl FnMut(usize)) {
        let at =
            |v: f64, lo: f64, len: usize| (((v - lo) / self.cell).max(0.0) as usize).min(len - 1);
        let (c0, c1) = (at(b.0, self.x0, self.cols), at(b.1, self.x0, self.cols));
        let (r0, r1) = (at(b.2, self.y0, self.rows), at(b.3, self.y0, self.rows));
        for row in r0..=r1 {
            for c in c0..=c1 {
                f(row * self.cols + c);
            }
        }
    }

    /// Circles after `i` that share a cell with circle `i` at `p`, ascending.
    pub(super) fn after(&self, i: usize, p: (f64, f64), r: f64, gap: f64, out: &mut Vec<usize>) {
        out.clear();
        self.each_cell(Self::reach(p, r, gap), |c| {
            out.extend(
                self.ids[self.start[c]..self.start[c + 1]]
                    .iter()
                    .filter(|&&j| j > i),
            );
        });
        out.sort_unstable();
        out.dedup();
    }
}

/// The room a typical circle of `radius` takes with the gap around it: its
/// median diameter plus the gap.
pub(super) fn typical(radius: &[f64], gap: f64) -> f64 {
    let mut sizes: Vec<f64> = radius.to_vec();
    sizes.sort_by(f64::total_cmp);
    2.0 * sizes.get(radius.len() / 2).copied().unwrap_or(1.0) + gap
}

/// Pairs of circles closer than their radii and `gap` allow.
pub(super) fn crowded_pairs(pos: &[(f64, f64)], radius: &[f64], gap: f64) -> usize {
    let Some(grid) = CircleGrid::new(pos, radius, gap) else {
        return 0;
    };
    let mut near = Vec::new();
    let mut count = 0;
    for i in 0..pos.len() {
        grid.after(i, pos[i], radius[i], gap, &mut near);
        count += near
            .iter()
            .filter(|&&j| {
                let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
                (dx * dx + dy * dy).sqrt() < radius[i] + radius[j] + gap
            })
            .count();
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crowded_pairs_counts_circles_closer_than_the_gap() {
        // Radii 1 and gap 1: centres 2.5 apart crowd each other, 3.5 apart do not.
        let pos = [(0.0, 0.0), (2.5, 0.0), (6.0, 0.0), (60.0, 60.0)];
        let radius = [1.0; 4];
        assert_eq!(crowded_pairs(&pos, &radius, 1.0), 1);
        assert_eq!(crowded_pairs(&pos, &radius, 2.0), 2);
        assert_eq!(crowded_pairs(&[(f64::NAN, 0.0)], &[1.0], 1.0), 0);
    }
}
