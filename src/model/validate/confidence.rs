//! Confidence and grades: a level the format has, and grades in the
//! Admiralty system, each reported where it was written.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::input::RawAssurance;
use crate::model::{Assurance, Confidence, Grade, GradeError, SourceRef};
use crate::suggest::did_you_mean;

impl Validator<'_> {
    /// The record's assurance; `sources` are its resolved citations, in the
    /// order written (`None` when one did not resolve, which is reported).
    pub(super) fn assurance(
        &mut self,
        raw: &RawAssurance,
        sources: Option<&[SourceRef]>,
    ) -> Option<Assurance> {
        let mut ok = true;
        let stated = match &raw.confidence {
            None => None,
            Some(c) => match Confidence::parse(&c.value.trim().to_lowercase()) {
                Some(level) => Some(level),
                None => {
                    let names: Vec<&str> = Confidence::ALL.iter().map(|(_, n)| *n).collect();
                    let guess = did_you_mean(&c.value.to_lowercase(), names.iter().copied());
                    let levels = "levels: high, medium, low";
                    self.error(
                        Diagnostic::error(
                            Code::UnknownConfidence,
                            c.span,
                            format!("unknown confidence `{}`", c.value),
                        )
                        .label("not a confidence level")
                        .help(match guess {
                            Some(g) => format!("did you mean `{g}`? {}", capitalised(levels)),
                            None => levels.to_string(),
                        }),
                    );
                    ok = false;
                    None
                }
            },
        };
        let mut grades = Vec::new();
        for (i, g) in &raw.grades {
            match Grade::parse(&g.value) {
                Ok(grade) => {
                    if let Some(s) = sources.and_then(|s| s.get(*i)) {
                        grades.push((*s, grade));
                    }
                }
                Err(e) => {
                    self.error(
                        Diagnostic::error(
                            Code::BadGrade,
                            g.span,
                            format!("invalid grade `{}`: {e}", g.value),
                        )
                        .label(match e {
                            GradeError::Form => "not a grade",
                            GradeError::Reliability(_) => "no such reliability",
                            GradeError::Credibility(_) => "no such credibility",
                        })
                        .help("grade a citation with the source's reliability, A (completely reliable) to F (cannot be judged), and the information's credibility, 1 (confirmed) to 6 (cannot be judged): `grade: B2`"),
                    );
                    ok = false;
                }
            }
        }
        ok.then(|| Assurance::new(stated, grades))
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
