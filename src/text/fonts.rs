//! The fonts text is set in: Inter first (Latin, Greek, Cyrillic), then a
//! chain of fallbacks for the characters it lacks: fonts the user gives, the
//! bundled Noto fonts (Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean),
//! and, for PNG and PDF only, system fonts for what is still missing.
//!
//! Measuring ([`super::FontMeasure`]), the SVG's font hints and the PNG/PDF
//! renderer take their fonts from one [`Fonts`] and split text into the same
//! runs ([`Fonts::runs`]), so the widths measured are the widths drawn.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;
use rustybuzz::ttf_parser;
use unicode_script::{Script, UnicodeScript};

use super::Weight;

/// Regular weight of Inter 4.0 (SIL Open Font License 1.1, see assets/fonts/OFL.txt).
pub static INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
/// Semibold weight of Inter 4.0.
pub static INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
/// Noto Sans Arabic 2.005, regular (SIL Open Font License 1.1).
pub static NOTO_SANS_ARABIC: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
/// Noto Sans Hebrew 3.000, regular (SIL Open Font License 1.1).
pub static NOTO_SANS_HEBREW: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf");
/// Noto Sans Devanagari 2.001, regular (SIL Open Font License 1.1).
pub static NOTO_SANS_DEVANAGARI: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");
/// Noto Sans CJK SC 2.004, regular, subset to GB2312, JIS X 0208, KS X 1001,
/// every Hangul syllable, kana and CJK punctuation (SIL Open Font License 1.1;
/// scripts/fonts/subset.sh made it).
pub static NOTO_SANS_CJK: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

/// The bundled fallbacks, in the order they are tried.
const BUNDLED_FALLBACKS: [&[u8]; 4] = [
    NOTO_SANS_ARABIC,
    NOTO_SANS_HEBREW,
    NOTO_SANS_DEVANAGARI,
    NOTO_SANS_CJK,
];

/// Why a font file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    /// The data is not a TrueType or OpenType font (or collection) with a
    /// family name and a Unicode character map.
    #[error(
        "not a font this program can read (a TrueType or OpenType file with a family name and a Unicode character map)"
    )]
    NotAFont,
}

/// A font's bytes: compiled in, or loaded at run time and shared.
#[derive(Clone)]
enum Bytes {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            Bytes::Static(b) => b,
            Bytes::Shared(b) => b,
        }
    }
}

/// One face of the chain, with the characters it has. A compiled-in face is
/// parsed only when first asked about (most pictures never need the CJK
/// font's character map); one loaded at run time has its characters listed
/// when loaded, and is parsed each time it shapes.
#[derive(Clone)]
pub(crate) struct Face {
    bytes: Bytes,
    index: u32,
    /// The family name, as fontdb (and so usvg) knows it.
    family: String,
    /// For a face loaded at run time: code points with a glyph, as sorted,
    /// disjoint, inclusive ranges.
    cover: Vec<(u32, u32)>,
    /// For a compiled-in face: its character map.
    cmap: OnceLock<Option<ttf_parser::Face<'static>>>,
    /// For a compiled-in face: ready to shape with.
    shaper: OnceLock<Option<rustybuzz::Face<'static>>>,
}

impl Face {
    fn new(bytes: Bytes, index: u32) -> Option<Face> {
        let face = ttf_parser::Face::parse(bytes.as_ref(), index).ok()?;
        let family = family_name(&face)?;
        let cmap = OnceLock::new();
        let mut cover: Vec<(u32, u32)> = Vec::new();
        match bytes {
            Bytes::Static(b) => {
                let _ = cmap.set(ttf_parser::Face::parse(b, index).ok());
            }
            Bytes::Shared(_) => {
                let mut points = Vec::new();
                for sub in face.tables().cmap?.subtables {
                    if sub.is_unicode() {
                        sub.codepoints(|c| points.push(c));
                    }
                }
                points.sort_unstable();
                points.dedup();
                for c in points {
                    let has = char::from_u32(c)
                        .and_then(|ch| face.glyph_index(ch))
                        .is_some_and(|g| g.0 != 0);
                    match cover.last_mut() {
                        _ if !has => {}
                        Some(last) if last.1 + 1 == c => last.1 = c,
                        _ => cover.push((c, c)),
                    }
                }
                if cover.is_empty() {
                    return None;
                }
            }
        }
        Some(Face {
            bytes,
            index,
            family,
            cover,
            cmap,
            shaper: OnceLock::new(),
        })
    }

