//! The bundled views, seen through [`View`]: each turns the shared [`Options`]
//! into its own and lays out.

use crate::graph::{Grouping, build_graph_in};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::view::{ColorBy, Facet, OptionError, Options, View};
use super::{
    NetColor, NetworkOptions, StoryBy, StoryColor, StorylineOptions, TimelineOptions,
    layout_network, layout_storyline, layout_timeline,
};

/// Lanes over time: who took part in which team and event, when.
pub struct Timeline;

impl View for Timeline {
    fn name(&self) -> &'static str {
        "timeline"
    }

    fn about(&self) -> &'static str {
        "lanes over time: teams as bars, events as marks"
    }

    fn draw(
        &self,
        model: &Model,
        opts: &Options,
        m: &dyn TextMeasure,
    ) -> Result<(Scene, Option<String>), OptionError> {
        let focus = match &opts.focus {
            None => None,
            Some(id) => Some(model.agency(id).ok_or_else(|| {
                let ids = model.agencies.iter().map(|a| a.id.as_str());
                OptionError::UnknownAgency {
                    id: id.clone(),
                    suggestion: crate::suggest::did_you_mean(id, ids).map(str::to_string),
                }
            })?),
        };
        let topts = TimelineOptions {
            lanes: opts.lanes,
            from: opts.from,
            to: opts.to,
            focus,
            size: opts.size,
            theme: opts.theme.clone(),
            title: opts.title.clone(),
            subtitle: opts.subtitle.clone(),
            caption: opts.caption.clone(),
            context: opts.context,
        };
        Ok((layout_timeline(model, m, &topts), None))
    }
}

/// One line per agency or country, drawn together while they work together.
pub struct Storyline;

impl View for Storyline {
    fn name(&self) -> &'static str {
        "storyline"
    }

    fn about(&self) -> &'static str {
        "one line per agency or country, running together while they cooperate"
    }

    fn draw(
        &self,
        model: &Model,
        opts: &Options,
        m: &dyn TextMeasure,
    ) -> Result<(Scene, Option<String>), OptionError> {
        let by = match opts.by {
            Grouping::Agency => StoryBy::Agency,
            Grouping::Country => StoryBy::Country,
            Grouping::Kind => {
                return Err(OptionError::Grouping(
                    "a storyline draws one line per agency or per country: use --by agency or --by country",
                ));
            }
        };
        let sopts = StorylineOptions {
            by,
            color: match opts.color {
                ColorBy::Country => StoryColor::Country,
                ColorBy::Kind => StoryColor::Kind,
            },
            from: opts.from,
            to: opts.to,
            width: opts.width(),
            theme: opts.theme.clone(),
            title: opts.title.clone(),
        };
        let (scene, st) = layout_storyline(model, m, &sopts);
        let stats = opts.stats.then(|| {
            format!(
                "crossings {} (naive order {}), wiggles {} (naive order {}), {} lines over {} time steps",
                st.crossings, st.naive_crossings, st.wiggles, st.naive_wiggles, st.lines, st.slots
            )
        });
        Ok((scene, stats))
    }
}

/// Who worked with whom: agencies, countries or kinds as nodes, cooperation as links.
pub struct Network;

impl View for Network {
    fn name(&self) -> &'static str {
        "network"
    }

    fn about(&self) -> &'static str {
        "who worked with whom: nodes linked by shared teams and events"
    }

    fn draw(
        &self,
        model: &Model,
        opts: &Options,
        m: &dyn TextMeasure,
    ) -> Result<(Scene, Option<String>), OptionError> {
        let g = build_graph_in(model, opts.from.as_ref(), opts.to.as_ref(), opts.by);
        if let Some(c) = &opts.center {
            crate::query::find_node(model, &g, c).map_err(OptionError::UnknownCenter)?;
        }
        let nopts = NetworkOptions {
            color: match opts.color {
                ColorBy::Country => NetColor::Country,
                ColorBy::Kind => NetColor::Kind,
            },
            center: opts.center.clone(),
            facet_years: opts.facet == Some(Facet::Year),
            width: opts.width(),
            theme: opts.theme.clone(),
            title: opts.title.clone(),
            stats: opts.stats,
            ..NetworkOptions::default()
        };
        let (scene, st) = layout_network(model, &g, m, &nopts);
        let stats = opts.stats.then(|| {
            format!(
                "edge crossings {}, normalised stress {:.4}, {} nodes, {} edges",
                st.crossings, st.stress, st.nodes, st.edges
            )
        });
        Ok((scene, stats))
    }
}
