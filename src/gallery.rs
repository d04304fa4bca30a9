//! The pictures `coopline` with no arguments writes into `output/`: every view of
//! the bundled cases, and all of them merged into one picture. A test keeps the
//! committed files in step with the code.

use crate::graph::Grouping;
use crate::layout::{Facet, LaneMode, Options, Size, View, layout};
use crate::model::Model;
use crate::render::render_svg;
use crate::source::SourceSet;
use crate::style::Theme;
use crate::text::TextMeasure;

/// The seed of the generated case in the gallery (`coopline gen --seed 7`).
const GENERATED_SEED: u64 = 7;

/// The bundled datasets: file name stem and YAML text, in the order `data/` lists them.
pub const BUNDLED: &[(&str, &str)] = &[
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

fn view(name: &str) -> &'static dyn View {
    crate::layout::view(name).expect("a bundled view")
}

/// The gallery entries for one case: output file name, view and options. The
/// legal framework has no agencies, so it gets only the timeline, as it is,
/// on a phone and on a slide.
pub fn gallery_entries(stem: &str) -> Vec<(String, &'static dyn View, Options)> {
    let base = Options::default();
    let timeline = view("timeline");
    let mut out = vec![
        (format!("{stem}-timeline.svg"), timeline, base.clone()),
        (
            format!("{stem}-timeline-phone.svg"),
            timeline,
            Options {
                size: Size::Column { width: 390.0 },
                // Touched, not hovered, as the command line reads a phone's size.
                print: true,
                ..base.clone()
            },
        ),
    ];
    let slide = Size::Fixed {
        width: 1920.0,
        height: 1080.0,
    };
    if stem == "legal-framework" {
        out.push((
            format!("{stem}-timeline-slide.svg"),
            timeline,
            Options {
                size: slide,
                print: true,
                ..base
            },
        ));
        return out;
    }
    let (storyline, network, map) = (view("storyline"), view("network"), view("map"));
    out.extend([
        (
            format!("{stem}-timeline-slide-dark.svg"),
            timeline,
            Options {
                size: slide,
                theme: theme("dark"),
                // A slide is shown, not hovered.
                print: true,
                ..base.clone()
            },
        ),
        (
            format!("{stem}-timeline-teams.svg"),
            timeline,
            Options {
                lanes: Some(LaneMode::Team),
                ..base.clone()
            },
        ),
        (
            format!("{stem}-timeline-countries.svg"),
            timeline,
            Options {
                lanes: Some(LaneMode::Country),
                theme: theme("print"),
                ..base.clone()
            },
        ),
        (format!("{stem}-storyline.svg"), storyline, base.clone()),
        (
            format!("{stem}-storyline-slide.svg"),
            storyline,
            Options {
                size: slide,
                print: true,
                ..base.clone()
            },
        ),
        (
            format!("{stem}-storyline-countries.svg"),
            storyline,
            Options {
                by: Grouping::Country,
                ..base.clone()
            },
        ),
        (format!("{stem}-network.svg"), network, base.clone()),
        (
            format!("{stem}-network-slide.svg"),
            network,
            Options {
                size: slide,
                print: true,
                ..base.clone()
            },
        ),
        (
            format!("{stem}-network-countries.svg"),
            network,
            Options {
                by: Grouping::Country,
                ..base.clone()
            },
        ),
        (
            format!("{stem}-network-years.svg"),
            network,
            Options {
                facet: Some(Facet::Year),
                ..base.clone()
            },
        ),
        (
            format!("{stem}-map-slide.svg"),
            map,
            Options {
                size: slide,
                print: true,
                ..base.clone()
            },
        ),
        (
            format!("{stem}-map-years.svg"),
            map,
            Options {
                facet: Some(Facet::Year),
                ..base.clone()
            },
        ),
    ]);
    if stem == "matrix" {
        // The lecture in the students' language: every word coopline adds.
        for lang in [crate::i18n::Lang::Fr, crate::i18n::Lang::De] {
            out.push((
                format!("{stem}-timeline-{}.svg", lang.code()),
                timeline,
                Options {
                    lang,
                    ..base.clone()
                },
            ));
        }
    }
    out
}

/// Loads bundled files as one dataset (they are validated by the tests, so this
/// only fails if the bundled data is broken).
pub(crate) fn load(files: &[(&str, &str)]) -> Option<Model> {
    let mut s = SourceSet::new();
    for (stem, yaml) in files {
        s.add(format!("data/{stem}.yaml"), *yaml);
    }
    crate::check(&s).ok().map(|c| c.model)
}

