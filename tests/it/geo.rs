//! The map projections and the plane geometry after them, against published
//! values: EPSG's and PROJ's own test points, and small cases worked by hand.

use coopline::{LonLat, Projection, clip_rings, simplify_ring};

fn at(lat: f64, lon: f64) -> LonLat {
    LonLat { lon, lat }
}

/// Asserts a projected point to within `tolerance` metres.
fn assert_near(got: (f64, f64), want: (f64, f64), tolerance: f64) {
    let (dx, dy) = ((got.0 - want.0).abs(), (got.1 - want.1).abs());
    assert!(
        dx <= tolerance && dy <= tolerance,
        "{got:?} is not {want:?} (±{tolerance} m)"
    );
}

#[test]
fn europe_laea_matches_the_epsg_worked_example_and_gigs() {
    // EPSG Guidance Note 7-2, Lambert Azimuthal Equal Area, EPSG:3035: 50°N 5°E.
    let p = Projection::EuropeLaea;
    assert_near(p.project(at(50.0, 5.0)), (3_962_799.45, 2_999_718.85), 0.01);
    // GIGS test 5110 (as in PROJ's test/gigs/5110.gie), given to the
    // millimetre: within it.
    assert_near(p.project(at(52.0, 10.0)), (4_321_000.0, 3_210_000.0), 0.001);
    assert_near(
        p.project(at(70.0, 5.0)),
        (4_127_824.658, 5_214_090.649),
        0.001,
    );
    assert_near(
        p.project(at(50.0, 8.0)),
        (4_177_612.521, 2_989_464.315),
        0.001,
    );
    // EPSG:4258 to EPSG:3035 by PROJ 9.5.1 (pyproj 3.7.2) to a tenth of a
    // millimetre, out to the corners of the area of use: within a millimetre.
    let proj_951 = [
        ((50.0, 5.0), (3962799.4510, 2999718.8532)),
        ((30.0, -30.0), (578966.2608, 1768773.6334)),
        ((80.0, 40.0), (4896123.6192, 6432986.2126)),
        ((65.0, -20.0), (2948183.0705, 4956848.0204)),
        ((35.0, 30.0), (6143462.0004, 1565571.7660)),
        ((54.6872, 25.2797), (5298179.6711, 3613007.0463)),
    ];
    for ((lat, lon), want) in proj_951 {
        assert_near(p.project(at(lat, lon)), want, 0.001);
    }
}

#[test]
fn equal_earth_matches_proj() {
    let p = Projection::EqualEarth;
    // PROJ's test/gie/more_builtins.gie (`+proj=eqearth +ellps=WGS84`), whose
    // values are given to the centimetre: within half a centimetre of them.
    let published = [
        ((0.0, 0.0), (0.0, 0.0)),
        ((90.0, -180.0), (-10_216_474.79, 8_392_927.6)),
        ((90.0, 0.0), (0.0, 8_392_927.6)),
        ((90.0, 180.0), (10_216_474.79, 8_392_927.6)),
        ((45.0, 180.0), (14_792_474.75, 5_466_867.76)),
        ((0.0, 180.0), (17_243_959.06, 0.0)),
        ((-31.2, -70.0), (-6_241_081.64, -3_907_019.16)),
    ];
    for ((lat, lon), want) in published {
        assert_near(p.project(at(lat, lon)), want, 0.005 + 1e-6);
    }
    // The same projection by PROJ 9.5.1 (pyproj 3.7.2) to a tenth of a
    // millimetre: within a millimetre.
    let proj_951 = [
        ((90.0, 180.0), (10216474.7935, 8392927.5985)),
        ((45.0, 180.0), (14792474.7490, 5466867.7602)),
        ((-31.2, -70.0), (-6241081.6382, -3907019.1630)),
        ((48.8566, 2.3522), (187778.5761, 5869757.9534)),
        ((-33.8688, 151.2093), (13305142.9015, -4220848.1258)),
    ];
    for ((lat, lon), want) in proj_951 {
        assert_near(p.project(at(lat, lon)), want, 0.001);
    }
}

#[test]
fn europe_laea_shows_europe_and_skips_the_far_side() {
    let p = Projection::EuropeLaea;
    assert!(p.shows(at(52.0, 10.0)) && p.shows(at(40.7, -74.0)) && p.shows(at(-33.9, 18.4)));
    assert!(!p.shows(at(-33.87, 151.21)), "Sydney");
    assert!(!p.shows(at(-52.0, -170.0)), "the antipode");
    let far = p.project(at(-52.0, -170.0));
    assert!(far.0.is_finite() && far.1.is_finite());
    assert!(Projection::EqualEarth.shows(at(-52.0, -170.0)));
}

