//! coopline: draw international cooperation over time.
//!
//! YAML records of agencies, joint teams and events go through a pipeline of pure
//! stages (docs/ARCHITECTURE.md walks through them):
//!
//! 1. reading: text → raw records with spans ([`parse_sources`], [`read_paths`]);
//! 2. checking: raw records → a validated [`Model`] ([`check`], [`validate`]); any
//!    problem on the way → a located, rustc-style report ([`render_report`]);
//!    names given in several languages are shown in the dataset's own, else
//!    English, until [`Model::localise`] picks another;
//! 3. relating: the model → who cooperated with whom, when ([`build_graph`],
//!    [`build_graph_in`]), with questions ([`pairs`], [`partners`], [`path`],
//!    [`stats`]) and exports ([`export`], and the records as a TimelineJS
//!    timeline: [`timelinejs`]);
//! 4. layout: one interface for every view ([`View`], listed in [`VIEWS`]): the
//!    model and [`Options`] → a [`Laid`] picture, plain geometry in a [`Scene`]
//!    ([`layout`]);
//! 5. render: a scene → SVG ([`render_svg`]), PNG or PDF made from the SVG
//!    ([`render_png`], [`render_pdf`]), or a self-contained web page with search
//!    and details ([`render_html`]).
//!
//! Text is measured (stage 4) and drawn (stage 5) in the same [`Fonts`]: Inter,
//! then bundled Noto fonts for Arabic, Hebrew, Devanagari, Chinese, Japanese and
//! Korean; [`Fonts::with_font`] puts another font before those, and the `_with`
//! renderers ([`render_svg_with`], [`render_svg_for_raster`], [`render_png_with`],
//! [`render_pdf_with`]) draw with the chain a [`FontMeasure::with_fonts`] measured with.
//!
//! Editors check datasets as they are typed against [`schema`], the format's
//! JSON Schema. Spreadsheet users come in before stage 1: [`import_csv`] turns
//! CSV sheets into a YAML dataset and checks it, locating problems in the CSV;
//! [`import_ftm`] does the same for FollowTheMoney entities (Aleph), which
//! [`to_ftm`] writes.
//!
//! Everything public is listed at the crate's root; the modules are private.
//!
//! ```
//! let yaml = "
//! agencies:
//!   - {id: europol, name: Europol, country: EU, kind: eu-agency}
//!   - {id: nl-om, name: Openbaar Ministerie, country: NL, kind: prosecution}
//! events:
//!   - {id: action-day, name: Action day, date: 2024-12-03, participants: [europol, nl-om]}
//! ";
//! let mut sources = coopline::SourceSet::new();
//! sources.add("case.yaml", yaml);
//! let checked = coopline::check(&sources).expect("valid");
//! assert_eq!(checked.model.summary(), "2 agencies, 0 teams, 1 event, 0 sources");
//!
//! let view = coopline::view("timeline").expect("a bundled view");
//! let measure = coopline::FontMeasure::new();
//! let laid = coopline::layout(view, &checked.model, &coopline::Options::default(), &measure)
//!     .expect("the options fit");
//! let svg = coopline::render_svg(&laid.scene);
//! assert!(svg.contains("<title id=\"title\">"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod deck;
mod diag;
mod explainer;
mod export;
mod ftm;
mod gallery;
mod generate;
mod geo;
mod graph;
mod i18n;
mod import;
mod input;
mod json;
mod lang;
mod layout;
mod model;
mod page;
mod query;
mod render;
mod scene;
mod schema;
mod source;
mod sources_report;
mod style;
mod suggest;
mod text;
mod timelinejs;
mod write;
mod xml;

// The crate's whole public surface. Modules are private: what is not listed
// here is free to change.

// Stage 1, reading: text with spans, and the limits that keep hostile input cheap.
pub use input::{
    FIELDS, Limits, ReadCause, ReadError, forbidden_char, parse_sources, read_paths, yaml_to_json,
};
pub use source::{FileId, FileIdentity, LineCol, SourceFile, SourceSet, Span};

// Stage 2, checking: the validated model, and located reports of what is wrong.
pub use diag::{
    Code as DiagnosticCode, Diagnostic, Label, Severity, count as count_reports,
    render as render_report, render_all as render_reports, render_all_in as render_reports_in,
    render_in as render_report_in, sort as sort_reports,
};
pub use i18n::{Lang, Speaking, speak};
pub use lang::{LangError, Translations, check_lang};
pub use model::{
    Agency, AgencyKind, AgencyRef, Amount, Assurance, CREDIBILITY, Chapter, Checked, Confidence,
    Context, ContextKind, ContextRef, Country, DateError, Event, EventRef, Grade, GradeError, Id,
    IdError, LeftOut, Membership, Model, Number, Outcome, PartialDate, Period, Place, PlaceForm,
    Precision, Qualifier, RELIABILITY, Source, SourceRef, Style, Team, TeamKind, TeamRef,
    describe_outcome, is_currency, validate,
};
pub use schema::{MODELINE, schema, schema_json};
// Where places are: the bundled gazetteer that resolves `"Marbella, ES"`.
pub use geo::cities::{City, Lookup as CityLookup, lookup as lookup_city};

