//! Node labels: each in the first free place of eight around its node.

use crate::layout::kit::{label, note};
use crate::scene::{Anchor, Rect, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, truncate};

use super::super::kit::BoxGrid;
use super::facets::Frame;
use super::nodes::CHIP;

/// Node labels in a single panel are set at the kit's label size (facets use smaller ones).
pub(super) use crate::layout::kit::LABEL;

/// The widest a node's label may be, in px at the full label size; longer
/// names are cut. Teams and events, named in words rather than acronyms, get more.
const LABEL_MAX: f64 = 220.0;
const HUB_LABEL_MAX: f64 = 300.0;

/// Where a label `w` × `h` may go around a circle at (`x`, `y`) of radius `r`, best
/// first: right, left, above, below, then the four diagonals. Top left corners.
fn spots(x: f64, y: f64, r: f64, w: f64, h: f64) -> [(f64, f64); 8] {
    [
        (x + r, y - h / 2.0),
        (x - r - w, y - h / 2.0),
        (x - w / 2.0, y - r - h),
        (x - w / 2.0, y + r),
        (x + r * 0.7, y - r * 0.7 - h),
        (x - r * 0.7 - w, y - r * 0.7 - h),
        (x + r * 0.7, y + r * 0.7),
        (x - r * 0.7 - w, y + r * 0.7),
    ]
}

