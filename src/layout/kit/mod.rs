//! What every view draws the same way: margins, measured labels, the heading,
//! the legend, the footnote, the numbered key, hover-text wording, and the spatial indexes that
//! keep labels off marks.

mod colors;
mod footnote;
mod grid;
mod heading;
mod key;
mod legend;
mod text;
mod tooltip;

pub use colors::{Colors, Swatch};
pub(crate) use footnote::{Note, draw_notes, source_notes};
pub(crate) use grid::{BoxGrid, FrozenBoxGrid};
pub(crate) use heading::{heading, nothing_to_draw, nothing_to_draw_why};
pub(crate) use key::{KeyEntry, KeyLine, draw_key};
pub(crate) use legend::{LegendEntry, LegendStyle, draw_legend};
pub use text::label;
pub(crate) use text::note;
pub(crate) use tooltip::{
    team_kind_name, write_event_details, write_period, write_roles, write_sources,
};

/// Type size of names beside marks (line and node names, legend entries), in px.
pub(crate) const LABEL: f64 = 16.0;

/// Page margin of every view, in px.
pub(crate) const MARGIN: f64 = 48.0;
