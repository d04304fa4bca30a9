//! Names in the world's scripts: the bundled fonts draw Arabic, Hebrew,
//! Devanagari, Chinese, Japanese, Korean, Greek and Cyrillic with no missing
//! glyph in PNG and PDF, right-to-left names read right to left (beside Latin
//! too), and the widths layout measured are the widths usvg draws, so the
//! views' no-overlap guarantees hold in every script.

use crate::common;

use coopline::{
    Anchor, FontMeasure, Fonts, Options, Scene, Shape, Size, layout, parse_svg_with,
    render_pdf_with, render_png_with, render_svg_for_raster, render_svg_with, view, view_names,
};
use resvg::usvg;

const ARABIC: &str = "المديرية العامة للأمن الوطني";
const HEBREW: &str = "משטרת ישראל";
const HINDI: &str = "केंद्रीय अन्वेषण ब्यूरो";
const TEAM: &str = "فريق التحقيق المشترك (JIT)";
const MEETING: &str = "DGSN – المديرية العامة meeting";

/// Eight agencies named in eight scripts; a team and an event whose names mix
/// Arabic with Latin, and an event mixing Chinese and Latin.
fn case() -> String {
    format!(
        "title: Cooperation in eight scripts
sources:
  - {{id: s1, title: Joint statement, publisher: Interpol, date: 2024-06-01}}
agencies:
  - {{id: ma-dgsn, name: {ARABIC}, country: MA, kind: police, sources: [s1]}}
  - {{id: il-police, name: {HEBREW}, country: IL, kind: police, sources: [s1]}}
  - {{id: cn-mps, name: 公安部, country: CN, kind: ministry, sources: [s1]}}
  - {{id: jp-npa, name: 警察庁, country: JP, kind: police, sources: [s1]}}
  - {{id: kr-knpa, name: 경찰청, country: KR, kind: police, sources: [s1]}}
  - {{id: in-cbi, name: {HINDI}, country: IN, kind: police, sources: [s1]}}
  - {{id: gr-police, name: Ελληνική Αστυνομία, country: GR, kind: police, sources: [s1]}}
  - {{id: ru-mvd, name: Министерство внутренних дел, country: RU, kind: ministry, sources: [s1]}}
teams:
  - {{id: jit, name: {TEAM}, kind: jit, start: 2024-01, end: 2024-12, members: [ma-dgsn, il-police, in-cbi, gr-police], sources: [s1]}}
events:
  - {{id: meet, name: {MEETING}, date: 2024-03-05, participants: [ma-dgsn, cn-mps, jp-npa, kr-knpa], sources: [s1]}}
  - {{id: day, name: 合同行動日 action day, date: 2024-09-10, participants: [cn-mps, jp-npa, kr-knpa, ru-mvd, gr-police], sources: [s1]}}
"
    )
}

/// Every view, at its own size and on a slide, laid out with the bundled fonts.
fn scenes() -> Vec<(String, Scene)> {
    let model = common::load(&case());
    let measure = FontMeasure::new();
    let mut out = Vec::new();
    for name in view_names() {
        for (size, label) in [
            (Size::Auto, "auto"),
            (Size::parse("slide").unwrap(), "slide"),
        ] {
            let opts = Options {
                size,
                ..Options::default()
            };
            let laid = layout(view(name).unwrap(), &model, &opts, &measure)
                .unwrap_or_else(|e| panic!("{name} {label}: {e}"));
            out.push((format!("{name} {label}"), laid.scene));
        }
    }
    out
}

/// The text nodes of a usvg tree, in document order.
fn texts(group: &usvg::Group, out: &mut Vec<usvg::Text>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => texts(g, out),
            usvg::Node::Text(t) => out.push((**t).clone()),
            _ => {}
        }
    }
}

/// What usvg made of the picture's text, as the PNG and the PDF draw it.
fn laid_text(scene: &Scene, fonts: &Fonts) -> Vec<usvg::Text> {
    let svg = render_svg_for_raster(scene, fonts);
    let tree = parse_svg_with(&svg, fonts).expect("usvg reads the SVG");
    let mut out = Vec::new();
    texts(tree.root(), &mut out);
    out
}

/// From the left of the first glyph drawn to the end of the advance of the
/// rightmost: where the text of a node stands, as the glyphs are set.
fn extent(t: &usvg::Text, fonts: &Fonts) -> (f64, f64) {
    let db = fonts.database();
    let (mut left, mut right) = (f64::MAX, f64::MIN);
    for g in t.layouted().iter().flat_map(|s| s.positioned_glyphs.iter()) {
        let ts = g.transform();
        let advance = db
            .with_face_data(g.font, |data, index| {
                let face = rustybuzz::ttf_parser::Face::parse(data, index).ok();
                face.and_then(|f| f.glyph_hor_advance(g.id)).unwrap_or(0)
            })
            .unwrap_or(0) as f64;
        left = left.min(ts.tx as f64);
        right = right.max(ts.tx as f64 + advance * ts.sx as f64);
    }
    (left, right)
}

