//! Texts given in several languages (`name: {en: ..., nl: ...}`): read,
//! shown in English or the dataset's `lang:` unless asked, localised on
//! request with its fallback, and carried by every export as the text chosen.

use crate::common::{load, load_named};

use coopline::{Model, SourceSet, Translations};

const CASE: &str = include_str!("../fixtures/good/languages.yaml");

fn case() -> Model {
    load_named("tests/fixtures/good/languages.yaml", CASE)
}

fn agency<'a>(m: &'a Model, id: &str) -> &'a coopline::Agency {
    &m[m.agency(id).unwrap()]
}

#[test]
fn a_dataset_with_names_in_several_languages_reads_in_english_else_the_first() {
    let m = case();
    let om = agency(&m, "nl-om");
    assert_eq!(om.name, "Public Prosecution Service");
    assert_eq!(om.short.as_deref(), Some("PPS"));
    assert_eq!(om.label(), "PPS");
    assert_eq!(om.local_name.as_deref(), Some("Openbaar Ministerie"));
    let langs: Vec<&str> = om.name_langs.iter().map(|(l, _)| l).collect();
    assert_eq!(langs, ["en", "nl", "fr", "pt"], "in the order written");
    assert_eq!(om.name_langs.get("nl"), Some("Openbaar Ministerie"));
    // No English name: the first one written.
    let bka = agency(&m, "de-bka");
    assert_eq!(bka.name, "Bundeskriminalamt");
    assert!(bka.short_langs.is_empty(), "`short: BKA` is one string");
    assert!(agency(&m, "europol").name_langs.is_empty());
    assert_eq!(
        m.title.as_deref(),
        Some("Names in several languages (a made-up case for tests)")
    );
    assert!(m.description.as_deref().unwrap().starts_with("A case told"));
    assert_eq!(m.chapters[0].title, "The action day");
    assert_eq!(m.context[0].label(), "FD 2002/465");
    assert_eq!(m.lang, None);
    // A source's title is quoted as published, in its own language.
    assert_eq!(
        m.sources[0].title,
        "Persbericht van het Openbaar Ministerie"
    );
}

#[test]
fn localise_picks_the_language_asked_for() {
    let mut m = case();
    m.localise("nl");
    let om = agency(&m, "nl-om");
    assert_eq!(
        (om.name.as_str(), om.label()),
        ("Openbaar Ministerie", "OM")
    );
    assert_eq!(
        m.teams[0].name,
        "Gemeenschappelijk onderzoeksteam Voorbeeld"
    );
    assert_eq!(m.events[0].name, "Actiedag");
    assert_eq!(m.context[0].label(), "KB 2002/465");
    assert_eq!(m.chapters[0].title, "De actiedag");
    assert_eq!(
        m.chapters[0].text.as_deref(),
        Some("Drie landen treden op één dag op.")
    );
    assert_eq!(m.title.as_deref(), Some("Namen in meerdere talen"));
    assert_eq!(m.cases, ["Namen in meerdere talen"]);
    assert_eq!(
        m.description.as_deref(),
        Some("Een zaak, verteld aan studenten.")
    );
    // Texts given as one string stay; so do ids and sources.
    assert_eq!(agency(&m, "de-bka").label(), "BKA");
    assert_eq!(agency(&m, "europol").name, "Europol");
    assert_eq!(
        m.sources[0].title,
        "Persbericht van het Openbaar Ministerie"
    );
    assert!(m.agency("nl-om").is_some());
}

#[test]
fn localise_falls_back_to_english_then_to_the_first_text() {
    let mut m = case();
    m.localise("it");
    assert_eq!(agency(&m, "nl-om").name, "Public Prosecution Service");
    assert_eq!(agency(&m, "de-bka").name, "Bundeskriminalamt");
    assert_eq!(m.events[0].name, "Action day");
    // French where given, English elsewhere, the first where neither is.
    m.localise("fr");
    assert_eq!(agency(&m, "nl-om").label(), "MP");
    assert_eq!(
        agency(&m, "de-bka").name,
        "Office fédéral de police criminelle"
    );
    assert_eq!(m.teams[0].name, "Joint investigation team Example");
    assert_eq!(m.chapters[0].title, "The action day");
    // Localising again starts from every language, not from the last choice.
    m.localise("de");
    assert_eq!(agency(&m, "de-bka").name, "Bundeskriminalamt");
    assert_eq!(agency(&m, "nl-om").label(), "PPS");
}

