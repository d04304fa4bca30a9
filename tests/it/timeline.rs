//! The timeline view on the Matrix case and on generated datasets: no overlapping
//! text, nothing off the canvas, readable contrast, deterministic, valid SVG.

use crate::common::{load, load_named, matrix};

use crate::common;

use coopline::{
    Color, FontMeasure, INTER_REGULAR, INTER_SEMIBOLD, LaneMode, Paint, Role, Scene, Shape, Size,
    SourceSet, Theme, TimeAxis, TimelineOptions, layout_timeline, render_svg,
};

fn theme(name: &str) -> Theme {
    Theme::by_name(name).unwrap()
}

/// The colour a viewer sees at `(x, y)` below item `below`: every filled shape
/// under the point, blended over the canvas.
fn backdrop(scene: &Scene, x: f64, y: f64, below: usize) -> Color {
    for i in (0..below).rev() {
        let item = &scene.items[i];
        let (paint, inside) = match &item.shape {
            Shape::Rect { rect, fill, .. } => (
                fill,
                x >= rect.x && x <= rect.right() && y >= rect.y && y <= rect.bottom(),
            ),
            Shape::Circle {
                cx, cy, r, fill, ..
            } => (fill, (x - cx).powi(2) + (y - cy).powi(2) <= r * r),
            _ => continue,
        };
        if !inside {
            continue;
        }
        let (color, alpha) = match paint {
            Paint::None => continue,
            Paint::Solid(c, a) => (*c, *a),
            Paint::FadeX { color, from, to } => {
                let r = item.bbox();
                let t = ((x - r.x) / r.w.max(1e-9)).clamp(0.0, 1.0);
                (*color, from + (to - from) * t)
            }
            // Half stripes in the colour, half a 30% tint of it.
            Paint::Hatch(c) => (*c, 0.65),
        };
        return color.over(&backdrop(scene, x, y, i), alpha * item.opacity);
    }
    scene.background
}

/// Every failure of the scene invariants, as readable lines.
pub(crate) fn problems(scene: &Scene) -> Vec<String> {
    let mut out = Vec::new();
    let text = |i: usize| match &scene.items[i].shape {
        Shape::Text { text, .. } => text.clone(),
        other => format!("{other:?}").chars().take(80).collect(),
    };
    for (a, b) in scene.overlapping_labels() {
        out.push(format!("labels overlap: {:?} / {:?}", text(a), text(b)));
    }
    for (l, mk) in scene.labels_over_marks() {
        out.push(format!("label over a mark: {:?} / {}", text(l), text(mk)));
    }
    for i in scene.outside_canvas() {
        out.push(format!(
            "outside the canvas: {} {:?}",
            text(i),
            scene.items[i].bbox()
        ));
    }
    for (i, item) in scene.items.iter().enumerate() {
        if let Shape::Text {
            fill, bbox, size, ..
        } = &item.shape
        {
            if *size < 14.0 {
                out.push(format!("text below 14 px: {:?}", text(i)));
            }
            let y = bbox.y + bbox.h / 2.0;
            for x in [bbox.x + 1.0, bbox.x + bbox.w / 2.0, bbox.right() - 1.0] {
                let back = backdrop(scene, x, y, i);
                let ink = fill.over(&back, item.opacity);
                let c = ink.contrast(&back);
                if c < 4.5 {
                    out.push(format!(
                        "contrast {c:.2} < 4.5 for {:?} ({ink} on {back})",
                        text(i)
                    ));
                    break;
                }
            }
        }
    }
    out
}

pub(crate) fn assert_sound(scene: &Scene, what: &str) {
    let p = problems(scene);
    assert!(p.is_empty(), "{what}:\n{}", p.join("\n"));
}

