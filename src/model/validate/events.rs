//! Events: one date (`date`) or a span (`start`, `end`) but not both, and
//! participants, teams and sources that exist; an event with no participants is
//! worth a warning.

use super::Validator;
use super::ids::Collection;
use crate::diag::{Code, Diagnostic};
use crate::input::RawPlace;
use crate::model::{AgencyRef, Event, Id, TeamRef};

impl Validator<'_> {
    pub(super) fn event(&mut self, r: &crate::input::RawEvent) -> Option<Event> {
        let ctx = format!("event `{}`", r.id.as_ref().map_or("?", |i| i.as_str()));
        let more = r.more();
        let (start_field, start_raw) = match (&r.date, &more.start) {
            (Some(d), None) => ("date", Some(d)),
            (None, Some(s)) => ("start", Some(s)),
            (Some(d), Some(s)) => {
                self.error(
                    Diagnostic::error(Code::ConflictingDates, s.span, format!("{ctx} has both `date` and `start`"))
                        .label("`start` given here")
                        .with_label(d.span, "`date` given here")
                        .help("use `date:` for a single day, month or year, or `start:` with `end:` for a span"),
                );
                ("date", None)
            }
            (None, None) => {
                let at = r.id.as_ref().map_or(r.span, |i| i.span);
                self.error(
                    Diagnostic::error(Code::MissingField, at, format!("{ctx} has no `date` or `start`"))
                        .label("this record needs a date")
                        .help("add `date: 2024-12-03` (or `2024-12`, `2024`), or `start:` and `end:` for a span"),
                );
                ("date", None)
            }
        };
        if let (Some(d), Some(e)) = (&r.date, &more.end) {
            self.error(
                Diagnostic::error(
                    Code::ConflictingDates,
                    e.span,
                    format!("{ctx} has `end` with `date`"),
                )
                .label("`end` needs `start`")
                .with_label(d.span, "`date` given here")
                .help("for a span write `start:` and `end:`; for a single date drop `end:`"),
            );
        }
        let start = start_raw.and_then(|s| self.date(s, start_field));
        let end = if r.date.is_some() {
            Ok(None)
        } else {
            self.opt_date(&more.end, "end")
        };
        if let (Some(s), Ok(Some(e)), Some(ss), Some(es)) = (&start, &end, start_raw, &more.end) {
            self.check_order((s, ss.span, "start"), (e, es.span, "end"), &ctx);
        }
        let participants =
            self.resolve_participants(&r.participants, &format!("`participants` of {ctx}"));
        let teams = self.resolve_all(&more.teams, Collection::Team, &format!("`teams` of {ctx}"));
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        let assurance = self.assurance(&more.assurance, sources.as_deref());
        if r.participants.is_empty()
            && let Some(id) = &r.id
        {
            self.diags.push(
                Diagnostic::warning(Code::NoParticipants, id.span, format!("{ctx} has no participants"))
                    .label("no agency takes part in this event")
                    .help("list the agencies involved under `participants:`; without them the event links no one"),
            );
        }
        self.split_places(&r.places);
        let places = self.places(&r.places, &format!("`places` of {ctx}"));
        let outcomes = self.outcomes(&more.outcomes);
        Some(Event {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.as_str().to_owned(),
            name_langs: more.name_langs.clone(),
            kind: more.kind.as_ref().map(|k| k.as_str().to_owned()),
            start: start?,
            end: end.ok()?,
            participants: participants?.into_iter().map(AgencyRef).collect(),
            teams: teams?.into_iter().map(TeamRef).collect(),
            places: places?,
            outcomes: outcomes?,
            notes: more.notes.as_ref().map(|n| n.as_str().to_owned()),
            sources: sources?,
            assurance: assurance?,
            span: r.span,
        })
    }
}

impl Validator<'_> {
    /// Warns where a flow list cut a place from its country: in
    /// `places: [Šiauliai, LT]` the comma ends the item, so `LT` is a second
    /// place, which the author rarely means.
    fn split_places(&mut self, places: &[RawPlace]) {
        for pair in places.windows(2) {
            let [RawPlace::Text(place), RawPlace::Text(code)] = pair else {
                continue;
            };
            let bare_code = code.value.len() == 2
                && code.value.bytes().all(|b| b.is_ascii_uppercase())
                && crate::model::Country::from_code(&code.value).is_some();
            // `["Marbella, ES", LT]` names its own country first: LT is meant.
            let named = crate::model::Country::from_code(&place.value).is_none()
                && !place.value.contains(',');
            if bare_code && named {
                self.diags.push(
                    Diagnostic::warning(
                        Code::PlaceSplit,
                        code.span,
                        format!(
                            "`{}` is a place of its own here, not the country of `{}`",
                            code.value, place.value
                        ),
                    )
                    .label("a second place")
                    .with_label(place.span, "the place it may belong to")
                    .help(format!(
                        "in a `[...]` list a comma ends the item: quote the place to keep its country, `\"{}, {}\"`",
                        place.value, code.value
                    )),
                );
            }
        }
    }
}
