//! The map view: where the cooperation happened. Countries that took part
//! are shaded in their colour by how many of their agencies took part, the
//! others drawn quietly around them for context; curved lines join those who
//! worked together, wider for more teams and events; EU and international
//! bodies stand at their seats and events at their places.
//!
//! The projection follows the data ([`Projection::for_points`]): Lambert
//! azimuthal equal-area for Europe (EPSG:3035) when everything lies in
//! Europe, Equal Earth otherwise. The frame is fitted to the countries,
//! seats and places that took part, with a margin of neighbours
//! ([`frame`]). The steps run one way: `data` gathers, `frame` and `land`
//! place, `marks` and `labels` draw, `legend` explains.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::geo::{LonLat, Projection, country_shape};
use crate::i18n::t;
use crate::model::{Model, PartialDate, Period};
use crate::scene::{Paint, Rect, Role, Scene, Shape, Stroke};
use crate::text::{TextMeasure, Weight};

use super::Size;
use super::kit::{self, BoxGrid, Colors, MARGIN, Note};
use super::view::{Facet, Options};

mod data;
mod frame;
mod labels;
mod land;
mod legend;
mod marks;
mod view;
mod words;

pub use view::Map;

use data::{End, Involved};
use frame::Frame;
use labels::{Room, Want};
use legend::Drawn;
use marks::{Fill, Paints, Pin};

/// Lays out the map of `model` as `opts` ask.
pub fn layout_map(model: &Model, opts: &Options, m: &dyn TextMeasure) -> Scene {
    let theme = &opts.theme;
    let all = Involved::of(model, opts.from.as_ref(), opts.to.as_ref(), |_| true);
    let mut scene = Scene::new(opts.width(), 100.0, theme.background);
    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| t!("map-title"));
    let subtitle = opts
        .subtitle
        .clone()
        .unwrap_or_else(|| words::subtitle(model, &all));
    let (title, subtitle, head_y) =
        kit::heading(&mut scene, m, theme, &title, &subtitle, opts.page);
    scene.title = title;
    scene.description = t!("map-description", subtitle = subtitle);
    let anchors: Anchors = all
        .countries
        .keys()
        .filter_map(|code| country_shape(code).map(|s| (*code, (s, s.label_point()))))
        .collect();
    let Some((proj, ext)) = content(&all, &anchors) else {
        let why = kit::nothing_to_draw_why(model, "map-nothing", false);
        let end = kit::nothing_to_draw(&mut scene, m, theme, head_y, &why);
        scene.height = (end + MARGIN).ceil();
        return scene;
    };
    let panels = panels(model, opts, &all);
    let notes = footnotes(model, &all);
    let places = !all.spots.is_empty() || all.bodies.iter().any(|b| b.seat.is_some());
    let colors = Colors::new(model, theme);
    // The legend and footnote as they will be drawn, to know the room left.
    let mut drawn = Drawn::default();
    for p in &panels {
        drawn = drawn_of(model, &p.1, drawn);
    }
    drawn.bodies = all
        .bodies
        .iter()
        .find(|b| b.seat.is_some())
        .map(|b| colors.country(model[b.agency].country.code()).color);
    drawn.spots = (!all.spots.is_empty()).then_some(theme.text);
    let below = {
        let mut scratch = Scene::new(scene.width, 100.0, theme.background);
        let y = legend::legend(&mut scratch, m, theme, &drawn, 0.0);
        legend::footnote(&mut scratch, m, theme, notes.clone(), places, y)
    };
    let grid = Grid::of(opts, panels.len(), ext, head_y, below);
    let frame = Frame::fit(proj, ext, grid.w, grid.h);
    let land = land::land(&frame);
    let ctx = Ctx {
        model,
        opts,
        m,
        colors,
        paints: Paints::of(theme),
        frame,
        land,
        anchors,
    };
    let mut left_out = Vec::new();
    for (k, (year, inv)) in panels.iter().enumerate() {
        let at = grid.at(k, head_y);
        if let Some(year) = year {
            let y = at.1 - 10.0;
            kit::label(
                &mut scene,
                m,
                // Off the canvas's edge when the panel runs to it.
                at.0.max(16.0),
                y,
                &year.to_string(),
                labels::SIZE,
                Weight::Semibold,
                theme.text,
                crate::scene::Anchor::Start,
            );
        }
        left_out.extend(draw_panel(&mut scene, &ctx, inv, at));
    }
    let mut notes = notes;
    left_out.sort();
    left_out.dedup();
    if !left_out.is_empty() {
        notes.insert(
            0,
            Note::plain(t!("map-not-named", names = left_out.join(", "))),
        );
    }
    let y = legend::legend(&mut scene, m, theme, &drawn, grid.bottom(head_y));
    let end = legend::footnote(&mut scene, m, theme, notes, places, y);
    scene.height = (end + MARGIN).ceil();
    scene
}

