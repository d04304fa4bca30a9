//! The bundled country shapes and the map projections, against places and
//! published values worked out elsewhere: cities in the countries they are
//! in, the main bodies the map frames, EPSG's and PROJ's own test points.

use coopline::{LonLat, Projection, clip_rings, countries, country_shape, simplify_ring};

fn at(lat: f64, lon: f64) -> LonLat {
    LonLat { lon, lat }
}

/// The shape of a code the data has.
fn shape(code: &str) -> &'static coopline::CountryShape {
    country_shape(code).unwrap_or_else(|| panic!("{code} is in the data"))
}

/// Capitals and cities near coasts and borders, where a coarse outline
/// would go wrong first: (name, lat, lon, country).
const CITIES: [(&str, f64, f64, &str); 9] = [
    ("Paris", 48.8566, 2.3522, "FR"),
    ("Marbella", 36.5154, -4.8858, "ES"),
    ("Vilnius", 54.6872, 25.2797, "LT"),
    ("The Hague", 52.0767, 4.2986, "NL"),
    ("Lyon", 45.7640, 4.8357, "FR"),
    ("Luxembourg", 49.6116, 6.1319, "LU"),
    ("Valletta", 35.8989, 14.5146, "MT"),
    // Nicosia's centre (35.1856 N, 33.3823 E) lies north of the Green Line as
    // Natural Earth draws it at 1:50m, in Northern Cyprus: its southern
    // district, Strovolos, is in the Republic.
    ("Nicosia", 35.1436, 33.3475, "CY"),
    ("Athens", 37.9838, 23.7275, "GR"),
];

#[test]
fn cities_lie_in_their_countries_and_in_no_other() {
    for (name, lat, lon, code) in CITIES {
        let p = at(lat, lon);
        assert!(shape(code).contains(p), "{name} is in {code}");
        let others: Vec<_> = countries()
            .iter()
            .filter(|s| s.code != Some(code) && s.contains(p))
            .map(|s| s.code)
            .collect();
        assert!(others.is_empty(), "{name} is also in {others:?}");
    }
    let paris = at(48.8566, 2.3522);
    assert!(!shape("BE").contains(paris) && !shape("DE").contains(paris));
}

#[test]
fn crimea_is_drawn_as_part_of_ukraine_with_no_border_across_it() {
    for (name, lat, lon) in [
        ("Simferopol", 44.9521, 34.1024),
        ("Sevastopol", 44.6166, 33.5254),
    ] {
        assert!(shape("UA").contains(at(lat, lon)), "{name} is in UA");
        assert!(!shape("RU").contains(at(lat, lon)), "{name} is not in RU");
    }
    // One outline from Kyiv to Crimea's southern tip: the same polygon.
    let ua = shape("UA");
    let holding = |p: LonLat| {
        let one = |poly: &Vec<Vec<LonLat>>| coopline::CountryShape {
            polygons: vec![poly.clone()],
            main: vec![0],
            ..ua.clone()
        };
        ua.polygons.iter().position(|poly| one(poly).contains(p))
    };
    assert_eq!(holding(at(50.45, 30.52)), holding(at(44.6166, 33.5254)));
}

#[test]
fn codes_are_looked_up_in_any_case_and_kosovo_is_xk() {
    assert_eq!(shape("fr").code, Some("FR"));
    assert_eq!(shape("Nl").code, Some("NL"));
    assert!(shape("XK").contains(at(42.6629, 21.1655)), "Pristina");
    assert_eq!(shape("XK").continent, Some("EU"));
    assert!(country_shape("EU").is_none() && country_shape("ZZ").is_none());
    assert!(country_shape("").is_none() && country_shape("FRA").is_none());
}

#[test]
fn shapes_are_sorted_by_code_with_codeless_land_last() {
    let all = countries();
    let codes: Vec<_> = all.iter().map(|s| s.code).collect();
    let coded = codes.iter().take_while(|c| c.is_some()).count();
    assert!(
        codes[..coded].windows(2).all(|w| w[0] < w[1]),
        "sorted and unique"
    );
    assert_eq!(
        all.len() - coded,
        4,
        "Northern Cyprus, Somaliland, Siachen, Indian Ocean"
    );
    let northern_cyprus = at(35.3387, 33.3189); // Kyrenia
    assert!(all[coded..].iter().any(|s| s.contains(northern_cyprus)));
    assert!(!shape("CY").contains(northern_cyprus));
}

