//! FollowTheMoney entities → a YAML dataset: the way back from
//! `export --format ftm`, and a best effort for entities other tools wrote
//! (Aleph, OpenSanctions). docs/interop.md has the mapping.
//!
//! Entities become records by schema (`PublicBody` an agency, `Organization` a
//! team...); `Membership`, `Documentation` and `UnknownLink` entities become
//! the references between them. Whatever cannot become part of a record (an
//! entity of another schema, a property coopline has no field for, a reference
//! to an entity not in the file, a line that is no entity) is reported, naming
//! the entity and pointing at its line: nothing is left out unsaid. The records
//! then go through the same YAML and checks as the CSV import's.

mod ids;
mod lines;
mod places;
mod read;
mod records;
mod teams;

use rustc_hash::FxHashMap;

use super::records::Rec;
use super::sheet::Sheet;
use super::write::Doc;
use super::{Imported, finish};
use crate::diag::{Code, Diagnostic};
use crate::ftm::{self, Kind};
use crate::input::Sp;
use crate::source::{SourceSet, Span};
use lines::{Entities, Entity};

/// Converts FtM entity files (one JSON entity a line) into a YAML dataset, and
/// checks it. Every problem is returned at once, located in the FtM files: the
/// entities not imported as warnings, what keeps the rest from making a valid
/// dataset as errors. On success, the warnings are in `checked.warnings`.
pub fn import_ftm(sources: &SourceSet, title: Option<&str>) -> Result<Imported, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut entities = Entities::default();
    let several = sources.len() > 1;
    for (file, f) in sources.iter() {
        let name = several.then_some(f.name.as_str());
        lines::read(&f.text, file, name, &mut entities, &mut diags);
    }
    entities.finish();
    let mut cx = Cx::new(&entities, diags);
    let records = cx.records();
    cx.report_unread();
    let mut diags = cx.diags;
    // Sources alone make no dataset: the check would say so with no place to point at.
    if records.iter().all(|(sheet, _)| *sheet == Sheet::Sources) {
        let file = sources.iter().next().map(|(id, _)| id).unwrap_or_default();
        diags.push(
            Diagnostic::error(
                Code::EmptyDataset,
                Span::new(file, 0, 0),
                "no entity here becomes an agency, team, event or context record: there is no dataset to make",
            )
            .help(format!(
                "coopline makes records of {}; see docs/interop.md",
                RECORD_SCHEMAS
            )),
        );
        crate::diag::sort(&mut diags);
        return Err(diags);
    }
    finish(&Doc { title, records }, diags, ftm_words)
}

/// The schemas that become records, for hints.
const RECORD_SCHEMAS: &str = "PublicBody (agencies), Organization (teams), Event (events) and Article or Document (sources) entities, with the Address entities they name";

/// The schemas read as sources: documents people cite.
const SOURCE_SCHEMAS: &[&str] = &["Article", "Document", "HyperText", "PlainText", "Pages"];

/// What an entity becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A record of this sheet's list.
    Record(Sheet),
    /// A team's member.
    Membership,
    /// A record citing a source.
    Documentation,
    /// A team's host or legal basis.
    Link,
    /// A country's authorities named by their country (`coopline-country-lt`,
    /// which coopline exports for `country:LT`): no record, and a reference
    /// to it is `country:LT`.
    Country(crate::model::Country),
    /// A place with its own country or coordinates, which an event or an
    /// agency names in `addressEntity`: no record.
    Address,
    /// Nothing: reported as not imported.
    Skipped,
}

/// The import's state: the entities, what each becomes, and what was read.
struct Cx<'a> {
    entities: &'a [Entity],
    by_id: &'a FxHashMap<String, usize>,
    roles: Vec<Role>,
    /// The record id of each entity that becomes a record.
    ids: Vec<Option<String>>,
    /// The record ids given in each list, so new ones are unique.
    taken: FxHashMap<Sheet, rustc_hash::FxHashSet<String>>,
    /// The properties read of each entity (`summary:P` for a note on `P`), so
    /// the others can be reported.
    read: Vec<Vec<String>>,
    diags: Vec<Diagnostic>,
}

