//! The footnote under a picture: short notes (the cited sources, what was left
//! out) flowing left to right in small muted type.

use super::MARGIN;
use super::text::note as small_print;
use crate::model::{Model, SourceRef};
use crate::scene::{Anchor, Scene, Shape};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, wrap};

/// One note: its text, the record it stands for, a tooltip and a link.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Note {
    pub(crate) text: String,
    pub(crate) record: Option<String>,
    pub(crate) tooltip: Option<String>,
    pub(crate) href: Option<String>,
}

impl Note {
    /// A note that is only text.
    pub(crate) fn plain(text: impl Into<String>) -> Note {
        Note {
            text: text.into(),
            ..Note::default()
        }
    }
}

/// The cited sources as notes: "Sources:", then each as its publisher (else its
/// title) and date, separated by ";" and closed by "."; each carries its id, its
/// full title as tooltip and its link. Nothing when nothing is cited.
pub(crate) fn source_notes(model: &Model, cited: &[SourceRef]) -> Vec<Note> {
    let short = |s: SourceRef| {
        let src = &model[s];
        let publisher = src.publisher.clone().unwrap_or_else(|| src.title.clone());
        match &src.date {
            Some(d) => format!("{publisher} ({})", d.human()),
            None => publisher,
        }
    };
    let texts: Vec<String> = cited.iter().map(|&s| short(s)).collect();
    // Two sources of one publisher on one day read the same in the footer:
    // those are told apart by their titles, and a source written twice (same
    // publisher, date and title) is named once.
    let mut seen: Vec<String> = Vec::with_capacity(cited.len());
    let mut entries: Vec<(String, SourceRef)> = Vec::with_capacity(cited.len());
    for (k, &s) in cited.iter().enumerate() {
        let mut text = texts[k].clone();
        if texts.iter().filter(|t| **t == text).count() > 1 {
            let title = &model[s].title;
            if model[s].publisher.is_some() || model[s].date.is_some() {
                text = format!("{text}: {}", cut(title, TITLE_CHARS));
            }
        }
        if seen.contains(&text) {
            continue;
        }
        seen.push(text.clone());
        entries.push((text, s));
    }
    let mut notes = Vec::with_capacity(entries.len() + 1);
    if !entries.is_empty() {
        notes.push(Note::plain(crate::i18n::static_text("notes-sources")));
    }
    let count = entries.len();
    for (n, (text, s)) in entries.into_iter().enumerate() {
        let src = &model[s];
        let sep = if n + 1 < count { ";" } else { "." };
        notes.push(Note {
            text: format!("{text}{sep}"),
            record: Some(src.id.as_str().to_string()),
            tooltip: Some(src.title.clone()),
            href: src.url.clone(),
        });
    }
    notes
}

/// Characters of a title kept where it tells two sources apart in a footer.
const TITLE_CHARS: usize = 48;

/// `text` cut to `max` characters at a word, with an ellipsis.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max).collect();
    let at = head
        .rfind(' ')
        .filter(|&i| i > max / 2)
        .unwrap_or(head.len());
    format!("{}…", head[..at].trim_end())
}

/// Draws the notes at type `size` from the left margin on the baseline `y`, and
/// returns the baseline of the last line. Guarantees: a note never passes the
/// right margin (one longer than a line wraps onto lines of its own, each piece
/// with the note's record, link and tooltip), a line breaks before a note that
/// would (never before the first of a line), and notes keep 8 px apart.
pub(crate) fn draw_notes(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    size: f64,
    notes: Vec<Note>,
    mut y: f64,
) -> f64 {
    let width = scene.width;
    let room = width - 2.0 * MARGIN;
    let pitch = m.ascent(size) + m.descent(size) + 6.0;
    let mut fx = MARGIN;
    for note in notes {
        let pieces = if m.width(&note.text, size, Weight::Regular) <= room {
            vec![note.text.clone()]
        } else {
            wrap(m, &note.text, size, Weight::Regular, room)
        };
        for (k, text) in pieces.iter().enumerate() {
            let w = m.width(text, size, Weight::Regular);
            if (k > 0 || fx + w > width - MARGIN) && fx > MARGIN {
                fx = MARGIN;
                y += pitch;
            }
            let idx = small_print(
                scene,
                m,
                fx,
                y,
                text,
                size,
                Weight::Regular,
                theme.muted,
                Anchor::Start,
            );
            let item = &mut scene.items[idx];
            item.record = note.record.clone().map(Into::into);
            item.tooltip = note.tooltip.clone().map(Into::into);
            if let Shape::Text { href, .. } = &mut item.shape {
                *href = note.href.clone();
            }
            fx += w + 8.0;
        }
    }
    y
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FixedMeasure;

    #[test]
    fn notes_flow_and_wrap_within_the_margins_with_their_links_none_cut() {
        let theme = Theme::by_name("light").unwrap();
        let mut scene = Scene::new(500.0, 100.0, theme.background);
        let mut notes: Vec<Note> = (0..10)
            .map(|i| Note::plain(format!("A note number {i};")))
            .collect();
        notes[3].href = Some("https://example.org/".into());
        notes.push(Note::plain("x".repeat(300)));
        let m = FixedMeasure { em: 0.5 };
        let last = draw_notes(&mut scene, &m, &theme, 14.0, notes, 50.0);
        assert!(last > 50.0, "the notes wrap");
        let mut prev: Option<crate::scene::Rect> = None;
        for it in &scene.items {
            let b = it.bbox();
            assert!(b.x >= MARGIN && b.right() <= 500.0 - MARGIN);
            if let Some(p) = prev {
                assert!(!p.overlaps(&b));
            }
            prev = Some(b);
        }
        assert!(
            matches!(&scene.items[3].shape, Shape::Text { href: Some(h), .. } if h == "https://example.org/")
        );
        // The note longer than a line is drawn whole, over lines of its own.
        let xs: usize = scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } if text.starts_with('x') => Some(text.len()),
                _ => None,
            })
            .sum();
        assert_eq!(xs, 300, "the long note is cut");
    }
}
