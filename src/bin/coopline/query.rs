//! `coopline query`: who cooperated with whom, and when, as a table or JSON.

use coopline::{CoopGraph, Model};

use crate::cli::{Input, Question, Slice};
use crate::dataset::with_graph;
use crate::output::out;
use crate::{Fail, Outcome};

/// Answers `question` on the graph of `input` within `slice`.
pub fn query(input: &Input, slice: &Slice, question: &Question, as_json: bool) -> Outcome {
    with_graph(input, slice, None, |model, g, _| {
        ask(model, g, question, as_json)
    })
}

fn json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

fn ask(model: &Model, g: &CoopGraph, question: &Question, as_json: bool) -> Outcome {
    let node = |key: &str| {
        coopline::find_node(model, g, key).map_err(|e| {
            errln!("error: {e}");
            Fail::Usage
        })
    };
    match question {
        Question::Pairs => out(&if as_json {
            json(&coopline::pairs(model, g))
        } else {
            coopline::pairs_table(model, g)
        }),
        Question::With { id } => {
            let list = coopline::partners(model, g, node(id)?);
            out(&if as_json {
                json(&list)
            } else {
                coopline::partners_table(&list)
            })
        }
        Question::Path { from_id, to_id } => {
            let (a, b) = (node(from_id), node(to_id));
            let hops = coopline::path(model, g, a?, b?);
            match (hops, as_json) {
                (hops, true) => out(&json(&hops)),
                (Some(h), false) => out(&coopline::path_table(&h)),
                (None, false) => out(&format!(
                    "no chain of cooperation links {from_id} and {to_id}\n"
                )),
            }
        }
        Question::Outcomes => {
            let (from, to) = g.window();
            let totals = coopline::outcome_totals(model, from, to);
            out(&if as_json {
                json(&totals)
            } else {
                coopline::outcome_totals_table(&totals)
            })
        }
        Question::Stats => {
            let s = coopline::stats(model, g);
            out(&if as_json {
                json(&s)
            } else {
                coopline::stats_text(&s)
            })
        }
    }
}
