//! The overview drawn: heading, the note on how to see detail, the rows of
//! counts, the time axis, the legend of shades and the sources.

use std::sync::Arc;

use chrono::Datelike;

use super::Of;
use super::counts::{Counts, Row, Unit};
use crate::i18n::{cldr, t};
use crate::layout::kit::{self, Colors, MARGIN, Note, draw_notes, source_notes};
use crate::layout::scale::{Scale, TimeScale};
use crate::layout::{Options, Size};
use crate::model::{Model, SourceRef};
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Shape};
use crate::style::{Color, Theme};
use crate::text::{TextMeasure, Weight, truncate, wrap};

/// Type sizes: names and counts read as labels, the note as small print.
const NAME: f64 = kit::LABEL;
const NOTE: f64 = 14.0;
const TICK: f64 = 16.0;
const YEAR: f64 = 18.0;

/// A bin narrower than this is not drawn apart from its neighbours.
const MIN_BIN_PX: f64 = 6.0;
/// Row heights: at the automatic size, and the least on a fixed canvas
/// (a 16 px name and its leading).
const ROW_H: f64 = 30.0;
const MIN_ROW_H: f64 = 20.0;
/// Country rows at the automatic size, past which the quietest share one.
const AUTO_ROWS: usize = 60;
/// Sources named one by one in the footer; more are counted.
const MAX_SOURCES: usize = 12;
/// Shades of the density bands, lightest first.
const SHADES: [f64; 5] = [0.22, 0.4, 0.58, 0.78, 1.0];