impl<'a> Cx<'a> {
    fn new(entities: &'a Entities, mut diags: Vec<Diagnostic>) -> Cx<'a> {
        let roles = entities
            .list
            .iter()
            .map(|e| {
                let role = role(e);
                if role == Role::Skipped {
                    diags.push(
                        Diagnostic::warning(
                            Code::NotImported,
                            e.id_span,
                            format!("{} is not imported: coopline has no record for a {}", e.who(), e.schema),
                        )
                        .label("a schema coopline does not read")
                        .help(format!(
                            "coopline reads {RECORD_SCHEMAS}, and Membership, Documentation and UnknownLink entities between them"
                        )),
                    );
                }
                role
            })
            .collect();
        let mut cx = Cx {
            entities: &entities.list,
            by_id: &entities.by_id,
            roles,
            ids: Vec::new(),
            taken: FxHashMap::default(),
            read: vec![Vec::new(); entities.list.len()],
            diags,
        };
        cx.ids = ids::assign(&mut cx);
        cx
    }

    /// The entities of one role, in file order.
    fn of(&self, role: Role) -> Vec<usize> {
        (0..self.entities.len())
            .filter(|&i| self.roles[i] == role)
            .collect()
    }

    /// The record id of a record entity.
    fn id(&self, i: usize) -> String {
        self.ids[i].clone().unwrap_or_default()
    }

    /// The record's `id` field.
    fn id_field(&self, i: usize) -> (&'static str, super::records::Val) {
        let e = &self.entities[i];
        (
            "id",
            super::records::Val::One(Sp::new(self.id(i), e.id_span)),
        )
    }

    /// Every record, list by list, in file order.
    fn records(&mut self) -> Vec<(Sheet, Rec)> {
        let mut out = Vec::new();
        let records::Citations { cites, grades } = self.citations();
        let mut sources = records::Sources::new(self);
        for i in self.of(Role::Record(Sheet::Sources)) {
            let rec = sources.source(self, i);
            out.push((Sheet::Sources, rec));
        }
        for i in self.of(Role::Record(Sheet::Agencies)) {
            let cited = sources.cited(self, i, &cites[i]);
            let rec = self.agency(i, cited);
            out.push((Sheet::Agencies, self.assured(i, rec, &grades[i])));
        }
        let mut teams = teams::Teams::read(self);
        for i in self.of(Role::Record(Sheet::Teams)) {
            let cited = sources.cited(self, i, &cites[i]);
            let rec = teams.team(self, i, cited);
            out.push((Sheet::Teams, self.assured(i, rec, &grades[i])));
        }
        for i in self.of(Role::Record(Sheet::Events)) {
            let cited = sources.cited(self, i, &cites[i]);
            let rec = self.event(i, cited);
            out.push((Sheet::Events, self.assured(i, rec, &grades[i])));
        }
        for i in self.of(Role::Record(Sheet::Context)) {
            let cited = sources.cited(self, i, &cites[i]);
            let rec = self.context(i, cited);
            out.push((Sheet::Context, self.assured(i, rec, &grades[i])));
        }
        out.extend(
            sources
                .made_from_links()
                .into_iter()
                .map(|r| (Sheet::Sources, r)),
        );
        out
    }
}

/// What an entity of this schema becomes.
fn role(e: &Entity) -> Role {
    match e.schema.as_str() {
        "PublicBody" => match ftm::country_of_entity(&e.id) {
            Some(c) => Role::Country(c),
            None => Role::Record(Sheet::Agencies),
        },
        "Organization" => Role::Record(Sheet::Teams),
        "Event" if ftm::record_id(Kind::Context, &e.id).is_some() => Role::Record(Sheet::Context),
        "Event" => Role::Record(Sheet::Events),
        s if SOURCE_SCHEMAS.contains(&s) => Role::Record(Sheet::Sources),
        "Membership" => Role::Membership,
        "Documentation" => Role::Documentation,
        "UnknownLink" => Role::Link,
        "Address" => Role::Address,
        _ => Role::Skipped,
    }
}

/// A hint of the YAML checks in the words of FtM entities.
fn ftm_words(help: &str) -> String {
    const PHRASES: &[(&str, &str)] = &[
        (
            "cite it in the `sources:` of the records it supports",
            "link it to the entities it supports with Documentation entities",
        ),
        (
            "add it to a team's `members:` or an event's `participants:`",
            "make it the `member` of a Membership, or list it in an Event's `involved`",
        ),
        (
            "list the agencies involved under `participants:`",
            "list the agencies involved in the Event's `involved`",
        ),
    ];
    let mut out = help.to_string();
    for (yaml, ftm) in PHRASES {
        out = out.replace(yaml, ftm);
    }
    // Any other field is named without the colon YAML writes after it.
    let mut done = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(i) = rest.find(":`") {
        let name_start = rest[..i].rfind('`');
        done.push_str(&rest[..i]);
        if name_start.is_none() {
            done.push(':');
        }
        rest = &rest[i + 1..];
    }
    done.push_str(rest);
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_speak_of_entities() {
        assert_eq!(
            ftm_words("cite it in the `sources:` of the records it supports, or remove it"),
            "link it to the entities it supports with Documentation entities, or remove it"
        );
        assert_eq!(
            ftm_words("use `date:` for a single day, or `start:` with `end:`"),
            "use `date` for a single day, or `start` with `end`"
        );
        assert_eq!(ftm_words("did you mean `nl-om`?"), "did you mean `nl-om`?");
    }
}
