//! Reading an entity's values: the first of a property that coopline holds
//! once, the notes coopline's export keeps in `summary` (which win over the
//! property they are about), dates, references to other entities; and, at the
//! end, reporting every property nothing read.

use super::{Cx, Role};
use crate::diag::{Code, Diagnostic};
use crate::ftm;
use crate::import::records::Val;
use crate::import::sheet::Sheet;
use crate::input::Sp;
use crate::model::PartialDate;

/// A date read from an entity: as the YAML gets it (`~2024-09`), and its value.
#[derive(Clone, Debug)]
pub(super) struct Date {
    pub(super) text: Sp<String>,
    pub(super) date: PartialDate,
}

impl Cx<'_> {
    /// Every value of `prop`, marked as read.
    pub(super) fn all(&mut self, i: usize, prop: &str) -> Vec<Sp<String>> {
        self.read[i].push(prop.to_string());
        self.entities[i].values(prop).to_vec()
    }

    /// The notes on `prop` (`coopline PROP: VALUE` in `summary`), marked as read.
    pub(super) fn notes(&mut self, i: usize, prop: &str) -> Vec<Sp<String>> {
        self.read[i].push(format!("summary:{prop}"));
        self.entities[i]
            .values("summary")
            .iter()
            .filter_map(|v| match ftm::read_note(&v.value) {
                Some((p, value)) if p == prop => Some(Sp::new(value.to_string(), v.span)),
                _ => None,
            })
            .collect()
    }

    /// `field` of a record in several languages, from the `note` notes coopline
    /// writes one a language (`coopline nameLang: nl: Openbaar Ministerie`):
    /// they replace the text read from the property (the one chosen on export),
    /// or give the field when there was none. A note of another form is
    /// reported and left out; without notes, `fields` stays as it is.
    pub(super) fn languages(
        &mut self,
        i: usize,
        field: &'static str,
        note: &str,
        fields: &mut Vec<(&'static str, Val)>,
    ) {
        let mut texts = Vec::new();
        for n in self.notes(i, note) {
            match ftm::read_lang_note(&n.value) {
                Some((l, t)) => texts.push((Sp::new(l.into(), n.span), Sp::new(t.into(), n.span))),
                None => {
                    let who = self.entities[i].who();
                    self.diags.push(
                        Diagnostic::warning(
                            Code::NotImported,
                            n.span,
                            format!("the note `{note}` of {who} is not a language and a text: it is not imported"),
                        )
                        .label("not imported")
                        .help(format!("write one note a language: `coopline {note}: nl: Openbaar Ministerie`")),
                    );
                }
            }
        }
        if texts.is_empty() {
            return;
        }
        match fields.iter_mut().find(|(f, _)| *f == field) {
            Some((_, v)) => *v = Val::Texts(texts),
            None => fields.push((field, Val::Texts(texts))),
        }
    }

    /// The one value of `prop`; a second is reported, as coopline holds one.
    pub(super) fn one(&mut self, i: usize, prop: &str) -> Option<Sp<String>> {
        let values = self.all(i, prop);
        if let Some(extra) = values.get(1) {
            let e = &self.entities[i];
            self.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    extra.span,
                    format!(
                        "`{prop}` of {} has {} values; only the first is imported",
                        e.who(),
                        values.len()
                    ),
                )
                .label("not imported")
                .help(format!(
                    "coopline holds one `{prop}`; keep the one that matters"
                )),
            );
        }
        values.into_iter().next()
    }

    /// The value of a single-valued `prop`: its note if there is one (the exact
    /// value FtM could not hold), else the property's value.
    pub(super) fn text(&mut self, i: usize, prop: &str) -> Option<Sp<String>> {
        let noted = self.notes(i, prop).into_iter().next();
        let value = self.one(i, prop);
        noted.or(value)
    }

    /// The values of a list `prop`: its notes if there are any (they hold the
    /// whole list when one value did not fit FtM), else the property's values.
    pub(super) fn texts(&mut self, i: usize, prop: &str) -> Vec<Sp<String>> {
        let noted = self.notes(i, prop);
        let values = self.all(i, prop);
        if noted.is_empty() { values } else { noted }
    }

    /// A date property, with its note if any. A note stating another date than
    /// the property (the property was edited since) is reported, and the
    /// property wins.
    pub(super) fn date(&mut self, i: usize, prop: &str) -> Option<Date> {
        let noted = self.notes(i, prop).into_iter().next();
        let value = self.one(i, prop);
        let parse = |cx: &mut Cx, v: &Sp<String>, read: fn(&str) -> Option<PartialDate>| {
            let d = read(&v.value);
            if d.is_none() {
                cx.bad_date(i, prop, v);
            }
            d.map(|date| Date {
                text: Sp::new(date.to_string(), v.span),
                date,
            })
        };
        let noted = noted.and_then(|n| parse(self, &n, |s| PartialDate::parse(s).ok()));
        let value = value.and_then(|v| parse(self, &v, ftm::read_date));
        match (noted, value) {
            (Some(n), Some(v)) if n.date.stated() != v.date => {
                let e = &self.entities[i];
                self.diags.push(
                    Diagnostic::warning(
                        Code::InvalidDate,
                        n.text.span,
                        format!(
                            "the note on `{prop}` of {} says {}, but `{prop}` is {}: {} is imported",
                            e.who(),
                            n.text.value,
                            v.text.value,
                            v.text.value
                        ),
                    )
                    .label("this note is about another date")
                    .help(format!("remove the note, or make `{prop}` its date without `~` or `..`")),
                );
                Some(v)
            }
            (Some(n), _) => Some(n),
            (None, v) => v,
        }
    }

    fn bad_date(&mut self, i: usize, prop: &str, v: &Sp<String>) {
        let e = &self.entities[i];
        self.diags.push(
            Diagnostic::warning(
                Code::InvalidDate,
                v.span,
                format!("`{prop}` of {} is not a date: `{}`", e.who(), v.value),
            )
            .label("not imported")
            .help("write FtM dates as YYYY, YYYY-MM or YYYY-MM-DD (e.g. `2024`, `2024-06`, `2024-06-15`)"),
        );
    }

    /// The entity a reference names, if it is in the file and imported; both
    /// failures are reported. `i` is the referring entity.
    pub(super) fn target(&mut self, i: usize, prop: &str, v: &Sp<String>) -> Option<usize> {
        let who = self.entities[i].who();
        let Some(&j) = self.by_id.get(&v.value) else {
            self.diags.push(
                Diagnostic::warning(
                    Code::DanglingReference,
                    v.span,
                    format!(
                        "`{prop}` of {who} names `{}`, which is not in the file",
                        v.value
                    ),
                )
                .label("no entity has this id")
                .help("add the entity it names, or remove the reference; it is not imported"),
            );
            return None;
        };
        if self.roles[j] == Role::Skipped {
            let target = self.entities[j].who();
            self.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    v.span,
                    format!("`{prop}` of {who} names {target}, which is not imported"),
                )
                .label("not imported, and so neither is this reference"),
            );
            return None;
        }
        Some(j)
    }

    /// The record id of the record of `sheet` a reference names; anything else
    /// is reported (`want` says what was expected: "an agency (PublicBody)").
    pub(super) fn record_ref(
        &mut self,
        i: usize,
        prop: &str,
        v: &Sp<String>,
        sheet: Sheet,
        want: &str,
    ) -> Option<Sp<String>> {
        let j = self.target(i, prop, v)?;
        if self.roles[j] == Role::Record(sheet) {
            return Some(Sp::new(self.id(j), v.span));
        }
        if let (Role::Country(c), Sheet::Agencies) = (self.roles[j], sheet) {
            return Some(country_ref(c, v));
        }
        let (who, target) = (self.entities[i].who(), self.entities[j].who());
        self.diags.push(
            Diagnostic::warning(
                Code::NotImported,
                v.span,
                format!("`{prop}` of {who} names {target}, where coopline needs {want}"),
            )
            .label("not imported")
            .help("see the mapping of schemas in docs/interop.md"),
        );
        None
    }

    /// One warning per imported entity naming the properties nothing read
    /// (and the notes on them), at the first of them.
    pub(super) fn report_unread(&mut self) {
        for (i, e) in self.entities.iter().enumerate() {
            // A country's authorities are all in their id.
            if matches!(self.roles[i], Role::Skipped | Role::Country(_)) {
                continue;
            }
            let read = &self.read[i];
            if self.roles[i] == Role::Address && read.is_empty() {
                self.diags.push(
                    Diagnostic::warning(
                        Code::NotImported,
                        e.id_span,
                        format!(
                            "{} is not imported: no Event or PublicBody names it",
                            e.who()
                        ),
                    )
                    .label("a place of nothing")
                    .help(
                        "name it in the `addressEntity` of the event or agency it is the place of",
                    ),
                );
                continue;
            }
            let mut unread: Vec<(String, crate::source::Span)> = Vec::new();
            for p in &e.props {
                if p.values.is_empty() {
                    continue;
                }
                if p.name == "summary" {
                    for v in &p.values {
                        let about =
                            ftm::read_note(&v.value).map(|(prop, _)| format!("summary:{prop}"));
                        if !about.is_some_and(|a| read.contains(&a)) {
                            unread.push(("summary".into(), v.span));
                        }
                    }
                } else if !read.contains(&p.name) {
                    unread.push((p.name.clone(), p.key));
                }
            }
            unread.dedup_by(|a, b| a.0 == b.0);
            let Some(&(_, at)) = unread.first() else {
                continue;
            };
            let names: Vec<String> = unread.iter().map(|(n, _)| format!("`{n}`")).collect();
            self.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    at,
                    format!(
                        "{} of {} {} not imported",
                        names.join(", "),
                        e.who(),
                        if names.len() == 1 { "is" } else { "are" }
                    ),
                )
                .label("coopline has no field for this")
                .help("docs/interop.md lists the properties coopline reads for each schema"),
            );
        }
    }
}

/// `country:LT`, where an entity names the authorities of a country.
pub(super) fn country_ref(c: crate::model::Country, at: &Sp<String>) -> Sp<String> {
    Sp::new(
        format!("{}{}", crate::model::COUNTRY_PREFIX, c.code()),
        at.span,
    )
}
