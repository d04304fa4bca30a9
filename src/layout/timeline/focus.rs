//! Who is in focus: the one step of the timeline that builds the cooperation graph.

use super::TimelineOptions;
use crate::graph::{Actor, build_graph};
use crate::model::{AgencyRef, EventRef, Model, TeamRef};

/// The agency asked to be in focus and the circle drawn at full strength with it.
#[derive(Clone, Debug, Default)]
pub(super) struct Focus {
    /// The agency asked for.
    agency: Option<AgencyRef>,
    /// It and every agency it cooperated with in the window; `None` without focus.
    circle: Option<Vec<AgencyRef>>,
}

/// Builds the graph of the window (only when a focus is asked for) to find the
/// focus agency's partners. Guarantees: without focus everything is in focus;
/// with it, exactly the agency and its neighbours in the window are.
pub(super) fn focus_circle(model: &Model, opts: &TimelineOptions) -> Focus {
    let circle = opts.focus.map(|f| {
        let g = build_graph(model).slice(opts.from.as_ref(), opts.to.as_ref());
        let mut set = vec![f];
        if let Some(n) = g.node(Actor::Agency(f)) {
            for nb in g.graph.neighbors(n) {
                if let Actor::Agency(a) = g.graph[nb] {
                    set.push(a);
                }
            }
        }
        set
    });
    Focus {
        agency: opts.focus,
        circle,
    }
}

impl Focus {
    /// The agency's lane is drawn at full strength.
    pub(super) fn agency(&self, a: AgencyRef) -> bool {
        self.circle.as_ref().is_none_or(|s| s.contains(&a))
    }

    /// The focus agency took part in the event.
    pub(super) fn event(&self, model: &Model, e: EventRef) -> bool {
        match self.agency {
            None => true,
            Some(f) => model[e].participants.contains(&f),
        }
    }

    /// The focus agency is a member or the host of the team.
    pub(super) fn team(&self, model: &Model, t: TeamRef) -> bool {
        match self.agency {
            None => true,
            Some(f) => {
                model[t].members.iter().any(|mb| mb.agency == f) || model[t].hosted_by == Some(f)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, agency, event, load};
    use super::*;

    #[test]
    fn without_focus_everyone_is_in_focus() {
        let model = load(CASE);
        let f = focus_circle(&model, &TimelineOptions::default());
        assert!((0..model.agencies.len()).all(|a| f.agency(AgencyRef(a))));
        assert!((0..model.events.len()).all(|e| f.event(&model, EventRef(e))));
    }

    #[test]
    fn focus_reaches_partners_and_not_strangers() {
        let model = load(CASE);
        let opts = TimelineOptions {
            focus: Some(agency(&model, "fr-police")),
            ..TimelineOptions::default()
        };
        let f = focus_circle(&model, &opts);
        assert!(f.agency(agency(&model, "fr-police")));
        assert!(f.agency(agency(&model, "nl-police")), "a team partner");
        assert!(
            !f.agency(agency(&model, "de-customs")),
            "never worked with it"
        );
        assert!(!f.event(&model, event(&model, "customs-raid")));
        assert!(f.event(&model, event(&model, "takedown")));
    }
}
