//! Geography: where places are, from data bundled with coopline.

pub mod cities;
