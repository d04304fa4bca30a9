//! A PowerPoint deck (Office Open XML, `.pptx`): one 16:9 slide per picture,
//! its title in the slide's title placeholder (so outlines and screen readers
//! find it), the picture as SVG with a PNG fallback (PowerPoint 2016 and later
//! draw the SVG; older versions, LibreOffice and Google Slides may draw the
//! PNG), the picture's alternative text, and speaker notes with clickable
//! source links.
//!
//! The package is a zip of XML parts. The parts that are the same in every
//! deck are kept as templates beside this file: `theme.xml` (the colours and
//! the Inter font), `master.xml` (one slide master, whose only placeholder is
//! the title), `layout.xml` (the one "Title Only" layout every slide uses) and
//! `notes-master.xml` (what speaker notes are laid out on). The parts that
//! change (the presentation's slide list, each slide, its notes, their
//! relationships and the content types) are written here. Everything is
//! written in a fixed order with a fixed file time, so the same deck comes out
//! byte for byte the same.
//!
//! The SVG in the deck has its text turned into outlines: PowerPoint would
//! otherwise set it in whatever font the machine has, and names measured for
//! Inter would run into each other.

use std::fmt::Write as _;
use std::io::Write as _;

use zip::write::{SimpleFileOptions, StreamWriter};
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::raster::{RasterError, parse_svg, render_png};
use crate::scene::Scene;
use crate::style::Color;
use crate::xml::{push_attr, push_text, safe_href};

/// A line of the speaker notes, with the address it links to, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteLine {
    /// The words.
    pub text: String,
    /// An `http(s)` address the line links to.
    pub link: Option<String>,
}

impl NoteLine {
    /// A line without a link.
    pub fn text(text: impl Into<String>) -> NoteLine {
        NoteLine {
            text: text.into(),
            link: None,
        }
    }
}

/// One slide: its title, its picture and what the speaker says over it.
pub struct DeckSlide<'a> {
    /// The slide's title, in its title placeholder.
    pub title: String,
    /// The picture.
    pub scene: std::borrow::Cow<'a, Scene>,
    /// Speaker notes, a paragraph a line.
    pub notes: Vec<NoteLine>,
}

/// The slide, in EMU (914,400 a inch): 13.333 x 7.5 inches, 16:9.
const SLIDE_W: i64 = 12_192_000;
const SLIDE_H: i64 = 6_858_000;
/// The picture's room, under the title placeholder of `master.xml`.
const PICTURE_TOP: i64 = 822_960;
const PICTURE_MARGIN: i64 = 91_440;

/// The width and height, in px, that a picture fills the room under a deck
/// slide's title with, for a picture laid out to the deck.
pub const DECK_PICTURE: (f64, f64) = (1920.0, 950.0);

const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument";
const GROUP: &str = r#"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

/// Writes the deck: `title` is the document's title (File > Properties).
/// Fails if a picture cannot be drawn (too large for PNG, say).
pub fn render_pptx<'a>(
    title: &str,
    slides: impl ExactSizeIterator<Item = DeckSlide<'a>>,
) -> Result<Vec<u8>, RasterError> {
    let mut out = Vec::new();
    write_pptx(title, slides, &mut out)?;
    Ok(out)
}

