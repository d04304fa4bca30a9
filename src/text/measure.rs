//! [`FontMeasure`]: widths of text shaped with the fonts it is drawn in.

use rustc_hash::FxHashMap;
use std::sync::Mutex;

use rustybuzz::{Direction, Face, ShapePlan, UnicodeBuffer};

use super::fonts::{Fonts, INTER_REGULAR, INTER_SEMIBOLD, ignorable};
use super::{FontError, TextMeasure, Weight};

/// Measures with the fonts of a [`Fonts`] chain (by default the bundled ones:
/// Inter, then Noto for Arabic, Hebrew, Devanagari and CJK), each character
/// in the face PNG and PDF draw it with. Widths are cached: views measure the
/// same names many times while they try places for a label.
pub struct FontMeasure {
    regular: Face<'static>,
    semibold: Face<'static>,
    /// Shaping plans for left-to-right Latin text, per weight: building a plan
    /// costs more than shaping a short word with it.
    latin: [ShapePlan; 2],
    /// The chain: Inter, then the fallbacks.
    fonts: Fonts,
    ascent: f64,
    descent: f64,
    /// Widths in em, per weight (regular, semibold), by text.
    cache: Mutex<[FxHashMap<String, f64>; 2]>,
}

impl FontMeasure {
    /// Measures with the bundled fonts. They are compiled in, so this cannot
    /// fail at run time unless the assets are corrupt, which the tests would catch.
    pub fn new() -> Self {
        Self::with_fonts(&Fonts::bundled())
    }

    /// Measures with the bundled fonts and, before the bundled fallbacks, the
    /// fonts in `extra` (TrueType or OpenType files' bytes, in order).
    pub fn with_extra_fonts(extra: Vec<Vec<u8>>) -> Result<Self, FontError> {
        let mut fonts = Fonts::bundled();
        for data in extra {
            fonts = fonts.with_font(data)?;
        }
        Ok(Self::with_fonts(&fonts))
    }

    /// Measures with `fonts` (its first two faces are always Inter's).
    pub fn with_fonts(fonts: &Fonts) -> Self {
        let regular = Face::from_slice(INTER_REGULAR, 0).expect("bundled Inter Regular parses");
        let semibold = Face::from_slice(INTER_SEMIBOLD, 0).expect("bundled Inter SemiBold parses");
        let upm = regular.units_per_em() as f64;
        let ascent = regular.ascender() as f64 / upm;
        let descent = -(regular.descender() as f64) / upm;
        let plan = |face: &Face| {
            ShapePlan::new(
                face,
                Direction::LeftToRight,
                Some(rustybuzz::script::LATIN),
                None,
                &[],
            )
        };
        let latin = [plan(&regular), plan(&semibold)];
        FontMeasure {
            regular,
            semibold,
            latin,
            fonts: fonts.clone(),
            ascent,
            descent,
            cache: Mutex::new([FxHashMap::default(), FxHashMap::default()]),
        }
    }

    /// The fonts measured with.
    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }
}

impl Default for FontMeasure {
    fn default() -> Self {
        Self::new()
    }
}

/// Width, in em, that a renderer's fallback font will likely give a character no
/// font of the chain has: CJK, emoji and other wide characters take a full em.
fn fallback_em(c: char) -> f64 {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF | 0x20000..=0x3FFFD);
    // Zero-width characters (joiners, direction marks) stay zero.
    if ignorable(c) {
        0.0
    } else if wide {
        1.0
    } else {
        0.62
    }
}

impl FontMeasure {
    /// Width of `text` at 1 px, shaped (uncached): split into runs of one
    /// face each ([`Fonts::runs`]), each shaped alone, their advances summed.
    fn shape_em(&self, text: &str, weight: Weight) -> f64 {
        let inter = weight as usize;
        let runs = self.fonts.runs(text, weight);
        if let [one] = &runs[..]
            && one.face == Some(inter)
        {
            return self.inter_em(text, weight);
        }
        runs.iter()
            .map(|r| {
                let piece = &text[r.range.clone()];
                match r.face {
                    Some(f) if f == inter => self.inter_em(piece, weight),
                    Some(f) => self.fallback_run_em(f, piece),
                    None => piece.chars().map(fallback_em).sum(),
                }
            })
            .sum()
    }

    /// Width in em of `text` set in the fallback face `face`, which has all
    /// its characters: shaped with the script and direction guessed from it.
    fn fallback_run_em(&self, face: usize, text: &str) -> f64 {
        self.fonts
            .face(face)
            .shaper(|f| {
                let mut buffer = UnicodeBuffer::new();
                buffer.push_str(text);
                buffer.guess_segment_properties();
                let shaped = rustybuzz::shape(f, &[], buffer);
                let units: i64 = shaped
                    .glyph_positions()
                    .iter()
                    .map(|p| p.x_advance as i64)
                    .sum();
                units as f64 / f.units_per_em() as f64
            })
            .unwrap_or_else(|| text.chars().map(fallback_em).sum())
    }

    /// Width of `text` at 1 px in Inter, shaped (uncached).
    fn inter_em(&self, text: &str, weight: Weight) -> f64 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Semibold => &self.semibold,
        };
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = if is_latin(text) {
            buffer.set_direction(Direction::LeftToRight);
            buffer.set_script(rustybuzz::script::LATIN);
            rustybuzz::shape_with_plan(face, &self.latin[weight as usize], buffer)
        } else {
            rustybuzz::shape(face, &[], buffer)
        };
        let upm = face.units_per_em() as f64;
        let mut em = 0.0;
        for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            if info.glyph_id == 0 {
                let c = text[info.cluster as usize..].chars().next().unwrap_or(' ');
                em += fallback_em(c);
            } else {
                em += pos.x_advance as f64 / upm;
            }
        }
        em
    }
}

