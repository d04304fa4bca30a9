//! Facts of the bundled Matrix case, worked out by hand from the case notes.

use crate::common::matrix;

use coopline::{AgencyKind, Country, Precision, Qualifier, TeamKind};

#[test]
fn the_jit_links_france_and_the_netherlands_at_eurojust() {
    let m = matrix();
    let jit = &m[m.team("jit-matrix").unwrap()];
    assert_eq!(jit.kind, TeamKind::Jit);
    assert_eq!(m[jit.hosted_by.unwrap()].id.as_str(), "eurojust");
    let mut countries: Vec<&str> = jit
        .members
        .iter()
        .map(|mb| m[mb.agency].country.code())
        .collect();
    countries.dedup();
    countries.sort();
    countries.dedup();
    assert_eq!(countries, ["FR", "NL"]);
    // Its start is not published: known only to exist by the action day.
    assert_eq!(jit.start.qualifier(), Qualifier::OnOrBefore);
    assert_eq!(jit.start.earliest(), None);
}

#[test]
fn the_task_force_starts_in_june_2024_at_month_precision() {
    let m = matrix();
    let otf = &m[m.team("otf-matrix").unwrap()];
    assert_eq!(otf.kind, TeamKind::Otf);
    assert_eq!(otf.start.precision(), Precision::Month);
    assert_eq!(otf.start.to_string(), "2024-06");
    assert_eq!(
        otf.end, None,
        "the task force kept running after the takedown"
    );
    assert_eq!(m[otf.hosted_by.unwrap()].id.as_str(), "europol");
    let mut countries: Vec<&str> = otf
        .members
        .iter()
        .map(|mb| m[mb.agency].country.code())
        .collect();
    countries.sort();
    assert_eq!(countries, ["ES", "FR", "IT", "LT", "NL"]);
}

#[test]
fn dates_keep_their_precision() {
    let m = matrix();
    let find = m.event("phone-found").unwrap();
    assert_eq!(m[find].start.precision(), Precision::Month);
    let interception = &m[m.event("live-interception").unwrap()];
    assert!(interception.start.is_approximate());
    assert_eq!(interception.end.unwrap().to_string(), "2024-12-03");
    let case = &m[m.event("junalco-takes-case").unwrap()];
    assert_eq!(case.start.precision(), Precision::Year);
}

#[test]
fn the_action_day_spans_four_countries_and_both_eu_agencies() {
    let m = matrix();
    let day = &m[m.event("action-day").unwrap()];
    assert_eq!(day.start.to_string(), "2024-12-03");
    let mut countries: Vec<&str> = day
        .participants
        .iter()
        .map(|p| m[*p].country.code())
        .collect();
    countries.sort();
    countries.dedup();
    assert_eq!(countries, ["DE", "ES", "EU", "FR", "LT", "NL"]);
    let arrests = day
        .outcomes
        .iter()
        .find(|(k, _)| k == "arrests")
        .map(|(_, v)| v.to_string());
    assert_eq!(arrests.as_deref(), Some("3"));
}

#[test]
fn every_record_cites_a_source_and_eu_bodies_are_eu() {
    let m = matrix();
    // A country's authorities named by their country are no record: the
    // teams and events that name them cite the sources (checked below).
    assert!(
        m.agencies
            .iter()
            .all(|a| a.implicit || !a.sources.is_empty())
    );
    assert_eq!(m.agencies.iter().filter(|a| a.implicit).count(), 3);
    assert!(m.teams.iter().all(|t| !t.sources.is_empty()));
    assert!(m.events.iter().all(|e| !e.sources.is_empty()));
    for id in ["europol", "eurojust"] {
        let a = &m[m.agency(id).unwrap()];
        assert_eq!(a.country, Country::EU);
        assert_eq!(a.kind, AgencyKind::EuAgency);
    }
}