// Stage 3, relating: who cooperated with whom and when; questions and exports.
pub use export::{Format as ExportFormat, FtmExport, export, quote_dot, to_ftm};
pub use graph::{Actor, CoopGraph, Grouping, Link, Occasion, Via, build_graph, build_graph_in};
pub use json::{
    GraphMeta, HopJson, JsonLink, JsonNode, JsonOccasion, JsonSpan, NodeLink, OutcomeTotalJson,
    PairJson, PartnerJson, RankJson, StatsJson, YearJson,
};
pub use query::{
    find_node, outcome_totals, outcome_totals_table, pairs, pairs_table, partners, partners_table,
    path, path_table, stats, stats_text,
};
pub use sources_report::sources_report;
pub use timelinejs::timelinejs;

// Stage 4, layout: every view through one interface, and the geometry it makes.
pub use layout::{
    Coarser, ColorBy, Colors, Facet, Laid, LaneMode, NetColor, NetLinks, NetMode, NetworkOptions,
    NetworkStats, OptionError, Options, Orient, Overview, Setting, Size, StoryBy, StoryColor,
    StorylineOptions, StorylineStats, Swatch, TimeAxis, TimelineOptions, VIEWS, View,
    agencies_drawn, drawn_as_overview, label, layout, layout_map, layout_network, layout_storyline,
    layout_timeline, misplaced, most_lanes, view, view_names,
};
pub use page::{PageAgency, PageData, PageSource, page_data};
pub use scene::{Anchor, Item, Paint, Rect, Role, Scene, Segment, Shape, Stroke};
pub use style::{Color, Theme};
pub use text::{
    FixedMeasure, FontError, FontMeasure, FontRun, Fonts, INTER_REGULAR, INTER_SEMIBOLD,
    NOTO_SANS_ARABIC, NOTO_SANS_CJK, NOTO_SANS_DEVANAGARI, NOTO_SANS_HEBREW, TextMeasure, Weight,
};

// Stage 5, render: a scene to SVG, PNG, PDF or a web page.
pub use deck::{SlideText, render_deck, slide_text, write_deck};
pub use explainer::{PAGE_WIDTH, PHONE_WIDTH, PageView, page_views, render_explainer};
pub use render::{
    DECK_PICTURE, DeckSlide, NoteLine, PNG_MAX_PIXELS, PNG_MAX_SIDE, PagePicture, PictureFormat,
    RasterError, Tips, parse_svg_with, png_size_problem, render_html, render_page, render_pdf,
    render_pdf_build, render_pdf_pictures, render_pdf_with, render_png, render_png_with,
    render_pptx, render_svg, render_svg_for_raster, render_svg_in_page, render_svg_with, write_svg,
    write_svg_with,
};

// Geography for maps: the bundled country shapes and the projections they are
// drawn through.
pub use geo::{
    CountryShape, LonLat, Projection, clip_rings, countries, country_shape, simplify_ring,
};

// Around the pipeline: spreadsheets in, synthetic cases, the bundled cases and
// their gallery, and writing files without ever replacing an input.
pub use gallery::{BUNDLED, gallery_entries, render_gallery};
pub use generate::dataset as generate;
pub use generate::dataset_with as generate_with;
pub use import::{Imported, Sheet, UnknownSheet, import_csv, import_ftm, read_sheets, sheets};
pub use write::{WriteError, remove_temporaries, write_file, write_file_with};

/// Layout internals that the stress-quality example (`examples/network_stress.rs`,
/// `scripts/bench-network.sh`) and a test measure. Not part of the API: they may
/// change or go without notice.
#[doc(hidden)]
pub mod internals {
    pub use crate::layout::network::{
        FULL_STRESS_MAX, LINE_ROOM, edge_crossings, graph_stress, hop_distances, place, stress,
    };
}

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
    match model::validate(raw) {
        Ok(mut checked) if !diags.iter().any(Diagnostic::is_error) => {
            diags.append(&mut checked.warnings);
            diag::sort(&mut diags);
            checked.warnings = diags;
            Ok(checked)
        }
        Ok(_) => {
            diags.retain(Diagnostic::is_error);
            diag::sort(&mut diags);
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
