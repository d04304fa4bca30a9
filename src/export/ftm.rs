//! FollowTheMoney entities, one JSON object a line, for Aleph and the other
//! tools built on OCCRP's FtM model: agencies as `PublicBody`, teams as
//! `Organization` with a `Membership` per member, events and context records as
//! `Event`, sources as `Article` (a `Document`) with a `Documentation` per citation.
//! docs/interop.md has the mapping; `crate::ftm` the conventions the import
//! shares. No value is written that FtM's own validation refuses: what a
//! property cannot hold exactly is kept in a `summary` note instead.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet;
use serde::Serialize;

use crate::ftm::{self, HOSTED_BY, Kind, LEGAL_BASIS, LEGAL_BASIS_TEXT, Ty};
use crate::model::{
    Agency, AgencyRef, Assurance, Context, Country, Event, Grade, Id, Model, PartialDate, Place,
    PlaceForm, Source, SourceRef, Team, Translations,
};

/// A dataset as FtM entities, and what the export had to leave out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FtmExport {
    /// One entity per line, as JSON: the same dataset always gives the same bytes.
    pub text: String,
    /// What is not in `text`, one sentence each, for a note to the user.
    pub left_out: Vec<String>,
}

/// Writes the dataset as FtM entities (see the module's documentation).
pub fn to_ftm(model: &Model) -> FtmExport {
    let mut w = Writer {
        model,
        out: String::new(),
        left_out: Vec::new(),
        taken: FxHashSet::default(),
    };
    if model.title.is_some() || model.description.is_some() {
        w.left_out
            .push("the dataset's title and description: FtM has no entity for a dataset".into());
    }
    if model.lang.is_some() {
        w.left_out.push(
            "the dataset's `lang`: FtM has no entity for a dataset (names in several languages keep every language)".into(),
        );
    }
    if !model.style.colors.is_empty() {
        w.left_out
            .push("the style's colours: they say how to draw, not what happened".into());
    }
    model.agencies.iter().for_each(|a| w.agency(a));
    model.teams.iter().for_each(|t| w.team(t));
    model.events.iter().for_each(|e| w.event(e));
    model.context.iter().for_each(|c| w.context(c));
    model.sources.iter().for_each(|s| w.source(s));
    w.citations();
    FtmExport {
        text: w.out,
        left_out: w.left_out,
    }
}

struct Writer<'a> {
    model: &'a Model,
    out: String,
    left_out: Vec<String>,
    /// The ids of link entities given so far.
    taken: FxHashSet<String>,
}

/// One entity being written.
struct Entity {
    id: String,
    schema: &'static str,
    props: BTreeMap<&'static str, Vec<String>>,
    notes: Vec<String>,
    /// The record, for what is left out: "agency `europol`".
    what: String,
}

impl Entity {
    fn new(schema: &'static str, id: String, what: String) -> Entity {
        Entity {
            id,
            schema,
            props: BTreeMap::new(),
            notes: Vec::new(),
            what,
        }
    }

    /// The one value of a property (ids, codes, kinds, dates, names).
    fn put(&mut self, prop: &'static str, value: impl Into<String>) {
        self.props.insert(prop, vec![value.into()]);
    }

    /// The name FtM requires: the record's, or, when FtM would refuse it, its
    /// beginning (a name too long) or the record's id (a name of spaces and
    /// quotes), with the name in a note.
    fn name(&mut self, value: &str, id: &Id) {
        if Ty::Name.fits(value) {
            self.put("name", value);
            return;
        }
        self.note("name", value);
        let mut cut: String = value.chars().take(ftm::NAME_CHARS - 1).collect();
        cut.push('…');
        self.put(
            "name",
            if Ty::Name.fits(&cut) {
                cut
            } else {
                id.to_string()
            },
        );
    }

    /// A value of FtM type `ty`, or a note when FtM would refuse it.
    fn text(&mut self, prop: &'static str, ty: Ty, value: &str) {
        if ty.fits(value) {
            self.put(prop, value);
        } else {
            self.note(prop, value);
        }
    }

    /// Values of FtM type `ty`, in order. When one does not fit, the others are
    /// still written and notes hold them all, in order, for the import.
    fn texts(&mut self, prop: &'static str, ty: Ty, values: &[String]) {
        let all_fit = values.iter().all(|v| ty.fits(v));
        for v in values {
            if ty.fits(v) {
                // Not `put`: repeated values are kept, as the record has them.
                self.props.entry(prop).or_default().push(v.clone());
            }
            if !all_fit {
                self.note(prop, v);
            }
        }
    }

