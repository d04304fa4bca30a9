//! Affiliation mode's own marks: a hub per team (a rounded square) and per event
//! (a diamond), and the lines that tie them to who took part.

use crate::i18n::t;
use crate::layout::kit::{
    BoxGrid, team_kind_name, write_period, write_places_and_outcomes, write_roles, write_sources,
};
use crate::model::Model;
use crate::scene::{Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::Theme;

use super::affiliation::{Affiliation, Hub, HubOf, Tie};
use super::facets::Frame;

/// Members listed by name in a hub's hover text; the rest are counted.
const LISTED: usize = 12;

/// The radius of the circle around each hub: its area grows with the nodes it
/// joins, as a node's does with its occasions, times `scale`. A diamond fills
/// less of its circle than a node's disc, so hubs start larger.
pub(super) fn hub_radii(hubs: &Affiliation, scale: f64) -> impl Iterator<Item = f64> + '_ {
    hubs.hubs
        .iter()
        .map(move |h| (12.0 + 4.0 * (h.joined() as f64).sqrt()) * scale)
}

/// A hub's mark at (`x`, `y`), outline included, inside the circle of radius
/// `r`: a rounded square for a team, a diamond for an event, so that separating
/// circles keeps hubs apart too. Hubs are outlined in the theme's event colour
/// and filled with its band, apart from the agencies' colours and light enough
/// that many of them do not outweigh the agencies.
/// A hub of low confidence is hatched.
pub(super) fn hub_shape(team: bool, x: f64, y: f64, r: f64, theme: &Theme, low: bool) -> Shape {
    // Thinner on the small hubs of a large graph, so the outline stays inside r.
    let outline = (r / 4.0).min(2.5);
    let stroke = Some(Stroke {
        color: theme.event,
        width: outline,
        dash: None,
        opacity: 1.0,
    });
    let fill = if low {
        Paint::Hatch(theme.muted)
    } else {
        Paint::Solid(theme.band, 1.0)
    };
    let r = r - outline / 2.0;
    if team {
        // Corners of radius 0.25 r on a square of half-side 0.78 r reach r from the centre.
        let s = 0.78 * r;
        Shape::Rect {
            rect: Rect::new(x - s, y - s, 2.0 * s, 2.0 * s),
            radius: 0.25 * r,
            fill,
            stroke,
        }
    } else {
        Shape::Polygon {
            points: vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
            fill,
            stroke,
        }
    }
}

/// The line style of a tie: solid for who took part, dashed for a team's host
/// and for an event's link to its team.
pub(super) fn tie_stroke(tie: Tie, theme: &Theme) -> Stroke {
    Stroke {
        color: theme.muted,
        width: 1.6,
        dash: (tie != Tie::Member).then_some((5.0, 4.0)),
        opacity: 0.6,
    }
}

/// Draws a line for every tie the panel shows, under the marks. Each line is
/// named by its two ends and says how they are tied.
pub(super) fn draw_ties(scene: &mut Scene, frame: &Frame, theme: &Theme) {
    let Some(hubs) = frame.hubs else {
        return;
    };
    let model = frame.model;
    for &(a, b, tie) in &frame.ties {
        let ((x1, y1), (x2, y2)) = (frame.at(a), frame.at(b));
        let idx = scene.push(
            Role::Decoration,
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke: tie_stroke(tie, theme),
            },
        );
        let (from, to) = (frame.text(a), frame.text(b));
        scene.items[idx].record = Some(format!("{}--{}", from.record, to.record).into());
        let Some(hub) = hubs.hub_at(b) else {
            continue;
        };
        let key = match (tie, hub.of) {
            (Tie::Member, HubOf::Team(_)) => "network-tie-member",
            (Tie::Member, HubOf::Event(_)) => "network-tie-took-part",
            (Tie::Host, _) => "network-tie-host",
            (Tie::PartOf, _) => "network-tie-part-of",
        };
        let mut t = t!(key, from = from.name.as_str(), to = to.name.as_str());
        t.push('\n');
        write_period(&mut t, &period(model, hub.of));
        scene.items[idx].tooltip = Some(t.into());
    }
}

fn period(model: &Model, of: HubOf) -> crate::model::Period {
    match of {
        HubOf::Team(t) => model[t].period(),
        HubOf::Event(e) => model[e].period(),
    }
}

/// Draws every hub in its place, faint where the panel shows none of its ties,
/// and adds its box to `node_boxes`, which labels keep off. Each hub is marked
/// with its team's or event's id and tells what it is, when, who took part and
/// the sources.
pub(super) fn draw_hubs(scene: &mut Scene, frame: &Frame, theme: &Theme, node_boxes: &mut BoxGrid) {
    let Some(hubs) = frame.hubs else {
        return;
    };
    for (k, hub) in hubs.hubs.iter().enumerate() {
        let i = hubs.node(k);
        let (x, y) = frame.at(i);
        let team = matches!(hub.of, HubOf::Team(_));
        let low = match hub.of {
            HubOf::Team(t) => frame.model[t].assurance.is_low(),
            HubOf::Event(e) => frame.model[e].assurance.is_low(),
        };
        let shape = hub_shape(team, x, y, frame.circles.radius[i], theme, low);
        let idx = scene.push(Role::Mark, shape);
        scene.items[idx].record = Some(hub.of.id(frame.model).into());
        scene.items[idx].tooltip = Some(hub_tooltip(frame, hub).into());
        scene.items[idx].opacity = if frame.shows(i) { 1.0 } else { theme.dim };
        node_boxes.insert(scene.items[idx].bbox());
    }
}

