//! Stage 5, render: a [`crate::scene::Scene`] translated to an output format.
//! Renderers make no layout decisions.

pub mod svg;

pub use self::svg::render_svg;
