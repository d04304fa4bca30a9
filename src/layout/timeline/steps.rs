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
    /// order in the model); a team appears with the first event on or after its
    /// start, or with the last one if none is.
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
        let count = order.len() as u32;
        let mut event = vec![None; model.events.len()];
        for (i, (_, _, e)) in order.iter().enumerate() {
            event[e.0] = Some(i as u32 + 1);
        }
        let team = shown
            .teams
            .iter()
            .map(|&t| {
                let start = model[t].start.first_day();
                let before = order.partition_point(|(first, _, _)| *first < start) as u32;
                (model[t].id.as_str(), (before + 1).min(count.max(1)))
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
}
