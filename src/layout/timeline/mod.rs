//! The timeline view: one lane per agency (grouped by country), team memberships as
//! bars, events as markers tied to a labelled band above the lanes. On a phone's
//! column time runs down the page instead (`down`), events and teams listed in
//! date order beside the axis.
//!
//! Dates are drawn at their own precision: a bar whose start is known to the day
//! has a crisp edge; one known to the month or year fades in across that month or
//! year; an approximate or unpublished date also gets a dashed outline. An event
//! known only to the month or year is drawn as a capsule across that interval, not
//! as a point.
//!
//! `layout_with` runs the steps in page order, each a function (one file per step)
//! over the plain data the earlier ones returned: who is in focus (`focus`, the
//! one step that builds the graph), the lanes (`lanes`), the time domain and x
//! scale (`frame`), with long stretches where nothing changes compressed behind
//! a break (`quiet`; drawn by `axis`), the heading, events too close to draw
//! apart gathered into clusters (`crowd`), the band of event labels and number
//! tags (`band`), the context lane, the lanes' rows on the page (`rows`), bars,
//! event marks and labels (`events`), the axis, step numbers for builds
//! (`steps`), the legend, the numbered key (`key`) and the footer.

mod axis;
mod band;
mod bars;
mod context;
mod crowd;
mod down;
mod events;
mod focus;
mod footer;
mod frame;
mod heading;
mod key;
mod lanes;
mod legend;
mod options;
mod quiet;
mod rows;
mod steps;
mod view;
mod wording;

#[cfg(test)]
mod fixture;

use std::sync::Arc;

use super::kit::label;
use super::scale::Scale;
use crate::model::Model;
use crate::scene::{Anchor, Item, Scene, Shape};
use crate::style::{Color, Theme};
use crate::text::{TextMeasure, Weight};

pub use options::{LaneMode, Orient, Size, TimeAxis, TimelineOptions};

pub use view::Timeline;

/// Type sizes in px. Names, dates and axis labels are 16 or more, small print (sources, notes,
/// the numbered key) 14 or more, so a 1920×1080 slide reads from the back of a room.
struct Type;
impl Type {
    const GROUP: f64 = 20.0;
    const LANE: f64 = 19.0;
    const EVENT: f64 = 17.0;
    const EVENT_DATE: f64 = 16.0;
    const BAR: f64 = 16.0;
    const TICK: f64 = 16.0;
    const YEAR: f64 = 18.0;
    const LEGEND: f64 = 16.0;
    const FOOT: f64 = 14.0;
    const CAPTION: f64 = 18.0;
    const CONTEXT: f64 = 16.0;
    /// A moment's number in the band.
    const TAG: f64 = 15.0;
    /// How many events of a cluster a lane took part in, inside its disc.
    const COUNT: f64 = 14.0;
    const KEY: f64 = 15.0;
}

/// Radius of an event known to the day.
const MARKER_R: f64 = 8.0;

/// Vertical spacing, tightened step by step when a fixed canvas is too short.
/// Type sizes never change (a denser layout, not smaller text), but for the
/// numbered key's small print at the last step: 15 to 14 px, above the
/// 13 px that small print keeps on a slide.
#[derive(Clone, Copy, Debug)]
struct Density {
    bar_h: f64,
    row_gap: f64,
    lane_pad: f64,
    group_gap: f64,
    section_gap: f64,
    max_band_rows: usize,
    /// Widths event names may wrap to (at most two lines), tried in order.
    label_widths: [f64; 2],
    /// Type sizes of lane and group names: their line height sets a lane's.
    lane_type: f64,
    group_type: f64,
    /// Space between lines of the legend, and of the numbered key.
    legend_leading: f64,
    key_leading: f64,
    /// Type size of the numbered key: small print, a little smaller where
    /// the alternative is scaling the whole picture down.
    key_type: f64,
    /// Space between rows of the context lane's labels.
    context_gap: f64,
}