/// Lays out the overview of `model` for `opts` in place of view `of`.
pub(crate) fn layout_overview(model: &Model, m: &dyn TextMeasure, opts: &Options, of: Of) -> Scene {
    let theme = &opts.theme;
    let width = opts.width();
    let narrow = width < 700.0;
    let window = (opts.from.as_ref(), opts.to.as_ref());
    let colors = Colors::new(model, theme);
    let mut scene = Scene::new(width, 100.0, theme.background);

    // Names beside the rows, or above them on a narrow canvas.
    let label_w = if narrow {
        0.0
    } else {
        label_column(model, m, width)
    };
    let (x0, x1) = (MARGIN + label_w, width - MARGIN);
    let whole = Counts::new(model, window, (x1 - x0, MIN_BIN_PX), usize::MAX);

    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| match of {
            Of::Timeline => t!("title-timeline"),
            Of::Storyline => t!("storyline-title"),
        });
    let subtitle = opts.subtitle.clone().unwrap_or_else(|| subtitle(&whole));
    let (title, subtitle, mut y) = kit::heading(&mut scene, m, theme, &title, &subtitle, opts.page);
    y += 14.0;
    y = note_lines(&mut scene, m, theme, &why(&whole, of), y);
    y += 10.0;

    let notes = footer_notes(model, window);
    let footer_h = notes_height(m, theme, width, &notes);
    let fixed = match opts.size {
        Size::Fixed { height, .. } => Some(height),
        _ => None,
    };
    let per_row = if narrow { NAME + 10.0 } else { 0.0 };
    let scale = TimeScale::new(whole.starts[0], whole.end, x0, x1);
    let ticks = scale.ticks(m, TICK);
    // Under the rows: the axis, the legend and the notes.
    let below = axis_height(m, &ticks) + 8.0 + legend_height(m) + footer_h;
    let (row_h, max_rows) = match fixed {
        Some(h) => {
            // The rows of all events and of teams, then a gap, then countries.
            let room = h - y - 8.0 - below - MARGIN - 8.0;
            let top_rows = 1 + usize::from(whole.team_total > 0);
            let fit = ((room / (MIN_ROW_H + per_row)).floor() as usize)
                .saturating_sub(top_rows)
                .max(2);
            let rows = whole.rows.len().min(fit) + top_rows;
            let row_h = (room / rows as f64 - per_row).clamp(MIN_ROW_H, ROW_H);
            (row_h, fit)
        }
        None => (ROW_H, AUTO_ROWS),
    };
    let counts = if whole.rows.len() > max_rows {
        Counts::new(model, window, (x1 - x0, MIN_BIN_PX), max_rows)
    } else {
        whole
    };
    let rows = Rows {
        counts: &counts,
        scale: &scale,
        colors: &colors,
        row_h,
        narrow,
        label_w,
    };
    let (top, first) = (y, scene.items.len());
    y = rows.draw(&mut scene, m, theme, y);
    // The years' lines across the rows, drawn under the bands.
    let mut grid = Scene::new(width, y, theme.background);
    for t in &ticks.major {
        grid.push(
            Role::Decoration,
            Shape::Line {
                x1: t.x,
                y1: top,
                x2: t.x,
                y2: y,
                stroke: crate::scene::Stroke {
                    color: theme.grid,
                    width: 1.0,
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
    }
    scene.items.splice(first..first, grid.items);
    y = axis(&mut scene, m, theme, &ticks, (x0, x1), y);
    y = legend(&mut scene, m, theme, &counts, y + 8.0);
    if let Some(c) = &opts.caption {
        y = note_lines(&mut scene, m, theme, c, y + 8.0);
    }
    y = draw_notes(&mut scene, m, theme, NOTE, notes, y + 12.0);
    finish(scene, (title, subtitle), (width, fixed), y + MARGIN, of)
}

/// Room for the widest country name and count, at most a third of the width.
fn label_column(model: &Model, m: &dyn TextMeasure, width: f64) -> f64 {
    let mut widest: f64 = [t!("overview-all-events"), t!("overview-teams")]
        .iter()
        .map(|s| m.width(s, NAME, Weight::Regular))
        .fold(0.0, f64::max);
    let mut codes: Vec<_> = model.agencies.iter().map(|a| a.country).collect();
    codes.sort_unstable();
    codes.dedup();
    for c in codes {
        widest = widest.max(m.width(c.name(), NAME, Weight::Regular) + 18.0);
    }
    let count = m.width(
        &cldr::integer(model.events.len() as i64),
        NAME,
        Weight::Semibold,
    );
    (widest + count + 36.0).min(width / 3.0)
}

/// "Overview by country · 10,000 events · 1,000 agencies from 30 countries · 100 teams".
fn subtitle(c: &Counts) -> String {
    let countries = c
        .rows
        .iter()
        .filter(|r| r.country.is_some_and(|k| k.is_country()))
        .count();
    let mut parts = vec![
        t!("overview-by-country"),
        t!("count-events", count = c.all.total),
        t!(
            "subtitle-agencies-countries",
            agencies = c.agencies,
            countries = countries
        ),
    ];
    if c.team_total > 0 {
        parts.push(t!("count-teams", count = c.team_total));
    }
    parts.join(" · ")
}

/// Why the picture is an overview, and how to see every agency.
fn why(c: &Counts, of: Of) -> String {
    let many = match of {
        Of::Timeline => t!("overview-too-many-lanes", count = c.agencies),
        Of::Storyline => t!("overview-too-many-lines", count = c.agencies),
    };
    format!(
        "{} {} {}",
        many,
        t!("overview-rows", unit = unit_name(c.unit)),
        t!("overview-detail")
    )
}

fn unit_name(u: Unit) -> String {
    match u {
        Unit::Day => t!("overview-unit-day"),
        Unit::Month => t!("overview-unit-month"),
        Unit::Quarter => t!("overview-unit-quarter"),
        Unit::Year => t!("overview-unit-year"),
        Unit::Years(n) => t!("overview-unit-years", count = n),
    }
}

/// Bin `i` as a reader names it: "Mar 2021", "2021", "2020–2024".
fn when(c: &Counts, i: usize) -> String {
    let (a, b) = (c.starts[i], c.last_day(i));
    match c.unit {
        Unit::Day => cldr::date(cldr::Shape::Day, a.year(), a.month(), a.day()),
        Unit::Month => cldr::month_year(a),
        Unit::Quarter => format!("{} – {}", cldr::month_year(a), cldr::month_year(b)),
        Unit::Year => a.year().to_string(),
        Unit::Years(_) => format!("{}–{}", a.year(), b.year()),
    }
}

/// Small print wrapped to the width below `y`; the y under it.
fn note_lines(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    text: &str,
    mut y: f64,
) -> f64 {
    let room = scene.width - 2.0 * MARGIN;
    for line in wrap(m, text, NOTE, Weight::Regular, room) {
        y += m.ascent(NOTE);
        kit::note(
            scene,
            m,
            MARGIN,
            y,
            &line,
            NOTE,
            Weight::Regular,
            theme.muted,
            Anchor::Start,
        );
        y += m.descent(NOTE) + 4.0;
    }
    y
}

/// The sources of what is counted: each named while they are few, else
/// counted.
fn footer_notes(
    model: &Model,
    (from, to): (
        Option<&crate::model::PartialDate>,
        Option<&crate::model::PartialDate>,
    ),
) -> Vec<Note> {
    let mut cited: Vec<SourceRef> = model
        .events
        .iter()
        .filter(|e| e.period().within(from, to))
        .flat_map(|e| e.sources.iter().copied())
        .chain(
            model
                .teams
                .iter()
                .filter(|t| t.period().within(from, to))
                .flat_map(|t| t.sources.iter().copied()),
        )
        .collect();
    cited.sort_unstable();
    cited.dedup();
    if cited.len() > MAX_SOURCES {
        return vec![Note::plain(t!("overview-sources", count = cited.len()))];
    }
    source_notes(model, &cited)
}

fn notes_height(m: &dyn TextMeasure, theme: &Theme, width: f64, notes: &[Note]) -> f64 {
    let mut scratch = Scene::new(width, 100.0, theme.background);
    draw_notes(&mut scratch, m, theme, NOTE, notes.to_vec(), 0.0) + 12.0
}

/// The rows and how they are placed.
struct Rows<'a> {
    counts: &'a Counts,
    scale: &'a TimeScale,
    colors: &'a Colors,
    row_h: f64,
    narrow: bool,
    label_w: f64,
}

/// What one row shows: its name, its colour, and whether its bins are drawn
/// as bars of a histogram (all events, teams) or as shades (countries).
struct RowLook {
    name: String,
    color: Color,
    tip: String,
    histogram: bool,
    /// The message a bin's tooltip is written with.
    bin_tip: &'static str,
}

impl Rows<'_> {
    /// Draws every row from `y`; the y under the last.
    fn draw(&self, scene: &mut Scene, m: &dyn TextMeasure, theme: &Theme, mut y: f64) -> f64 {
        let c = self.counts;
        let all = RowLook {
            name: t!("overview-all-events"),
            color: theme.text,
            tip: row_tip(&t!("overview-all-events"), &c.all, c.unit),
            histogram: true,
            bin_tip: "overview-tip-bin",
        };
        y = self.row(scene, m, theme, (&all, &c.all.bins, c.all.total), y, 0);
        if c.team_total > 0 {
            let teams = RowLook {
                name: t!("overview-teams"),
                color: theme.muted,
                tip: format!(
                    "{}: {}",
                    t!("overview-teams"),
                    t!("count-teams", count = c.team_total)
                ),
                histogram: true,
                bin_tip: "overview-tip-teams",
            };
            y = self.row(scene, m, theme, (&teams, &c.teams, c.team_total), y, 1);
        }
        y += 8.0;
        for (k, r) in c.rows.iter().enumerate() {
            let look = self.look(r, theme);
            y = self.row(scene, m, theme, (&look, &r.bins, r.total), y, k + 2);
        }
        y
    }

    fn look(&self, r: &Row, theme: &Theme) -> RowLook {
        let name = match (r.key.as_str(), r.country) {
            ("+", _) => t!("overview-other-countries", count = r.merged.len()),
            ("-", _) => t!("overview-no-agency"),
            (_, Some(c)) => c.name().to_string(),
            _ => r.key.clone(),
        };
        let color = match r.country {
            Some(c) if r.key != "-" && r.key != "+" => self.colors.country(c.code()).color,
            _ => theme.muted,
        };
        let mut tip = row_tip(&name, r, self.counts.unit);
        if !r.merged.is_empty() {
            let names: Vec<&str> = r.merged.iter().map(|c| c.name()).collect();
            tip.push('\n');
            tip.push_str(&t!("overview-merged", names = names.join(", ")));
        }
        RowLook {
            name,
            color,
            tip,
            histogram: false,
            bin_tip: "overview-tip-bin",
        }
    }

    /// One row at `y`: its name and total, then its bins; the y under it.
    fn row(
        &self,
        scene: &mut Scene,
        m: &dyn TextMeasure,
        theme: &Theme,
        (look, bins, total): (&RowLook, &[u32], usize),
        mut y: f64,
        k: usize,
    ) -> f64 {
        let right = if self.narrow {
            scene.width - MARGIN
        } else {
            MARGIN + self.label_w - 12.0
        };
        let count = cldr::integer(total as i64);
        let count_w = m.width(&count, NAME, Weight::Semibold);
        let swatch = if look.histogram { 0.0 } else { 18.0 };
        let room = right - MARGIN - swatch - count_w - 12.0;
        let name = truncate(m, &look.name, NAME, Weight::Regular, room)
            .into_iter()
            .next()
            .unwrap_or_default();
        let text_h = m.ascent(NAME) + m.descent(NAME);
        let (band_top, band_h, baseline) = if self.narrow {
            let base = y + m.ascent(NAME);
            (y + text_h + 4.0, self.row_h - 6.0, base)
        } else {
            (
                y + 3.0,
                self.row_h - 6.0,
                y + (self.row_h + m.ascent(NAME) - m.descent(NAME)) / 2.0,
            )
        };
        if k % 2 == 1 && !self.narrow {
            let i = scene.push(
                Role::Decoration,
                Shape::Rect {
                    rect: Rect::new(
                        MARGIN - 8.0,
                        y,
                        scene.width - 2.0 * MARGIN + 16.0,
                        self.row_h,
                    ),
                    radius: 0.0,
                    fill: Paint::Solid(theme.grid, 0.35),
                    stroke: None,
                },
            );
            scene.items[i].tooltip = None;
        }
        if swatch > 0.0 {
            let mid = baseline - m.ascent(NAME) / 2.0 + m.descent(NAME) / 2.0;
            scene.push(
                Role::Mark,
                Shape::Rect {
                    rect: Rect::new(MARGIN, mid - 6.0, 12.0, 12.0),
                    radius: 2.0,
                    fill: Paint::Solid(look.color, 1.0),
                    stroke: None,
                },
            );
        }
        let n = kit::label(
            scene,
            m,
            MARGIN + swatch,
            baseline,
            &name,
            NAME,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        scene.items[n].tooltip = Some(Arc::from(look.tip.as_str()));
        let n = kit::label(
            scene,
            m,
            right,
            baseline,
            &count,
            NAME,
            Weight::Semibold,
            theme.text,
            Anchor::End,
        );
        scene.items[n].tooltip = Some(Arc::from(look.tip.as_str()));
        self.bins(scene, look, bins, (band_top, band_h));
        y = band_top + band_h + 3.0;
        if self.narrow {
            y += 4.0;
        }
        y
    }

    /// A row's bins: bars of a histogram as tall as their share of the row's
    /// busiest bin, or bands shaded by the class of their count.
    fn bins(&self, scene: &mut Scene, look: &RowLook, bins: &[u32], (top, h): (f64, f64)) {
        let c = self.counts;
        let peak = bins.iter().copied().max().unwrap_or(0).max(1);
        let classes = classes(c.busiest());
        for (i, &n) in bins.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let a = self.scale.map(c.starts[i]);
            let b = self.scale.map(c.last_day(i).succ_opt().unwrap_or(c.end));
            let w = (b - a - 1.0).max(1.0);
            let (rect, opacity) = if look.histogram {
                let bh = (h * n as f64 / peak as f64).max(2.0);
                (Rect::new(a, top + h - bh, w, bh), 0.85)
            } else {
                (Rect::new(a, top, w, h), shade(&classes, n))
            };
            let item = scene.push(
                Role::Mark,
                Shape::Rect {
                    rect,
                    radius: 0.0,
                    fill: Paint::Solid(look.color, opacity),
                    stroke: None,
                },
            );
            let tip = t!(
                look.bin_tip,
                row = look.name.as_str(),
                when = when(c, i),
                count = n
            );
            scene.items[item].tooltip = Some(Arc::from(tip));
            scene.items[item].step = Some(i as u32 + 1);
        }
    }
}

