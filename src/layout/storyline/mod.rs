//! The storyline view: every agency (or country) is a line running left to right;
//! while agencies share a team or an event their lines run side by side inside a
//! labelled band, and split apart when the cooperation ends.
//!
//! After Tanahashi & Ma (2012) and StoryFlow (Liu et al. 2013): time becomes a
//! sequence of slots (one per date at which something starts or ends); at each slot
//! an agency belongs to at most one group; groups are ordered by barycentre sweeps
//! over the slots to cut crossings (ties broken by id, so the result is
//! deterministic), lines are then aligned across slots to cut wiggles, and the
//! layout is compacted so bands never overlap.
//!
//! The steps, in the order [`layout_storyline`] runs them, one file each:
//! - `story`: the slots, the lines, and each line's group at every slot;
//! - `order`: the lines ordered at every slot to cut crossings (`crossings`
//!   counts them);
//! - `place`: the height of every line at every slot;
//! - `lines`: where the slots stand across the page, each line's path, the lines
//!   drawn;
//! - `obstacles`: what labels must keep clear of (lines, bands, labels);
//! - `bands`: a band per team or event at each slot, named once per run;
//! - `labels`: each line named at an end, and again after a long stretch;
//! - `axis`, `legend`, `frame`: the dates, the colours, and the heading and
//!   footer.

mod axis;
mod bands;
mod crossings;
mod frame;
mod labels;
mod legend;
mod lines;
mod obstacles;
mod order;
mod place;
mod steps;
mod story;
mod view;

use crate::model::{Model, PartialDate};
use crate::scene::Scene;
use crate::style::Theme;
use crate::text::{TextMeasure, Weight};
pub use view::Storyline;

use super::kit::{self, BoxGrid, Colors, MARGIN};
use axis::draw_axis;
use bands::{band_rects, draw_bands};
use labels::{name_line_ends, name_lines_again};
use legend::draw_legend;
use lines::{Columns, draw_lines, line_paths};
use obstacles::{BandBoxes, Clear, LineBoxes};
use order::{naive_orders, optimise};
use place::{Gaps, align, wiggles};
use story::Story;
use story::build_story;

/// One line per agency or per country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryBy {
    /// One line per agency.
    Agency,
    /// One line per country (EU bodies and international organisations stay themselves).
    Country,
}

/// What the line colours stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryColor {
    /// A colour per country.
    Country,
    /// A colour per agency kind.
    Kind,
}

/// Everything the storyline can be asked to do.
#[derive(Clone, Debug)]
pub struct StorylineOptions {
    /// Lines per agency or per country.
    pub by: StoryBy,
    /// Line colours.
    pub color: StoryColor,
    /// Show cooperation that did not end before this date.
    pub from: Option<PartialDate>,
    /// Show cooperation that had begun by the end of this date.
    pub to: Option<PartialDate>,
    /// Canvas width in px.
    pub width: f64,
    /// The least room for a time step, in px: a story with more steps than
    /// the width holds makes a wider picture.
    pub step: f64,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
    /// Mark each item with the time step it appears at, for a step-by-step
    /// build ([`Scene::frame`]).
    pub steps: bool,
    /// The height of a fixed canvas, which the lines close up or spread out
    /// to fill; `None` for a picture as tall as it needs.
    pub height: Option<f64>,
    /// The picture will be read without a pointer (PNG, PDF, a slide): its
    /// words point to nothing only a pointer shows.
    pub print: bool,
    /// On a web page, whose heading says the title: the picture draws only
    /// its subtitle.
    pub page: bool,
}

impl Default for StorylineOptions {
    fn default() -> Self {
        StorylineOptions {
            by: StoryBy::Agency,
            color: StoryColor::Country,
            from: None,
            to: None,
            width: 1920.0,
            step: 56.0,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
            steps: false,
            height: None,
            print: false,
            page: false,
        }
    }
}

