//! Stage 2, model: the validated dataset, with typed ids, dates and references.
//!
//! A [`Model`] is only ever made by [`validate`], so every reference in it resolves,
//! every date exists, and every record keeps the [`Span`] it was written at.

mod confidence;
pub mod country;
mod date;
mod filter;
mod localise;
mod outcome;
mod place;
mod validate;

pub use filter::LeftOut;
pub(crate) use outcome::unit_problem;
pub use outcome::{
    Amount, Number, Outcome, describe as describe_outcome, is_currency, outcome_words,
};
pub use place::{Place, PlaceForm};
pub(crate) use place::{PlaceText, check_coordinates, read_place_text};

pub use confidence::{Assurance, CREDIBILITY, Confidence, Grade, GradeError, RELIABILITY};
pub use country::Country;
pub use date::{DateError, PartialDate, Period, Precision, Qualifier};
pub use validate::{Checked, validate};

use std::fmt;

pub use crate::lang::Translations;
use crate::source::Span;

/// A record id as written (`nl-om`): lowercase letters, digits, `-`, `_`, `.`;
/// or `country:LT`, the id of a country's authorities ([`Agency::of_country`]),
/// which no written id can be.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

impl Id {
    /// The id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks the id form; the error says what is wrong.
    pub fn parse(s: &str) -> Result<Id, IdError> {
        let Some(first) = s.chars().next() else {
            return Err(IdError::Empty);
        };
        if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
            return Err(IdError::BadStart { id: s.to_string() });
        }
        if let Some(c) = s.chars().find(|c| {
            !(c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        }) {
            return Err(IdError::BadChar {
                id: s.to_string(),
                c,
            });
        }
        Ok(Id(s.to_string()))
    }
}

/// Why text is not an id; the text completes "invalid agency id: ".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// Nothing was written.
    #[error("an id cannot be empty")]
    Empty,
    /// The first character is not a lowercase letter or a digit.
    #[error("`{id}` must start with a lowercase letter or a digit")]
    BadStart {
        /// The text as written.
        id: String,
    },
    /// A character ids cannot hold.
    #[error("`{id}` contains `{c}`")]
    BadChar {
        /// The text as written.
        id: String,
        /// The first character that is not allowed.
        c: char,
    },
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Index of an agency in [`Model::agencies`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AgencyRef(pub usize);
/// Index of a team in [`Model::teams`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TeamRef(pub usize);
/// Index of an event in [`Model::events`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventRef(pub usize);
/// Index of a context record in [`Model::context`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContextRef(pub usize);
/// Index of a source in [`Model::sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceRef(pub usize);

/// What an agency is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgencyKind {
    /// Police forces, gendarmeries, investigation units.
    Police,
    /// Public prosecution services.
    Prosecution,
    /// Courts and investigating judges.
    Judiciary,
    /// Customs authorities.
    Customs,
    /// Intelligence services.
    Intelligence,
    /// Ministries.
    Ministry,
    /// EU agencies and bodies (Europol, Eurojust, OLAF, EPPO...).
    EuAgency,
    /// International organisations (Interpol, UNODC...).
    International,
    /// Companies that work with investigators: security firms, banks, platforms.
    Private,
    /// Civil-society organisations.
    Ngo,
    /// Anything else, or not known.
    Other,
}

impl AgencyKind {
    /// Every kind with its name in the format, in legend order.
    pub const ALL: [(AgencyKind, &'static str); 11] = [
        (AgencyKind::Police, "police"),
        (AgencyKind::Prosecution, "prosecution"),
        (AgencyKind::Judiciary, "judiciary"),
        (AgencyKind::Customs, "customs"),
        (AgencyKind::Intelligence, "intelligence"),
        (AgencyKind::Ministry, "ministry"),
        (AgencyKind::EuAgency, "eu-agency"),
        (AgencyKind::International, "international"),
        (AgencyKind::Private, "private"),
        (AgencyKind::Ngo, "ngo"),
        (AgencyKind::Other, "other"),
    ];

    /// A partner outside the state (a company or an NGO): its country may be
    /// left out, and `--no-private` leaves it out of the pictures.
    pub fn is_private(&self) -> bool {
        matches!(self, AgencyKind::Private | AgencyKind::Ngo)
    }

    /// The name used in the format.
    pub fn as_str(&self) -> &'static str {
        AgencyKind::ALL
            .iter()
            .find(|(k, _)| k == self)
            .map_or("other", |(_, n)| n)
    }
}