/// The sources name Lithuania, Italy and Germany but none of their agencies:
/// the case names them `country:LT`, `country:IT` and `country:DE`, and each
/// is one agency of its country, shared by every record that names it,
/// instead of an agency made up for the picture.
#[test]
fn the_countries_whose_agencies_are_not_named_take_part_as_their_authorities() {
    let m = matrix();
    let lt = m.agency("country:LT").expect("the Lithuanian authorities");
    let it = m.agency("country:IT").expect("the Italian authorities");
    let de = m.agency("country:DE").expect("the German authorities");
    for (a, code, name) in [
        (lt, "LT", "Authorities of Lithuania"),
        (it, "IT", "Authorities of Italy"),
        (de, "DE", "Authorities of Germany"),
    ] {
        let a = &m[a];
        assert!(a.implicit);
        assert_eq!(a.country.code(), code);
        assert_eq!(a.name, name);
        assert_eq!(a.label(), format!("{code} authorities"));
        assert_eq!(a.kind, AgencyKind::Other);
        assert!(
            a.notes
                .as_deref()
                .unwrap()
                .contains("Not named in the sources")
        );
    }
    assert!(
        m.agencies.iter().all(|a| !a.name.contains("not named")),
        "no agency is made up"
    );
    let otf = &m[m.team("otf-matrix").unwrap()];
    let members: Vec<_> = otf.members.iter().map(|mb| mb.agency).collect();
    assert!(
        members.contains(&lt) && members.contains(&it),
        "{members:?}"
    );
    let set_up = &m[m.event("otf-set-up").unwrap()];
    assert!(set_up.participants.contains(&lt) && set_up.participants.contains(&it));
    // The action day: the Lithuanian and German authorities take part, the
    // Italian ones through the task force (the sources report no Italian
    // action that day).
    let day = &m[m.event("action-day").unwrap()];
    assert!(day.participants.contains(&lt) && day.participants.contains(&de));
    assert!(!day.participants.contains(&it));
    let mut countries: Vec<&str> = day
        .participants
        .iter()
        .copied()
        .chain(
            day.teams
                .iter()
                .flat_map(|t| m[*t].members.iter().map(|mb| mb.agency)),
        )
        .map(|a| m[a].country.code())
        .collect();
    countries.sort();
    countries.dedup();
    for code in ["LT", "IT", "DE"] {
        assert!(countries.contains(&code), "{code} in {countries:?}");
    }
    assert_eq!(
        m.summary(),
        "9 agencies and the authorities of 3 countries, 2 teams, 6 events, 15 sources"
    );
}

/// A country's authorities are drawn as an agency of their country, and
/// pointing at them says the sources do not name the agency.
#[test]
fn a_countrys_authorities_say_in_every_view_that_no_agency_is_named() {
    let m = matrix();
    for view in ["timeline", "network", "storyline"] {
        let laid = laid_out(&m, view, &coopline::Options::default());
        let texts: Vec<&str> = laid
            .scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                coopline::Shape::Text { text, .. } => Some(text.as_ref()),
                _ => None,
            })
            .collect();
        assert!(
            texts.iter().any(|t| t.contains("LT authorities")),
            "{view}: {texts:?}"
        );
        if view != "storyline" {
            let tip = laid
                .scene
                .items
                .iter()
                .filter_map(|i| i.tooltip.as_deref())
                .find(|t| t.starts_with("Authorities of Lithuania\n"))
                .unwrap_or_else(|| panic!("{view}: no tooltip of the Lithuanian authorities"));
            assert!(tip.contains("Not named in the sources"), "{view}: {tip}");
        }
    }
}

/// The action day's seizures keep their currency: the timeline's hover text
/// (and the web page's details) say each outcome as people read it, the
/// event's own figures, never a sum.
#[test]
fn outcomes_keep_their_units_in_every_view() {
    let m = matrix();
    let day = &m[m.event("action-day").unwrap()];
    let cash = &day.outcomes.iter().find(|(k, _)| k == "cash").unwrap().1;
    assert_eq!(
        cash,
        &coopline::Outcome::Amount(coopline::Amount {
            number: coopline::Number::Int(145_000),
            unit: "EUR".into()
        })
    );
    let said = "Outcomes: arrests: 3; searches: 13; cash: EUR 145,000; crypto: EUR 500,000; vehicles: 4; phones: 970";
    // (The network's and storyline's event marks name who took part and the
    // sources, not what came of it.)
    let laid = laid_out(&m, "timeline", &coopline::Options::default());
    let tip = laid
        .scene
        .items
        .iter()
        .filter_map(|i| i.tooltip.as_deref())
        .find(|t| t.starts_with("Action day against Matrix\n"))
        .expect("a tooltip of the action day");
    assert!(tip.lines().any(|l| l == said), "{tip}");
    let live = &m[m.event("live-interception").unwrap()];
    let said: Vec<String> = live
        .outcomes
        .iter()
        .map(|(k, v)| coopline::describe_outcome(k, v))
        .collect();
    assert_eq!(said, ["messages: 2,300,000", "languages: 33"]);
}

/// The format says context holds "legal instruments and milestones": a
/// milestone is a kind of its own, not an unknown kind.
#[test]
fn a_context_record_may_be_a_milestone() {
    let model = crate::common::load(
        "title: T\nagencies:\n  - {id: a, name: A, country: FR, kind: police}\n  - {id: b, name: B, country: DE, kind: police}\nevents:\n  - {id: e, name: E, date: 2021-06-07, participants: [a, b]}\ncontext:\n  - {id: europol-starts, name: Europol starts work, kind: milestone, date: 1999-07-01}\n",
    );
    assert_eq!(model.context[0].kind, coopline::ContextKind::Milestone);
    assert_eq!(model.context[0].kind.as_str(), "milestone");
}

