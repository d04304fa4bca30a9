//! Placing the nodes in a panel: the positions from the stress model, scaled to the
//! panel, and their circles pushed apart.

use super::circle_grid::{CircleGrid, crowded_pairs, typical};
use super::place::FULL_STRESS_MAX;

/// Room between node circles.
const GAP: f64 = 6.0;
/// The share of the disc inscribed in a panel that the node circles of a large
/// graph, each with half the gap around it, may cover together.
const MAX_COVER: f64 = 0.3;
/// How much more one way than the other a drawing may be scaled to fill its
/// panel: a little, so that it keeps its shape.
const STRETCH: f64 = 1.25;
/// How far past the box, in all, circles too big to fit it may reach before
/// they are zoomed down: half the room a panel keeps around it for labels.
const ZOOM_SLACK: f64 = 40.0;
/// Sweeps of overlap removal at most on large graphs.
const SEPARATE_SWEEPS: usize = 500;
/// Sweeps within which the circles that overlap removal moves must halve, or
/// the drawing is jammed.
const JAM_SWEEPS: usize = 30;
/// How much a drawing grows when its circles crowd or jam.
const SPREAD: f64 = 1.25;

/// Node circles in a panel's coordinates: centres around the origin, and radii.
pub(super) struct Circles {
    pub(super) pos: Vec<(f64, f64)>,
    pub(super) radius: Vec<f64>,
}

/// Fits the stress positions `raw` (in hops) into a box of `inner_w` × `inner_h`
/// centred on the origin: turned to lie along the box's longer side, the pinned
/// node, or else the middle of the drawing, goes to the origin, and the drawing
/// is scaled to fill the box (up to [`STRETCH`] more one way than the other). Then circles of
/// `radius` are pushed apart until none overlap; a drawing that grew out of the
/// box shrinks back into it (on large graphs, circles included).
pub(super) fn fit_nodes(
    raw: &[(f64, f64)],
    radius: Vec<f64>,
    pinned: Option<usize>,
    inner_w: f64,
    inner_h: f64,
) -> Circles {
    let n = raw.len();
    let turned = along_longer_side(raw, inner_w >= inner_h);
    let raw = &turned[..];
    // Positions in one panel's coordinates (the same for every panel).
    let (minx, maxx) = raw
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (miny, maxy) = raw
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    // The middle of the drawing, or the pinned node, goes to the middle of the panel.
    let (ox, oy, hw, hh) = match pinned {
        Some(p) => {
            let (px, py) = raw[p];
            let hw = raw.iter().map(|q| (q.0 - px).abs()).fold(1e-9, f64::max);
            let hh = raw.iter().map(|q| (q.1 - py).abs()).fold(1e-9, f64::max);
            (px, py, hw, hh)
        }
        None => (
            (minx + maxx) / 2.0,
            (miny + maxy) / 2.0,
            ((maxx - minx) / 2.0).max(1e-9),
            ((maxy - miny) / 2.0).max(1e-9),
        ),
    };
    // The same scale both ways, but for a little stretch along the side the
    // drawing would otherwise leave blank.
    let (sx, sy) = if n > 1 {
        let (sx, sy) = (inner_w / 2.0 / hw, inner_h / 2.0 / hh);
        let s = sx.min(sy);
        (sx.min(s * STRETCH), sy.min(s * STRETCH))
    } else {
        (1.0, 1.0)
    };
    let mut pos: Vec<(f64, f64)> = raw
        .iter()
        .map(|p| ((p.0 - ox) * sx, (p.1 - oy) * sy))
        .collect();
    let (pos, radius) = if n > FULL_STRESS_MAX {
        arrange_large(pos, radius, pinned, inner_w, inner_h)
    } else {
        separate(&mut pos, &radius, pinned, GAP);
        let mut radius = radius;
        keep_inside(&mut pos, &mut radius, pinned, inner_w, inner_h);
        (pos, radius)
    };
    Circles { pos, radius }
}

