//! One colour per country: the same in every view, in every dataset, and never
//! shared by two countries unless their codes are written beside their marks.

use crate::common::{load_named, measure};
use coopline::{Color, Options, Paint, Scene, Shape, Theme, layout, view};

const SKY_ECC: &str = include_str!("../../data/sky-ecc.yaml");

fn scene(model: &coopline::Model, v: &str, theme: &str) -> Scene {
    let opts = Options {
        theme: Theme::by_name(theme).unwrap(),
        ..Default::default()
    };
    layout(view(v).unwrap(), model, &opts, measure())
        .unwrap()
        .scene
}

/// The colour the storyline draws the line of `agency` in.
fn line_color(s: &Scene, agency: &str) -> Color {
    s.items
        .iter()
        .find_map(|i| match &i.shape {
            Shape::Path { stroke, .. } if i.record.as_deref() == Some(agency) => Some(stroke.color),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no line for {agency}"))
}

/// The colour the network fills the node of `agency` with.
fn node_color(s: &Scene, agency: &str) -> Color {
    s.items
        .iter()
        .find_map(|i| match &i.shape {
            Shape::Circle {
                fill: Paint::Solid(c, _),
                ..
            } if i.record.as_deref() == Some(agency) => Some(*c),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no node for {agency}"))
}

/// The colour the timeline writes the text `name` in.
fn text_color(s: &Scene, name: &str) -> Color {
    s.items
        .iter()
        .find_map(|i| match &i.shape {
            Shape::Text { text, fill, .. } if text == name => Some(*fill),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no text {name:?}"))
}

fn hue(c: Color) -> f64 {
    c.hsl().0
}

#[test]
fn a_country_has_one_colour_in_every_view_and_every_dataset() {
    let matrix = crate::common::matrix();
    let sky = load_named("data/sky-ecc.yaml", SKY_ECC);
    let french = |m: &coopline::Model| {
        m.agencies
            .iter()
            .find(|a| a.country.code() == "FR")
            .map(|a| a.id.as_str().to_string())
            .expect("a French agency")
    };
    let dutch = |m: &coopline::Model| {
        m.agencies
            .iter()
            .find(|a| a.country.code() == "NL")
            .map(|a| a.id.as_str().to_string())
            .expect("a Dutch agency")
    };
    for theme in Theme::NAMES {
        let mut fr = Vec::new();
        let mut nl = Vec::new();
        for m in [&matrix, &sky] {
            let story = scene(m, "storyline", theme);
            let net = scene(m, "network", theme);
            let time = scene(m, "timeline", theme);
            fr.push(line_color(&story, &french(m)));
            fr.push(node_color(&net, &french(m)));
            nl.push(line_color(&story, &dutch(m)));
            nl.push(node_color(&net, &dutch(m)));
            // The timeline names the country in its hue, made dark enough to read.
            let (a, b) = (hue(text_color(&time, "France")), hue(fr[0]));
            assert!(
                (a - b).abs() < 6.0,
                "{theme}: timeline France hue {a} vs {b}"
            );
        }
        assert!(
            fr.windows(2).all(|w| w[0] == w[1]),
            "{theme}: France {fr:?}"
        );
        assert!(
            nl.windows(2).all(|w| w[0] == w[1]),
            "{theme}: Netherlands {nl:?}"
        );
        assert_ne!(fr[0], nl[0], "{theme}");
        // Themes change lightness, not hue.
        let light = line_color(&scene(&matrix, "storyline", "light"), &french(&matrix));
        assert!((hue(light) - hue(fr[0])).abs() < 6.0, "{theme}: hue moved");
    }
}

#[test]
fn a_dataset_can_set_its_own_colours() {
    let yaml = "agencies:
  - {id: a, name: Alpha, country: FR, kind: police}
  - {id: b, name: Bravo, country: NL, kind: police}
events:
  - {id: e, name: Raid, date: 2021-05, participants: [a, b]}
style:
  colors:
    FR: \"#0055a4\"
";
    let m = crate::common::load(yaml);
    let net = scene(&m, "network", "light");
    assert_eq!(node_color(&net, "a"), Color::hex(0x0055A4));
    let story = scene(&m, "storyline", "light");
    assert_eq!(line_color(&story, "a"), Color::hex(0x0055A4));
}

#[test]
fn bad_colours_and_unknown_keys_are_located_errors() {
    let dir = crate::common::scratch("style");
    let f = dir.join("case.yaml");
    std::fs::write(
        &f,
        "agencies:
  - {id: a, name: Alpha, country: FR, kind: police}
teams:
  - {id: jit-x, name: X, kind: jit, start: 2020, members: [a]}
style:
  colors:
    FR: \"#0055a\"
    jit-y: \"#000000\"
    NL: #123456
",
    )
    .unwrap();
    let out = crate::common::coopline(&["check", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = crate::common::text(&out.stderr);
    assert!(
        err.contains("bad-color") && err.contains("`#0055a` is not a colour"),
        "{err}"
    );
    assert!(
        err.contains("unknown-style-key") && err.contains("did you mean `jit-x`"),
        "{err}"
    );
    assert!(
        err.contains("an unquoted `#` starts a YAML comment"),
        "{err}"
    );
    assert!(err.contains("case.yaml:7"), "located: {err}");
}

/// Teams are told apart by colour: four teams of a ten-country case (whose
/// countries hold all hues but one) get four colours, the free hue first.
#[test]
fn teams_have_colours_of_their_own_while_hues_go_round() {
    let model = crate::common::load(&coopline::generate(10, 4, 40, 1));
    assert_eq!(model.teams.len(), 4);
    for theme in ["light", "dark"] {
        let theme = Theme::by_name(theme).unwrap();
        let colors = coopline::Colors::new(&model, &theme);
        let mut teams: Vec<Color> = (0..model.teams.len())
            .map(|t| colors.team(coopline::TeamRef(t)))
            .collect();
        let first = teams[0];
        let countries: Vec<Color> = model
            .agencies
            .iter()
            .map(|a| colors.country(a.country.code()).color)
            .collect();
        assert!(
            !countries.contains(&first),
            "the first team takes a hue no country holds"
        );
        teams.sort_by_key(|c| format!("{c:?}"));
        teams.dedup();
        assert_eq!(teams.len(), 4, "two teams in one colour");
    }
}
