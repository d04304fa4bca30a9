//! Outcomes: an amount's unit is not empty, and one that looks like a currency
//! (three capitals, a currency's name or sign, a common code in lowercase) is
//! an ISO 4217 code.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::input::{RawOutcome, Sp, Text};
use crate::model::{Amount, Outcome, unit_problem};

impl Validator<'_> {
    /// The outcomes of an event, in file order; `None` once one is refused
    /// (every refusal is reported).
    pub(super) fn outcomes(
        &mut self,
        raw: &[(Sp<Text>, Sp<RawOutcome>)],
    ) -> Option<Vec<(String, Outcome)>> {
        let mut out = Vec::with_capacity(raw.len());
        let mut ok = true;
        for (name, value) in raw {
            let outcome = match &value.value {
                RawOutcome::Int(i) => Outcome::Int(*i),
                RawOutcome::Float(x) => Outcome::Float(*x),
                RawOutcome::Text(t) => Outcome::Text(t.clone()),
                RawOutcome::Amount { amount, unit } => match self.unit(&name.value, unit) {
                    Some(unit) => Outcome::Amount(Amount {
                        number: *amount,
                        unit,
                    }),
                    None => {
                        ok = false;
                        continue;
                    }
                },
            };
            out.push((name.as_str().to_owned(), outcome));
        }
        ok.then_some(out)
    }

    /// The unit of outcome `name`, without spaces around it, or `None` with
    /// the reason reported.
    fn unit(&mut self, name: &str, unit: &Sp<Text>) -> Option<String> {
        let trimmed = unit.value.trim();
        if trimmed.is_empty() {
            self.error(
                Diagnostic::error(
                    Code::MissingField,
                    unit.span,
                    format!("the outcome `{name}` has an empty `unit`"),
                )
                .label("no unit here")
                .help("give an ISO 4217 currency code (`EUR`) or another unit (`kg`); a plain count needs no mapping: `arrests: 3`"),
            );
            return None;
        }
        if let Some((message, hint)) = unit_problem(trimmed) {
            self.error(
                Diagnostic::error(
                    Code::UnknownCurrency,
                    unit.span,
                    format!("the unit `{trimmed}` of the outcome `{name}` {message}"),
                )
                .label("not an ISO 4217 currency code")
                .help(hint),
            );
            return None;
        }
        Some(trimmed.to_string())
    }
}