/// The drawing turned about its middle so that its longest extent (its
/// principal axis) runs along the panel's longer side: across a slide, down a
/// phone. Turning keeps every distance.
fn along_longer_side(raw: &[(f64, f64)], wide: bool) -> Vec<(f64, f64)> {
    let n = raw.len().max(1) as f64;
    let (mx, my) = raw
        .iter()
        .fold((0.0, 0.0), |(a, b), p| (a + p.0 / n, b + p.1 / n));
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in raw {
        let (dx, dy) = (p.0 - mx, p.1 - my);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    // The principal axis' angle; turning by minus it lays the axis along x.
    let axis = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let turn = if wide {
        -axis
    } else {
        std::f64::consts::FRAC_PI_2 - axis
    };
    let (sin, cos) = turn.sin_cos();
    raw.iter()
        .map(|p| {
            let (dx, dy) = (p.0 - mx, p.1 - my);
            (mx + dx * cos - dy * sin, my + dx * sin + dy * cos)
        })
        .collect()
}

/// Pushes circles `i` and `j` apart if they are closer than their radii and `gap`
/// allow; the pinned one stays put. True if they were.
fn push_apart(
    pos: &mut [(f64, f64)],
    radius: &[f64],
    pinned: Option<usize>,
    gap: f64,
    i: usize,
    j: usize,
) -> bool {
    let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
    let dist = (dx * dx + dy * dy).sqrt();
    let need = radius[i] + radius[j] + gap;
    if dist >= need {
        return false;
    }
    let (ux, uy) = if dist > 1e-9 {
        (dx / dist, dy / dist)
    } else {
        (1.0, 0.0)
    };
    let push = (need - dist) / 2.0 + 0.01;
    let (fi, fj) = match pinned {
        Some(p) if p == i => (0.0, 2.0),
        Some(p) if p == j => (2.0, 0.0),
        _ => (1.0, 1.0),
    };
    pos[i].0 -= ux * push * fi;
    pos[i].1 -= uy * push * fi;
    pos[j].0 += ux * push * fj;
    pos[j].1 += uy * push * fj;
    true
}

/// Pushes overlapping circles apart until none overlap (or the budget runs out).
fn separate(pos: &mut [(f64, f64)], radius: &[f64], pinned: Option<usize>, gap: f64) {
    let n = pos.len();
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                moved |= push_apart(pos, radius, pinned, gap, i, j);
            }
        }
        if !moved {
            break;
        }
    }
}

/// [`separate`] for large graphs: each sweep only tries the pairs that share a cell
/// of a grid built at its start. A sweep that moves nothing has seen every
/// overlapping pair, so stopping there is as safe as with all pairs.
///
/// Pushing pairs apart one at a time frees a crowd from its edge inwards, a
/// layer per sweep at best: a tight crowd (the members of a large team, all
/// one hop from each other) then jams, the same circles moving sweep after
/// sweep. When `spread` allows, a drawing whose moving circles do not halve
/// within [`JAM_SWEEPS`] sweeps is spread by [`SPREAD`] about the origin (the
/// pinned node stays put), which gives every crowd room at once.
fn separate_by_grid(
    pos: &mut [(f64, f64)],
    radius: &[f64],
    pinned: Option<usize>,
    gap: f64,
    spread: bool,
) {
    let typical = typical(radius, gap);
    let mut near = Vec::new();
    let mut moved = vec![false; pos.len()];
    // Circles moved in each sweep since the last spreading.
    let mut moving: Vec<usize> = Vec::new();
    for _ in 0..SEPARATE_SWEEPS {
        let Some(grid) = CircleGrid::with_typical(pos, radius, gap, typical) else {
            return;
        };
        moved.fill(false);
        for i in 0..pos.len() {
            grid.after(i, pos[i], radius[i], gap, &mut near);
            for &j in &near {
                if push_apart(pos, radius, pinned, gap, i, j) {
                    (moved[i], moved[j]) = (true, true);
                }
            }
        }
        let count = moved.iter().filter(|&&m| m).count();
        if count == 0 {
            break;
        }
        moving.push(count);
        let jammed = moving
            .len()
            .checked_sub(JAM_SWEEPS + 1)
            .is_some_and(|before| 2 * count > moving[before]);
        if spread && jammed {
            for p in pos.iter_mut() {
                (p.0, p.1) = (p.0 * SPREAD, p.1 * SPREAD);
            }
            moving.clear();
        }
    }
}

/// Shrinks the drawing if separation pushed it out of the panel, then separates
/// again; if the circles are too big for the panel to hold them apart even so,
/// the whole drawing, circles included, is zoomed into it.
fn keep_inside(
    pos: &mut [(f64, f64)],
    radius: &mut [f64],
    pinned: Option<usize>,
    inner_w: f64,
    inner_h: f64,
) {
    let fit = |pos: &[(f64, f64)], radius: &[f64], slack: f64| {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (p, r) in pos.iter().zip(radius) {
            (x0, x1) = (x0.min(p.0 - r), x1.max(p.0 + r));
            (y0, y1) = (y0.min(p.1 - r), y1.max(p.1 + r));
        }
        ((inner_w + slack) / (x1 - x0).max(1e-9))
            .min((inner_h + slack) / (y1 - y0).max(1e-9))
            .min(1.0)
    };
    let shrink = fit(pos, radius, 0.0);
    if shrink < 1.0 {
        for p in pos.iter_mut() {
            p.0 *= shrink;
            p.1 *= shrink;
        }
        separate(pos, radius, pinned, GAP);
    }
    // Circles may reach into the room kept for labels around the box, not
    // past it.
    let zoom = fit(pos, radius, ZOOM_SLACK);
    if zoom < 1.0 {
        for (p, r) in pos.iter_mut().zip(radius.iter_mut()) {
            p.0 *= zoom;
            p.1 *= zoom;
            *r *= zoom;
        }
        separate(pos, radius, pinned, GAP * zoom);
    }
}