const DENSITIES: [Density; 5] = [
    Density {
        bar_h: 24.0,
        row_gap: 8.0,
        lane_pad: 10.0,
        group_gap: 10.0,
        section_gap: 28.0,
        max_band_rows: 8,
        label_widths: [300.0, 200.0],
        lane_type: Type::LANE,
        group_type: Type::GROUP,
        legend_leading: 12.0,
        key_leading: 5.0,
        key_type: Type::KEY,
        context_gap: 4.0,
    },
    Density {
        bar_h: 20.0,
        row_gap: 5.0,
        lane_pad: 6.0,
        group_gap: 6.0,
        section_gap: 18.0,
        max_band_rows: 6,
        label_widths: [440.0, 260.0],
        lane_type: Type::LANE,
        group_type: Type::GROUP,
        legend_leading: 12.0,
        key_leading: 5.0,
        key_type: Type::KEY,
        context_gap: 4.0,
    },
    Density {
        bar_h: 16.0,
        row_gap: 3.0,
        lane_pad: 4.0,
        group_gap: 2.0,
        section_gap: 12.0,
        max_band_rows: 5,
        label_widths: [520.0, 300.0],
        lane_type: Type::LANE,
        group_type: Type::GROUP,
        legend_leading: 12.0,
        key_leading: 5.0,
        key_type: Type::KEY,
        context_gap: 4.0,
    },
    // The last resort before scaling: lanes as tight as their names set at
    // the label size, and names above the lanes in two rows; the rest are
    // numbered in the key, which reads at full size where stacked names would
    // have to shrink.
    Density {
        bar_h: 14.0,
        row_gap: 2.0,
        lane_pad: 0.1,
        group_gap: 0.0,
        section_gap: 8.0,
        max_band_rows: 2,
        label_widths: [560.0, 320.0],
        lane_type: crate::layout::kit::LABEL,
        group_type: crate::layout::kit::LABEL,
        legend_leading: 6.0,
        key_leading: 2.0,
        key_type: Type::KEY,
        context_gap: 4.0,
    },
    // Then every event numbered: a row of names above the lanes costs more
    // height than the lines it saves in the key's columns.
    Density {
        bar_h: 14.0,
        row_gap: 2.0,
        lane_pad: 0.1,
        group_gap: 0.0,
        section_gap: 8.0,
        max_band_rows: 0,
        label_widths: [560.0, 320.0],
        lane_type: crate::layout::kit::LABEL,
        group_type: crate::layout::kit::LABEL,
        legend_leading: 6.0,
        key_leading: 2.0,
        key_type: Type::FOOT,
        context_gap: 4.0,
    },
];

impl Density {
    /// Spacing `t` of the way from `self` towards the roomier `other` (0:
    /// `self`); what is counted or chosen, not measured (rows, wrap widths,
    /// type sizes), stays `self`'s, so a blend never holds more than `self`.
    fn towards(&self, other: &Density, t: f64) -> Density {
        let mix = |a: f64, b: f64| a + (b - a) * t;
        Density {
            bar_h: mix(self.bar_h, other.bar_h),
            row_gap: mix(self.row_gap, other.row_gap),
            lane_pad: mix(self.lane_pad, other.lane_pad),
            group_gap: mix(self.group_gap, other.group_gap),
            section_gap: mix(self.section_gap, other.section_gap),
            legend_leading: mix(self.legend_leading, other.legend_leading),
            key_leading: mix(self.key_leading, other.key_leading),
            ..*self
        }
    }
}

/// Layouts tried between two densities to fill what the tighter leaves blank:
/// within 1/8 of the way.
const BLEND_TRIES: usize = 3;

/// Layouts tried to spread a timeline of context alone over a fixed canvas.
const STRETCH_TRIES: usize = 7;

/// The share of a fixed canvas' height a picked density may leave blank
/// under the picture without being opened up.
const BLANK_LEFT: f64 = 0.06;

/// How much of the canvas is blank under the lowest mark or text (the
/// background is the one item as tall as the canvas).
fn blank_below(scene: &Scene) -> f64 {
    let lowest = scene
        .items
        .iter()
        .map(|i| i.bbox())
        .filter(|b| b.h < scene.height - 1.0)
        .map(|b| b.bottom())
        .fold(0.0, f64::max);
    scene.height - lowest
}

