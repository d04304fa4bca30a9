//! A step-by-step build as one PDF (`render --steps -o deck.pdf`): a page per
//! step, the picture held once (each step's marks a form the later pages
//! draw again by reference), the last page the whole picture.

use crate::common::pixels::{Image, TWO_RASTERIZERS, Verdict, compare, pdf_page};
use crate::reference::SCALE;

use coopline::{
    FontMeasure, Fonts, Options, Scene, Size, layout, render_pdf, render_pdf_build, render_svg,
};

fn pages(pdf: &[u8]) -> usize {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    assert!(pdf.ends_with(b"%%EOF"), "a PDF without its end");
    let text = String::from_utf8_lossy(pdf);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

/// A generated case laid out by `view` at the size of a slide.
fn laid(view: &str, events: usize) -> Scene {
    let yaml = coopline::generate_with(30, 4, events, 3, 0);
    let m = crate::common::load(&yaml);
    let opts = Options {
        size: Size::parse("slide").unwrap(),
        print: true,
        steps: true,
        ..Options::default()
    };
    layout(
        coopline::view(view).unwrap(),
        &m,
        &opts,
        &FontMeasure::new(),
    )
    .unwrap()
    .scene
}

fn page(pdf: &[u8], k: usize) -> Option<Image> {
    // A CSS px is 3/4 pt, so 96 dpi is scale 1.
    pdf_page(pdf, k, (96.0 * SCALE) as u32)
}

/// Both pages averaged over blocks of 8 x 8 px at the reference scale, as
/// the slides' tests compare pictures drawn by two rasterizers.
fn coarse(a: &Image, b: &Image) -> Verdict {
    let block = (8.0 * SCALE).round() as u32;
    compare(&a.downsample(block), &b.downsample(block), TWO_RASTERIZERS)
}

#[test]
fn a_build_has_a_page_per_step_and_holds_the_picture_about_once() {
    for view in ["timeline", "storyline", "network", "map"] {
        let scene = laid(view, 120);
        let steps = scene.steps() as usize;
        assert!(steps > 10, "{view}: {steps} steps");
        let build = render_pdf_build([&scene], &Fonts::bundled()).unwrap();
        assert_eq!(pages(&build), steps, "{view}");
        let picture = render_pdf(&[render_svg(&scene)]).unwrap();
        // Far less than a copy a page; the timeline's, under three copies.
        // (Storyline and network builds are 5 to 11 copies here: each step
        // group's form and each page cost a few hundred bytes of dictionary.)
        let most = if view == "timeline" { 3 } else { steps / 8 };
        assert!(
            build.len() < most * picture.len(),
            "{view}: a build of {steps} pages is {} bytes, the picture {}",
            build.len(),
            picture.len()
        );
        // The fonts once: a font file per face, not per page.
        let text = String::from_utf8_lossy(&build);
        let files = text.matches("/FontFile").count();
        assert!(files <= 8, "{view}: {files} font files");
        // The same picture gives the same bytes.
        assert_eq!(
            build,
            render_pdf_build([&scene], &Fonts::bundled()).unwrap()
        );
    }
}

#[test]
fn the_last_page_of_a_build_is_the_picture_and_the_first_is_not() {
    for view in ["timeline", "network"] {
        let scene = laid(view, 60);
        let build = render_pdf_build([&scene], &Fonts::bundled()).unwrap();
        let picture = render_pdf(&[render_svg(&scene)]).unwrap();
        let Some(whole) = page(&picture, 1) else {
            return;
        };
        let last = page(&build, scene.steps() as usize).unwrap();
        assert_eq!((last.width, last.height), (whole.width, whole.height));
        assert_eq!(coarse(&last, &whole), Verdict::Same, "{view}: last page");
        // Each page is its frame: the first shows only what step 1 adds.
        let first = page(&build, 1).unwrap();
        let frame = page(&render_pdf(&[render_svg(&scene.frame(1))]).unwrap(), 1).unwrap();
        assert_eq!(coarse(&first, &frame), Verdict::Same, "{view}: first page");
        assert!(
            matches!(coarse(&first, &whole), Verdict::Pixels(..)),
            "{view}: the first page passes for the whole picture"
        );
    }
}

/// Items of different steps that overlap keep the picture's order: a later
/// step's mark drawn under an earlier one's stays under it.
#[test]
fn overlapping_items_of_different_steps_keep_their_order() {
    use coopline::{Color, Paint, Rect, Role, Shape};
    let mut scene = Scene::new(200.0, 100.0, Color(255, 255, 255));
    let square = |x: f64, c: Color| Shape::Rect {
        rect: Rect::new(x, 20.0, 60.0, 60.0),
        radius: 0.0,
        fill: Paint::Solid(c, 1.0),
        stroke: None,
    };
    // Step 2's red square under step 1's blue one, both over a grey one of every frame.
    for (x, c, step) in [
        (40.0, Color(128, 128, 128), None),
        (60.0, Color(255, 0, 0), Some(2)),
        (80.0, Color(0, 0, 255), Some(1)),
    ] {
        let k = scene.push(Role::Mark, square(x, c));
        scene.items[k].step = step;
    }
    let build = render_pdf_build([&scene], &Fonts::bundled()).unwrap();
    assert_eq!(pages(&build), 2);
    let Some(last) = pdf_page(&build, 2, 96) else {
        return;
    };
    // Where red and blue overlap (x 80 to 120), blue is on top.
    let [r, g, b, _] = last.at(100, 50);
    assert!(b > 200 && r < 60 && g < 60, "{:?}", (r, g, b));
    let first = pdf_page(&build, 1, 96).unwrap();
    // No red in the first frame; grey under blue's left edge.
    let [r, g, b, _] = first.at(70, 50);
    assert!(r == g && g == b && r > 100 && r < 160, "{:?}", (r, g, b));
}

/// `render -o case.pdf` writes the same bytes every time, for one view and
/// for every view in one document (svg2pdf alone orders some objects by a
/// hash map, which changed the file from run to run).
#[test]
fn a_pdf_is_the_same_bytes_every_time() {
    let dir = crate::common::scratch("pdf-bytes");
    let matrix = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/matrix.yaml");
    let matrix = matrix.to_str().unwrap();
    for view in ["timeline", "all"] {
        let mut written = Vec::new();
        for k in 0..3 {
            let out = dir.join(format!("{view}-{k}.pdf"));
            let o = crate::common::coopline(&[
                "render",
                matrix,
                "--view",
                view,
                "-q",
                "-o",
                out.to_str().unwrap(),
            ]);
            assert!(o.status.success(), "{}", crate::common::text(&o.stderr));
            written.push(std::fs::read(&out).unwrap());
        }
        assert_eq!(pages(&written[0]), if view == "all" { 4 } else { 1 });
        assert!(
            written.iter().all(|w| *w == written[0]),
            "{view}: the PDF changed between runs"
        );
    }
}
