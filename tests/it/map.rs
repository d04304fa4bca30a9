//! The map view: the right countries lit, the bodies at their seats, places
//! where the gazetteer puts them, and a clean picture (no overlaps, inside the
//! canvas, legible text) for every bundled case, theme and size.

use crate::common::{load, load_named, measure};
use coopline::{Facet, Options, Paint, Role, Scene, Shape, Size, Theme, layout, view};

fn map(model: &coopline::Model, opts: &Options) -> Scene {
    layout(view("map").unwrap(), model, opts, measure())
        .unwrap()
        .scene
}

fn matrix() -> coopline::Model {
    load_named("matrix", coopline::MATRIX_YAML)
}

/// The names of the countries drawn lit (filled in a colour of their own,
/// with their hover text), from the fills' hover texts.
fn lit(scene: &Scene) -> Vec<String> {
    let mut out: Vec<String> = scene
        .items
        .iter()
        .filter(|i| i.role == Role::Decoration && matches!(i.shape, Shape::Polygon { .. }))
        .filter_map(|i| Some(i.tooltip.as_deref()?.split(':').next()?.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Markers (records drawn as circles that are marks).
fn markers(scene: &Scene) -> Vec<(String, f64, f64)> {
    scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark)
        .filter_map(|i| match (&i.shape, &i.record) {
            (Shape::Circle { cx, cy, .. }, Some(r)) => Some((r.to_string(), *cx, *cy)),
            _ => None,
        })
        .collect()
}

#[test]
fn the_matrix_map_lights_the_six_countries_and_the_eu_bodies() {
    let scene = map(&matrix(), &Options::default());
    assert_eq!(
        lit(&scene),
        [
            "France",
            "Germany",
            "Italy",
            "Lithuania",
            "Netherlands",
            "Spain"
        ]
    );
    let m = markers(&scene);
    for body in ["europol", "eurojust"] {
        assert!(
            m.iter().any(|(r, _, _)| r == body),
            "{body} at its seat: {m:?}"
        );
    }
    // Europol and Eurojust share a seat, and are drawn side by side there.
    let at = |r: &str| m.iter().find(|x| x.0 == r).map(|x| (x.1, x.2)).unwrap();
    let (a, b) = (at("europol"), at("eurojust"));
    let d = (a.0 - b.0).hypot(a.1 - b.1);
    assert!((20.0..60.0).contains(&d), "{d}");
    // Every name written once, and the attribution in the footer.
    let texts: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for name in [
        "France",
        "Netherlands",
        "Lithuania",
        "Europol",
        "Eurojust",
        "Marbella",
    ] {
        assert_eq!(
            texts.iter().filter(|t| **t == name).count(),
            1,
            "{name}: {texts:?}"
        );
    }
    assert!(
        texts.iter().any(|t| t.contains("Made with Natural Earth")),
        "{texts:?}"
    );
}

#[test]
fn places_fall_in_their_countries() {
    let scene = map(&matrix(), &Options::default());
    // Marbella is drawn south-west of Paris, The Hague north of both.
    let spot = |name: &str| {
        scene
            .items
            .iter()
            .filter(|i| i.role == Role::Mark)
            .find(|i| i.tooltip.as_deref().is_some_and(|t| t.starts_with(name)))
            .map(|i| {
                let b = i.bbox();
                (b.x + b.w / 2.0, b.y + b.h / 2.0)
            })
            .unwrap_or_else(|| panic!("{name} is drawn"))
    };
    let (marbella, paris) = (spot("Marbella"), spot("Paris"));
    assert!(
        marbella.0 < paris.0 && marbella.1 > paris.1,
        "{marbella:?} {paris:?}"
    );
}

/// Whether a point lies in any polygon drawn lit for `country` (even-odd).
fn in_country(scene: &Scene, country: &str, (x, y): (f64, f64)) -> bool {
    scene
        .items
        .iter()
        .filter(|i| {
            i.tooltip
                .as_deref()
                .is_some_and(|t| t.starts_with(&format!("{country}:")))
        })
        .any(|i| match &i.shape {
            Shape::Polygon { points, .. } => {
                let mut inside = false;
                for k in 0..points.len() {
                    let (a, b) = (points[k], points[(k + 1) % points.len()]);
                    if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                        inside = !inside;
                    }
                }
                inside
            }
            _ => false,
        })
}

#[test]
fn known_cities_fall_inside_their_countries_projected_shapes() {
    // Paris, Marbella and Vilnius, each named as a user writes them and
    // found in the gazetteer, drawn in the shapes of France, Spain and
    // Lithuania, in Europe's projection and in Equal Earth (with New York).
    let base = "agencies:\n  - {id: fr, name: Police FR, country: FR, kind: police}\n  - {id: es, name: Police ES, country: ES, kind: police}\n  - {id: lt, name: Police LT, country: LT, kind: police}\n  - {id: us, name: Police US, country: US, kind: police}\nevents:\n  - {id: a, name: Arrests, date: 2024-06-04, participants: [fr, es, lt], places: [\"Paris, FR\", \"marbella, es\", \"Vilnius\"]}\n";
    for (extra, projection) in [
        ("", "Europe"),
        (
            "  - {id: b, name: Talks, date: 2024-07, participants: [us, fr], places: [\"New York City, US\"]}\n",
            "Equal Earth",
        ),
    ] {
        let model = load(&format!("{base}{extra}"));
        for size in ["auto", "slide", "phone"] {
            let opts = Options {
                size: Size::parse(size).unwrap(),
                ..Options::default()
            };
            let scene = map(&model, &opts);
            for (city, country) in [
                ("Paris", "France"),
                ("Marbella", "Spain"),
                ("Vilnius", "Lithuania"),
            ] {
                let dot = scene
                    .items
                    .iter()
                    .filter(|i| i.role == Role::Mark)
                    .find(|i| {
                        i.tooltip
                            .as_deref()
                            .is_some_and(|t| t.to_lowercase().starts_with(&city.to_lowercase()))
                    })
                    .map(|i| {
                        let b = i.bbox();
                        (b.x + b.w / 2.0, b.y + b.h / 2.0)
                    })
                    .unwrap_or_else(|| panic!("{city} is drawn ({projection}, {size})"));
                assert!(
                    in_country(&scene, country, dot),
                    "{city} in {country} ({projection}, {size})"
                );
                assert!(!in_country(&scene, "Germany", dot));
            }
        }
    }
}

/// The themes and sizes a map is drawn at.
fn sizes() -> Vec<(&'static str, Size)> {
    ["auto", "slide", "a4", "portrait", "square", "phone"]
        .into_iter()
        .map(|s| (s, Size::parse(s).unwrap()))
        .collect()
}

/// Problems a user would see: names over names or over marks not theirs,
/// anything off the canvas, text under 4.5:1 contrast on what is behind it
/// (the canvas, or the halo each name on the map sits on), a fixed canvas
/// not filled.
fn problems(what: &str, scene: &Scene, size: Size, theme: &Theme) -> Vec<String> {
    let mut out = Vec::new();
    if !scene.overlapping_labels().is_empty() {
        out.push(format!(
            "{what}: names overlap {:?}",
            scene.overlapping_labels()
        ));
    }
    if !scene.labels_over_marks().is_empty() {
        out.push(format!(
            "{what}: names over marks {:?}",
            scene.labels_over_marks()
        ));
    }
    if !scene.outside_canvas().is_empty() {
        out.push(format!(
            "{what}: {} items off the canvas",
            scene.outside_canvas().len()
        ));
    }
    for (k, i) in scene.items.iter().enumerate() {
        if let Shape::Text {
            fill, text, bbox, ..
        } = &i.shape
        {
            // What the text sits on: the last filled box drawn before it
            // that holds it, else the canvas.
            let behind = scene.items[..k]
                .iter()
                .rev()
                .find_map(|b| match &b.shape {
                    Shape::Rect {
                        rect,
                        fill: Paint::Solid(c, o),
                        ..
                    } if rect.contains(bbox) && *o > 0.5 => Some(c.over(&theme.background, *o)),
                    _ => None,
                })
                .unwrap_or(theme.background);
            if fill.contrast(&behind) < 4.5 {
                out.push(format!(
                    "{what}: {text:?} at {:.1}:1",
                    fill.contrast(&behind)
                ));
            }
        }
    }
    if let Size::Fixed { width, height } = size {
        let (w, h) = scene.display.unwrap_or((scene.width, scene.height));
        if (w - width).abs() > 0.5 || (h - height).abs() > 0.5 {
            out.push(format!("{what}: {w}x{h}, not {width}x{height}"));
        }
    }
    out
}

#[test]
fn every_bundled_case_is_clean_in_every_theme_and_size() {
    let mut found = Vec::new();
    for (name, yaml) in coopline::BUNDLED {
        let model = load_named(name, yaml);
        for theme in Theme::NAMES {
            for (size_name, size) in sizes() {
                for facet in [None, Some(Facet::Year)] {
                    let opts = Options {
                        size,
                        theme: Theme::by_name(theme).unwrap(),
                        facet,
                        print: size_name != "auto",
                        ..Options::default()
                    };
                    let scene = map(&model, &opts);
                    let what = format!("{name} {theme} {size_name} {facet:?}");
                    found.extend(problems(&what, &scene, size, &opts.theme));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_case_of_many_countries_is_drawn_as_stars_not_a_complete_graph() {
    // Sixteen countries at one action day with Europol: sixteen links from
    // Europol, not the 136 pairs among seventeen.
    let codes = [
        "NL", "FR", "DE", "ES", "IT", "BE", "PL", "PT", "AT", "CZ", "SE", "DK", "RO", "GR", "HU",
        "IE",
    ];
    let mut y = String::from(
        "agencies:\n  - {id: europol, name: Europol, country: EU, kind: eu-agency, seat: \"The Hague, NL\"}\n",
    );
    for c in codes {
        let id = c.to_lowercase();
        y += &format!("  - {{id: p-{id}, name: Police {c}, country: {c}, kind: police}}\n");
    }
    y += "events:\n  - {id: day, name: Action day, date: 2024-06-04, participants: [europol";
    for c in codes {
        y += &format!(", p-{}", c.to_lowercase());
    }
    y += "]}\n";
    let model = load(&y);
    let scene = map(&model, &Options::default());
    let links = scene
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Path { .. }) && i.record.as_deref() == Some("day"))
        .count();
    assert_eq!(links, 16);
    assert_eq!(lit(&scene).len(), 16);
    for (size_name, size) in sizes() {
        let opts = Options {
            size,
            print: true,
            ..Options::default()
        };
        let found = problems(
            &format!("sixteen at {size_name}"),
            &map(&model, &opts),
            size,
            &opts.theme,
        );
        assert!(found.is_empty(), "{}", found.join("\n"));
    }
}

#[test]
fn a_build_lights_countries_as_they_join() {
    let opts = Options {
        steps: true,
        ..Options::default()
    };
    let scene = map(&matrix(), &opts);
    let steps = scene.steps();
    assert!(steps > 3, "{steps}");
    let first = lit(&scene.frame(1));
    let last = lit(&scene.frame(steps));
    assert!(first.len() < last.len(), "{first:?} then {last:?}");
    assert_eq!(last.len(), 6);
    // Every frame adds something.
    let sizes: Vec<usize> = (1..=steps).map(|k| scene.frame(k).items.len()).collect();
    assert!(sizes.windows(2).all(|w| w[0] < w[1]), "{sizes:?}");
}

#[test]
fn year_panels_share_one_frame() {
    let opts = Options {
        facet: Some(Facet::Year),
        ..Options::default()
    };
    let scene = map(&matrix(), &opts);
    // The sea rectangles: one per panel, all of one size.
    let panels: Vec<(f64, f64)> = scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Rect {
                rect,
                stroke: Some(_),
                radius,
                ..
            } if *radius == 0.0 && rect.w > 200.0 => Some((rect.w, rect.h)),
            _ => None,
        })
        .collect();
    assert!(panels.len() >= 3, "{panels:?}");
    assert!(panels.windows(2).all(|w| w[0] == w[1]), "{panels:?}");
}

#[test]
fn a_case_of_several_continents_is_drawn_in_equal_earth() {
    // Sky ECC reaches the United States: the frame spans the Atlantic.
    let model = load_named(
        "sky-ecc",
        coopline::BUNDLED
            .iter()
            .find(|b| b.0 == "sky-ecc")
            .unwrap()
            .1,
    );
    let scene = map(&model, &Options::default());
    assert!(
        lit(&scene).contains(&"United States".to_string()),
        "{:?}",
        lit(&scene)
    );
    assert!(lit(&scene).contains(&"Belgium".to_string()));
}

/// Polygons' points.
type Rings<'a> = Vec<&'a Vec<(f64, f64)>>;

/// The rings drawn as quiet land (polygons with no hover text) and those
/// drawn lit (with one).
fn land_and_lit(scene: &Scene) -> (Rings<'_>, Rings<'_>) {
    let (mut land, mut lit) = (Vec::new(), Vec::new());
    for i in &scene.items {
        if let Shape::Polygon { points, .. } = &i.shape {
            if i.tooltip.is_some() {
                &mut lit
            } else {
                &mut land
            }
            .push(points);
        }
    }
    (land, lit)
}

#[test]
fn a_country_that_took_part_is_drawn_once_but_stands_as_land_until_it_joins() {
    let (scene, build) = (
        map(&matrix(), &Options::default()),
        map(
            &matrix(),
            &Options {
                steps: true,
                ..Options::default()
            },
        ),
    );
    let (land, lit) = land_and_lit(&scene);
    assert!(
        land.len() > 50 && lit.len() >= 6,
        "{} {}",
        land.len(),
        lit.len()
    );
    assert!(lit.iter().all(|r| !land.contains(r)));
    // In a build the first frames show the countries yet to join as land.
    let (land, lit) = land_and_lit(&build);
    assert!(lit.iter().all(|r| land.contains(r)));
}

#[test]
fn land_lies_on_tenths_of_a_pixel_with_no_point_repeated() {
    for (size_name, size) in sizes() {
        let scene = map(
            &matrix(),
            &Options {
                size,
                ..Options::default()
            },
        );
        // The panel's top left: the sea's corner.
        let (x0, y0) = scene
            .items
            .iter()
            .find_map(|i| match &i.shape {
                Shape::Rect {
                    rect,
                    stroke: Some(_),
                    ..
                } if rect.w > 200.0 => Some((rect.x, rect.y)),
                _ => None,
            })
            .unwrap();
        let tenths = |v: f64| ((v * 10.0).round() - v * 10.0).abs() < 1e-6;
        for i in &scene.items {
            if let Shape::Polygon { points, .. } = &i.shape {
                for (k, p) in points.iter().enumerate() {
                    assert!(
                        tenths(p.0 - x0) && tenths(p.1 - y0),
                        "{size_name}: {p:?} from {x0} {y0}"
                    );
                    assert_ne!(*p, points[(k + 1) % points.len()], "{size_name}");
                }
            }
        }
    }
}

#[test]
fn the_map_written_as_paths_looks_as_drawn_polygon_by_polygon() {
    use crate::common::pixels::{SAME_RENDERER, Verdict, compare, rasterize};
    for theme in ["light", "dark"] {
        for size in ["auto", "phone"] {
            let scene = map(
                &matrix(),
                &Options {
                    size: Size::parse(size).unwrap(),
                    theme: Theme::by_name(theme).unwrap(),
                    ..Options::default()
                },
            );
            // A record of its own keeps each polygon an element of its own.
            let mut apart = scene.clone();
            for (k, i) in apart.items.iter_mut().enumerate() {
                if matches!(i.shape, Shape::Polygon { .. }) {
                    i.record = Some(format!("ring-{k}").into());
                }
            }
            let (merged, one_by_one) = (coopline::render_svg(&scene), coopline::render_svg(&apart));
            assert!(
                merged.matches("<path ").count() + 100 < one_by_one.matches("<polygon ").count(),
                "{theme} {size}: the land is one path"
            );
            assert_eq!(
                compare(
                    &rasterize(&apart, 1.0),
                    &rasterize(&scene, 1.0),
                    SAME_RENDERER
                ),
                Verdict::Same,
                "{theme} {size}"
            );
        }
    }
}

#[test]
fn the_matrix_map_is_small_enough_for_a_web_page_to_hold_it_twice() {
    // The page (issue 20) inlines the map for a desk and for a phone, and
    // the whole of it must stay under 400 KB.
    for (size, most) in [("auto", 110_000), ("phone", 65_000)] {
        let scene = map(
            &matrix(),
            &Options {
                size: Size::parse(size).unwrap(),
                ..Options::default()
            },
        );
        let bytes = coopline::render_svg(&scene).len();
        assert!(bytes <= most, "{size}: {bytes} bytes");
    }
}
