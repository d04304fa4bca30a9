//! `events:`: an event's fields as written. The fields most events leave
//! out are boxed apart, as a large collection is mostly events, all held at
//! once until they are checked.

use super::super::yaml::Node;
use super::{
    EVENT, RawAssurance, RawDataset, RawOutcome, RawPlace, Record, Sp, Text, outcomes, places,
};
use crate::diag::Diagnostic;
use crate::lang::Translations;
use crate::source::Span;

/// An operation, action day, arrest, seizure or milestone.
#[derive(Clone, Debug)]
pub struct RawEvent {
    /// The whole record.
    pub span: Span,
    /// `id:`
    pub id: Option<Sp<Text>>,
    /// `name:`; for a name in several languages, the English one, else the first.
    pub name: Option<Sp<Text>>,
    /// `date:`
    pub date: Option<Sp<Text>>,
    /// `participants:`
    pub participants: Vec<Sp<Text>>,
    /// `places:`
    pub places: Vec<RawPlace>,
    /// `sources:`
    pub sources: Vec<Sp<Text>>,
    /// The fields an event may leave out, when it gives any: boxed, since a
    /// large collection's events mostly give none, and its records are held
    /// all at once while they are checked.
    more: Option<Box<RawEventMore>>,
}

/// The fields of an event that most events leave out.
#[derive(Clone, Debug, Default)]
pub struct RawEventMore {
    /// `name:` in several languages, when written so.
    pub name_langs: Translations,
    /// `kind:`
    pub kind: Option<Sp<Text>>,
    /// `start:`
    pub start: Option<Sp<Text>>,
    /// `end:`
    pub end: Option<Sp<Text>>,
    /// `teams:`
    pub teams: Vec<Sp<Text>>,
    /// `outcomes:` in file order.
    pub outcomes: Vec<(Sp<Text>, Sp<RawOutcome>)>,
    /// `notes:`
    pub notes: Option<Sp<Text>>,
    /// `confidence:` and the grades given in `sources:`.
    pub assurance: RawAssurance,
}

impl RawEventMore {
    const NONE: RawEventMore = RawEventMore {
        name_langs: Translations::NONE,
        kind: None,
        start: None,
        end: None,
        teams: Vec::new(),
        outcomes: Vec::new(),
        notes: None,
        assurance: RawAssurance {
            confidence: None,
            grades: Vec::new(),
        },
    };

    fn is_empty(&self) -> bool {
        self.name_langs.is_empty()
            && self.kind.is_none()
            && self.start.is_none()
            && self.end.is_none()
            && self.teams.is_empty()
            && self.outcomes.is_empty()
            && self.notes.is_none()
            && self.assurance.confidence.is_none()
            && self.assurance.grades.is_empty()
    }
}

impl RawEvent {
    /// The fields this event may leave out, empty when it gives none.
    pub fn more(&self) -> &RawEventMore {
        static NONE: RawEventMore = RawEventMore::NONE;
        self.more.as_deref().unwrap_or(&NONE)
    }
}

pub(super) fn read_event(item: &Node, raw: &mut RawDataset, diags: &mut Vec<Diagnostic>) {
    if let Some(r) = Record::open(item, "an event", EVENT, diags) {
        let outcomes = r
            .get("outcomes")
            .map(|n| outcomes::read_outcomes(n, diags))
            .unwrap_or_default();
        let (name, name_langs) = r.required_localised("name", "this event", diags);
        // Read in a fixed order: problems are reported in it.
        let id = r.required("id", "this event", diags);
        let kind = r.text("kind", diags);
        let date = r.date("date", diags);
        let start = r.date("start", diags);
        let end = r.date("end", diags);
        let participants = r.ids("participants", diags);
        let teams = r.ids("teams", diags);
        let places = r
            .get("places")
            .map(|n| places::read_places(n, diags))
            .unwrap_or_default();
        let notes = r.long_text("notes", diags);
        let sources = r.sources(diags);
        let assurance = r.assurance(diags);
        let more = RawEventMore {
            name_langs,
            kind,
            start,
            end,
            teams,
            outcomes,
            notes,
            assurance,
        };
        // Events stream in, in numbers not known ahead: their list grows by a
        // quarter at a time, not twofold, to hold little room beyond them.
        if raw.events.len() == raw.events.capacity() {
            raw.events.reserve_exact(raw.events.len() / 4 + 64);
        }
        raw.events.push(RawEvent {
            span: r.span,
            id,
            name,
            date,
            participants,
            places,
            sources,
            more: (!more.is_empty()).then(|| Box::new(more)),
        });
    }
}
