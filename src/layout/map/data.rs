//! What the map shows, before any geometry: the countries and bodies that
//! took part in the time asked for, the occasions (teams and events) that
//! brought them together, the links those occasions make, and the places
//! where events happened.

use std::collections::BTreeMap;

use crate::model::{AgencyRef, EventRef, Model, PartialDate, Period, TeamRef};

/// One end of a link: a country, drawn at its label point, or a body above
/// countries (Europol, Eurojust, Interpol), drawn at its seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum End {
    /// A country, by code.
    Country(&'static str),
    /// A body, by its index in [`Involved::bodies`].
    Body(usize),
}

/// A team or an event of the time shown.
#[derive(Clone, Debug)]
pub(super) struct Occasion {
    /// What it was.
    pub(super) what: What,
    /// When, as written.
    pub(super) period: Period,
    /// Who took part (members while the team ran in the window, the host;
    /// an event's participants), each once.
    pub(super) agencies: Vec<AgencyRef>,
    /// The build step (from 1) at which it appears: the rank of its start
    /// among the distinct starts of the occasions shown.
    pub(super) step: u32,
}

/// A team or an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum What {
    /// A team.
    Team(TeamRef),
    /// An event.
    Event(EventRef),
}

impl What {
    /// The record's id.
    pub(super) fn id(self, model: &Model) -> &str {
        match self {
            What::Team(t) => model[t].id.as_str(),
            What::Event(e) => model[e].id.as_str(),
        }
    }

    /// The record's name.
    pub(super) fn name(self, model: &Model) -> &str {
        match self {
            What::Team(t) => &model[t].name,
            What::Event(e) => &model[e].name,
        }
    }

    /// Whether the record is of low confidence.
    pub(super) fn is_low(self, model: &Model) -> bool {
        match self {
            What::Team(t) => model[t].assurance.is_low(),
            What::Event(e) => model[e].assurance.is_low(),
        }
    }
}

/// A country that took part.
#[derive(Clone, Debug, Default)]
pub(super) struct Taking {
    /// Its agencies that took part, in model order.
    pub(super) agencies: Vec<AgencyRef>,
    /// The occasions it took part in (indices into [`Involved::occasions`]).
    pub(super) occasions: Vec<usize>,
    /// The step at which it first took part.
    pub(super) step: u32,
}

/// A body above countries that took part.
#[derive(Clone, Debug)]
pub(super) struct Body {
    /// The agency.
    pub(super) agency: AgencyRef,
    /// Its seat (latitude, longitude), if its record gives one.
    pub(super) seat: Option<(f64, f64)>,
    /// The occasions it took part in.
    pub(super) occasions: Vec<usize>,
    /// The step at which it first took part.
    pub(super) step: u32,
}

/// The link between two ends: every occasion that joined them.
#[derive(Clone, Debug)]
pub(super) struct Link {
    /// The ends, the lesser first.
    pub(super) ends: (End, End),
    /// The occasions, in time order.
    pub(super) occasions: Vec<usize>,
}

/// A place where events happened, with coordinates.
#[derive(Clone, Debug)]
pub(super) struct Spot {
    /// The name to write: the place as written, without its country code.
    pub(super) name: String,
    /// The country the place is in, if known.
    pub(super) country: Option<&'static str>,
    /// Latitude and longitude.
    pub(super) at: (f64, f64),
    /// The events there (indices into [`Involved::occasions`]).
    pub(super) occasions: Vec<usize>,
}

/// Everything the map draws, gathered from the model.
#[derive(Clone, Debug, Default)]
pub(super) struct Involved {
    /// Occasions of the window, in time order.
    pub(super) occasions: Vec<Occasion>,
    /// Countries that took part, by code.
    pub(super) countries: BTreeMap<&'static str, Taking>,
    /// Bodies above countries that took part, in model order.
    pub(super) bodies: Vec<Body>,
    /// Agencies of no country (`country` not given) that took part.
    pub(super) stateless: Vec<AgencyRef>,
    /// Links, ordered by their ends.
    pub(super) links: Vec<Link>,
    /// Places of events, in the order first written.
    pub(super) spots: Vec<Spot>,
}

