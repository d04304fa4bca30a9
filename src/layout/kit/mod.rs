//! What every view draws the same way: margins, the heading, the legend, the
//! footnote, and the spatial indexes that keep labels off marks.

mod footnote;
mod grid;
mod heading;
mod legend;

pub(crate) use footnote::{Note, draw_notes, source_notes};
pub(crate) use grid::{BoxGrid, FrozenBoxGrid};
pub(crate) use heading::heading;
pub(crate) use legend::{LegendEntry, LegendStyle, draw_legend};

/// Page margin of every view, in px.
pub(crate) const MARGIN: f64 = 48.0;
