//! Moving diagnostics back to the file imported from: each value of the YAML
//! written is paired with the cell (or FtM property) it came from, and checked to
//! read back as given, so a finding of the checks points there, in the words of
//! that format.

use super::places::{PlaceVal, read_at};
use super::records::Val;
use super::sheet::Sheet;
use super::write::Doc;
use crate::diag::{Code, Diagnostic, Label};
use crate::input::{Node, Sp, Value};
use crate::model::{Amount, Number, Outcome};
use crate::source::Span;

impl Doc<'_> {
    /// Pairs each value of the YAML read back with the cell it came from, and
    /// checks that it reads back as the cell's text (a serializer bug must not
    /// silently change a name).
    pub(super) fn map_spans(&self, tree: &Node, diags: &mut Vec<Diagnostic>) -> Moves {
        let mut moves = Moves(Vec::new());
        let Value::Map(top) = &tree.value else {
            return moves;
        };
        for (k, v) in top {
            let (Value::Str(key), Value::Seq(items)) = (&k.value, &v.value) else {
                continue;
            };
            let Some(sheet) = Sheet::from_name(key) else {
                continue;
            };
            for (node, rec) in items.iter().zip(self.section(sheet)) {
                moves.0.push((node.span, rec.span));
                let Value::Map(fields) = &node.value else {
                    continue;
                };
                for (fk, fv) in fields {
                    let found = rec
                        .fields
                        .iter()
                        .find(|(n, _)| Value::Str(n.to_string().into()) == fk.value);
                    if let Some((_, val)) = found {
                        moves.pair_val(fv, val, diags);
                    }
                }
            }
        }
        moves
    }
}

/// Spans in the written YAML paired with the spans of the imported file they came from.
pub(super) struct Moves(Vec<(Span, Span)>);

impl Moves {
    fn pair_val(&mut self, node: &Node, val: &Val, diags: &mut Vec<Diagnostic>) {
        match (val, &node.value) {
            (Val::One(v), _) => self.pair_text(node, v, diags),
            (Val::List(items), Value::Seq(nodes)) => {
                for (n, item) in nodes.iter().zip(items) {
                    self.pair_text(n, item, diags);
                }
            }
            (Val::Outcomes(pairs), Value::Map(entries)) => {
                for ((kn, vn), (k, v)) in entries.iter().zip(pairs) {
                    self.pair_text(kn, k, diags);
                    self.0.push((vn.span, v.span));
                    let back = match (&vn.value, &v.value) {
                        (Value::Int(i), Outcome::Int(o)) => i == o,
                        (Value::Float(x), Outcome::Float(o)) => x == o,
                        (Value::Str(s), Outcome::Text(o)) => s == o,
                        (Value::Map(fields), Outcome::Amount(a)) => {
                            self.pair_amount(fields, a, v.span)
                        }
                        _ => false,
                    };
                    if !back {
                        diags.push(changed(v.span));
                    }
                }
            }
            (Val::Citations(cites), Value::Seq(nodes)) => {
                for (n, (id, grade)) in nodes.iter().zip(cites) {
                    let Value::Map(entries) = &n.value else {
                        self.pair_text(n, id, diags);
                        continue;
                    };
                    for (k, v) in entries {
                        match (&k.value, grade) {
                            (Value::Str(f), _) if f == "id" => self.pair_text(v, id, diags),
                            (Value::Str(f), Some(g)) if f == "grade" => self.pair_text(v, g, diags),
                            _ => {}
                        }
                    }
                }
            }
            (Val::Texts(pairs), Value::Map(entries)) => {
                for ((kn, vn), (l, t)) in entries.iter().zip(pairs) {
                    self.pair_text(kn, l, diags);
                    self.pair_text(vn, t, diags);
                }
            }
            (Val::Places(places), Value::Seq(nodes)) => {
                for (n, place) in nodes.iter().zip(places) {
                    self.pair_place(n, place, diags);
                }
            }
            (Val::Place(place), _) => self.pair_place(node, place, diags),
            (Val::Members(members), Value::Seq(nodes)) => {
                for (n, m) in nodes.iter().zip(members) {
                    self.0.push((n.span, m.span));
                    match &n.value {
                        Value::Map(entries) => {
                            for (k, v) in entries {
                                let field = match &k.value {
                                    Value::Str(s) if s == "agency" => Some(&m.agency),
                                    Value::Str(s) if s == "from" => m.from.as_ref(),
                                    Value::Str(s) if s == "to" => m.to.as_ref(),
                                    Value::Str(s) if s == "role" => m.role.as_ref(),
                                    _ => None,
                                };
                                if let Some(f) = field {
                                    self.pair_text(v, f, diags);
                                }
                            }
                        }
                        _ => self.pair_text(n, &m.agency, diags),
                    }
                }
            }
            _ => {}
        }
    }