/// Agencies and teams may carry `notes`, as events and context records do;
/// they reach every place a reader looks for a record's details: the
/// timeline's lane and bar tooltips, the network's node tooltip and the web
/// page's agency list.
#[test]
fn agency_and_team_notes_reach_tooltips_and_the_page() {
    let yaml = "title: T\nsources:\n  - {id: s, title: S}\nagencies:\n  - {id: a, name: A, country: FR, kind: police, notes: \"Renamed in 2019 <b>\", sources: [s]}\n  - {id: b, name: B, country: DE, kind: police, sources: [s]}\nteams:\n  - {id: t, name: T, kind: jit, start: 2020, members: [a, b], notes: \"Extended twice\", sources: [s]}\n";
    let model = crate::common::load(yaml);
    assert_eq!(
        model.agencies[0].notes.as_deref(),
        Some("Renamed in 2019 <b>")
    );
    assert_eq!(model.teams[0].notes.as_deref(), Some("Extended twice"));
    let tips = |view: &str| -> Vec<String> {
        let laid = laid_out(&model, view, &coopline::Options::default());
        laid.scene
            .items
            .iter()
            .filter_map(|i| i.tooltip.as_deref().map(str::to_string))
            .collect()
    };
    let timeline = tips("timeline");
    assert!(
        timeline
            .iter()
            .any(|t| t.starts_with("A\n") && t.contains("Renamed in 2019 <b>")),
        "{timeline:?}"
    );
    assert!(
        timeline
            .iter()
            .any(|t| t.contains("member of T") && t.contains("Extended twice")),
        "{timeline:?}"
    );
    let network = tips("network");
    assert!(
        network.iter().any(|t| t.contains("Renamed in 2019 <b>")),
        "{network:?}"
    );
    let page = coopline::page_data(&model);
    assert_eq!(
        page.agencies[0].notes.as_deref(),
        Some("Renamed in 2019 <b>")
    );
}

/// Companies and NGOs are partners of their own kinds and may be named
/// without a country; every view names them without a made-up code, and a
/// state body still needs its country.
#[test]
fn private_partners_may_have_no_country() {
    let model = crate::common::load(include_str!("../fixtures/good/private-partners.yaml"));
    let firm = &model[model.agency("sec-firm").unwrap()];
    assert_eq!(firm.kind, AgencyKind::Private);
    assert_eq!(firm.country, Country::NONE);
    assert!(!firm.country.is_country());
    assert_eq!(model[model.agency("ngo").unwrap()].kind, AgencyKind::Ngo);
    for view in ["timeline", "storyline", "network"] {
        let laid = laid_out(&model, view, &coopline::Options::default());
        let texts: Vec<&str> = laid
            .scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                coopline::Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            texts.iter().any(|t| t.contains("Example Security Ltd")),
            "{view}: {texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("ZZ")), "{view}: {texts:?}");
    }
    let mut sources = coopline::SourceSet::new();
    sources.add("c.yaml", "agencies:\n  - {id: a, name: A, kind: police}\n");
    let diags = coopline::check(&sources).unwrap_err();
    assert_eq!(diags[0].message, "this agency has no `country`");
}

/// A member whose role changed (lead, then support) is listed with each role
/// and its dates in the timeline's bars, the network's team hub and the
/// deck's notes.
#[test]
fn a_change_of_role_shows_in_every_team_detail() {
    let yaml = "title: T\nsources:\n  - {id: s, title: S}\nagencies:\n  - {id: a, name: A, country: FR, kind: police, sources: [s]}\n  - {id: b, name: B, country: DE, kind: police, sources: [s]}\nteams:\n  - id: t\n    name: T\n    kind: jit\n    start: 2020\n    end: 2024\n    sources: [s]\n    members:\n      - {agency: a, role: lead, to: 2021-12}\n      - {agency: a, role: support, from: 2022-01}\n      - b\n";
    let model = crate::common::load(yaml);
    let tips = |view: &str, opts: coopline::Options| -> String {
        let laid = laid_out(&model, view, &opts);
        laid.scene
            .items
            .iter()
            .filter_map(|i| i.tooltip.as_deref())
            .collect::<Vec<_>>()
            .join("\n---\n")
    };
    let timeline = tips("timeline", coopline::Options::default());
    assert!(
        timeline.contains("2020 – Dec 2021\nRole: lead")
            && timeline.contains("Jan 2022 – 2024\nRole: support"),
        "{timeline}"
    );
    let network = tips(
        "network",
        coopline::Options {
            mode: Some(coopline::NetMode::Affiliation),
            ..Default::default()
        },
    );
    assert!(
        network.contains("Roles: A (lead, 2020 – Dec 2021); A (support, Jan 2022 – 2024)"),
        "{network}"
    );
    let laid = laid_out(&model, "timeline", &coopline::Options::default());
    let deck = coopline::render_deck(&model, &[("timeline", &laid.scene)], false).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(deck)).unwrap();
    let mut notes = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if f.name().unwrap().starts_with("ppt/notesSlides/") {
            std::io::Read::read_to_string(&mut f, &mut notes).unwrap();
        }
    }
    assert!(notes.contains("Members: A; B<"), "each member once");
    assert!(notes.contains("Roles: A (lead, 2020 – Dec 2021); A (support, Jan 2022 – 2024)"));
}

/// `model` laid out as `view` with `opts`.
fn laid_out(model: &coopline::Model, view: &str, opts: &coopline::Options) -> coopline::Laid {
    coopline::layout(
        coopline::view(view).unwrap(),
        model,
        opts,
        crate::common::measure(),
    )
    .unwrap()
}