/// The projection and the projected extent of what took part: the main
/// bodies of the countries, the seats and the places. `None` when nothing
/// has a place on the map.
fn content(inv: &Involved, anchors: &Anchors) -> Option<(Projection, (f64, f64, f64, f64))> {
    let mut boxes = Vec::new();
    let mut points = Vec::new();
    for (shape, at) in anchors.values() {
        boxes.push(shape.main_bounds());
        points.push(*at);
    }
    let extra: Vec<LonLat> = inv
        .bodies
        .iter()
        .filter_map(|b| b.seat)
        .chain(inv.spots.iter().map(|s| s.at))
        .map(|(lat, lon)| LonLat { lon, lat })
        .collect();
    points.extend(extra.iter().copied());
    if points.is_empty() {
        return None;
    }
    let proj = Projection::for_points(points);
    frame::extent(proj, &boxes, &extra).map(|e| (proj, e))
}

/// The panels: the whole time shown, or one per year with `--facet year`,
/// each with what took part in it.
fn panels(model: &Model, opts: &Options, all: &Involved) -> Vec<(Option<i32>, Involved)> {
    if opts.facet != Some(Facet::Year) {
        return vec![(None, all.clone())];
    }
    let mut years: Vec<i32> = Vec::new();
    let last = all
        .occasions
        .iter()
        .map(|o| o.period.end.unwrap_or(o.period.start).year())
        .max();
    for o in &all.occasions {
        let end = o
            .period
            .end
            .map_or(last.unwrap_or(o.period.start.year()), |e| e.year());
        years.extend(o.period.start.year()..=end.max(o.period.start.year()));
    }
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .filter_map(|y| {
            let d = PartialDate::parse(&y.to_string()).ok()?;
            let (from, to) = (opts.from.as_ref(), opts.to.as_ref());
            let inv = Involved::of(model, Some(&d), Some(&d), |p: &Period| p.within(from, to));
            (!inv.occasions.is_empty()).then_some((Some(y), inv))
        })
        .collect()
}

/// Notes on what is not on the map and why, then the sources cited.
fn footnotes(model: &Model, inv: &Involved) -> Vec<Note> {
    let mut notes = Vec::new();
    let missing: Vec<&str> = inv
        .countries
        .keys()
        .filter(|c| country_shape(c).is_none())
        .map(|c| crate::model::Country::from_code(c).map_or(*c, |c| c.name()))
        .collect();
    if !missing.is_empty() {
        notes.push(Note::plain(t!("map-no-shape", names = missing.join(", "))));
    }
    let seatless: Vec<&str> = inv
        .bodies
        .iter()
        .filter(|b| b.seat.is_none())
        .map(|b| model[b.agency].label())
        .collect();
    if !seatless.is_empty() {
        notes.push(Note::plain(t!("map-no-seat", names = seatless.join(", "))));
    }
    if !inv.stateless.is_empty() {
        let names: Vec<&str> = inv.stateless.iter().map(|&a| model[a].label()).collect();
        notes.push(Note::plain(t!("map-no-country", names = names.join(", "))));
    }
    let mut cited = Vec::new();
    for o in &inv.occasions {
        let refs = match o.what {
            data::What::Team(t) => &model[t].sources,
            data::What::Event(e) => &model[e].sources,
        };
        for r in refs {
            if !cited.contains(r) {
                cited.push(*r);
            }
        }
    }
    cited.sort();
    notes.extend(kit::source_notes(model, &cited));
    notes
}

