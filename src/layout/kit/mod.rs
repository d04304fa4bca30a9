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
    agency_kind_name, confidence_name, context_kind_name, team_kind_name, write_confidence,
    write_event_details, write_period, write_places_and_outcomes, write_roles, write_sources,
};

/// Type size of names beside marks (line and node names, legend entries), in px.
pub(crate) const LABEL: f64 = 16.0;

/// Page margin of every view, in px.
pub(crate) const MARGIN: f64 = 48.0;

/// The legend's words for a hatched mark, the same in every view.
pub(crate) fn low_confidence() -> &'static str {
    crate::i18n::static_text("legend-low-confidence")
}

/// A mark's fill: its colour at `opacity`, or hatched when the record it
/// draws is of low confidence (so no reader takes it as established).
pub(crate) fn mark_fill(
    color: crate::style::Color,
    opacity: f64,
    low: bool,
) -> crate::scene::Paint {
    if low {
        crate::scene::Paint::Hatch(color)
    } else {
        crate::scene::Paint::Solid(color, opacity)
    }
}

/// The ring around a solid dot: the background, setting it off its line; a
/// hatched dot is ringed in its own colour, so its outline stays whole.
pub(crate) fn mark_ring(
    theme: &crate::style::Theme,
    color: crate::style::Color,
    low: bool,
) -> crate::scene::Stroke {
    crate::scene::Stroke {
        color: if low { color } else { theme.background },
        width: if low { 1.5 } else { 2.5 },
        dash: None,
        opacity: 1.0,
    }
}

/// ` (3 named only by country)`: how many of the agencies counted are a
/// country's authorities that the sources name no agency of.
pub(crate) fn unnamed_words(n: usize) -> String {
    format!(" {}", crate::i18n::t!("named-only-by-country", count = n))
}