#[test]
fn a_regional_tag_falls_back_to_its_language_and_back() {
    let m = case().localised("pt-BR");
    assert_eq!(agency(&m, "nl-om").name, "Ministério Público");
    assert_eq!(m.teams[0].name, "Equipe conjunta de investigação");
    // `pt` finds the only Portuguese text, written `pt-BR`.
    let m = case().localised("PT");
    assert_eq!(m.teams[0].name, "Equipe conjunta de investigação");
    assert_eq!(agency(&m, "nl-om").name, "Ministério Público");
    // A region of a language given without one.
    let m = case().localised("nl-BE");
    assert_eq!(m.events[0].name, "Actiedag");
}

#[test]
fn the_dataset_lang_is_chosen_when_no_language_is_asked_for() {
    let m = load(&format!("lang: nl\n{CASE}"));
    assert_eq!(m.lang.as_deref(), Some("nl"));
    assert_eq!(agency(&m, "nl-om").name, "Openbaar Ministerie");
    assert_eq!(m.title.as_deref(), Some("Namen in meerdere talen"));
    // Asking for another language overrides it.
    assert_eq!(
        agency(&m.localised("en"), "nl-om").name,
        "Public Prosecution Service"
    );
}

#[test]
fn several_files_join_their_titles_in_each_language_and_gather_an_agencys_names() {
    let mut sources = SourceSet::new();
    sources.add(
        "a.yaml",
        "title: {en: Case A, nl: Zaak A}\nlang: fr\nagencies:\n  - {id: europol, name: {en: Europol, nl: Europol (NL)}, country: EU, kind: eu-agency}\n",
    );
    sources.add(
        "b.yaml",
        "title: Case B\nlang: de\nagencies:\n  - {id: europol, name: {de: Europol (DE), en: Europol}, country: EU, kind: eu-agency}\n",
    );
    let m = coopline::check(&sources).unwrap().model;
    assert_eq!(m.lang.as_deref(), Some("fr"), "the first file's");
    assert_eq!(m.title.as_deref(), Some("Case A · Case B"));
    assert_eq!(m.agencies.len(), 1, "one agency, defined in both files");
    let europol = &m.agencies[0];
    assert_eq!(
        europol.name_langs.to_string(),
        "en: Europol, nl: Europol (NL), de: Europol (DE)"
    );
    let nl = m.localised("nl");
    assert_eq!(nl.title.as_deref(), Some("Zaak A · Case B"));
    assert_eq!(nl.cases, ["Zaak A", "Case B"]);
    assert_eq!(nl.agencies[0].name, "Europol (NL)");
    assert_eq!(m.localised("de").agencies[0].name, "Europol (DE)");
}

#[test]
fn a_reference_by_a_name_in_any_language_suggests_the_id() {
    let yaml = CASE.replace(
        "participants: [nl-om,",
        "participants: [Openbaar Ministerie,",
    );
    let mut sources = SourceSet::new();
    sources.add("t.yaml", yaml);
    let diags = coopline::check(&sources).unwrap_err();
    let help = diags[0].help.as_deref().unwrap();
    assert!(help.contains("did you mean `nl-om`?"), "{help}");
}

#[test]
fn exports_carry_the_text_chosen() {
    let m = case().localised("nl");
    let graph = coopline::build_graph(&m);
    let json = coopline::export(&m, &graph, coopline::ExportFormat::Json);
    assert!(json.contains("Openbaar Ministerie"), "{json}");
    assert!(!json.contains("Public Prosecution Service"));
    let ftm = coopline::to_ftm(&m).text;
    assert!(ftm.contains("\"Openbaar Ministerie\""));
    assert!(ftm.contains("\"Actiedag\""));
    let tl = coopline::export(&m, &graph, coopline::ExportFormat::TimelineJs);
    assert!(tl.contains("Actiedag"), "{tl}");
    let page = coopline::page_data(&m);
    assert!(
        page.agencies
            .iter()
            .any(|a| a.name == "Openbaar Ministerie")
    );
    // Without a language asked for, every export is as before: English.
    let m = case();
    let json = coopline::export(&m, &coopline::build_graph(&m), coopline::ExportFormat::Json);
    assert!(json.contains("Public Prosecution Service"));
}

