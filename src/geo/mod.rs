//! Geography for maps: the map projections and the plane geometry that
//! follows them. Plain data and arithmetic: nothing here knows about a scene
//! or a view.

pub mod projection;

pub use projection::{Projection, clip_rings, simplify_ring};

/// A point on the Earth in degrees (WGS84 / ETRS89 treated alike).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    /// Longitude, degrees east of Greenwich (negative west).
    pub lon: f64,
    /// Latitude, degrees north of the equator (negative south).
    pub lat: f64,
}
