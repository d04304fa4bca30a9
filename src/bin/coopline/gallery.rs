//! `coopline` alone: check the bundled cases and draw every view into output/.

use std::path::Path;

use coopline::{FontMeasure, SourceSet};

use crate::Outcome;
use crate::dataset::{load, summary};
use crate::output::write_each;

/// The main job: the bundled cases checked, the gallery written.
pub fn main_job() -> Outcome {
    for (stem, yaml) in coopline::BUNDLED {
        let mut sources = SourceSet::new();
        sources.add(format!("data/{stem}.yaml (bundled)"), *yaml);
        let checked = load(&sources, coopline::Limits::default())?;
        summary(&sources, &checked)?;
    }
    let pictures = coopline::render_gallery(&FontMeasure::new());
    let files = pictures
        .into_iter()
        .map(|(name, bytes)| (Path::new("output").join(name), Ok(bytes)));
    write_each("writing the gallery", &[], files)
}
