//! Facets by year: which years get a panel of their own, where each panel sits,
//! and what a panel shows.

use crate::graph::CoopGraph;
use crate::layout::kit::label;
use crate::model::{Model, PartialDate};
use crate::scene::{Anchor, Rect, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight};

use super::super::kit::MARGIN;
use super::affiliation::{Affiliation, HubLink};
use super::fit::Circles;
use super::nodes::node_name;

/// Size of the year above a panel.
const PANEL_TITLE: f64 = 22.0;

/// Every year from the first cooperation to the last date known, including years
/// in which cooperation only went on; none if nothing ever happened.
pub(super) fn facet_years(g: &CoopGraph) -> Vec<i32> {
    let firsts: Vec<i32> = g.occasions_by_year().into_iter().map(|(y, _)| y).collect();
    let last_end = g
        .graph
        .edge_weights()
        .flat_map(|l| {
            l.occasions()
                .iter()
                .filter_map(|o| o.period.end.map(|e| e.year()))
        })
        .max();
    match (firsts.first(), firsts.last()) {
        (Some(a), Some(b)) => (*a..=(*b).max(last_end.unwrap_or(*b))).collect(),
        _ => Vec::new(),
    }
}

/// The grid of panels: one per year when faceting, else a single one.
pub(super) struct Panels {
    years: Vec<i32>,
    cols: usize,
    w: f64,
    h: f64,
    /// Node circles shrink with the panels, but never below half their size.
    pub(super) node_scale: f64,
    /// The box, centred in a panel, that the node circles must fit.
    pub(super) inner_w: f64,
    pub(super) inner_h: f64,
}

/// One panel of the grid.
pub(super) struct Panel {
    x: f64,
    y: f64,
    /// Below the year, if the panel has one.
    top: f64,
    w: f64,
    h: f64,
    year: Option<i32>,
}

/// The narrowest a year's panel is made on a canvas that grows downwards.
const PANEL_MIN: f64 = 300.0;

/// How much taller than wide a single panel is on a phone's column.
const PHONE_TALL: f64 = 1.5;

impl Panels {
    /// Panels for `years` (none: one panel) in a near-square grid that fills
    /// `width` between the margins; the node box leaves room around the nodes for
    /// their labels, and in a facet for the year.
    pub(super) fn new(years: Vec<i32>, width: f64, room: Option<f64>) -> Panels {
        let facet = !years.is_empty();
        let panels = years.len().max(1);
        let cols = match (facet, room) {
            (false, _) => 1,
            // On a canvas of fixed height, the grid whose panels leave the
            // largest square for the nodes: four across on a slide, not three.
            (true, Some(room)) => (1..=panels)
                .max_by(|&a, &b| {
                    let side = |cols: usize| {
                        let rows = panels.div_ceil(cols) as f64;
                        let w = (width - 2.0 * MARGIN - (cols as f64 - 1.0) * 32.0) / cols as f64;
                        let h = ((room - (rows - 1.0) * 24.0) / rows).min(w * 0.8);
                        (w - 80.0).min(h - 80.0 - PANEL_TITLE - 10.0)
                    };
                    // Ties go to fewer columns.
                    side(a).total_cmp(&side(b)).then(b.cmp(&a))
                })
                .unwrap_or(1),
            // As near square as panels at least PANEL_MIN wide allow: one
            // column on a phone, where the page scrolls.
            (true, None) => {
                let fit = ((width - 2.0 * MARGIN + 32.0) / (PANEL_MIN + 32.0)).floor() as usize;
                ((panels as f64).sqrt().ceil() as usize).min(fit.max(1))
            }
        };
        let rows = panels.div_ceil(cols);
        let w = (width - 2.0 * MARGIN - (cols as f64 - 1.0) * 32.0) / cols as f64;
        let h = if facet && w < 600.0 {
            // A year's panel on a narrow canvas: square, and on a phone as
            // tall as a single panel, with room for codes.
            if cols == 1 { w * PHONE_TALL } else { w }
        } else if facet {
            w * 0.8
        } else if w < 600.0 {
            // A phone's column: taller than wide, scrolling is cheap there and
            // the nodes need the room.
            w * PHONE_TALL
        } else {
            (w * 0.62).min(1100.0)
        };
        // On a canvas of fixed height the panels take the height there is,
        // unless that would squash them below a usable size (then the picture
        // is scaled down to fit instead).
        let h = match room {
            Some(room) => {
                let fit = (room - (rows as f64 - 1.0) * 24.0) / rows as f64;
                if facet { h.min(fit) } else { fit }.max(h.min(240.0))
            }
            None => h,
        };
        // Nodes shrink with their panel: with the panel, in facets, and on a
        // canvas narrower than a page, such as a phone's.
        let node_scale = if facet {
            (1.0 / cols as f64).sqrt().max(0.5)
        } else {
            1.0
        } * (w / 1000.0).sqrt().clamp(0.5, 1.0);
        // Room for labels beside the outermost nodes, less on a narrow canvas.
        let label_pad = if facet {
            40.0
        } else if w < 600.0 {
            // Short labels only fit beside outer nodes on a phone anyway.
            w * 0.06
        } else {
            (w * 0.12).min(150.0)
        };
        let inner_w = (w - 2.0 * label_pad).max(50.0);
        let inner_h = (h - 2.0 * 40.0 - if facet { PANEL_TITLE + 10.0 } else { 0.0 }).max(50.0);
        Panels {
            years,
            cols,
            w,
            h,
            node_scale,
            inner_w,
            inner_h,
        }
    }

