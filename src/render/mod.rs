//! Stage 5, render: a [`crate::scene::Scene`] translated to an output format.
//! Renderers make no layout decisions; PNG and PDF are made from the SVG.

pub mod html;
pub mod pdf;
pub mod pptx;
pub mod raster;
pub mod svg;

pub use self::html::{PagePicture, render_html, render_page};
pub use self::pdf::{render_pdf_build, render_pdf_pictures};
pub use self::pptx::{DECK_PICTURE, DeckSlide, NoteLine, render_pptx, write_pptx};
pub use self::raster::{
    PNG_MAX_PIXELS, PNG_MAX_SIDE, RasterError, parse_svg_with, png_size_problem, render_pdf,
    render_pdf_with, render_png, render_png_with,
};
pub use self::svg::{
    Tips, render_svg, render_svg_for_raster, render_svg_in_page, render_svg_with, write_svg,
    write_svg_with,
};

/// Picture file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PictureFormat {
    /// Scalable vector graphics: text stays text.
    Svg,
    /// A bitmap, rendered with the bundled fonts.
    Png,
    /// A PDF with the fonts embedded.
    Pdf,
    /// One self-contained web page: the picture, hover details, a search box, the sources.
    Html,
    /// A PowerPoint deck (16:9): a slide per picture or per step, with its
    /// title, alternative text and speaker notes holding the sources.
    Pptx,
}

impl PictureFormat {
    /// The format a file name's extension stands for.
    pub fn from_path(path: &std::path::Path) -> Option<PictureFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(PictureFormat::Svg),
            "png" => Some(PictureFormat::Png),
            "pdf" => Some(PictureFormat::Pdf),
            "html" | "htm" => Some(PictureFormat::Html),
            "pptx" => Some(PictureFormat::Pptx),
            _ => None,
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            PictureFormat::Svg => "svg",
            PictureFormat::Png => "png",
            PictureFormat::Pdf => "pdf",
            PictureFormat::Html => "html",
            PictureFormat::Pptx => "pptx",
        }
    }
}