/// What a team is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TeamKind {
    /// Joint investigation team.
    Jit,
    /// Europol operational task force.
    Otf,
    /// Any other task force.
    TaskForce,
    /// A standing network.
    Network,
    /// Anything else.
    Other,
}

impl TeamKind {
    /// Every kind with its name in the format.
    pub const ALL: [(TeamKind, &'static str); 5] = [
        (TeamKind::Jit, "jit"),
        (TeamKind::Otf, "otf"),
        (TeamKind::TaskForce, "task-force"),
        (TeamKind::Network, "network"),
        (TeamKind::Other, "other"),
    ];

    /// The kind as a reader would name it (`joint investigation team`): every
    /// view's hover text and the TimelineJS export word teams the same way.
    pub fn noun(&self) -> &'static str {
        match self {
            TeamKind::Jit => "joint investigation team",
            TeamKind::Otf => "Europol operational task force",
            TeamKind::TaskForce => "task force",
            TeamKind::Network => "network",
            TeamKind::Other => "team",
        }
    }

    /// The name used in the format.
    pub fn as_str(&self) -> &'static str {
        TeamKind::ALL
            .iter()
            .find(|(k, _)| k == self)
            .map_or("other", |(_, n)| n)
    }
}

/// What a context record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContextKind {
    /// A treaty or convention (and its protocols).
    Convention,
    /// An EU framework decision.
    FrameworkDecision,
    /// An EU regulation.
    Regulation,
    /// An EU directive.
    Directive,
    /// A decision (Council, Commission).
    Decision,
    /// An agreement between states or bodies.
    Agreement,
    /// A court judgment.
    Judgment,
    /// A network or body being set up.
    Network,
    /// A turning point that is no instrument: a body starting work, a
    /// reform taking effect, a case law line settling.
    Milestone,
    /// Anything else.
    Other,
}

impl ContextKind {
    /// Every kind with its name in the format.
    pub const ALL: [(ContextKind, &'static str); 10] = [
        (ContextKind::Convention, "convention"),
        (ContextKind::FrameworkDecision, "framework-decision"),
        (ContextKind::Regulation, "regulation"),
        (ContextKind::Directive, "directive"),
        (ContextKind::Decision, "decision"),
        (ContextKind::Agreement, "agreement"),
        (ContextKind::Judgment, "judgment"),
        (ContextKind::Network, "network"),
        (ContextKind::Milestone, "milestone"),
        (ContextKind::Other, "other"),
    ];

    /// The name used in the format.
    pub fn as_str(&self) -> &'static str {
        ContextKind::ALL
            .iter()
            .find(|(k, _)| k == self)
            .map_or("other", |(_, n)| n)
    }
}

/// A legal instrument or milestone: the background a case happens against.
#[derive(Clone, Debug, PartialEq)]
pub struct Context {
    /// Unique among context records.
    pub id: Id,
    /// Name, in the language chosen ([`Model::localise`]).
    pub name: String,
    /// The name in every language given, when given so.
    pub name_langs: Translations,
    /// Short label for tight spaces, in the language chosen.
    pub short: Option<String>,
    /// The short label in every language given, when given so.
    pub short_langs: Translations,
    /// What it is.
    pub kind: ContextKind,
    /// When (adopted, in force, applies from: the name says which).
    pub date: PartialDate,
    /// Free text.
    pub notes: Option<String>,
    /// Supporting sources.
    pub sources: Vec<SourceRef>,
    /// How sure the record is, and the grades of its citations.
    pub assurance: Assurance,
    /// Where the record was written.
    pub span: Span,
}

impl Context {
    /// The short label if there is one, else the name.
    pub fn label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }
}

