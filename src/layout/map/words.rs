//! What the map says in words: its subtitle and the hover text of each
//! country, link, body and place, with dates as written and sources.

use std::fmt::Write;

use crate::layout::kit::{write_period, write_sources};
use crate::model::{AgencyRef, Model};

use super::data::{End, Involved, What};

/// `1 team`, `2 teams`.
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The subtitle: who took part, in how many teams and events, and what a
/// line means.
pub(super) fn subtitle(model: &Model, inv: &Involved) -> String {
    let teams = inv
        .occasions
        .iter()
        .filter(|o| matches!(o.what, What::Team(_)))
        .count();
    let events = inv.occasions.len() - teams;
    if inv.occasions.is_empty() {
        return "No team or event in the time shown".into();
    }
    let mut s = count(inv.countries.len(), "country", "countries");
    if !inv.bodies.is_empty() {
        let eu = inv
            .bodies
            .iter()
            .all(|b| model[b.agency].country.code() == "EU");
        let (one, many) = if eu {
            ("EU body", "EU bodies")
        } else {
            ("international body", "international bodies")
        };
        let _ = write!(s, " and {}", count(inv.bodies.len(), one, many));
    }
    let parts: Vec<String> = [(teams, "team", "teams"), (events, "event", "events")]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| count(n, one, many))
        .collect();
    let _ = write!(
        s,
        " in {} · lines join those who worked together",
        parts.join(" and ")
    );
    s
}

/// The names of agencies, joined with commas.
fn names(model: &Model, agencies: &[AgencyRef]) -> String {
    agencies
        .iter()
        .map(|&a| model[a].label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes each occasion on a line of its own: name, dates as read and as
/// written, and (if `sources`) its sources.
fn write_occasions(out: &mut String, model: &Model, inv: &Involved, list: &[usize], sources: bool) {
    for &oi in list {
        let o = &inv.occasions[oi];
        let _ = write!(out, "\n• {}: ", o.what.name(model));
        write_period(out, &o.period);
        if sources {
            let (refs, sure) = match o.what {
                What::Team(t) => (&model[t].sources, &model[t].assurance),
                What::Event(e) => (&model[e].sources, &model[e].assurance),
            };
            write_sources(out, model, refs, sure);
        }
    }
}

/// A country's hover text: its agencies and the teams and events they were in.
pub(super) fn country_tip(model: &Model, inv: &Involved, code: &'static str) -> String {
    let Some(t) = inv.countries.get(code) else {
        return String::new();
    };
    let country = crate::model::Country::from_code(code).map_or(code, |c| c.name());
    let mut out = format!(
        "{country}: {} ({})\nIn {}:",
        count(t.agencies.len(), "agency", "agencies"),
        names(model, &t.agencies),
        count(t.occasions.len(), "team or event", "teams and events"),
    );
    write_occasions(&mut out, model, inv, &t.occasions, false);
    out
}

/// The name of a link's end.
pub(super) fn end_name(model: &Model, inv: &Involved, e: End) -> String {
    match e {
        End::Country(code) => crate::model::Country::from_code(code)
            .map_or(code, |c| c.name())
            .to_string(),
        End::Body(b) => model[inv.bodies[b].agency].label().to_string(),
    }
}

/// A link's hover text: its ends, then every occasion with its sources.
pub(super) fn link_tip(model: &Model, inv: &Involved, li: usize) -> String {
    let link = &inv.links[li];
    let mut out = format!(
        "{} – {}: {}",
        end_name(model, inv, link.ends.0),
        end_name(model, inv, link.ends.1),
        count(link.occasions.len(), "team or event", "teams and events"),
    );
    write_occasions(&mut out, model, inv, &link.occasions, true);
    out
}

/// A body's hover text: its name, seat and the teams and events it was in.
pub(super) fn body_tip(model: &Model, inv: &Involved, b: usize) -> String {
    let body = &inv.bodies[b];
    let a = &model[body.agency];
    let mut out = a.name.clone();
    if let Some(seat) = &a.seat {
        let _ = write!(out, "\nSeat: {}", seat.name);
    }
    let _ = write!(
        out,
        "\nIn {}:",
        count(body.occasions.len(), "team or event", "teams and events")
    );
    write_occasions(&mut out, model, inv, &body.occasions, false);
    write_sources(&mut out, model, &a.sources, &a.assurance);
    out
}

/// A place's hover text: its name as written and the events there, with
/// their sources.
pub(super) fn spot_tip(model: &Model, inv: &Involved, s: usize) -> String {
    let spot = &inv.spots[s];
    let mut out = spot.name.clone();
    if let Some(c) = spot.country.and_then(crate::model::Country::from_code) {
        let _ = write!(out, ", {}", c.name());
    }
    write_occasions(&mut out, model, inv, &spot.occasions, true);
    out
}