/// What a panel draws, added to what others drew, for the legend.
fn drawn_of(model: &Model, inv: &Involved, mut d: Drawn) -> Drawn {
    for (code, t) in &inv.countries {
        if country_shape(code).is_some() {
            d.shades[marks::shade(t.agencies.len())] = true;
            d.low |= country_is_low(model, inv, code);
        }
    }
    d.links |= !inv.links.is_empty();
    d.low_links |= inv.links.iter().any(|l| {
        l.occasions
            .iter()
            .all(|&o| inv.occasions[o].what.is_low(model))
    });
    d
}

/// Whether a country is drawn hatched: everything it took part in, or every
/// agency of it that took part, is of low confidence.
fn country_is_low(model: &Model, inv: &Involved, code: &str) -> bool {
    inv.countries.get(code).is_some_and(|t| {
        t.occasions
            .iter()
            .all(|&o| inv.occasions[o].what.is_low(model))
            || t.agencies.iter().all(|&a| model[a].assurance.is_low())
    })
}

/// Where the panels go: their size and their grid.
struct Grid {
    /// The left edge of the first column.
    left: f64,
    cols: usize,
    rows: usize,
    w: f64,
    h: f64,
    /// Room above each panel for its year.
    title: f64,
}

/// Between panels, in px.
const GAP: f64 = 32.0;

impl Grid {
    /// Panels drawn at the largest scale the canvas allows: on a fixed
    /// canvas they fill the room the heading and the legend leave (a wider
    /// room shows more of the neighbours); otherwise each takes the
    /// content's own shape, within bounds.
    fn of(opts: &Options, n: usize, ext: (f64, f64, f64, f64), head_y: f64, below: f64) -> Grid {
        let n = n.max(1);
        // On a phone's column the map runs almost from edge to edge: the
        // margins would take a quarter of its width.
        let narrow = opts.width() < 800.0;
        let (left, width) = if narrow {
            (2.0, opts.width() - 4.0)
        } else {
            (MARGIN, opts.width() - 2.0 * MARGIN)
        };
        let title = if n > 1 { 30.0 } else { 0.0 };
        let room = match opts.size {
            Size::Fixed { height, .. } => {
                Some((height - head_y - 24.0 - below - MARGIN).max(160.0))
            }
            _ => None,
        };
        let (least, most) = if opts.width() < 800.0 {
            (0.6, 1.3)
        } else {
            (0.45, 0.85)
        };
        let mut best: Option<(f64, Grid)> = None;
        for cols in 1..=n {
            let rows = n.div_ceil(cols);
            let w = ((width - GAP * (cols - 1) as f64) / cols as f64).floor();
            if w < 120.0 {
                break;
            }
            let h = match room {
                Some(room) => {
                    ((room - (GAP + title) * (rows - 1) as f64 - title) / rows as f64).floor()
                }
                None => Frame::natural_height(ext, w, least, most),
            };
            if h < 80.0 {
                continue;
            }
            let k = Frame::fit(Projection::EqualEarth, ext, w, h).scale();
            let g = Grid {
                left,
                cols,
                rows,
                w,
                h,
                title,
            };
            // Without a fixed height, rows are free, and one column would
            // always draw largest: the grid is made about as many columns
            // as rows instead, so that years are compared side by side.
            if room.is_none() {
                best = Some((k, g));
                if cols * cols >= n {
                    break;
                }
                continue;
            }
            if best.as_ref().is_none_or(|(bk, _)| k > *bk * 1.001) {
                best = Some((k, g));
            }
        }
        best.map(|b| b.1).unwrap_or(Grid {
            left,
            cols: 1,
            rows: n,
            w: width,
            h: width * 0.6,
            title,
        })
    }

    /// The top left corner of panel `k` (its map, under its year).
    fn at(&self, k: usize, top: f64) -> (f64, f64) {
        let (col, row) = (k % self.cols, k / self.cols);
        (
            self.left + col as f64 * (self.w + GAP),
            top + 24.0 + self.title + row as f64 * (self.h + self.title + GAP),
        )
    }