    /// How many panels there are.
    pub(super) fn count(&self) -> usize {
        self.years.len().max(1)
    }

    /// Panel `p`, row by row, the first row's top at `y`.
    pub(super) fn panel(&self, p: usize, y: f64) -> Panel {
        let (c, r) = (p % self.cols, p / self.cols);
        let x = MARGIN + c as f64 * (self.w + 32.0);
        let y = y + r as f64 * (self.h + 24.0);
        let year = self.years.get(p).copied();
        let mut top = y;
        if year.is_some() {
            top += PANEL_TITLE + 10.0;
        }
        Panel {
            x,
            y,
            top,
            w: self.w,
            h: self.h,
            year,
        }
    }
}

impl Panel {
    /// The bottom edge of the panel.
    pub(super) fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Draws the panel's year above it and returns the links of that year; None
    /// for a panel that is no facet and shows every link.
    pub(super) fn year_graph(
        &self,
        scene: &mut Scene,
        m: &dyn TextMeasure,
        theme: &Theme,
        g: &CoopGraph,
    ) -> Option<CoopGraph> {
        let year = self.year?;
        let from = PartialDate::parse(&year.to_string()).ok();
        label(
            scene,
            m,
            self.x,
            self.y + m.ascent(PANEL_TITLE),
            &year.to_string(),
            PANEL_TITLE,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        Some(g.slice(from.as_ref(), from.as_ref()))
    }
}

/// One panel being drawn: all nodes of `g` (and hubs) in the same places in
/// every panel, the links of `shown`.
pub(super) struct Frame<'a> {
    pub(super) model: &'a Model,
    /// The whole graph.
    pub(super) g: &'a CoopGraph,
    /// The links this panel shows: one year's, or all of them.
    pub(super) shown: &'a CoopGraph,
    /// Whether the panel is one year of several.
    pub(super) faceted: bool,
    /// The hubs of the whole drawing, in affiliation mode.
    pub(super) hubs: Option<&'a Affiliation>,
    /// The hubs' links this panel shows (affiliation mode).
    pub(super) ties: Vec<HubLink>,
    /// Which nodes and hubs have a link in the panel (affiliation mode).
    tied: Vec<bool>,
    /// Node circles, around the origin.
    pub(super) circles: &'a Circles,
    /// Where the origin of the circles goes.
    pub(super) center: (f64, f64),
    /// The panel below its year: labels stay inside.
    pub(super) bounds: Rect,
}

/// What a node or hub is called: its label, its record, its full name.
pub(super) struct NodeText {
    pub(super) label: String,
    pub(super) record: String,
    pub(super) name: String,
    /// Whether it is a hub, whose name (a team's or event's) runs longer.
    pub(super) hub: bool,
}

