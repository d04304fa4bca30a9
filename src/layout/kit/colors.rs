//! One colour per country, kind and team, the same in every view.
//!
//! A country's hue is fixed by its code ([`slot`]), so France is the same cyan
//! in the timeline, the storyline and the network of every dataset, at every
//! size; themes move only its lightness. Nine hues cannot tell thirty
//! countries apart, so in one dataset the countries take their hue in order of
//! how much they cooperate, and a country whose hue a busier one already holds
//! is drawn in the theme's neutral "other countries" colour, with its code
//! written beside its marks. A dataset's `style: {colors: ...}` overrides any
//! of this.

use std::collections::BTreeMap;

use crate::model::{AgencyKind, Model, TeamRef};
use crate::style::{CATEGORICAL, Color, Theme};

/// The hue slot (an index into [`CATEGORICAL`]) of countries that cooperate
/// often, chosen so that neighbours and the usual partners of cross-border
/// cases differ. Slots: 0 indigo, 1 cyan, 2 teal, 3 green, 4 olive, 5 sand,
/// 6 rose, 7 wine, 8 purple.
const SLOTS: &[(&str, usize)] = &[
    ("AE", 2),
    ("AL", 6),
    ("AT", 6),
    ("AU", 5),
    ("BA", 3),
    ("BE", 7),
    ("BG", 6),
    ("BR", 3),
    ("CA", 6),
    ("CH", 2),
    ("CO", 5),
    ("CY", 4),
    ("CZ", 1),
    ("DE", 4),
    ("DK", 6),
    ("EE", 1),
    ("ES", 6),
    ("EU", 0),
    ("FI", 8),
    ("FR", 1),
    ("GB", 2),
    ("GR", 1),
    ("HR", 1),
    ("HU", 5),
    ("IE", 3),
    ("INT", 2),
    ("IT", 3),
    ("LT", 2),
    ("LU", 6),
    ("LV", 7),
    ("MA", 3),
    ("MD", 4),
    ("ME", 2),
    ("MK", 8),
    ("MT", 7),
    ("NL", 5),
    ("NO", 7),
    ("PL", 8),
    ("PT", 3),
    ("RO", 2),
    ("RS", 7),
    ("SE", 5),
    ("SI", 7),
    ("SK", 3),
    ("TR", 7),
    ("UA", 5),
    ("US", 8),
];

/// The hue slot of a country code: from [`SLOTS`], else from the code's letters,
/// so that every code has one slot on every machine.
pub fn slot(code: &str) -> usize {
    match SLOTS.binary_search_by(|(c, _)| (*c).cmp(code)) {
        Ok(i) => SLOTS[i].1,
        Err(_) => code.bytes().map(usize::from).sum::<usize>() % CATEGORICAL.len(),
    }
}

/// The hue slot of an agency kind: the nine kinds of the state and of the
/// private sector have a hue each; `ngo` and `other`, one more than the
/// palette holds, are drawn neutral.
fn kind_slot(k: AgencyKind) -> Option<usize> {
    (!matches!(k, AgencyKind::Other | AgencyKind::Ngo)).then(|| {
        AgencyKind::ALL
            .iter()
            .position(|(kind, _)| *kind == k)
            .unwrap_or(0)
            % CATEGORICAL.len()
    })
}

/// The colours of one dataset in one theme.
#[derive(Clone, Debug)]
pub struct Colors {
    /// Countries with a colour of their own; every other country is
    /// [`Theme::other`].
    countries: BTreeMap<&'static str, Color>,
    other: Color,
    kinds: Vec<Color>,
    teams: Vec<Color>,
}

/// A country's colour in a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Swatch {
    /// The colour to draw its marks in.
    pub color: Color,
    /// False for the shared "other countries" colour: then the marks must
    /// also carry the country's code.
    pub own: bool,
}

