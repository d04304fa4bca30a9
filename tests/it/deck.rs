//! PowerPoint decks: a slide per view or per step, each with its title in the
//! title placeholder, one picture (SVG with a PNG fallback) with its
//! alternative text, and speaker notes with the dates as written and the
//! sources as links. LibreOffice and python-pptx open them in CI
//! (scripts/check-pptx.sh); these tests read the parts themselves.

use std::collections::BTreeMap;
use std::io::Read;

use crate::common::{coopline, matrix, measure, scratch, text};
use coopline::{DECK_PICTURE, Options, Scene, Size, layout, render_deck, view, view_names};

/// Every part of a deck, by name.
fn parts(deck: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(deck)).expect("a deck is a zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().expect("a part name").to_string(), data)
        })
        .collect()
}

fn xml(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"))
            .clone(),
    )
    .unwrap()
}

/// The texts of the `a:t` runs of a part, paragraph by paragraph.
fn paragraphs(part: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(part).expect("well-formed XML");
    doc.descendants()
        .filter(|n| {
            n.tag_name().name() == "p"
                && n.tag_name().namespace()
                    == Some("http://schemas.openxmlformats.org/drawingml/2006/main")
        })
        .map(|p| {
            p.descendants()
                .filter(|n| n.tag_name().name() == "t")
                .filter_map(|n| n.text())
                .collect::<String>()
        })
        .collect()
}

/// What a slide shows: its title, its picture's alternative text and the
/// parts its picture and notes are in.
struct Slide {
    title: String,
    alt: String,
    targets: Vec<String>,
    notes: Vec<String>,
    links: Vec<String>,
}

fn slides(deck: &[u8]) -> Vec<Slide> {
    let parts = parts(deck);
    for (name, data) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let text = std::str::from_utf8(data).unwrap();
            roxmltree::Document::parse(text)
                .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
        }
    }
    let presentation = xml(&parts, "ppt/presentation.xml");
    let count = presentation.matches("<p:sldId ").count();
    (1..=count)
        .map(|n| {
            let slide = xml(&parts, &format!("ppt/slides/slide{n}.xml"));
            let doc = roxmltree::Document::parse(&slide).unwrap();
            let title_shape = doc
                .descendants()
                .find(|e| e.tag_name().name() == "ph" && e.attribute("type") == Some("title"))
                .and_then(|ph| ph.ancestors().find(|a| a.tag_name().name() == "sp"))
                .expect("a title placeholder");
            let title = title_shape
                .descendants()
                .filter(|e| e.tag_name().name() == "t")
                .filter_map(|e| e.text())
                .collect();
            let pics: Vec<_> = doc
                .descendants()
                .filter(|e| e.tag_name().name() == "pic")
                .collect();
            assert_eq!(pics.len(), 1, "slide {n}: one picture");
            let alt = pics[0]
                .descendants()
                .find(|e| e.tag_name().name() == "cNvPr")
                .and_then(|e| e.attribute("descr"))
                .unwrap_or_default()
                .to_string();
            assert!(slide.contains("svgBlip"), "slide {n}: the picture as SVG");
            let rels = xml(&parts, &format!("ppt/slides/_rels/slide{n}.xml.rels"));
            let rels_doc = roxmltree::Document::parse(&rels).unwrap();
            let targets: Vec<String> = rels_doc
                .descendants()
                .filter_map(|e| e.attribute("Target"))
                .map(|t| t.replace("../", "ppt/"))
                .collect();
            for t in &targets {
                assert!(
                    parts.contains_key(t),
                    "slide {n} points at a missing part {t}"
                );
            }
            let notes = paragraphs(&xml(&parts, &format!("ppt/notesSlides/notesSlide{n}.xml")));
            let notes_rels = xml(
                &parts,
                &format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
            );
            let links = roxmltree::Document::parse(&notes_rels)
                .unwrap()
                .descendants()
                .filter(|e| e.attribute("TargetMode") == Some("External"))
                .filter_map(|e| e.attribute("Target").map(str::to_string))
                .collect();
            Slide {
                title,
                alt,
                targets,
                notes,
                links,
            }
        })
        .collect()
}

fn deck_options() -> Options {
    Options {
        size: Size::Fixed {
            width: DECK_PICTURE.0,
            height: DECK_PICTURE.1,
        },
        print: true,
        steps: true,
        ..Default::default()
    }
}

fn laid(name: &str) -> Scene {
    layout(view(name).unwrap(), &matrix(), &deck_options(), measure())
        .unwrap()
        .scene
}

