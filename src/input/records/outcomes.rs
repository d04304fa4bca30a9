//! `outcomes:` of an event: each a count, a short text, or an amount with its
//! unit (`cash: {amount: 145000, unit: EUR}`), read for form only; whether a
//! unit that looks like a currency is an ISO 4217 code is validation's.

use super::super::yaml::{Node, Value};
use super::{AMOUNT, RawOutcome, Record, Sp, Text, TextKind, text, wrong_kind};
use crate::diag::Diagnostic;
use crate::model::Number;

/// What an outcome may be, for hints.
const FORMS: &str = "an outcome is a count (`arrests: 3`), an amount with its unit (`cash: {amount: 145000, unit: EUR}`) or a short text (`villa: \"worth about EUR 15 million\"`)";

/// Reads an event's `outcomes:` mapping, in file order.
pub(super) fn read_outcomes(
    node: &Node,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Sp<Text>, Sp<RawOutcome>)> {
    let Value::Map(entries) = &node.value else {
        diags.push(
            wrong_kind(node, "a mapping of outcomes").help(
                "write outcomes as `outcomes: {arrests: 3, cash: {amount: 145000, unit: EUR}}`",
            ),
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, v) in entries {
        let Some(key) = text(k, "outcomes", TextKind::Line, diags) else {
            continue;
        };
        let value = match &v.value {
            Value::Int(i) => RawOutcome::Int(*i),
            Value::Float(f) => RawOutcome::Float(*f),
            Value::Str(_) => match text(v, &key.value, TextKind::Line, diags) {
                Some(s) => RawOutcome::Text(s.value.into()),
                None => continue,
            },
            Value::Map(_) => match read_amount(&key.value, v, diags) {
                Some(a) => a,
                None => continue,
            },
            _ => {
                diags.push(wrong_kind(v, "a number, an amount or a short text").help(FORMS));
                continue;
            }
        };
        out.push((key, Sp::new(value, v.span)));
    }
    out
}

/// `{amount: 145000, unit: EUR}`: both fields required, the amount a number.
fn read_amount(name: &str, node: &Node, diags: &mut Vec<Diagnostic>) -> Option<RawOutcome> {
    let r = Record::open(node, "an amount", AMOUNT, diags)?;
    let what = format!("the outcome `{name}`");
    let amount = match r.get("amount") {
        None => {
            r.report_missing(
                "amount",
                &what,
                Some("give its number as `amount:` and its unit as `unit:`: `{amount: 145000, unit: EUR}`"),
                diags,
            );
            None
        }
        Some(n) => {
            match n.value {
                Value::Int(i) => Some(Number::Int(i)),
                Value::Float(x) => Some(Number::Float(x)),
                _ => {
                    diags.push(wrong_kind(n, "a number for `amount`").help(
                        "write the number alone, without separators or unit: `amount: 145000`",
                    ));
                    None
                }
            }
        }
    };
    let unit = match r.get("unit") {
        None => {
            r.report_missing(
                "unit",
                &what,
                Some("add `unit:` with an ISO 4217 currency code (`EUR`) or another unit (`kg`); a plain count needs no mapping: `arrests: 3`"),
                diags,
            );
            None
        }
        Some(n) => text(n, "unit", TextKind::Line, diags),
    };
    Some(RawOutcome::Amount {
        amount: amount?,
        unit: unit?,
    })
}
