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
    let w_chars = w.chars().count();
    for c in candidates {
        let lc = c.to_lowercase();
        // The distance is at least the difference in length: a value pasted by
        // mistake (a paragraph as a country code) is not compared letter by letter.
        let c_chars = lc.chars().count();
        let d = if w_chars.abs_diff(c_chars) > limit {
            usize::MAX
        } else {
            strsim::damerau_levenshtein(&w, &lc)
        };
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

/// Candidate lists up to this size are searched whole.
const FULL_SCAN: usize = 2_000;
/// Neighbours taken on each side of a word in each sorted order of a large list.
const NEIGHBOURS: usize = 48;

/// [`did_you_mean`] over one candidate list asked many times (every dangling
/// reference of a dataset against its agency ids). A large list is searched
/// among the ids nearest the word in sorted order and in sorted order of their
/// reversed spelling, so a typo anywhere but at both ends at once is found, and
/// each question costs the same whether the dataset has a thousand ids or a
/// hundred thousand. Small lists are searched whole, as `did_you_mean` does.
pub struct Suggester<'a> {
    all: Vec<&'a str>,
    /// Indices into `all`, by lowercase spelling; then by reversed lowercase spelling.
    forward: Vec<(String, u32)>,
    backward: Vec<(String, u32)>,
}

impl<'a> Suggester<'a> {
    /// An index over `candidates` (ties between equally good ones go to the
    /// first listed, as in [`did_you_mean`]).
    pub fn new(candidates: impl IntoIterator<Item = &'a str>) -> Self {
        let all: Vec<&'a str> = candidates.into_iter().collect();
        let (mut forward, mut backward) = (Vec::new(), Vec::new());
        if all.len() > FULL_SCAN {
            for (i, c) in all.iter().enumerate() {
                let lc = c.to_lowercase();
                backward.push((lc.chars().rev().collect(), i as u32));
                forward.push((lc, i as u32));
            }
            forward.sort_unstable();
            backward.sort_unstable();
        }
        Suggester {
            all,
            forward,
            backward,
        }
    }

    /// The candidate closest to `word`, by the rules of [`did_you_mean`].
    pub fn did_you_mean(&self, word: &str) -> Option<&'a str> {
        if self.forward.is_empty() {
            return did_you_mean(word, self.all.iter().copied());
        }
        let w = word.to_lowercase();
        let reversed: String = w.chars().rev().collect();
        let mut picked: Vec<u32> = Vec::with_capacity(4 * NEIGHBOURS);
        for (sorted, key) in [(&self.forward, &w), (&self.backward, &reversed)] {
            let at = sorted.partition_point(|(k, _)| k.as_str() < key.as_str());
            let from = at.saturating_sub(NEIGHBOURS);
            let to = (at + NEIGHBOURS).min(sorted.len());
            picked.extend(sorted[from..to].iter().map(|(_, i)| *i));
        }
        picked.sort_unstable();
        picked.dedup();
        did_you_mean(word, picked.iter().map(|&i| self.all[i as usize]))
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

    #[test]
    fn a_large_list_finds_typos_at_either_end() {
        let ids: Vec<String> = (0..50_000).map(|i| format!("unit-{i:05}-team")).collect();
        let s = Suggester::new(ids.iter().map(String::as_str));
        assert_eq!(s.did_you_mean("unit-01234-teem"), Some("unit-01234-team"));
        assert_eq!(s.did_you_mean("uint-01234-team"), Some("unit-01234-team"));
        assert_eq!(s.did_you_mean("nothing-like-it"), None);
        let small = Suggester::new(["europol", "eurojust"]);
        assert_eq!(small.did_you_mean("europl"), Some("europol"));
    }

    #[test]
    fn a_pasted_paragraph_is_not_compared_letter_by_letter() {
        // Letter by letter, each comparison would fill a table of 10^7 cells.
        let long = "x".repeat(1_000_000);
        assert_eq!(did_you_mean(&long, ["Netherlands", "France"]), None);
    }
}
