//! The land: every country of the bundled Natural Earth shapes that falls in
//! the frame, projected, clipped to the frame and simplified to what a
//! pixel can show.

use crate::geo::{CountryShape, LonLat, clip_rings, countries, simplify_ring};

use super::frame::Frame;

/// One country's land in the frame.
pub(super) struct Land {
    /// Its code; `None` for land the data gives no code.
    pub(super) code: Option<&'static str>,
    /// Outlines in px from the frame's top left, each a closed polygon.
    pub(super) rings: Vec<Vec<(f64, f64)>>,
    /// Area in px², for drawing larger countries first (an enclave such as
    /// San Marino is then drawn over the country around it).
    pub(super) area: f64,
}

/// Detail dropped: a point closer than this to the simplified outline, in px.
const TOLERANCE: f64 = 0.4;

/// Rings smaller than this on both sides, in px, are not drawn.
const SPECK: f64 = 0.8;

/// Points are kept to this grid, in px: a twentieth of a pixel off at most,
/// which no eye sees and the simplification already moves points further,
/// and each number written with a digit fewer (the land is most of a map's
/// bytes, and a web page holds it twice).
const GRID: f64 = 0.1;

/// The land in the frame, largest first. Guarantees: every point lies in
/// `0..w × 0..h` on the tenth of a pixel; every ring has at least three
/// points, no two in a row the same.
pub(super) fn land(frame: &Frame) -> Vec<Land> {
    let mut out: Vec<Land> = countries()
        .iter()
        .filter_map(|c| country_land(frame, c))
        .collect();
    out.sort_by(|a, b| b.area.total_cmp(&a.area).then(a.code.cmp(&b.code)));
    out
}

fn country_land(frame: &Frame, c: &CountryShape) -> Option<Land> {
    let mut rings = Vec::new();
    for polygon in &c.polygons {
        let Some(outer) = polygon.first() else {
            continue;
        };
        if !outer.iter().all(|p| frame.proj.shows(*p)) || !near(frame, outer) {
            continue;
        }
        let projected: Vec<(f64, f64)> = outer.iter().map(|p| frame.screen(*p)).collect();
        for ring in clip_rings(&[projected], -2.0, -2.0, frame.w + 2.0, frame.h + 2.0) {
            let mut ring: Vec<(f64, f64)> = simplify_ring(&ring, TOLERANCE)
                .into_iter()
                .map(|(x, y)| (on_grid(x, frame.w), on_grid(y, frame.h)))
                .collect();
            ring.dedup();
            while ring.len() > 1 && ring.first() == ring.last() {
                ring.pop();
            }
            let (w, h) = size(&ring);
            if ring.len() >= 3 && (w >= SPECK || h >= SPECK) {
                rings.push(ring);
            }
        }
    }
    if rings.is_empty() {
        return None;
    }
    let area = rings.iter().map(|r| shoelace(r).abs()).sum();
    Some(Land {
        code: c.code,
        rings,
        area,
    })
}

/// `v` on the grid, within `0..=end`.
fn on_grid(v: f64, end: f64) -> f64 {
    (v / GRID).round().clamp(0.0, (end / GRID).floor()) * GRID
}

/// Whether a ring's box, in degrees, may reach the frame: its corners and
/// middle projected, with the frame's size as slack for the curvature.
fn near(frame: &Frame, ring: &[LonLat]) -> bool {
    let (mut w, mut s, mut e, mut n) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in ring {
        w = w.min(p.lon);
        e = e.max(p.lon);
        s = s.min(p.lat);
        n = n.max(p.lat);
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for lon in [w, (w + e) / 2.0, e] {
        for lat in [s, (s + n) / 2.0, n] {
            let (x, y) = frame.screen(LonLat { lon, lat });
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
    }
    let slack = frame.w.max(frame.h);
    x1 > -slack && x0 < frame.w + slack && y1 > -slack && y0 < frame.h + slack
}

/// Width and height of a ring's box.
fn size(ring: &[(f64, f64)]) -> (f64, f64) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in ring {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    (x1 - x0, y1 - y0)
}

/// Signed area of a ring.
pub(super) fn shoelace(ring: &[(f64, f64)]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        / 2.0
}
