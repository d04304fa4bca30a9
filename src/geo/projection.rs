//! Map projections from degrees to metres, and the plane geometry a map
//! needs after projecting: clipping to a frame and simplifying outlines.
//!
//! Both projections are equal-area, so a country's size on the map is its
//! size on the ground: Europe in its own official projection, the world in
//! Equal Earth.

use std::sync::LazyLock;

use super::LonLat;

/// A map projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Projection {
    /// Lambert azimuthal equal-area as EPSG:3035 (ETRS89-LAEA Europe: centre 52°N 10°E, false easting
    /// 4 321 000 m, false northing 3 210 000 m, GRS80 ellipsoid), ellipsoidal formulas (EPSG Guidance Note 7-2 / Snyder).
    EuropeLaea,
    /// Equal Earth (Šavrič, Patterson, Jenny 2018) on the WGS84 ellipsoid's authalic sphere or as PROJ does, centred on lon 0.
    ///
    /// As PROJ's `+proj=eqearth +ellps=WGS84`: latitude is first made
    /// authalic, and the sphere has the authalic radius.
    EqualEarth,
}

/// EPSG:3035's area of use (EPSG area 2881, "Europe - LCC & LAEA"):
/// south, north, west, east in degrees.
const EUROPE_AREA: (f64, f64, f64, f64) = (24.60, 84.73, -35.58, 44.83);

/// How far from EPSG:3035's centre, in degrees of a great circle, a point
/// still projects sensibly: the azimuthal projection stretches the far side
/// of the globe into a ring round the map.
const EUROPE_REACH_DEGREES: f64 = 100.0;

impl Projection {
    /// Projected metres: x east, y NORTH (the caller flips y for the screen).
    ///
    /// Finite for every finite point (latitude is held within ±90°, any
    /// longitude wraps); for [`Projection::EuropeLaea`] a point that it does
    /// not [show](Projection::shows) lands far off, and at the very antipode
    /// of the centre the values are huge rather than infinite.
    pub fn project(&self, p: LonLat) -> (f64, f64) {
        match self {
            Projection::EuropeLaea => LAEA.project(p),
            Projection::EqualEarth => EQUAL_EARTH.project(p),
        }
    }

    /// EuropeLaea when every point lies within EPSG:3035's area of use (lat 24.60..84.73, lon -35.58..44.83 — check the EPSG registry value), else EqualEarth.
    ///
    /// The bounds are EPSG area 2881's, inclusive. No points at all gives
    /// EuropeLaea; a point that is not a number gives EqualEarth.
    pub fn for_points(points: impl IntoIterator<Item = LonLat>) -> Projection {
        let (south, north, west, east) = EUROPE_AREA;
        let in_europe =
            |p: LonLat| (south..=north).contains(&p.lat) && (west..=east).contains(&p.lon);
        if points.into_iter().all(in_europe) {
            Projection::EuropeLaea
        } else {
            Projection::EqualEarth
        }
    }

    /// Whether a point projects sensibly: for EuropeLaea, within 100° of the centre (great-circle), so antipodal areas are skipped; always true for EqualEarth.
    pub fn shows(&self, p: LonLat) -> bool {
        match self {
            Projection::EuropeLaea => {
                let (lat0, lon0) = (LAEA_CENTRE.1.to_radians(), LAEA_CENTRE.0.to_radians());
                let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
                let cos_distance =
                    lat0.sin() * lat.sin() + lat0.cos() * lat.cos() * (lon - lon0).cos();
                cos_distance >= EUROPE_REACH_DEGREES.to_radians().cos()
            }
            Projection::EqualEarth => true,
        }
    }
}

/// An ellipsoid by its semi-major axis (m) and inverse flattening.
struct Ellipsoid {
    a: f64,
    /// The eccentricity squared.
    e2: f64,
}

impl Ellipsoid {
    const fn new(a: f64, inverse_flattening: f64) -> Ellipsoid {
        let f = 1.0 / inverse_flattening;
        // The eccentricity itself is taken when used: sqrt is not const.
        Ellipsoid {
            a,
            e2: 2.0 * f - f * f,
        }
    }

