//! The network seen through [`View`]: the graph of the time window and
//! grouping asked for, the centre looked up, the shared [`Options`] turned
//! into [`NetworkOptions`].

use crate::graph::build_graph_in;
use crate::layout::view::{ColorBy, Facet, NetMode, OptionError, Options, Setting, View};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::{NetColor, NetworkOptions, layout_network};

/// Who worked with whom: agencies, countries or kinds as nodes, cooperation as links.
pub struct Network;

impl View for Network {
    fn name(&self) -> &'static str {
        "network"
    }

    fn about(&self) -> &'static str {
        "who worked with whom: nodes linked by shared teams and events, or to them"
    }

    fn reads(&self) -> &'static [Setting] {
        &[
            Setting::By,
            Setting::Color,
            Setting::Center,
            Setting::Facet,
            Setting::Mode,
            Setting::Links,
            Setting::Stats,
        ]
    }

    fn draw(
        &self,
        model: &Model,
        opts: &Options,
        m: &dyn TextMeasure,
    ) -> Result<(Scene, Option<String>), OptionError> {
        let mut g = build_graph_in(model, opts.from.as_ref(), opts.to.as_ref(), opts.by);
        if let Some(c) = &opts.center {
            crate::query::find_node(model, &g, c).map_err(OptionError::UnknownCenter)?;
        } else if opts.from.is_some() || opts.to.is_some() {
            // Who cooperated in the time asked for: an agency with no link
            // then is not drawn (the centre asked for always is).
            g = g.without_isolated();
        }
        let nopts = NetworkOptions {
            color: match opts.color {
                ColorBy::Country => NetColor::Country,
                ColorBy::Kind => NetColor::Kind,
            },
            center: opts.center.clone(),
            facet_years: opts.facet == Some(Facet::Year),
            mode: opts.mode,
            links: opts.links,
            width: opts.width(),
            height: match opts.size {
                crate::layout::Size::Fixed { height, .. } => Some(height),
                _ => None,
            },
            theme: opts.theme.clone(),
            title: opts.title.clone(),
            stats: opts.stats,
            steps: opts.steps,
            page: opts.page,
            ..NetworkOptions::default()
        };
        let (scene, st) = layout_network(model, &g, m, &nopts);
        let stats = opts.stats.then(|| {
            let (hubs, mode) = match st.mode {
                NetMode::Affiliation => (format!(" ({} teams and events)", st.hubs), "affiliation"),
                NetMode::Agencies => (String::new(), "agencies"),
            };
            format!(
                "edge crossings {}, normalised stress {:.4}, {} nodes{hubs}, {} edges, {mode} mode",
                st.crossings, st.stress, st.nodes, st.edges
            )
        });
        Ok((scene, stats))
    }
}
