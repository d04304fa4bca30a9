//! Reference pictures: every view of the bundled Matrix case in every theme,
//! drawn through SVG and resvg with the bundled fonts, against the PNGs in
//! `tests/reference/` pixel by pixel. `BLESS=1 cargo test reference::` rewrites
//! them; a failure leaves a diff image in `target/reference-diff/`.

use crate::common::matrix;
use crate::common::pixels::{
    SAME_RENDERER, Verdict, check_reference, compare, rasterize, reference_or,
};

use coopline::{
    FontMeasure, NetworkOptions, Role, Scene, Size, StorylineOptions, Theme, TimelineOptions,
    build_graph, layout_network, layout_storyline, layout_timeline,
};

/// Half size keeps the twelve references small (about 50 KB each) while a
/// glyph or a mark still spans several pixels.
pub const SCALE: f32 = 0.5;

/// The Matrix timeline at slide size (1920 x 1080), the picture `--size slide` makes.
fn timeline(theme: &str) -> Scene {
    let opts = TimelineOptions {
        size: Size::parse("slide").unwrap(),
        theme: Theme::by_name(theme).unwrap(),
        print: true,
        ..Default::default()
    };
    layout_timeline(&matrix(), &FontMeasure::new(), &opts)
}

fn storyline(theme: &str) -> Scene {
    let opts = StorylineOptions {
        theme: Theme::by_name(theme).unwrap(),
        ..Default::default()
    };
    layout_storyline(&matrix(), &FontMeasure::new(), &opts).0
}

fn network(theme: &str) -> Scene {
    let m = matrix();
    let opts = NetworkOptions {
        theme: Theme::by_name(theme).unwrap(),
        ..Default::default()
    };
    layout_network(&m, &build_graph(&m), &FontMeasure::new(), &opts).0
}

/// Checks one view in every theme, reporting every differing file at once.
fn check_view(view: &str, scene: fn(&str) -> Scene) {
    let failures: Vec<String> = Theme::NAMES
        .iter()
        .filter_map(|theme| {
            check_reference(&format!("{view}-{theme}"), &rasterize(&scene(theme), SCALE)).err()
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn timeline_matches_its_references() {
    check_view("timeline", timeline);
}

#[test]
fn storyline_matches_its_references() {
    check_view("storyline", storyline);
}

#[test]
fn network_matches_its_references() {
    check_view("network", network);
}

/// The scene with item `i` moved by `(dx, dy)`.
fn moved(scene: &Scene, i: usize, dx: f64, dy: f64) -> Scene {
    let mut one = Scene::new(scene.width, scene.height, scene.background);
    one.items.push(scene.items[i].clone());
    one.translate(dx, dy);
    let mut out = scene.clone();
    out.items[i] = one.items.pop().unwrap();
    out
}

/// The index of the first mark drawn for `record`.
fn mark_of(scene: &Scene, record: &str) -> usize {
    scene
        .items
        .iter()
        .position(|i| i.role == Role::Mark && i.record.as_deref() == Some(record))
        .unwrap_or_else(|| panic!("no mark for {record}"))
}

#[test]
fn a_mark_moved_by_three_pixels_fails() {
    let scene = timeline("light");
    let expected = reference_or("timeline-light", || rasterize(&scene, SCALE));
    // Moving nothing passes.
    assert_eq!(
        compare(&expected, &rasterize(&scene, SCALE), SAME_RENDERER),
        Verdict::Same
    );
    // The first event's marker and the task force's first bar, 3 px each way.
    for record in ["phone-found", "otf-matrix"] {
        let i = mark_of(&scene, record);
        for (dx, dy) in [(3.0, 0.0), (0.0, 3.0), (-3.0, 0.0), (0.0, -3.0)] {
            let actual = rasterize(&moved(&scene, i, dx, dy), SCALE);
            let verdict = compare(&expected, &actual, SAME_RENDERER);
            assert!(
                matches!(verdict, Verdict::Pixels(..)),
                "{record}'s mark moved by ({dx}, {dy}) px passes: {verdict:?}"
            );
        }
    }
}
