//! SVG → PNG (resvg) and PDF (svg2pdf), with the fonts of a [`Fonts`] chain
//! only (by default the bundled ones), so a picture looks the same on every
//! machine.

use std::collections::HashMap;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref};
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use crate::text::Fonts;

/// Why a picture could not be converted.
#[derive(Debug)]
pub struct RasterError(pub String);

impl std::fmt::Display for RasterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RasterError {}

/// Parses SVG text with the bundled fonts and no access to files or the network.
pub fn parse_svg(svg: &str) -> Result<usvg::Tree, RasterError> {
    parse_svg_with(svg, &Fonts::bundled())
}

/// Parses SVG text with the fonts of `fonts` only, and no access to files or
/// the network.
pub fn parse_svg_with(svg: &str, fonts: &Fonts) -> Result<usvg::Tree, RasterError> {
    let options = usvg::Options {
        fontdb: fonts.database(),
        // Our SVG references nothing outside itself; refuse anything that tries.
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options)
        .map_err(|e| RasterError(format!("cannot read the SVG: {e}")))
}

/// Longest side of a PNG, in pixels: what common decoders and image tools
/// accept (and the limit of 16-bit signed coordinates).
pub const PNG_MAX_SIDE: f64 = 32_767.0;
/// Most pixels of a PNG: 256 MiB of pixels is 1 GiB of memory while drawing.
pub const PNG_MAX_PIXELS: f64 = 268_435_456.0;

/// `None` if a `width` x `height` picture at `scale` can be drawn as PNG, else
/// why not (to be said before any work is done).
pub fn png_size_problem(width: f64, height: f64, scale: f32) -> Option<String> {
    let (w, h) = (
        (width * scale as f64).ceil(),
        (height * scale as f64).ceil(),
    );
    if w > PNG_MAX_SIDE || h > PNG_MAX_SIDE {
        Some(format!(
            "a {w}x{h} px picture is too large for PNG (at most {PNG_MAX_SIDE} px a side)"
        ))
    } else if w * h > PNG_MAX_PIXELS {
        Some(format!(
            "a {w}x{h} px picture is too large for PNG (at most {} million pixels)",
            PNG_MAX_PIXELS as u64 / 1_000_000
        ))
    } else {
        None
    }
}

/// Renders SVG to PNG at `scale` times its size (2 for high-DPI screens),
/// with the bundled fonts. Pictures over [`PNG_MAX_SIDE`] a side or
/// [`PNG_MAX_PIXELS`] are refused.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, RasterError> {
    render_png_with(svg, scale, &Fonts::bundled())
}

/// [`render_png`] with the fonts of `fonts`: give it the SVG written for it
/// with the same chain ([`crate::render_svg_for_raster`]).
pub fn render_png_with(svg: &str, scale: f32, fonts: &Fonts) -> Result<Vec<u8>, RasterError> {
    let tree = parse_svg_with(svg, fonts)?;
    if let Some(problem) = png_size_problem(
        tree.size().width() as f64,
        tree.size().height() as f64,
        scale,
    ) {
        return Err(RasterError(problem));
    }
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| RasterError("the picture has no size".into()))?;
    let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or_else(|| {
        RasterError(format!(
            "cannot make a {}x{} image",
            size.width(),
            size.height()
        ))
    })?;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| RasterError(format!("cannot encode PNG: {e}")))
}

/// Converts one or more SVG pictures into one PDF, a page each, with the
/// bundled fonts embedded.
pub fn render_pdf<S: AsRef<str>>(
    svgs: impl IntoIterator<Item = S>,
) -> Result<Vec<u8>, RasterError> {
    render_pdf_with(svgs, &Fonts::bundled())
}

/// [`render_pdf`] with the fonts of `fonts`: give it the SVG written for it
/// with the same chain ([`crate::render_svg_for_raster`]).
pub fn render_pdf_with<S: AsRef<str>>(
    svgs: impl IntoIterator<Item = S>,
    fonts: &Fonts,
) -> Result<Vec<u8>, RasterError> {
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let page_tree_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::new();
    let mut chunks = Vec::new();
    // Each page is converted as it comes and its text dropped: a build of
    // thousands of frames is never held whole as SVG.
    for svg in svgs {
        let tree = parse_svg_with(svg.as_ref(), fonts)?;
        let (chunk, svg_id) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| RasterError(format!("cannot convert to PDF: {e}")))?;
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = *map
            .get(&svg_id)
            .ok_or_else(|| RasterError("PDF conversion lost the picture".into()))?;
        // CSS pixels (96 per inch) to PDF points (72 per inch).
        let (w, h) = (tree.size().width() * 0.75, tree.size().height() * 0.75);
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, w, h));
        page.parent(page_tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(Name(b"S1"), svg_id);
        page.finish();
        let mut content = Content::new();
        content
            .transform([w, 0.0, 0.0, h, 0.0, 0.0])
            .x_object(Name(b"S1"));
        pdf.stream(content_id, &content.finish());
        page_ids.push(page_id);
        chunks.push(chunk);
    }
    pdf.catalog(catalog_id).pages(page_tree_id);
    pdf.pages(page_tree_id)
        .kids(page_ids.iter().copied())
        .count(page_ids.len() as i32);
    for c in &chunks {
        pdf.extend(c);
    }
    Ok(pdf.finish())
}
