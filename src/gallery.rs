//! The pictures `coopline` with no arguments writes into `output/`: every view of
//! the bundled cases, and all of them merged into one picture. A test keeps the
//! committed files in step with the code.

use crate::graph::{Grouping, build_graph};
use crate::layout::{
    LaneMode, NetworkOptions, Size, StoryBy, StorylineOptions, TimelineOptions, layout_network,
    layout_storyline, layout_timeline,
};
use crate::model::Model;
use crate::render::render_svg;
use crate::source::SourceSet;
use crate::style::Theme;
use crate::text::TextMeasure;

/// The bundled datasets: file name stem and YAML text, in the order `data/` lists them.
pub const CASES: &[(&str, &str)] = &[
    ("encrochat", include_str!("../data/encrochat.yaml")),
    (
        "legal-framework",
        include_str!("../data/legal-framework.yaml"),
    ),
    ("matrix", crate::MATRIX_YAML),
    ("sky-ecc", include_str!("../data/sky-ecc.yaml")),
];

fn theme(name: &str) -> Theme {
    Theme::by_name(name).unwrap_or_else(|| Theme::by_name("light").expect("light theme exists"))
}

/// The gallery entries for one case: output file name and view options. The legal
/// framework has no agencies, so it gets only its default view.
pub fn entries(stem: &str) -> Vec<(String, TimelineOptions)> {
    let base = TimelineOptions::default();
    let mut out = vec![(format!("{stem}-timeline.svg"), base.clone())];
    if stem == "legal-framework" {
        return out;
    }
    out.extend([
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
    ]);
    out
}

/// Loads bundled files as one dataset (they are validated by the tests, so this
/// only fails if the bundled data is broken).
pub fn load(files: &[(&str, &str)]) -> Option<Model> {
    let mut s = SourceSet::new();
    for (stem, yaml) in files {
        s.add(format!("data/{stem}.yaml"), *yaml);
    }
    crate::check(&s).ok().map(|c| c.model)
}

/// Every gallery picture as (file name, SVG text), in a fixed order, followed by
/// `README.md` showing them all.
pub fn render_all(m: &dyn TextMeasure) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (stem, yaml) in CASES {
        let Some(model) = load(&[(stem, yaml)]) else {
            continue;
        };
        for (name, opts) in entries(stem) {
            out.push((name, render_svg(&layout_timeline(&model, m, &opts))));
        }
        if *stem != "legal-framework" {
            for (suffix, by) in [
                ("storyline", StoryBy::Agency),
                ("storyline-countries", StoryBy::Country),
            ] {
                let opts = StorylineOptions {
                    by,
                    ..StorylineOptions::default()
                };
                out.push((
                    format!("{stem}-{suffix}.svg"),
                    render_svg(&layout_storyline(&model, m, &opts).0),
                ));
            }
            let g = build_graph(&model);
            let opts = NetworkOptions::default();
            let network = |g: &crate::graph::CoopGraph, o: &NetworkOptions| {
                render_svg(&layout_network(&model, g, m, o).0)
            };
            out.push((format!("{stem}-network.svg"), network(&g, &opts)));
            let countries = g.aggregate(&model, Grouping::Country);
            out.push((
                format!("{stem}-network-countries.svg"),
                network(&countries, &opts),
            ));
            let faceted = NetworkOptions {
                facet_years: true,
                ..NetworkOptions::default()
            };
            out.push((format!("{stem}-network-years.svg"), network(&g, &faceted)));
        }
    }
    if let Some(all) = load(CASES) {
        let opts = TimelineOptions {
            title: Some(
                "Three cases, one cooperation network: EncroChat, Sky ECC and Matrix".into(),
            ),
            ..TimelineOptions::default()
        };
        out.push((
            "all-cases-timeline.svg".into(),
            render_svg(&layout_timeline(&all, m, &opts)),
        ));
    }
    let mut readme = String::from(
        "# Gallery\n\nEvery picture here is made by `cargo run --release` from the datasets in `data/`; \
         a test fails when one is out of date. Hover a mark in a browser to see its dates as \
         written and its sources.\n",
    );
    for (name, _) in &out {
        let title = name.trim_end_matches(".svg").replace('-', " ");
        readme.push_str(&format!("\n## {title}\n\n![{title}]({name})\n"));
    }
    out.push(("README.md".into(), readme));
    out
}
