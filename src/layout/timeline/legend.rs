//! The legend under the axis: one entry per team, then what each kind of mark,
//! faded edge and dashed outline means, only for what the picture shows.

use super::events::EventGeom;
use super::lanes::{Lane, Shown};
use super::wording::team_kind_name;
use super::{Inputs, MARKER_R, Pen, Type};
use crate::i18n::static_text as words;
use crate::layout::kit::{LegendEntry, LegendStyle, draw_legend as draw_entries};
use crate::scene::{Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};

/// Which kinds of mark and edge a picture draws, for the legend to explain
/// only those.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Drawn {
    /// A pale outlined bar for a team's host.
    pub(super) hosts: bool,
    /// An event over a span, or known only to the month or year.
    pub(super) spans: bool,
    /// Events gathered into one disc with a count.
    pub(super) clusters: bool,
    /// Legal instruments and milestones.
    pub(super) context: bool,
    /// Any bar or event (whose edges may fade or be dashed).
    pub(super) anything: bool,
    /// A record of low confidence, drawn hatched.
    pub(super) low: bool,
}

impl Drawn {
    /// What the timeline with lanes draws: hosts' bars, spans, any bar or
    /// event and low confidence read off its lanes.
    pub(super) fn on_lanes(
        at: &Inputs,
        shown: &Shown,
        lanes: &[Lane],
        geom: &[EventGeom],
        (context, clusters): (bool, bool),
    ) -> Drawn {
        let model = at.model;
        let low = lanes.iter().any(|l| {
            l.bars.iter().any(|b| b.low && !b.host)
                || (!l.events.is_empty() && l.agency.is_some_and(|a| model[a].assurance.is_low()))
        }) || shown.events.iter().any(|&e| model[e].assurance.is_low())
            || (context && model.context.iter().any(|c| c.assurance.is_low()));
        Drawn {
            hosts: lanes.iter().any(|l| l.bars.iter().any(|b| b.host)),
            spans: lanes
                .iter()
                .any(|l| l.events.iter().any(|e| geom[e.0].span.is_some())),
            clusters,
            context,
            anything: lanes
                .iter()
                .any(|l| !l.bars.is_empty() || !l.events.is_empty()),
            low,
        }
    }
}

/// The legend's entries. Guarantees: every shown team is listed, in the model's
/// order, named with its kind unless its name says it; then a key for each kind of
/// mark or edge only when the picture has one.
pub(super) fn legend_entries(
    at: &Inputs,
    shown: &Shown,
    drawn: &Drawn,
) -> Vec<LegendEntry<LegendSwatch>> {
    let (model, theme) = (at.model, at.theme());
    let mut entries: Vec<LegendEntry<LegendSwatch>> = shown
        .teams
        .iter()
        .map(|&t| LegendEntry {
            swatch: LegendSwatch::Bar(shown.color(t, theme)),
            text: team_entry(&model[t].name, model[t].kind),
            record: Some(model[t].id.as_str().to_string()),
        })
        .collect();
    let keys = [
        (
            drawn.hosts,
            LegendSwatch::Host(theme.muted),
            words("legend-hosts"),
        ),
        (
            !shown.events.is_empty(),
            LegendSwatch::Point(theme.event),
            words("legend-event-day"),
        ),
        (
            drawn.spans,
            LegendSwatch::Capsule(theme.event),
            words("legend-event-span"),
        ),
        (
            drawn.clusters,
            LegendSwatch::Disc(theme.event),
            words("legend-event-cluster"),
        ),
        (
            drawn.context,
            LegendSwatch::Diamond(theme.muted),
            words("legend-context"),
        ),
        (
            drawn.anything,
            LegendSwatch::Fade(theme.muted),
            words("legend-faded-edge"),
        ),
        (
            drawn.anything,
            LegendSwatch::Dashed(theme.muted),
            words("legend-dashed"),
        ),
        (
            drawn.low,
            LegendSwatch::Hatch(theme.muted),
            crate::layout::kit::low_confidence(),
        ),
    ];
    entries.extend(
        keys.into_iter()
            .filter(|(drawn, _, _)| *drawn)
            .map(|(_, swatch, text)| LegendEntry {
                swatch,
                text: text.into(),
                record: None,
            }),
    );
    entries
}