/// The characters of a text node, as usvg holds them.
fn chars_of(t: &usvg::Text) -> String {
    t.chunks().iter().map(|c| c.text()).collect()
}

/// The glyphs of a text node: (x of the glyph's origin, the text it stands for).
fn glyphs(t: &usvg::Text) -> Vec<(f32, String)> {
    t.layouted()
        .iter()
        .flat_map(|s| s.positioned_glyphs.iter())
        .map(|g| (g.transform().tx, g.text.clone()))
        .collect()
}

#[test]
fn every_script_is_drawn_with_no_missing_glyph() {
    let fonts = Fonts::bundled();
    for (what, scene) in scenes() {
        let laid = laid_text(&scene, &fonts);
        let mut missing = Vec::new();
        for t in &laid {
            for span in t.layouted() {
                for g in &span.positioned_glyphs {
                    if g.id.0 == 0 {
                        missing.push(format!("{:?} in {:?}", g.text, chars_of(t)));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{what}: .notdef drawn for {missing:?}");
        // The pictures are made, and their text is in them.
        let shown: Vec<String> = laid.iter().map(chars_of).collect();
        let names_shown = !what.starts_with("map");
        for name in [ARABIC, HEBREW, "公安部", "警察庁", "경찰청", HINDI] {
            assert!(
                !names_shown || shown.iter().any(|s| s.contains(name)),
                "{what}: {name} is not drawn: {shown:?}"
            );
        }
        let svg = render_svg_for_raster(&scene, &fonts);
        let png = render_png_with(&svg, 1.0, &fonts).expect("PNG");
        assert!(png.len() > 1000, "{what}: PNG");
        let pdf = render_pdf_with([svg], &fonts).expect("PDF");
        assert!(pdf.starts_with(b"%PDF"), "{what}: PDF");
    }
}

#[test]
fn right_to_left_names_read_right_to_left_beside_latin() {
    let fonts = Fonts::bundled();
    let scene = &scenes()[0].1;
    let laid = laid_text(scene, &fonts);
    let node = |text: &str| {
        laid.iter()
            .find(|t| chars_of(t).replace('\u{200E}', "") == text)
            .unwrap_or_else(|| panic!("{text} is not drawn whole"))
    };
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let hebrew = |s: &str| s.chars().any(|c| ('\u{0590}'..='\u{05FF}').contains(&c));
    // A name alone: its first letter is drawn rightmost, its last leftmost.
    for (name, first, last) in [(ARABIC, 'ا', 'ي'), (HEBREW, 'מ', 'ל')] {
        let mut g = glyphs(node(name));
        g.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (left, right) = (&g[0].1, &g[g.len() - 1].1);
        assert!(
            right.starts_with(first),
            "{name}: rightmost glyph {right:?}"
        );
        assert!(left.ends_with(last), "{name}: leftmost glyph {left:?}");
        assert!(
            g.iter()
                .all(|(_, t)| arabic(t) || hebrew(t) || t.trim().is_empty())
        );
    }
    // Arabic, then a Latin acronym in brackets: the acronym is drawn after
    // (right of) the Arabic, which still reads right to left.
    let g = glyphs(node(TEAM));
    let rightmost_arabic = g
        .iter()
        .filter(|x| arabic(&x.1))
        .map(|x| x.0)
        .fold(f32::MIN, f32::max);
    let latin: Vec<f32> = g
        .iter()
        .filter(|x| x.1.chars().any(|c| "(JIT)".contains(c)))
        .map(|x| x.0)
        .collect();
    assert_eq!(latin.len(), 5, "{g:?}");
    assert!(latin.iter().all(|&x| x > rightmost_arabic), "{g:?}");
    let first_arabic = g
        .iter()
        .filter(|x| arabic(&x.1))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    assert!(first_arabic.is_some_and(|x| x.1.starts_with('ف')), "{g:?}");
    // Latin, Arabic, Latin: in that order from the left, the Arabic right to left.
    let g = glyphs(node(MEETING));
    let xs = |f: &dyn Fn(&str) -> bool| {
        g.iter()
            .filter(|x| f(&x.1))
            .map(|x| x.0)
            .collect::<Vec<_>>()
    };
    let d = xs(&|t| t == "D");
    let m = xs(&|t| t == "m");
    let ar = xs(&|t| arabic(t));
    assert!(d.len() == 1 && m.len() == 1 && !ar.is_empty(), "{g:?}");
    assert!(ar.iter().all(|&x| x > d[0] && x < m[0]), "{g:?}");
    let mut ar_glyphs: Vec<&(f32, String)> = g.iter().filter(|x| arabic(&x.1)).collect();
    ar_glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(ar_glyphs.last().unwrap().1.starts_with('ا'), "{g:?}");
    assert!(ar_glyphs[0].1.ends_with('ة'), "{g:?}");
}

#[test]
fn measured_widths_are_the_widths_drawn_in_every_script() {
    let fonts = Fonts::bundled();
    let mut checked = Vec::new();
    for (what, scene) in scenes() {
        let items: Vec<(&str, f64, f64, Anchor)> = scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text {
                    text, bbox, anchor, ..
                } => Some((text.as_str(), bbox.x, bbox.w, *anchor)),
                _ => None,
            })
            .collect();
        let laid = laid_text(&scene, &fonts);
        assert_eq!(items.len(), laid.len(), "{what}: usvg dropped text");
        for ((text, x, w, anchor), t) in items.iter().zip(&laid) {
            assert_eq!(chars_of(t).replace('\u{200E}', ""), text.trim(), "{what}");
            let (left, right) = extent(t, &fonts);
            let tolerance = 0.5_f64.max(w * 0.005);
            assert!(
                (left - x).abs() <= tolerance && (right - (x + w)).abs() <= tolerance,
                "{what}: {text:?} ({anchor:?}) measured {x:.2}..{:.2}, drawn {left:.2}..{right:.2}",
                x + w,
            );
            if !text.is_ascii() {
                checked.push(text.to_string());
            }
        }
    }
    for name in [
        ARABIC,
        HEBREW,
        HINDI,
        TEAM,
        MEETING,
        "公安部",
        "경찰청",
        "Ελληνική Αστυνομία",
    ] {
        assert!(checked.iter().any(|t| t == name), "{name} was not compared");
    }
}

#[test]
fn the_svg_names_the_fonts_and_leaves_the_order_to_the_reader() {
    let scene = &scenes()[0].1;
    let svg = render_svg_with(scene, &Fonts::bundled());
    for family in [
        "Noto Sans Arabic",
        "Noto Sans Hebrew",
        "Noto Sans Devanagari",
        "Noto Sans CJK SC",
    ] {
        assert!(
            svg.contains(&format!("font-family=\"'{family}', sans-serif\"")),
            "{family}"
        );
    }
    // No forced direction and no per-glyph positions: a browser orders the
    // runs with the bidi algorithm, as usvg does.
    for forced in ["direction=", "unicode-bidi", " dx=", "rotate="] {
        assert!(!svg.contains(forced), "{forced}");
    }
}

#[test]
fn a_given_font_is_measured_and_drawn_before_the_bundled_ones() {
    // Noto Sans Hebrew given: Hebrew is set in it as before; Arabic still
    // falls back to the bundled font after it.
    let fonts = Fonts::bundled()
        .with_font(coopline::NOTO_SANS_HEBREW.to_vec())
        .unwrap();
    assert_eq!(fonts.families()[2], "Noto Sans Hebrew");
    // Hebrew is set in the given face (third of the chain), not the bundled one.
    let face_of = |f: &Fonts, text: &str| {
        let runs = f.runs(text, coopline::Weight::Regular);
        assert_eq!(runs.len(), 1, "{text}");
        runs[0].face
    };
    assert_eq!(face_of(&fonts, HEBREW), Some(2));
    assert_eq!(face_of(&Fonts::bundled(), HEBREW), Some(3));
    assert_eq!(face_of(&fonts, ARABIC), Some(3));
    let measure = FontMeasure::with_fonts(&fonts);
    let bundled = FontMeasure::new();
    use coopline::{TextMeasure, Weight};
    for text in [HEBREW, ARABIC, "Europol"] {
        let (a, b) = (
            measure.width(text, 16.0, Weight::Regular),
            bundled.width(text, 16.0, Weight::Regular),
        );
        assert!((a - b).abs() < 1e-9, "{text}: {a} vs {b}");
    }
    assert!(FontMeasure::with_extra_fonts(vec![b"no font".to_vec()]).is_err());
}

#[test]
fn the_cli_warns_once_about_characters_no_font_has() {
    let dir = common::scratch("scripts");
    // A private-use character (no font has it) and Arabic (bundled).
    let yaml = case().replace(HEBREW, "משטרה \u{F0001}\u{F0002}");
    std::fs::write(dir.join("case.yaml"), yaml).unwrap();
    let out = common::coopline_in(&dir, &["render", "case.yaml", "-o", "case.png"]);
    let err = common::text(&out.stderr);
    assert!(out.status.success(), "{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    for part in ["U+F0001", "U+F0002", "--font PATH"] {
        assert!(warnings[0].contains(part), "{err}");
    }
    assert!(!warnings[0].contains("U+05"), "{err}");
    // An SVG is left to the reader's fonts: no warning.
    let out = common::coopline_in(&dir, &["render", "case.yaml", "-o", "case.svg"]);
    assert!(!common::text(&out.stderr).contains("warning:"));
    // --font takes a font file, and says which one it cannot read.
    std::fs::write(dir.join("not-a-font.ttf"), "hello").unwrap();
    let out = common::coopline_in(
        &dir,
        &[
            "render",
            "case.yaml",
            "-o",
            "x.png",
            "--font",
            "not-a-font.ttf",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(common::text(&out.stderr).contains("--font not-a-font.ttf"));
    let font = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/fonts/NotoSansHebrew-Regular.ttf");
    let out = common::coopline_in(
        &dir,
        &[
            "render",
            "case.yaml",
            "-o",
            "y.pdf",
            "--font",
            font.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", common::text(&out.stderr));
}
