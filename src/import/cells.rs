//! Cells: a cell becomes a value by its column's type, each item and outcome
//! keeping the place in the sheet it was typed at.

use super::csv::Cell;
use super::records::Val;
use super::sheet::{Column, Ty};
use crate::diag::{Code, Diagnostic};
use crate::input::Sp;
use crate::model::{Amount, Outcome};

/// A cell's value; `None` for an empty cell.
pub(super) fn read_cell(cell: &Cell, column: &Column, diags: &mut Vec<Diagnostic>) -> Option<Val> {
    match column.ty {
        Ty::Text => {
            (!cell.text.is_empty()).then(|| Val::One(Sp::new(cell.text.clone(), cell.span)))
        }
        Ty::Token => {
            let (text, range) = trimmed(&cell.text, 0..cell.text.len())?;
            Some(Val::One(Sp::new(text.to_string(), cell.part(range))))
        }
        Ty::List => {
            let items = items(cell);
            (!items.is_empty()).then_some(Val::List(items))
        }
        Ty::Places => {
            let places = super::places::cell_places(cell, diags);
            (!places.is_empty()).then_some(Val::Places(places))
        }
        Ty::Place => {
            let (text, range) = trimmed(&cell.text, 0..cell.text.len())?;
            let item = Sp::new(text.to_string(), cell.part(range));
            super::places::cell_place(cell, item, diags).map(Val::Place)
        }
        Ty::Citations => {
            let cites: Vec<(Sp<String>, Option<Sp<String>>)> =
                items(cell).into_iter().map(|i| citation(cell, i)).collect();
            (!cites.is_empty()).then_some(Val::Citations(cites))
        }
        Ty::Outcomes => {
            let mut out = Vec::new();
            for item in items(cell) {
                let Some(colon) = item.value.find(':') else {
                    diags.push(
                        Diagnostic::error(
                            Code::WrongType,
                            item.span,
                            format!("the outcome `{}` has no value", item.value),
                        )
                        .label("expected `name: value`")
                        .help("write outcomes as `arrests: 3; cash: 145000 EUR`"),
                    );
                    continue;
                };
                // Offsets within the cell, for the spans of the name and the value.
                let base = item_offset(cell, &item);
                let name = trimmed(&item.value, 0..colon);
                let value = trimmed(&item.value, colon + 1..item.value.len());
                match (name, value) {
                    (Some((n, nr)), Some((v, vr))) => out.push((
                        Sp::new(n.to_string(), cell.part(base + nr.start..base + nr.end)),
                        Sp::new(count_or_text(v), cell.part(base + vr.start..base + vr.end)),
                    )),
                    _ => diags.push(
                        Diagnostic::error(
                            Code::WrongType,
                            item.span,
                            format!("the outcome `{}` needs a name and a value", item.value),
                        )
                        .label("expected `name: value`")
                        .help("write outcomes as `arrests: 3; cash: 145000 EUR`"),
                    ),
                }
            }
            (!out.is_empty()).then_some(Val::Outcomes(out))
        }
    }
}

/// `europol (B2)` → the id and the grade, each where it was typed; an item
/// without a grade in brackets is the id alone. The grade is checked with the
/// dataset, like one written in YAML.
fn citation(cell: &Cell, item: Sp<String>) -> (Sp<String>, Option<Sp<String>>) {
    let v = &item.value;
    let Some(open) = v.strip_suffix(')').and_then(|inner| inner.rfind('(')) else {
        return (item, None);
    };
    let base = item_offset(cell, &item);
    match (trimmed(v, 0..open), trimmed(v, open + 1..v.len() - 1)) {
        (Some((id, ir)), Some((grade, gr))) => (
            Sp::new(id.to_string(), cell.part(base + ir.start..base + ir.end)),
            Some(Sp::new(
                grade.to_string(),
                cell.part(base + gr.start..base + gr.end),
            )),
        ),
        _ => (item, None),
    }
}

/// A count stays a number (`arrests: 3`); a number, a space and a unit is an
/// amount (`145000 EUR`, `1.5 tonnes`); anything else is text (`007` too:
/// only the canonical spelling of a number is one).
fn count_or_text(v: &str) -> Outcome {
    match v.parse::<i64>() {
        Ok(n) if n.to_string() == v => Outcome::Int(n),
        _ => match Amount::read_written(v) {
            Some(a) => Outcome::Amount(a),
            None => Outcome::Text(v.to_string()),
        },
    }
}

/// `text[range]` without surrounding whitespace, and where that is in `text`.
pub(super) fn trimmed(
    text: &str,
    range: std::ops::Range<usize>,
) -> Option<(&str, std::ops::Range<usize>)> {
    let s = &text[range.clone()];
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let start = range.start + (s.len() - s.trim_start().len());
    Some((t, start..start + t.len()))
}

/// The `;`-separated items of a cell, trimmed, empty ones left out (`a; b;` is two).
pub(super) fn items(cell: &Cell) -> Vec<Sp<String>> {
    let mut out = Vec::new();
    let mut at = 0;
    for part in cell.text.split(';') {
        if let Some((t, r)) = trimmed(&cell.text, at..at + part.len()) {
            out.push(Sp::new(t.to_string(), cell.part(r)));
        }
        at += part.len() + 1;
    }
    out
}

/// Where an item (from [`items`]) starts within its cell's text.
pub(super) fn item_offset(cell: &Cell, item: &Sp<String>) -> usize {
    match cell.direct {
        Some(at) => (item.span.start - at) as usize,
        // The item's span is the whole cell; find the text instead.
        None => cell.text.find(item.value.as_str()).unwrap_or(0),
    }
}
