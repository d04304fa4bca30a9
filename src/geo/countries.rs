//! The bundled country shapes: Natural Earth 1:50m admin-0 countries, decoded
//! from `assets/geo/countries-50m.bin` once, on first use.
//!
//! The file's format is described in the header of
//! `scripts/geo/make-countries.py`, which writes it. Decoding never panics:
//! from damaged bytes it keeps the records read whole before the damage.

use std::sync::OnceLock;

use super::LonLat;
use super::label;
use crate::model::Country;

/// The file written by `scripts/geo/make-countries.py`.
static DATA: &[u8] = include_bytes!("../../assets/geo/countries-50m.bin");

/// The file's first bytes: a name, then the format version.
const MAGIC: &[u8; 8] = b"coopgeo\x01";

/// GeoNames continent codes, the only ones a shape carries.
const CONTINENTS: [&str; 7] = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"];

/// Kilometres in a degree of a great circle on the sphere of the WGS84
/// ellipsoid's area (radius 6371.007 km): close enough everywhere for
/// telling near from far.
const KM_PER_DEGREE: f64 = 6371.007 * std::f64::consts::PI / 180.0;

/// How near a polygon must be to count as part of a country's main body: half
/// the side of a square as large as the largest polygon, but at least
/// [`NEAR_MIN_KM`] (so small countries keep their close islands) and at most
/// [`NEAR_MAX_KM`] (so a vast country does not gather far-off ones).
const NEAR_SHARE: f64 = 0.5;
/// See [`NEAR_SHARE`].
const NEAR_MIN_KM: f64 = 150.0;
/// See [`NEAR_SHARE`].
const NEAR_MAX_KM: f64 = 500.0;

/// One country (or codeless land area) of the bundled Natural Earth data.
///
/// In the bundled data every shape has at least one polygon, every polygon at
/// least one ring, every ring at least three points, and `main` is never
/// empty. Rings are closed implicitly (the first point is not repeated at the
/// end) and have no set orientation: fill them even-odd. No ring crosses the
/// antimeridian: longitudes stay within -180..=180 and a ring that reached
/// across is split into pieces that meet at ±180.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// ISO 3166-1 alpha-2 as used by crate::model::Country ("XK" for Kosovo); None for land with no code.
    pub code: Option<&'static str>,
    /// GeoNames continent code ("EU", "AS", "AF", "NA", "SA", "OC", "AN"), None if unknown.
    pub continent: Option<&'static str>,
    /// Polygons; each is rings, the first the outer boundary, the rest holes. Degrees.
    pub polygons: Vec<Vec<Vec<LonLat>>>,
    /// Indices into `polygons` of the country's main body, in ascending order:
    /// its largest polygon (by area, reckoned with longitude scaled by the
    /// cosine of the polygon's middle latitude) and those near it. A
    /// polygon is near when the gap between its bounding box and that of a
    /// polygon already in the main body is at most half the side of a square
    /// as large as the largest polygon, kept within 150..=500 km (gaps measured
    /// on the ground, longitude scaled by the cosine of latitude). So France
    /// has its mainland and Corsica, not French Guiana or Réunion; Norway is
    /// without Svalbard; the Netherlands without the Caribbean; Spain with the
    /// Balearics and without the Canaries; Portugal without the Azores and
    /// Madeira. Gaps are not measured across the antimeridian, so the main
    /// body never spans it (Russia's main body stops at 180°E).
    /// Used to frame a map and place labels.
    pub main: Vec<usize>,
}

impl CountryShape {
    /// Whether the point is inside the country (even-odd over all rings; any polygon).
    pub fn contains(&self, p: LonLat) -> bool {
        let rings = self.polygons.iter().flatten();
        rings.filter(|ring| crosses_east_of(ring, p)).count() % 2 == 1
    }

