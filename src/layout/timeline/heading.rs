//! The title and the subtitle that sums up what the picture shows.

use std::collections::BTreeSet;

use chrono::Duration;

use super::frame::Domain;
use super::lanes::Shown;
use super::{Inputs, Pen};
use crate::i18n::t;
use crate::layout::kit;
use crate::model::AgencyRef;

/// The heading as drawn.
pub(super) struct Heading {
    pub(super) title: String,
    pub(super) subtitle: String,
    /// The y just below the subtitle.
    pub(super) bottom: f64,
}

/// Draws the title (the option, else the dataset's, else a default) and the
/// subtitle at the top left, as every view does ([`kit::heading`]).
pub(super) fn draw_heading(pen: &mut Pen, at: &Inputs, shown: &Shown, domain: &Domain) -> Heading {
    let title = at
        .opts
        .title
        .clone()
        .or_else(|| at.model.title.clone())
        .unwrap_or_else(|| t!("title-timeline"));
    let subtitle = at
        .opts
        .subtitle
        .clone()
        .unwrap_or_else(|| summary(at, shown, domain));
    let (_, _, bottom) = kit::heading(
        &mut pen.scene,
        at.m,
        at.theme(),
        &title,
        &subtitle,
        at.opts.page,
    );
    Heading {
        title,
        subtitle,
        bottom,
    }
}

/// What the picture shows, in one line: the years, how many agencies from how
/// many countries (EU and international bodies not counted as countries), teams,
/// events and legal milestones, and the focus.
fn summary(at: &Inputs, shown: &Shown, domain: &Domain) -> String {
    let (model, opts) = (at.model, at.opts);
    let agencies_shown: BTreeSet<AgencyRef> = shown
        .events
        .iter()
        .flat_map(|e| model[*e].participants.iter().copied())
        .chain(
            shown
                .teams
                .iter()
                .flat_map(|t| model[*t].members.iter().map(|mb| mb.agency)),
        )
        .chain(shown.teams.iter().filter_map(|t| model[*t].hosted_by))
        .collect();
    let country_count = agencies_shown
        .iter()
        .map(|a| model[*a].country)
        .filter(|c| c.is_country())
        .collect::<BTreeSet<_>>()
        .len();
    // With nothing to draw, the years are those asked for.
    let (lo, hi) = if domain.empty {
        (domain.d0, domain.d1)
    } else {
        (domain.lo, domain.hi)
    };
    let (first_year, last_year) = (
        lo.format("%Y").to_string(),
        (hi - Duration::days(1)).format("%Y").to_string(),
    );
    let years = if first_year == last_year {
        first_year
    } else {
        format!("{first_year}–{last_year}")
    };
    let mut parts = vec![years];
    if !agencies_shown.is_empty() {
        let unnamed = agencies_shown
            .iter()
            .filter(|a| model[**a].implicit)
            .count();
        parts.push(format!(
            "{}{}",
            t!(
                "subtitle-agencies-countries",
                agencies = agencies_shown.len(),
                countries = country_count
            ),
            if unnamed > 0 {
                crate::layout::kit::unnamed_words(unnamed)
            } else {
                String::new()
            }
        ));
    }
    if !shown.teams.is_empty() {
        parts.push(t!("count-teams", count = shown.teams.len()));
    }
    if !shown.events.is_empty() {
        parts.push(t!("count-events", count = shown.events.len()));
    }
    // Those in the time shown, as the context lane draws them.
    let milestones = super::context::context_in_view(at, domain).len();
    if milestones > 0 {
        parts.push(t!("count-milestones", count = milestones));
    }
    let mut s = parts.join(" · ");
    if let Some(f) = opts.focus {
        s.push_str(" · ");
        s.push_str(&t!("subtitle-focus", name = model[f].label()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, agency, load, texts};
    use super::super::{DENSITIES, TimelineOptions, layout_with};
    use crate::text::FixedMeasure;

    #[test]
    fn the_subtitle_counts_what_is_shown() {
        let model = load(CASE);
        let opts = TimelineOptions {
            focus: Some(agency(&model, "nl-om")),
            ..TimelineOptions::default()
        };
        let (scene, _) = layout_with(&model, &FixedMeasure { em: 0.5 }, &opts, &DENSITIES[0]);
        let t = texts(&scene);
        assert_eq!(t[0], "Small case");
        assert_eq!(
            t[1],
            "2020–2021 · 5 agencies from 3 countries · 2 teams · 3 events · 1 legal milestone · focus: Dutch prosecutors"
        );
    }

    #[test]
    fn a_long_title_takes_three_lines_at_most_like_every_views() {
        let model = load(CASE);
        let opts = TimelineOptions {
            title: Some("word ".repeat(400)),
            ..TimelineOptions::default()
        };
        let (scene, _) = layout_with(&model, &FixedMeasure { em: 0.5 }, &opts, &DENSITIES[0]);
        let t = texts(&scene);
        assert!(t[0].starts_with("word") && t[1].starts_with("word"));
        assert!(t[2].ends_with('…'));
        assert!(t[3].starts_with("2020"), "the subtitle follows: {:?}", t[3]);
    }
}
