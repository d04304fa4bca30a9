//! Stage 4, layout: pure geometry. A view takes the model (or graph), a text
//! measurer and options, and returns a [`crate::scene::Scene`]; it never writes SVG.

pub mod network;
pub mod scale;
pub mod sparse_stress;
pub mod storyline;
pub mod timeline;

pub use network::{NetColor, NetworkOptions, NetworkStats, layout_network};
pub use storyline::{StoryBy, StoryColor, StorylineOptions, StorylineStats, layout_storyline};
pub use timeline::{LaneMode, Size, TimelineOptions, layout_timeline};

use crate::scene::{Anchor, Rect, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, truncate};

/// Page margin of every view, in px.
pub(crate) const MARGIN: f64 = 48.0;

/// Draws a view's title and subtitle at the top left, each cut to one line, and
/// returns them as drawn with the y just below the subtitle.
pub(crate) fn heading(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    title: &str,
    subtitle: &str,
) -> (String, String, f64) {
    const TITLE: f64 = 44.0;
    const SUBTITLE: f64 = 24.0;
    let width = scene.width;
    let title =
        truncate(m, title, TITLE, Weight::Semibold, width - 2.0 * MARGIN).unwrap_or_default();
    let mut y = MARGIN + m.ascent(TITLE);
    scene.push_text(
        m,
        MARGIN,
        y,
        &title,
        TITLE,
        Weight::Semibold,
        theme.text,
        Anchor::Start,
    );
    y += m.descent(TITLE) + 8.0 + m.ascent(SUBTITLE);
    let subtitle =
        truncate(m, subtitle, SUBTITLE, Weight::Regular, width - 2.0 * MARGIN).unwrap_or_default();
    scene.push_text(
        m,
        MARGIN,
        y,
        &subtitle,
        SUBTITLE,
        Weight::Regular,
        theme.muted,
        Anchor::Start,
    );
    (title, subtitle, y + m.descent(SUBTITLE))
}

/// Boxes filed under the square cells they touch, so that the boxes near a place
/// are found without looking at all of them.
pub(crate) struct BoxGrid {
    cell: f64,
    /// Hashed fast rather than safely: keys are small integers from our own layout,
    /// and only yes-or-no questions are asked, so the order cannot show.
    cells: rustc_hash::FxHashMap<(i64, i64), Vec<usize>>,
    /// Boxes spanning too many cells to file; always looked at.
    wide: Vec<usize>,
    boxes: Vec<Rect>,
}

impl BoxGrid {
    pub(crate) fn new(cell: f64) -> BoxGrid {
        BoxGrid {
            cell,
            cells: rustc_hash::FxHashMap::default(),
            wide: Vec::new(),
            boxes: Vec::new(),
        }
    }

    /// The cells `r` touches, or None if they are too many to visit.
    fn span(&self, r: &Rect) -> Option<(i64, i64, i64, i64)> {
        let at = |v: f64| (v / self.cell).floor() as i64;
        let (x0, x1, y0, y1) = (at(r.x), at(r.right()), at(r.y), at(r.bottom()));
        let count = (x1 as i128 - x0 as i128 + 1) * (y1 as i128 - y0 as i128 + 1);
        (count <= 4096).then_some((x0, x1, y0, y1))
    }

    pub(crate) fn insert(&mut self, r: Rect) {
        let id = self.boxes.len();
        self.boxes.push(r);
        match self.span(&r) {
            Some((x0, x1, y0, y1)) => {
                for x in x0..=x1 {
                    for y in y0..=y1 {
                        self.cells.entry((x, y)).or_default().push(id);
                    }
                }
            }
            None => self.wide.push(id),
        }
    }

    /// True if `r` overlaps a box of the grid (as [`Rect::overlaps`] counts it).
    pub(crate) fn overlaps(&self, r: &Rect) -> bool {
        self.overlaps_other(r, |_| false)
    }

    /// True if `r` overlaps a box of the grid for which `skip` is false.
    pub(crate) fn overlaps_other(&self, r: &Rect, skip: impl Fn(&Rect) -> bool) -> bool {
        let hit = |id: &usize| {
            let b = &self.boxes[*id];
            b.overlaps(r) && !skip(b)
        };
        if self.wide.iter().any(hit) {
            return true;
        }
        match self.span(r) {
            Some((x0, x1, y0, y1)) => (x0..=x1).any(|x| {
                (y0..=y1).any(|y| {
                    self.cells
                        .get(&(x, y))
                        .is_some_and(|ids| ids.iter().any(hit))
                })
            }),
            None => self.boxes.iter().any(|b| b.overlaps(r) && !skip(b)),
        }
    }
}
