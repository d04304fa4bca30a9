//! Text: the fonts it is set in ([`Fonts`]: Inter, then fallbacks for the
//! scripts Inter lacks), measuring ([`FontMeasure`], shaped by rustybuzz so
//! that widths include kerning and joined letters), and fitting text to a
//! width ([`wrap`], [`truncate`]). Layout never guesses widths from character
//! counts, and measures with the fonts the picture is drawn with.

mod fonts;
mod measure;
mod wrap;

pub use fonts::FontRun;
pub(crate) use fonts::complex;
pub use fonts::{
    FontError, Fonts, INTER_REGULAR, INTER_SEMIBOLD, NOTO_SANS_ARABIC, NOTO_SANS_CJK,
    NOTO_SANS_DEVANAGARI, NOTO_SANS_HEBREW,
};
pub use measure::FontMeasure;
pub use wrap::{truncate, wrap};

/// The CSS font stack written into SVG: the bundled font first, then the
/// bundled fallbacks for other scripts (a browser that has them sets those
/// scripts as PNG and PDF do), then look-alikes.
pub const FONT_FAMILY: &str = "Inter, 'Inter Variable', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif";

/// Font weight used by the views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// 400
    Regular,
    /// 600
    Semibold,
}

impl Weight {
    /// The CSS weight number.
    pub fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::Semibold => 600,
        }
    }
}

/// Measures text. Implementations are deterministic: the same text, size and
/// weight always measure the same.
pub trait TextMeasure {
    /// Advance width of `text` set on one line at `size` px.
    fn width(&self, text: &str, size: f64, weight: Weight) -> f64;
    /// Distance from the baseline up to the top of tall glyphs, at `size` px.
    fn ascent(&self, size: f64) -> f64;
    /// Distance from the baseline down to the bottom of descenders, at `size` px.
    fn descent(&self, size: f64) -> f64;
}

/// A measurer for tests: every character is `em` wide; no font needed.
#[derive(Clone, Copy, Debug)]
pub struct FixedMeasure {
    /// Width of each character, in em.
    pub em: f64,
}

impl TextMeasure for FixedMeasure {
    fn width(&self, text: &str, size: f64, _weight: Weight) -> f64 {
        text.chars().count() as f64 * self.em * size
    }
    fn ascent(&self, size: f64) -> f64 {
        0.8 * size
    }
    fn descent(&self, size: f64) -> f64 {
        0.2 * size
    }
}
