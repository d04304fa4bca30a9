//! A small case for the steps' tests: two countries' police in two teams, an EU
//! host, a customs agency that works alone, one legal milestone.

use crate::model::{AgencyRef, EventRef, Model, TeamRef};
use crate::scene::{Scene, Shape};

pub(super) const CASE: &str = r#"
title: Small case
sources:
  - {id: s1, title: "A report on the case", publisher: Europol, date: 2021-03-01, url: "https://example.org/r"}
  - {id: s2, title: "A second report", publisher: Eurojust}
agencies:
  - {id: europol, name: Europol, country: EU, kind: eu-agency}
  - {id: fr-police, name: French police, country: FR, kind: police, sources: [s1]}
  - {id: nl-police, name: Dutch police, country: NL, kind: police}
  - {id: nl-om, name: Dutch prosecutors, country: NL, kind: prosecution}
  - {id: de-customs, name: German customs, country: DE, kind: customs}
teams:
  - id: jit-a
    name: Joint investigation team A
    kind: jit
    hosted_by: europol
    start: 2020-03-15
    end: 2021-06
    members: [fr-police, nl-police]
    sources: [s1]
  - id: team-b
    name: Team B
    kind: task-force
    start: 2020-09
    members: [fr-police, nl-om]
events:
  - {id: arrests, name: Arrests in Lille and Rotterdam, date: 2020-11-04, participants: [fr-police, nl-police], sources: [s1]}
  - {id: customs-raid, name: Customs raid, date: 2021-02, participants: [de-customs], sources: [s2]}
  - {id: takedown, name: Takedown, date: 2021-05-20, participants: [fr-police]}
context:
  - {id: reg, name: "Regulation 2016/794", kind: regulation, date: 2020-06-11}
"#;

/// The dataset, checked; the test fails with the report if it is invalid.
pub(super) fn load(yaml: &str) -> Model {
    let mut s = crate::source::SourceSet::new();
    s.add("t.yaml", yaml);
    crate::check(&s)
        .map(|c| c.model)
        .unwrap_or_else(|d| panic!("{}", crate::diag::render_all(&d, &s, false)))
}

pub(super) fn agency(model: &Model, id: &str) -> AgencyRef {
    AgencyRef(
        model
            .agencies
            .iter()
            .position(|a| a.id.as_str() == id)
            .unwrap(),
    )
}

pub(super) fn team(model: &Model, id: &str) -> TeamRef {
    TeamRef(
        model
            .teams
            .iter()
            .position(|t| t.id.as_str() == id)
            .unwrap(),
    )
}

pub(super) fn event(model: &Model, id: &str) -> EventRef {
    EventRef(
        model
            .events
            .iter()
            .position(|e| e.id.as_str() == id)
            .unwrap(),
    )
}

/// Every text item of the scene, in drawing order.
pub(super) fn texts(scene: &Scene) -> Vec<String> {
    scene
        .items
        .iter()
        .filter_map(|it| match &it.shape {
            Shape::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}