    /// An amount's `amount` and `unit`, both paired with the cell value they
    /// came from; true when they read back as the amount.
    fn pair_amount(&mut self, fields: &[(Node, Node)], a: &Amount, cell: Span) -> bool {
        let mut seen = 0;
        for (k, v) in fields {
            self.0.push((v.span, cell));
            let same = match (&k.value, &v.value, a.number) {
                (Value::Str(f), Value::Int(i), Number::Int(n)) => f == "amount" && *i == n,
                (Value::Str(f), Value::Float(x), Number::Float(n)) => f == "amount" && *x == n,
                (Value::Str(f), Value::Str(u), _) => f == "unit" && *u == a.unit,
                _ => false,
            };
            seen += usize::from(same);
        }
        seen == 2 && fields.len() == 2
    }

    /// A place's text, or its fields each with the value it came from.
    fn pair_place(&mut self, node: &Node, place: &PlaceVal, diags: &mut Vec<Diagnostic>) {
        let Value::Map(fields) = &node.value else {
            return self.pair_text(node, &place.name, diags);
        };
        self.0.push((node.span, place.name.span));
        for (k, v) in fields {
            match (&k.value, &place.country, &place.at) {
                (Value::Str(f), _, _) if f == "name" => self.pair_text(v, &place.name, diags),
                (Value::Str(f), Some(c), _) if f == "country" => self.pair_text(v, c, diags),
                (Value::Str(f), _, Some(at)) if f == "at" => {
                    self.0.push((v.span, at.span));
                    if read_at(v) != Some(at.value) {
                        diags.push(changed(at.span));
                    }
                }
                _ => diags.push(changed(place.name.span)),
            }
        }
    }

    fn pair_text(&mut self, node: &Node, cell: &Sp<String>, diags: &mut Vec<Diagnostic>) {
        self.0.push((node.span, cell.span));
        if node.value != Value::Str(cell.value.as_str().into()) {
            diags.push(changed(cell.span));
        }
    }

    /// The imported file's span for a span of the written YAML: the one paired with the
    /// smallest YAML span around it.
    fn find(&self, span: Span) -> Option<Span> {
        self.0
            .iter()
            .filter(|(y, _)| y.start <= span.start && span.end <= y.end)
            .min_by_key(|(y, _)| y.len())
            .map(|(_, c)| *c)
    }

    /// The diagnostic with each label moved to the file imported from, and its
    /// hint put in that format's `words`; labels with no place there (the file
    /// as a whole) are dropped.
    pub(super) fn relocate(&self, d: Diagnostic, words: fn(&str) -> String) -> Diagnostic {
        let labels = d
            .labels
            .iter()
            .filter_map(|l| {
                self.find(l.span).map(|span| Label {
                    span,
                    text: l.text.clone(),
                })
            })
            .collect();
        Diagnostic {
            labels,
            help: d.help.as_deref().map(words),
            ..d
        }
    }
}

/// A hint of the YAML checks in the words of sheets: "add one under `sources:`"
/// becomes "add one to sources.csv", "`participants:`" becomes "`participants`".
pub(super) fn sheet_words(help: &str) -> String {
    let mut out = help.to_string();
    for sheet in Sheet::ALL {
        out = out.replace(
            &format!("under `{}:`", sheet.name()),
            &format!("to {}.csv", sheet.name()),
        );
    }
    let mut rest = out.as_str();
    let mut done = String::new();
    while let Some(i) = rest.find('`') {
        let (before, after) = rest.split_at(i);
        done.push_str(before);
        match after[1..].find('`') {
            Some(j) if after[1..1 + j].ends_with(':') => {
                let name = &after[1..j];
                if done.ends_with("under ") {
                    done.truncate(done.len() - "under ".len());
                    done.push_str(&format!("in the `{name}` column"));
                } else {
                    done.push_str(&format!("`{name}`"));
                }
                rest = &after[j + 2..];
            }
            Some(j) => {
                done.push_str(&after[..j + 2]);
                rest = &after[j + 2..];
            }
            None => {
                done.push_str(after);
                rest = "";
            }
        }
    }
    done.push_str(rest);
    done
}

fn changed(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::ImportFailed,
        span,
        "this value does not read back exactly from the YAML written for it",
    )
    .help("this is a bug in coopline; please report it with the value's text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_speak_of_sheets_and_columns() {
        assert_eq!(
            sheet_words("the dataset defines no sources; add one under `sources:`"),
            "the dataset defines no sources; add one to sources.csv"
        );
        assert_eq!(
            sheet_words("list the agencies involved under `participants:`; or `date:` alone"),
            "list the agencies involved in the `participants` column; or `date` alone"
        );
        assert_eq!(
            sheet_words("did you mean `nl-om`?"),
            "did you mean `nl-om`?"
        );
    }
}
