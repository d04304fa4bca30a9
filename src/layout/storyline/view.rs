//! The storyline seen through [`View`]: the shared [`Options`] turned into
//! [`StorylineOptions`], its quality measures as one line.

use crate::graph::Grouping;
use crate::layout::view::{ColorBy, OptionError, Options, Setting, View};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::{StoryBy, StoryColor, StorylineOptions, layout_storyline};

/// One line per agency or country, drawn together while they work together.
pub struct Storyline;

impl View for Storyline {
    fn name(&self) -> &'static str {
        "storyline"
    }

    fn about(&self) -> &'static str {
        "one line per agency or country, running together while they cooperate"
    }

    fn reads(&self) -> &'static [Setting] {
        &[
            Setting::By,
            Setting::Color,
            Setting::Stats,
            Setting::Overview,
        ]
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
        if crate::layout::overview::drawn_as_overview(self.name(), model, opts) {
            let of = crate::layout::overview::Of::Storyline;
            return Ok((
                crate::layout::overview::layout_overview(model, m, opts, of),
                None,
            ));
        }
        let sopts = StorylineOptions {
            by,
            color: match opts.color {
                ColorBy::Country => StoryColor::Country,
                ColorBy::Kind => StoryColor::Kind,
            },
            from: opts.from,
            to: opts.to,
            width: opts.width(),
            // On a canvas of fixed size, time steps close up before the
            // picture is scaled down.
            step: match opts.size {
                crate::layout::Size::Auto => 56.0,
                _ => 32.0,
            },
            theme: opts.theme.clone(),
            title: opts.title.clone(),
            steps: opts.steps,
            height: match opts.size {
                crate::layout::Size::Fixed { height, .. } => Some(height),
                _ => None,
            },
            print: opts.print,
            page: opts.page,
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