impl<'a> Frame<'a> {
    /// The frame of `panel` showing the links of `shown`, through `hubs` in
    /// affiliation mode.
    pub(super) fn new(
        model: &'a Model,
        g: &'a CoopGraph,
        shown: Option<&'a CoopGraph>,
        hubs: Option<&'a Affiliation>,
        circles: &'a Circles,
        panel: &Panel,
    ) -> Frame<'a> {
        let Panel {
            x, y, top, w, h, ..
        } = *panel;
        // A year's hubs are those of the year's links, numbered as in the whole drawing.
        let ties = match (hubs, shown) {
            (Some(all), Some(year)) => Affiliation::of(model, year).links(model, all),
            (Some(all), None) => all.links(model, all),
            (None, _) => Vec::new(),
        };
        let mut tied = vec![false; hubs.map_or(0, |a| a.node(a.hubs.len()))];
        for &(a, b, _) in &ties {
            tied[a] = true;
            tied[b] = true;
        }
        Frame {
            model,
            g,
            shown: shown.unwrap_or(g),
            faceted: shown.is_some(),
            hubs,
            ties,
            tied,
            circles,
            center: (x + w / 2.0, top + (h - (top - y)) / 2.0),
            bounds: Rect::new(x, top, w, h - (top - y)),
        }
    }

    /// Where node `i` sits on the page.
    pub(super) fn at(&self, i: usize) -> (f64, f64) {
        (
            self.center.0 + self.circles.pos[i].0,
            self.center.1 + self.circles.pos[i].1,
        )
    }

    /// Whether node `i` takes part in what the panel shows: in a year's panel, only
    /// nodes and hubs with a link that year do.
    pub(super) fn shows(&self, i: usize) -> bool {
        if !self.faceted {
            return true;
        }
        if self.hubs.is_some() {
            return self.tied.get(i).copied().unwrap_or(false);
        }
        self.shown
            .graph
            .edges(petgraph::graph::NodeIndex::new(i))
            .next()
            .is_some()
    }

    /// The label, record and full name of node or hub `i`.
    pub(super) fn text(&self, i: usize) -> NodeText {
        let model = self.model;
        if let Some(hub) = self.hubs.and_then(|a| a.hub_at(i)) {
            let name = hub.of.name(model);
            return NodeText {
                label: name.to_string(),
                record: hub.of.id(model).to_string(),
                name: name.to_string(),
                hub: true,
            };
        }
        let actor = &self.g.graph[petgraph::graph::NodeIndex::new(i)];
        NodeText {
            label: super::nodes::node_label(model, actor).to_string(),
            record: actor.key(model).to_string(),
            name: node_name(model, actor),
            hub: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::fixture::small;

    #[test]
    fn years_run_on_while_cooperation_does() {
        // The team starts in 2019 and ends in 2022; the only other occasion is in 2020.
        let (_, g) = small();
        assert_eq!(facet_years(&g), vec![2019, 2020, 2021, 2022]);
        assert!(facet_years(&g.slice(None, PartialDate::parse("1990").ok().as_ref())).is_empty());
    }

    #[test]
    fn panels_fill_the_width_in_a_near_square_grid() {
        let width = 1920.0;
        let one = Panels::new(Vec::new(), width, None);
        assert_eq!((one.count(), one.years.is_empty()), (1, true));
        let p = one.panel(0, 100.0);
        assert_eq!((p.x, p.top), (MARGIN, 100.0));
        assert!((p.x + p.w - (width - MARGIN)).abs() < 1e-9);

        let five = Panels::new((2018..2023).collect(), width, None);
        assert_eq!((five.count(), five.cols), (5, 3));
        let (first, third, fourth) = (
            five.panel(0, 100.0),
            five.panel(2, 100.0),
            five.panel(3, 100.0),
        );
        assert!((third.x + third.w - (width - MARGIN)).abs() < 1e-9);
        assert_eq!(fourth.x, first.x, "the fourth panel starts the second row");
        assert!(fourth.y > first.bottom());
        assert!(first.top > first.y, "room for the year");
        assert!(five.inner_w < five.w && five.inner_h < five.h);
    }

    #[test]
    fn a_year_panel_shows_only_that_years_links() {
        let (model, g) = small();
        let (m, theme) = (
            crate::text::FontMeasure::new(),
            Theme::by_name("light").unwrap(),
        );
        let mut scene = Scene::new(1920.0, 100.0, theme.background);
        let panels = Panels::new(facet_years(&g), 1920.0, None);
        let circles = Circles {
            pos: vec![(0.0, 0.0); g.graph.node_count()],
            radius: vec![10.0; g.graph.node_count()],
        };
        // 2021: only the team (a, b, hosted by h) goes on; c met a at the 2020 event.
        let panel = panels.panel(2, 100.0);
        let year = panel
            .year_graph(&mut scene, &m, &theme, &g)
            .expect("a facet");
        let frame = Frame::new(&model, &g, Some(&year), None, &circles, &panel);
        let key = |i: usize| g.graph[petgraph::graph::NodeIndex::new(i)].key(&model);
        let shown: Vec<&str> = (0..4).filter(|&i| frame.shows(i)).map(key).collect();
        assert_eq!(shown.len(), 3);
        assert!(!shown.contains(&"c"));
        assert_eq!(scene.items.len(), 1, "the year above the panel");
    }
}
