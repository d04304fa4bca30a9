//! Every language coopline speaks: the pictures of a case keep their
//! guarantees (nothing overlaps, nothing leaves the canvas, no label over a
//! mark) in each of them, and their words and dates are the language's.

use crate::common::{load, load_named, measure};
use crate::timeline::texts;
use coopline::{Lang, Options, Size, layout, view, view_names};

const SIZES: [(&str, Size); 3] = [
    ("auto", Size::Auto),
    (
        "slide",
        Size::Fixed {
            width: 1920.0,
            height: 1080.0,
        },
    ),
    ("phone", Size::Column { width: 390.0 }),
];

#[test]
fn every_view_is_sound_in_every_language_at_every_size() {
    let cases = [
        ("matrix", load_named("matrix", coopline::MATRIX_YAML)),
        ("thirty-countries", load(&crate::sizes::thirty_countries())),
    ];
    let mut problems = Vec::new();
    for (name, model) in &cases {
        for lang in Lang::ALL {
            for v in view_names() {
                for (size_name, size) in SIZES {
                    let opts = Options {
                        lang,
                        size,
                        print: size != Size::Auto,
                        ..Default::default()
                    };
                    let what = format!("{name} {v} at {size_name} in {}", lang.code());
                    let laid = layout(view(v).unwrap(), model, &opts, measure()).unwrap();
                    let s = &laid.scene;
                    if !s.overlapping_labels().is_empty() {
                        let t = |i: usize| {
                            format!("{:?}", s.items[i].shape)
                                .chars()
                                .take(90)
                                .collect::<String>()
                        };
                        let pairs: Vec<String> = s
                            .overlapping_labels()
                            .into_iter()
                            .map(|(a, b)| format!("{} / {}", t(a), t(b)))
                            .collect();
                        problems.push(format!("{what}: labels overlap: {}", pairs.join("; ")));
                    }
                    if !s.labels_over_marks().is_empty() {
                        problems.push(format!(
                            "{what}: {} labels over marks",
                            s.labels_over_marks().len()
                        ));
                    }
                    if !s.outside_canvas().is_empty() {
                        problems.push(format!(
                            "{what}: {} items off the canvas",
                            s.outside_canvas().len()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What a reader of each language sees on the Matrix timeline: a legend line
/// in the language, and the action day's date as the language writes it.
#[test]
fn the_matrix_timeline_speaks_every_language() {
    let model = load_named("matrix", coopline::MATRIX_YAML);
    let expect = [
        (Lang::En, "Event (day known)", "3 Dec 2024"),
        (Lang::Fr, "Événement (jour connu)", "3 déc. 2024"),
        (Lang::De, "Ereignis (Tag bekannt)", "3. Dez. 2024"),
        (Lang::Nl, "Gebeurtenis (dag bekend)", "3 dec 2024"),
        (Lang::Es, "Evento (día conocido)", "3 dic 2024"),
        (Lang::It, "Evento (giorno noto)", "3 dic 2024"),
        (Lang::Pl, "Wydarzenie (znany dzień)", "3 gru 2024"),
        (Lang::Pt, "Evento (dia conhecido)", "3 de dez. de 2024"),
    ];
    assert_eq!(expect.len(), Lang::ALL.len());
    for (lang, legend, date) in expect {
        let opts = Options {
            lang,
            ..Default::default()
        };
        let laid = layout(view("timeline").unwrap(), &model, &opts, measure()).unwrap();
        let t = texts(&laid.scene);
        assert!(
            t.contains(&legend),
            "{}: no {legend:?} in {t:?}",
            lang.code()
        );
        assert!(t.contains(&date), "{}: no {date:?} in {t:?}", lang.code());
        // No English word of the legend is left in another language.
        if lang != Lang::En {
            assert!(
                !t.iter().any(|s| s.contains("known to the month")),
                "{}: English left in {t:?}",
                lang.code()
            );
        }
    }
}

/// The web page's interface and a deck's notes follow the language too.
#[test]
fn the_page_and_the_axis_follow_the_language() {
    let model = load_named("matrix", coopline::MATRIX_YAML);
    let opts = Options {
        lang: Lang::De,
        page: true,
        ..Default::default()
    };
    let laid = layout(view("timeline").unwrap(), &model, &opts, measure()).unwrap();
    let t = texts(&laid.scene);
    // Month ticks on the axis, as German abbreviates a month on its own.
    assert!(t.contains(&"Dez"), "{t:?}");
    let page = coopline::render_html(&laid.scene, laid.page.as_ref().unwrap());
    assert!(page.contains("<html lang=\"de\">"));
    assert!(
        page.contains("Quellen"),
        "the page names its sources in German"
    );
    assert!(!page.contains("Find an agency"));
}