/// How good a storyline layout is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct StorylineStats {
    /// Pairs of lines that swap order between two adjacent slots.
    pub crossings: usize,
    /// Times a line moves up or down between two adjacent slots.
    pub wiggles: usize,
    /// Crossings of the naive order (lines sorted by id, groups by their first line).
    pub naive_crossings: usize,
    /// Wiggles of the naive order.
    pub naive_wiggles: usize,
    /// Number of time slots.
    pub slots: usize,
    /// Number of lines.
    pub lines: usize,
}

/// Between the lines of one group, in px.
const LINE_GAP: f64 = 24.0;
/// Between the last line of a block and the first of the next, in px.
const BLOCK_GAP: f64 = 56.0;
/// Width of a line.
const LINE_W: f64 = 4.0;
/// The least room for a time step on a fixed canvas, in px: closer, bends
/// between steps grow too steep to follow.
const CLOSEST_STEP: f64 = 24.0;
/// The least room beside the steps for names where lines start and end, on
/// a fixed canvas, in px: a cut name keeps eight characters.
const LEAST_LABEL_ROOM: f64 = 120.0;
/// Line names and legend entries are set at the kit's label size.
use super::kit::LABEL;
/// Type size of band names.
const BAND_LABEL: f64 = 16.0;
/// Type size of the dates.
const TICK: f64 = 16.0;

/// What every drawing step reads: the measurer, the colours, the page width and
/// where the slots stand across it.
struct Page<'a> {
    m: &'a dyn TextMeasure,
    theme: &'a Theme,
    width: f64,
    cols: Columns,
}

/// Lays out the storyline of `model` and reports its crossings and wiggles. On
/// a canvas of fixed height ([`StorylineOptions::height`]) the lines close up
/// (to a name's height apart) or spread out (by half at most) to fill it
/// before the picture is scaled.
pub fn layout_storyline(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &StorylineOptions,
) -> (Scene, StorylineStats) {
    let colors = Colors::new(model, &opts.theme);
    let mut story = build_story(model, opts);
    mark_other_countries(&mut story, &colors);
    let naive = naive_orders(&story);
    let (orders, naive_c, best_c) = optimise(&naive, story.lines.len());
    // Each name's width, measured once: every spacing tried wants it again.
    let name_w = story
        .lines
        .iter()
        .map(|l| m.width(&l.label, LABEL, Weight::Semibold))
        .collect();
    let laid = Ordered {
        story,
        naive,
        orders,
        naive_c,
        best_c,
        colors,
        name_w,
    };
    let (scene, stats, plot) = draw(model, m, opts, &laid, Gaps::NATURAL);
    let Some(height) = opts.height else {
        return (scene, stats);
    };
    // A picture wider than the canvas is scaled down by its width anyway:
    // it has the height that scaling leaves to fill.
    let room = height * (scene.width / opts.width).max(1.0);
    if plot <= 0.0 || (scene.height - room).abs() < 1.0 {
        return (scene, stats);
    }
    let fits = |s: &Scene| s.height <= room + 1.0;
    let gaps = Gaps::scaled((plot + room - scene.height) / plot);
    if gaps == Gaps::NATURAL {
        return (scene, stats);
    }
    let (other, other_stats, _) = draw(model, m, opts, &laid, gaps);
    if fits(&scene) {
        // Spread out only as far as still fits.
        return if fits(&other) {
            (other, other_stats)
        } else {
            (scene, stats)
        };
    }
    let mut best = if other.height < scene.height {
        (other, other_stats)
    } else {
        (scene, stats)
    };
    if !fits(&best.0) && gaps != Gaps::CLOSEST {
        // Still too tall: blocks stacked tight, lines a name's height apart.
        let tightest = draw(model, m, opts, &laid, Gaps::CLOSEST);
        if fits(&tightest.0) && laid.story.lines.len() <= OPEN_UP_LINES {
            // That fits: open up again as far as still fits, the whole way
            // first, then halfway at a time: lines further apart, blocks as
            // far as naturally, but without the drift that made it too tall.
            best = (tightest.0, tightest.1);
            let roomy = Gaps {
                line: LINE_GAP * 1.5,
                drift: 0.0,
                ..Gaps::NATURAL
            };
            let (mut lo, mut hi, mut t) = (0.0, 1.0, 1.0);
            for _ in 0..4 {
                let tried = draw(model, m, opts, &laid, Gaps::CLOSEST.towards(roomy, t));
                if fits(&tried.0) {
                    best = (tried.0, tried.1);
                    lo = t;
                } else {
                    hi = t;
                }
                if lo == 1.0 {
                    break;
                }
                t = (lo + hi) / 2.0;
            }
        } else if tightest.0.height < best.0.height {
            best = (tightest.0, tightest.1);
        }
    }
    best
}