/// usvg parses the SVG and keeps every element we wrote.
fn assert_parses_whole(svg: &str, what: &str) {
    let mut opt = resvg::usvg::Options::default();
    opt.fontdb_mut().load_font_data(INTER_REGULAR.to_vec());
    opt.fontdb_mut().load_font_data(INTER_SEMIBOLD.to_vec());
    let tree =
        resvg::usvg::Tree::from_str(svg, &opt).unwrap_or_else(|e| panic!("{what}: usvg: {e}"));
    fn count(g: &resvg::usvg::Group, texts: &mut usize, paths: &mut usize) {
        for n in g.children() {
            match n {
                resvg::usvg::Node::Group(g) => count(g, texts, paths),
                resvg::usvg::Node::Path(_) => *paths += 1,
                resvg::usvg::Node::Text(_) => *texts += 1,
                resvg::usvg::Node::Image(_) => {}
            }
        }
    }
    let (mut texts, mut paths) = (0, 0);
    count(tree.root(), &mut texts, &mut paths);
    let written_texts = svg.matches("<text ").count();
    // The tiles of a hatching's pattern are paint, not shapes of the picture.
    let drawn = svg.split_once("</defs>").map_or(svg, |(_, body)| body);
    let written_shapes = ["<rect ", "<circle ", "<line ", "<polygon "]
        .iter()
        .map(|t| drawn.matches(t).count())
        .sum::<usize>();
    assert_eq!(texts, written_texts, "{what}: usvg dropped text");
    // A shape with both fill and stroke may become two paths, never fewer than one.
    assert!(
        paths >= written_shapes,
        "{what}: usvg kept {paths} paths of {written_shapes} shapes"
    );
}

/// True if any tag carries an `on...=` attribute.
fn has_event_handler(svg: &str) -> bool {
    svg.split('<').skip(1).any(|tag| {
        let head = tag.split('>').next().unwrap_or("");
        head.split_whitespace().skip(1).any(|attr| {
            let name = attr.split('=').next().unwrap_or("").to_ascii_lowercase();
            name.starts_with("on") && attr.contains('=')
        })
    })
}

#[test]
fn matrix_timeline_is_sound_in_every_theme_size_and_lane_mode() {
    let m = matrix();
    let measure = FontMeasure::new();
    for theme_name in Theme::NAMES {
        for size in [
            Size::Auto,
            Size::parse("slide").unwrap(),
            Size::parse("a4").unwrap(),
            Size::parse("square").unwrap(),
            Size::parse("phone").unwrap(),
        ] {
            for lanes in [
                LaneMode::Agency,
                LaneMode::Team,
                LaneMode::Country,
                LaneMode::Kind,
            ] {
                let opts = TimelineOptions {
                    lanes,
                    size,
                    theme: theme(theme_name),
                    ..Default::default()
                };
                let what = format!("{theme_name} {size:?} {lanes:?}");
                let scene = layout_timeline(&m, &measure, &opts);
                assert_sound(&scene, &what);
                assert_parses_whole(&render_svg(&scene), &what);
            }
        }
    }
}

#[test]
fn every_bundled_case_is_sound() {
    let measure = FontMeasure::new();
    for (stem, yaml) in coopline::BUNDLED {
        let m = load(yaml);
        for (name, view, opts) in coopline::gallery_entries(stem) {
            let scene = coopline::layout(view, &m, &opts, &measure).unwrap().scene;
            assert_sound(&scene, &name);
            assert_parses_whole(&render_svg(&scene), &name);
        }
        // And on a phone, where time runs down the page.
        let phone = TimelineOptions {
            size: Size::parse("phone").unwrap(),
            ..Default::default()
        };
        assert_sound(
            &layout_timeline(&m, &measure, &phone),
            &format!("{stem} at phone"),
        );
    }
}

#[test]
fn matrix_fits_a_slide_without_shrinking_text() {
    let m = matrix();
    let opts = TimelineOptions {
        size: Size::parse("slide").unwrap(),
        ..Default::default()
    };
    let scene = layout_timeline(&m, &FontMeasure::new(), &opts);
    assert_eq!((scene.width, scene.height), (1920.0, 1080.0));
    assert_eq!(
        scene.display, None,
        "the Matrix case must fit 1920x1080 at full size"
    );
    let labels: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    // Every event is labelled on the slide: nothing was left out for space.
    for ev in &m.events {
        let first_word = ev.name.split_whitespace().next().unwrap();
        assert!(
            labels.iter().any(|l| l.starts_with(first_word)),
            "no label for {}",
            ev.id
        );
    }
    assert!(!labels.iter().any(|l| l.contains("left out")));
}

#[test]
fn focus_dims_everyone_else_but_keeps_text_readable() {
    let m = matrix();
    let opts = TimelineOptions {
        focus: m.agency("nl-kmar"),
        ..Default::default()
    };
    let scene = layout_timeline(&m, &FontMeasure::new(), &opts);
    assert_sound(&scene, "focus");
    let dimmed_marks = scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark && i.opacity < 1.0)
        .count();
    let full_marks = scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark && i.opacity >= 1.0)
        .count();
    assert!(
        dimmed_marks > full_marks,
        "KMar only worked with the OM: most marks dim"
    );
    // The surrender (KMar's event) stays at full strength.
    assert!(
        scene
            .items
            .iter()
            .any(|i| i.record.as_deref() == Some("surrender-nl-suspect")
                && i.role == Role::Mark
                && i.opacity >= 1.0)
    );
}