#[test]
fn for_points_keeps_europe_to_epsg_3035s_area_of_use() {
    // The bounds are inclusive; no points at all is Europe.
    assert_eq!(
        Projection::for_points([at(84.73, 44.83), at(24.6, -35.58)]),
        Projection::EuropeLaea
    );
    assert_eq!(Projection::for_points([]), Projection::EuropeLaea);
    assert_eq!(
        Projection::for_points([at(24.59, 0.0)]),
        Projection::EqualEarth
    );
    assert_eq!(
        Projection::for_points([at(52.0, 44.84)]),
        Projection::EqualEarth
    );
    assert_eq!(
        Projection::for_points([at(f64::NAN, 0.0)]),
        Projection::EqualEarth
    );
}

#[test]
fn clip_rings_cuts_to_the_rectangle() {
    // A 4 x 4 square over the corner of a 2 x 2 frame leaves the frame's
    // corner square.
    let square = vec![vec![(1.0, 1.0), (5.0, 1.0), (5.0, 5.0), (1.0, 5.0)]];
    let clipped = clip_rings(&square, 0.0, 0.0, 2.0, 2.0);
    assert_eq!(clipped.len(), 1);
    assert_same_ring(
        &clipped[0],
        &[(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)],
    );
    // Corners in either order; a ring inside comes back as it was; one
    // outside is dropped.
    assert_eq!(clip_rings(&square, 10.0, 10.0, 0.0, 0.0), square);
    assert!(clip_rings(&square, 6.0, 6.0, 9.0, 9.0).is_empty());
    // A triangle cut by the right side: its tip goes, two new points on the side.
    let triangle = vec![(0.0, 0.0), (4.0, 1.0), (0.0, 2.0)];
    let cut = clip_rings(&[triangle], -1.0, -1.0, 2.0, 3.0);
    assert_eq!(cut.len(), 1);
    assert_same_ring(&cut[0], &[(0.0, 0.0), (2.0, 0.5), (2.0, 1.5), (0.0, 2.0)]);
}

/// Asserts two rings have the same points in the same cyclic order.
fn assert_same_ring(got: &[(f64, f64)], want: &[(f64, f64)]) {
    let same = got.len() == want.len()
        && (0..got.len()).any(|r| got.iter().cycle().skip(r).zip(want).all(|(a, b)| a == b));
    assert!(same, "{got:?} is not {want:?}");
}

#[test]
fn clip_rings_keeps_holes_for_even_odd_filling() {
    let outer = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
    let hole = vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0)];
    let clipped = clip_rings(&[outer, hole.clone()], 3.0, 3.0, 20.0, 20.0);
    assert_eq!(clipped.len(), 2);
    assert_eq!(clipped[1], hole);
    assert!(clipped[0].iter().all(|&(x, y)| x >= 3.0 && y >= 3.0));
}

#[test]
fn simplify_ring_drops_only_points_within_the_tolerance() {
    // A square with a point 0.1 off its bottom edge: gone at 0.5, kept at 0.05.
    let ring = [(0.0, 0.0), (2.0, -0.1), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)];
    assert_eq!(
        simplify_ring(&ring, 0.5),
        vec![(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)]
    );
    assert_eq!(simplify_ring(&ring, 0.05), ring.to_vec());
    // A repeated closing point is not kept twice.
    let closed = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];
    assert_eq!(simplify_ring(&closed, 0.5).len(), 4);
}

#[test]
fn simplify_ring_keeps_three_points_or_none() {
    // A sliver 10 long and 0.2 wide at tolerance 1 keeps a triangle.
    let sliver = [(0.0, 0.0), (5.0, 0.1), (10.0, 0.0), (5.0, -0.1)];
    assert_eq!(simplify_ring(&sliver, 1.0).len(), 3);
    // An islet smaller than the tolerance goes.
    let islet = [(0.0, 0.0), (0.3, 0.0), (0.3, 0.3), (0.0, 0.3)];
    assert!(simplify_ring(&islet, 1.0).is_empty());
    assert!(simplify_ring(&[(0.0, 0.0), (1.0, 1.0)], 0.0).is_empty());
    assert_eq!(simplify_ring(&islet, f64::NAN).len(), 4);
}