/// The most lines a story may have for its spacing to be sought by halving
/// on a fixed canvas (three more layouts); a slide shows no more.
const OPEN_UP_LINES: usize = 100;

/// A story and its line orders: what stays when the spacing changes.
struct Ordered {
    story: Story,
    naive: Vec<order::Flat>,
    orders: Vec<order::Flat>,
    naive_c: usize,
    best_c: usize,
    colors: Colors,
    name_w: Vec<f64>,
}

/// Draws the ordered story with `gaps`; returns the scene, its measures and
/// the height of its plot (first line to lowest line).
fn draw(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &StorylineOptions,
    laid: &Ordered,
    gaps: Gaps,
) -> (Scene, StorylineStats, f64) {
    let theme = &opts.theme;
    let Ordered {
        story,
        naive,
        orders,
        naive_c,
        best_c,
        colors,
        name_w,
    } = laid;
    let n = story.lines.len();
    // Room for names on both sides: a line is named where it starts, or where it ends.
    let slots = story.slots.len() as f64;
    let mut label_room = name_w
        .iter()
        .copied()
        .fold(0.0, f64::max)
        .min(280.0)
        .min(opts.width * 0.15)
        + 16.0;
    // On a fixed canvas, the names' room gives way (names are cut, or go
    // along their lines) before the picture grows wider than the canvas.
    if opts.height.is_some() {
        let steps_w = slots * CLOSEST_STEP.min(opts.step);
        let most = (opts.width - steps_w) / 2.0 - MARGIN;
        label_room = label_room.min(most.max(LEAST_LABEL_ROOM));
    }
    // A long story makes a wide picture, not a squashed one; on a fixed
    // canvas, time steps close up to [`CLOSEST_STEP`] before it does.
    let step = match opts.height {
        Some(_) => ((opts.width - 2.0 * (MARGIN + label_room)) / slots.max(1.0))
            .clamp(CLOSEST_STEP.min(opts.step), opts.step),
        None => opts.step,
    };
    let width = opts.width.max(2.0 * (MARGIN + label_room) + slots * step);
    let mut scene = Scene::new(width, 100.0, theme.background);
    let head = frame::draw_heading(&mut scene, m, theme, model, opts, story);
    let below_heading = head.bottom + 40.0;
    let cols = Columns::new(
        MARGIN + label_room,
        width - MARGIN - label_room,
        story.slots.len(),
    );
    let page = Page {
        m,
        theme,
        width,
        cols,
    };

    let top = below_heading + BAND_LABEL + 14.0;
    let ys = align(story, orders, top, gaps);
    let naive_ys = align(story, naive, top, gaps);
    let stats = StorylineStats {
        crossings: *best_c,
        wiggles: wiggles(story, &ys),
        naive_crossings: *naive_c,
        naive_wiggles: wiggles(story, &naive_ys),
        slots: story.slots.len(),
        lines: n,
    };
    let bottom = ys.iter().copied().fold(top, f64::max);
    if n == 0 {
        let why = kit::nothing_to_draw_why(model, "storyline-nothing", false);
        let y = kit::nothing_to_draw(&mut scene, m, theme, head.bottom + 16.0, &why);
        frame::finish(&mut scene, &page, model, head, (0, opts.print), y);
        return (scene, stats, 0.0);
    }

    // Line geometry first: bands and labels must keep clear of it.
    let paths = line_paths(story, &ys, &cols);
    let y_at = |l: usize, s: usize| story.cell(l, s).map(|c| ys[c]);
    let mut clear = Clear {
        lines: LineBoxes::new(orders, |s| cols.seg_x(s), cols.seg, y_at),
        // Every band's box first, so a label can keep clear of bands drawn after it.
        bands: BandBoxes::new(band_rects(story, orders, &ys, &cols)),
        labels: BoxGrid::new(64.0),
    };
    // Room for every band and line up front: items are large, and growing the list
    // by doubling would copy them over and over.
    scene.items.reserve(clear.bands.count() + 2 * n);
    // Bands behind the lines, lines behind their names.
    let plot_start = scene.items.len();
    draw_bands(
        &mut scene,
        &page,
        model,
        story,
        orders,
        &mut clear,
        (below_heading, bottom),
    );
    let ends = draw_lines(&mut scene, theme, story, paths, name_w, colors);
    let omitted = name_line_ends(&mut scene, &page, story, &ys, &ends, &mut clear);
    name_lines_again(&mut scene, &page, story, &ys, &ends, &mut clear);
    let y = draw_axis(&mut scene, &page, story, bottom);
    if opts.steps {
        let plot = plot_start..scene.items.len();
        steps::assign_steps(&mut scene, plot, &page.cols, story.slots.len());
    }
    let y = draw_legend(&mut scene, &page, colors, story, y);
    frame::finish(&mut scene, &page, model, head, (omitted, opts.print), y);
    (scene, stats, bottom - top)
}