#[test]
fn month_precision_fades_and_day_precision_is_crisp() {
    let m = matrix();
    for axis in [TimeAxis::Linear, TimeAxis::Broken] {
        let opts = TimelineOptions {
            axis,
            ..Default::default()
        };
        let scene = layout_timeline(&m, &FontMeasure::new(), &opts);
        // The task force began "June 2024": its bars start with a fade one month wide.
        let fades: Vec<f64> = scene
            .items
            .iter()
            .filter(|i| i.record.as_deref() == Some("otf-matrix") && i.role == Role::Mark)
            .filter_map(|i| match &i.shape {
                Shape::Rect {
                    rect,
                    fill: Paint::FadeX { from, to, .. },
                    ..
                } if from < to => Some(rect.w),
                _ => None,
            })
            .collect();
        assert!(!fades.is_empty(), "no fade-in on the task force");
        let px_per_day = {
            // The action day (3 Dec 2024) and the surrender (31 Jan 2025) are 59 days apart.
            let xs: Vec<f64> = ["action-day", "surrender-nl-suspect"]
                .iter()
                .map(|id| {
                    scene
                        .items
                        .iter()
                        .find_map(|i| match (&i.shape, i.record.as_deref()) {
                            (Shape::Circle { cx, .. }, Some(r)) if r == *id => Some(*cx),
                            _ => None,
                        })
                        .unwrap()
                })
                .collect();
            (xs[1] - xs[0]) / 59.0
        };
        for w in &fades {
            assert!(
                (w / px_per_day - 30.0).abs() < 1.5,
                "{axis:?}: fade of {w}px is not one month"
            );
        }
        // Day-precise events are points; the year-precise 2022 event is a capsule over
        // a year: to scale, or, on the broken axis, inside the break that takes 2022.
        let capsule = scene
            .items
            .iter()
            .find_map(|i| match (&i.shape, i.record.as_deref()) {
                (Shape::Rect { rect, radius, .. }, Some("junalco-takes-case")) if *radius > 0.0 => {
                    Some(rect.w)
                }
                _ => None,
            })
            .expect("the 2022 event is drawn as an interval");
        match axis {
            TimeAxis::Linear => {
                assert!((capsule / px_per_day - 365.0).abs() < 3.0, "{capsule}")
            }
            TimeAxis::Broken => assert!(capsule > 6.0 && capsule < 44.0, "{capsule}"),
        }
    }
}

#[test]
fn every_mark_says_what_it_is_and_cites_its_sources() {
    let m = matrix();
    let scene = layout_timeline(&m, &FontMeasure::new(), &TimelineOptions::default());
    for item in scene.items.iter().filter(|i| i.role == Role::Mark) {
        let tip = item.tooltip.as_deref().unwrap_or_default();
        assert!(
            item.record.is_some(),
            "mark without record: {:?}",
            item.shape
        );
        assert!(tip.contains("Sources: "), "mark without sources: {tip}");
    }
    let svg = render_svg(&scene);
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains(
        "<title id=\"title\">Takedown of the Matrix encrypted messaging service</title>"
    ));
    assert!(svg.contains("<desc id=\"desc\">"));
    assert!(
        svg.contains("font-family=\"Inter,"),
        "the bundled font comes first"
    );
    assert!(
        svg.contains("(as written: ~2024-09 – 2024-12-03)"),
        "dates as written in the data"
    );
    assert!(svg.contains("rel=\"noopener noreferrer\""));
    assert!(!svg.contains("<script"), "no script");
    assert!(!has_event_handler(&svg), "no event-handler attributes");
}

#[test]
fn output_is_deterministic() {
    let m = matrix();
    let measure = FontMeasure::new();
    for lanes in [LaneMode::Agency, LaneMode::Team] {
        let opts = TimelineOptions {
            lanes,
            ..Default::default()
        };
        let a = render_svg(&layout_timeline(&m, &measure, &opts));
        let b = render_svg(&layout_timeline(
            &load(coopline::MATRIX_YAML),
            &FontMeasure::new(),
            &opts,
        ));
        assert_eq!(a, b);
    }
}