    /// Whether the face has a glyph for `c`.
    pub(crate) fn covers(&self, c: char) -> bool {
        if let Bytes::Static(b) = self.bytes {
            let face = self
                .cmap
                .get_or_init(|| ttf_parser::Face::parse(b, self.index).ok());
            return face
                .as_ref()
                .and_then(|f| f.glyph_index(c))
                .is_some_and(|g| g.0 != 0);
        }
        let c = c as u32;
        let i = self.cover.partition_point(|r| r.1 < c);
        self.cover.get(i).is_some_and(|r| r.0 <= c)
    }

    /// The family name, as written in SVG and looked up by usvg.
    pub(crate) fn family(&self) -> &str {
        &self.family
    }

    /// Calls `f` with the face ready for shaping.
    pub(crate) fn shaper<R>(&self, f: impl FnOnce(&rustybuzz::Face) -> R) -> Option<R> {
        match self.bytes {
            Bytes::Static(b) => self
                .shaper
                .get_or_init(|| rustybuzz::Face::from_slice(b, self.index))
                .as_ref()
                .map(f),
            Bytes::Shared(ref b) => rustybuzz::Face::from_slice(b, self.index).map(|x| f(&x)),
        }
    }
}

/// The family name fontdb gives a face: the typographic family (name 16),
/// else the family (name 1), in US English if there is one.
fn family_name(face: &ttf_parser::Face) -> Option<String> {
    let names: Vec<ttf_parser::name::Name> = face.names().into_iter().collect();
    [16u16, 1].iter().find_map(|&id| {
        let of_id = || {
            names
                .iter()
                .filter(move |n| n.name_id == id && n.is_unicode())
        };
        of_id()
            .find(|n| n.language() == ttf_parser::Language::English_UnitedStates)
            .or_else(|| of_id().next())
            .and_then(|n| n.to_string())
            .filter(|s| !s.trim().is_empty())
    })
}

/// A stretch of text set in one face of a [`Fonts`] chain ([`Fonts::runs`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontRun {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The face, as an index into [`Fonts::families`]; `None` for characters
    /// that no face of the chain has (a renderer draws them as it can).
    pub face: Option<usize>,
}

struct Chain {
    /// Inter Regular, Inter SemiBold, the fonts given, the bundled
    /// fallbacks, then system fonts.
    faces: Vec<Face>,
    /// How many fonts were given (they follow Inter).
    given: usize,
    /// How many faces came from the system (at the end).
    system: usize,
    db: OnceLock<Arc<fontdb::Database>>,
}

/// The chain of fonts text is set in. Cheap to clone; immutable (adding a font
/// makes a new chain). Deterministic: the same fonts in the same order set
/// the same text the same way.
#[derive(Clone)]
pub struct Fonts(Arc<Chain>);

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.faces.iter().map(|x| &x.family))
            .finish()
    }
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::bundled()
    }
}

impl Fonts {
    /// Inter and the bundled fallbacks. They are compiled in, so this cannot
    /// fail at run time unless the assets are corrupt, which the tests would catch.
    pub fn bundled() -> Fonts {
        static BUNDLED: OnceLock<Fonts> = OnceLock::new();
        BUNDLED
            .get_or_init(|| {
                let faces = [INTER_REGULAR, INTER_SEMIBOLD]
                    .into_iter()
                    .chain(BUNDLED_FALLBACKS)
                    .map(|b| Face::new(Bytes::Static(b), 0).expect("bundled font parses"))
                    .collect();
                Fonts(Arc::new(Chain {
                    faces,
                    given: 0,
                    system: 0,
                    db: OnceLock::new(),
                }))
            })
            .clone()
    }

    /// This chain with the font in `data` (a TrueType or OpenType file; every
    /// face of a collection) after Inter and the fonts given before it, and
    /// before the bundled fallbacks: the characters it has are set in it.
    pub fn with_font(&self, data: Vec<u8>) -> Result<Fonts, FontError> {
        let bytes = Bytes::Shared(Arc::from(data));
        let count = ttf_parser::fonts_in_collection(bytes.as_ref()).unwrap_or(1);
        let added: Vec<Face> = (0..count)
            .filter_map(|i| Face::new(bytes.clone(), i))
            .collect();
        if added.is_empty() {
            return Err(FontError::NotAFont);
        }
        let at = 2 + self.0.given;
        let given = self.0.given + added.len();
        Ok(self.rebuilt(at, added, given, self.0.system))
    }

    /// A new chain with `added` faces inserted at `at`.
    fn rebuilt(&self, at: usize, added: Vec<Face>, given: usize, system: usize) -> Fonts {
        let old = &self.0.faces;
        let faces = old[..at]
            .iter()
            .cloned()
            .chain(added)
            .chain(old[at..].iter().cloned())
            .collect();
        Fonts(Arc::new(Chain {
            faces,
            given,
            system,
            db: OnceLock::new(),
        }))
    }