#[test]
fn every_shape_keeps_the_documented_invariants() {
    for s in countries() {
        assert!(!s.polygons.is_empty() && !s.main.is_empty(), "{:?}", s.code);
        assert!(s.main.windows(2).all(|w| w[0] < w[1]));
        assert!(s.main.iter().all(|&i| i < s.polygons.len()));
        for ring in s.polygons.iter().flatten() {
            assert!(ring.len() >= 3, "{:?}", s.code);
            let steps = ring.iter().zip(ring.iter().skip(1).chain(ring.first()));
            for (a, b) in steps {
                assert!((-180.0..=180.0).contains(&a.lon) && (-90.0..=90.0).contains(&a.lat));
                assert!(
                    (a.lon - b.lon).abs() <= 180.0,
                    "{:?} crosses the antimeridian",
                    s.code
                );
            }
        }
        let (w, so, e, n) = s.main_bounds();
        assert!(w <= e && so <= n, "{:?}", s.code);
        let label = s.label_point();
        assert!(
            s.contains(label),
            "{:?}'s label point {label:?} is inside it",
            s.code
        );
    }
}

#[test]
fn continents_come_from_geonames() {
    let continent = |code| shape(code).continent;
    assert_eq!(continent("FR"), Some("EU"));
    assert_eq!(continent("US"), Some("NA"));
    assert_eq!(continent("BR"), Some("SA"));
    assert_eq!(continent("AU"), Some("OC"));
    assert_eq!(continent("CN"), Some("AS"));
    assert_eq!(continent("NG"), Some("AF"));
    assert_eq!(continent("AQ"), Some("AN"));
}

#[test]
fn the_antimeridian_splits_russia_and_fiji_into_pieces_that_meet_at_180() {
    for code in ["RU", "FJ"] {
        let s = shape(code);
        let east = s
            .polygons
            .iter()
            .flatten()
            .flatten()
            .any(|p| p.lon == 180.0);
        let west = s
            .polygons
            .iter()
            .flatten()
            .flatten()
            .any(|p| p.lon == -180.0);
        assert!(east && west, "{code} has land on both sides of 180°");
    }
    // Chukotka, east of 180°, is Russia's; the Bering Strait's far side is not.
    assert!(shape("RU").contains(at(66.0, -175.0)));
    assert!(!shape("RU").contains(at(65.0, -168.0)));
}

/// Whether the country's main body holds the point.
fn in_main(code: &str, p: LonLat) -> bool {
    let s = shape(code);
    let main = coopline::CountryShape {
        code: s.code,
        continent: s.continent,
        polygons: s.main.iter().map(|&i| s.polygons[i].clone()).collect(),
        main: vec![],
    };
    assert!(s.contains(p), "{p:?} is in {code}");
    main.contains(p)
}

#[test]
fn main_bodies_keep_near_islands_and_leave_far_territories() {
    // France: Corsica, not French Guiana or Réunion.
    assert!(in_main("FR", at(48.8566, 2.3522)));
    assert!(in_main("FR", at(42.15, 9.1)), "Corsica");
    assert!(!in_main("FR", at(4.0, -53.0)), "French Guiana");
    assert!(!in_main("FR", at(-21.1, 55.5)), "Réunion");
    // Norway without Svalbard.
    assert!(!in_main("NO", at(78.2, 15.6)), "Svalbard");
    // The Netherlands without the Caribbean.
    assert!(!in_main("NL", at(12.15, -68.27)), "Bonaire");
    // Spain with the Balearics, without the Canaries.
    assert!(in_main("ES", at(39.6, 2.9)), "Mallorca");
    assert!(in_main("ES", at(39.95, 4.05)), "Menorca");
    assert!(in_main("ES", at(38.98, 1.43)), "Ibiza");
    assert!(!in_main("ES", at(28.3, -16.6)), "Tenerife");
    // Portugal without the Azores or Madeira.
    assert!(!in_main("PT", at(37.78, -25.5)), "São Miguel");
    assert!(!in_main("PT", at(32.75, -16.95)), "Madeira");
    // Italy with Sicily and Sardinia; Denmark with Zealand; Greece with Crete.
    assert!(in_main("IT", at(37.5, 14.0)) && in_main("IT", at(40.0, 9.0)));
    assert!(in_main("DK", at(55.6415, 12.0803)), "Roskilde, on Zealand");
    assert!(in_main("DK", at(55.1, 14.9)), "Bornholm");
    assert!(in_main("GR", at(35.24, 24.8)), "Crete");
}

