//! The key under the picture: every numbered moment with its date and what
//! happened, so that nothing drawn is left unnamed on paper.

use std::fmt::Write;
use std::sync::Arc;

use super::band::Band;
use super::events::{EventMarks, cluster_tooltip};
use super::{Inputs, Pen};
use crate::layout::kit::{KeyEntry, KeyLine, draw_key};
use crate::model::{EventRef, Model, Period, Precision, Qualifier};

/// The most events a key lists in all; past that a line says how many more there
/// are. A page listing tens of thousands of events would be read by no one.
const MOST_LINES: usize = 3000;

/// How many participants' countries an event's line names before "…".
const MOST_COUNTRIES: usize = 6;

/// The key's entries, in the order of their numbers. Guarantees: one entry per
/// numbered moment; a single event's entry is one line, its date, name and
/// participants' countries; a cluster's says how many events and when, then
/// lists each (up to [`MOST_LINES`] events in all, then a line counting the rest).
pub(super) fn key_entries(
    model: &Model,
    band: &Band,
    marks: &[Option<EventMarks>],
) -> Vec<KeyEntry> {
    let mut numbered: Vec<(usize, usize)> = band
        .numbers()
        .into_iter()
        .enumerate()
        .filter_map(|(r, n)| n.map(|n| (n, r)))
        .collect();
    numbered.sort_unstable();
    let mut listed = 0usize;
    let mut entries = Vec::with_capacity(numbered.len());
    for (n, r) in numbered {
        let events = &band.moments[r].events;
        let mark = |e: EventRef| marks[e.0].as_ref();
        let mut lines = Vec::with_capacity(events.len() + 1);
        if events.len() > 1 {
            lines.push(KeyLine {
                text: crate::i18n::t!(
                    "key-cluster",
                    when = span_text(&span_of(model, events)),
                    count = events.len()
                ),
                record: mark(events[0]).map(|m| m.record.into()),
                tooltip: Some(cluster_tooltip(events.iter().filter_map(|e| mark(*e))).into()),
                step: events
                    .iter()
                    .filter_map(|e| mark(*e).and_then(|m| m.step))
                    .min(),
            });
        }
        let room = MOST_LINES.saturating_sub(listed);
        for &e in events.iter().take(room) {
            lines.push(KeyLine {
                text: event_line(model, e),
                record: Some(model[e].id.as_str().into()),
                tooltip: mark(e).map(|m| Arc::from(m.tooltip.as_str())),
                step: mark(e).and_then(|m| m.step),
            });
        }
        listed += events.len().min(room);
        if events.len() > room {
            lines.push(KeyLine {
                text: crate::i18n::t!("key-more-events", count = events.len() - room),
                ..KeyLine::default()
            });
        }
        entries.push(KeyEntry {
            number: n.to_string(),
            lines,
        });
    }
    entries
}

/// From the first start to the last end of `events`.
pub(super) fn span_of(model: &Model, events: &[EventRef]) -> Period {
    let periods: Vec<Period> = events.iter().map(|e| model[*e].period()).collect();
    let start = periods
        .iter()
        .map(|p| p.start)
        .min_by_key(|d| (d.first_day(), d.last_day()))
        .unwrap_or_else(|| model[events[0]].start);
    let end = periods
        .iter()
        .map(|p| p.end.unwrap_or(p.start))
        .max_by_key(|d| (d.last_day(), std::cmp::Reverse(d.first_day())))
        .unwrap_or(start);
    Period {
        start,
        end: Some(end),
    }
}

/// A cluster's span as read, short when both ends are stated days: "3–5 Dec
/// 2024", "30 Nov – 2 Dec 2024"; otherwise as any period reads.
pub(super) fn span_text(p: &Period) -> String {
    use chrono::Datelike;
    let end = p.end.unwrap_or(p.start);
    let days = [p.start, end]
        .iter()
        .all(|d| d.precision() == Precision::Day && d.qualifier() == Qualifier::Stated);
    let (a, b) = (p.start.first_day(), end.first_day());
    if !days || a == b || a.year() != b.year() {
        return p.human();
    }
    if a.month() == b.month() && crate::i18n::lang() == crate::i18n::Lang::En {
        format!("{}–{}", a.day(), end.human())
    } else {
        // Other languages' patterns do not all end with the month and year
        // ("3 de dez. de 2024"), so the start keeps its month.
        format!("{} – {}", crate::i18n::cldr::day_month(a), end.human())
    }
}

