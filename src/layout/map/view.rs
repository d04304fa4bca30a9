//! The map seen through [`View`].

use crate::layout::view::{OptionError, Options, Setting, View};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::layout_map;

/// Where the cooperation happened: countries, seats and places on a map.
pub struct Map;

impl View for Map {
    fn name(&self) -> &'static str {
        "map"
    }

    fn about(&self) -> &'static str {
        "where it happened: the countries that took part, links between them, seats and places"
    }

    fn reads(&self) -> &'static [Setting] {
        &[Setting::Facet, Setting::Subtitle]
    }

    fn draw(
        &self,
        model: &Model,
        opts: &Options,
        m: &dyn TextMeasure,
    ) -> Result<(Scene, Option<String>), OptionError> {
        Ok((layout_map(model, opts, m), None))
    }
}
