//! Kinds: an agency, team or context kind is one the format has; an unknown one
//! is reported with the nearest name, or the name a common synonym stands for.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::input::{Sp, Text};
use crate::suggest::did_you_mean;

pub(super) const AGENCY_KIND_SYNONYMS: &[(&str, &str)] = &[
    ("prosecutor", "prosecution"),
    ("prosecutors", "prosecution"),
    ("prosecution-service", "prosecution"),
    ("court", "judiciary"),
    ("judge", "judiciary"),
    ("judicial", "judiciary"),
    ("gendarmerie", "police"),
    ("law-enforcement", "police"),
    ("eu", "eu-agency"),
    ("eu-body", "eu-agency"),
    ("agency", "eu-agency"),
    ("international-organisation", "international"),
    ("international-organization", "international"),
    ("io", "international"),
    ("government", "ministry"),
    ("unknown", "other"),
];

pub(super) const TEAM_KIND_SYNONYMS: &[(&str, &str)] = &[
    ("joint-investigation-team", "jit"),
    ("operational-task-force", "otf"),
    ("taskforce", "task-force"),
    ("task_force", "task-force"),
];

pub(super) const CONTEXT_KIND_SYNONYMS: &[(&str, &str)] = &[
    ("treaty", "convention"),
    ("protocol", "convention"),
    ("fd", "framework-decision"),
    ("case", "judgment"),
    ("ruling", "judgment"),
    ("law", "other"),
];

fn kind_hint(written: &str, names: &[&'static str], synonyms: &[(&str, &'static str)]) -> String {
    let lower = written.to_lowercase().replace(' ', "-");
    let guess = if names.contains(&lower.as_str()) {
        Some(names[names.iter().position(|n| *n == lower).unwrap_or(0)])
    } else {
        synonyms
            .iter()
            .find(|(from, _)| *from == lower)
            .map(|(_, to)| *to)
            .or_else(|| did_you_mean(&lower, names.iter().copied()))
    };
    match guess {
        Some(g) => format!("did you mean `{g}`? Kinds: {}", names.join(", ")),
        None => format!("kinds: {}", names.join(", ")),
    }
}

impl Validator<'_> {
    /// The kind `written` names among `all` (a list of `noun` kinds), or `None`
    /// when it is reported as unknown.
    pub(super) fn kind<K: Copy>(
        &mut self,
        written: &Sp<Text>,
        all: &[(K, &'static str)],
        noun: &str,
        synonyms: &[(&str, &'static str)],
    ) -> Option<K> {
        if let Some((kind, _)) = all.iter().find(|(_, n)| *n == written.value) {
            return Some(*kind);
        }
        let names: Vec<&'static str> = all.iter().map(|(_, n)| *n).collect();
        let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        self.error(
            Diagnostic::error(
                Code::UnknownKind,
                written.span,
                format!("unknown {noun} kind `{}`", written.value),
            )
            .label(format!("not {article} {noun} kind"))
            .help(kind_hint(&written.value, &names, synonyms)),
        );
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_name_the_kind_a_synonym_or_a_typo_stands_for() {
        let names = ["police", "prosecution", "judiciary"];
        assert_eq!(
            kind_hint("Prosecutor", &names, AGENCY_KIND_SYNONYMS),
            "did you mean `prosecution`? Kinds: police, prosecution, judiciary"
        );
        assert_eq!(
            kind_hint("polise", &names, AGENCY_KIND_SYNONYMS),
            "did you mean `police`? Kinds: police, prosecution, judiciary"
        );
        assert_eq!(
            kind_hint("Police", &names, &[]),
            "did you mean `police`? Kinds: police, prosecution, judiciary"
        );
        assert_eq!(
            kind_hint("zzzzzz", &names, &[]),
            "kinds: police, prosecution, judiciary"
        );
    }
}
