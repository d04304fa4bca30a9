//! What a web page's pictures carry beyond a standalone SVG: ids of their
//! own, hover texts held once for the page, and marks named for assistive
//! technology.

use crate::scene::{Item, Scene, Shape};

/// The picture as a web page holds it among others: its ids begin with
/// `prefix`, and every mark with hover text is a button that the keyboard
/// reaches (`tabindex`, `role`, `aria-label` from the text's first line).
///
/// A mark's hover text is held once in `tips`, shared by every picture of the
/// page (the same record has the same text in every view), and the mark says
/// which (`data-tip`); its `<title>` keeps the first line, which a pointer
/// shows on hover.
pub fn render_svg_in_page(scene: &Scene, prefix: &str, tips: &mut Tips) -> String {
    let mut out = Vec::with_capacity(scene.items.len() * 120);
    let fonts = crate::text::Fonts::bundled();
    let _ = super::write_as(scene, &mut out, prefix, Some(tips), &fonts, false);
    String::from_utf8(out).unwrap_or_default()
}

/// Hover texts of a web page's pictures, each once.
#[derive(Debug, Default)]
pub struct Tips {
    /// The texts, in the order first met.
    pub texts: Vec<String>,
    seen: std::collections::HashMap<String, usize>,
}

impl Tips {
    pub(super) fn of(&mut self, text: &str) -> usize {
        if let Some(&i) = self.seen.get(text) {
            return i;
        }
        self.texts.push(text.to_string());
        self.seen.insert(text.to_string(), self.texts.len() - 1);
        self.texts.len() - 1
    }
}

/// The name a screen reader gives a mark: the first line of its hover text
/// (the record's name) when that says everything the mark shows, else what
/// the mark shows after it (a date, codes, a name cut short), so that what is
/// seen is always part of what is named.
pub(super) fn mark_name(members: &[Item], first: &str) -> String {
    // Words as checkers compare them: punctuation dropped, not read as a
    // space ("(FR–NL)" is one word, "frnl").
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let shown: Vec<&str> = members
        .iter()
        .filter_map(|m| match &m.shape {
            Shape::Text { text, .. } if !text.trim().is_empty() => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let shown = shown.join(" ");
    let (said, seen) = (words(first), words(&shown));
    let holds = seen.is_empty() || said.windows(seen.len()).any(|w| w == seen.as_slice());
    match (holds, first.is_empty()) {
        (true, _) => first.to_string(),
        (false, true) => shown,
        (false, false) => format!("{first}: {shown}"),
    }
}
