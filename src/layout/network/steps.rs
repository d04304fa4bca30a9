//! A step-by-step build of the network (`--steps`): one frame per date at
//! which cooperation begins; nodes, hubs and links appear with their first
//! occasion, in the places they have in the full picture.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use petgraph::visit::EdgeRef;

use super::affiliation::HubOf;
use super::facets::Frame;
use crate::scene::{Scene, Shape};

/// Gives the items of one panel (`items`) the step of the date their node,
/// hub or link first appears, counted over every date at which something
/// appears; items that stand for nothing dated (a panel's year) show in every
/// frame.
pub(super) fn assign_steps(scene: &mut Scene, items: Range<usize>, frame: &Frame) {
    let (model, g) = (frame.model, frame.g);
    let count = frame.circles.pos.len();
    let mut first: Vec<Option<NaiveDate>> = vec![None; count];
    let mut lines: HashMap<String, NaiveDate> = HashMap::new();
    let earlier = |slot: &mut Option<NaiveDate>, d: NaiveDate| {
        *slot = Some(slot.map_or(d, |s| s.min(d)));
    };
    match frame.hubs {
        None => {
            for e in g.graph.edge_references() {
                // The earliest day any occasion names; a date known only as
                // "on or before" counts from the day it names.
                let Some(d) = e
                    .weight()
                    .occasions()
                    .iter()
                    .map(|o| o.period.start.first_day())
                    .min()
                else {
                    continue;
                };
                let (a, b) = (e.source().index(), e.target().index());
                earlier(&mut first[a], d);
                earlier(&mut first[b], d);
                let record = format!("{}--{}", frame.text(a).record, frame.text(b).record);
                lines.insert(record, d);
            }
        }
        Some(hubs) => {
            for (k, hub) in hubs.hubs.iter().enumerate() {
                let start = match hub.of {
                    HubOf::Team(t) => model[t].start,
                    HubOf::Event(e) => model[e].period().start,
                };
                first[hubs.node(k)] = Some(start.first_day());
            }
            for &(a, b, _) in &frame.ties {
                // A tie appears with its hub; between two hubs (an event and
                // its team) with the later of them. An agency appears with its
                // first tie.
                let hub_date = |i: usize| hubs.hub_at(i).and(first[i]);
                let d = match (hub_date(a), hub_date(b)) {
                    (Some(x), Some(y)) => x.max(y),
                    (x, y) => x.or(y).unwrap_or(NaiveDate::MIN),
                };
                for end in [a, b] {
                    if hubs.hub_at(end).is_none() {
                        earlier(&mut first[end], d);
                    }
                }
                let record = format!("{}--{}", frame.text(a).record, frame.text(b).record);
                lines.insert(record, d);
            }
        }
    }
    let mut dates: Vec<NaiveDate> = first.iter().flatten().copied().collect();
    dates.extend(lines.values().copied());
    dates.sort_unstable();
    dates.dedup();
    let step = |d: NaiveDate| dates.partition_point(|x| *x < d) as u32 + 1;
    let nodes: HashMap<String, u32> = (0..count)
        .filter_map(|i| Some((frame.text(i).record, step(first[i]?))))
        .collect();
    // A bundle of links stands for no one link: it appears with the full picture.
    let last = dates.len() as u32;
    for item in &mut scene.items[items] {
        let Some(record) = item.record.as_deref() else {
            if matches!(item.shape, Shape::Line { .. }) && item.tooltip.is_some() {
                item.step = Some(last.max(1));
            }
            continue;
        };
        item.step = match item.shape {
            Shape::Line { .. } => lines.get(record).map(|d| step(*d)),
            _ => nodes.get(record).copied(),
        };
    }
}