    /// A point well inside the largest main polygon, far from its edges (pole of inaccessibility,
    /// computed in a locally equal-distance metric, i.e. lon scaled by cos(lat)), for a label or a marker.
    ///
    /// Inside the polygon (not in a hole) to within a five-hundredth of its
    /// size. A shape with no polygons gives (0, 0).
    pub fn label_point(&self) -> LonLat {
        match self.largest_main() {
            Some(polygon) => label::pole_of_inaccessibility(polygon),
            None => LonLat { lon: 0.0, lat: 0.0 },
        }
    }

    /// Bounding box of the main body: (west, south, east, north) in degrees.
    ///
    /// West is never greater than east (the main body never spans the
    /// antimeridian). A shape with no main polygon gives all zeros.
    pub fn main_bounds(&self) -> (f64, f64, f64, f64) {
        let outers = self
            .main
            .iter()
            .filter_map(|&i| self.polygons.get(i)?.first());
        let bounds = outers.map(|ring| Bounds::of(ring)).reduce(Bounds::union);
        match bounds {
            Some(b) if b.west <= b.east => (b.west, b.south, b.east, b.north),
            _ => (0.0, 0.0, 0.0, 0.0),
        }
    }

    /// The main polygon of the largest area, if any.
    fn largest_main(&self) -> Option<&[Vec<LonLat>]> {
        let main = self.main.iter().filter_map(|&i| self.polygons.get(i));
        let by_area = |p: &&Vec<Vec<LonLat>>| p.first().map_or(0.0, |r| area_km2(r));
        main.max_by(|a, b| by_area(a).total_cmp(&by_area(b)))
            .map(Vec::as_slice)
    }
}

/// Every shape, decoded once on first use (std::sync::OnceLock), in the file's order (sorted by code, codeless last).
pub fn countries() -> &'static [CountryShape] {
    static SHAPES: OnceLock<Vec<CountryShape>> = OnceLock::new();
    SHAPES.get_or_init(|| decode(DATA).0)
}

/// The shape of a country by alpha-2 code (case-insensitive); None for codes the data lacks.
pub fn country_shape(code: &str) -> Option<&'static CountryShape> {
    let has_code = |s: &&CountryShape| s.code.is_some_and(|c| c.eq_ignore_ascii_case(code));
    countries().iter().find(has_code)
}

/// Whether a ray from `p` due east crosses the ring's outline an odd number
/// of times (the even-odd rule, one ring at a time).
fn crosses_east_of(ring: &[LonLat], p: LonLat) -> bool {
    let next = ring.iter().skip(1).chain(ring.first());
    let mut odd = false;
    for (a, b) in ring.iter().zip(next) {
        // Half-open in latitude, so a vertex on the ray counts once.
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let lon = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if p.lon < lon {
                odd = !odd;
            }
        }
    }
    odd
}

/// A ring's area in km², whatever its orientation, in the plane where a
/// degree of longitude is scaled by the cosine of the latitude midway up the
/// ring: within a few percent of its area on the ground for rings of a few
/// degrees, good enough to tell a country's largest polygon for any. One
/// cosine per ring, as this runs over every point when the file is decoded.
fn area_km2(ring: &[LonLat]) -> f64 {
    let Some(&last) = ring.last() else {
        return 0.0;
    };
    let b = Bounds::of(ring);
    let lon_scale = ((b.south + b.north) / 2.0).to_radians().cos();
    // From the last point, so the products stay small and precise.
    let (mut x0, mut y0) = (0.0, 0.0);
    let mut twice = 0.0;
    for &p in ring {
        let (x1, y1) = (p.lon - last.lon, p.lat - last.lat);
        twice += x0 * y1 - x1 * y0;
        (x0, y0) = (x1, y1);
    }
    (twice / 2.0).abs() * lon_scale * KM_PER_DEGREE * KM_PER_DEGREE
}

/// A box in degrees; `west <= east` and `south <= north` for any box made
/// from points.
#[derive(Clone, Copy, Debug)]
struct Bounds {
    west: f64,
    south: f64,
    east: f64,
    north: f64,
}

