//! The content of a `<text>` whose characters are not all Inter's: a
//! `<tspan>` per run of a fallback face, naming that face, so that a browser
//! that has the font and usvg (PNG, PDF) both set each run in the face it was
//! measured with.
//!
//! What usvg 0.45 needs (its text/layout.rs, `process_chunk` and
//! `shape_text`): it shapes the whole line once per span, with that span's
//! font, Unicode bidi (a left-to-right paragraph) and rustybuzz, and keeps
//! the glyphs of the first span's shaping, which later spans overwrite
//! cluster by cluster in their own range. Characters the first span's font
//! lacks are taken from a fallback font only when it has every character of
//! the line or gives as many glyphs; joined Arabic letters or reordered
//! Devanagari syllables give fewer, and their clusters cannot be overwritten
//! right to left either. So:
//! - each run of a fallback face is a `<tspan font-family>` naming it (a run
//!   in Inter inherits the picture's stack);
//! - the first span must be set in the face of the run of a complex script
//!   (Arabic, Hebrew, Indic...): when the line begins otherwise ("DGSN –
//!   المديرية"), it begins with an invisible U+200E LEFT-TO-RIGHT MARK in a
//!   `<tspan>` of that face (the line is left to right already, so the mark
//!   changes nothing a reader sees; it adds no width);
//! - no `direction`, `unicode-bidi` or per-glyph positions are written:
//!   usvg and browsers both order the runs by the bidi algorithm in a
//!   left-to-right paragraph, an Arabic name right to left and a Latin
//!   acronym after it in brackets.
//!
//! usvg also advances a cluster of several glyphs by its widest glyph, not
//! by their sum: a Devanagari conjunct with a vowel sign after it ("द्री")
//! would be overlapped by the next letter. The SVG that PNG and PDF are made
//! from ([`render_svg_for_raster`]) gives such a line the `dx` shifts that
//! make up for it ([`raster_dx`]); the SVG for browsers, which shape it
//! right, has none.

use super::{V, Writer, write_as};
use crate::scene::{Anchor, Scene};
use crate::text::{FontRun, Fonts, Weight};
use crate::xml;

/// The SVG that PNG and PDF are made from ([`crate::render_png_with`],
/// [`crate::render_pdf_with`]): [`crate::render_svg_with`], plus, on text in which
/// a character is drawn with several glyphs of their own width (Devanagari
/// syllables with a vowel sign after a conjunct), the shifts that usvg needs
/// to draw it as wide as it is shaped (this module); a browser shapes that text
/// right without them.
pub fn render_svg_for_raster(scene: &Scene, fonts: &Fonts) -> String {
    let mut out = Vec::with_capacity(scene.items.len() * 160);
    let _ = write_as(scene, &mut out, "", None, fonts, true);
    String::from_utf8(out).unwrap_or_default()
}

impl Writer<'_> {
    /// A `<text>` of `weight`, its content on a line of its own as
    /// `text_element` writes it, in runs of its fonts.
    pub(super) fn text_runs(&mut self, content: &str, weight: Weight, size: f64, anchor: Anchor) {
        if self.raster
            && let Some(dx) = raster_dx(content, weight, size, anchor, self.fonts)
        {
            self.dx = dx;
            self.attr("dx", V::Dx);
        }
        self.open("text");
        self.out.push_str(">\n");
        push_runs(&mut self.out, content, weight, self.fonts);
        self.out.push_str("\n</text>");
    }
}

/// The face of the run a line's first span must be set in, if the line has a
/// run of a complex script in a fallback face.
fn base_face(text: &str, runs: &[FontRun], weight: Weight) -> Option<usize> {
    runs.iter()
        .filter_map(|r| {
            r.face
                .filter(|&f| f >= 2 && f != weight as usize)
                .map(|f| (r, f))
        })
        .find(|(r, _)| text[r.range.clone()].chars().any(crate::text::complex))
        .map(|(_, f)| f)
}

/// Appends `<tspan font-family="…">` for the face `face` of `fonts`.
fn open_tspan(out: &mut String, fonts: &Fonts, face: usize) {
    out.push_str("<tspan font-family=\"'");
    let family: String = fonts
        .face(face)
        .family()
        .chars()
        .filter(|c| !matches!(c, '\'' | '\\'))
        .collect();
    xml::push_attr(out, &family);
    out.push_str("', sans-serif\">");
}

/// How a line is written: its runs, and the face of the invisible first
/// span (`Some` when one is written); `None` when it is written as plain text.
fn plan(text: &str, weight: Weight, fonts: &Fonts) -> Option<(Vec<FontRun>, Option<usize>)> {
    let inter = weight as usize;
    let runs = fonts.runs(text, weight);
    if runs.iter().all(|r| r.face.is_none_or(|f| f == inter)) {
        return None;
    }
    let mark = base_face(text, &runs, weight)
        .filter(|&base| runs.first().and_then(|r| r.face) != Some(base));
    Some((runs, mark))
}