/// [`render_pptx`] into `sink` as each part is made: a build of many slides
/// holds a picture and its PNG a slide, more than the memory for a large
/// case, and need not be held whole.
pub fn write_pptx<'a>(
    title: &str,
    slides: impl ExactSizeIterator<Item = DeckSlide<'a>>,
    sink: &mut dyn std::io::Write,
) -> Result<(), RasterError> {
    let count = slides.len();
    let mut zip = Package::new(sink);
    zip.add("[Content_Types].xml", &content_types(count))?;
    zip.add("_rels/.rels", &package_rels())?;
    zip.add("docProps/core.xml", &core_props(title))?;
    zip.add("docProps/app.xml", &app_props(count))?;
    zip.add("ppt/presentation.xml", &presentation(count))?;
    zip.add("ppt/_rels/presentation.xml.rels", &presentation_rels(count))?;
    zip.add(
        "ppt/slideMasters/slideMaster1.xml",
        include_str!("master.xml"),
    )?;
    zip.add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        &rels(&[
            ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("rId2", "theme", "../theme/theme1.xml"),
        ]),
    )?;
    zip.add(
        "ppt/slideLayouts/slideLayout1.xml",
        include_str!("layout.xml"),
    )?;
    zip.add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        &rels(&[("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")]),
    )?;
    zip.add(
        "ppt/notesMasters/notesMaster1.xml",
        include_str!("notes-master.xml"),
    )?;
    zip.add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        &rels(&[("rId1", "theme", "../theme/theme2.xml")]),
    )?;
    zip.add("ppt/theme/theme1.xml", include_str!("theme.xml"))?;
    zip.add("ppt/theme/theme2.xml", include_str!("theme.xml"))?;
    zip.add(
        "ppt/presProps.xml",
        &format!("{XML_HEAD}<p:presentationPr {NS}/>"),
    )?;
    zip.add(
        "ppt/viewProps.xml",
        &format!("{XML_HEAD}<p:viewPr {NS}><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>"),
    )?;
    zip.add(
        "ppt/tableStyles.xml",
        &format!(
            "{XML_HEAD}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
        ),
    )?;
    // Each slide is made, drawn and written before the next: a build of many
    // frames is never held whole.
    for (i, slide) in slides.enumerate() {
        let n = i + 1;
        // The picture usvg draws and outlines: with its shifts for clusters.
        let svg =
            crate::render::render_svg_for_raster(&slide.scene, &crate::text::Fonts::bundled());
        let tree = parse_svg(&svg)?;
        let outlined = tree.to_string(&resvg::usvg::WriteOptions::default());
        let png = render_png(&svg, 1.0)?;
        zip.add_bytes(&format!("ppt/media/image{n}.png"), &png)?;
        zip.add(&format!("ppt/media/image{n}.svg"), &outlined)?;
        zip.add(&format!("ppt/slides/slide{n}.xml"), &slide_xml(&slide, n))?;
        zip.add(
            &format!("ppt/slides/_rels/slide{n}.xml.rels"),
            &rels(&[
                ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                ("rId2", "image", &format!("../media/image{n}.png")),
                ("rId3", "image", &format!("../media/image{n}.svg")),
                (
                    "rId4",
                    "notesSlide",
                    &format!("../notesSlides/notesSlide{n}.xml"),
                ),
            ]),
        )?;
        let (notes, links) = notes_xml(&slide.notes);
        zip.add(&format!("ppt/notesSlides/notesSlide{n}.xml"), &notes)?;
        zip.add(
            &format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
            &notes_rels(n, &links),
        )?;
    }
    zip.finish()
}

/// The zip container, every part stored with the same time, written as it
/// goes (each part's sizes after its data, as streamed zips have them).
struct Package<'w> {
    zip: ZipWriter<StreamWriter<&'w mut dyn std::io::Write>>,
    options: SimpleFileOptions,
}

impl<'w> Package<'w> {
    fn new(sink: &'w mut dyn std::io::Write) -> Package<'w> {
        Package {
            zip: ZipWriter::new_stream(sink),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .last_modified_time(DateTime::default())
                .unix_permissions(0o644),
        }
    }

    fn add(&mut self, name: &str, text: &str) -> Result<(), RasterError> {
        self.add_bytes(name, text.as_bytes())
    }

    fn add_bytes(&mut self, name: &str, bytes: &[u8]) -> Result<(), RasterError> {
        self.zip
            .start_file(name, self.options)
            .and_then(|()| self.zip.write_all(bytes).map_err(Into::into))
            .map_err(|e| RasterError(format!("cannot write {name} into the deck: {e}")))
    }

    fn finish(self) -> Result<(), RasterError> {
        self.zip
            .finish()
            .map(|_| ())
            .map_err(|e| RasterError(format!("cannot finish the deck: {e}")))
    }
}

fn content_types(slides: usize) -> String {
    let mut s = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Default Extension=\"png\" ContentType=\"image/png\"/>\
<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"
    );
    let mut part = |name: &str, kind: &str| {
        let _ = write!(s, "<Override PartName=\"/{name}\" ContentType=\"{kind}\"/>");
    };
    part(
        "ppt/presentation.xml",
        &format!("{CT}.presentationml.presentation.main+xml"),
    );
    part(
        "ppt/slideMasters/slideMaster1.xml",
        &format!("{CT}.presentationml.slideMaster+xml"),
    );
    part(
        "ppt/slideLayouts/slideLayout1.xml",
        &format!("{CT}.presentationml.slideLayout+xml"),
    );
    part(
        "ppt/notesMasters/notesMaster1.xml",
        &format!("{CT}.presentationml.notesMaster+xml"),
    );
    part("ppt/theme/theme1.xml", &format!("{CT}.theme+xml"));
    part("ppt/theme/theme2.xml", &format!("{CT}.theme+xml"));
    part(
        "ppt/presProps.xml",
        &format!("{CT}.presentationml.presProps+xml"),
    );
    part(
        "ppt/viewProps.xml",
        &format!("{CT}.presentationml.viewProps+xml"),
    );
    part(
        "ppt/tableStyles.xml",
        &format!("{CT}.presentationml.tableStyles+xml"),
    );
    part(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    );
    part("docProps/app.xml", &format!("{CT}.extended-properties+xml"));
    for n in 1..=slides {
        part(
            &format!("ppt/slides/slide{n}.xml"),
            &format!("{CT}.presentationml.slide+xml"),
        );
        part(
            &format!("ppt/notesSlides/notesSlide{n}.xml"),
            &format!("{CT}.presentationml.notesSlide+xml"),
        );
    }
    s.push_str("</Types>");
    s
}