/// What every step reads and none changes: the dataset, the measurer, the options
/// and the density being tried.
#[derive(Clone, Copy)]
struct Inputs<'a> {
    model: &'a Model,
    m: &'a dyn TextMeasure,
    opts: &'a TimelineOptions,
    d: &'a Density,
}

impl Inputs<'_> {
    fn theme(&self) -> &Theme {
        &self.opts.theme
    }
}

/// The scene being drawn, with the measurer its text needs.
struct Pen<'a> {
    m: &'a dyn TextMeasure,
    muted: Color,
    scene: Scene,
}

impl<'a> Pen<'a> {
    fn new(m: &'a dyn TextMeasure, width: f64, theme: &Theme) -> Self {
        Pen {
            m,
            muted: theme.muted,
            scene: Scene::new(width, 100.0, theme.background),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f64,
        baseline: f64,
        text: &str,
        size: f64,
        weight: Weight,
        fill: Color,
        anchor: Anchor,
    ) -> usize {
        label(
            &mut self.scene,
            self.m,
            x,
            baseline,
            text,
            size,
            weight,
            fill,
            anchor,
        )
    }

    /// Gives item `i` its record and tooltip; below full opacity, text turns to the
    /// muted colour instead of fading, so it still reads at WCAG AA.
    fn annotate(
        &mut self,
        i: usize,
        record: Option<Arc<str>>,
        tooltip: Option<Arc<str>>,
        opacity: f64,
    ) {
        let muted = self.muted;
        let it: &mut Item = &mut self.scene.items[i];
        it.record = record;
        it.tooltip = tooltip;
        match &mut it.shape {
            Shape::Text { fill, .. } if opacity < 1.0 => *fill = muted,
            _ => it.opacity = opacity,
        }
    }

    /// Lines of text at the left margin, one under the other, starting below `y`;
    /// returns the y under the last line (`leading` below its descent) and the
    /// lines' items.
    fn lines(
        &mut self,
        mut y: f64,
        lines: &[String],
        (size, weight, fill): (f64, Weight, Color),
        leading: f64,
    ) -> (f64, Vec<usize>) {
        let mut items = Vec::with_capacity(lines.len());
        for line in lines {
            y += self.m.ascent(size);
            items.push(self.text(
                super::kit::MARGIN,
                y,
                line,
                size,
                weight,
                fill,
                Anchor::Start,
            ));
            y += self.m.descent(size) + leading;
        }
        (y, items)
    }
}

/// Lays out the timeline of `model`, time across or down as the options ask
/// ([`TimelineOptions::orientation`]). Across, on a fixed canvas the layout
/// tightens its spacing until the content fits; only if even the tightest does
/// not fit is the picture scaled down (and letterboxed with the background
/// colour). Down, a column is as tall as its content, scaled down on a fixed
/// canvas it overflows.
pub fn layout_timeline(model: &Model, m: &dyn TextMeasure, opts: &TimelineOptions) -> Scene {
    if opts.orientation() == Orient::Down {
        let mut scene = down::layout_down(model, m, opts);
        if let Size::Fixed { width, height } = opts.size {
            letterbox(&mut scene, width / height);
        }
        return scene;
    }
    let (mut scene, omitted) = layout_with(model, m, opts, &DENSITIES[0]);
    if let Size::Fixed { width, height } = opts.size {
        if scene.display.is_some() || omitted > 0 {
            // The roomiest density that fits, preferring one that keeps every label.
            let tries: Vec<(Scene, usize)> = DENSITIES[1..]
                .iter()
                .map(|d| layout_with(model, m, opts, d))
                .collect();
            let pick = tries
                .iter()
                .position(|(s, o)| s.display.is_none() && *o == 0)
                .or_else(|| tries.iter().position(|(s, _)| s.display.is_none()));
            if let Some(i) = pick {
                let mut names_out = tries[i].1;
                scene = tries.into_iter().nth(i).map(|(s, _)| s).unwrap_or(scene);
                // The picked spacing may leave part of the canvas blank: open it
                // up towards the roomier one that did not fit, as far as fits.
                let (tight, roomy) = (&DENSITIES[i + 1], &DENSITIES[i]);
                let (mut lo, mut hi) = (0.0, 1.0);
                let tries = if blank_below(&scene) > BLANK_LEFT * height {
                    BLEND_TRIES
                } else {
                    0
                };
                for _ in 0..tries {
                    let t = (lo + hi) / 2.0;
                    let (s, o) = layout_with(model, m, opts, &tight.towards(roomy, t));
                    if s.display.is_none() && o <= names_out {
                        scene = s;
                        names_out = o;
                        lo = t;
                    } else {
                        hi = t;
                    }
                }
            } else if scene.display.is_some() {
                scene = tries.into_iter().last().map(|(s, _)| s).unwrap_or(scene);
            }
        }
        if scene.display.is_none() && blank_below(&scene) > BLANK_LEFT * height {
            scene = stretch_context(model, m, opts, scene, height);
        }
        letterbox(&mut scene, width / height);
    }
    scene
}

/// A picture taller than its fixed canvas (scaled down to fit) widened to the
/// canvas's shape, content centred, so that the letterbox shares the background.
fn letterbox(scene: &mut Scene, target_ratio: f64) {
    if scene.display.is_some() {
        let natural_w = scene.width;
        if scene.height * target_ratio > natural_w {
            let new_w = scene.height * target_ratio;
            scene.translate((new_w - natural_w) / 2.0, 0.0);
            scene.width = new_w;
        }
    }
}

/// A timeline of legal milestones alone (no lanes) that leaves much of a
/// fixed canvas blank: its rows of labels spread apart, as far as still fits
/// (the roomiest spacing was already picked; only these rows can grow).
fn stretch_context(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &TimelineOptions,
    scene: Scene,
    height: f64,
) -> Scene {
    let d = &DENSITIES[0];
    let at = Inputs { model, m, opts, d };
    let shown = lanes::Shown::new(model, opts);
    let focus = focus::focus_circle(model, opts);
    if !lanes::collect_lanes(&at, &shown, &focus).lanes.is_empty() {
        return scene;
    }
    let (mut best, mut lo, mut hi) = (scene, d.context_gap, d.context_gap + height / 8.0);
    // Every row grows with the gap, so a coarse gap leaves rows' worth of the
    // page blank: halve to within a pixel or two of it (small pictures only).
    for _ in 0..STRETCH_TRIES {
        let gap = (lo + hi) / 2.0;
        let (s, _) = layout_with(
            model,
            m,
            opts,
            &Density {
                context_gap: gap,
                ..*d
            },
        );
        if s.display.is_none() {
            best = s;
            lo = gap;
        } else {
            hi = gap;
        }
    }
    best
}

/// One layout at one density; also returns how many single events found no
/// room for their name in the band.
/// The steps run top to bottom of the page; each draws after the ones before it,
/// so the scene's items come in the order the steps are called.
fn layout_with(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &TimelineOptions,
    d: &Density,
) -> (Scene, usize) {
    let at = Inputs { model, m, opts, d };
    let focus = focus::focus_circle(model, opts);
    let shown = lanes::Shown::new(model, opts);
    let lanes = lanes::collect_lanes(&at, &shown, &focus);
    let mut domain = frame::Domain::new(&at, &lanes.lanes, &shown.periods);
    let mut lanes = lanes::order_lanes(lanes, &shown.periods, opts.lanes);
    lanes::stack_bars(&mut lanes.lanes);
    let context = context::context_in_view(&at, &domain);
    domain.break_quiet_stretches(&at, &lanes.lanes, &shown.periods, &context);
    // A broken axis has less room around the data: what is left of the context.
    let context = context::context_in_view(&at, &domain);
    let frame = frame::Frame::new(&at, &lanes, !context.is_empty(), &domain);
    let mut pen = Pen::new(m, frame.width, &opts.theme);

    let heading = heading::draw_heading(&mut pen, &at, &shown, &domain);
    if domain.empty && context.is_empty() {
        let why = super::kit::nothing_to_draw_why(model, "nothing-lanes", true);
        let y = super::kit::nothing_to_draw(
            &mut pen.scene,
            m,
            &opts.theme,
            heading.bottom + 16.0,
            &why,
        );
        return (
            footer::finish(
                pen.scene,
                &at,
                (frame.width, frame.fixed_height),
                &heading,
                y + super::kit::MARGIN,
            ),
            0,
        );
    }
    let geom = events::event_geometry(&shown, &frame, model.events.len());
    let crowd = crowd::CrowdSize::new(m, shown.events.len(), frame.x1 - frame.x0);
    let moments = crowd::gather(&shown.events, &geom, &crowd);
    let band = band::place_band_labels(&at, moments, &frame, heading.bottom + d.section_gap);
    let ctx_labels = context::place_context_labels(&at, &context, &frame, lanes.lanes.is_empty());
    let rows = rows::lane_rows(
        &at,
        &lanes.lanes,
        (band.lanes_top, ctx_labels.height),
        frame.stacked,
    );
    let ticks = frame.scale.ticks(m, Type::TICK);
    rows::draw_lanes(&mut pen, &at, &lanes, &rows, &frame, &ticks);
    context::draw_context_lane(&mut pen, &at, &context, &ctx_labels, &frame, &rows);

    let cluster_x = crowd::cluster_x(&band.moments, model.events.len());
    let mut boxes = events::marker_boxes(&lanes.lanes, &geom, &rows, (&cluster_x, crowd.disc_r));
    let bars = bars::draw_bars(&mut pen, &at, &shown, &lanes.lanes, &rows, &frame, &focus);
    let break_note = quiet::break_note(&frame.scale.breaks());
    let strips = axis::draw_breaks(&mut pen, &at, &frame, &rows, break_note.as_deref());
    // Team labels keep off the torn strips as off event markers: one more row
    // after the lanes' (the events only read the lanes' own).
    if !strips.is_empty() {
        boxes.push(strips);
    }
    // And, where they can, off the lines that join an event's marks.
    let connectors = crowd::connector_boxes(
        &band.moments,
        &lanes.lanes,
        (&boxes, model.events.len()),
        rows.top,
    );
    let keep_off = (&boxes[..], &connectors[..]);
    bars::label_bars(&mut pen, &at, &shown, &lanes.lanes, &bars, keep_off, &frame);
    let steps = steps::Steps::new(model, &shown);
    let on_lanes = events::EventLanes::new(model, &lanes.lanes, &rows, &boxes);
    let marks = events::event_marks(&at, &shown, &geom, &steps, &focus);
    let look = events::MomentLook {
        disc_r: crowd.disc_r,
        cuts: crowd::line_cuts(&band.moments, &lanes.lanes, &geom, &boxes),
    };
    events::draw_event_marks(&mut pen, &at, &band, &marks, on_lanes, (rows.bottom, &look));
    events::draw_event_labels(&mut pen, &at, &band, &marks, &focus);
    if frame.stacked {
        rows::label_lanes(&mut pen, &at, &lanes, &rows, &frame);
    }

    let y = axis::draw_axis(&mut pen, &at, &ticks, &frame, rows.bottom);
    steps.apply_to_teams(&mut pen.scene);
    let clusters = band.moments.iter().any(crowd::Moment::is_cluster);
    let drawn = legend::Drawn::on_lanes(
        &at,
        &shown,
        &lanes.lanes,
        &geom,
        (!context.is_empty(), clusters),
    );
    let mut entries = legend::legend_entries(&at, &shown, &drawn);
    entries.extend(legend::break_key(&at, break_note.as_deref()));
    let y = legend::draw_legend(&mut pen, &at, &entries, y);
    let key = key::key_entries(model, &band, &marks);
    let y = key::draw_event_key(&mut pen, &at, &key, y);
    let y = footer::draw_caption(&mut pen, &at, y);
    let left_out = footer::LeftOut {
        events: band.unmarked,
        context: context::unlabelled(&context, &ctx_labels),
    };
    let y = footer::draw_footnote(&mut pen, &at, &shown, &lanes.lanes, &context, left_out, y);
    let size = (frame.width, frame.fixed_height);
    let mut scene = footer::finish(pen.scene, &at, size, &heading, y);
    quiet::describe(&mut scene, break_note.as_deref());
    (scene, band.unnamed)
}