impl Bounds {
    /// The box round a ring's points (inverted, west > east, for no points).
    fn of(ring: &[LonLat]) -> Bounds {
        let empty = Bounds {
            west: f64::INFINITY,
            south: f64::INFINITY,
            east: f64::NEG_INFINITY,
            north: f64::NEG_INFINITY,
        };
        ring.iter().fold(empty, |b, p| Bounds {
            west: b.west.min(p.lon),
            south: b.south.min(p.lat),
            east: b.east.max(p.lon),
            north: b.north.max(p.lat),
        })
    }

    /// The smallest box holding both.
    fn union(self, o: Bounds) -> Bounds {
        Bounds {
            west: self.west.min(o.west),
            south: self.south.min(o.south),
            east: self.east.max(o.east),
            north: self.north.max(o.north),
        }
    }

    /// The gap between two boxes on the ground, in km (0 when they touch or
    /// overlap): never more than the gap between what they hold. Longitude is
    /// scaled by the cosine of the latitude midway between their centres; the
    /// gap is not measured round the antimeridian.
    fn gap_km(&self, o: &Bounds) -> f64 {
        let mid_lat = (self.south + self.north + o.south + o.north) / 4.0;
        let dx = (o.west - self.east).max(self.west - o.east).max(0.0);
        let dy = (o.south - self.north).max(self.south - o.north).max(0.0);
        (dx * mid_lat.to_radians().cos()).hypot(dy) * KM_PER_DEGREE
    }
}

/// The main body of a country, as documented on [`CountryShape::main`]:
/// indices in ascending order, holding the largest polygon; empty only when
/// there are no polygons.
fn main_body(polygons: &[Vec<Vec<LonLat>>]) -> Vec<usize> {
    let outers: Vec<&[LonLat]> = polygons
        .iter()
        .map(|p| p.first().map_or(&[][..], Vec::as_slice))
        .collect();
    let areas: Vec<f64> = outers.iter().map(|r| area_km2(r)).collect();
    let Some(largest) = (0..areas.len()).max_by(|&a, &b| areas[a].total_cmp(&areas[b])) else {
        return Vec::new();
    };
    let near_km = (NEAR_SHARE * areas[largest].sqrt()).clamp(NEAR_MIN_KM, NEAR_MAX_KM);
    let boxes: Vec<Bounds> = outers.iter().map(|r| Bounds::of(r)).collect();
    let mut in_main = vec![false; polygons.len()];
    in_main[largest] = true;
    // Grows outwards from the largest: a polygon near one already in is in.
    let mut todo = vec![largest];
    while let Some(from) = todo.pop() {
        for (i, b) in boxes.iter().enumerate() {
            if !in_main[i] && boxes[from].gap_km(b) <= near_km {
                in_main[i] = true;
                todo.push(i);
            }
        }
    }
    (0..polygons.len()).filter(|&i| in_main[i]).collect()
}

/// Decodes the file: the shapes read whole, in the file's order, and whether
/// that was every record with no byte left over. Shapes with no polygon left
/// (every ring too short) are dropped.
fn decode(bytes: &[u8]) -> (Vec<CountryShape>, bool) {
    let mut reader = Reader { bytes };
    let Some(grid) = Grid::read(&mut reader) else {
        return (Vec::new(), false);
    };
    let Some(count) = reader.count() else {
        return (Vec::new(), false);
    };
    let mut shapes = Vec::new();
    for _ in 0..count {
        // Each record takes bytes, so damage ends this loop soon.
        let Some(shape) = record(&mut reader, &grid) else {
            return (shapes, false);
        };
        if !shape.polygons.is_empty() {
            shapes.push(shape);
        }
    }
    (shapes, reader.bytes.is_empty())
}

