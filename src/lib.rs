//! coopline: draw international cooperation over time.
//!
//! YAML records of agencies, joint teams and events go through a pipeline of pure
//! stages, each its own module:
//!
//! 1. [`input`]: text → raw records with spans ([`input::parse_sources`]);
//! 2. [`model`]: raw records → a validated [`model::Model`] ([`model::validate`]);
//!    any problem on the way → a located, rustc-style report ([`diag::render`]);
//! 3. [`graph`]: the model → who cooperated with whom, when ([`graph::build_graph`]),
//!    with queries ([`query`]) and exports ([`export::export`]);
//! 4. [`layout`]: model or graph → a [`scene::Scene`] of plain geometry
//!    ([`layout::layout_timeline`], [`layout::layout_storyline`], [`layout::layout_network`]);
//! 5. [`render`]: a scene → SVG ([`render::render_svg`]), SVG → PNG or PDF, or a
//!    self-contained web page with search and details ([`render::render_html`]).
//!
//! Editors check datasets as they are typed against [`schema::schema`], the
//! format's JSON Schema.
//!
//! Spreadsheet users come in before stage 1: [`import`] turns CSV sheets into a
//! YAML dataset ([`import::import_csv`]) and checks it, locating problems in the CSV.
//!
//! ```
//! let yaml = "
//! agencies:
//!   - {id: europol, name: Europol, country: EU, kind: eu-agency}
//!   - {id: nl-om, name: Openbaar Ministerie, country: NL, kind: prosecution}
//! events:
//!   - {id: action-day, name: Action day, date: 2024-12-03, participants: [europol, nl-om]}
//! ";
//! let mut sources = coopline::source::SourceSet::new();
//! sources.add("case.yaml", yaml);
//! let checked = coopline::check(&sources).expect("valid");
//! assert_eq!(checked.model.summary(), "2 agencies, 0 teams, 1 event, 0 sources");
//!
//! let measure = coopline::text::FontMeasure::new();
//! let options = coopline::layout::TimelineOptions::default();
//! let scene = coopline::layout::layout_timeline(&checked.model, &measure, &options);
//! let svg = coopline::render::render_svg(&scene);
//! assert!(svg.contains("<title id=\"title\">"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod diag;
pub mod export;
mod gallery;
pub mod generate;
pub mod graph;
pub mod import;
pub mod input;
pub mod json;
pub mod layout;
pub mod model;
pub mod page;
pub mod query;
pub mod render;
pub mod scene;
pub mod schema;
pub mod source;
pub mod style;
mod suggest;
pub mod text;
mod write;
mod xml;

// What the modules kept private offer: the bundled cases and their gallery,
// and writing files without ever replacing an input.
pub use gallery::{BUNDLED, gallery_entries, render_gallery};
pub use write::{WriteError, remove_temporaries, write_file, write_file_with};

use diag::Diagnostic;
use source::SourceSet;

/// The Matrix takedown case, bundled so `coopline` with no arguments has something to show.
pub const MATRIX_YAML: &str = include_str!("../data/matrix.yaml");

/// Parses and validates a dataset in one go with the default limits: the model and
/// its warnings, or every error found, in source order (warnings wait until the
/// errors are fixed, since many would only echo them).
pub fn check(sources: &SourceSet) -> Result<model::Checked, Vec<Diagnostic>> {
    check_with(sources, input::Limits::default())
}

/// [`check`] with explicit resource limits.
pub fn check_with(
    sources: &SourceSet,
    limits: input::Limits,
) -> Result<model::Checked, Vec<Diagnostic>> {
    let (raw, mut diags) = input::parse_sources(sources, limits);
    match model::validate(&raw) {
        Ok(mut checked) if !diags.iter().any(Diagnostic::is_error) => {
            diags.append(&mut checked.warnings);
            diag::sort(&mut diags);
            checked.warnings = diags;
            Ok(checked)
        }
        Ok(_) => {
            diags.retain(Diagnostic::is_error);
            Err(diags)
        }
        Err(more) => {
            diags.retain(Diagnostic::is_error);
            diags.extend(more);
            diag::sort(&mut diags);
            Err(diags)
        }
    }
}

/// The walk-through in docs/ARCHITECTURE.md, compiled and run as a test so that
/// its toy view keeps working with the real interface.
#[doc = include_str!("../docs/ARCHITECTURE.md")]
#[cfg(doctest)]
pub struct ArchitectureDoc;