    /// A date, with a note when FtM cannot say all of it.
    fn date(&mut self, prop: &'static str, d: PartialDate) {
        if let Some(v) = ftm::ftm_date(d) {
            self.put(prop, v);
        }
        if ftm::date_needs_note(d) {
            self.note(prop, &d.to_string());
        }
    }

    fn note(&mut self, prop: &'static str, value: &str) {
        self.notes.push(ftm::note(prop, value));
    }

    /// A text given in several languages: a note for each, in order
    /// (`coopline nameLang: nl: Openbaar Ministerie`), for the import; the
    /// property holds the text chosen.
    fn langs(&mut self, prop: &'static str, langs: &Translations) {
        for (l, t) in langs.iter() {
            self.note(prop, &ftm::lang_note(l, t));
        }
    }
}

/// A confidence the author stated, as a note: one that follows from the
/// grades comes back with them.
fn stated_confidence(e: &mut Entity, sure: &Assurance) {
    if let Some(c) = sure.confidence.filter(|_| !sure.from_grades) {
        e.note("confidence", c.as_str());
    }
}

impl Writer<'_> {
    fn write(&mut self, mut e: Entity) {
        let (fit, long): (Vec<String>, Vec<String>) =
            e.notes.drain(..).partition(|n| Ty::Text.fits(n));
        for n in long {
            let prop = ftm::read_note(&n).map_or("", |(p, _)| p);
            self.left_out.push(format!(
                "the `{prop}` of {}: longer than the {} characters an FtM text holds",
                e.what,
                ftm::TEXT_CHARS
            ));
        }
        if !fit.is_empty() {
            e.props.insert("summary", fit);
        }
        #[derive(Serialize)]
        struct Line<'a> {
            id: &'a str,
            schema: &'a str,
            properties: &'a BTreeMap<&'static str, Vec<String>>,
        }
        let line = Line {
            id: &e.id,
            schema: e.schema,
            properties: &e.props,
        };
        // Strings and lists of strings always serialize.
        if let Ok(json) = serde_json::to_string(&line) {
            self.out.push_str(&json);
            self.out.push('\n');
        }
    }

    /// `sourceUrl`: the links of the record's sources that FtM takes, once each.
    fn source_urls(&self, e: &mut Entity, sources: &[SourceRef]) {
        let mut seen = FxHashSet::default();
        for s in sources {
            if let Some(url) = self.model[*s].url.as_deref().filter(|u| Ty::Url.fits(u))
                && seen.insert(url)
            {
                e.props
                    .entry("sourceUrl")
                    .or_default()
                    .push(url.to_string());
            }
        }
    }

    /// The entity id of an agency: `coopline-agency-nl-om`, or for a
    /// country's authorities named by their country `coopline-country-lt`.
    fn agency_entity(&self, a: AgencyRef) -> String {
        let agency = &self.model[a];
        if agency.implicit {
            ftm::country_entity_id(agency.country)
        } else {
            ftm::entity_id(Kind::Agency, &agency.id)
        }
    }

    fn agency(&mut self, a: &Agency) {
        let id = match a.implicit {
            true => ftm::country_entity_id(a.country),
            false => ftm::entity_id(Kind::Agency, &a.id),
        };
        let mut e = Entity::new("PublicBody", id, format!("agency `{}`", a.id));
        e.name(&a.name, &a.id);
        e.langs(ftm::NAME_LANG, &a.name_langs);
        if let Some(l) = &a.local_name {
            e.text("alias", Ty::Name, l);
        }
        if let Some(s) = &a.short {
            e.text("abbreviation", Ty::Name, s);
        }
        e.langs(ftm::SHORT_LANG, &a.short_langs);
        // FtM knows `eu` but has no code for an international organisation.
        // A partner with no country given has no jurisdiction to write.
        if a.country == Country::INT {
            e.note("jurisdiction", a.country.code());
        } else if a.country != Country::NONE {
            e.put("jurisdiction", a.country.code().to_ascii_lowercase());
        }
        e.put("classification", a.kind.as_str());
        if let Some(p) = a.parent {
            e.put("parent", ftm::entity_id(Kind::Agency, &self.model[p].id));
        }
        if let Some(seat) = &a.seat {
            e.text("address", Ty::Address, &seat.name);
            self.addresses(&mut e, "agency", &a.id, std::slice::from_ref(seat));
        }
        if let Some(notes) = &a.notes {
            e.text("notes", Ty::Text, notes);
        }
        self.source_urls(&mut e, &a.sources);
        stated_confidence(&mut e, &a.assurance);
        self.write(e);
    }

    fn team(&mut self, t: &Team) {
        let team = ftm::entity_id(Kind::Team, &t.id);
        let mut e = Entity::new("Organization", team.clone(), format!("team `{}`", t.id));
        e.name(&t.name, &t.id);
        e.langs(ftm::NAME_LANG, &t.name_langs);
        e.put("classification", t.kind.as_str());
        e.date("incorporationDate", t.start);
        if let Some(end) = t.end {
            e.date("dissolutionDate", end);
        }
        if let Some(basis) = &t.legal_basis {
            e.text(
                "description",
                Ty::Text,
                &format!("{LEGAL_BASIS_TEXT}{basis}"),
            );
        }
        if let Some(notes) = &t.notes {
            e.text("notes", Ty::Text, notes);
        }
        self.source_urls(&mut e, &t.sources);
        stated_confidence(&mut e, &t.assurance);
        self.write(e);
        for (i, m) in t.members.iter().enumerate() {
            let agency = &self.model[m.agency].id;
            let member = self.agency_entity(m.agency);
            let n = (i + 1).to_string();
            // The member's part of the id: its record id, or `country-lt` for
            // `country:LT` (FtM ids take no `:`).
            let part = match self.model[m.agency].implicit {
                true => member.trim_start_matches("coopline-").to_string(),
                false => agency.to_string(),
            };
            let parts = [t.id.as_str(), part.as_str(), n.as_str()];
            let id = ftm::link_id(Kind::Membership, &parts, &mut self.taken);
            let what = format!("the membership of `{agency}` in team `{}`", t.id);
            let mut e = Entity::new("Membership", id, what);
            e.put("member", member);
            e.put("organization", team.clone());
            // A member for the team's whole span gets the team's dates, so that
            // every membership says when it was.
            let period = t.membership_period(m);
            e.date("startDate", period.start);
            if let Some(end) = period.end {
                e.date("endDate", end);
            }
            if let Some(role) = &m.role {
                e.text("role", Ty::String, role);
            }
            self.write(e);
        }
        if let Some(host) = t.hosted_by {
            let object = ftm::entity_id(Kind::Agency, &self.model[host].id);
            self.link(t, &team, "hosted-by", HOSTED_BY, object);
        }
        if let Some(basis) = t.legal_basis_ref {
            let object = ftm::entity_id(Kind::Context, &self.model[basis].id);
            self.link(t, &team, "legal-basis", LEGAL_BASIS, object);
        }
    }

    /// An `Address` for each place given by fields (its name, and the
    /// `country` and coordinates written, which the import gives back), named
    /// in `addressEntity` of the record's entity `e`. A place written as text
    /// is in `location` or `address` only: the import looks it up again.
    fn addresses(&mut self, e: &mut Entity, word: &str, record: &Id, places: &[Place]) {
        for (n, p) in places.iter().enumerate() {
            if !matches!(p.form, PlaceForm::Fields { .. }) {
                continue;
            }
            let n = (n + 1).to_string();
            let parts = [word, record.as_str(), n.as_str()];
            let id = ftm::link_id(Kind::Address, &parts, &mut self.taken);
            let what = format!("place `{}` of {word} `{record}`", p.name);
            let mut a = Entity::new("Address", id.clone(), what);
            a.name(&p.name, record);
            a.text("full", Ty::Address, &p.name);
            if let Some(c) = p.written_country() {
                a.put("country", c.code().to_ascii_lowercase());
            }
            if let Some((lat, lon)) = p.written_at() {
                a.put("latitude", lat.to_string());
                a.put("longitude", lon.to_string());
            }
            self.write(a);
            e.props.entry("addressEntity").or_default().push(id);
        }
    }

    /// An `UnknownLink` from a team to what it stands in `role` to.
    fn link(&mut self, t: &Team, team: &str, word: &str, role: &str, object: String) {
        let id = ftm::link_id(Kind::Link, &[t.id.as_str(), word], &mut self.taken);
        let mut e = Entity::new(
            "UnknownLink",
            id,
            format!("the {role} link of team `{}`", t.id),
        );
        e.put("subject", team);
        e.put("object", object);
        e.put("role", role);
        self.write(e);
    }

    fn event(&mut self, ev: &Event) {
        let id = ftm::entity_id(Kind::Event, &ev.id);
        let mut e = Entity::new("Event", id, format!("event `{}`", ev.id));
        e.name(&ev.name, &ev.id);
        e.langs(ftm::NAME_LANG, &ev.name_langs);
        if let Some(kind) = &ev.kind {
            e.text("keywords", Ty::String, kind);
        }
        match ev.end {
            None => e.date("date", ev.start),
            Some(end) => {
                e.date("startDate", ev.start);
                e.date("endDate", end);
            }
        }
        let involved = ev
            .participants
            .iter()
            .map(|a| self.agency_entity(*a))
            .chain(
                ev.teams
                    .iter()
                    .map(|t| ftm::entity_id(Kind::Team, &self.model[*t].id)),
            );
        for i in involved {
            // Repeats kept: the import gives back the lists as written.
            e.props.entry("involved").or_default().push(i);
        }
        let places: Vec<String> = ev.places.iter().map(|p| p.name.clone()).collect();
        e.texts("location", Ty::Address, &places);
        self.addresses(&mut e, "event", &ev.id, &ev.places);
        if let Some(notes) = &ev.notes {
            e.text("notes", Ty::Text, notes);
        }
        let outcomes: Vec<String> = ev
            .outcomes
            .iter()
            .map(|(name, value)| ftm::outcome_line(name, value))
            .collect();
        e.texts("description", Ty::Text, &outcomes);
        self.source_urls(&mut e, &ev.sources);
        stated_confidence(&mut e, &ev.assurance);
        self.write(e);
    }

    fn context(&mut self, c: &Context) {
        let id = ftm::entity_id(Kind::Context, &c.id);
        let mut e = Entity::new("Event", id, format!("context record `{}`", c.id));
        e.name(&c.name, &c.id);
        e.langs(ftm::NAME_LANG, &c.name_langs);
        if let Some(short) = &c.short {
            e.text("alias", Ty::Name, short);
        }
        e.langs(ftm::SHORT_LANG, &c.short_langs);
        e.put("keywords", c.kind.as_str());
        e.date("date", c.date);
        if let Some(notes) = &c.notes {
            e.text("notes", Ty::Text, notes);
        }
        self.source_urls(&mut e, &c.sources);
        stated_confidence(&mut e, &c.assurance);
        self.write(e);
    }

    fn source(&mut self, s: &Source) {
        let id = ftm::entity_id(Kind::Source, &s.id);
        // FtM's `Document` is a file and needs a file name; an `Article` is the
        // Document for a published text, which a source is.
        let mut e = Entity::new("Article", id, format!("source `{}`", s.id));
        e.text("title", Ty::String, &s.title);
        if let Some(p) = &s.publisher {
            e.text("publisher", Ty::String, p);
        }
        // The main link first, then the others: the import reads them back so.
        let links: Vec<String> = s.url.iter().chain(&s.urls).cloned().collect();
        e.texts("sourceUrl", Ty::Url, &links);
        if let Some(a) = &s.archived {
            e.note("archived", a);
        }
        if let Some(d) = s.date {
            e.date("publishedAt", d);
        }
        if let Some(d) = s.accessed {
            e.date("retrievedAt", d);
        }
        self.write(e);
    }

    /// A `Documentation` for every source a record cites, record by record.
    fn citations(&mut self) {
        let m = self.model;
        let records = (m
            .agencies
            .iter()
            .map(|a| (Kind::Agency, "agency", &a.id, (&a.sources, &a.assurance))))
        .chain(
            m.teams
                .iter()
                .map(|t| (Kind::Team, "team", &t.id, (&t.sources, &t.assurance))),
        )
        .chain(
            m.events
                .iter()
                .map(|e| (Kind::Event, "event", &e.id, (&e.sources, &e.assurance))),
        )
        .chain(
            m.context
                .iter()
                .map(|c| (Kind::Context, "context", &c.id, (&c.sources, &c.assurance))),
        );
        for (kind, word, id, (sources, sure)) in records {
            for s in sources {
                let grade = sure.grade_of(*s);
                self.citation(kind, word, id, (&m.sources[s.0].id, grade));
            }
        }
    }

    /// FtM grades nothing: a citation's grade is a note on its `Documentation`.
    fn citation(
        &mut self,
        kind: Kind,
        word: &str,
        record: &Id,
        (source, grade): (&Id, Option<Grade>),
    ) {
        let parts = [word, record.as_str(), source.as_str()];
        let id = ftm::link_id(Kind::Documentation, &parts, &mut self.taken);
        let what = format!("the citation of `{source}` by {word} `{record}`");
        let mut e = Entity::new("Documentation", id, what);
        e.put("document", ftm::entity_id(Kind::Source, source));
        e.put("entity", ftm::entity_id(kind, record));
        if let Some(g) = grade {
            e.note("grade", &g.to_string());
        }
        self.write(e);
    }
}
