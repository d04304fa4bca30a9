//! Step-by-step builds: events appear one at a time in date order, each team with
//! the first event on or after its start.

use rustc_hash::FxHashMap;

use super::lanes::Shown;
use crate::model::{EventRef, Model};
use crate::scene::Scene;

/// Each shown event's step and each shown team's.
pub(super) struct Steps<'m> {
    /// By event index; `None` for events not shown.
    event: Vec<Option<u32>>,
    /// By team id (the record its items carry).
    team: FxHashMap<&'m str, u32>,
    count: u32,
}

impl<'m> Steps<'m> {
    /// Guarantees: events are numbered 1, 2, … by start date (then end, then
    /// order in the model), events of the same start and end sharing a number;
    /// a team appears with the first event on or after its start, or with the
    /// last one if none is.
    pub(super) fn new(model: &'m Model, shown: &Shown) -> Steps<'m> {
        let mut order: Vec<_> = shown
            .events
            .iter()
            .map(|e| {
                let p = shown.periods[e.0];
                (p.start.first_day(), p.end.map(|d| d.last_day()), *e)
            })
            .collect();
        order.sort_unstable();
        // Events of one date (an action day's arrests and seizures) share a
        // step: a frame each would add a mark at a time to the same moment.
        let mut step_of: Vec<u32> = Vec::with_capacity(order.len());
        for (i, (first, end, _)) in order.iter().enumerate() {
            let same = i > 0 && (order[i - 1].0, order[i - 1].1) == (*first, *end);
            let prev = step_of.last().copied().unwrap_or(0);
            step_of.push(if same { prev } else { prev + 1 });
        }
        let count = step_of.last().copied().unwrap_or(0);
        let mut event = vec![None; model.events.len()];
        for ((_, _, e), k) in order.iter().zip(&step_of) {
            event[e.0] = Some(*k);
        }
        let team = shown
            .teams
            .iter()
            .map(|&t| {
                let start = model[t].start.first_day();
                let before = order.partition_point(|(first, _, _)| *first < start);
                let k = step_of.get(before).copied().unwrap_or(count).max(1);
                (model[t].id.as_str(), k)
            })
            .collect();
        Steps { event, team, count }
    }

    /// The event's step.
    pub(super) fn event(&self, e: EventRef) -> Option<u32> {
        self.event[e.0]
    }

    /// Gives the items drawn for teams (bars, labels, a team's lane) their team's
    /// step; items with a step already (the events') keep it. Nothing changes
    /// without events.
    pub(super) fn apply_to_teams(&self, scene: &mut Scene) {
        if self.count == 0 {
            return;
        }
        for item in &mut scene.items {
            if item.step.is_none() {
                item.step = item
                    .record
                    .as_deref()
                    .and_then(|r| self.team.get(r).copied());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::TimelineOptions;
    use super::super::fixture::{CASE, event, load};
    use super::*;

    #[test]
    fn events_appear_in_date_order_and_teams_with_their_first_event() {
        let model = load(CASE);
        let shown = Shown::new(&model, &TimelineOptions::default());
        let steps = Steps::new(&model, &shown);
        assert_eq!(steps.event(event(&model, "arrests")), Some(1));
        assert_eq!(steps.event(event(&model, "customs-raid")), Some(2));
        assert_eq!(steps.event(event(&model, "takedown")), Some(3));
        // Both teams start before the arrests: they are there from the first step.
        assert_eq!(steps.team.get("jit-a"), Some(&1));
        assert_eq!(steps.team.get("team-b"), Some(&1));
    }

    #[test]
    fn events_of_one_date_appear_together() {
        let model = load(
            "agencies:\n  - {id: a, name: A, country: FR, kind: police}\nteams:\n  - {id: t, name: T, kind: jit, start: 2024-12-03, members: [a]}\nevents:\n  - {id: raid, name: R, date: 2024-12-03, participants: [a]}\n  - {id: early, name: E, date: 2024-01, participants: [a]}\n  - {id: arrests, name: A, date: 2024-12-03, participants: [a]}\n  - {id: later, name: L, date: 2025, participants: [a]}\n",
        );
        let shown = Shown::new(&model, &TimelineOptions::default());
        let steps = Steps::new(&model, &shown);
        let of = |id| steps.event(event(&model, id));
        assert_eq!(
            [of("early"), of("raid"), of("arrests"), of("later")],
            [Some(1), Some(2), Some(2), Some(3)]
        );
        assert_eq!(steps.count, 3);
        assert_eq!(steps.team.get("t"), Some(&2));
    }
}