    /// The bottom of the last row.
    fn bottom(&self, top: f64) -> f64 {
        top + 24.0 + self.rows as f64 * (self.h + self.title) + (self.rows - 1) as f64 * GAP
    }
}

/// What every panel is drawn with.
struct Ctx<'a> {
    model: &'a Model,
    opts: &'a Options,
    m: &'a dyn TextMeasure,
    colors: Colors,
    paints: Paints,
    frame: Frame,
    land: Vec<land::Land>,
    anchors: Anchors,
}

/// Each country that took part and has a shape, with the point its name and
/// links start from (worked out once: it is a search over the outline).
type Anchors = BTreeMap<&'static str, (&'static crate::geo::CountryShape, LonLat)>;

/// Draws one panel at `at`: land, the countries that took part, links,
/// bodies and places, names. Returns the names that found no room.
fn draw_panel(scene: &mut Scene, c: &Ctx, inv: &Involved, at: (f64, f64)) -> Vec<String> {
    let (model, theme) = (c.model, &c.opts.theme);
    let area = Rect::new(at.0, at.1, c.frame.w, c.frame.h);
    scene.push(
        Role::Decoration,
        Shape::Rect {
            rect: area,
            radius: 0.0,
            fill: Paint::Solid(c.paints.sea, 1.0),
            stroke: Some(Stroke {
                color: theme.grid,
                width: 1.0,
                dash: None,
                opacity: 1.0,
            }),
        },
    );
    // In a build a country stands as land until the step it joins at.
    let lit_throughout =
        |l: &land::Land| !c.opts.steps && l.code.is_some_and(|k| inv.countries.contains_key(k));
    marks::draw_land(scene, &c.land, &c.paints, at, lit_throughout);
    let step = |s: u32| c.opts.steps.then_some(s);
    // One hover text per country, shared by its fill's rings and its name.
    let tips: BTreeMap<&str, Arc<str>> = inv
        .countries
        .keys()
        .map(|code| (*code, Arc::from(words::country_tip(model, inv, code))))
        .collect();
    for l in &c.land {
        let Some(code) = l.code else { continue };
        let Some(t) = inv.countries.get(code) else {
            continue;
        };
        let fill = Fill {
            colour: c.colors.country(code).color,
            class: marks::shade(t.agencies.len()),
            low: country_is_low(model, inv, code),
            tooltip: tips[code].clone(),
            step: step(t.step),
        };
        marks::draw_fill(scene, l, &fill, &c.paints, at);
    }
    let ends = end_points(c, inv, at);
    marks::draw_links(scene, model, inv, &ends, theme, |li| {
        words::link_tip(model, inv, li).into()
    });
    let pins = pins(c, inv, at);
    let placed = marks::draw_pins(scene, theme, pins.iter().map(|p| &p.1), area);
    let mut wants = Vec::new();
    for ((kind, pin), (centre, mark)) in pins.iter().zip(&placed) {
        let (text, weight) = match kind {
            PinOf::Body(b) => (
                model[inv.bodies[*b].agency].label().to_string(),
                Weight::Semibold,
            ),
            PinOf::Spot(s) => (inv.spots[*s].name.clone(), Weight::Regular),
        };
        wants.push(Want {
            text,
            short: None,
            at: *centre,
            host: Some(*mark),
            beside: Some(pin.r),
            small: false,
            weight,
            record: pin.record.clone(),
            tooltip: Some(pin.tooltip.clone()),
            step: pin.step,
        });
    }
    wants.extend(country_names(c, inv, at, &tips));
    let mut room = Room {
        area,
        names: BoxGrid::new(64.0),
        marks: placed
            .iter()
            .map(|(_, i)| (*i, scene.items[*i].bbox()))
            .collect(),
    };
    labels::place_names(scene, c.m, theme, wants, &mut room)
}

