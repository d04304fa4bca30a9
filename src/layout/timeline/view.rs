//! The timeline seen through [`View`]: the shared [`Options`] turned into
//! [`TimelineOptions`], the focus looked up by id.

use crate::layout::view::{Coarser, OptionError, Options, Setting, View};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::{LaneMode, Orient, TimelineOptions, layout_timeline};

/// Lanes over time: who took part in which team and event, when.
pub struct Timeline;

impl View for Timeline {
    fn name(&self) -> &'static str {
        "timeline"
    }

    fn about(&self) -> &'static str {
        "lanes over time: teams as bars, events as marks"
    }

    fn reads(&self) -> &'static [Setting] {
        &[
            Setting::Lanes,
            Setting::Focus,
            Setting::Context,
            Setting::Subtitle,
            Setting::Caption,
            Setting::Axis,
            Setting::Orient,
            Setting::Overview,
        ]
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
        if crate::layout::overview::drawn_as_overview(self.name(), model, opts) {
            let of = crate::layout::overview::Of::Timeline;
            return Ok((
                crate::layout::overview::layout_overview(model, m, opts, of),
                None,
            ));
        }
        let topts = TimelineOptions {
            lanes: opts.lanes.unwrap_or(LaneMode::Agency),
            from: opts.from,
            to: opts.to,
            focus,
            size: opts.size,
            theme: opts.theme.clone(),
            title: opts.title.clone(),
            subtitle: opts.subtitle.clone(),
            caption: opts.caption.clone(),
            context: opts.context,
            axis: opts.axis,
            print: opts.print,
            page: opts.page,
            orient: opts.orient,
        };
        Ok((layout_timeline(model, m, &topts), None))
    }

    /// A lane per agency that does not fit a fixed canvas at full size gives
    /// way to a lane per country, then per agency kind (when these are fewer):
    /// a slide of thirty agency lanes and their numbered key would otherwise
    /// be shrunk below reading size. `--lanes agency` keeps the agencies.
    fn coarser(&self, model: &Model, opts: &Options) -> Vec<Coarser> {
        // Time down a column has no lanes to coarsen.
        let down = TimelineOptions {
            size: opts.size,
            orient: opts.orient,
            ..TimelineOptions::default()
        }
        .orientation()
            == Orient::Down;
        if opts.lanes.is_some() || down {
            return Vec::new();
        }
        let mut countries: Vec<_> = model.agencies.iter().map(|a| a.country).collect();
        countries.sort_unstable();
        countries.dedup();
        let mut kinds: Vec<_> = model.agencies.iter().map(|a| a.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let mut out = Vec::new();
        let mut fewest = model.agencies.len();
        for (mode, n, what) in [
            (LaneMode::Country, countries.len(), "one lane per country"),
            (LaneMode::Kind, kinds.len(), "one lane per agency kind"),
        ] {
            if n < fewest {
                fewest = n;
                out.push(Coarser {
                    opts: Options {
                        lanes: Some(mode),
                        ..opts.clone()
                    },
                    what,
                    instead_of: "one lane per agency",
                    detail: "--lanes agency",
                });
            }
        }
        out
    }
}