fn package_rels() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"{PKG_REL}\">\
<Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"ppt/presentation.xml\"/>\
<Relationship Id=\"rId2\" Type=\"{PKG_REL}/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{REL}/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>"
    )
}

/// Relationships of a part: (id, type after `.../relationships/`, target).
fn rels(list: &[(&str, &str, &str)]) -> String {
    let mut s = format!("{XML_HEAD}<Relationships xmlns=\"{PKG_REL}\">");
    for (id, kind, target) in list {
        let _ = write!(
            s,
            "<Relationship Id=\"{id}\" Type=\"{REL}/{kind}\" Target=\"{target}\"/>"
        );
    }
    s.push_str("</Relationships>");
    s
}

fn core_props(title: &str) -> String {
    let mut s = format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
    );
    push_text(&mut s, title);
    s.push_str("</dc:title><dc:creator>coopline</dc:creator></cp:coreProperties>");
    s
}

fn app_props(slides: usize) -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>coopline</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>{slides}</Slides><Notes>{slides}</Notes></Properties>"
    )
}

/// The slide list. Relationship ids: rId1 to rId6 for the shared parts, then
/// one per slide.
fn presentation(slides: usize) -> String {
    let mut s = format!(
        "{XML_HEAD}<p:presentation {NS} saveSubsetFonts=\"1\">\
<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>"
    );
    for n in 1..=slides {
        let _ = write!(s, "<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 255 + n, 6 + n);
    }
    let _ = write!(
        s,
        "</p:sldIdLst><p:sldSz cx=\"{SLIDE_W}\" cy=\"{SLIDE_H}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>"
    );
    s
}

fn presentation_rels(slides: usize) -> String {
    let slide_targets: Vec<(String, String)> = (1..=slides)
        .map(|n| (format!("rId{}", 6 + n), format!("slides/slide{n}.xml")))
        .collect();
    let mut list = vec![
        ("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
        ("rId2", "notesMaster", "notesMasters/notesMaster1.xml"),
        ("rId3", "theme", "theme/theme1.xml"),
        ("rId4", "presProps", "presProps.xml"),
        ("rId5", "viewProps", "viewProps.xml"),
        ("rId6", "tableStyles", "tableStyles.xml"),
    ];
    list.extend(
        slide_targets
            .iter()
            .map(|(id, t)| (id.as_str(), "slide", t.as_str())),
    );
    rels(&list)
}

/// `RRGGBB` for DrawingML.
fn hex(c: Color) -> String {
    c.to_string().trim_start_matches('#').to_ascii_uppercase()
}

/// Where the picture goes: as large as the room under the title allows,
/// centred, its proportions kept.
fn picture_box(scene: &Scene) -> (i64, i64, i64, i64) {
    let (w, h) = scene.display.unwrap_or((scene.width, scene.height));
    let room_w = (SLIDE_W - 2 * PICTURE_MARGIN) as f64;
    let room_h = (SLIDE_H - PICTURE_TOP - PICTURE_MARGIN) as f64;
    let k = (room_w / w.max(1.0)).min(room_h / h.max(1.0));
    let (cx, cy) = ((w * k).round() as i64, (h * k).round() as i64);
    let x = (SLIDE_W - cx) / 2;
    let y = PICTURE_TOP + ((room_h as i64 - cy) / 2).max(0);
    (x, y, cx, cy)
}

fn slide_xml(slide: &DeckSlide, n: usize) -> String {
    let scene = &*slide.scene;
    let ink = scene_ink(scene);
    let mut s = format!(
        "{XML_HEAD}<p:sld {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{GROUP}",
        hex(scene.background)
    );
    s.push_str(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r>",
    );
    let _ = write!(
        s,
        "<a:rPr lang=\"en-GB\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></a:rPr><a:t>",
        hex(ink)
    );
    push_text(&mut s, &slide.title);
    s.push_str("</a:t></a:r></a:p></p:txBody></p:sp>");
    let (x, y, cx, cy) = picture_box(scene);
    let _ = write!(
        s,
        "<p:pic><p:nvPicPr><p:cNvPr id=\"3\" name=\"Picture {n}\" descr=\""
    );
    push_attr(&mut s, &alt_text(scene));
    let _ = write!(
        s,
        "\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>\
<p:blipFill><a:blip r:embed=\"rId2\"><a:extLst><a:ext uri=\"{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}\">\
<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rId3\"/></a:ext></a:extLst></a:blip>\
<a:stretch><a:fillRect/></a:stretch></p:blipFill>\
<p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>"
    );
    s.push_str("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
    s
}

/// The picture's text colour: its largest text's, the heading's, so the
/// slide title reads on a dark picture's background too.
fn scene_ink(scene: &Scene) -> Color {
    let mut ink = (0.0, Color(0x1b, 0x1b, 0x1f));
    for i in &scene.items {
        if let crate::scene::Shape::Text { size, fill, .. } = &i.shape
            && *size > ink.0
        {
            ink = (*size, *fill);
        }
    }
    ink.1
}

/// What a reader who cannot see the picture is told: its title and description.
fn alt_text(scene: &Scene) -> String {
    match (scene.title.is_empty(), scene.description.is_empty()) {
        (false, false) => format!("{}. {}", scene.title, scene.description),
        (false, true) => scene.title.clone(),
        _ => scene.description.clone(),
    }
}

/// The notes slide and the links its lines make, in order (rId2 onwards).
fn notes_xml(lines: &[NoteLine]) -> (String, Vec<&str>) {
    let mut s = format!(
        "{XML_HEAD}<p:notes {NS}><p:cSld><p:spTree>{GROUP}\
<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>\
<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>"
    );
    let mut links = Vec::new();
    for line in lines {
        s.push_str("<a:p><a:r><a:rPr lang=\"en-GB\" dirty=\"0\"");
        // The links every output may make live (web and mail addresses without
        // spaces or control characters): a deck must not run a program or open
        // a file because a dataset said so.
        match line.link.as_deref().filter(|l| safe_href(l)) {
            Some(link) => {
                links.push(link);
                let _ = write!(
                    s,
                    "><a:hlinkClick r:id=\"rId{}\"/></a:rPr>",
                    links.len() + 1
                );
            }
            None => s.push_str("/>"),
        }
        s.push_str("<a:t>");
        push_text(&mut s, &line.text);
        s.push_str("</a:t></a:r></a:p>");
    }
    if lines.is_empty() {
        s.push_str("<a:p><a:endParaRPr lang=\"en-GB\"/></a:p>");
    }
    s.push_str(
        "</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>",
    );
    (s, links)
}

fn notes_rels(n: usize, links: &[&str]) -> String {
    let mut s = format!(
        "{XML_HEAD}<Relationships xmlns=\"{PKG_REL}\">\
<Relationship Id=\"rId1\" Type=\"{REL}/notesMaster\" Target=\"../notesMasters/notesMaster1.xml\"/>"
    );
    for (i, link) in links.iter().enumerate() {
        let _ = write!(
            s,
            "<Relationship Id=\"rId{}\" Type=\"{REL}/hyperlink\" TargetMode=\"External\" Target=\"",
            i + 2
        );
        push_attr(&mut s, link);
        s.push_str("\"/>");
    }
    let _ = write!(
        s,
        "<Relationship Id=\"rId{}\" Type=\"{REL}/slide\" Target=\"../slides/slide{n}.xml\"/></Relationships>",
        links.len() + 2
    );
    s
}