impl Involved {
    /// Gathers what took part between `from` and `to` (either open), of
    /// the occasions whose period `keep` accepts.
    pub(super) fn of(
        model: &Model,
        from: Option<&PartialDate>,
        to: Option<&PartialDate>,
        keep: impl Fn(&Period) -> bool,
    ) -> Self {
        let mut occasions = occasions(model, from, to);
        occasions.retain(|o| keep(&o.period));
        number_steps(&mut occasions);
        let mut inv = Involved {
            occasions,
            ..Involved::default()
        };
        inv.gather_ends(model);
        inv.links = links(model, &inv);
        inv.spots = spots(model, &inv.occasions);
        inv
    }

    /// The end an agency is drawn at, if it has one on the map.
    pub(super) fn end_of(&self, model: &Model, a: AgencyRef) -> Option<End> {
        let c = model[a].country;
        if c.is_country() {
            Some(End::Country(c.code()))
        } else if c.is_supranational() {
            self.bodies
                .iter()
                .position(|b| b.agency == a)
                .map(End::Body)
        } else {
            None
        }
    }

    /// Counts every agency under its country, body or "no country".
    fn gather_ends(&mut self, model: &Model) {
        for (oi, o) in self.occasions.iter().enumerate() {
            for &a in &o.agencies {
                let c = model[a].country;
                if c.is_country() {
                    let t = self.countries.entry(c.code()).or_insert_with(|| Taking {
                        step: o.step,
                        ..Taking::default()
                    });
                    if !t.agencies.contains(&a) {
                        t.agencies.push(a);
                    }
                    if t.occasions.last() != Some(&oi) {
                        t.occasions.push(oi);
                    }
                    t.step = t.step.min(o.step);
                } else if c.is_supranational() {
                    let k = match self.bodies.iter().position(|b| b.agency == a) {
                        Some(k) => k,
                        None => {
                            self.bodies.push(Body {
                                agency: a,
                                seat: model[a].seat.as_ref().and_then(|p| p.at),
                                occasions: Vec::new(),
                                step: o.step,
                            });
                            self.bodies.len() - 1
                        }
                    };
                    let b = &mut self.bodies[k];
                    if b.occasions.last() != Some(&oi) {
                        b.occasions.push(oi);
                    }
                    b.step = b.step.min(o.step);
                } else if !self.stateless.contains(&a) {
                    self.stateless.push(a);
                }
            }
        }
        for t in self.countries.values_mut() {
            t.agencies.sort();
        }
        self.bodies.sort_by_key(|b| b.agency);
        self.stateless.sort();
    }
}

/// The teams and events of the window, with who took part, in time order.
fn occasions(model: &Model, from: Option<&PartialDate>, to: Option<&PartialDate>) -> Vec<Occasion> {
    let mut out = Vec::new();
    for (ti, t) in model.teams.iter().enumerate() {
        if !t.period().within(from, to) {
            continue;
        }
        let mut agencies: Vec<AgencyRef> = t
            .members
            .iter()
            .filter(|m| t.membership_period(m).within(from, to))
            .map(|m| m.agency)
            .collect();
        agencies.extend(t.hosted_by);
        push_occasion(&mut out, What::Team(TeamRef(ti)), t.period(), agencies);
    }
    for (ei, e) in model.events.iter().enumerate() {
        if e.period().within(from, to) {
            let agencies = e.participants.clone();
            push_occasion(&mut out, What::Event(EventRef(ei)), e.period(), agencies);
        }
    }
    out.sort_by_key(|o| o.period.sort_key());
    out
}

fn push_occasion(
    out: &mut Vec<Occasion>,
    what: What,
    period: Period,
    mut agencies: Vec<AgencyRef>,
) {
    let mut seen = Vec::with_capacity(agencies.len());
    agencies.retain(|a| {
        let new = !seen.contains(a);
        seen.push(*a);
        new
    });
    if !agencies.is_empty() {
        out.push(Occasion {
            what,
            period,
            agencies,
            step: 0,
        });
    }
}

