//! The pole of inaccessibility of a polygon: the point inside it farthest from
//! its outline, where a label or a marker sits clear of the edges. Found by
//! the cell search of Garcia-Castellanos and Lombardo (2007), as popularised
//! by Mapbox's polylabel: square cells ordered by the best distance they could
//! still hold, split until none could beat the best found by the precision.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::LonLat;
use super::projection::segment_distance_sq;

/// The search stops when no cell could hold a point farther inside than the
/// best found by more than this share of the polygon's larger side.
const PRECISION_SHARE: f64 = 1.0 / 500.0;

/// The first cells cover the box in at most this many squares along its
/// longer side, so a long thin polygon does not start with thousands.
const MAX_START_CELLS: f64 = 64.0;

/// A bound on the cells looked at, so that no shape takes long, whatever
/// its outline.
const MAX_CELLS: usize = 20_000;

/// The polygon's pole of inaccessibility, in a locally equal-distance plane
/// (longitude scaled by the cosine of the latitude at the middle of its box).
/// Inside the polygon and outside its holes unless the polygon is thinner
/// than the precision; the first point of the outline for a polygon of no
/// area, and (0, 0) for one with no points.
pub(crate) fn pole_of_inaccessibility(polygon: &[Vec<LonLat>]) -> LonLat {
    let Some(&first) = polygon.first().and_then(|outer| outer.first()) else {
        return LonLat { lon: 0.0, lat: 0.0 };
    };
    let plane = Plane::new(polygon);
    let [x0, y0, x1, y1] = plane.bounds();
    let (w, h) = (x1 - x0, y1 - y0);
    if !(w > 0.0 && h > 0.0) {
        return first;
    }
    let side = w.min(h).max(w.max(h) / MAX_START_CELLS);
    // Counted, not stepped by `side`: a step below the coordinates' precision
    // would never end. At most MAX_START_CELLS along the longer side.
    let (columns, rows) = ((w / side).ceil() as usize, (h / side).ceil() as usize);
    let mut heap = BinaryHeap::new();
    for row in 0..rows {
        for column in 0..columns {
            let x = x0 + (column as f64 + 0.5) * side;
            let y = y0 + (row as f64 + 0.5) * side;
            heap.push(plane.cell(x, y, side / 2.0));
        }
    }
    let (cx, cy) = plane.centroid();
    let best = search(
        &plane,
        heap,
        plane.cell(cx, cy, 0.0),
        w.max(h) * PRECISION_SHARE,
    );
    if best.distance > 0.0 {
        plane.to_lon_lat(best.x, best.y)
    } else {
        first
    }
}

/// Splits the most promising cells until none can beat `best` by more than
/// `precision` (or [`MAX_CELLS`] have been looked at); the best cell found.
fn search(plane: &Plane, mut heap: BinaryHeap<Cell>, mut best: Cell, precision: f64) -> Cell {
    let mut looked_at = heap.len();
    while let Some(cell) = heap.pop() {
        if cell.distance > best.distance {
            best = cell;
        }
        // The heap gives the highest bound first: nothing left can do better.
        if cell.bound - best.distance <= precision || looked_at >= MAX_CELLS {
            break;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            heap.push(plane.cell(cell.x + dx, cell.y + dy, h));
        }
        looked_at += 4;
    }
    best
}

/// The polygon's rings in the plane, and the scale that took longitude there.
struct Plane {
    rings: Vec<Vec<(f64, f64)>>,
    /// Cosine of the middle latitude, at least 0.01 so the poles stay finite.
    lon_scale: f64,
}