    /// The family names of the chain, in order (Inter twice: regular and semibold).
    pub fn families(&self) -> Vec<&str> {
        self.0.faces.iter().map(|f| f.family.as_str()).collect()
    }

    /// How many faces were added from the system's fonts ([`Fonts::with_system_fonts`]).
    pub fn system_faces(&self) -> usize {
        self.0.system
    }

    /// The characters of `text` that no font of the chain has, in order of
    /// first appearance, each once. Spaces and controls never count.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if !c.is_whitespace()
                && !c.is_control()
                && !ignorable(c)
                && !out.contains(&c)
                && !self.0.faces.iter().any(|f| f.covers(c))
            {
                out.push(c);
            }
        }
        out
    }

    /// This chain with, at its end, the system fonts that have some of
    /// `chars` (for each character, the first face that has it, faces taken
    /// in order of family, style name and file), and the characters that
    /// none has. Reads every font the system lists: call it only when
    /// something is missing, so that output stays the same on every machine
    /// whenever the bundled and given fonts suffice.
    pub fn with_system_fonts(&self, chars: &[char]) -> (Fonts, Vec<char>) {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let mut infos: Vec<&fontdb::FaceInfo> = db.faces().collect();
        let key = |f: &fontdb::FaceInfo| {
            let path = match &f.source {
                fontdb::Source::File(p) | fontdb::Source::SharedFile(p, _) => {
                    p.display().to_string()
                }
                fontdb::Source::Binary(_) => String::new(),
            };
            let family = f.families.first().map(|x| x.0.clone()).unwrap_or_default();
            (family, f.post_script_name.clone(), path, f.index)
        };
        infos.sort_by_cached_key(|f| key(f));
        let mut left: Vec<char> = chars.to_vec();
        let mut added = Vec::new();
        for info in infos {
            if left.is_empty() {
                break;
            }
            // Only a face that has one of the characters is read whole.
            let face = db
                .with_face_data(info.id, |data, index| {
                    let parsed = ttf_parser::Face::parse(data, index).ok()?;
                    left.iter()
                        .any(|&c| parsed.glyph_index(c).is_some_and(|g| g.0 != 0))
                        .then(|| Face::new(Bytes::Shared(Arc::from(data)), index))
                        .flatten()
                })
                .flatten();
            if let Some(face) = face
                && left.iter().any(|&c| face.covers(c))
            {
                left.retain(|&c| !face.covers(c));
                added.push(face);
            }
        }
        let n = added.len();
        let end = self.0.faces.len();
        (
            self.rebuilt(end, added, self.0.given, self.0.system + n),
            left,
        )
    }

    /// The face at `i` of the chain.
    pub(crate) fn face(&self, i: usize) -> &Face {
        &self.0.faces[i]
    }

    /// Faces tried for a character of `weight`, in order.
    fn order(&self, weight: Weight) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(weight as usize).chain(2..self.0.faces.len())
    }

    /// The first face of the chain for `weight` that has `c`.
    fn first_with(&self, c: char, weight: Weight) -> Option<usize> {
        self.order(weight).find(|&i| self.0.faces[i].covers(c))
    }

    /// Splits `text` into runs of one face each. A letter is set in the first
    /// face that has it (Inter for `weight` first); spaces, digits,
    /// punctuation and combining marks (Unicode's Common and Inherited
    /// scripts) stay in the face of the letters before them, or else after
    /// them, when it has them, so that a word and its marks are never split
    /// and an Arabic phrase keeps its own spaces.
    pub fn runs(&self, text: &str, weight: Weight) -> Vec<FontRun> {
        let inter = weight as usize;
        if text.is_ascii() && text.bytes().all(|b| b >= b' ') {
            return vec![FontRun {
                range: 0..text.len(),
                face: Some(inter),
            }];
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        // Letters first: the first face that has each (`None` for a neutral).
        let letters: Vec<Option<Option<usize>>> = chars
            .iter()
            .map(|&(_, c)| (!neutral(c)).then(|| self.first_with(c, weight)))
            .collect();
        let mut runs: Vec<FontRun> = Vec::new();
        for (k, &(at, c)) in chars.iter().enumerate() {
            let face = match letters[k] {
                Some(f) => f,
                None => {
                    let has = |f: Option<usize>| f.filter(|&i| self.0.faces[i].covers(c));
                    let before = letters[..k].iter().rev().flatten().next().copied();
                    let after = || letters[k + 1..].iter().flatten().next().copied();
                    has(before.flatten())
                        .or_else(|| has(after().flatten()))
                        .or_else(|| self.first_with(c, weight))
                        // A space or format character no face has is
                        // Inter's (it draws nothing, or a space).
                        .or_else(|| {
                            (c.is_whitespace() || c.is_control() || ignorable(c)).then_some(inter)
                        })
                }
            };
            match runs.last_mut() {
                Some(r) if r.face == face => r.range.end = at + c.len_utf8(),
                _ => runs.push(FontRun {
                    range: at..at + c.len_utf8(),
                    face,
                }),
            }
        }
        runs
    }

    /// The font database for usvg (PNG and PDF): every face of the chain, in
    /// its order, so that usvg's own fallback looks in the same order.
    pub fn database(&self) -> Arc<fontdb::Database> {
        self.0
            .db
            .get_or_init(|| {
                let mut db = fontdb::Database::new();
                for f in &self.0.faces {
                    let source: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(f.bytes.clone());
                    let ids = db.load_font_source(fontdb::Source::Binary(source));
                    // A collection loads every face; keep the one in the chain.
                    for (i, id) in ids.into_iter().enumerate() {
                        if i as u32 != f.index {
                            db.remove_face(id);
                        }
                    }
                }
                db.set_sans_serif_family("Inter");
                Arc::new(db)
            })
            .clone()
    }
}

