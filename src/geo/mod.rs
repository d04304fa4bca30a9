//! Geography for maps: the bundled Natural Earth country shapes and the map
//! projections they are drawn through, and the gazetteer that finds where a
//! place is ([`cities`]). Plain data and arithmetic: nothing here knows about a
//! scene or a view.
//!
//! The shapes come from `assets/geo/countries-50m.bin` (its README says where
//! from and how it is rebuilt), the cities from `assets/geo/cities15000.tsv`
//! (CITIES.md), each decoded once on first use.

pub mod cities;
mod countries;
mod label;
pub mod projection;

pub use countries::{CountryShape, countries, country_shape};
pub use projection::{Projection, clip_rings, simplify_ring};

/// A point on the Earth in degrees (WGS84 / ETRS89 treated alike).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    /// Longitude, degrees east of Greenwich (negative west).
    pub lon: f64,
    /// Latitude, degrees north of the equator (negative south).
    pub lat: f64,
}
