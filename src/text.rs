//! Text measurement with the bundled Inter font, shaped by rustybuzz so that widths
//! include kerning. Layout never guesses widths from character counts.

use std::collections::HashMap;
use std::sync::Mutex;

use rustybuzz::{Face, UnicodeBuffer};

/// Regular weight of Inter 4.0 (SIL Open Font License 1.1, see assets/fonts/OFL.txt).
pub static INTER_REGULAR: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.otf");
/// Semibold weight of Inter 4.0.
pub static INTER_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.otf");

/// The CSS font stack written into SVG: the bundled font first, then look-alikes.
pub const FONT_FAMILY: &str = "Inter, 'Inter Variable', 'Helvetica Neue', Arial, sans-serif";

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

/// Measures with the bundled Inter font. Widths are cached: views measure the
/// same names many times while they try places for a label.
pub struct FontMeasure {
    regular: Face<'static>,
    semibold: Face<'static>,
    ascent: f64,
    descent: f64,
    cache: Mutex<HashMap<(String, Weight), f64>>,
}

impl FontMeasure {
    /// Loads the bundled faces. They are compiled in, so this cannot fail at run time
    /// unless the assets are corrupt, which the tests would catch.
    pub fn new() -> Self {
        let regular = Face::from_slice(INTER_REGULAR, 0).expect("bundled Inter Regular parses");
        let semibold = Face::from_slice(INTER_SEMIBOLD, 0).expect("bundled Inter SemiBold parses");
        let upm = regular.units_per_em() as f64;
        let ascent = regular.ascender() as f64 / upm;
        let descent = -(regular.descender() as f64) / upm;
        FontMeasure {
            regular,
            semibold,
            ascent,
            descent,
            cache: Mutex::new(HashMap::new()),
        }
    }
}

impl Default for FontMeasure {
    fn default() -> Self {
        Self::new()
    }
}

/// Width, in em, that a renderer's fallback font will likely give a character Inter
/// lacks: CJK, emoji and other wide characters take a full em.
fn fallback_em(c: char) -> f64 {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF | 0x20000..=0x3FFFD);
    if wide { 1.0 } else { 0.62 }
}

impl FontMeasure {
    /// Width of `text` at 1 px, shaped (uncached).
    fn shape_em(&self, text: &str, weight: Weight) -> f64 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Semibold => &self.semibold,
        };
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(face, &[], buffer);
        let upm = face.units_per_em() as f64;
        let mut em = 0.0;
        for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            if info.glyph_id == 0 {
                let c = text[info.cluster as usize..].chars().next().unwrap_or(' ');
                // Zero-width characters (joiners, direction marks) stay zero.
                if !matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F)
                {
                    em += fallback_em(c);
                }
            } else {
                em += pos.x_advance as f64 / upm;
            }
        }
        em
    }
}

impl TextMeasure for FontMeasure {
    fn width(&self, text: &str, size: f64, weight: Weight) -> f64 {
        if text.is_empty() {
            return 0.0;
        }
        // Widths scale with size, so one entry per text and weight serves every size.
        let key = (text.to_string(), weight);
        if let Ok(cache) = self.cache.lock()
            && let Some(em) = cache.get(&key)
        {
            return em * size;
        }
        let em = self.shape_em(text, weight);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(key, em);
        }
        em * size
    }

    fn ascent(&self, size: f64) -> f64 {
        self.ascent * size
    }

    fn descent(&self, size: f64) -> f64 {
        self.descent * size
    }
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

/// Breaks `text` into lines no wider than `max_width` at word boundaries; a word
/// longer than a line is cut at the character that overflows.
pub fn wrap(
    m: &dyn TextMeasure,
    text: &str,
    size: f64,
    weight: Weight,
    max_width: f64,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if m.width(&candidate, size, weight) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if m.width(word, size, weight) <= max_width {
            line = word.to_string();
        } else {
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if m.width(&piece, size, weight) > max_width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` cut to fit `max_width`, ending with "…", or `None` if not even one
/// character and the ellipsis fit.
pub fn truncate(
    m: &dyn TextMeasure,
    text: &str,
    size: f64,
    weight: Weight,
    max_width: f64,
) -> Option<String> {
    if m.width(text, size, weight) <= max_width {
        return Some(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    // Largest prefix whose ellipsised form fits.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
        if m.width(&candidate, size, weight) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    (lo > 0).then(|| {
        chars[..lo]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inter_measures_with_kerning_and_weight() {
        let m = FontMeasure::new();
        let w = m.width("Europol", 20.0, Weight::Regular);
        assert!(w > 60.0 && w < 90.0, "{w}");
        assert!(m.width("Europol", 20.0, Weight::Semibold) > w);
        // Kerning: "AV" is narrower than "A" and "V" set apart.
        let pair = m.width("AV", 100.0, Weight::Regular);
        let apart = m.width("A", 100.0, Weight::Regular) + m.width("V", 100.0, Weight::Regular);
        assert!(pair < apart, "{pair} vs {apart}");
        assert_eq!(m.width("", 20.0, Weight::Regular), 0.0);
        // Characters Inter lacks still take room.
        assert!(m.width("北京", 20.0, Weight::Regular) >= 39.0);
        assert!(m.ascent(20.0) > 15.0 && m.descent(20.0) > 3.0);
    }

    #[test]
    fn wrapping_and_truncation_fit_the_width() {
        let m = FixedMeasure { em: 0.5 };
        let lines = wrap(&m, "one two three four", 10.0, Weight::Regular, 40.0);
        assert_eq!(lines, ["one two", "three", "four"]);
        assert!(
            lines
                .iter()
                .all(|l| m.width(l, 10.0, Weight::Regular) <= 40.0)
        );
        assert_eq!(
            truncate(&m, "abcdefghij", 10.0, Weight::Regular, 30.0).as_deref(),
            Some("abcde…")
        );
        assert_eq!(
            truncate(&m, "abc", 10.0, Weight::Regular, 30.0).as_deref(),
            Some("abc")
        );
        assert_eq!(truncate(&m, "abc", 10.0, Weight::Regular, 4.0), None);
    }
}