#[test]
fn generated_datasets_from_10_to_500_events_stay_sound() {
    let measure = FontMeasure::new();
    for (agencies, teams, events, seed) in [
        (8, 2, 10, 1),
        (20, 5, 50, 2),
        (40, 10, 150, 3),
        (60, 15, 300, 4),
        (80, 20, 500, 5),
    ] {
        let m = load(&common::dataset(agencies, teams, events, seed));
        for (theme_name, size) in [
            ("light", Size::Auto),
            ("dark", Size::parse("slide").unwrap()),
        ] {
            let opts = TimelineOptions {
                size,
                theme: theme(theme_name),
                ..Default::default()
            };
            let scene = layout_timeline(&m, &measure, &opts);
            let what = format!("{events} events, {theme_name}");
            let p: Vec<String> = problems(&scene)
                .into_iter()
                .filter(|p| !p.starts_with("text below 14") || scene.display.is_none())
                .collect();
            assert!(p.is_empty(), "{what}:\n{}", p.join("\n"));
            let svg = render_svg(&scene);
            assert_parses_whole(&svg, &what);
            assert_eq!(
                svg,
                render_svg(&layout_timeline(&m, &measure, &opts)),
                "{what}: not deterministic"
            );
        }
    }
}

#[test]
fn gallery_in_output_is_up_to_date() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
    let stale: Vec<String> = coopline::render_gallery(&FontMeasure::new())
        .into_iter()
        .filter_map(|(name, drawn)| {
            let Ok(committed) = std::fs::read(dir.join(&name)) else {
                return Some(format!("output/{name} is missing"));
            };
            if name.ends_with(".pptx") {
                return deck_difference(&committed, &drawn)
                    .map(|d| format!("output/{name} differs from what the code makes now: {d}"));
            }
            let (committed, drawn) = (
                String::from_utf8_lossy(&committed),
                String::from_utf8_lossy(&drawn),
            );
            (committed != drawn).then(|| {
                // The first differing line points at what changed.
                let line = committed
                    .lines()
                    .zip(drawn.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(committed.lines().count().min(drawn.lines().count()));
                format!(
                    "output/{name} differs from what the code draws now, from line {}",
                    line + 1
                )
            })
        })
        .collect();
    assert!(
        stale.is_empty(),
        "{}\nThe committed gallery is stale: `cargo run --release` rewrites output/; look at the pictures and commit them.",
        stale.join("\n")
    );
}

/// The first part in which two decks differ: the XML and the SVG pictures
/// byte for byte; the PNG fallbacks only by their pixel size, as a
/// rasteriser's last bit may differ between builds.
fn deck_difference(a: &[u8], b: &[u8]) -> Option<String> {
    let parts = |bytes: &[u8]| -> Vec<(String, Vec<u8>)> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        (0..zip.len())
            .map(|i| {
                let mut f = zip.by_index(i).expect("a part");
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut data).expect("readable");
                (f.name().expect("a part name").to_string(), data)
            })
            .collect()
    };
    let (a, b) = (parts(a), parts(b));
    let names = |p: &[(String, Vec<u8>)]| p.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    if names(&a) != names(&b) {
        return Some(format!("parts {:?} against {:?}", names(&a), names(&b)));
    }
    a.iter().zip(&b).find_map(|((name, x), (_, y))| {
        let same = if name.ends_with(".png") {
            x.get(16..24) == y.get(16..24)
        } else {
            x == y
        };
        (!same).then(|| name.clone())
    })
}

#[test]
fn a_time_window_shows_only_what_falls_in_it() {
    let m = matrix();
    let opts = TimelineOptions {
        from: Some(coopline::PartialDate::parse("2024-06").unwrap()),
        to: Some(coopline::PartialDate::parse("2024-12").unwrap()),
        ..Default::default()
    };
    let scene = layout_timeline(&m, &FontMeasure::new(), &opts);
    assert_sound(&scene, "window");
    let records: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| i.record.as_deref())
        .collect();
    assert!(records.contains(&"action-day") && records.contains(&"otf-matrix"));
    for gone in ["phone-found", "junalco-takes-case", "surrender-nl-suspect"] {
        assert!(!records.contains(&gone), "{gone} is outside the window");
    }
    // KMar only appears through the 2025 surrender: no lane in this window.
    assert!(!records.contains(&"nl-kmar"));
}