/// A citable reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Unique among sources.
    pub id: Id,
    /// Title as published.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Link; only `http`, `https` or `mailto`.
    pub url: Option<String>,
    /// More links to the same report (a mirror, a translation), as `url`.
    pub urls: Vec<String>,
    /// A copy kept by an archive (the Wayback Machine, archive.today).
    pub archived: Option<String>,
    /// When the links were last read.
    pub accessed: Option<PartialDate>,
    /// Publication date, at the precision known.
    pub date: Option<PartialDate>,
    /// Where the record was written.
    pub span: Span,
}

/// A police force, prosecution service, court, EU body...
#[derive(Clone, Debug, PartialEq)]
pub struct Agency {
    /// Unique among agencies.
    pub id: Id,
    /// Name, in the language chosen ([`Model::localise`]; English unless the
    /// dataset says otherwise).
    pub name: String,
    /// The name in every language given, when given so.
    pub name_langs: Translations,
    /// National-language name, as written whatever the language chosen.
    pub local_name: Option<String>,
    /// Short label for tight spaces, in the language chosen.
    pub short: Option<String>,
    /// The short label in every language given, when given so.
    pub short_langs: Translations,
    /// Country, or EU / INT.
    pub country: Country,
    /// True for a country's authorities named only by their country
    /// (`country:LT` among a team's members or an event's participants): no
    /// record of its own, one per country, with the id `country:LT` that no
    /// written id can take. Writers give it back as `country:LT`.
    pub implicit: bool,
    /// What it is.
    pub kind: AgencyKind,
    /// The agency it belongs to; never itself or its own descendant.
    pub parent: Option<AgencyRef>,
    /// Where it sits (`seat: "The Hague, NL"`): the maps draw EU bodies and
    /// international organisations at their seat.
    pub seat: Option<Place>,
    /// Plain-text remarks (what the sources leave open, a former name).
    pub notes: Option<String>,
    /// Supporting sources.
    pub sources: Vec<SourceRef>,
    /// How sure the record is, and the grades of its citations.
    pub assurance: Assurance,
    /// Where the record was written.
    pub span: Span,
}

impl Agency {
    /// The short label if there is one, else the name.
    pub fn label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }

    /// The authorities of `country`, as `country:LT` in a team's members or an
    /// event's participants stands for them: "Authorities of Lithuania", short
    /// "LT authorities", kind `other`, with no sources of their own (the team or
    /// event that names them cites its sources). `span` is where the country was
    /// first named.
    pub fn of_country(country: Country, span: Span) -> Agency {
        Agency {
            id: Id(format!("{COUNTRY_PREFIX}{}", country.code())),
            name: format!("Authorities of {}", country.name()),
            name_langs: Translations::default(),
            local_name: None,
            short: Some(format!("{} authorities", country.code())),
            short_langs: Translations::default(),
            country,
            implicit: true,
            kind: AgencyKind::Other,
            parent: None,
            seat: None,
            notes: Some(IMPLICIT_NOTE.into()),
            sources: Vec::new(),
            assurance: Assurance::default(),
            span,
        }
    }
}

/// How a reference to a country's authorities starts: `country:LT`.
pub const COUNTRY_PREFIX: &str = "country:";

/// The note of a country's authorities named only by their country, which
/// every view's hover text shows.
pub const IMPLICIT_NOTE: &str = "Not named in the sources, which name the country only.";

/// An agency's place in a team, with dates as written (`None`: the team's own).
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    /// Who.
    pub agency: AgencyRef,
    /// Joined; `None` means from the team's start.
    pub from: Option<PartialDate>,
    /// Left; `None` means until the team's end.
    pub to: Option<PartialDate>,
    /// Free-text role (`lead`).
    pub role: Option<String>,
    /// Where the entry was written.
    pub span: Span,
}