#[test]
fn main_bounds_frame_the_main_body() {
    let (w, s, e, n) = shape("FR").main_bounds();
    assert!(
        (-5.2..-4.5).contains(&w) && (41.3..41.4).contains(&s),
        "{w} {s}"
    );
    assert!(
        (9.5..9.6).contains(&e) && (51.0..51.2).contains(&n),
        "{e} {n}"
    );
    let (w, _, e, n) = shape("NO").main_bounds();
    assert!(
        w > 4.0 && e < 32.0 && n < 72.0,
        "mainland Norway: {w} {e} {n}"
    );
    let (w, _, e, _) = shape("RU").main_bounds();
    assert!(
        w > 19.0 && e == 180.0,
        "Kaliningrad to Chukotka's west: {w} {e}"
    );
}

#[test]
fn label_points_sit_inside_the_main_body() {
    for code in [
        "FR", "NO", "NL", "ES", "PT", "IT", "HR", "CL", "RU", "US", "ID",
    ] {
        let s = shape(code);
        let p = s.label_point();
        let (w, so, e, n) = s.main_bounds();
        assert!(
            s.contains(p) && (w..=e).contains(&p.lon) && (so..=n).contains(&p.lat),
            "{code}: {p:?}"
        );
    }
    // Far from the edges: central France, not its coast.
    let fr = shape("FR").label_point();
    assert!(
        (1.0..4.0).contains(&fr.lon) && (45.5..48.0).contains(&fr.lat),
        "{fr:?}"
    );
}

#[test]
fn for_points_picks_europe_for_european_label_points_and_the_world_beyond() {
    let europe: Vec<LonLat> = ["NL", "FR", "LT", "IT", "ES", "DE"]
        .iter()
        .map(|c| shape(c).label_point())
        .collect();
    assert_eq!(
        Projection::for_points(europe.iter().copied()),
        Projection::EuropeLaea
    );
    for far in ["US", "AU"] {
        let points = europe.iter().copied().chain([shape(far).label_point()]);
        assert_eq!(
            Projection::for_points(points),
            Projection::EqualEarth,
            "with {far}"
        );
    }
}

#[test]
fn simplified_coastlines_stay_within_the_tolerance() {
    // France's mainland in degrees at a tolerance of a tenth of a degree:
    // every point dropped lies within it of the outline kept.
    let fr = shape("FR");
    let largest = fr
        .main
        .iter()
        .map(|&i| &fr.polygons[i][0])
        .max_by_key(|r| r.len())
        .unwrap();
    let ring: Vec<(f64, f64)> = largest.iter().map(|p| (p.lon, p.lat)).collect();
    let kept = simplify_ring(&ring, 0.1);
    assert!(
        kept.len() >= 3 && kept.len() < ring.len() / 4,
        "{} of {}",
        kept.len(),
        ring.len()
    );
    let outline: Vec<_> = kept
        .iter()
        .zip(kept.iter().skip(1).chain(kept.first()))
        .collect();
    for p in &ring {
        let nearest = outline
            .iter()
            .map(|(a, b)| segment_distance(*p, **a, **b))
            .fold(f64::INFINITY, f64::min);
        assert!(nearest <= 0.1 + 1e-9, "{p:?} is {nearest} from the outline");
    }
}

fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length_sq).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a.0 + t * dx - p.0).hypot(a.1 + t * dy - p.1)
}

// The projections and the plane geometry, on their own.

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