#[test]
fn truncated_text_keeps_its_full_text_on_hover() {
    let m = load(
        "agencies:
  - {id: a, name: An agency whose official English name is much too long to fit the narrow label column of a timeline, short: A, country: NL, kind: police}
  - {id: b, name: An investigating unit with an equally long and descriptive official name that cannot fit either, country: FR, kind: police}
events:
  - {id: e, name: A meeting, date: 2024-05-02, participants: [a, b]}
",
    );
    let scene = layout_timeline(&m, &FontMeasure::new(), &TimelineOptions::default());
    assert_sound(&scene, "long names");
    let lane_b = scene
        .items
        .iter()
        .find(|i| i.record.as_deref() == Some("b") && matches!(i.shape, Shape::Text { .. }))
        .unwrap();
    let Shape::Text { text, .. } = &lane_b.shape else {
        unreachable!()
    };
    assert!(text.ends_with('…'), "{text}");
    assert!(
        lane_b
            .tooltip
            .as_deref()
            .unwrap()
            .starts_with("An investigating unit with an equally long")
    );
}

#[test]
fn context_is_drawn_as_a_lane_and_hidden_on_request() {
    let mut sources = SourceSet::new();
    sources.add("data/matrix.yaml", coopline::MATRIX_YAML);
    sources.add(
        "data/legal-framework.yaml",
        include_str!("../../data/legal-framework.yaml"),
    );
    let m = coopline::check(&sources).unwrap().model;
    let measure = FontMeasure::new();
    let scene = layout_timeline(&m, &measure, &TimelineOptions::default());
    assert_sound(&scene, "with context");
    let records: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| i.record.as_deref())
        .collect();
    // Regulation 2023/969 (10 May 2023) falls within the Matrix years; the 2000
    // Convention does not, and context never widens the time shown.
    assert!(
        records.contains(&"jit-platform-reg-2023-969-adopted"),
        "{records:?}"
    );
    assert!(!records.contains(&"mla-convention-2000-adopted"));
    // The subtitle counts the milestones drawn, not those of the dataset.
    let drawn: std::collections::BTreeSet<&str> = records
        .iter()
        .copied()
        .filter(|r| m.context.iter().any(|c| c.id.as_str() == *r))
        .collect();
    assert!(drawn.len() < m.context.len());
    let counted = format!("· {} legal milestones", drawn.len());
    assert!(
        scene
            .items
            .iter()
            .any(|i| matches!(&i.shape, Shape::Text { text, .. } if text.ends_with(&counted))),
        "no subtitle ends with {counted:?}"
    );
    let hidden = layout_timeline(
        &m,
        &measure,
        &TimelineOptions {
            context: false,
            ..Default::default()
        },
    );
    assert!(
        !hidden
            .items
            .iter()
            .any(|i| i.record.as_deref() == Some("jit-platform-reg-2023-969-adopted"))
    );
    let lane_label = |s: &Scene| {
        s.items
            .iter()
            .any(|i| matches!(&i.shape, Shape::Text { text, .. } if text == "Legal framework"))
    };
    assert!(lane_label(&scene) && !lane_label(&hidden));
}

#[test]
fn the_legal_framework_names_every_milestone_in_the_picture() {
    // Its 23 milestones crowd into runs a few months apart: they step down
    // in staircases, and two on the same day share a leader. On a slide or
    // a page, the rows spread to fill it (they took the top 45% of a slide).
    let m = load_named(
        "legal-framework",
        include_str!("../../data/legal-framework.yaml"),
    );
    let measure = FontMeasure::new();
    for size in ["auto", "slide", "a4"] {
        let opts = TimelineOptions {
            size: Size::parse(size).unwrap(),
            print: true,
            ..Default::default()
        };
        let scene = layout_timeline(&m, &measure, &opts);
        assert_sound(&scene, size);
        for c in &m.context {
            let named = scene.items.iter().any(|i| {
                i.record.as_deref() == Some(c.id.as_str())
                    && matches!(&i.shape, Shape::Text { text, .. } if text == c.label())
            });
            assert!(named, "{size}: {} is not labelled", c.id.as_str());
        }
        assert!(
            !render_svg(&scene).contains("Not labelled for space"),
            "{size}: the footnote lists milestones"
        );
        // On a fixed canvas, the rows of labels spread to fill it.
        if size != "auto" {
            let lowest = common::content_bottom(&scene);
            assert!(
                lowest > 0.9 * scene.height,
                "{size}: the picture ends at {lowest:.0} of {}",
                scene.height
            );
        }
    }
}