/// "4 Dec 2024 — Action day in Paris (FR, NL)": the event's date as read, its
/// name, and its participants' countries in order of first mention.
pub(super) fn event_line(model: &Model, e: EventRef) -> String {
    let ev = &model[e];
    let mut line = format!("{} — {}", ev.period().shown(), ev.name);
    let mut codes: Vec<&str> = Vec::new();
    let mut countries = 0;
    for p in &ev.participants {
        let country = model[*p].country;
        if !codes.contains(&country.code()) {
            codes.push(country.code());
            // EU bodies and international organisations are listed, not
            // counted as countries, as in the subtitle.
            countries += usize::from(country.is_country());
        }
    }
    if !codes.is_empty() {
        let shown = codes.len().min(MOST_COUNTRIES);
        let _ = write!(line, " ({}", codes[..shown].join(", "));
        if codes.len() > shown {
            let _ = write!(
                line,
                ", {}",
                crate::i18n::t!("key-countries-in-all", count = countries)
            );
        }
        line.push(')');
    }
    // In words too: a hatched mark may be too small to read as one.
    if ev.assurance.is_low() {
        line.push_str(" — ");
        line.push_str(crate::i18n::static_text("key-low-confidence"));
    }
    line
}

/// Draws the key below `y` and returns the y under it (unchanged when nothing
/// is numbered).
pub(super) fn draw_event_key(pen: &mut Pen, at: &Inputs, entries: &[KeyEntry], y: f64) -> f64 {
    if entries.is_empty() {
        return y;
    }
    let m = at.m;
    let base = y + m.ascent(at.d.key_type);
    let last = draw_key(
        &mut pen.scene,
        m,
        at.theme(),
        (at.d.key_type, at.d.key_leading),
        entries,
        base,
    );
    last + m.descent(at.d.key_type) + super::legend::gap_below(at)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, event, load};
    use super::*;

    #[test]
    fn a_long_list_of_countries_counts_countries_not_eu_bodies() {
        let mut yaml =
            String::from("agencies:\n  - {id: ep, name: Europol, country: EU, kind: eu-agency}\n");
        let codes = ["DE", "FR", "NL", "BE", "ES", "IT", "PL"];
        for c in codes {
            let id = c.to_lowercase();
            yaml.push_str(&format!(
                "  - {{id: p{id}, name: Police {c}, country: {c}, kind: police}}\n"
            ));
        }
        yaml.push_str(
            "events:\n  - {id: day, name: Action day, date: 2024-05-14, participants: [ep",
        );
        for c in codes {
            yaml.push_str(&format!(", p{}", c.to_lowercase()));
        }
        yaml.push_str("]}\n");
        let model = load(&yaml);
        assert_eq!(
            event_line(&model, event(&model, "day")),
            "14 May 2024 — Action day (EU, DE, FR, NL, BE, ES, … 7 countries in all)"
        );
    }

    #[test]
    fn an_events_line_gives_its_date_name_and_countries() {
        let model = load(CASE);
        assert_eq!(
            event_line(&model, event(&model, "arrests")),
            "4 Nov 2020 — Arrests in Lille and Rotterdam (FR, NL)"
        );
        assert_eq!(
            event_line(&model, event(&model, "customs-raid")),
            "Feb 2021 — Customs raid (DE)"
        );
        let both = [event(&model, "arrests"), event(&model, "customs-raid")];
        assert_eq!(span_text(&span_of(&model, &both)), "4 Nov 2020 – Feb 2021");
        let days = |a: &str, b: &str| Period {
            start: crate::model::PartialDate::parse(a).unwrap(),
            end: Some(crate::model::PartialDate::parse(b).unwrap()),
        };
        assert_eq!(span_text(&days("2024-12-03", "2024-12-05")), "3–5 Dec 2024");
        assert_eq!(
            span_text(&days("2024-11-30", "2024-12-02")),
            "30 Nov – 2 Dec 2024"
        );
        assert_eq!(
            span_text(&days("2024-12-30", "2025-01-02")),
            "30 Dec 2024 – 2 Jan 2025"
        );
        assert_eq!(span_text(&days("2024-12-03", "2024-12-03")), "3 Dec 2024");
    }
}
