//! What every view draws the same way: margins, the heading, and the spatial
//! indexes that keep labels off marks.

mod grid;
mod heading;

pub(crate) use grid::{BoxGrid, FrozenBoxGrid};
pub(crate) use heading::heading;

/// Page margin of every view, in px.
pub(crate) const MARGIN: f64 = 48.0;