/// Appends the content of a `<text>` of `weight` showing `text`: the text
/// itself when Inter has all of it (or when the rest is in no font of the
/// chain), else runs in `<tspan>`s as the module says.
pub(super) fn push_runs(out: &mut String, text: &str, weight: Weight, fonts: &Fonts) {
    let Some((runs, mark)) = plan(text, weight, fonts) else {
        xml::push_text(out, text);
        return;
    };
    if let Some(base) = mark {
        open_tspan(out, fonts, base);
        out.push_str("\u{200E}</tspan>");
    }
    let inter = weight as usize;
    for r in &runs {
        let piece = &text[r.range.clone()];
        match r.face {
            Some(f) if f != inter => {
                open_tspan(out, fonts, f);
                xml::push_text(out, piece);
                out.push_str("</tspan>");
            }
            _ => xml::push_text(out, piece),
        }
    }
}

/// For each cluster of `piece` set in `face` whose glyphs have widths of
/// their own (a Devanagari conjunct and its vowel sign after it): the index
/// of the character after it, and the width in em that usvg leaves out
/// (it advances a cluster by its widest glyph, not by their sum).
fn cluster_losses(fonts: &Fonts, face: usize, piece: &str) -> Vec<(usize, f64)> {
    fonts
        .face(face)
        .shaper(|f| {
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(piece);
            buffer.guess_segment_properties();
            let shaped = rustybuzz::shape(f, &[], buffer);
            let (infos, positions) = (shaped.glyph_infos(), shaped.glyph_positions());
            let upm = f.units_per_em() as f64;
            let mut out = Vec::new();
            let mut i = 0;
            while i < infos.len() {
                let cluster = infos[i].cluster;
                let (mut sum, mut widest) = (0i64, 0i32);
                let mut j = i;
                while j < infos.len() && infos[j].cluster == cluster {
                    sum += positions[j].x_advance as i64;
                    widest = widest.max(positions[j].x_advance);
                    j += 1;
                }
                if sum > widest as i64 {
                    let next = infos.get(j).map_or(piece.len(), |g| g.cluster as usize);
                    out.push((
                        piece[..next].chars().count(),
                        (sum - widest as i64) as f64 / upm,
                    ));
                }
                i = j;
            }
            out
        })
        .unwrap_or_default()
}

/// The `dx` list that makes usvg draw `text` (at `size` px, anchored at
/// `anchor`) as wide as it is shaped and measured: each cluster that usvg
/// narrows ([`cluster_losses`]) pushes what follows it by what it lost, and
/// a line anchored at its middle or end starts that much earlier. `None`
/// when usvg needs no shift, and for lines it cannot be worked out for:
/// right-to-left text (usvg shifts in visual order) and text whose white
/// space usvg collapses (its characters would be counted differently).
pub(super) fn raster_dx(
    text: &str,
    weight: Weight,
    size: f64,
    anchor: Anchor,
    fonts: &Fonts,
) -> Option<String> {
    let (runs, mark) = plan(text, weight, fonts)?;
    let collapsed = text.trim() != text
        || text.contains(|c: char| c.is_whitespace() && c != ' ')
        || text.contains("  ");
    let rtl = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    if collapsed || text.chars().any(rtl) {
        return None;
    }
    let first = usize::from(mark.is_some());
    let mut dx = vec![0.0; first + text.chars().count()];
    let (mut at, mut lost) = (first, 0.0);
    for r in &runs {
        let piece = &text[r.range.clone()];
        if let Some(f) = r.face.filter(|&f| f >= 2 && f != weight as usize) {
            for (i, em) in cluster_losses(fonts, f, piece) {
                if let Some(d) = dx.get_mut(at + i) {
                    *d += em * size;
                }
                lost += em * size;
            }
        }
        at += piece.chars().count();
    }
    if lost == 0.0 {
        return None;
    }
    dx[0] -= lost
        * match anchor {
            Anchor::Start => 0.0,
            Anchor::Middle => 0.5,
            Anchor::End => 1.0,
        };
    let last = dx.iter().rposition(|d| d.abs() >= 0.005)?;
    let mut out = String::new();
    for (i, d) in dx[..=last].iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        super::push_num(&mut out, *d);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(text: &str) -> String {
        let mut out = String::new();
        push_runs(&mut out, text, Weight::Regular, &Fonts::bundled());
        out
    }

    #[test]
    fn inter_text_is_written_as_it_was() {
        assert_eq!(
            content("Europol & <EU> Ελλάδα"),
            "Europol &amp; &lt;EU&gt; Ελλάδα"
        );
        assert_eq!(content("ก"), "ก");
    }

    #[test]
    fn fallback_runs_name_their_font_and_a_complex_script_comes_first() {
        assert_eq!(
            content("المديرية (DGSN)"),
            "<tspan font-family=\"'Noto Sans Arabic', sans-serif\">المديرية </tspan>(DGSN)"
        );
        assert_eq!(
            content("DGSN – المديرية"),
            "<tspan font-family=\"'Noto Sans Arabic', sans-serif\">\u{200E}</tspan>DGSN – \
             <tspan font-family=\"'Noto Sans Arabic', sans-serif\">المديرية</tspan>"
        );
        // CJK shapes a glyph per character: no mark needed.
        assert_eq!(
            content("MPS 公安部"),
            "MPS <tspan font-family=\"'Noto Sans CJK SC', sans-serif\">公安部</tspan>"
        );
    }
}