/// Labels the nodes the panel shows, biggest nodes first, each in the first of its
/// spots that is free. Labels never overlap each other or a node in `node_boxes`,
/// and stay inside the panel and the canvas; a node without a free spot goes
/// without its label. A name cut short keeps its code, if it has one; a node
/// with a code and neither its name nor its code inside it gets the code alone
/// beside it where that fits.
pub(super) fn draw_labels(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    frame: &Frame,
    node_boxes: &BoxGrid,
    (codes, chipped): (&[Option<&str>], &[bool]),
    size: f64,
    theme: &Theme,
) {
    let radius = &frame.circles.radius;
    let mut order: Vec<usize> = (0..radius.len()).collect();
    order.sort_by(|a, b| radius[*b].total_cmp(&radius[*a]).then(a.cmp(b)));
    let coded_order = order.clone();
    let mut named = vec![false; radius.len()];
    let mut label_boxes = BoxGrid::new(64.0);
    let canvas = Rect::new(0.0, 0.0, scene.width, f64::MAX);
    let h = m.ascent(size) + m.descent(size);
    for i in order {
        if !frame.shows(i) {
            continue;
        }
        let (x, y) = frame.at(i);
        let r = radius[i] + 4.0;
        let free = |bb: &Rect| free_spot(bb, frame, node_boxes, &label_boxes, canvas);
        // Every box of a spot holds the box of no width at the spot's anchor, so
        // if none of those is free no text fits: skip shaping it (in a large
        // graph most nodes are hemmed in).
        if !spots(x, y, r, 0.0, h)
            .iter()
            .any(|&(lx, ly)| free(&Rect::new(lx, ly, 0.0, h)))
        {
            continue;
        }
        let names = frame.text(i);
        let longest = if names.hub { HUB_LABEL_MAX } else { LABEL_MAX };
        // A node in the shared "other countries" colour carries its code,
        // which a long name is cut to make room for.
        let text = match codes.get(i).copied().flatten() {
            Some(code) => {
                let tail = format!(" ({code})");
                let room = longest - m.width(&tail, size, Weight::Semibold);
                truncate(m, &names.label, size, Weight::Semibold, room).map(|t| t + &tail)
            }
            None => truncate(m, &names.label, size, Weight::Semibold, longest),
        };
        let Some(text) = text else {
            continue;
        };
        let w = m.width(&text, size, Weight::Semibold);
        let Some(bb) = spots(x, y, r, w, h)
            .iter()
            .map(|&(lx, ly)| Rect::new(lx, ly, w, h))
            .find(|bb| free(bb))
        else {
            continue;
        };
        let t = label(
            scene,
            m,
            bb.x,
            bb.y + m.ascent(size),
            &text,
            size,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        scene.items[t].record = Some(names.record.into());
        scene.items[t].tooltip = Some(names.name.into());
        label_boxes.insert(bb);
        named[i] = true;
    }
    // A node in the shared colour whose name found no room and whose code
    // does not fit inside it still carries its code, beside it in small print
    // where that fits: on a phone most names find no room.
    let size = CHIP;
    let h = m.ascent(size) + m.descent(size);
    for i in coded_order {
        let Some(code) = codes.get(i).copied().flatten() else {
            continue;
        };
        if named[i] || chipped.get(i).copied().unwrap_or(false) || !frame.shows(i) {
            continue;
        }
        let (x, y) = frame.at(i);
        let w = m.width(code, size, Weight::Semibold);
        let free = |bb: &Rect| free_spot(bb, frame, node_boxes, &label_boxes, canvas);
        let Some(bb) = spots(x, y, radius[i] + 2.0, w, h)
            .iter()
            .map(|&(lx, ly)| Rect::new(lx, ly, w, h))
            .find(|bb| free(bb))
        else {
            continue;
        };
        let t = note(
            scene,
            m,
            bb.x,
            bb.y + m.ascent(size),
            code,
            size,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        let names = frame.text(i);
        scene.items[t].record = Some(names.record.into());
        scene.items[t].tooltip = Some(names.name.into());
        label_boxes.insert(bb);
    }
}

/// Whether a label's box stays in the panel and on the canvas, off every node
/// and 2 px clear of the labels placed so far.
fn free_spot(bb: &Rect, frame: &Frame, nodes: &BoxGrid, labels: &BoxGrid, canvas: Rect) -> bool {
    frame.bounds.contains(bb)
        && canvas.contains(bb)
        && !nodes.overlaps(bb)
        && !labels.overlaps(&bb.inflate(2.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::facets::Panels;
    use crate::layout::network::fit::Circles;
    use crate::layout::network::fixture::small;
    use crate::text::FontMeasure;

    /// The labels drawn for the four nodes of the small dataset, and the nodes' boxes.
    fn labelled(circles: Circles) -> (Scene, Vec<Rect>) {
        let (model, g) = small();
        let (m, theme) = (FontMeasure::new(), Theme::by_name("light").unwrap());
        let panel = Panels::new(Vec::new(), 1200.0, None).panel(0, 100.0);
        let frame = Frame::new(&model, &g, None, None, &circles, &panel);
        let mut scene = Scene::new(1200.0, 100.0, theme.background);
        let nodes: Vec<Rect> = (0..circles.pos.len())
            .map(|i| {
                let ((x, y), r) = (frame.at(i), circles.radius[i]);
                Rect::new(x - r, y - r, 2.0 * r, 2.0 * r)
            })
            .collect();
        let mut node_boxes = BoxGrid::new(64.0);
        nodes.iter().for_each(|b| node_boxes.insert(*b));
        draw_labels(
            &mut scene,
            &m,
            &frame,
            &node_boxes,
            (&[], &[]),
            LABEL,
            &theme,
        );
        (scene, nodes)
    }

    #[test]
    fn a_lone_node_is_labelled_on_its_right() {
        let (scene, nodes) = labelled(Circles {
            pos: vec![
                (0.0, 0.0),
                (-400.0, -150.0),
                (-400.0, 150.0),
                (400.0, 150.0),
            ],
            radius: vec![20.0, 10.0, 10.0, 10.0],
        });
        assert_eq!(scene.items.len(), 4);
        let a = &scene.items[0];
        assert_eq!(a.record.as_deref(), Some("a"), "the biggest node first");
        assert_eq!(a.tooltip.as_deref(), Some("Agency A"));
        assert!(a.bbox().x >= nodes[0].x + nodes[0].w, "right of the circle");
    }

    #[test]
    fn crowded_labels_avoid_each_other_and_the_nodes() {
        // Four nodes in a tight row: labels go round them or are left out.
        let (scene, nodes) = labelled(Circles {
            pos: vec![(0.0, 0.0), (24.0, 0.0), (48.0, 0.0), (72.0, 0.0)],
            radius: vec![11.0; 4],
        });
        assert!(scene.items.len() >= 2, "above and below are free");
        for (i, a) in scene.items.iter().enumerate() {
            for b in &scene.items[i + 1..] {
                assert!(
                    !a.bbox().overlaps(&b.bbox()),
                    "{:?} and {:?}",
                    a.record,
                    b.record
                );
            }
            assert!(
                nodes.iter().all(|n| !a.bbox().overlaps(n)),
                "{:?}",
                a.record
            );
        }
    }
}
