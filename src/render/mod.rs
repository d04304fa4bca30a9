//! Stage 5, render: a [`crate::scene::Scene`] translated to an output format.
//! Renderers make no layout decisions; PNG and PDF are made from the SVG.

pub mod html;
pub mod raster;
pub mod svg;

pub use self::html::render_html;
pub use self::raster::{PNG_MAX_PIXELS, PNG_MAX_SIDE, png_size_problem, render_pdf, render_png};
pub use self::svg::{render_svg, write_svg};
