//! `sources:` with grades, and `confidence:`: a citation is a source id, or
//! `{id: ..., grade: A1}`; the grades are kept apart, by the citation's place
//! in the list, for validation to check against the sources.

use compact_str::ToCompactString;

use super::super::yaml::Value;
use super::{CITATION, Record, Sp, Text, TextKind, text};
use crate::diag::Diagnostic;

/// How sure a record is, as written.
#[derive(Clone, Debug, Default)]
pub struct RawAssurance {
    /// `confidence:`
    pub confidence: Option<Sp<Text>>,
    /// `grade:` of a citation written `{id: ..., grade: A1}`, with the
    /// citation's place in `sources:`.
    pub grades: Vec<(usize, Sp<Text>)>,
}

impl Record<'_> {
    /// `sources:`: ids, each alone or as `{id: ..., grade: A1}`.
    pub(super) fn sources(&self, diags: &mut Vec<Diagnostic>) -> Vec<Sp<Text>> {
        let Some(n) = self.get("sources") else {
            return Vec::new();
        };
        let items = match &n.value {
            Value::Seq(items) => items.iter().collect(),
            _ => vec![n],
        };
        let mut sources = Vec::with_capacity(items.len());
        sources.extend(items.into_iter().filter_map(|i| match &i.value {
            Value::Map(_) => {
                let r = Record::open(i, "a citation", CITATION, diags)?;
                // Reports a grade of the wrong kind; `assurance` reads it.
                let _ = r.text("grade", diags);
                r.required("id", "this citation", diags)
            }
            _ => text(i, "sources", TextKind::Line, diags),
        }));
        sources
    }

    /// `confidence:` and the grades of the citations in `sources:`; their
    /// form was reported by [`Record::sources`].
    pub(super) fn assurance(&self, diags: &mut Vec<Diagnostic>) -> RawAssurance {
        let mut grades = Vec::new();
        if let Some(n) = self.get("sources") {
            let items = match &n.value {
                Value::Seq(items) => items.iter().collect(),
                _ => vec![n],
            };
            let mut index = 0;
            for i in items {
                let Value::Map(entries) = &i.value else {
                    index += 1;
                    continue;
                };
                let field = |name: &str| {
                    entries
                        .iter()
                        .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == name))
                        .map(|(_, v)| v)
                };
                let Some(id) = field("id") else { continue };
                if !matches!(id.value, Value::Str(_) | Value::Int(_)) {
                    continue;
                }
                match field("grade").map(|g| (&g.value, g.span)) {
                    Some((Value::Str(s), at)) => {
                        grades.push((index, Sp::new(Text::from(s.as_ref()), at)))
                    }
                    Some((Value::Int(g), at)) => {
                        grades.push((index, Sp::new(g.to_compact_string(), at)))
                    }
                    _ => {}
                }
                index += 1;
            }
        }
        RawAssurance {
            confidence: self.text("confidence", diags),
            grades,
        }
    }
}