#[test]
fn translations_are_plain_data_a_library_user_can_build() {
    let t = Translations::new([("en", "Action day"), ("nl", "Actiedag")]);
    assert_eq!(t.pick("nl-NL"), Some("Actiedag"));
    assert_eq!(t.pick("ja"), Some("Action day"));
    assert_eq!(coopline::check_lang("pt-BR"), Ok(()));
    assert!(coopline::check_lang("pt_BR").is_err());
}

/// Language codes a generated name map is keyed by, good and bad.
const CODES: [&str; 8] = ["en", "nl", "fr", "pt-BR", "pt", "EN", "english", "pt_BR"];

/// A dataset whose agencies are named by mappings of `CODES` to texts.
fn dataset_in_languages(names: &[Vec<(usize, String)>]) -> String {
    let mut y = String::from("agencies:\n");
    for (i, name) in names.iter().enumerate() {
        let entries: Vec<String> = name
            .iter()
            .map(|(k, t)| {
                format!(
                    "{}: {}",
                    CODES[k % CODES.len()],
                    serde_json::to_string(t).unwrap()
                )
            })
            .collect();
        y.push_str(&format!(
            "  - {{id: a{i}, name: {{{}}}, country: NL, kind: police}}\n",
            entries.join(", ")
        ));
    }
    let all: Vec<String> = (0..names.len()).map(|i| format!("a{i}")).collect();
    y.push_str(&format!(
        "events:\n  - {{id: e, name: {{nl: Actiedag}}, date: 2024, participants: [{}]}}\n",
        all.join(", ")
    ));
    y
}

/// An index into `CODES`: mostly a code, rarely not one.
fn code() -> impl proptest::strategy::Strategy<Value = usize> {
    proptest::prop_oneof![12 => 0usize..6, 1 => 6usize..8]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 32, .. Default::default() })]

    /// Whatever the codes and texts, checking never panics; what is valid
    /// localises to any language and renders to well-formed SVG.
    #[test]
    fn names_in_any_languages_never_panic(
        names in proptest::collection::vec(
            proptest::collection::vec((code(), "\\PC{1,30}"), 1..3),
            1..4,
        ),
        ask in 0usize..8,
    ) {
        let mut sources = SourceSet::new();
        sources.add("p.yaml", dataset_in_languages(&names));
        if let Ok(c) = coopline::check(&sources) {
            let m = c.model.localised(CODES[ask]);
            for a in &m.agencies {
                assert!(a.name_langs.iter().any(|(_, t)| t == a.name));
            }
            let scene = coopline::layout_timeline(
                &m,
                crate::common::measure(),
                &coopline::TimelineOptions::default(),
            );
            let svg = coopline::render_svg(&scene);
            assert!(roxmltree::Document::parse(&svg).is_ok());
        }
    }
}

/// FtM carries each language in a note; the import gives the mapping back,
/// and a note that is not a language and a text, or a code that is not one,
/// is reported at the note.
#[test]
fn ftm_keeps_every_language_in_notes() {
    let m = case();
    let ftm = coopline::to_ftm(&m).text;
    assert!(ftm.contains(r#""coopline nameLang: nl: Openbaar Ministerie""#));
    assert!(ftm.contains(r#""coopline shortLang: nl: KB 2002/465""#));
    let bad = r#"{"id":"coopline-agency-a","schema":"PublicBody","properties":{"name":["A"],"jurisdiction":["nl"],"classification":["police"],"summary":["coopline nameLang: A in no language","coopline nameLang: english: A"]}}"#;
    let mut sources = SourceSet::new();
    sources.add("case.ftm", bad);
    let diags = coopline::import_ftm(&sources, None).unwrap_err();
    let found: Vec<(String, &str)> = diags
        .iter()
        .map(|d| {
            let span = d.span().unwrap();
            (
                d.code.to_string(),
                &bad[span.start as usize..span.end as usize],
            )
        })
        .collect();
    assert!(
        found.contains(&("not-imported".into(), "coopline nameLang: A in no language")),
        "{found:?}"
    );
    assert!(
        found.contains(&("bad-language".into(), "coopline nameLang: english: A")),
        "{found:?}"
    );
}
