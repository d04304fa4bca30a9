//! The library's seeded dataset generator, for the layout tests.
#![allow(dead_code)]

pub use coopline::generate::dataset;