#[test]
fn a_step_deck_has_a_slide_per_step_each_saying_what_it_adds_with_sources() {
    let m = matrix();
    let scene = laid("timeline");
    let deck = render_deck(&m, &[("timeline", &scene)], true).unwrap();
    let slides = slides(&deck);
    assert_eq!(slides.len() as u32, scene.steps(), "a slide per step");
    assert!(slides.len() >= 5, "the Matrix timeline builds in steps");
    for (i, s) in slides.iter().enumerate() {
        assert!(
            s.title.ends_with(&format!("({}/{})", i + 1, slides.len())),
            "slide {}: {:?}",
            i + 1,
            s.title
        );
        assert!(
            s.alt.starts_with("Takedown of the Matrix"),
            "alt text: {:?}",
            s.alt
        );
        assert!(
            s.targets.iter().any(|t| t.ends_with(".png"))
                && s.targets.iter().any(|t| t.ends_with(".svg")),
            "an SVG and its PNG fallback: {:?}",
            s.targets
        );
        assert!(
            s.notes.iter().any(|p| !p.is_empty()),
            "slide {} has notes",
            i + 1
        );
    }
    // The action day's slide names it, gives its date as the sources wrote it,
    // and links Europol's press release.
    let day = slides
        .iter()
        .find(|s| s.title.contains("Action day against Matrix"))
        .unwrap_or_else(|| panic!("{:?}", slides.iter().map(|s| &s.title).collect::<Vec<_>>()));
    assert!(day.title.starts_with("3 Dec 2024: "), "{}", day.title);
    assert!(
        day.notes
            .iter()
            .any(|p| p.contains("(as written: 2024-12-03)")),
        "{:?}",
        day.notes
    );
    assert!(day.notes.iter().any(|p| p.starts_with("Participants: ")));
    // Outcomes with their units, as people read them, and never added up.
    assert!(
        day.notes.iter().any(|p| p
            == "Outcomes: arrests: 3; searches: 13; cash: EUR 145,000; crypto: EUR 500,000; vehicles: 4; phones: 970"),
        "{:?}",
        day.notes
    );
    let europol = m
        .sources
        .iter()
        .find(|s| s.publisher.as_deref() == Some("Europol"))
        .and_then(|s| s.url.clone())
        .unwrap();
    assert!(day.links.contains(&europol), "{:?}", day.links);
    assert!(day.notes.iter().any(|p| p.contains(&europol)));
}

#[test]
fn every_view_makes_a_slide_titled_with_its_view() {
    let m = matrix();
    let scenes: Vec<(&str, Scene)> = view_names().map(|v| (v, laid(v))).collect();
    let pictures: Vec<(&str, &Scene)> = scenes.iter().map(|(v, s)| (*v, s)).collect();
    let deck = render_deck(&m, &pictures, false).unwrap();
    let titles: Vec<String> = slides(&deck).into_iter().map(|s| s.title).collect();
    assert_eq!(
        titles,
        [
            "Timeline: Takedown of the Matrix encrypted messaging service",
            "Storyline: Takedown of the Matrix encrypted messaging service",
            "Network: Takedown of the Matrix encrypted messaging service",
            "Map: Takedown of the Matrix encrypted messaging service"
        ]
    );
    assert_eq!(
        deck,
        render_deck(&m, &pictures, false).unwrap(),
        "the same deck every time"
    );
}

#[test]
fn hostile_labels_stay_text_in_every_part() {
    let yaml = std::fs::read_to_string("tests/fixtures/good/hostile-labels.yaml").unwrap();
    let m = crate::common::load(&yaml);
    let scene = layout(view("timeline").unwrap(), &m, &deck_options(), measure())
        .unwrap()
        .scene;
    // Every part parses (checked in `slides`), and the names come back as written.
    let slides = slides(&render_deck(&m, &[("timeline", &scene)], true).unwrap());
    let notes: Vec<&String> = slides.iter().flat_map(|s| &s.notes).collect();
    for e in &m.events {
        assert!(
            notes.iter().any(|p| p.as_str() == e.name),
            "{:?} is in the notes as written",
            e.name
        );
    }
    for s in &slides {
        for link in &s.links {
            assert!(
                link.starts_with("http://") || link.starts_with("https://"),
                "{link}"
            );
        }
    }
}

#[test]
fn render_writes_a_deck_and_refuses_every_view_in_one_picture() {
    let dir = scratch("deck");
    let deck = dir.join("matrix.pptx");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "all",
        "-o",
        deck.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(slides(&std::fs::read(&deck).unwrap()).len(), 4);

    // A PDF of every view has a page per view, not one per step of each.
    let pdf = dir.join("matrix.pdf");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "all",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pdf = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    assert_eq!(
        pdf.matches("/Type /Page").count() - pdf.matches("/Type /Pages").count(),
        4,
        "a page per view"
    );

    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "all",
        "-o",
        dir.join("m.svg").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--view all draws every view"),
        "{}",
        text(&out.stderr)
    );

    // A view-specific option is taken if any view takes it.
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "all",
        "--lanes",
        "team",
        "-o",
        deck.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // A deck's pictures are drawn at their own size: --scale, which sizes a
    // PNG, does not make a deck's picture too large to draw.
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--size",
        "5000x4000",
        "--scale",
        "8",
        "-o",
        deck.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}