/// Places the circles of a large graph: the drawing grows until no more circles
/// crowd each other than there are nodes (pushing apart jams in a dense crowd), circles are
/// pushed apart, and the whole drawing, circles included, is zoomed into the panel.
/// Returns the positions and the radii at that zoom.
fn arrange_large(
    mut pos: Vec<(f64, f64)>,
    mut radius: Vec<f64>,
    pinned: Option<usize>,
    inner_w: f64,
    inner_h: f64,
) -> (Vec<(f64, f64)>, Vec<f64>) {
    let n = pos.len();
    // At their natural size the circles of a large graph would cover the panel many
    // times over: shrink them to cover at most MAX_COVER of the disc that the
    // drawing tends to fill.
    let room = MAX_COVER * std::f64::consts::PI / 4.0 * inner_w.min(inner_h).powi(2);
    let covered = |f: f64| {
        let area = |r: &f64| std::f64::consts::PI * (f * r + GAP / 2.0).powi(2);
        radius.iter().map(area).sum::<f64>()
    };
    if covered(1.0) > room {
        // The largest factor that fits, by bisection (the cover grows with it).
        let (mut lo, mut hi) = (0.0, 1.0);
        for _ in 0..50 {
            let mid = (lo + hi) / 2.0;
            if covered(mid) > room {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        let shrink = lo.max(0.05);
        radius.iter_mut().for_each(|r| *r *= shrink);
    }
    for _ in 0..40 {
        if crowded_pairs(&pos, &radius, GAP) <= n {
            break;
        }
        for p in &mut pos {
            p.0 *= SPREAD;
            p.1 *= SPREAD;
        }
    }
    separate_by_grid(&mut pos, &radius, pinned, GAP, true);
    if pinned.is_none() {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (p, r) in pos.iter().zip(&radius) {
            (x0, x1) = (x0.min(p.0 - r), x1.max(p.0 + r));
            (y0, y1) = (y0.min(p.1 - r), y1.max(p.1 + r));
        }
        let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        for p in &mut pos {
            p.0 -= mx;
            p.1 -= my;
        }
    }
    let hw = pos
        .iter()
        .zip(&radius)
        .map(|(p, r)| p.0.abs() + r)
        .fold(1e-9, f64::max);
    let hh = pos
        .iter()
        .zip(&radius)
        .map(|(p, r)| p.1.abs() + r)
        .fold(1e-9, f64::max);
    let fit = (inner_w / 2.0 / hw).min(inner_h / 2.0 / hh).min(1.0);
    for (p, r) in pos.iter_mut().zip(radius.iter_mut()) {
        p.0 *= fit;
        p.1 *= fit;
        *r *= fit;
    }
    // The gap shrinks with the zoom, so circles apart before are apart now;
    // spreading here would push them out of the panel.
    separate_by_grid(&mut pos, &radius, pinned, GAP * fit, false);
    (pos, radius)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::place;

    fn grid(w: usize, h: usize) -> Vec<Vec<usize>> {
        let mut adj = vec![Vec::new(); w * h];
        for v in 0..w * h {
            if v % w + 1 < w {
                adj[v].push(v + 1);
                adj[v + 1].push(v);
            }
            if v + w < w * h {
                adj[v].push(v + w);
                adj[v + w].push(v);
            }
        }
        adj
    }

    fn overlapping(c: &Circles) -> usize {
        let mut count = 0;
        for i in 0..c.pos.len() {
            for j in i + 1..c.pos.len() {
                let (dx, dy) = (c.pos[i].0 - c.pos[j].0, c.pos[i].1 - c.pos[j].1);
                if (dx * dx + dy * dy).sqrt() < c.radius[i] + c.radius[j] {
                    count += 1;
                }
            }
        }
        count
    }

    #[test]
    fn a_crowded_star_ends_without_overlaps_and_the_pinned_node_in_the_middle() {
        let mut adj = vec![Vec::new(); 12];
        for leaf in 1..12 {
            adj[0].push(leaf);
            adj[leaf].push(0);
        }
        let c = fit_nodes(&place(&adj, 7), vec![30.0; 12], Some(3), 300.0, 200.0);
        assert_eq!(overlapping(&c), 0);
        assert_eq!(c.pos[3], (0.0, 0.0));
    }

    #[test]
    fn a_large_graph_fits_its_box_without_overlaps() {
        let adj = grid(25, 16);
        assert!(adj.len() > FULL_STRESS_MAX);
        let (w, h) = (900.0, 600.0);
        let c = fit_nodes(&place(&adj, 7), vec![12.0; adj.len()], None, w, h);
        assert_eq!(overlapping(&c), 0);
        for (p, r) in c.pos.iter().zip(&c.radius) {
            assert!(
                p.0.abs() + r <= w / 2.0 + 1e-6 && p.1.abs() + r <= h / 2.0 + 1e-6,
                "{p:?}"
            );
        }
    }
}