/// The lowest count of each shade: five classes on a log scale up to the
/// busiest bin, fewer when the counts are small.
pub(super) fn classes(busiest: u32) -> Vec<u32> {
    let top = busiest.max(1) as f64;
    let mut lows: Vec<u32> = (0..SHADES.len())
        .map(|k| top.powf(k as f64 / SHADES.len() as f64).round().max(1.0) as u32)
        .collect();
    lows.dedup();
    lows
}

/// The shade of a count: with fewer classes than shades, the darkest ones,
/// as the legend shows them.
fn shade(lows: &[u32], n: u32) -> f64 {
    let class = lows.iter().rposition(|lo| n >= *lo).unwrap_or(0);
    SHADES[SHADES.len() - lows.len() + class]
}

/// A row's tooltip: its name and total, and the events counted in no bin.
fn row_tip(name: &str, r: &Row, unit: Unit) -> String {
    let mut tip = format!("{name}: {}", t!("count-events", count = r.total));
    if r.vague > 0 {
        tip.push('\n');
        tip.push_str(&t!(
            "overview-vague",
            count = r.vague,
            unit = unit_name(unit)
        ));
    }
    tip
}

fn axis_height(m: &dyn TextMeasure, ticks: &crate::layout::scale::Ticks) -> f64 {
    let minor = if ticks.minor.is_empty() {
        0.0
    } else {
        m.ascent(TICK) + m.descent(TICK) + 6.0
    };
    8.0 + minor + m.ascent(YEAR) + m.descent(YEAR) + 16.0
}

