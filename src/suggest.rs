//! "Did you mean ...?" for misspelt field names, ids, kinds and countries.

/// The candidate closest to `word`, if it is close enough to be a likely typo:
/// at most a third of the letters differ (at least one edit is always allowed).
/// A candidate that `word` is a clipped form of (`europol-2024` for
/// `europol-2024-12-03`) beats a distant match of more than two edits; failing
/// all else, the one candidate that contains every part of `word` in order
/// (`mla-2000` for `mla-convention-2000`). Ties go to the candidate listed
/// first, so the answer is deterministic.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let w = word.to_lowercase();
    let limit = (w.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut prefixed: Vec<&str> = Vec::new();
    let mut abbreviated: Vec<&str> = Vec::new();
    let words: Vec<&str> = w.split(['-', '_', '.']).filter(|p| !p.is_empty()).collect();
    for c in candidates {
        let lc = c.to_lowercase();
        let d = strsim::damerau_levenshtein(&w, &lc);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
        if w.len() >= 4 && (lc.starts_with(&w) || w.starts_with(&lc)) {
            prefixed.push(c);
        }
        // `mla-2000` for `mla-convention-2000`: every part of the word, in order.
        let mut parts = lc.split(['-', '_', '.']);
        if words.len() > 1 && words.iter().all(|p| parts.any(|q| q == *p)) {
            abbreviated.push(c);
        }
    }
    match best {
        Some((d, c)) if d <= 2 => Some(c),
        _ if prefixed.len() == 1 => Some(prefixed[0]),
        Some((_, c)) => Some(c),
        None => abbreviated[..]
            .first()
            .filter(|_| abbreviated.len() == 1)
            .copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_transpositions_and_rejects_strangers() {
        let ids = ["europol", "eurojust", "nl-om"];
        assert_eq!(did_you_mean("europl", ids), Some("europol"));
        assert_eq!(did_you_mean("eruojust", ids), Some("eurojust"));
        assert_eq!(did_you_mean("interpol", ids), None);
        assert_eq!(
            did_you_mean("europol-2024", ["europol-2024-12-03", "eurojust-2024"]),
            Some("europol-2024-12-03")
        );
    }
}
