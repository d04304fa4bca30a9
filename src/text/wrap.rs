//! Lines and cuts that fit a width, by any [`TextMeasure`].

use super::{TextMeasure, Weight};

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
    use crate::text::{FixedMeasure, FontMeasure};

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
