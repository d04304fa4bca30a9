//! A small dataset for the tests of the view's steps.

use crate::graph::{CoopGraph, build_graph};
use crate::model::Model;

/// Four agencies in three countries: a and b in a team from 2019 to mid-2022
/// hosted by h, and a meeting c at an event in 2020.
const SMALL: &str = "
agencies:
  - {id: a, name: Agency A, country: NL, kind: police}
  - {id: b, name: Agency B, country: FR, kind: police}
  - {id: c, name: Agency C, country: FR, kind: prosecution}
  - {id: h, name: Agency H, country: EU, kind: eu-agency}
teams:
  - id: t
    name: Team T
    kind: jit
    hosted_by: h
    start: 2019-03
    end: 2022-06
    members: [a, b]
events:
  - {id: e, name: Event E, date: 2020-05-04, participants: [a, c]}
";

/// The small dataset and its graph of agencies.
pub(super) fn small() -> (Model, CoopGraph) {
    let mut s = crate::source::SourceSet::new();
    s.add("small.yaml", SMALL);
    let model = crate::check(&s).expect("valid fixture").model;
    let g = build_graph(&model);
    (model, g)
}
