//! Stage 4, layout: pure geometry. A view takes the model (or graph), a text
//! measurer and options, and returns a [`crate::scene::Scene`]; it never writes SVG.

pub(crate) mod kit;
pub mod map;
pub mod network;
pub mod overview;
pub mod scale;
pub mod storyline;
pub mod timeline;
mod view;

pub use kit::{Colors, Swatch, label};
pub use map::layout_map;
pub use network::{NetColor, NetworkOptions, NetworkStats, layout_network};
pub use overview::{Overview, agencies_drawn, drawn_as_overview, most_lanes};
pub use storyline::{StoryBy, StoryColor, StorylineOptions, StorylineStats, layout_storyline};
pub use timeline::{LaneMode, Orient, Size, TimeAxis, TimelineOptions, layout_timeline};
pub use view::{
    Coarser, ColorBy, Facet, Laid, NetLinks, NetMode, OptionError, Options, Setting, VIEWS, View,
    layout, misplaced, view, view_names,
};