/// A hub's hover text: name, what it is, when, who took part (as drawn: agencies,
/// or countries when grouped), the host, and the sources.
fn hub_tooltip(frame: &Frame, hub: &Hub) -> String {
    let model = frame.model;
    let mut t = String::with_capacity(256);
    t.push_str(hub.of.name(model));
    t.push('\n');
    let mut when = String::new();
    write_period(&mut when, &period(model, hub.of));
    let (what, sources) = match hub.of {
        HubOf::Team(r) => (
            t!(
                "network-hub-team",
                kind = team_kind_name(model[r].kind),
                period = when
            ),
            (&model[r].sources, &model[r].assurance),
        ),
        HubOf::Event(r) => (
            match &model[r].kind {
                Some(k) => t!("network-hub-event-kind", kind = k.as_str(), period = when),
                None => t!("network-hub-event", period = when),
            },
            (&model[r].sources, &model[r].assurance),
        ),
    };
    t.push_str(&what);
    let n = hub.members.len();
    let names: Vec<String> = hub
        .members
        .iter()
        .take(LISTED)
        .map(|&m| frame.text(m).name)
        .collect();
    let names = names.join(", ");
    let names = if n > LISTED {
        t!("network-hub-more", names = names, more = n - LISTED)
    } else {
        names
    };
    t.push('\n');
    t.push_str(&match hub.of {
        HubOf::Team(_) => t!("network-hub-members", count = n, names = names),
        HubOf::Event(_) => t!("network-hub-took-part", count = n, names = names),
    });
    if let Some(h) = hub.host {
        t.push('\n');
        t.push_str(&t!("tip-hosted-by", host = frame.text(h).name));
    }
    match hub.of {
        HubOf::Team(r) => write_roles(&mut t, model, &model[r]),
        HubOf::Event(r) => write_places_and_outcomes(&mut t, &model[r]),
    }
    write_sources(&mut t, model, sources.0, sources.1);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::facets::Panels;
    use crate::layout::network::fit::Circles;
    use crate::layout::network::fixture::small;

    #[test]
    fn hubs_are_squares_and_diamonds_tied_to_who_took_part() {
        let (model, g) = small();
        let theme = Theme::by_name("light").unwrap();
        let aff = Affiliation::of(&model, &g);
        let n = aff.node(aff.hubs.len());
        let circles = Circles {
            pos: (0..n).map(|i| (100.0 * i as f64, 0.0)).collect(),
            radius: vec![10.0; n],
        };
        let panel = Panels::new(Vec::new(), 1920.0, None).panel(0, 100.0);
        let frame = Frame::new(&model, &g, None, Some(&aff), &circles, &panel);
        let mut scene = Scene::new(1920.0, 100.0, theme.background);
        draw_ties(&mut scene, &frame, &theme);
        assert_eq!(
            scene.items.len(),
            5,
            "a, b and host h to the team; a, c to the event"
        );
        let host = scene
            .items
            .iter()
            .find(|i| i.record.as_deref() == Some("h--t"))
            .expect("the host's tie");
        let Shape::Line { stroke, .. } = &host.shape else {
            panic!("a line")
        };
        assert!(stroke.dash.is_some(), "hosting is dashed");
        assert!(
            host.tooltip
                .as_deref()
                .unwrap()
                .starts_with("Agency H – Team T: hosts the team\n"),
            "{:?}",
            host.tooltip
        );
        let mut boxes = BoxGrid::new(64.0);
        draw_hubs(&mut scene, &frame, &theme, &mut boxes);
        let team = &scene.items[5];
        assert!(matches!(team.shape, Shape::Rect { .. }));
        assert_eq!(team.record.as_deref(), Some("t"));
        let tip = team.tooltip.as_deref().unwrap();
        assert!(
            tip.starts_with("Team T\njoint investigation team, "),
            "{tip}"
        );
        assert!(
            tip.contains("2 members: Agency A, Agency B\nHosted by Agency H"),
            "{tip}"
        );
        let event = &scene.items[6];
        assert!(matches!(event.shape, Shape::Polygon { .. }));
        assert_eq!(event.record.as_deref(), Some("e"));
        // Every hub stays inside its circle.
        for (k, item) in scene.items[5..].iter().enumerate() {
            let (x, y) = frame.at(aff.node(k));
            let b = item.bbox();
            let r = 10.0 + 1e-9;
            assert!(
                b.x >= x - r && b.right() <= x + r && b.y >= y - r && b.bottom() <= y + r,
                "{b:?}"
            );
        }
    }
}
