//! "Did you mean ...?" for misspelt field names, ids, kinds and countries.

/// The candidate closest to `word`, if it is close enough to be a likely typo:
/// at most a third of the letters differ (at least one edit is always allowed).
/// Ties go to the candidate listed first, so the answer is deterministic.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let w = word.to_lowercase();
    let limit = (w.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = strsim::damerau_levenshtein(&w, &c.to_lowercase());
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
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
    }
}