/// True if `text` is Latin letters, digits and punctuation only (below U+0250, or
/// general punctuation, currency and letterlike symbols), which shape the same
/// with the Latin plan as with a plan guessed per call.
fn is_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| (c as u32) < 0x0250 || matches!(c as u32, 0x2000..=0x206F | 0x20A0..=0x214F))
}

/// True if `text` is in scripts Inter sets without shaping across spaces between
/// letters (Latin, Greek, Cyrillic, Armenian: below U+0590), so its width is the
/// sum of its pieces' and spaces'. Other scripts (Arabic, Hebrew, Indic, CJK...)
/// are always shaped whole.
fn splits_at_spaces(text: &str) -> bool {
    text.chars()
        .all(|c| (c as u32) < 0x0590 || matches!(c as u32, 0x2000..=0x206F))
        && word_breaks(text).next().is_some()
}

/// Single spaces with a letter on each side: Inter's contextual forms reach
/// across a space after digits and punctuation (`, 13` sets differently from
/// `13`), never between two letters.
fn word_breaks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.char_indices().filter(move |&(i, c)| {
        c == ' '
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    })
}

impl FontMeasure {
    /// Width in em, from the cache or shaped and cached.
    fn cached_em(&self, text: &str, weight: Weight) -> f64 {
        // Labels are tried whole, wrapped and truncated many times over; words
        // recur across them, so text is measured piece by piece, each piece
        // shaped once, and only the pieces are kept.
        if splits_at_spaces(text) {
            let space = self.piece_em(" ", weight);
            let mut total = 0.0;
            let mut start = 0;
            for (i, _) in word_breaks(text) {
                total += self.piece_em(&text[start..i], weight) + space;
                start = i + 1;
            }
            return total + self.piece_em(&text[start..], weight);
        }
        self.piece_em(text, weight)
    }

    /// Width in em of text shaped whole, from the cache or shaped and cached.
    fn piece_em(&self, text: &str, weight: Weight) -> f64 {
        let slot = weight as usize;
        if let Ok(cache) = self.cache.lock()
            && let Some(em) = cache[slot].get(text)
        {
            return *em;
        }
        let em = self.shape_em(text, weight);
        if let Ok(mut cache) = self.cache.lock() {
            cache[slot].insert(text.to_string(), em);
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
        self.cached_em(text, weight) * size
    }

    fn ascent(&self, size: f64) -> f64 {
        self.ascent * size
    }

    fn descent(&self, size: f64) -> f64 {
        self.descent * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measuring_word_by_word_matches_shaping_the_whole_label() {
        let m = FontMeasure::new();
        let mut labels: Vec<String> = vec![
            "Joint investigation team Matrix (FR–NL)".into(),
            "Action day: 3 arrests, 13 searches".into(),
            "Préfecture de police – Brigade de répression".into(),
            "Управление «К» МВД России".into(),
            "Ελληνική Αστυνομία, Διεύθυνση".into(),
            "AV Wa To \"Yo\" 1/2 1:2 -> x".into(),
            "4 Dec 2014".into(),
            "c. 16 Oct 2018".into(),
            "Jun 2020 – 2 Jun 2021".into(),
            "unit 515 and 3 more, 13 searches".into(),
            "encrypted money mee…".into(),
            "Action day 12 (3 arrests) in 2024 – H1 2025".into(),
        ];
        let generated = crate::generate::dataset(300, 30, 2000, 3);
        for yaml in crate::gallery::BUNDLED
            .iter()
            .map(|(_, y)| *y)
            .chain([generated.as_str()])
        {
            let mut sources = crate::source::SourceSet::new();
            sources.add("case.yaml", yaml.to_string());
            let model = crate::check(&sources).expect("bundled case").model;
            labels.extend(model.agencies.iter().map(|a| a.name.clone()));
            labels.extend(model.teams.iter().map(|t| t.name.clone()));
            labels.extend(model.events.iter().map(|e| e.name.clone()));
            labels.extend(model.events.iter().map(|e| e.period().human()));
            labels.extend(model.sources.iter().map(|s| s.title.clone()));
        }
        for weight in [Weight::Regular, Weight::Semibold] {
            for l in &labels {
                let words = m.width(l, 1000.0, weight);
                let whole = m.shape_em(l, weight) * 1000.0;
                assert!((words - whole).abs() < 1e-6, "{l:?}: {words} vs {whole}");
                // The Latin plan gives what a plan made for the text itself gives.
                let face = match weight {
                    Weight::Regular => &m.regular,
                    Weight::Semibold => &m.semibold,
                };
                let mut b = UnicodeBuffer::new();
                b.push_str(l);
                let generic = rustybuzz::shape(face, &[], b);
                let upm = face.units_per_em() as f64;
                let em: f64 = generic
                    .glyph_positions()
                    .iter()
                    .zip(generic.glyph_infos())
                    .filter(|(_, i)| i.glyph_id != 0)
                    .map(|(p, _)| p.x_advance as f64 / upm)
                    .sum();
                if !generic.glyph_infos().iter().any(|i| i.glyph_id == 0) {
                    assert!((m.shape_em(l, weight) - em).abs() < 1e-9, "{l:?}");
                }
            }
        }
    }

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
        // Characters Inter lacks are measured in the fallback font: CJK takes an em.
        assert!((m.width("北京", 20.0, Weight::Regular) - 40.0).abs() < 0.01);
        assert!(m.ascent(20.0) > 15.0 && m.descent(20.0) > 3.0);
    }
}
