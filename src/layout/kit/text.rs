//! Text on the page: every label a view draws is measured here, with the
//! measurer the view was given, so that its box is known before it is placed.

use crate::scene::{Anchor, Rect, Role, Scene, Shape};
use crate::style::Color;
use crate::text::{TextMeasure, Weight};

/// Draws one line of text at `x` (its box placed by `anchor`) on `baseline`,
/// measured with `m`; returns the item's index.
#[allow(clippy::too_many_arguments)]
pub fn label(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    x: f64,
    baseline: f64,
    text: &str,
    size: f64,
    weight: Weight,
    fill: Color,
    anchor: Anchor,
) -> usize {
    put(
        scene,
        Role::Label,
        m,
        (x, baseline),
        text,
        (size, weight, fill),
        anchor,
    )
}

/// Draws a line of small print (a source, a note, a key entry, a number or
/// code pointing into the key) like [`label`]; returns the item's index.
#[allow(clippy::too_many_arguments)]
pub(crate) fn note(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    x: f64,
    baseline: f64,
    text: &str,
    size: f64,
    weight: Weight,
    fill: Color,
    anchor: Anchor,
) -> usize {
    put(
        scene,
        Role::Note,
        m,
        (x, baseline),
        text,
        (size, weight, fill),
        anchor,
    )
}

fn put(
    scene: &mut Scene,
    role: Role,
    m: &dyn TextMeasure,
    (x, baseline): (f64, f64),
    text: &str,
    (size, weight, fill): (f64, Weight, Color),
    anchor: Anchor,
) -> usize {
    let w = m.width(text, size, weight);
    let left = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2.0,
        Anchor::End => x - w,
    };
    let a = m.ascent(size);
    scene.push(
        role,
        Shape::Text {
            x,
            y: baseline,
            text: text.to_string(),
            size,
            weight,
            fill,
            anchor,
            bbox: Rect::new(left, baseline - a, w, a + m.descent(size)),
            href: None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FixedMeasure;

    #[test]
    fn the_box_sits_where_the_anchor_puts_the_text() {
        let m = FixedMeasure { em: 0.5 };
        let mut scene = Scene::new(400.0, 100.0, Color::hex(0xFFFFFF));
        let w = m.width("Europol", 20.0, Weight::Regular);
        for (anchor, left) in [
            (Anchor::Start, 100.0),
            (Anchor::Middle, 100.0 - w / 2.0),
            (Anchor::End, 100.0 - w),
        ] {
            let i = label(
                &mut scene,
                &m,
                100.0,
                50.0,
                "Europol",
                20.0,
                Weight::Regular,
                Color::hex(0),
                anchor,
            );
            let b = scene.items[i].bbox();
            assert_eq!((b.x, b.w), (left, w), "{anchor:?}");
            assert!(
                b.y < 50.0 && b.bottom() > 50.0,
                "the box spans the baseline"
            );
        }
    }
}