    fn eccentricity(&self) -> f64 {
        self.e2.sqrt()
    }

    /// Snyder's q (EPSG GN 7-2's q) at a latitude given by its sine: the
    /// ellipsoid's area from the equator, scaled so that the sphere of the
    /// same area has sin(authalic latitude) = q / q at the pole.
    fn q(&self, sin_lat: f64) -> f64 {
        let e = self.eccentricity();
        let es = e * sin_lat;
        (1.0 - self.e2)
            * (sin_lat / (1.0 - es * es) - (1.0 / (2.0 * e)) * ((1.0 - es) / (1.0 + es)).ln())
    }
}

/// GRS80, EPSG:3035's ellipsoid.
const GRS80: Ellipsoid = Ellipsoid::new(6_378_137.0, 298.257_222_101);
/// WGS84, Equal Earth's here as in PROJ's examples.
const WGS84: Ellipsoid = Ellipsoid::new(6_378_137.0, 298.257_223_563);

/// EPSG:3035's natural origin (lon, lat) and false easting and northing.
const LAEA_CENTRE: (f64, f64) = (10.0, 52.0);
const LAEA_FALSE: (f64, f64) = (4_321_000.0, 3_210_000.0);

/// The oblique ellipsoidal Lambert azimuthal equal-area projection, with the
/// constants of EPSG Guidance Note 7-2 (section 3.2.2) worked out once.
struct Laea {
    q_pole: f64,
    /// Radius of the sphere of the ellipsoid's area.
    rq: f64,
    /// Corrects the azimuthal scale on the sphere back to the ellipsoid's.
    d: f64,
    sin_beta0: f64,
    cos_beta0: f64,
}

static LAEA: LazyLock<Laea> = LazyLock::new(|| {
    let lat0 = LAEA_CENTRE.1.to_radians();
    let q_pole = GRS80.q(1.0);
    let beta0 = (GRS80.q(lat0.sin()) / q_pole).asin();
    let rq = GRS80.a * (q_pole / 2.0).sqrt();
    let d =
        GRS80.a * lat0.cos() / (1.0 - GRS80.e2 * lat0.sin().powi(2)).sqrt() / (rq * beta0.cos());
    Laea {
        q_pole,
        rq,
        d,
        sin_beta0: beta0.sin(),
        cos_beta0: beta0.cos(),
    }
});

impl Laea {
    fn project(&self, p: LonLat) -> (f64, f64) {
        let lat = p.lat.clamp(-90.0, 90.0).to_radians();
        let dlon = wrap(p.lon - LAEA_CENTRE.0).to_radians();
        let beta = (GRS80.q(lat.sin()) / self.q_pole).clamp(-1.0, 1.0).asin();
        let (sin_b, cos_b) = beta.sin_cos();
        let cos_c = self.sin_beta0 * sin_b + self.cos_beta0 * cos_b * dlon.cos();
        // 1 + cos_c is 0 only at the antipode: keep the result finite there.
        let b = self.rq * (2.0 / (1.0 + cos_c).max(1e-15)).sqrt();
        let east = LAEA_FALSE.0 + b * self.d * cos_b * dlon.sin();
        let north = LAEA_FALSE.1
            + (b / self.d) * (self.cos_beta0 * sin_b - self.sin_beta0 * cos_b * dlon.cos());
        (east, north)
    }
}

/// Equal Earth's polynomial coefficients (Šavrič, Patterson, Jenny 2018).
const EE_A1: f64 = 1.340_264;
const EE_A2: f64 = -0.081_106;
const EE_A3: f64 = 0.000_893;
const EE_A4: f64 = 0.003_796;

/// Equal Earth on the authalic sphere of an ellipsoid.
struct EqualEarth {
    q_pole: f64,
    /// The authalic radius, m.
    radius: f64,
}