/// Writes the country code after the name of every agency line drawn in the
/// shared "other countries" colour, so that no two countries are told apart by
/// colour alone.
fn mark_other_countries(story: &mut Story, colors: &Colors) {
    for line in &mut story.lines {
        if let legend::ColorKey::Country(c) = line.color
            && !colors.country(c.code()).own
            && line.key != c.code()
        {
            line.label = format!("{} ({})", line.label, c.code());
            line.code = Some(c.code());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FontMeasure;

    /// Three agencies in a team from 2020 to 2023; two of them meet in a raid in
    /// May 2021, with Charlie's country the odd one out.
    pub(super) const SMALL: &str = "title: Small
agencies:
  - {id: a, name: Alpha, country: NL, kind: police}
  - {id: b, name: Bravo, country: NL, kind: police}
  - {id: c, name: Charlie, country: FR, kind: prosecution}
teams:
  - id: t
    name: Team
    kind: jit
    start: 2020-01
    end: 2023-12
    members: [a, b, c]
events:
  - {id: e, name: Raid, date: 2021-05, participants: [a, b]}
";

    /// A valid dataset.
    pub(super) fn model(yaml: &str) -> Model {
        crate::gallery::load(&[("test", yaml)]).expect("a valid test dataset")
    }

    /// A generated dataset.
    pub(super) fn generated(agencies: usize, teams: usize, events: usize, seed: u64) -> Model {
        model(&crate::generate::dataset(agencies, teams, events, seed))
    }

    /// A story up to its drawing: the story, its best order and every cell's height.
    pub(super) struct Laid {
        pub(super) story: story::Story,
        pub(super) orders: Vec<order::Flat>,
        pub(super) ys: Vec<f64>,
    }

    pub(super) fn laid(model: &Model, opts: &StorylineOptions) -> Laid {
        let story = build_story(model, opts);
        let (orders, ..) = optimise(&naive_orders(&story), story.lines.len());
        let ys = align(&story, &orders, 100.0, Gaps::NATURAL);
        Laid { story, orders, ys }
    }

    /// A page as the view would make it, `width` px wide, for `slots` slots.
    pub(super) fn page<'a>(
        m: &'a FontMeasure,
        theme: &'a Theme,
        width: f64,
        slots: usize,
    ) -> Page<'a> {
        Page {
            m,
            theme,
            width,
            cols: Columns::new(MARGIN + 100.0, width - MARGIN - 100.0, slots),
        }
    }

    /// A small seeded generator: the tests see the same cases every run.
    pub(super) struct Rng(pub(super) u64);

    impl Rng {
        pub(super) fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }
}