/// A joint investigation team, task force or network.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    /// Unique among teams.
    pub id: Id,
    /// Name, in the language chosen ([`Model::localise`]).
    pub name: String,
    /// The name in every language given, when given so.
    pub name_langs: Translations,
    /// What it is.
    pub kind: TeamKind,
    /// Host agency (Eurojust for a JIT set up there, Europol for an OTF).
    pub hosted_by: Option<AgencyRef>,
    /// Set up.
    pub start: PartialDate,
    /// Ended; `None` while still running (or not published).
    pub end: Option<PartialDate>,
    /// At least one.
    pub members: Vec<Membership>,
    /// Free text (treaty article, agreement).
    pub legal_basis: Option<String>,
    /// The context record (legal instrument) the team rests on.
    pub legal_basis_ref: Option<ContextRef>,
    /// Plain-text remarks.
    pub notes: Option<String>,
    /// Supporting sources.
    pub sources: Vec<SourceRef>,
    /// How sure the record is, and the grades of its citations.
    pub assurance: Assurance,
    /// Where the record was written.
    pub span: Span,
}

/// An operation, action day, arrest, seizure or milestone.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Unique among events.
    pub id: Id,
    /// Name, in the language chosen ([`Model::localise`]).
    pub name: String,
    /// The name in every language given, when given so.
    pub name_langs: Translations,
    /// Free-text category (`action-day`).
    pub kind: Option<String>,
    /// The date, or the start of a span.
    pub start: PartialDate,
    /// The end of a span; `None` for a single date.
    pub end: Option<PartialDate>,
    /// Agencies taking part.
    pub participants: Vec<AgencyRef>,
    /// Teams the event belongs to.
    pub teams: Vec<TeamRef>,
    /// Where it happened, in the order written: countries, cities and
    /// places given by coordinates.
    pub places: Vec<Place>,
    /// Counts, amounts and short texts, in file order; never added up
    /// across events but by `coopline query CASE outcomes`.
    pub outcomes: Vec<(String, Outcome)>,
    /// Free text.
    pub notes: Option<String>,
    /// Supporting sources.
    pub sources: Vec<SourceRef>,
    /// How sure the record is, and the grades of its citations.
    pub assurance: Assurance,
    /// Where the record was written.
    pub span: Span,
}

/// A chapter of the story a web page tells (`chapters:`).
#[derive(Clone, Debug, PartialEq)]
pub struct Chapter {
    /// Its heading, in the language chosen ([`Model::localise`]).
    pub title: String,
    /// The heading in every language given, when given so.
    pub title_langs: Translations,
    /// What it tells, as plain text, in the language chosen.
    pub text: Option<String>,
    /// The text in every language given, when given so.
    pub text_langs: Translations,
    /// The agencies, teams, events and context records it is about, by id:
    /// the page lights them. Ids that a filter (`--no-private`) left out of
    /// the model are skipped when the page is made.
    pub records: Vec<Id>,
    /// What its text rests on, beyond its records' own sources.
    pub sources: Vec<SourceRef>,
    /// Where the record was written.
    pub span: Span,
}

/// A validated dataset. Invariants: ids are unique per collection, every
/// reference resolves, every date exists and every span is ordered.
///
/// Texts that a dataset may give in several languages (names, short labels,
/// titles, the description, chapters' text) are each a plain field that every
/// consumer reads, in the language chosen, beside its texts in every language
/// (`name` and `name_langs`). Validation chooses the dataset's [`Model::lang`],
/// else English; [`Model::localise`] chooses another.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    /// Dataset title, in the language chosen.
    pub title: Option<String>,
    /// The title in every language given, when given so (with several files,
    /// their titles joined in each language).
    pub title_langs: Translations,
    /// Dataset description, in the language chosen.
    pub description: Option<String>,
    /// The description in every language given, when given so.
    pub description_langs: Translations,
    /// The dataset's language (`lang: nl`), a tag of BCP 47 shape as written:
    /// the language its texts are shown in unless another is asked for.
    pub lang: Option<String>,
    /// Citable references.
    pub sources: Vec<Source>,
    /// Agencies.
    pub agencies: Vec<Agency>,
    /// Teams.
    pub teams: Vec<Team>,
    /// Events.
    pub events: Vec<Event>,
    /// Legal instruments and milestones.
    pub context: Vec<Context>,
    /// The story a web page tells, chapter by chapter, when the dataset
    /// writes one (`chapters:`); without it the page makes one per event.
    pub chapters: Vec<Chapter>,
    /// The title of every file merged into the dataset, in file order, in
    /// the language chosen.
    pub cases: Vec<String>,
    /// The titles of `cases` in every language given, one entry per case
    /// (empty for a title written as one string).
    pub case_langs: Vec<Translations>,
    /// How the dataset asks to be drawn.
    pub style: Style,
}

