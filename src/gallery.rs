//! The pictures `coopline` with no arguments writes into `output/`: every view of
//! the bundled cases. A test keeps the committed files in step with the code.

use crate::layout::{LaneMode, Size, TimelineOptions, layout_timeline};
use crate::model::Model;
use crate::render::render_svg;
use crate::source::SourceSet;
use crate::style::Theme;
use crate::text::TextMeasure;

/// A bundled dataset: its file name stem and YAML text.
pub const CASES: &[(&str, &str)] = &[
    ("matrix", crate::MATRIX_YAML),
    ("encrochat", include_str!("../data/encrochat.yaml")),
    ("sky-ecc", include_str!("../data/sky-ecc.yaml")),
];

fn theme(name: &str) -> Theme {
    Theme::by_name(name).unwrap_or_else(|| Theme::by_name("light").expect("light theme exists"))
}

/// The gallery entries for one case: output file name and view options.
pub fn entries(stem: &str) -> Vec<(String, TimelineOptions)> {
    let base = TimelineOptions::default();
    vec![
        (format!("{stem}-timeline.svg"), base.clone()),
        (
            format!("{stem}-timeline-slide-dark.svg"),
            TimelineOptions {
                size: Size::Fixed {
                    width: 1920.0,
                    height: 1080.0,
                },
                theme: theme("dark"),
                ..base.clone()
            },
        ),
        (
            format!("{stem}-timeline-teams.svg"),
            TimelineOptions {
                lanes: LaneMode::Team,
                ..base.clone()
            },
        ),
        (
            format!("{stem}-timeline-countries.svg"),
            TimelineOptions {
                lanes: LaneMode::Country,
                theme: theme("print"),
                ..base
            },
        ),
    ]
}

/// Loads a bundled case (they are validated by the tests, so this only fails if
/// the bundled data is broken).
pub fn load_case(stem: &str, yaml: &str) -> Option<Model> {
    let mut s = SourceSet::new();
    s.add(format!("data/{stem}.yaml"), yaml);
    crate::check(&s).ok().map(|c| c.model)
}

/// Every gallery picture as (file name, SVG text), in a fixed order.
pub fn render_all(m: &dyn TextMeasure) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (stem, yaml) in CASES {
        let Some(model) = load_case(stem, yaml) else {
            continue;
        };
        for (name, opts) in entries(stem) {
            out.push((name, render_svg(&layout_timeline(&model, m, &opts))));
        }
    }
    out
}