/// Steps follow the distinct starts: occasions that begin on the same date
/// appear together.
fn number_steps(occasions: &mut [Occasion]) {
    let mut step = 0;
    let mut last = None;
    for o in occasions {
        let start = o.period.sort_key().0.zip(Some(o.period.start.latest()));
        if last != Some(start) {
            step += 1;
            last = Some(start);
        }
        o.step = step;
    }
}

/// Most ends an occasion links pair by pair; beyond, it is drawn as a star
/// from its hub, so a sixteen-country action day makes sixteen lines, not
/// a hundred and twenty.
pub(super) const PAIRWISE: usize = 3;

/// The links: for each occasion, the ends of those who took part, joined
/// pair by pair when they are few ([`PAIRWISE`]), else each to the
/// occasion's hub: the team's host, else the first body that took part,
/// else the first participant's end.
fn links(model: &Model, inv: &Involved) -> Vec<Link> {
    let mut by_pair: BTreeMap<(End, End), Vec<usize>> = BTreeMap::new();
    for (oi, o) in inv.occasions.iter().enumerate() {
        let mut ends: Vec<End> = Vec::new();
        for &a in &o.agencies {
            if let Some(e) = inv.end_of(model, a)
                && !ends.contains(&e)
            {
                ends.push(e);
            }
        }
        let mut add = |a: End, b: End| {
            if a != b {
                by_pair.entry((a.min(b), a.max(b))).or_default().push(oi);
            }
        };
        if ends.len() <= PAIRWISE {
            for (i, &a) in ends.iter().enumerate() {
                for &b in &ends[i + 1..] {
                    add(a, b);
                }
            }
        } else {
            let hub = hub_of(model, inv, o, &ends);
            for &e in &ends {
                add(hub, e);
            }
        }
    }
    by_pair
        .into_iter()
        .map(|(ends, occasions)| Link { ends, occasions })
        .collect()
}

/// Where an occasion of many ends is drawn from (see [`links`]).
fn hub_of(model: &Model, inv: &Involved, o: &Occasion, ends: &[End]) -> End {
    let host = match o.what {
        What::Team(t) => model[t].hosted_by.and_then(|h| inv.end_of(model, h)),
        What::Event(_) => None,
    };
    host.or_else(|| ends.iter().copied().find(|e| matches!(e, End::Body(_))))
        .unwrap_or(ends[0])
}

/// The places of the events shown that have coordinates, each once, with
/// the events there.
fn spots(model: &Model, occasions: &[Occasion]) -> Vec<Spot> {
    let mut out: Vec<Spot> = Vec::new();
    for (oi, o) in occasions.iter().enumerate() {
        let What::Event(e) = o.what else { continue };
        for p in &model[e].places {
            let Some(at) = p.at else { continue };
            let name = place_name(&p.name);
            match out.iter_mut().find(|s| {
                s.name == name && (s.at.0 - at.0).abs() < 1e-6 && (s.at.1 - at.1).abs() < 1e-6
            }) {
                Some(s) => {
                    if s.occasions.last() != Some(&oi) {
                        s.occasions.push(oi);
                    }
                }
                None => out.push(Spot {
                    name,
                    country: p.country.map(|c| c.code()),
                    at,
                    occasions: vec![oi],
                }),
            }
        }
    }
    out
}

/// `Marbella` for `Marbella, ES`: the country is shown by the map itself.
fn place_name(written: &str) -> String {
    match written.rsplit_once(',') {
        Some((name, code)) if code.trim().len() == 2 && !name.trim().is_empty() => {
            name.trim().to_string()
        }
        _ => written.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_lose_their_country_code_only() {
        assert_eq!(place_name("Marbella, ES"), "Marbella");
        assert_eq!(
            place_name("Rotterdam and The Hague, NL"),
            "Rotterdam and The Hague"
        );
        assert_eq!(place_name("Roubaix (Nord)"), "Roubaix (Nord)");
        assert_eq!(place_name("Washington, D.C."), "Washington, D.C.");
    }
}