/// Where each end of a link is, in canvas px: a country at its label
/// point, a body at its seat.
fn end_points(c: &Ctx, inv: &Involved, at: (f64, f64)) -> BTreeMap<End, (f64, f64)> {
    let mut out = BTreeMap::new();
    let shift = |(x, y): (f64, f64)| (x + at.0, y + at.1);
    for code in inv.countries.keys() {
        if let Some((_, p)) = c.anchors.get(code) {
            out.insert(End::Country(code), shift(c.frame.screen(*p)));
        }
    }
    for (b, body) in inv.bodies.iter().enumerate() {
        if let Some((lat, lon)) = body.seat {
            out.insert(End::Body(b), shift(c.frame.screen(LonLat { lon, lat })));
        }
    }
    out.retain(|_, p| c.frame.inside((p.0 - at.0, p.1 - at.1)));
    out
}

/// What a pin stands for.
enum PinOf {
    Body(usize),
    Spot(usize),
}

/// The bodies at their seats, then the places of events.
fn pins(c: &Ctx, inv: &Involved, at: (f64, f64)) -> Vec<(PinOf, Pin)> {
    let model = c.model;
    let shift = |(x, y): (f64, f64)| (x + at.0, y + at.1);
    let step = |s: u32| c.opts.steps.then_some(s);
    let mut out = Vec::new();
    for (b, body) in inv.bodies.iter().enumerate() {
        let Some((lat, lon)) = body.seat else {
            continue;
        };
        let p = c.frame.screen(LonLat { lon, lat });
        if !c.frame.inside(p) {
            continue;
        }
        let a = &model[body.agency];
        out.push((
            PinOf::Body(b),
            Pin {
                at: shift(p),
                r: marks::BODY_R,
                colour: c.colors.country(a.country.code()).color,
                low: a.assurance.is_low(),
                record: Some(a.id.as_str().into()),
                tooltip: words::body_tip(model, inv, b).into(),
                step: step(body.step),
            },
        ));
    }
    for (s, spot) in inv.spots.iter().enumerate() {
        let p = c.frame.screen(LonLat {
            lon: spot.at.1,
            lat: spot.at.0,
        });
        if !c.frame.inside(p) {
            continue;
        }
        let first = &inv.occasions[spot.occasions[0]];
        out.push((
            PinOf::Spot(s),
            Pin {
                at: shift(p),
                r: marks::SPOT_R,
                colour: c.opts.theme.text,
                low: spot
                    .occasions
                    .iter()
                    .all(|&o| inv.occasions[o].what.is_low(model)),
                record: Some(first.what.id(model).into()),
                tooltip: words::spot_tip(model, inv, s).into(),
                step: step(first.step),
            },
        ));
    }
    out
}

/// The names of the countries that took part, the busiest first; a country
/// too small for its name gets it beside, with a leader line.
fn country_names(
    c: &Ctx,
    inv: &Involved,
    at: (f64, f64),
    tips: &BTreeMap<&str, Arc<str>>,
) -> Vec<Want> {
    let mut list: Vec<(&&'static str, &data::Taking)> = inv.countries.iter().collect();
    list.sort_by(|a, b| {
        b.1.agencies
            .len()
            .cmp(&a.1.agencies.len())
            .then(a.0.cmp(b.0))
    });
    let mut out = Vec::new();
    for (code, t) in list {
        let Some(&(shape, anchor)) = c.anchors.get(*code) else {
            continue;
        };
        let p = c.frame.screen(anchor);
        if !c.frame.inside(p) {
            continue;
        }
        let name = crate::model::Country::from_code(code).map_or(*code, |c| c.name());
        let text_w = c.m.width(name, labels::SIZE, Weight::Semibold);
        let span = frame::extent(c.frame.proj, &[shape.main_bounds()], &[])
            .map(|(x0, y0, x1, y1)| {
                let a = c.frame.of_projected((x0, y1));
                let b = c.frame.of_projected((x1, y0));
                ((b.0 - a.0).abs(), (b.1 - a.1).abs())
            })
            .unwrap_or((0.0, 0.0));
        out.push(Want {
            text: name.to_string(),
            short: Some(code.to_string()),
            at: (p.0 + at.0, p.1 + at.1),
            host: None,
            beside: None,
            small: span.0 < text_w * 0.8 || span.1 < 24.0,
            weight: Weight::Semibold,
            record: None,
            tooltip: tips.get(*code).cloned(),
            step: c.opts.steps.then_some(t.step),
        });
    }
    out
}