#[test]
fn a_month_inside_a_longer_event_keeps_its_own_span() {
    // Both on the one agency's lane: the month's capsule must not take the span of
    // the year-long event that also covers its middle.
    let m = load(
        "title: Spans\n\
         sources:\n  - {id: s, title: Report}\n\
         agencies:\n  - {id: nl, name: Dutch police, country: NL, kind: police, sources: [s]}\n\
         events:\n\
         \x20 - {id: year, name: Year-long inquiry, date: 2019, participants: [nl], sources: [s]}\n\
         \x20 - {id: month, name: Case opened, date: 2019-08, participants: [nl], sources: [s]}\n\
         \x20 - {id: later, name: Raid, date: 2021-03-09, participants: [nl], sources: [s]}\n",
    );
    let scene = layout_timeline(&m, &FontMeasure::new(), &TimelineOptions::default());
    let capsule = |id: &str| {
        scene
            .items
            .iter()
            .find_map(|i| match (&i.shape, i.record.as_deref(), i.role) {
                (Shape::Rect { rect, .. }, Some(r), Role::Mark) if r == id => Some(*rect),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no capsule for {id}"))
    };
    let (year, month) = (capsule("year"), capsule("month"));
    assert!(
        month.w < year.w / 6.0,
        "a month drawn {} px wide against the year's {} px",
        month.w,
        year.w
    );
    assert!(month.x > year.x + year.w / 2.0 && month.right() < year.right());
}

/// Where the plot runs across: from the axis's first year label (set at the
/// plot's left edge) to the right end of the lanes' shading.
fn plot_edges(scene: &Scene) -> (f64, f64) {
    let left = scene
        .items
        .iter()
        .find_map(|i| match &i.shape {
            Shape::Text { text, x, size, .. } if *size == 18.0 && text == "2021" => Some(*x - 4.0),
            _ => None,
        })
        .expect("the axis names its first year");
    let right = scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Rect { rect, .. } if i.role == Role::Decoration => Some(rect.right()),
            _ => None,
        })
        .fold(f64::MIN, f64::max);
    (left, right)
}

/// The share of the plot from the first mark of an event of 2024 or later to
/// the plot's right edge.
fn share_from_2024(m: &coopline::Model, scene: &Scene) -> f64 {
    let recent: Vec<&str> = m
        .events
        .iter()
        .filter(|e| {
            e.period()
                .start
                .first_day()
                .format("%Y")
                .to_string()
                .as_str()
                >= "2024"
        })
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(recent.len(), 4, "{recent:?}");
    let first = scene
        .items
        .iter()
        .filter(|i| {
            i.role == Role::Mark && i.record.as_deref().is_some_and(|r| recent.contains(&r))
        })
        .map(|i| i.bbox().x)
        .fold(f64::MAX, f64::min);
    let (left, right) = plot_edges(scene);
    (right - first) / (right - left)
}

#[test]
fn matrix_gives_2024_and_2025_half_the_plot_unless_the_axis_is_linear() {
    let m = matrix();
    let measure = FontMeasure::new();
    for size in [Size::Auto, Size::parse("slide").unwrap()] {
        let broken = layout_timeline(
            &m,
            &measure,
            &TimelineOptions {
                size,
                ..Default::default()
            },
        );
        let share = share_from_2024(&m, &broken);
        assert!(
            share >= 0.5,
            "{size:?}: 2024–2025 get {share:.2} of the plot"
        );
        let linear = TimelineOptions {
            size,
            axis: TimeAxis::Linear,
            ..Default::default()
        };
        let share = share_from_2024(&m, &layout_timeline(&m, &measure, &linear));
        assert!(
            share < 0.3,
            "{size:?}: to scale, 2024–2025 get {share:.2} of the plot"
        );
    }
}

