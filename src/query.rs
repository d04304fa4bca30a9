//! Answers about the cooperation graph, as aligned tables for people or stable JSON
//! for programs (documented in docs/graph.md).

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::graph::{CoopGraph, Link};
use crate::json::{
    HopJson, OutcomeTotalJson, PairJson, PartnerJson, RankJson, StatsJson, YearJson, json_occasion,
    json_span,
};
use crate::model::{Model, Number, Outcome, PartialDate};
use crate::suggest::did_you_mean;

/// Lays out rows as columns separated by two spaces, each as wide as its widest cell.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(width(c));
            }
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        let cells: Vec<&str> = cells.collect();
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            l.push_str(c);
            if i + 1 < cells.len() {
                l.push_str(&" ".repeat(widths[i] - width(c) + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&mut out, &mut header.iter().copied());
    for r in rows {
        line(&mut out, &mut r.iter().map(String::as_str));
    }
    out
}

fn last(l: &Link) -> String {
    l.last()
        .map_or_else(|| "open".to_string(), |d| d.to_string())
}

fn via_list(model: &Model, l: &Link) -> String {
    let mut ids: Vec<String> = Vec::new();
    for o in l.occasions() {
        let id = o.via.id(model).to_string();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.join(", ")
}

/// A node by its key (agency id, country code or kind), or a message with a suggestion.
pub fn find_node(model: &Model, g: &CoopGraph, key: &str) -> Result<NodeIndex, String> {
    let found = g
        .graph
        .node_indices()
        .find(|n| g.graph[*n].key(model).eq_ignore_ascii_case(key));
    found.ok_or_else(|| {
        let keys: Vec<&str> = g
            .graph
            .node_indices()
            .map(|n| g.graph[n].key(model))
            .collect();
        match did_you_mean(key, keys.iter().copied()) {
            Some(k) => format!("no node `{key}` in the graph; did you mean `{k}`?"),
            None => format!(
                "no node `{key}` in the graph; nodes are: {}",
                keys.join(", ")
            ),
        }
    })
}

/// Every cooperating pair, in graph order.
pub fn pairs(model: &Model, g: &CoopGraph) -> Vec<PairJson> {
    g.graph
        .edge_references()
        .map(|e| {
            let l = e.weight();
            PairJson {
                a: g.graph[e.source()].key(model).to_string(),
                b: g.graph[e.target()].key(model).to_string(),
                span: json_span(model, l),
            }
        })
        .collect()
}

/// `pairs` as a table.
pub fn pairs_table(model: &Model, g: &CoopGraph) -> String {
    let rows: Vec<Vec<String>> = g
        .graph
        .edge_references()
        .map(|e| {
            let l = e.weight();
            vec![
                g.graph[e.source()].key(model).to_string(),
                g.graph[e.target()].key(model).to_string(),
                l.first().to_string(),
                last(l),
                l.occasions().len().to_string(),
                via_list(model, l),
            ]
        })
        .collect();
    table(&["A", "B", "FIRST", "LAST", "OCCASIONS", "THROUGH"], &rows)
}

/// Everyone `node` cooperated with, by first cooperation, then id.
pub fn partners(model: &Model, g: &CoopGraph, node: NodeIndex) -> Vec<PartnerJson> {
    let mut out: Vec<(PartnerJson, (Option<chrono::NaiveDate>, chrono::NaiveDate))> = g
        .graph
        .edges(node)
        .map(|e| {
            let other = if e.source() == node {
                e.target()
            } else {
                e.source()
            };
            let l = e.weight();
            (
                PartnerJson {
                    id: g.graph[other].key(model).to_string(),
                    label: g.graph[other].label(model),
                    span: json_span(model, l),
                },
                (l.first().earliest(), l.first().latest()),
            )
        })
        .collect();
    out.sort_by(|a, b| (a.1, &a.0.id).cmp(&(b.1, &b.0.id)));
    out.into_iter().map(|(p, _)| p).collect()
}

/// `with` as a table.
pub fn partners_table(list: &[PartnerJson]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|p| {
            let mut through: Vec<&str> = Vec::new();
            for o in &p.span.occasions {
                if !through.contains(&o.id.as_str()) {
                    through.push(&o.id);
                }
            }
            vec![
                p.id.clone(),
                p.label.clone(),
                p.span.first.clone(),
                p.span.last.clone().unwrap_or_else(|| "open".into()),
                through.join(", "),
            ]
        })
        .collect();
    table(&["PARTNER", "NAME", "FIRST", "LAST", "THROUGH"], &rows)
}

/// The shortest chain of cooperation, each hop with its earliest occasion.
pub fn path(model: &Model, g: &CoopGraph, a: NodeIndex, b: NodeIndex) -> Option<Vec<HopJson>> {
    let nodes = g.shortest_path(a, b)?;
    Some(
        nodes
            .windows(2)
            .filter_map(|w| {
                let l = g.link(w[0], w[1])?;
                Some(HopJson {
                    from: g.graph[w[0]].key(model).to_string(),
                    to: g.graph[w[1]].key(model).to_string(),
                    occasion: json_occasion(model, &l.occasions()[0]),
                })
            })
            .collect(),
    )
}

/// `path` as a table.
pub fn path_table(hops: &[HopJson]) -> String {
    let rows: Vec<Vec<String>> = hops
        .iter()
        .map(|h| {
            let when = match &h.occasion.end {
                Some(e) if *e != h.occasion.start => format!("{} – {e}", h.occasion.start),
                Some(_) => h.occasion.start.clone(),
                None => format!("{} –", h.occasion.start),
            };
            vec![
                h.from.clone(),
                h.to.clone(),
                when,
                format!("{} {}", h.occasion.via, h.occasion.id),
            ]
        })
        .collect();
    table(&["FROM", "TO", "WHEN", "THROUGH"], &rows)
}

/// Counts, components, centrality and the busiest year.
pub fn stats(model: &Model, g: &CoopGraph) -> StatsJson {
    let degrees = g.degrees();
    let between = g.betweenness();
    let mut ranks: Vec<RankJson> = g
        .graph
        .node_indices()
        .map(|n| RankJson {
            id: g.graph[n].key(model).to_string(),
            degree: degrees[n.index()],
            betweenness: (between[n.index()] * 10_000.0).round() / 10_000.0,
        })
        .collect();
    ranks.sort_by(|a, b| {
        b.degree
            .cmp(&a.degree)
            .then(b.betweenness.total_cmp(&a.betweenness))
            .then(a.id.cmp(&b.id))
    });
    ranks.truncate(10);
    let busiest = g
        .occasions_by_year()
        .into_iter()
        .fold(None::<(i32, usize)>, |best, (y, n)| match best {
            Some((_, bn)) if bn >= n => best,
            _ => Some((y, n)),
        })
        .map(|(year, occasions)| YearJson { year, occasions });
    StatsJson {
        nodes: g.graph.node_count(),
        links: g.graph.edge_count(),
        occasions: g.occasion_count(),
        components: g.components().len(),
        most_connected: ranks,
        busiest_year: busiest,
    }
}

/// `stats` for people.
pub fn stats_text(s: &StatsJson) -> String {
    let mut out = table(
        &["NODES", "LINKS", "OCCASIONS", "COMPONENTS", "BUSIEST YEAR"],
        &[vec![
            s.nodes.to_string(),
            s.links.to_string(),
            s.occasions.to_string(),
            s.components.to_string(),
            s.busiest_year.as_ref().map_or("-".into(), |y| {
                format!("{} ({} occasions)", y.year, y.occasions)
            }),
        ]],
    );
    out.push('\n');
    let rows: Vec<Vec<String>> = s
        .most_connected
        .iter()
        .map(|r| {
            vec![
                r.id.clone(),
                r.degree.to_string(),
                format!("{:.3}", r.betweenness),
            ]
        })
        .collect();
    out.push_str(&table(
        &["MOST CONNECTED", "PARTNERS", "BETWEENNESS"],
        &rows,
    ));
    out
}

/// A sum being made: whole numbers exactly, fractions apart.
#[derive(Default)]
struct Sum {
    whole: i128,
    fraction: Option<f64>,
    through: Vec<String>,
}

impl Sum {
    fn add(&mut self, n: Number) {
        match n {
            Number::Int(i) => self.whole += i128::from(i),
            Number::Float(x) => *self.fraction.get_or_insert(0.0) += x,
        }
    }

    /// The total: whole while every part is, else with its fraction.
    fn total(&self) -> Number {
        match (self.fraction, i64::try_from(self.whole)) {
            (None, Ok(n)) => Number::Int(n),
            (f, _) => Number::Float(self.whole as f64 + f.unwrap_or(0.0)),
        }
    }
}

/// Every outcome of the events within `from`–`to` (as `--from` and `--to`
/// slice), totalled over the events that give it: counts with counts, each
/// unit apart (`cash` in EUR and in GBP are two totals), never two units in
/// one; a text is listed but not added. By name, then counts, amounts by
/// unit, texts. Nothing else in coopline adds outcomes up.
pub fn outcome_totals(
    model: &Model,
    from: Option<&PartialDate>,
    to: Option<&PartialDate>,
) -> Vec<OutcomeTotalJson> {
    // (name, 0 count | 1 amount | 2 text, unit) → the sum.
    let mut sums: std::collections::BTreeMap<(&str, u8, &str), Sum> = Default::default();
    for e in model.events.iter().filter(|e| e.period().within(from, to)) {
        for (name, value) in &e.outcomes {
            let (key, number) = match value {
                Outcome::Int(i) => ((name.as_str(), 0, ""), Some(Number::Int(*i))),
                Outcome::Float(x) => ((name.as_str(), 0, ""), Some(Number::Float(*x))),
                Outcome::Amount(a) => ((name.as_str(), 1, a.unit.as_str()), Some(a.number)),
                Outcome::Text(_) => ((name.as_str(), 2, ""), None),
            };
            let sum = sums.entry(key).or_default();
            if let Some(n) = number {
                sum.add(n);
            }
            sum.through.push(e.id.to_string());
        }
    }
    sums.into_iter()
        .map(|((name, kind, unit), sum)| OutcomeTotalJson {
            name: name.to_string(),
            kind: ["count", "amount", "text"][usize::from(kind)],
            unit: (kind == 1).then(|| unit.to_string()),
            total: (kind < 2).then(|| match sum.total() {
                Number::Int(n) => serde_json::Value::from(n),
                Number::Float(x) => serde_json::Value::from(x),
            }),
            events: sum.through.len(),
            through: sum.through,
        })
        .collect()
}

/// `outcomes` for people: each total as the views write outcomes
/// (`EUR 145,000`), with the events it comes from.
pub fn outcome_totals_table(totals: &[OutcomeTotalJson]) -> String {
    let rows: Vec<Vec<String>> = totals
        .iter()
        .map(|t| {
            let number = t.total.as_ref().and_then(|v| match v.as_i64() {
                Some(n) => Some(Number::Int(n)),
                None => v.as_f64().map(Number::Float),
            });
            let total = match (number, &t.unit) {
                (None, _) => "(text, not added)".to_string(),
                (Some(n), None) => Outcome::from(n).to_string(),
                (Some(n), Some(unit)) => crate::model::Amount {
                    number: n,
                    unit: unit.clone(),
                }
                .to_string(),
            };
            vec![
                t.name.replace('_', " "),
                total,
                t.events.to_string(),
                t.through.join(", "),
            ]
        })
        .collect();
    let mut out = table(&["OUTCOME", "TOTAL", "EVENTS", "THROUGH"], &rows);
    if totals.is_empty() {
        out.push_str("no event in the dataset (or the slice) gives an outcome\n");
    } else {
        out.push_str("\nEach total adds what its events report, one unit at a time: a figure reported\nagain in a later summary is counted twice.\n");
    }
    out
}
