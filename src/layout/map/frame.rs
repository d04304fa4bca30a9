//! The map's frame: which projection, which part of the Earth, at what scale.
//! Every panel of a map uses one frame, so a country sits in the same place
//! in each.

use crate::geo::{LonLat, Projection};

/// The part of the Earth the map shows and how it is fitted to its area.
/// Invariant: the content (the countries, seats and places the frame was
/// made for) projects inside `0..w × 0..h`, clear of the edges by the margin
/// of neighbouring land given for context.
#[derive(Clone, Copy, Debug)]
pub(super) struct Frame {
    /// The projection.
    pub(super) proj: Projection,
    /// Pixels per projected metre.
    k: f64,
    /// The projected x at the left edge.
    x0: f64,
    /// The projected y at the top edge (projected y runs north).
    y1: f64,
    /// The area's width in px.
    pub(super) w: f64,
    /// The area's height in px.
    pub(super) h: f64,
}

/// Share of the content's extent added on each side, so that the countries
/// taking part are seen among their neighbours.
const CONTEXT: f64 = 0.10;

/// The least extent a frame shows, in projected metres: a case in one small
/// country still shows its neighbours.
const LEAST_EXTENT: f64 = 700_000.0;

/// Screen points sampled along each side of a box in degrees: a projected
/// box's sides are curves, and its extremes may lie between the corners.
const SAMPLES: usize = 8;

/// The extent of boxes in degrees `(west, south, east, north)` and points,
/// projected: `(x0, y0, x1, y1)`, or `None` when there is nothing.
pub(super) fn extent(
    proj: Projection,
    boxes: &[(f64, f64, f64, f64)],
    points: &[LonLat],
) -> Option<(f64, f64, f64, f64)> {
    let mut ext: Option<(f64, f64, f64, f64)> = None;
    let mut add = |p: LonLat| {
        let (x, y) = proj.project(p);
        if !x.is_finite() || !y.is_finite() {
            return;
        }
        ext = Some(match ext {
            None => (x, y, x, y),
            Some((a, b, c, d)) => (a.min(x), b.min(y), c.max(x), d.max(y)),
        });
    };
    for &(w, s, e, n) in boxes {
        for i in 0..=SAMPLES {
            let t = i as f64 / SAMPLES as f64;
            let lon = w + (e - w) * t;
            let lat = s + (n - s) * t;
            add(LonLat { lon, lat: s });
            add(LonLat { lon, lat: n });
            add(LonLat { lon: w, lat });
            add(LonLat { lon: e, lat });
        }
    }
    for &p in points {
        add(p);
    }
    ext
}

impl Frame {
    /// A frame of `w`×`h` px showing the extent `ext` (projected) with the
    /// margin of context around it, centred.
    pub(super) fn fit(proj: Projection, ext: (f64, f64, f64, f64), w: f64, h: f64) -> Frame {
        let (bw, bh) = padded(ext);
        let k = (w / bw).min(h / bh);
        let (cx, cy) = ((ext.0 + ext.2) / 2.0, (ext.1 + ext.3) / 2.0);
        Frame {
            proj,
            k,
            x0: cx - w / k / 2.0,
            y1: cy + h / k / 2.0,
            w,
            h,
        }
    }

    /// The height a frame `w` px wide would take to show `ext` at its own
    /// shape, between `least` and `most` times the width.
    pub(super) fn natural_height(ext: (f64, f64, f64, f64), w: f64, least: f64, most: f64) -> f64 {
        let (bw, bh) = padded(ext);
        (w * bh / bw).clamp(least * w, most * w).round()
    }

    /// Pixels per projected metre.
    pub(super) fn scale(&self) -> f64 {
        self.k
    }

    /// Where a point falls, in px from the area's top left corner.
    pub(super) fn screen(&self, p: LonLat) -> (f64, f64) {
        let (x, y) = self.proj.project(p);
        self.of_projected((x, y))
    }

    /// Where a projected point falls, in px from the area's top left corner.
    pub(super) fn of_projected(&self, (x, y): (f64, f64)) -> (f64, f64) {
        ((x - self.x0) * self.k, (self.y1 - y) * self.k)
    }

    /// Whether a point in px lies within the area.
    pub(super) fn inside(&self, (x, y): (f64, f64)) -> bool {
        (0.0..=self.w).contains(&x) && (0.0..=self.h).contains(&y)
    }
}

/// The extent's width and height with the context margin, never under
/// [`LEAST_EXTENT`].
fn padded(ext: (f64, f64, f64, f64)) -> (f64, f64) {
    let (bw, bh) = (ext.2 - ext.0, ext.3 - ext.1);
    let pad = CONTEXT * bw.max(bh);
    (
        (bw + 2.0 * pad).max(LEAST_EXTENT),
        (bh + 2.0 * pad).max(LEAST_EXTENT),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_is_centred_with_context_around_it() {
        let ext = (0.0, 0.0, 2_000_000.0, 1_000_000.0);
        let f = Frame::fit(Projection::EqualEarth, ext, 1000.0, 500.0);
        let (x0, y0) = f.of_projected((ext.0, ext.3));
        let (x1, y1) = f.of_projected((ext.2, ext.1));
        assert!(x0 > 50.0 && x1 < 950.0, "{x0} {x1}");
        assert!((x0 + x1 - 1000.0).abs() < 1e-6 && (y0 + y1 - 500.0).abs() < 1e-6);
        assert!(y0 > 0.0 && y1 < 500.0);
        // North is up.
        assert!(y0 < y1);
    }

    #[test]
    fn a_tiny_extent_still_shows_its_neighbours() {
        let ext = (0.0, 0.0, 10_000.0, 10_000.0);
        let f = Frame::fit(Projection::EqualEarth, ext, 700.0, 700.0);
        let (x0, _) = f.of_projected((0.0, 0.0));
        let (x1, _) = f.of_projected((10_000.0, 0.0));
        assert!(x1 - x0 <= 10.0 + 1e-9, "{}", x1 - x0);
    }
}
