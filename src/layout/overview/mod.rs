//! The overview: a case with more agencies than a timeline's lanes or a
//! storyline's lines can show legibly is drawn as a row of counts per
//! country over time (density bands, each bin's exact count in its tooltip,
//! each row's total beside its name), under a histogram of all events and of
//! the teams at work, with a note saying how to see every agency.
//!
//! When: [`Overview::Auto`] draws it when the agencies taking part in the
//! window outnumber [`most_lanes`] for the size (120 at the automatic size;
//! on a fixed canvas, twice the lanes of 16 px that fit under the heading,
//! 100 on a 1920×1080 slide) and the reader has not chosen the lanes or
//! lines (`--lanes`, `--by country`) or an agency in focus (`--focus`). A web page keeps every agency: its
//! search and chapters light single records.

mod counts;
mod draw;

pub(crate) use draw::layout_overview;

use crate::layout::Size;
use crate::model::Model;

/// Whether a large case is drawn as an overview ([`crate::Options::overview`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Overview {
    /// When the agencies are too many for a lane (or line) each at the size.
    #[default]
    Auto,
    /// Always, whatever the size of the case.
    Always,
    /// Never: a lane or line per agency, however tall the picture.
    Never,
}

/// The view an overview stands in for (it changes only the words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Of {
    Timeline,
    Storyline,
}

/// Lanes (or lines) drawn one per agency at the automatic size: about five
/// screens of lanes, past which a reader scrolls without finding anything.
pub const AUTO_LANES: usize = 120;

/// A lane's least height on a fixed canvas, and the height a fixed canvas
/// keeps for the heading, axis, legend and notes.
const MIN_LANE: f64 = 16.0;
const CHROME: f64 = 280.0;

/// The most agencies drawn a lane (or line) each at `size`: at the
/// automatic size 120 (`AUTO_LANES`); on a fixed canvas twice the 16 px lanes
/// that fit under the heading (the timeline first tries a lane per country).
pub fn most_lanes(size: Size) -> usize {
    match size {
        Size::Fixed { height, .. } => {
            (2.0 * ((height - CHROME) / MIN_LANE).floor()).max(12.0) as usize
        }
        Size::Auto | Size::Column { .. } => AUTO_LANES,
    }
}

/// Whether view `view` (by name) draws `model` as an overview with `opts`.
pub fn drawn_as_overview(view: &str, model: &Model, opts: &crate::layout::Options) -> bool {
    // Lanes or lines the reader chose are kept, as with `--overview never`;
    // so is the timeline around an agency in focus, which an overview by
    // country could not show.
    let chosen = match view {
        "timeline" => opts.lanes.is_some() || opts.focus.is_some(),
        "storyline" => opts.by == crate::graph::Grouping::Country,
        _ => return false,
    };
    wanted(model, opts, chosen)
}

/// Agencies that take part in an event or a team (as member or host)
/// within the window, the lanes or lines a view would draw.
pub fn agencies_drawn(model: &Model, opts: &crate::layout::Options) -> usize {
    agencies_in_window(model, opts)
}

/// Whether `opts` asks for the overview of `model`; `chosen`: the reader
/// chose what the lanes or lines stand for, which [`Overview::Auto`] keeps.
fn wanted(model: &Model, opts: &crate::layout::Options, chosen: bool) -> bool {
    match opts.overview {
        Overview::Always => true,
        Overview::Never => false,
        Overview::Auto => {
            !opts.page && !chosen && agencies_in_window(model, opts) > most_lanes(opts.size)
        }
    }
}

/// Agencies that take part in an event or a team (as member or host)
/// within the window.
fn agencies_in_window(model: &Model, opts: &crate::layout::Options) -> usize {
    let (from, to) = (opts.from.as_ref(), opts.to.as_ref());
    let mut seen = vec![false; model.agencies.len()];
    for e in model.events.iter().filter(|e| e.period().within(from, to)) {
        e.participants.iter().for_each(|a| seen[a.0] = true);
    }
    for t in model.teams.iter().filter(|t| t.period().within(from, to)) {
        t.members.iter().for_each(|m| seen[m.agency.0] = true);
        if let Some(h) = t.hosted_by {
            seen[h.0] = true;
        }
    }
    seen.iter().filter(|s| **s).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slide_holds_fewer_lanes_than_a_tall_picture() {
        let slide = most_lanes(Size::Fixed {
            width: 1920.0,
            height: 1080.0,
        });
        assert_eq!(slide, 100);
        assert!(slide < most_lanes(Size::Auto));
        let tiny = most_lanes(Size::Fixed {
            width: 400.0,
            height: 200.0,
        });
        assert_eq!(tiny, 12);
    }
}
