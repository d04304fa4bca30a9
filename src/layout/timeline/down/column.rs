//! The page across when time runs down: the canvas, the room kept at its sides,
//! and from left to right the axis labels, the team gutter, the axis and the
//! column of names.

use super::super::Size;
use super::super::frame::STACKED_UNDER;
use super::MARKER_R;
use crate::layout::kit::MARGIN;

/// How wide a column of time is drawn when the size leaves it to the layout
/// (`--size auto`): a reading column, not a 1920 px banner of short lines.
const AUTO_WIDTH: f64 = 640.0;

/// The room either side of a phone's column: what a 48 px page margin would
/// take is a quarter of the width that names have to wrap in.
const NARROW_MARGIN: f64 = 16.0;

/// The widest the team gutter grows; more teams at once share it in thinner bars.
const GUTTER_MAX: f64 = 72.0;

/// Team bars' pitch and width when there is room.
const PITCH: f64 = 12.0;
const BAR_W: f64 = 8.0;

/// The canvas. Every step draws at the page margin of every view
/// ([`MARGIN`]) on a canvas `2 × shift` wider than asked, and the finished
/// picture is moved `shift` to the left: the shared heading, legend and
/// footnote keep their code, and the margin is the narrow one.
#[derive(Clone, Copy, Debug)]
pub(super) struct Page {
    /// The canvas width asked for.
    pub(super) width: f64,
    /// The canvas height asked for, if fixed.
    pub(super) fixed_height: Option<f64>,
    /// The width drawn on.
    pub(super) inner: f64,
    pub(super) shift: f64,
}

impl Page {
    /// Guarantees: a canvas narrower than [`STACKED_UNDER`] keeps
    /// [`NARROW_MARGIN`] either side, a wider one the page margin.
    pub(super) fn new(size: Size) -> Page {
        let (width, fixed_height) = match size {
            Size::Auto => (AUTO_WIDTH, None),
            Size::Column { width } => (width, None),
            Size::Fixed { width, height } => (width, Some(height)),
        };
        let shift = if width < STACKED_UNDER {
            MARGIN - NARROW_MARGIN
        } else {
            0.0
        };
        Page {
            width,
            fixed_height,
            inner: width + 2.0 * shift,
            shift,
        }
    }
}

/// Where things go across, left to right.
#[derive(Clone, Copy, Debug)]
pub(super) struct Column {
    /// Right edge of the axis labels.
    pub(super) labels_right: f64,
    /// Left edge of the team gutter; its columns' pitch and a bar's width.
    pub(super) gutter_x: f64,
    pub(super) pitch: f64,
    pub(super) bar_w: f64,
    /// The time axis, on which events' marks sit.
    pub(super) axis_x: f64,
    /// Left and right edges of the names.
    pub(super) text_x: f64,
    pub(super) right: f64,
}

impl Column {
    /// A column with axis labels `labels_w` wide and `teams` columns of team
    /// bars. Guarantees: labels, gutter, marks and names in that order, apart;
    /// the gutter at most [`GUTTER_MAX`] wide.
    pub(super) fn new(page: &Page, labels_w: f64, teams: usize) -> Column {
        let labels_right = MARGIN + labels_w;
        let gutter_x = labels_right + 10.0;
        let n = teams as f64;
        let pitch = if n * PITCH > GUTTER_MAX {
            GUTTER_MAX / n
        } else {
            PITCH
        };
        let bar_w = if pitch < PITCH {
            (pitch * 0.7).max(2.0)
        } else {
            BAR_W
        };
        let gutter_w = if teams > 0 { n * pitch + 6.0 } else { 0.0 };
        let axis_x = gutter_x + gutter_w + MARKER_R;
        Column {
            labels_right,
            gutter_x,
            pitch,
            bar_w,
            axis_x,
            text_x: axis_x + MARKER_R + 10.0,
            right: page.inner - MARGIN,
        }
    }

    /// The width names wrap to.
    pub(super) fn text_w(&self) -> f64 {
        self.right - self.text_x
    }

    /// The left edge of team column `k`'s bars.
    pub(super) fn bar_x(&self, k: usize) -> f64 {
        self.gutter_x + k as f64 * self.pitch
    }
}