/// One record: code, continent and polygons (None if the bytes end or break).
fn record(reader: &mut Reader, grid: &Grid) -> Option<CountryShape> {
    let code = letters(reader.take(2)?)
        .and_then(Country::from_code)
        .filter(Country::is_country)
        .map(|c| c.code());
    let continent = letters(reader.take(2)?).and_then(|c| CONTINENTS.into_iter().find(|k| *k == c));
    let count = reader.count()?;
    let mut cursor = (0, 0);
    let mut polygons = Vec::new();
    for _ in 0..count {
        let rings = polygon(reader, grid, &mut cursor)?;
        if !rings.is_empty() {
            polygons.push(rings);
        }
    }
    let main = main_body(&polygons);
    Some(CountryShape {
        code,
        continent,
        polygons,
        main,
    })
}

/// One polygon's rings; empty if its outer ring has under three points
/// (holes that short are left out).
fn polygon(reader: &mut Reader, grid: &Grid, cursor: &mut (i64, i64)) -> Option<Vec<Vec<LonLat>>> {
    let count = reader.count()?;
    let mut rings = Vec::new();
    let mut outer_ok = true;
    for i in 0..count {
        let ring = ring(reader, grid, cursor)?;
        if ring.len() >= 3 {
            rings.push(ring);
        } else if i == 0 {
            outer_ok = false;
        }
    }
    Some(if outer_ok { rings } else { Vec::new() })
}

/// One ring's points; `cursor` is the record's previous point, in grid units.
fn ring(reader: &mut Reader, grid: &Grid, cursor: &mut (i64, i64)) -> Option<Vec<LonLat>> {
    let count = reader.count()?;
    // A point takes two bytes at least: a damaged count allocates no more.
    let mut points = Vec::with_capacity(count.min(reader.bytes.len() / 2));
    for _ in 0..count {
        cursor.0 = cursor.0.checked_add(reader.zigzag()?)?;
        cursor.1 = cursor.1.checked_add(reader.zigzag()?)?;
        points.push(grid.point(*cursor));
    }
    Some(points)
}

/// Two ASCII capitals as text; None for the two zero bytes of "no code".
fn letters(bytes: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(bytes).ok()?;
    text.bytes().all(|b| b.is_ascii_uppercase()).then_some(text)
}

/// The file's integer grid: degrees are `integer * scale + translate`.
struct Grid {
    scale: (f64, f64),
    translate: (f64, f64),
}

impl Grid {
    /// Checks the magic bytes and reads the grid; None unless every number is
    /// finite and the scales positive.
    fn read(reader: &mut Reader) -> Option<Grid> {
        if reader.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let (sx, sy, tx, ty) = (reader.f64()?, reader.f64()?, reader.f64()?, reader.f64()?);
        let finite = [sx, sy, tx, ty].iter().all(|v| v.is_finite());
        (finite && sx > 0.0 && sy > 0.0).then_some(Grid {
            scale: (sx, sy),
            translate: (tx, ty),
        })
    }

    /// A grid point in degrees, kept on the globe (the grid's edge at ±180
    /// can come out a rounding error beyond it).
    fn point(&self, (x, y): (i64, i64)) -> LonLat {
        let lon = x as f64 * self.scale.0 + self.translate.0;
        let lat = y as f64 * self.scale.1 + self.translate.1;
        LonLat {
            lon: lon.clamp(-180.0, 180.0),
            lat: lat.clamp(-90.0, 90.0),
        }
    }
}

