//! `coopline query`: who cooperated with whom, and when, as a table or JSON.

use coopline::graph::CoopGraph;
use coopline::model::Model;
use coopline::query;

use crate::cli::{Input, Question, Slice};
use crate::dataset::with_graph;
use crate::output::out;
use crate::{Fail, Outcome};

/// Answers `question` on the graph of `input` within `slice`.
pub fn query(input: &Input, slice: &Slice, question: &Question, as_json: bool) -> Outcome {
    with_graph(input, slice, |model, g, _| ask(model, g, question, as_json))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

fn ask(model: &Model, g: &CoopGraph, question: &Question, as_json: bool) -> Outcome {
    let node = |key: &str| {
        query::find_node(model, g, key).map_err(|e| {
            errln!("error: {e}");
            Fail::Usage
        })
    };
    match question {
        Question::Pairs => out(&if as_json {
            json(&query::pairs(model, g))
        } else {
            query::pairs_table(model, g)
        }),
        Question::With { id } => {
            let list = query::partners(model, g, node(id)?);
            out(&if as_json {
                json(&list)
            } else {
                query::partners_table(&list)
            })
        }
        Question::Path { from_id, to_id } => {
            let (a, b) = (node(from_id), node(to_id));
            let hops = query::path(model, g, a?, b?);
            match (hops, as_json) {
                (hops, true) => out(&json(&hops)),
                (Some(h), false) => out(&query::path_table(&h)),
                (None, false) => out(&format!(
                    "no chain of cooperation links {from_id} and {to_id}\n"
                )),
            }
        }
        Question::Stats => {
            let s = query::stats(model, g);
            out(&if as_json {
                json(&s)
            } else {
                query::stats_text(&s)
            })
        }
    }
}