/// Characters that take the face of their neighbours: Unicode's Common and
/// Inherited scripts (spaces, digits, punctuation, symbols, combining marks,
/// joiners).
fn neutral(c: char) -> bool {
    matches!(
        c.script(),
        Script::Common | Script::Inherited | Script::Unknown
    )
}

/// Zero-width format characters: joiners, direction marks, variation selectors.
pub(crate) fn ignorable(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F)
}

/// Whether a run in script of `c` may come out of shaping with a different
/// number of glyphs than characters (joined letters, reordered syllables),
/// which usvg can only draw when that run's face is the first one it shapes
/// with (see render/svg/text.rs).
pub(crate) fn complex(c: char) -> bool {
    !matches!(
        c.script(),
        Script::Latin
            | Script::Greek
            | Script::Cyrillic
            | Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Hangul
            | Script::Bopomofo
            | Script::Common
            | Script::Inherited
            | Script::Unknown
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn families(fonts: &Fonts, text: &str) -> Vec<(String, String)> {
        fonts
            .runs(text, Weight::Regular)
            .into_iter()
            .map(|r| {
                let f = r
                    .face
                    .map_or("-".to_string(), |i| fonts.face(i).family().to_string());
                (text[r.range].to_string(), f)
            })
            .collect()
    }

    #[test]
    fn the_bundled_chain_covers_the_scripts_it_names() {
        let fonts = Fonts::bundled();
        assert_eq!(
            fonts.families(),
            [
                "Inter",
                "Inter",
                "Noto Sans Arabic",
                "Noto Sans Hebrew",
                "Noto Sans Devanagari",
                "Noto Sans CJK SC"
            ]
        );
        for text in [
            "Europol Ελληνική Αστυνομία Министерство внутренних дел",
            "المديرية العامة للأمن الوطني",
            "משטרת ישראל",
            "केंद्रीय अन्वेषण ब्यूरो",
            "公安部 警察庁 경찰청 ひらがな カタカナ「」、。",
        ] {
            assert_eq!(fonts.missing(text), Vec::<char>::new(), "{text}");
        }
        assert_eq!(fonts.missing("ก 🚓 x"), ['ก', '🚓']);
    }

    #[test]
    fn runs_keep_words_spaces_and_marks_together() {
        let fonts = Fonts::bundled();
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            families(&fonts, "Europol (EU)"),
            [s("Europol (EU)", "Inter")]
        );
        assert_eq!(
            families(&fonts, "المديرية العامة (DGSN)"),
            [
                s("المديرية العامة ", "Noto Sans Arabic"),
                s("(DGSN)", "Inter")
            ]
        );
        assert_eq!(
            families(&fonts, "CBI – केंद्रीय ब्यूरो"),
            [
                s("CBI – ", "Inter"),
                s("केंद्रीय ब्यूरो", "Noto Sans Devanagari")
            ]
        );
        assert_eq!(
            families(&fonts, "公安部 MPS"),
            [s("公安部", "Noto Sans CJK SC"), s(" MPS", "Inter")]
        );
        assert_eq!(families(&fonts, "ก"), [s("ก", "-")]);
    }

    #[test]
    fn a_given_font_comes_after_inter_and_before_the_fallbacks() {
        let fonts = Fonts::bundled()
            .with_font(NOTO_SANS_HEBREW.to_vec())
            .unwrap();
        assert_eq!(fonts.families()[2], "Noto Sans Hebrew");
        assert_eq!(fonts.families()[3], "Noto Sans Arabic");
        assert!(Fonts::bundled().with_font(b"not a font".to_vec()).is_err());
        assert_eq!(fonts.database().faces().count(), 7);
    }
}
