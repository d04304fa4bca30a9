//! The timeline seen through [`View`]: the shared [`Options`] turned into
//! [`TimelineOptions`], the focus looked up by id.

use crate::layout::view::{OptionError, Options, Setting, View};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::{TimelineOptions, layout_timeline};

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
            axis: opts.axis,
            print: opts.print,
        };
        Ok((layout_timeline(model, m, &topts), None))
    }
}