static EQUAL_EARTH: LazyLock<EqualEarth> = LazyLock::new(|| {
    let q_pole = WGS84.q(1.0);
    EqualEarth {
        q_pole,
        radius: WGS84.a * (q_pole / 2.0).sqrt(),
    }
});

impl EqualEarth {
    fn project(&self, p: LonLat) -> (f64, f64) {
        let m = 3f64.sqrt() / 2.0;
        let lat = p.lat.clamp(-90.0, 90.0).to_radians();
        let lon = wrap(p.lon).to_radians();
        let sin_authalic = (WGS84.q(lat.sin()) / self.q_pole).clamp(-1.0, 1.0);
        // The parametric latitude of the paper, θ.
        let theta = (m * sin_authalic).asin();
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let x = lon * theta.cos()
            / (m * (EE_A1 + 3.0 * EE_A2 * t2 + t6 * (7.0 * EE_A3 + 9.0 * EE_A4 * t2)));
        let y = theta * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
        (x * self.radius, y * self.radius)
    }
}

/// A longitude brought within -180..=180 (kept as it is when already there,
/// so 180 stays east).
fn wrap(lon: f64) -> f64 {
    if (-180.0..=180.0).contains(&lon) {
        lon
    } else {
        (lon + 180.0).rem_euclid(360.0) - 180.0
    }
}

