//! Team and event bands: a rounded box behind the lines of each group at each
//! slot, and the group's name once per run of bands.

use crate::layout::kit::label;
use crate::layout::kit::{write_period, write_places_and_outcomes, write_sources};
use std::sync::Arc;

use super::lines::Columns;
use super::obstacles::Clear;
use super::order::Flat;
use super::story::{ALONE, Session, Story};
use super::{BAND_LABEL, Page};
use crate::layout::kit::MARGIN;
use crate::model::Model;
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::{Weight, truncate};

/// The fewest characters a band name cut to its band's width keeps, its
/// ellipsis included.
const BAND_STUB: usize = 8;

/// Each slot's column (x and width; no height) and its bands, one per group (lone
/// lines have none), top to bottom in the slot's order. A band spans its lines
/// with 10 px above and below and reaches 8 px past the slot's stretch either
/// side, less where time steps are closed up, so that the bands of neighbouring
/// slots keep 2 px apart.
pub(super) fn band_rects(
    story: &Story,
    orders: &[Flat],
    ys: &[f64],
    cols: &Columns,
) -> Vec<(Rect, Vec<Rect>)> {
    let seg = cols.seg;
    let reach = ((cols.pitch - seg) / 2.0 - 1.0).clamp(0.0, 8.0);
    orders
        .iter()
        .enumerate()
        .map(|(s, order)| {
            let boxes = order
                .iter()
                .filter(|(g, _)| *g != ALONE)
                .map(|(_, ls)| {
                    let (lo, hi) = ls
                        .iter()
                        .filter_map(|l| story.cell(*l, s).map(|c| ys[c]))
                        .fold((f64::MAX, f64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
                    let x = cols.seg_x(s) - reach;
                    Rect::new(x, lo - 10.0, seg + 2.0 * reach, hi - lo + 20.0)
                })
                .collect();
            (
                Rect::new(cols.seg_x(s) - reach, 0.0, seg + 2.0 * reach, 0.0),
                boxes,
            )
        })
        .collect()
}

/// Draws the bands of `clear.bands` (as [`band_rects`] made them), teams filled
/// with the grid colour, events with the band colour and a dashed edge; each band
/// carries its group's id and a tooltip with the group's name and dates. A run of
/// bands of one group at consecutive slots is named once, at its first slot, above
/// the band or else below it, where the name keeps clear of lines, bands and
/// other labels and stays between `area.0` and 30 px below `area.1`; a name that
/// fits nowhere is left out.
pub(super) fn draw_bands(
    scene: &mut Scene,
    page: &Page,
    model: &Model,
    story: &Story,
    orders: &[Flat],
    clear: &mut Clear,
    area: (f64, f64),
) {
    // The slot at which each group was last seen, by group number.
    let mut last_seen: Vec<Option<usize>> = vec![None; story.sessions.len()];
    // A group's tooltip, made once for all its bands, by group number.
    let mut tooltips: Vec<Option<Arc<str>>> = vec![None; story.sessions.len()];
    for (s, order) in orders.iter().enumerate() {
        let groups = order.blocks.iter().filter(|(g, _)| *g != ALONE);
        for (k, (code, _)) in groups.enumerate() {
            let Some(&rect) = clear.bands.slots[s].boxes.get(k) else {
                break;
            };
            let code = *code as usize;
            let Some(g) = story.sessions.get(code) else {
                continue;
            };
            let (id, name) = session_name(model, *g);
            let low = match *g {
                Session::Event(e) => model[e].assurance.is_low(),
                Session::Team(t) => model[t].assurance.is_low(),
            };
            let idx = push_band(scene, page, *g, rect, low);
            let tooltip = tooltips[code].get_or_insert_with(|| group_tooltip(model, *g, name));
            scene.items[idx].record = Some(id.into());
            scene.items[idx].tooltip = Some(tooltip.clone());
            let continues = s > 0 && last_seen[code].is_some_and(|l| l + 1 == s);
            last_seen[code] = Some(s);
            if continues {
                continue;
            }
            if let Some(t) = name_band(scene, page, clear, rect, name, area) {
                scene.items[t].record = Some(id.into());
                scene.items[t].tooltip = Some(tooltip.clone());
            }
        }
    }
}

fn session_name(model: &Model, s: Session) -> (&str, &str) {
    match s {
        Session::Event(e) => (model[e].id.as_str(), model[e].name.as_str()),
        Session::Team(t) => (model[t].id.as_str(), model[t].name.as_str()),
    }
}

/// A group's name and, on the next line, its dates.
fn group_tooltip(model: &Model, g: Session, name: &str) -> Arc<str> {
    let (period, sources, sure) = match g {
        Session::Event(e) => (model[e].period(), &model[e].sources, &model[e].assurance),
        Session::Team(t) => (model[t].period(), &model[t].sources, &model[t].assurance),
    };
    let mut t = String::with_capacity(name.len() + 64);
    t.push_str(name);
    t.push('\n');
    write_period(&mut t, &period);
    if let Session::Event(e) = g {
        write_places_and_outcomes(&mut t, &model[e]);
    }
    write_sources(&mut t, model, sources, sure);
    t.into()
}

/// Pushes group `g`'s band at `rect` and returns its index.
/// A band of low confidence is hatched in the outline's colour.
fn push_band(scene: &mut Scene, page: &Page, g: Session, rect: Rect, low: bool) -> usize {
    let (fill, stroke) = band_style(page.theme, matches!(g, Session::Team(_)));
    scene.push(
        Role::Mark,
        Shape::Rect {
            rect,
            radius: 10.0,
            fill: if low {
                Paint::Hatch(page.theme.grid)
            } else {
                Paint::Solid(fill, 1.0)
            },
            stroke: Some(stroke),
        },
    )
}

/// A team's band (`team`) or an event's: its fill and outline, the event's
/// dashed.
pub(super) fn band_style(theme: &Theme, team: bool) -> (Color, Stroke) {
    let fill = if team { theme.grid } else { theme.band };
    let stroke = Stroke {
        color: theme.muted,
        width: 1.0,
        dash: (!team).then_some((4.0, 3.0)),
        opacity: 0.6,
    };
    (fill, stroke)
}

/// Writes `name`, cut to 1.8 columns (else to the band's width), above the
/// band at `rect`, else below it, at the first spot that is free (see
/// [`draw_bands`]); files its box with the labels and returns the text's
/// index, or None if neither spot is free.
fn name_band(
    scene: &mut Scene,
    page: &Page,
    clear: &mut Clear,
    rect: Rect,
    name: &str,
    (above, bottom): (f64, f64),
) -> Option<usize> {
    let (m, width) = (page.m, page.width);
    let max_w = page.cols.pitch * 1.8;
    let h = m.ascent(BAND_LABEL) + m.descent(BAND_LABEL);
    // Above the band, else below it.
    let spots = [rect.y - 6.0, rect.bottom() + 6.0 + m.ascent(BAND_LABEL)];
    let free = |clear: &Clear, bx: f64, w: f64, base: f64| {
        let bb = Rect::new(bx, base - m.ascent(BAND_LABEL), w, h);
        // Lines block nearly every spot, so they are asked first.
        bb.y > above
            && bb.bottom() < bottom + 30.0
            && !clear.lines.hits(&bb, None)
            && !clear.labels.overlaps(&bb.inflate(2.0))
            && !clear.bands.overlaps(&bb.inflate(1.0))
    };
    // Measuring the name costs more than the tests, and most spots are
    // blocked. Unless a label would run past the right margin it starts at the
    // band's left edge whatever its width, so its box holds a box of no width
    // there, and anything that blocks that box blocks the label: if both
    // spots are blocked so, the name need not be measured.
    if rect.x <= width - MARGIN - max_w
        && !spots
            .iter()
            .any(|base| free(clear, rect.x.max(MARGIN), 0.0, *base))
    {
        return None;
    }
    // The name as long as 1.8 columns allow, else cut to the band's width,
    // which the lines beside the band cannot cross; a stub of a few letters
    // names nothing, so a cut name keeps BAND_STUB characters at least.
    let (text, w, bx, base) = [max_w, rect.w.min(max_w)].into_iter().find_map(|room| {
        let text = truncate(m, name, BAND_LABEL, Weight::Regular, room)
            .filter(|t| t == name || t.chars().count() > BAND_STUB)?;
        let w = m.width(&text, BAND_LABEL, Weight::Regular);
        let bx = (rect.x).min(width - MARGIN - w).max(MARGIN);
        let base = spots.into_iter().find(|base| free(clear, bx, w, *base))?;
        Some((text, w, bx, base))
    })?;
    let bb = Rect::new(bx, base - m.ascent(BAND_LABEL), w, h);
    let t = label(
        scene,
        m,
        bx,
        base,
        &text,
        BAND_LABEL,
        Weight::Regular,
        page.theme.muted,
        Anchor::Start,
    );
    clear.labels.insert(bb);
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::tests::{generated, laid, model};
    use crate::layout::storyline::{StorylineOptions, layout_storyline};
    use crate::text::FontMeasure;

    #[test]
    fn a_band_holds_its_groups_lines_and_bands_never_overlap() {
        let m = generated(60, 8, 200, 7);
        let laid = laid(&m, &StorylineOptions::default());
        let cols = Columns::new(200.0, 3000.0, laid.story.slots.len());
        let slots = band_rects(&laid.story, &laid.orders, &laid.ys, &cols);
        for (s, (order, (span, boxes))) in laid.orders.iter().zip(&slots).enumerate() {
            // Over the slot's stretch, at most 8 px past it each side, and
            // 2 px short of the next slot's band.
            let reach = cols.seg_x(s) - span.x;
            assert!((0.0..=8.0).contains(&reach), "slot {s}: reaches {reach}");
            assert!((span.w - (cols.seg + 2.0 * reach)).abs() < 1e-9, "slot {s}");
            if let Some((next, _)) = slots.get(s + 1) {
                assert!(
                    next.x - span.right() >= 2.0 - 1e-9,
                    "slot {s}: touches the next"
                );
            }
            let groups: Vec<&[usize]> = order
                .iter()
                .filter(|(g, _)| *g != ALONE)
                .map(|(_, ls)| ls)
                .collect();
            assert_eq!(groups.len(), boxes.len(), "slot {s}: a band per group");
            for (ls, b) in groups.iter().zip(boxes) {
                for l in *ls {
                    let y = laid.ys[laid.story.cell(*l, s).expect("runs")];
                    assert!(b.y + 10.0 <= y && y <= b.bottom() - 10.0, "slot {s}");
                }
            }
            for (i, a) in boxes.iter().enumerate() {
                assert!(boxes[i + 1..].iter().all(|b| !a.overlaps(b)), "slot {s}");
            }
        }
    }

    #[test]
    fn a_run_of_bands_is_named_once_at_most_and_its_bands_say_what_they_are() {
        let m = model(crate::MATRIX_YAML);
        let opts = StorylineOptions::default();
        let (scene, _) = layout_storyline(&m, &FontMeasure::new(), &opts);
        let laid = laid(&m, &opts);
        // Runs of each group: slots where it is and was not the slot before.
        let mut runs = vec![0usize; laid.story.sessions.len()];
        for (s, order) in laid.orders.iter().enumerate() {
            for (g, _) in order.iter().filter(|(g, _)| *g != ALONE) {
                let before = s > 0 && laid.orders[s - 1].iter().any(|(h, _)| h == g);
                runs[g as usize] += usize::from(!before);
            }
        }
        let mut named = 0;
        for (code, g) in laid.story.sessions.iter().enumerate() {
            let (id, name) = session_name(&m, *g);
            let of = |text: bool| {
                scene.items.iter().filter(move |i| {
                    i.record.as_deref() == Some(id) && matches!(i.shape, Shape::Text { .. }) == text
                })
            };
            let names = of(true).count();
            assert!(
                names <= runs[code],
                "{id}: {names} names for {} runs",
                runs[code]
            );
            named += names;
            for band in of(false) {
                let tip = band.tooltip.as_deref().unwrap_or_default();
                assert!(tip.starts_with(&format!("{name}\n")), "{id}: {tip:?}");
                // Dates as the source wrote them, and the sources, as in every view.
                assert!(tip.contains("(as written: "), "{id}: {tip:?}");
                let cited = match *g {
                    Session::Event(e) => !m[e].sources.is_empty(),
                    Session::Team(t) => !m[t].sources.is_empty(),
                };
                assert_eq!(tip.contains("\nSources: "), cited, "{id}: {tip:?}");
            }
        }
        assert!(named > 0, "no band is named");
        assert!(scene.labels_over_marks().is_empty(), "a name covers a band");
    }
}