/// Reads the file's numbers from the front of `bytes`; every read is None
/// past the end, so no damage panics.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(head)
    }

    /// An unsigned LEB128 number of at most ten bytes.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..70).step_by(7) {
            let byte = *self.take(1)?.first()?;
            value |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A zigzag-encoded signed number (0, -1, 1, -2 … as 0, 1, 2, 3 …).
    fn zigzag(&mut self) -> Option<i64> {
        let v = self.varint()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn count(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    fn f64(&mut self) -> Option<f64> {
        Some(f64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::country::all_codes;

    /// Codes the format accepts that Natural Earth 1:50m has no shape of its
    /// own for, and why.
    const NOT_IN_THE_DATA: [(&str, &str); 16] = [
        ("BQ", "drawn as part of the Netherlands"),
        ("BV", "too small for the scale"),
        ("CC", "in the codeless Indian Ocean Territories"),
        ("CX", "in the codeless Indian Ocean Territories"),
        ("EU", "a body above countries"),
        ("GF", "drawn as part of France"),
        ("GI", "too small for the scale"),
        ("GP", "drawn as part of France"),
        ("INT", "a body above countries"),
        ("MQ", "drawn as part of France"),
        ("RE", "drawn as part of France"),
        ("SJ", "drawn as part of Norway"),
        ("TK", "too small for the scale"),
        ("TV", "too small for the scale"),
        ("UM", "too small for the scale"),
        ("YT", "drawn as part of France"),
    ];

    #[test]
    fn the_bundled_file_decodes_whole() {
        let (shapes, complete) = decode(DATA);
        assert!(complete, "every record read, no byte left over");
        assert_eq!(shapes.len(), 240);
        assert_eq!(shapes.len(), countries().len());
        let points: usize = shapes
            .iter()
            .flat_map(|s| s.polygons.iter().flatten())
            .map(Vec::len)
            .sum();
        assert!(points > 90_000, "{points}");
    }

    #[test]
    fn every_real_country_the_data_has_is_found() {
        let mut missing: Vec<&str> = all_codes().filter(|c| country_shape(c).is_none()).collect();
        missing.sort_unstable();
        let expected: Vec<&str> = NOT_IN_THE_DATA.iter().map(|(code, _)| *code).collect();
        assert_eq!(missing, expected);
        // And every shape's code is one the format accepts.
        for code in countries().iter().filter_map(|s| s.code) {
            assert!(all_codes().any(|c| c == code), "{code}");
        }
    }

    #[test]
    fn damaged_bytes_decode_to_what_precedes_the_damage() {
        assert!(decode(&[]).0.is_empty());
        assert!(decode(b"coopgeo\x02").0.is_empty(), "an unknown version");
        // Cut anywhere: no panic, never more shapes, never "complete".
        for cut in (0..DATA.len()).step_by(997).chain([DATA.len() - 1]) {
            let (shapes, complete) = decode(&DATA[..cut]);
            assert!(shapes.len() < 240 && !complete, "cut at {cut}");
        }
        // Bytes flipped anywhere: no panic.
        let mut bytes = DATA.to_vec();
        for (i, at) in (0..bytes.len()).step_by(1201).enumerate() {
            bytes[at] ^= 0x80 | (i as u8);
            let _ = decode(&bytes);
        }
    }

    #[test]
    fn hostile_counts_and_numbers_do_not_allocate_or_overflow() {
        let mut bytes = MAGIC.to_vec();
        for v in [0.01f64, 0.01, -180.0, -90.0] {
            bytes.extend(v.to_le_bytes());
        }
        // One record, "FR", no continent, 2^63 polygons of 2^63 rings of
        // 2^63 points, then coordinates that overflow i64.
        bytes.push(1);
        bytes.extend(b"FR\0\0");
        let huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
        for _ in 0..3 {
            bytes.extend(huge);
        }
        bytes.extend([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01].repeat(8));
        let (shapes, complete) = decode(&bytes);
        assert!(shapes.is_empty() && !complete);
        // A transform that is not a number.
        let mut nan = MAGIC.to_vec();
        nan.extend(f64::NAN.to_le_bytes().repeat(4));
        nan.push(0);
        assert!(decode(&nan).0.is_empty());
    }

    #[test]
    fn shapes_with_nothing_in_them_do_not_panic() {
        let empty = CountryShape {
            code: None,
            continent: None,
            polygons: vec![],
            main: vec![3],
        };
        assert_eq!(empty.label_point(), LonLat { lon: 0.0, lat: 0.0 });
        assert_eq!(empty.main_bounds(), (0.0, 0.0, 0.0, 0.0));
        assert!(!empty.contains(LonLat { lon: 0.0, lat: 0.0 }));
        assert!(main_body(&[]).is_empty());
    }
}