fn legend_height(m: &dyn TextMeasure) -> f64 {
    m.ascent(NAME) + m.descent(NAME) + 6.0
}

/// The time axis under the rows: finer ticks, then years; the y under it.
fn axis(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    ticks: &crate::layout::scale::Ticks,
    (x0, x1): (f64, f64),
    mut y: f64,
) -> f64 {
    y += 8.0;
    if !ticks.minor.is_empty() {
        y += m.ascent(TICK);
        let mut last = f64::MIN;
        for t in ticks.minor.iter().filter(|t| !t.label.is_empty()) {
            let w = m.width(&t.label, TICK, Weight::Regular);
            if t.x - w / 2.0 < x0 - 20.0
                || t.x + w / 2.0 > scene.width - MARGIN
                || t.x - w / 2.0 < last + 8.0
            {
                continue;
            }
            kit::label(
                scene,
                m,
                t.x,
                y,
                &t.label,
                TICK,
                Weight::Regular,
                theme.muted,
                Anchor::Middle,
            );
            last = t.x + w / 2.0;
        }
        y += m.descent(TICK) + 6.0;
    }
    y += m.ascent(YEAR);
    let mut last = f64::MIN;
    for t in &ticks.major {
        let w = m.width(&t.label, YEAR, Weight::Semibold);
        let left = t.x + 4.0;
        if left < last + 12.0 || left + w > x1.max(scene.width - MARGIN) {
            continue;
        }
        kit::label(
            scene,
            m,
            left,
            y,
            &t.label,
            YEAR,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        last = left + w;
    }
    y + m.descent(YEAR) + 16.0
}

/// The shades and the counts they stand for; the y under them.
fn legend(scene: &mut Scene, m: &dyn TextMeasure, theme: &Theme, c: &Counts, y: f64) -> f64 {
    let lows = classes(c.busiest());
    let busiest = c.busiest();
    if busiest == 0 {
        return y;
    }
    let mut base = y + m.ascent(NAME);
    let pitch = m.ascent(NAME) + m.descent(NAME) + 6.0;
    let head = t!("overview-legend", unit = unit_name(c.unit));
    let mut x = MARGIN;
    kit::label(
        scene,
        m,
        x,
        base,
        &head,
        NAME,
        Weight::Regular,
        theme.text,
        Anchor::Start,
    );
    x += m.width(&head, NAME, Weight::Regular) + 14.0;
    for (k, lo) in lows.iter().enumerate() {
        let hi = lows.get(k + 1).map_or(busiest, |n| n - 1);
        let text = if hi > *lo {
            format!("{}–{}", cldr::integer(*lo as i64), cldr::integer(hi as i64))
        } else {
            cldr::integer(*lo as i64)
        };
        let w = m.width(&text, NAME, Weight::Regular);
        // On a narrow canvas the shades go on below the heading.
        if x + 26.0 + w > scene.width - MARGIN {
            x = MARGIN;
            base += pitch;
        }
        scene.push(
            Role::Mark,
            Shape::Rect {
                rect: Rect::new(x, base - m.ascent(NAME) + 2.0, 20.0, m.ascent(NAME)),
                radius: 2.0,
                fill: Paint::Solid(theme.text, shade(&lows, *lo)),
                stroke: None,
            },
        );
        kit::label(
            scene,
            m,
            x + 26.0,
            base,
            &text,
            NAME,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        x += 26.0 + w + 18.0;
    }
    base + m.descent(NAME) + 6.0
}

fn finish(
    mut scene: Scene,
    (title, subtitle): (String, String),
    (width, fixed): (f64, Option<f64>),
    y: f64,
    of: Of,
) -> Scene {
    scene.height = y.ceil();
    if let Some(h) = fixed {
        if scene.height <= h {
            scene.height = h;
        } else {
            scene.display = Some((width, h));
        }
    }
    scene.description = match of {
        Of::Timeline => format!(
            "{} {subtitle}",
            t!("description-timeline", title = title.as_str())
        ),
        Of::Storyline => t!(
            "storyline-description",
            title = title.as_str(),
            subtitle = subtitle.as_str()
        ),
    };
    scene.title = title;
    scene
}