/// How a dataset asks to be drawn (`style:`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Style {
    /// Colours the dataset sets: a country code, team id or agency kind, and
    /// its colour, in the order written.
    pub colors: Vec<(String, crate::style::Color)>,
}

impl Model {
    /// The agency with this id.
    pub fn agency(&self, id: &str) -> Option<AgencyRef> {
        self.agencies
            .iter()
            .position(|a| a.id.as_str() == id)
            .map(AgencyRef)
    }

    /// The team with this id.
    pub fn team(&self, id: &str) -> Option<TeamRef> {
        self.teams
            .iter()
            .position(|t| t.id.as_str() == id)
            .map(TeamRef)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<EventRef> {
        self.events
            .iter()
            .position(|e| e.id.as_str() == id)
            .map(EventRef)
    }

    /// One line: counts of each record kind.
    pub fn summary(&self) -> String {
        fn n(count: usize, one: &str, many: &str) -> String {
            format!("{count} {}", if count == 1 { one } else { many })
        }
        let implicit = self.agencies.iter().filter(|a| a.implicit).count();
        let mut agencies = n(self.agencies.len() - implicit, "agency", "agencies");
        if implicit > 0 {
            agencies.push_str(&format!(
                " and the authorities of {}",
                n(implicit, "country", "countries")
            ));
        }
        let mut s = format!(
            "{agencies}, {}, {}, {}",
            n(self.teams.len(), "team", "teams"),
            n(self.events.len(), "event", "events"),
            n(self.sources.len(), "source", "sources"),
        );
        if !self.context.is_empty() {
            s.push_str(&format!(
                ", {}",
                n(self.context.len(), "context record", "context records")
            ));
        }
        s
    }
}

impl Team {
    /// When the team ran.
    pub fn period(&self) -> Period {
        Period {
            start: self.start,
            end: self.end,
        }
    }

    /// When a member belonged: its own `from`/`to`, else the team's span.
    pub fn membership_period(&self, m: &Membership) -> Period {
        Period {
            start: m.from.unwrap_or(self.start),
            end: m.to.or(self.end),
        }
    }
}

impl Event {
    /// The event's date as a period (a single date starts and ends on itself).
    pub fn period(&self) -> Period {
        match self.end {
            Some(end) => Period {
                start: self.start,
                end: Some(end),
            },
            None => Period::at(self.start),
        }
    }
}

impl std::ops::Index<AgencyRef> for Model {
    type Output = Agency;
    fn index(&self, r: AgencyRef) -> &Agency {
        &self.agencies[r.0]
    }
}

impl std::ops::Index<TeamRef> for Model {
    type Output = Team;
    fn index(&self, r: TeamRef) -> &Team {
        &self.teams[r.0]
    }
}

impl std::ops::Index<EventRef> for Model {
    type Output = Event;
    fn index(&self, r: EventRef) -> &Event {
        &self.events[r.0]
    }
}

impl std::ops::Index<ContextRef> for Model {
    type Output = Context;
    fn index(&self, r: ContextRef) -> &Context {
        &self.context[r.0]
    }
}

impl std::ops::Index<SourceRef> for Model {
    type Output = Source;
    fn index(&self, r: SourceRef) -> &Source {
        &self.sources[r.0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_say_what_is_wrong_with_them() {
        assert_eq!(Id::parse("nl-om.2_a").unwrap().as_str(), "nl-om.2_a");
        let cases = [
            ("", IdError::Empty, "an id cannot be empty"),
            (
                "NL OM",
                IdError::BadStart { id: "NL OM".into() },
                "`NL OM` must start with a lowercase letter or a digit",
            ),
            (
                "nl om",
                IdError::BadChar {
                    id: "nl om".into(),
                    c: ' ',
                },
                "`nl om` contains ` `",
            ),
        ];
        for (text, error, message) in cases {
            assert_eq!(Id::parse(text), Err(error.clone()));
            assert_eq!(error.to_string(), message);
        }
    }
}