impl Colors {
    /// Guarantees: no two countries share a colour of their own (unless the
    /// dataset's `style: colors` gives them the same); a country's colour is the
    /// toned hue of its code's slot or the dataset's own, whichever view asks.
    pub fn new(model: &Model, theme: &Theme) -> Colors {
        // How much each country cooperates: memberships and participations.
        let mut weight: BTreeMap<&'static str, usize> = BTreeMap::new();
        for a in &model.agencies {
            weight.entry(a.country.code()).or_default();
        }
        let mut count = |a: crate::model::AgencyRef| {
            *weight.entry(model[a].country.code()).or_default() += 1;
        };
        for t in &model.teams {
            t.members.iter().for_each(|m| count(m.agency));
        }
        for e in &model.events {
            e.participants.iter().copied().for_each(&mut count);
        }
        let own = |key: &str| {
            model
                .style
                .colors
                .iter()
                .find(|(k, _)| k.as_str() == key)
                .map(|(_, c)| theme.tone(*c))
        };
        let mut ranked: Vec<(&'static str, usize)> = weight.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut taken = [false; CATEGORICAL.len()];
        // Slots in the order countries took them, busiest first.
        let mut holders = Vec::new();
        let mut countries = BTreeMap::new();
        for (code, _) in ranked {
            // Partners with no country given share the neutral colour.
            if code == crate::model::Country::NONE.code() {
                continue;
            }
            if let Some(c) = own(code) {
                countries.insert(code, c);
                continue;
            }
            let s = slot(code);
            if !taken[s] {
                taken[s] = true;
                holders.push(s);
                countries.insert(code, theme.palette[s]);
            }
        }
        let kinds = AgencyKind::ALL
            .iter()
            .map(|(k, name)| {
                own(name).unwrap_or_else(|| match kind_slot(*k) {
                    Some(s) => theme.palette[s],
                    None => theme.other,
                })
            })
            .collect();
        // Teams take the hues no country of the dataset holds, so that a team's
        // bar never seems to belong to a country drawn in the same hue; then the
        // hues of the quietest countries, so that no two teams share one while
        // there are hues to go round.
        let mut order: Vec<usize> = (0..CATEGORICAL.len()).filter(|s| !taken[*s]).collect();
        order.extend(holders.iter().rev());
        let teams = model
            .teams
            .iter()
            .enumerate()
            .map(|(i, t)| {
                own(t.id.as_str()).unwrap_or_else(|| match order.get(i % order.len().max(1)) {
                    Some(s) => theme.palette[*s],
                    None => theme.color(i),
                })
            })
            .collect();
        Colors {
            countries,
            other: theme.other,
            kinds,
            teams,
        }
    }

    /// The colour of the country with this code.
    pub fn country(&self, code: &str) -> Swatch {
        // A partner with no country has no code to write beside it: it is
        // named, in the neutral colour.
        if code == crate::model::Country::NONE.code() {
            return Swatch {
                color: self.other,
                own: true,
            };
        }
        match self.countries.get(code) {
            Some(c) => Swatch {
                color: *c,
                own: true,
            },
            None => Swatch {
                color: self.other,
                own: false,
            },
        }
    }

    /// The colour of an agency kind.
    pub fn kind(&self, k: AgencyKind) -> Color {
        let i = AgencyKind::ALL
            .iter()
            .position(|(kind, _)| *kind == k)
            .unwrap_or(0);
        self.kinds[i]
    }

    /// The colour of a team: its own from the dataset's style, else a hue no
    /// country holds, in the model's order, so a team keeps its colour whatever
    /// window of time or view shows it.
    pub fn team(&self, t: TeamRef) -> Color {
        self.teams.get(t.0).copied().unwrap_or(self.other)
    }

    /// The shared colour of countries without one of their own.
    pub fn other(&self) -> Color {
        self.other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_sorted_and_in_range() {
        assert!(SLOTS.windows(2).all(|w| w[0].0 < w[1].0), "binary search");
        assert!(SLOTS.iter().all(|(_, s)| *s < CATEGORICAL.len()));
        assert!(slot("ZZ") < CATEGORICAL.len());
    }

    #[test]
    fn the_usual_partners_of_european_cases_have_different_hues() {
        let core = ["EU", "FR", "GB", "IT", "DE", "NL", "ES", "BE", "US"];
        let mut seen: Vec<usize> = core.iter().map(|c| slot(c)).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), core.len());
        // Neighbours that often meet in one case.
        for (a, b) in [
            ("NL", "BE"),
            ("FR", "BE"),
            ("DE", "PL"),
            ("LT", "LV"),
            ("LT", "PL"),
            ("ES", "PT"),
            ("DE", "AT"),
            ("FR", "ES"),
            ("IT", "SI"),
        ] {
            assert_ne!(slot(a), slot(b), "{a} and {b}");
        }
    }
}
