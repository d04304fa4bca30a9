//! Slide output: PNG pixels against the reference, PDF pages drawn back to
//! pixels by poppler against resvg's picture, and step-by-step builds.

use crate::common::matrix;
use crate::common::pixels::{
    Image, TWO_RASTERIZERS, Verdict, compare, decode_png, pdf_page, rasterize, reference_or,
};
use crate::reference::SCALE;

use coopline::{
    FontMeasure, Item, Scene, Size, TimelineOptions, layout_timeline, render_pdf, render_png,
    render_svg,
};

fn pdf_pages(pdf: &[u8]) -> usize {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

fn slide() -> TimelineOptions {
    TimelineOptions {
        size: Size::parse("slide").unwrap(),
        print: true,
        ..Default::default()
    }
}

/// Both pictures averaged over blocks of `1/scale_a` and `1/scale_b` of the
/// same 8 x 8 px at the reference scale, compared within [`TWO_RASTERIZERS`].
fn coarse(a: &Image, scale_a: f32, b: &Image, scale_b: f32) -> Verdict {
    let block = |s: f32| (8.0 * s / SCALE).round() as u32;
    compare(
        &a.downsample(block(scale_a)),
        &b.downsample(block(scale_b)),
        TWO_RASTERIZERS,
    )
}

#[test]
fn png_has_the_slide_size_scales_and_matches_the_reference() {
    let scene = layout_timeline(&matrix(), &FontMeasure::new(), &slide());
    let svg = render_svg(&scene);
    let png = decode_png(&render_png(&svg, 1.0).unwrap());
    assert_eq!((png.width, png.height), (1920, 1080));
    // The title is drawn with the bundled font at the top left, with nothing
    // to its right at that height.
    let white = [255, 255, 255, 255];
    assert!(png.drawn_in(40, 40, 1100, 110, white), "no title");
    assert!(
        !png.drawn_in(1400, 0, 1920, 110, white),
        "ink beside the title"
    );
    let big = decode_png(&render_png(&svg, 2.0).unwrap());
    assert_eq!((big.width, big.height), (3840, 2160));
    assert_eq!(coarse(&big, 2.0, &png, 1.0), Verdict::Same);
    let expected = reference_or("timeline-light", || rasterize(&scene, SCALE));
    assert_eq!(coarse(&png, 1.0, &expected, SCALE), Verdict::Same);
}

/// A one-page PDF of `scene`, drawn back by poppler at the reference scale.
fn pdf_pixels(scene: &Scene) -> Option<Image> {
    let pdf = render_pdf(&[render_svg(scene)]).unwrap();
    // A CSS px is 3/4 pt, so 96 dpi is scale 1.
    pdf_page(&pdf, 1, (96.0 * SCALE) as u32)
}

#[test]
fn pdf_page_looks_like_the_png() {
    let scene = layout_timeline(&matrix(), &FontMeasure::new(), &slide());
    let Some(page) = pdf_pixels(&scene) else {
        return;
    };
    let png = rasterize(&scene, SCALE);
    assert_eq!((page.width, page.height), (png.width, png.height));
    assert_eq!(coarse(&page, SCALE, &png, SCALE), Verdict::Same);
}

#[test]
fn a_pdf_of_another_scene_does_not_look_like_the_png() {
    let m = matrix();
    let scene = layout_timeline(&m, &FontMeasure::new(), &slide());
    let png = rasterize(&scene, SCALE);
    let blank = Scene::new(scene.width, scene.height, scene.background);
    let mut shifted = scene.clone();
    shifted.translate(16.0, 0.0);
    let dark = layout_timeline(
        &m,
        &FontMeasure::new(),
        &TimelineOptions {
            theme: coopline::Theme::by_name("dark").unwrap(),
            ..slide()
        },
    );
    for (what, other) in [("blank", blank), ("shifted", shifted), ("dark", dark)] {
        let Some(page) = pdf_pixels(&other) else {
            return;
        };
        let v = coarse(&page, SCALE, &png, SCALE);
        assert!(
            matches!(v, Verdict::Pixels(..)),
            "a PDF of the {what} scene passes for the picture"
        );
    }
}

#[test]
fn steps_reveal_one_event_per_frame_and_end_on_the_full_picture() {
    let m = matrix();
    let scene = layout_timeline(&m, &FontMeasure::new(), &slide());
    assert_eq!(scene.steps() as usize, m.events.len());
    let full = render_svg(&scene);
    let frames: Vec<String> = (1..=scene.steps())
        .map(|k| render_svg(&scene.frame(k)))
        .collect();
    assert_eq!(frames.last().unwrap(), &full);
    // Events appear in date order: the phone found in 2021 first, the surrender last.
    assert!(frames[0].contains("data-record=\"phone-found\""));
    assert!(!frames[0].contains("data-record=\"action-day\""));
    let last = frames.len() - 1;
    assert!(!frames[last - 1].contains("data-record=\"surrender-nl-suspect\""));
    assert!(frames[last].contains("data-record=\"surrender-nl-suspect\""));
    // The task force's bars appear with its set-up event (June 2024), not before.
    let bars = |k: u32| {
        scene
            .frame(k)
            .items
            .iter()
            .filter(|i| i.role == coopline::Role::Mark && i.record.as_deref() == Some("otf-matrix"))
            .count()
    };
    assert_eq!(bars(2), 0);
    assert!(bars(3) > 0);
    // Each frame adds to the one before and keeps everything in place.
    for k in 1..scene.steps() {
        let a = scene.frame(k);
        let b = scene.frame(k + 1);
        assert!(
            b.items.len() > a.items.len(),
            "frame {} adds nothing",
            k + 1
        );
        // A label's host is an index into its frame's items, which grows by the
        // marks of later steps drawn before it: the same host is the same item.
        let host = |s: &Scene, i: &Item| i.host.map(|h| s.items[h].clone());
        let same = |x: &Item, y: &Item| {
            Item {
                host: None,
                ..x.clone()
            } == Item {
                host: None,
                ..y.clone()
            } && host(&a, x) == host(&b, y)
        };
        for item in &a.items {
            assert!(
                b.items.iter().any(|other| same(item, other)),
                "an item moved between frames {k} and {}",
                k + 1
            );
        }
        assert!(a.overlapping_labels().is_empty());
    }
    let pdf = render_pdf(&frames).unwrap();
    assert_eq!(pdf_pages(&pdf), m.events.len());
}

/// A build shows a date at a time: the events of one action day appear
/// together, and no frame repeats the one before (in every view).
#[test]
fn a_build_has_a_frame_per_date_and_every_frame_adds_something() {
    let yaml = coopline::generate_with(12, 2, 10, 5, 6);
    let mut m = crate::common::load(&yaml);
    // Two more events on the action day's date.
    let day = m
        .events
        .iter()
        .position(|e| e.name.starts_with("Action day"))
        .unwrap();
    for k in 0..2 {
        let mut e = m.events[day].clone();
        e.id = coopline::Id::parse(&format!("same-day-{k}")).unwrap();
        m.events.push(e);
    }
    let dates: std::collections::BTreeSet<_> = m
        .events
        .iter()
        .map(|e| (e.start.first_day(), e.end.map(|d| d.last_day())))
        .collect();
    let timeline = layout_timeline(&m, &FontMeasure::new(), &slide());
    assert_eq!(timeline.steps() as usize, dates.len());
    for name in ["timeline", "storyline", "network"] {
        let scene = coopline::layout(
            coopline::view(name).unwrap(),
            &m,
            &coopline::Options::default(),
            &FontMeasure::new(),
        )
        .unwrap()
        .scene;
        for k in 1..scene.steps() {
            assert!(
                scene.frame(k + 1).items.len() > scene.frame(k).items.len(),
                "{name}: frame {} adds nothing",
                k + 1
            );
        }
    }
}
