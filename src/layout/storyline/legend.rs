//! What the line colours stand for: a colour per country or per agency kind.

use super::{StoryColor, StorylineOptions};
use crate::model::{Agency, Model};
use crate::style::{Color, Theme};

/// The colour key of an agency's line: the same for every agency of one country
/// (or of one kind), different for different ones.
pub(super) fn color_key(a: &Agency, color: StoryColor) -> usize {
    match color {
        StoryColor::Country => a
            .country
            .code()
            .bytes()
            .fold(0usize, |h, b| h * 31 + b as usize),
        StoryColor::Kind => a.kind as usize,
    }
}

/// The theme colour of `key`: keys take the palette in the order first asked for,
/// so the same key is always the same colour.
pub(super) fn palette_color(theme: &Theme, key: usize, keys: &mut Vec<usize>) -> Color {
    let i = match keys.iter().position(|k| *k == key) {
        Some(i) => i,
        None => {
            keys.push(key);
            keys.len() - 1
        }
    };
    theme.color(i)
}

/// The name of a colour key: the country or the kind it was made from.
pub(super) fn story_color_name(model: &Model, opts: &StorylineOptions, key: usize) -> String {
    for a in &model.agencies {
        if color_key(a, opts.color) == key {
            return match opts.color {
                StoryColor::Country => a.country.name().to_string(),
                StoryColor::Kind => a.kind.as_str().to_string(),
            };
        }
    }
    String::new()
}
