//! Slide output: PNG and PDF that decode, and step-by-step builds.

use crate::common::matrix;

use coopline::layout::{Size, TimelineOptions, layout_timeline};
use coopline::render::{render_pdf, render_png, render_svg};
use coopline::text::FontMeasure;

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
    (w, h)
}

fn pdf_pages(pdf: &[u8]) -> usize {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

fn slide() -> TimelineOptions {
    TimelineOptions {
        size: Size::parse("slide").unwrap(),
        ..Default::default()
    }
}

#[test]
fn png_has_the_slide_size_and_scales() {
    let svg = render_svg(&layout_timeline(&matrix(), &FontMeasure::new(), &slide()));
    let png = render_png(&svg, 1.0).unwrap();
    assert_eq!(png_size(&png), (1920, 1080));
    assert_eq!(png_size(&render_png(&svg, 2.0).unwrap()), (3840, 2160));
    // Text was drawn with the bundled font: the title area is not blank.
    let blank = render_png(
        &render_svg(&coopline::scene::Scene::new(
            1920.0,
            1080.0,
            coopline::style::Color(255, 255, 255),
        )),
        1.0,
    )
    .unwrap();
    assert!(png.len() > blank.len() * 5, "the picture looks empty");
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
            .filter(|i| {
                i.role == coopline::scene::Role::Mark && i.record.as_deref() == Some("otf-matrix")
            })
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
        for item in &a.items {
            assert!(
                b.items.contains(item),
                "an item moved between frames {k} and {}",
                k + 1
            );
        }
        assert!(a.overlapping_labels().is_empty());
    }
    let pdf = render_pdf(&frames).unwrap();
    assert_eq!(pdf_pages(&pdf), m.events.len());
}