/// The texts of a scene.
pub(crate) fn texts(scene: &Scene) -> Vec<&str> {
    scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_broken_axis_says_what_it_leaves_out_and_marks_where() {
    let m = matrix();
    let measure = FontMeasure::new();
    let note = "Time axis broken: Jan 2022 – May 2024 compressed";
    let scene = layout_timeline(&m, &measure, &TimelineOptions::default());
    assert!(texts(&scene).contains(&note), "{:?}", texts(&scene));
    assert!(
        scene.description.ends_with(&format!("{note}.")),
        "{}",
        scene.description
    );
    let marks: Vec<_> = scene
        .items
        .iter()
        .filter(|i| i.tooltip.as_deref() == Some(note) && matches!(i.shape, Shape::Polygon { .. }))
        .collect();
    assert_eq!(marks.len(), 1, "one break, one torn strip");
    // The strip runs down the lanes, between the 2022 capsule and the 2024 bars.
    let strip = marks[0].bbox();
    let left_of = |id: &str| {
        scene
            .items
            .iter()
            .filter(|i| i.role == Role::Mark && i.record.as_deref() == Some(id))
            .map(|i| i.bbox())
            .collect::<Vec<_>>()
    };
    assert!(
        left_of("junalco-takes-case")
            .iter()
            .all(|b| b.right() <= strip.x)
    );
    assert!(left_of("otf-matrix").iter().all(|b| b.x >= strip.right()));
    assert!(strip.h > 300.0, "down the lanes: {strip:?}");
    // The axis names the year it starts in, the year it resumes in after the
    // break (June 2024, no year tick), and the next.
    let years: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, size, .. } if *size == 18.0 && text.len() == 4 => {
                Some(text.as_str())
            }
            _ => None,
        })
        .collect();
    assert_eq!(years, ["2021", "2024", "2025"]);
    let linear = TimelineOptions {
        axis: TimeAxis::Linear,
        ..Default::default()
    };
    let scene = layout_timeline(&m, &measure, &linear);
    assert!(!texts(&scene).iter().any(|t| t.contains("Time axis broken")));
    assert!(
        !scene
            .items
            .iter()
            .any(|i| i.tooltip.as_deref() == Some(note))
    );
}

#[test]
fn bars_run_whole_through_a_break_and_labels_keep_off_it() {
    let m = load(
        "title: Quiet years\n\
         agencies:\n\
         \x20 - {id: a, name: Police A, country: FR, kind: police}\n\
         \x20 - {id: b, name: Police B, country: NL, kind: police}\n\
         teams:\n\
         \x20 - {id: t, name: A joint investigation team with a long name, kind: jit, start: 2015-03-10, end: 2020-06-30, members: [a, b]}\n\
         events:\n\
         \x20 - {id: e1, name: First arrests, date: 2015-04-02, participants: [a]}\n\
         \x20 - {id: e2, name: Raid, date: 2019-11-05, participants: [b]}\n\
         \x20 - {id: e3, name: Trial, date: 2020-05-10, participants: [a, b]}\n",
    );
    let measure = FontMeasure::new();
    for theme_name in ["light", "dark"] {
        for size in [
            Size::Auto,
            Size::parse("slide").unwrap(),
            Size::parse("square").unwrap(),
        ] {
            let opts = TimelineOptions {
                size,
                theme: theme(theme_name),
                ..Default::default()
            };
            let what = format!("{theme_name} {size:?}");
            let scene = layout_timeline(&m, &measure, &opts);
            assert_sound(&scene, &what);
            let note = "Time axis broken: May 2015 – Oct 2019 compressed";
            assert!(texts(&scene).contains(&note), "{what}: {:?}", texts(&scene));
            let strip = scene
                .items
                .iter()
                .find(|i| {
                    matches!(i.shape, Shape::Polygon { .. }) && i.tooltip.as_deref() == Some(note)
                })
                .map(|i| i.bbox())
                .expect("a torn strip");
            for i in &scene.items {
                if let Shape::Text { text, bbox, .. } = &i.shape {
                    assert!(!bbox.overlaps(&strip), "{what}: {text:?} over the break");
                }
            }
            // Each member's bar has one solid piece that runs under the strip.
            let whole = scene
                .items
                .iter()
                .filter(|i| i.record.as_deref() == Some("t") && i.role == Role::Mark)
                .filter(|i| {
                    matches!(
                        i.shape,
                        Shape::Rect {
                            fill: Paint::Solid(..),
                            ..
                        }
                    )
                })
                .filter(|i| i.bbox().x < strip.x && i.bbox().right() > strip.right())
                .count();
            assert_eq!(whole, 2, "{what}");
        }
    }
}

#[test]
fn the_axis_option_is_the_timelines_alone() {
    for view in ["storyline", "network"] {
        let out = common::coopline(&[
            "render",
            "data/matrix.yaml",
            "--view",
            view,
            "--axis",
            "linear",
            "-o",
            "-",
        ]);
        assert_eq!(out.status.code(), Some(2), "{view}");
        let err = common::text(&out.stderr);
        assert!(
            err.contains(&format!(
                "--axis does not apply to the {view} view; it applies to the timeline view"
            )),
            "{err}"
        );
    }
    let svg = |axis: &str| {
        let out = common::coopline(&["render", "data/matrix.yaml", "--axis", axis, "-o", "-"]);
        assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
        common::text(&out.stdout)
    };
    assert!(svg("broken").contains("Time axis broken"));
    assert!(!svg("linear").contains("Time axis broken"));
}