impl Plane {
    fn new(polygon: &[Vec<LonLat>]) -> Plane {
        let outer = polygon.first().map_or(&[][..], Vec::as_slice);
        let (south, north) = outer
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(s, n), p| {
                (s.min(p.lat), n.max(p.lat))
            });
        let lon_scale = ((south + north) / 2.0).to_radians().cos().max(0.01);
        let rings = polygon
            .iter()
            .map(|ring| ring.iter().map(|p| (p.lon * lon_scale, p.lat)).collect())
            .collect();
        Plane { rings, lon_scale }
    }

    fn to_lon_lat(&self, x: f64, y: f64) -> LonLat {
        LonLat {
            lon: x / self.lon_scale,
            lat: y,
        }
    }

    /// The outer ring's box: [west, south, east, north].
    fn bounds(&self) -> [f64; 4] {
        let outer = self.rings.first().map_or(&[][..], Vec::as_slice);
        let start = [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ];
        outer.iter().fold(start, |[x0, y0, x1, y1], &(x, y)| {
            [x0.min(x), y0.min(y), x1.max(x), y1.max(y)]
        })
    }

    /// The outer ring's centroid, or its first point if it has no area.
    fn centroid(&self) -> (f64, f64) {
        let outer = self.rings.first().map_or(&[][..], Vec::as_slice);
        let next = outer.iter().skip(1).chain(outer.first());
        let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for (&(ax, ay), &(bx, by)) in outer.iter().zip(next) {
            let cross = ax * by - bx * ay;
            area += cross;
            cx += (ax + bx) * cross;
            cy += (ay + by) * cross;
        }
        if area == 0.0 {
            return outer.first().copied().unwrap_or((0.0, 0.0));
        }
        (cx / (3.0 * area), cy / (3.0 * area))
    }

    fn cell(&self, x: f64, y: f64, half: f64) -> Cell {
        let distance = self.signed_distance(x, y);
        Cell {
            x,
            y,
            half,
            distance,
            bound: distance + half * std::f64::consts::SQRT_2,
        }
    }

    /// Distance to the nearest edge of any ring: positive inside the polygon
    /// (even-odd over its rings), negative outside.
    fn signed_distance(&self, x: f64, y: f64) -> f64 {
        let mut inside = false;
        let mut nearest = f64::INFINITY;
        for ring in &self.rings {
            let next = ring.iter().skip(1).chain(ring.first());
            for (&a, &b) in ring.iter().zip(next) {
                if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                    inside = !inside;
                }
                nearest = nearest.min(segment_distance_sq((x, y), a, b));
            }
        }
        let distance = nearest.sqrt();
        if inside { distance } else { -distance }
    }
}

/// A square cell: its centre, half its side, the signed distance from its
/// centre to the outline, and the most any point in it could have.
#[derive(Clone, Copy)]
struct Cell {
    x: f64,
    y: f64,
    half: f64,
    distance: f64,
    bound: f64,
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Cell {}

impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Cell {
    /// By the bound, so the heap gives the most promising cell first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.bound.total_cmp(&other.bound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(points: &[(f64, f64)]) -> Vec<LonLat> {
        points
            .iter()
            .map(|&(lon, lat)| LonLat { lon, lat })
            .collect()
    }

    #[test]
    fn a_square_at_the_equator_is_labelled_at_its_centre() {
        let square = ring(&[(0.0, -1.0), (2.0, -1.0), (2.0, 1.0), (0.0, 1.0)]);
        let p = pole_of_inaccessibility(&[square]);
        assert!((p.lon - 1.0).abs() < 0.01 && p.lat.abs() < 0.01, "{p:?}");
    }

    #[test]
    fn a_hole_is_avoided() {
        // A 4 x 4 square with a 2 x 2 hole in the middle: the label sits in
        // the frame, one unit from both the outline and the hole.
        let outer = ring(&[(0.0, -2.0), (4.0, -2.0), (4.0, 2.0), (0.0, 2.0)]);
        let hole = ring(&[(1.0, -1.0), (3.0, -1.0), (3.0, 1.0), (1.0, 1.0)]);
        let p = pole_of_inaccessibility(&[outer, hole]);
        let in_hole = (1.0..=3.0).contains(&p.lon) && (-1.0..=1.0).contains(&p.lat);
        assert!(!in_hole, "{p:?}");
    }

    #[test]
    fn a_sliver_far_from_the_origin_ends() {
        // Narrower than a step of its coordinates' precision allows.
        let sliver = ring(&[(179.0, 10.0), (179.0 + 1e-13, 10.0), (179.0, 10.0 + 1e-13)]);
        let p = pole_of_inaccessibility(&[sliver]);
        assert!(
            (p.lon - 179.0).abs() < 1e-9 && (p.lat - 10.0).abs() < 1e-9,
            "{p:?}"
        );
    }

    #[test]
    fn shapes_without_area_give_a_point_of_theirs() {
        let line = ring(&[(5.0, 5.0), (6.0, 5.0)]);
        assert_eq!(
            pole_of_inaccessibility(&[line]),
            LonLat { lon: 5.0, lat: 5.0 }
        );
        assert_eq!(pole_of_inaccessibility(&[]), LonLat { lon: 0.0, lat: 0.0 });
    }
}