/// Clips a polygon's rings (screen or projected coordinates) to an axis-aligned rectangle
/// (Sutherland–Hodgman per ring; rings that vanish are dropped). Correct for even-odd filling.
///
/// The rectangle's corners may be given in either order. A ring is clipped
/// on its own, so a concave ring may come back with edges running along the
/// rectangle's side and back: they enclose nothing, and the even-odd fill of
/// the rings returned is the fill of the rings given, cut to the rectangle.
/// Every ring returned has at least three points and some area; a ring
/// wholly inside comes back unchanged but for repeated points, which go.
pub fn clip_rings(
    rings: &[Vec<(f64, f64)>],
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
) -> Vec<Vec<(f64, f64)>> {
    let (left, right) = (x0.min(x1), x0.max(x1));
    let (bottom, top) = (y0.min(y1), y0.max(y1));
    let edges = [
        Edge {
            axis: Axis::X,
            at: left,
            keep_above: true,
        },
        Edge {
            axis: Axis::X,
            at: right,
            keep_above: false,
        },
        Edge {
            axis: Axis::Y,
            at: bottom,
            keep_above: true,
        },
        Edge {
            axis: Axis::Y,
            at: top,
            keep_above: false,
        },
    ];
    let mut out = Vec::new();
    for ring in rings {
        let mut clipped = ring.clone();
        for edge in &edges {
            if clipped.iter().all(|&p| edge.keeps(p)) {
                continue;
            }
            clipped = edge.clip(&clipped);
        }
        clipped.dedup();
        if clipped.len() >= 3 && twice_area(&clipped) != 0.0 {
            out.push(clipped);
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Axis {
    X,
    Y,
}

/// One side of the clip rectangle: the half-plane where `axis` is at least
/// (`keep_above`) or at most `at`.
struct Edge {
    axis: Axis,
    at: f64,
    keep_above: bool,
}

impl Edge {
    fn coord(&self, p: (f64, f64)) -> f64 {
        match self.axis {
            Axis::X => p.0,
            Axis::Y => p.1,
        }
    }

    fn keeps(&self, p: (f64, f64)) -> bool {
        if self.keep_above {
            self.coord(p) >= self.at
        } else {
            self.coord(p) <= self.at
        }
    }

    /// Where the segment from a kept to a dropped point (or back) meets the
    /// edge, exactly on it.
    fn meet(&self, a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
        let t = (self.at - self.coord(a)) / (self.coord(b) - self.coord(a));
        match self.axis {
            Axis::X => (self.at, a.1 + t * (b.1 - a.1)),
            Axis::Y => (a.0 + t * (b.0 - a.0), self.at),
        }
    }

    /// One Sutherland–Hodgman pass: the ring cut to this half-plane.
    fn clip(&self, ring: &[(f64, f64)]) -> Vec<(f64, f64)> {
        let mut out = Vec::with_capacity(ring.len() + 4);
        let Some(&last) = ring.last() else {
            return out;
        };
        let mut prev = last;
        for &p in ring {
            match (self.keeps(prev), self.keeps(p)) {
                (true, true) => out.push(p),
                (false, true) => {
                    out.push(self.meet(prev, p));
                    out.push(p);
                }
                (true, false) => out.push(self.meet(prev, p)),
                (false, false) => {}
            }
            prev = p;
        }
        out
    }
}

/// Twice the signed area of a ring (the shoelace sum).
fn twice_area(ring: &[(f64, f64)]) -> f64 {
    let next = ring.iter().skip(1).chain(ring.first());
    ring.iter()
        .zip(next)
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum()
}

/// Simplifies a closed ring so that no point is dropped that lies farther than `tolerance` from the
/// simplified outline (Douglas–Peucker or Visvalingam); keeps at least 3 points or returns empty if the ring is smaller than the tolerance.
///
/// Douglas–Peucker from two anchors: the first point and the point farthest
/// from it. The ring is closed implicitly (a last point equal to the first is
/// ignored); the points kept are a subsequence of the ring's, in its order,
/// starting with its first. "Smaller than the tolerance" means every point
/// lies within `tolerance` of the first; a ring of fewer than three points
/// also gives empty. When every point lies within `tolerance` of the line
/// between the anchors, the point farthest from it is kept as the third. A
/// tolerance that is not a number keeps every point.
pub fn simplify_ring(ring: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    let points = match ring {
        [first, .., last] if first == last => &ring[..ring.len() - 1],
        _ => ring,
    };
    if points.len() < 3 {
        return Vec::new();
    }
    let tolerance = if tolerance.is_nan() {
        0.0
    } else {
        tolerance.max(0.0)
    };
    let first = points[0];
    let distance_from_first = |i: &usize| distance(first, points[*i]);
    let far =
        (1..points.len()).max_by(|a, b| distance_from_first(a).total_cmp(&distance_from_first(b)));
    let Some(far) = far.filter(|i| distance_from_first(i) > tolerance) else {
        return Vec::new();
    };
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[far] = true;
    // The second half runs back round to the first point, index len.
    let at = |i: usize| points[i % points.len()];
    for (from, to) in [(0, far), (far, points.len())] {
        douglas_peucker(&at, from, to, tolerance, &mut keep);
    }
    if keep.iter().filter(|k| **k).count() < 3 {
        let off_line = |i: &usize| segment_distance(at(*i), first, points[far]);
        if let Some(third) = (1..points.len()).max_by(|a, b| off_line(a).total_cmp(&off_line(b))) {
            keep[third] = true;
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Marks the points between `from` and `to` (indices into `at`) that the
/// outline must keep so that every other lies within `tolerance` of it.
fn douglas_peucker(
    at: &impl Fn(usize) -> (f64, f64),
    from: usize,
    to: usize,
    tolerance: f64,
    keep: &mut [bool],
) {
    // A stack of spans, not recursion: a long outline cannot overflow it.
    let mut spans = vec![(from, to)];
    while let Some((a, b)) = spans.pop() {
        let off = |i: &usize| segment_distance(at(*i), at(a), at(b));
        let Some(worst) = (a + 1..b).max_by(|i, j| off(i).total_cmp(&off(j))) else {
            continue;
        };
        if off(&worst) > tolerance {
            keep[worst % keep.len()] = true;
            spans.push((a, worst));
            spans.push((worst, b));
        }
    }
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (b.0 - a.0).hypot(b.1 - a.1)
}

fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    segment_distance_sq(p, a, b).sqrt()
}

/// The squared distance from `p` to the segment from `a` to `b` (squared, as
/// the label search takes the least of many and the root once).
pub(super) fn segment_distance_sq(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length_sq).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (ex, ey) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1);
    ex * ex + ey * ey
}
