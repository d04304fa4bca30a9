//! What the map says in words: its subtitle and the hover text of each
//! country, link, body and place, with dates as written and sources.

use crate::i18n::t;
use crate::layout::kit::{write_period, write_sources};
use crate::model::{AgencyRef, Model};

use super::data::{End, Involved, What};

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
        return t!("map-subtitle-nothing");
    }
    let countries = inv.countries.len();
    let bodies = inv.bodies.len();
    let who = if bodies == 0 {
        t!("map-who-countries", countries = countries)
    } else if inv
        .bodies
        .iter()
        .all(|b| model[b.agency].country.code() == "EU")
    {
        t!("map-who-eu-bodies", countries = countries, bodies = bodies)
    } else {
        t!(
            "map-who-international-bodies",
            countries = countries,
            bodies = bodies
        )
    };
    let what = match (teams, events) {
        (_, 0) => t!("map-in-teams", teams = teams),
        (0, _) => t!("map-in-events", events = events),
        _ => t!("map-in-teams-events", teams = teams, events = events),
    };
    t!("map-subtitle", who = who, what = what)
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
    let mut period = String::new();
    for &oi in list {
        let o = &inv.occasions[oi];
        period.clear();
        write_period(&mut period, &o.period);
        out.push('\n');
        out.push_str(&t!(
            "map-tip-occasion",
            name = o.what.name(model),
            period = period.as_str()
        ));
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
    let mut out = t!(
        "map-tip-country",
        country = country,
        count = t.agencies.len(),
        names = names(model, &t.agencies)
    );
    out.push('\n');
    out.push_str(&t!("map-tip-in", count = t.occasions.len()));
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
    let mut out = t!(
        "map-tip-link",
        from = end_name(model, inv, link.ends.0),
        to = end_name(model, inv, link.ends.1),
        count = link.occasions.len()
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
        out.push('\n');
        out.push_str(&t!("map-tip-seat", seat = seat.name.as_str()));
    }
    out.push('\n');
    out.push_str(&t!("map-tip-in", count = body.occasions.len()));
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
        out.push_str(", ");
        out.push_str(c.name());
    }
    write_occasions(&mut out, model, inv, &spot.occasions, true);
    out
}
