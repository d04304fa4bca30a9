//! The integration tests, in one binary: one module per area, helpers in
//! `tests/common`. `cargo test NAME` runs the tests whose path contains NAME
//! (`cargo test timeline::`).

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod colors;
mod confidence;
mod crowd;
mod deck;
mod diagnostics;
mod export;
mod ftm;
mod geo;
mod graph;
mod hostile;
mod html;
mod import;
mod languages;
mod map;
mod model;
mod names;
mod network;
mod network_links;
mod overview;
mod places;
mod properties;
mod reference;
mod robustness;
mod schema;
mod scripts;
mod sizes;
mod slides;
mod steps_pdf;
mod storyline;
mod timeline;
mod timelinejs;
mod vertical;
mod watch;
mod xml;