/// Each team is named on its bars in full where the name fits on any of them
/// (shortened only where it fits on none), at the default size and on a slide.
#[test]
fn teams_are_named_in_full_on_their_bars() {
    for (stem, yaml) in coopline::BUNDLED {
        let m = load(yaml);
        for size in ["auto", "slide"] {
            let opts = TimelineOptions {
                size: Size::parse(size).unwrap(),
                ..Default::default()
            };
            let scene = layout_timeline(&m, &FontMeasure::new(), &opts);
            for t in &m.teams {
                assert!(
                    scene.items.iter().any(|i| matches!(&i.shape,
                        Shape::Text { text, .. } if *text == t.name)),
                    "{stem} at {size}: {} not named in full",
                    t.id
                );
            }
        }
    }
}

/// On a phone's column drawn across (time runs down there unless asked
/// otherwise) the lane and group names stand above their lanes, in full, and
/// the plot takes the width: the Matrix case's names were cut to "Politie…"
/// and "Eur…" beside a plot a third of the width.
#[test]
fn on_a_phone_names_stand_above_their_lanes_in_full() {
    let m = matrix();
    let opts = TimelineOptions {
        size: Size::parse("phone").unwrap(),
        orient: Some(coopline::Orient::Across),
        ..Default::default()
    };
    let scene = layout_timeline(&m, &FontMeasure::new(), &opts);
    assert_sound(&scene, "matrix at phone");
    let texts = texts(&scene);
    for name in [
        "Politie LOI",
        "JUNALCO J3",
        "IT authorities",
        "European Union",
        "Netherlands",
    ] {
        assert!(texts.contains(&name), "{name} not written in full");
    }
    // The first event (July 2021) is drawn within the first quarter of the
    // width: the plot starts at the margin.
    let leftmost = scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark)
        .map(|i| i.bbox().x)
        .fold(f64::MAX, f64::min);
    assert!(leftmost < 390.0 / 4.0, "the plot starts at {leftmost:.0}");
}

/// Two sources of one publisher on one day are told apart in the footer by
/// their titles; a source written twice alike is named once.
#[test]
fn the_footer_never_names_two_sources_alike() {
    let model = load(
        "title: T\nsources:\n  - {id: s1, title: Takedown of Matrix, publisher: Europol, date: 2024-12-03}\n  - {id: s2, title: Arrests in Spain, publisher: Europol, date: 2024-12-03}\n  - {id: s3, title: Arrests in Spain, publisher: Europol, date: 2024-12-03}\n  - {id: s4, title: Other, publisher: Eurojust, date: 2024-12-03}\nagencies:\n  - {id: a, name: A, country: FR, kind: police, sources: [s1]}\n  - {id: b, name: B, country: DE, kind: police, sources: [s2, s3, s4]}\nevents:\n  - {id: e, name: E, date: 2024-12-03, participants: [a, b], sources: [s1, s2]}\n",
    );
    let scene = layout_timeline(&model, &FontMeasure::new(), &TimelineOptions::default());
    let notes: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } if i.role == Role::Note => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let footer = notes.join(" ");
    assert!(
        footer.contains("Europol (3 Dec 2024): Takedown of Matrix;")
            && footer.contains("Europol (3 Dec 2024): Arrests in Spain;")
            && footer.contains("Eurojust (3 Dec 2024)."),
        "{footer}"
    );
    assert_eq!(footer.matches("Arrests in Spain").count(), 1, "{footer}");
}

/// A country's authorities that the sources name no agency of are counted
/// with the agencies, and the subtitle says how many they are.
#[test]
fn the_subtitle_says_how_many_agencies_are_named_only_by_country() {
    let m = common::matrix();
    for name in ["timeline", "network"] {
        let scene = coopline::layout(
            coopline::view(name).unwrap(),
            &m,
            &coopline::Options::default(),
            &FontMeasure::new(),
        )
        .unwrap()
        .scene;
        assert!(
            scene.description.contains("12 agencies")
                && scene.description.contains("(3 named only by country)"),
            "{name}: {}",
            scene.description
        );
    }
}