/// Every gallery picture as (file name, SVG text), in a fixed order, followed by
/// `README.md` showing them all.
pub fn render_gallery(m: &dyn TextMeasure) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut draw = |name: String, view: &dyn View, model: &Model, opts: &Options| {
        // The bundled cases are valid for every bundled view and option here.
        if let Ok(laid) = layout(view, model, opts, m) {
            out.push((name, render_svg(&laid.scene).into_bytes()));
        }
    };
    for (stem, yaml) in BUNDLED {
        let Some(model) = load(&[(stem, yaml)]) else {
            continue;
        };
        for (name, view, opts) in gallery_entries(stem) {
            if opts.lang == crate::i18n::Lang::En {
                draw(name, view, &model, &opts);
            } else {
                // Names given in the language, as `--lang` picks them.
                draw(name, view, &model.localised(opts.lang.code()), &opts);
            }
        }
    }
    if let Some(all) = load(BUNDLED) {
        let opts = Options {
            title: Some(
                "Three cases, one cooperation network: EncroChat, Sky ECC and Matrix".into(),
            ),
            ..Options::default()
        };
        draw(
            "all-cases-timeline.svg".into(),
            view("timeline"),
            &all,
            &opts,
        );
    }
    // No bundled fact is of low confidence, so a generated (synthetic) case
    // shows how the uncertain is drawn.
    let generated = crate::generate::dataset(15, 4, 25, GENERATED_SEED);
    if let Some(model) = load(&[("generated", &generated)]) {
        for (name, view, title) in [
            (
                "generated-timeline-slide.svg",
                "timeline",
                "A generated case: records of low confidence are hatched",
            ),
            (
                "generated-network-slide.svg",
                "network",
                "A generated case: records of low confidence are hatched",
            ),
            (
                "generated-map-slide.svg",
                "map",
                "A generated case: links of low confidence are dashed",
            ),
        ] {
            let opts = Options {
                title: Some(title.into()),
                size: Size::Fixed {
                    width: 1920.0,
                    height: 1080.0,
                },
                print: true,
                ..Options::default()
            };
            draw(
                name.into(),
                crate::layout::view(view).expect("a bundled view"),
                &model,
                &opts,
            );
        }
    }
    if let Some(deck) = matrix_deck(m) {
        out.push(("matrix.pptx".into(), deck));
    }
    if let Some(page) = matrix_page(m) {
        out.push(("matrix.html".into(), page.into_bytes()));
    }
    let mut readme = String::from(
        "# Gallery\n\nEvery picture here is made by `cargo run --release` from the datasets in `data/` \
         (and three from a generated, synthetic case, to show records of low confidence); \
         a test fails when one is out of date. Hover a mark in a browser to see its dates as \
         written and its sources.\n",
    );
    for (name, _) in &out {
        let Some(stem) = name.strip_suffix(".svg") else {
            continue;
        };
        let title = stem.replace('-', " ");
        readme.push_str(&format!("\n## {title}\n\n![{title}]({name})\n"));
    }
    readme.push_str(
        "\n## matrix deck\n\n[matrix.pptx](matrix.pptx): a PowerPoint deck of the Matrix case, \
         a slide per view, with the sources in the speaker notes \
         (`coopline render data/matrix.yaml --view all -o matrix.pptx`).\n\
         \n## matrix web page\n\n[matrix.html](matrix.html): the Matrix case as an explainer, \
         chapter by chapter, with every view, for a phone or a desktop \
         (`coopline render data/matrix.yaml -o matrix.html`).\n",
    );
    out.push(("README.md".into(), readme.into_bytes()));
    out
}

/// The Matrix case as a web page, as `render -o matrix.html` writes it.
fn matrix_page(m: &dyn TextMeasure) -> Option<String> {
    let model = load(&[("matrix", crate::MATRIX_YAML)])?;
    let views = crate::explainer::page_views(&model, &Options::default(), m).ok()?;
    crate::explainer::render_explainer(&views, "timeline")
}

/// The Matrix case as a deck: every view, a slide each, laid out for the
/// room under a slide's title.
fn matrix_deck(m: &dyn TextMeasure) -> Option<Vec<u8>> {
    let model = load(&[("matrix", crate::MATRIX_YAML)])?;
    let opts = Options {
        size: Size::Fixed {
            width: crate::render::DECK_PICTURE.0,
            height: crate::render::DECK_PICTURE.1,
        },
        print: true,
        ..Options::default()
    };
    let laid: Vec<(&str, crate::layout::Laid)> = crate::layout::VIEWS
        .iter()
        .map(|v| Some((v.name(), layout(*v, &model, &opts, m).ok()?)))
        .collect::<Option<_>>()?;
    let pictures: Vec<(&str, &crate::scene::Scene)> =
        laid.iter().map(|(v, l)| (*v, &l.scene)).collect();
    crate::deck::render_deck(&model, &pictures, false).ok()
}