/// The key to the time axis's breaks: the torn strip and what it leaves out.
pub(super) fn break_key(at: &Inputs, note: Option<&str>) -> Option<LegendEntry<LegendSwatch>> {
    note.map(|text| LegendEntry {
        swatch: LegendSwatch::Break(at.theme().muted),
        text: text.to_string(),
        record: None,
    })
}

/// A team's legend text: its name, with its kind when the name does not say
/// it (in the language spoken, or in English, the language most names are
/// written in).
pub(super) fn team_entry(name: &str, k: crate::model::TeamKind) -> String {
    let kind = team_kind_name(k);
    let lower = name.to_lowercase();
    let says_kind = lower.contains(kind.to_lowercase().as_str())
        || lower.contains(&k.noun().to_lowercase())
        || lower.contains("task force")
        || lower.contains("jit");
    if says_kind {
        name.to_string()
    } else {
        crate::i18n::t!("legend-team", name = name, kind = kind)
    }
}

/// Draws the legend below `y` and returns the y under it.
pub(super) fn draw_legend(
    pen: &mut Pen,
    at: &Inputs,
    entries: &[LegendEntry<LegendSwatch>],
    y: f64,
) -> f64 {
    let (m, theme) = (at.m, at.theme());
    let style = LegendStyle {
        size: Type::LEGEND,
        swatch: 34.0,
        gap: 10.0,
        spacing: 36.0,
        leading: at.d.legend_leading,
    };
    let y = y + m.ascent(Type::LEGEND);
    let y = draw_entries(
        &mut pen.scene,
        m,
        theme,
        &style,
        entries,
        y,
        |s, sw, x, cy, w| sw.draw(s, x, cy, w, theme),
    );
    y + m.descent(Type::LEGEND) + gap_below(at)
}

/// Space under the legend and under the key: closer on a crowded page.
pub(super) fn gap_below(at: &Inputs) -> f64 {
    at.d.section_gap.min(20.0)
}

/// What a legend entry shows: the mark it explains, in its colour.
pub(super) enum LegendSwatch {
    Diamond(Color),
    Bar(Color),
    Host(Color),
    Point(Color),
    Disc(Color),
    Capsule(Color),
    Fade(Color),
    Dashed(Color),
    /// The torn strip where a broken time axis leaves time out, across a bar.
    Break(Color),
    /// A low-confidence mark.
    Hatch(Color),
}

impl LegendSwatch {
    /// Draws the swatch `w` wide from `x`, centred on `cy`.
    fn draw(&self, scene: &mut Scene, x: f64, cy: f64, w: f64, theme: &Theme) {
        let h = 16.0;
        let rect = Rect::new(x, cy - h / 2.0, w, h);
        if let LegendSwatch::Break(c) = *self {
            return draw_break_swatch(scene, rect, c, theme);
        }
        let shape = match *self {
            LegendSwatch::Diamond(c) => {
                let (mx, r) = (x + w / 2.0, 7.0);
                Shape::Polygon {
                    points: vec![(mx, cy - r), (mx + r, cy), (mx, cy + r), (mx - r, cy)],
                    fill: Paint::Solid(c, 1.0),
                    stroke: None,
                }
            }
            LegendSwatch::Bar(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::Solid(c, 1.0),
                stroke: None,
            },
            LegendSwatch::Hatch(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::Hatch(c),
                stroke: None,
            },
            LegendSwatch::Host(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::Solid(c, 0.18),
                stroke: Some(Stroke {
                    color: c,
                    width: 2.0,
                    dash: Some((6.0, 4.0)),
                    opacity: 1.0,
                }),
            },
            LegendSwatch::Point(c) => Shape::Circle {
                cx: x + w / 2.0,
                cy,
                r: MARKER_R,
                fill: Paint::Solid(c, 1.0),
                stroke: Some(Stroke {
                    color: theme.background,
                    width: 2.5,
                    dash: None,
                    opacity: 1.0,
                }),
            },
            LegendSwatch::Disc(c) => Shape::Circle {
                cx: x + w / 2.0,
                cy,
                r: MARKER_R + 4.0,
                fill: Paint::Solid(c, 1.0),
                stroke: Some(Stroke {
                    color: theme.background,
                    width: 2.5,
                    dash: None,
                    opacity: 1.0,
                }),
            },
            LegendSwatch::Capsule(c) => Shape::Rect {
                rect,
                radius: 8.0,
                fill: Paint::Solid(c, 0.35),
                stroke: Some(Stroke {
                    color: c,
                    width: 2.0,
                    dash: None,
                    opacity: 0.9,
                }),
            },
            LegendSwatch::Fade(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::FadeX {
                    color: c,
                    from: 0.12,
                    to: 1.0,
                },
                stroke: None,
            },
            LegendSwatch::Break(_) => return,
            LegendSwatch::Dashed(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::FadeX {
                    color: c,
                    from: 0.12,
                    to: 1.0,
                },
                stroke: Some(Stroke {
                    color: c,
                    width: 2.0,
                    dash: Some((6.0, 4.0)),
                    opacity: 1.0,
                }),
            },
        };
        scene.push(Role::Decoration, shape);
    }
}

