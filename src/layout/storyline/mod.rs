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

mod crossings;
mod legend;
mod obstacles;
mod order;
mod place;
mod story;

use crate::model::{Model, PartialDate};
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Segment, Shape, Stroke};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, truncate};

use super::kit::{BoxGrid, MARGIN};
use legend::{palette_color, story_color_name};
use obstacles::{BandBoxes, LineBoxes};
use order::{naive_orders, optimise};
use place::{align, wiggles};
use story::{ALONE, Session, build_story};

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
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
}

impl Default for StorylineOptions {
    fn default() -> Self {
        StorylineOptions {
            by: StoryBy::Agency,
            color: StoryColor::Country,
            from: None,
            to: None,
            width: 1920.0,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
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

const LINE_GAP: f64 = 24.0;
const BLOCK_GAP: f64 = 56.0;
const LINE_W: f64 = 4.0;
const LABEL: f64 = 16.0;
const BAND_LABEL: f64 = 15.0;
const TICK: f64 = 15.0;

fn session_name(model: &Model, s: Session) -> (&str, &str) {
    match s {
        Session::Event(e) => (model[e].id.as_str(), model[e].name.as_str()),
        Session::Team(t) => (model[t].id.as_str(), model[t].name.as_str()),
    }
}

/// Lays out the storyline of `model` and reports its crossings and wiggles.
// Lines and slots are ids into several parallel tables; indexing reads clearer here.
#[allow(clippy::needless_range_loop)]
pub fn layout_storyline(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &StorylineOptions,
) -> (Scene, StorylineStats) {
    let theme = &opts.theme;
    let story = build_story(model, opts);
    let n = story.lines.len();
    let naive = naive_orders(&story);
    let (orders, naive_c, best_c) = optimise(&naive, n);
    // At least 56 px per time step: a long story makes a wide picture, not a squashed one.
    // Each name's width, measured once: the labels want it again.
    let name_w: Vec<f64> = story
        .lines
        .iter()
        .map(|l| m.width(&l.label, LABEL, Weight::Semibold))
        .collect();
    let label_room = name_w.iter().copied().fold(0.0, f64::max).min(280.0) + 16.0;
    let width = opts
        .width
        .max(2.0 * (MARGIN + label_room) + story.slots.len() as f64 * 56.0);
    let mut scene = Scene::new(width, 100.0, theme.background);

    // Title.
    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| "Cooperation storyline".into());
    let subtitle = format!(
        "{} lines · {} time steps, evenly spaced (not to scale) · bands: shared teams and events",
        n,
        story.slots.len()
    );
    let (title, subtitle, mut y) = super::kit::heading(&mut scene, m, theme, &title, &subtitle);
    y += 40.0;

    // Horizontal geometry: a segment per slot, joined by curves.
    // Room for names on both sides: a line is named where it starts, or where it ends.
    let x0 = MARGIN + label_room;
    let x1 = width - MARGIN - label_room;
    let slots = story.slots.len().max(1);
    let pitch = (x1 - x0) / slots as f64;
    let seg = pitch * 0.5;
    let seg_x = |s: usize| x0 + s as f64 * pitch + (pitch - seg) / 2.0;

    let top = y + BAND_LABEL + 14.0;
    let ys = align(&story, &orders, top);
    let naive_ys = align(&story, &naive, top);
    let y_at = |l: usize, s: usize| story.cell(l, s).map(|c| ys[c]);
    let stats = StorylineStats {
        crossings: best_c,
        wiggles: wiggles(&story, &ys),
        naive_crossings: naive_c,
        naive_wiggles: wiggles(&story, &naive_ys),
        slots: story.slots.len(),
        lines: n,
    };
    let bottom = ys.iter().copied().fold(top, f64::max);

    // Line geometry first: bands and labels must keep clear of it.
    let mut keys = Vec::new();
    // (line, start point, path segments, end point)
    type Geom = (usize, (f64, f64), Vec<Segment>, (f64, f64));
    let mut line_geom: Vec<Geom> = Vec::with_capacity(n);
    for l in 0..n {
        let run = story.run(l);
        let cells = &ys[story.off[l]..story.off[l + 1]];
        let Some((&y0, rest)) = cells.split_first() else {
            continue;
        };
        let first = run.start;
        let mut segs = Vec::with_capacity(1 + 2 * rest.len());
        segs.push(Segment::Line(seg_x(first) + seg, y0));
        let mut prev_y = y0;
        for (s, &yy) in (first + 1..).zip(rest) {
            let (xa, xb) = (seg_x(s - 1) + seg, seg_x(s));
            let mid = (xa + xb) / 2.0;
            segs.push(Segment::Cubic((mid, prev_y), (mid, yy), (xb, yy)));
            segs.push(Segment::Line(xb + seg, yy));
            prev_y = yy;
        }
        let end = (seg_x(run.end - 1) + seg, prev_y);
        line_geom.push((l, (seg_x(first), y0), segs, end));
    }
    let line_boxes = LineBoxes::new(&orders, seg_x, seg, y_at);
    let hits_line = |bb: &Rect, own: Option<usize>| line_boxes.hits(bb, own);

    // Bands: one per group per slot, behind the lines; labelled once per run.
    // Labels are filed in a grid: a label is checked against the boxes near it, not
    // all of them.
    let mut labels = BoxGrid::new(64.0);
    // The slot at which each group was last seen, by group number.
    let mut last_seen: Vec<Option<usize>> = vec![None; story.sessions.len()];
    // Every band's box first, so a label can keep clear of bands drawn after it.
    let band_boxes: Vec<(Rect, Vec<Rect>)> = orders
        .iter()
        .enumerate()
        .map(|(s, order)| {
            let boxes = order
                .iter()
                .filter(|(g, _)| *g != ALONE)
                .map(|(_, ls)| {
                    let (lo, hi) = ls
                        .iter()
                        .filter_map(|l| y_at(*l, s))
                        .fold((f64::MAX, f64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
                    Rect::new(seg_x(s) - 8.0, lo - 10.0, seg + 16.0, hi - lo + 20.0)
                })
                .collect();
            (Rect::new(seg_x(s) - 8.0, 0.0, seg + 16.0, 0.0), boxes)
        })
        .collect();
    let bands = BandBoxes::new(band_boxes);
    // Room for every band and line up front: items are large, and growing the list
    // by doubling would copy them over and over.
    let band_count: usize = bands.slots.iter().map(|s| s.boxes.len()).sum();
    scene.items.reserve(band_count + 2 * n);
    // A group's tooltip, made once for all its bands, by group number.
    let mut tooltips: Vec<Option<std::sync::Arc<str>>> = vec![None; story.sessions.len()];
    for (s, order) in orders.iter().enumerate() {
        let groups = order.blocks.iter().filter(|(g, _)| *g != ALONE);
        for ((code, _), &rect) in groups.zip(&bands.slots[s].boxes) {
            let code = *code as usize;
            let Some(g) = story.sessions.get(code) else {
                continue;
            };
            let (id, name) = session_name(model, *g);
            let color = match g {
                Session::Team(_) => theme.grid,
                Session::Event(_) => theme.band,
            };
            let idx = scene.push(
                Role::Mark,
                Shape::Rect {
                    rect,
                    radius: 10.0,
                    fill: Paint::Solid(color, 1.0),
                    stroke: Some(Stroke {
                        color: theme.muted,
                        width: 1.0,
                        dash: matches!(g, Session::Event(_)).then_some((4.0, 3.0)),
                        opacity: 0.6,
                    }),
                },
            );
            let tooltip = tooltips[code].get_or_insert_with(|| {
                let when = match g {
                    Session::Event(e) => model[*e].period().human(),
                    Session::Team(t) => model[*t].period().human(),
                };
                let mut t = String::with_capacity(name.len() + 1 + when.len());
                t.push_str(name);
                t.push('\n');
                t.push_str(&when);
                t.into()
            });
            scene.items[idx].record = Some(id.into());
            scene.items[idx].tooltip = Some(tooltip.clone());
            // Label a run once, at its first slot, above the band, if it fits.
            let continues = s > 0 && last_seen[code].is_some_and(|l| l + 1 == s);
            last_seen[code] = Some(s);
            if continues {
                continue;
            }
            let max_w = pitch * 1.8;
            let h = m.ascent(BAND_LABEL) + m.descent(BAND_LABEL);
            // Above the band, else below it.
            let spots = [rect.y - 6.0, rect.bottom() + 6.0 + m.ascent(BAND_LABEL)];
            let free = |bx: f64, w: f64, base: f64| {
                let bb = Rect::new(bx, base - m.ascent(BAND_LABEL), w, h);
                // Lines block nearly every spot, so they are asked first.
                bb.y > y
                    && bb.bottom() < bottom + 30.0
                    && !hits_line(&bb, None)
                    && !labels.overlaps(&bb.inflate(2.0))
                    && !bands.overlaps(&bb)
            };
            // Measuring the name costs more than the tests, and most spots are
            // blocked. Unless a label would run past the right margin it starts at the
            // band's left edge whatever its width, so its box holds a box of no width
            // there, and anything that blocks that box blocks the label: if both
            // spots are blocked so, the name need not be measured.
            if rect.x <= width - MARGIN - max_w
                && !spots
                    .iter()
                    .any(|base| free(rect.x.max(MARGIN), 0.0, *base))
            {
                continue;
            }
            if let Some(text) = truncate(m, name, BAND_LABEL, Weight::Regular, max_w) {
                let w = m.width(&text, BAND_LABEL, Weight::Regular);
                let bx = (rect.x).min(width - MARGIN - w).max(MARGIN);
                let spot = spots.into_iter().find(|base| free(bx, w, *base));
                if let Some(base) = spot {
                    let bb = Rect::new(bx, base - m.ascent(BAND_LABEL), w, h);
                    let t = scene.push_text(
                        m,
                        bx,
                        base,
                        &text,
                        BAND_LABEL,
                        Weight::Regular,
                        theme.muted,
                        Anchor::Start,
                    );
                    scene.items[t].record = Some(id.into());
                    scene.items[t].tooltip = Some(tooltip.clone());
                    labels.insert(bb);
                }
            }
        }
    }

    // Lines: horizontal in each slot, S-curves between slots.
    // (line, start point, end point)
    type Ends = (usize, (f64, f64), (f64, f64));
    let mut line_paths: Vec<Ends> = Vec::with_capacity(n);
    for (l, from, segs, end) in line_geom {
        let color = palette_color(theme, story.lines[l].color, &mut keys);
        let (key, label) = (&story.lines[l].key, &story.lines[l].label);
        let idx = scene.push(
            Role::Decoration,
            Shape::Path {
                from,
                segments: segs,
                stroke: Stroke {
                    color,
                    width: LINE_W,
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
        scene.items[idx].record = Some(key.as_str().into());
        scene.items[idx].tooltip = Some(label.as_str().into());
        line_paths.push((l, from, end));
    }

    // Line labels: where a line starts, else where it ends; clear of lines and bands.
    let mut omitted = 0;
    for (l, start, end) in &line_paths {
        let label = &story.lines[*l].label;
        let color = palette_color(theme, story.lines[*l].color, &mut keys);
        let ink = if color.contrast(&theme.background) >= 4.5 {
            color
        } else {
            theme.text
        };
        let (sx, sy) = *start;
        let (ex, ey) = *end;
        let mut placed = false;
        for (anchor_x, y_line, anchor) in
            [(sx - 10.0, sy, Anchor::End), (ex + 10.0, ey, Anchor::Start)]
        {
            let room = match anchor {
                Anchor::End => anchor_x - MARGIN,
                _ => width - MARGIN - anchor_x,
            };
            let room = room.clamp(0.0, 280.0);
            // A name that fits is used whole, as truncate would.
            let (text, w) = if name_w[*l] <= room {
                (std::borrow::Cow::Borrowed(label.as_str()), name_w[*l])
            } else {
                let Some(text) = truncate(m, label, LABEL, Weight::Semibold, room) else {
                    continue;
                };
                let w = m.width(&text, LABEL, Weight::Semibold);
                (std::borrow::Cow::Owned(text), w)
            };
            let base = y_line + (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
            let left = if anchor == Anchor::End {
                anchor_x - w
            } else {
                anchor_x
            };
            let bb = Rect::new(
                left,
                base - m.ascent(LABEL),
                w,
                m.ascent(LABEL) + m.descent(LABEL),
            );
            if labels.overlaps(&bb.inflate(2.0)) || bands.overlaps(&bb) || hits_line(&bb, Some(*l))
            {
                continue;
            }
            let t = scene.push_text(
                m,
                anchor_x,
                base,
                &text,
                LABEL,
                Weight::Semibold,
                ink,
                anchor,
            );
            scene.items[t].record = Some(story.lines[*l].key.clone().into());
            scene.items[t].tooltip = Some(label.clone().into());
            labels.insert(bb);
            placed = true;
            break;
        }
        if !placed {
            omitted += 1;
        }
    }

    // Long lines are named again where they join a group after a long stretch.
    const GAP_SLOTS: usize = 6;
    for (l, ..) in &line_paths {
        let run = story.run(*l);
        let first = run.start;
        let mut last = first;
        let cells = story.off[*l]..story.off[*l + 1];
        let (groups, heights) = (&story.group[cells.clone()], &ys[cells]);
        let label = &story.lines[*l].label;
        for (k, s) in run.enumerate() {
            // Joins a group: grouped here, and absent or elsewhere the slot before.
            let joins = s > 0
                && groups[k] != ALONE
                && k.checked_sub(1).is_none_or(|p| groups[p] != groups[k]);
            if s < last + GAP_SLOTS || !joins {
                continue;
            }
            let yy = heights[k];
            // Named in full or not at all: a clipped repeat helps no one. A label
            // too wide for one gap is too wide for all of them.
            let w = name_w[*l];
            if w > (pitch - seg).max(0.0) + seg * 0.5 {
                break;
            }
            let ax = seg_x(s) - 10.0;
            let base = yy + (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
            let bb = Rect::new(
                ax - w,
                base - m.ascent(LABEL),
                w,
                m.ascent(LABEL) + m.descent(LABEL),
            );
            if bb.x < MARGIN
                || labels.overlaps(&bb.inflate(2.0))
                || bands.overlaps(&bb)
                || hits_line(&bb, Some(*l))
            {
                continue;
            }
            let color = palette_color(theme, story.lines[*l].color, &mut keys);
            let ink = if color.contrast(&theme.background) >= 4.5 {
                color
            } else {
                theme.text
            };
            let t = scene.push_text(
                m,
                ax,
                base,
                label,
                LABEL,
                Weight::Semibold,
                ink,
                Anchor::End,
            );
            scene.items[t].record = Some(story.lines[*l].key.clone().into());
            scene.items[t].tooltip = Some(label.clone().into());
            labels.insert(bb);
            last = s;
        }
    }

    // Axis: the date of each slot, as precise as the data.
    let mut y = bottom + 36.0 + m.ascent(TICK);
    let mut last_right = f64::MIN;
    for (s, d) in story.labels.iter().enumerate() {
        let text = d.human();
        let w = m.width(&text, TICK, Weight::Regular);
        let cx = seg_x(s) + seg / 2.0;
        if cx - w / 2.0 < last_right + 10.0
            || cx + w / 2.0 > width - MARGIN
            || cx - w / 2.0 < MARGIN
        {
            continue;
        }
        scene.push_text(
            m,
            cx,
            y,
            &text,
            TICK,
            Weight::Regular,
            theme.muted,
            Anchor::Middle,
        );
        last_right = cx + w / 2.0;
    }
    y += m.descent(TICK) + 28.0;
    // Legend: what the colours stand for.
    let mut seen: Vec<(usize, String)> = Vec::new();
    for key in story.lines.iter().map(|l| &l.color) {
        if !seen.iter().any(|(k, _)| k == key) {
            let name = story_color_name(model, opts, *key);
            seen.push((*key, name));
        }
    }
    let mut lx = MARGIN;
    y += m.ascent(LABEL);
    for (key, name) in &seen {
        let color = palette_color(theme, *key, &mut keys);
        let w = m.width(name, LABEL, Weight::Regular);
        if lx + 40.0 + w > width - MARGIN && lx > MARGIN {
            lx = MARGIN;
            y += m.ascent(LABEL) + m.descent(LABEL) + 10.0;
        }
        let cy = y - (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
        scene.push(
            Role::Decoration,
            Shape::Line {
                x1: lx,
                y1: cy,
                x2: lx + 30.0,
                y2: cy,
                stroke: Stroke {
                    color,
                    width: LINE_W,
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
        scene.push_text(
            m,
            lx + 40.0,
            y,
            name,
            LABEL,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        lx += 40.0 + w + 32.0;
    }
    y += m.descent(LABEL) + 20.0;
    if omitted > 0 {
        y += m.ascent(14.0);
        let note = format!("{omitted} line labels left out for space: hover the lines.");
        scene.push_text(
            m,
            MARGIN,
            y,
            &note,
            14.0,
            Weight::Regular,
            theme.muted,
            Anchor::Start,
        );
        y += m.descent(14.0);
    }
    scene.height = (y + MARGIN).ceil();
    scene.title = title;
    scene.description = format!(
        "Storyline of {}: {}",
        model.title.clone().unwrap_or_default(),
        subtitle
    );
    (scene, stats)
}

#[cfg(test)]
mod tests {
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
