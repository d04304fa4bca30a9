//! Text measurement with the bundled Inter font, shaped by rustybuzz so that widths
//! include kerning. Layout never guesses widths from character counts.

use rustc_hash::FxHashMap;
use std::sync::Mutex;

use rustybuzz::{Direction, Face, ShapePlan, UnicodeBuffer};

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
    /// Shaping plans for left-to-right Latin text, per weight: building a plan
    /// costs more than shaping a short word with it.
    latin: [ShapePlan; 2],
    ascent: f64,
    descent: f64,
    /// Widths in em, per weight (regular, semibold), by text.
    cache: Mutex<[FxHashMap<String, f64>; 2]>,
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
            ascent,
            descent,
            cache: Mutex::new([FxHashMap::default(), FxHashMap::default()]),
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
    let cut = |end: usize| format!("{}…", text[..end].trim_end());
    let fits = |end: usize| m.width(&cut(end), size, weight) <= max_width;
    // Cuts are tried at word ends first, then inside the one word where the text
    // stops fitting: whole words ("network…") recur across labels and are
    // measured once, so few new strings are shaped.
    let bounds: Vec<usize> = text
        .char_indices()
        .skip(1)
        .filter(|&(i, c)| c == ' ' && !text[..i].ends_with(' '))
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let (mut lo, mut hi) = (0usize, bounds.len());
    // Invariant: the cut at bounds[lo - 1] fits (or lo == 0); none at bounds[hi..] does.
    while lo < hi {
        let mid = (lo + hi) / 2;
        if fits(bounds[mid]) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let start = if lo == 0 { 0 } else { bounds[lo - 1] };
    let stop = bounds.get(lo).copied().unwrap_or(text.len());
    // Character cuts strictly inside (start, stop): the largest that fits.
    let inner: Vec<usize> = text[start..stop]
        .char_indices()
        .map(|(i, _)| start + i)
        .filter(|&i| i > start)
        .collect();
    let (mut a, mut b) = (0usize, inner.len());
    while a < b {
        let mid = (a + b) / 2;
        if fits(inner[mid]) {
            a = mid + 1;
        } else {
            b = mid;
        }
    }
    let best = if a > 0 { inner[a - 1] } else { start };
    (best > 0 && !text[..best].trim_end().is_empty()).then(|| cut(best))
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

    #[test]
    fn truncation_keeps_the_longest_prefix_that_fits() {
        let m = FontMeasure::new();
        let texts = [
            "searches Operation network meeting of",
            "Joint investigation team Matrix (FR–NL)",
            "a  b   c",
            "Ünïcödé wörds and Кириллица together",
            "one",
            "x",
        ];
        for text in texts {
            for max in [5.0, 12.0, 20.0, 33.0, 60.0, 90.0, 140.0, 400.0] {
                // The reference: every prefix, longest first.
                let chars: Vec<char> = text.chars().collect();
                let reference = if m.width(text, 16.0, Weight::Semibold) <= max {
                    Some(text.to_string())
                } else {
                    (1..chars.len()).rev().find_map(|n| {
                        let p: String = chars[..n].iter().collect();
                        let c = format!("{}…", p.trim_end());
                        (!p.trim_end().is_empty() && m.width(&c, 16.0, Weight::Semibold) <= max)
                            .then_some(c)
                    })
                };
                let got = truncate(&m, text, 16.0, Weight::Semibold, max);
                assert_eq!(got, reference, "{text:?} in {max} px");
            }
        }
    }
}