/// A bar in `c` torn across its middle the way the axis's breaks are drawn.
fn draw_break_swatch(scene: &mut Scene, rect: Rect, c: Color, theme: &Theme) {
    scene.push(
        Role::Decoration,
        Shape::Rect {
            rect,
            radius: 0.0,
            fill: Paint::Solid(c, 0.35),
            stroke: None,
        },
    );
    let mid = rect.x + rect.w / 2.0;
    let edge = |dx: f64| -> Vec<(f64, f64)> {
        (0..=4)
            .map(|i| {
                let zig = if i % 2 == 0 { -3.0 } else { 3.0 };
                (
                    mid + dx + zig,
                    rect.y - 4.0 + i as f64 * (rect.h + 8.0) / 4.0,
                )
            })
            .collect()
    };
    let (left, right) = (edge(-3.0), edge(3.0));
    scene.push(
        Role::Decoration,
        Shape::Polygon {
            points: left.iter().chain(right.iter().rev()).copied().collect(),
            fill: Paint::Solid(theme.background, 1.0),
            stroke: None,
        },
    );
    for line in [left, right] {
        scene.push(Role::Decoration, super::axis::torn_edge(&line, theme));
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load};
    use super::super::{DENSITIES, LaneMode, TimelineOptions, Type, layout_with};
    use crate::scene::{Anchor, Shape};
    use crate::text::{FixedMeasure, Weight};

    /// The legend's texts: the regular text at its size set from the left
    /// below the axis (event dates above it are set alike).
    fn legend(opts: &TimelineOptions) -> Vec<String> {
        let model = load(CASE);
        let (scene, _) = layout_with(&model, &FixedMeasure { em: 0.5 }, opts, &DENSITIES[0]);
        let axis = scene
            .items
            .iter()
            .filter(|it| matches!(&it.shape, Shape::Text { size, .. } if *size == Type::YEAR))
            .map(|it| it.bbox().bottom())
            .fold(0.0, f64::max);
        scene
            .items
            .iter()
            .filter(|it| it.bbox().y > axis)
            .filter_map(|it| match &it.shape {
                Shape::Text {
                    text,
                    size,
                    weight: Weight::Regular,
                    anchor: Anchor::Start,
                    ..
                } if *size == Type::LEGEND => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_legend_names_each_team_then_explains_what_is_drawn() {
        assert_eq!(
            legend(&TimelineOptions::default()),
            [
                "Joint investigation team A",
                "Team B (task force)",
                "Outlined: hosts the team",
                "Event (day known)",
                "Event over a span, or known only to the month or year",
                "Legal instrument or milestone (context)",
                "Faded edge: date known to the month or year, or no end date",
                "Dashed: approximate, or only known to exist by then",
            ]
        );
    }

    #[test]
    fn the_legend_leaves_out_keys_for_what_is_not_drawn() {
        let opts = TimelineOptions {
            lanes: LaneMode::Team,
            context: false,
            ..TimelineOptions::default()
        };
        let l = legend(&opts);
        assert!(
            !l.iter().any(|s| s.starts_with("Outlined")),
            "no hosts on team lanes"
        );
        assert!(!l.iter().any(|s| s.starts_with("Legal instrument")));
        assert!(l.iter().any(|s| s == "Event (day known)"));
    }
}
