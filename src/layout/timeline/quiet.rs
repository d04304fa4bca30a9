//! Where nothing drawn changes: the long empty stretches a broken time axis draws
//! narrow, and how the picture names them.

use chrono::{Datelike, Duration, NaiveDate};

use super::frame::span_days;
use super::lanes::Lane;
use super::{Inputs, TimeAxis};
use crate::layout::scale::Break;
use crate::model::{ContextRef, Period, Precision, Qualifier};
use crate::scene::Scene;

/// The stretches of `d0..d1` to compress: those between two changes (a bar's
/// start or end, an event, a context record) longer than a quarter of the time
/// the data shown spans. Guarantees: none with a linear axis; in date order and
/// apart (or touching); never before the first change or after the last, so the
/// axis's ends stay to scale.
///
/// A change takes the days its date may mean: a bar's start known to the month
/// takes that month (twice as long when approximate), as its fade does; a context
/// record its date's days. An event known to the day takes that day; one that
/// spans time (over days, or known only to the month or year, drawn as a capsule
/// across them) with nothing else changing inside is like a bar, its two ends
/// the changes, so that a break may take its inside; with something inside, all
/// of its days are taken.
pub(super) fn quiet_stretches(
    at: &Inputs,
    lanes: &[Lane],
    periods: &[Period],
    context: &[ContextRef],
    (d0, d1): (NaiveDate, NaiveDate),
    (lo, hi): (NaiveDate, NaiveDate),
) -> Vec<(NaiveDate, NaiveDate)> {
    if at.opts.axis == TimeAxis::Linear {
        return Vec::new();
    }
    let shown = (hi.min(d1) - lo.max(d0)).num_days();
    if shown <= 0 {
        return Vec::new();
    }
    let busy = busy_days(at, lanes, periods, context);
    gaps(busy, (d0, d1), shown as f64 / 4.0)
}

/// Every change's days, as `[first, after_last)`; an event over a span with
/// nothing else changing inside it gives its two ends, as empty intervals.
fn busy_days(
    at: &Inputs,
    lanes: &[Lane],
    periods: &[Period],
    context: &[ContextRef],
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut busy = Vec::new();
    for b in lanes.iter().flat_map(|l| &l.bars) {
        for edge in std::iter::once(&b.period.start).chain(b.period.end.as_ref()) {
            let (a, z) = span_days(edge);
            if edge.qualifier() == Qualifier::Approximate {
                let half = (z - a) / 2;
                busy.push((a - half, z + half));
            } else {
                busy.push((a, z));
            }
        }
    }
    for &c in context {
        busy.push(span_days(&at.model[c].date));
    }
    let mut spans = Vec::new();
    let mut seen = vec![false; periods.len()];
    for e in lanes.iter().flat_map(|l| &l.events) {
        let (Some(p), Some(first)) = (periods.get(e.0), seen.get_mut(e.0)) else {
            continue;
        };
        if std::mem::replace(first, true) {
            continue;
        }
        let (a, z) = (
            span_days(&p.start).0,
            span_days(&p.end.unwrap_or(p.start)).1,
        );
        if p.end.is_none_or(|end| end == p.start) && p.start.precision() == Precision::Day {
            busy.push((a, z));
        } else {
            busy.extend([(a, a), (z, z)]);
            spans.push((a, z));
        }
    }
    // Things read against a span's length (a month inside a year) stay where they
    // are in it: a span with a change inside is busy throughout.
    let mut starts: Vec<NaiveDate> = busy.iter().map(|(a, _)| *a).collect();
    starts.sort_unstable();
    for (a, z) in spans {
        let next = starts.partition_point(|s| *s <= a);
        if starts.get(next).is_some_and(|s| *s < z) {
            busy.push((a, z));
        }
    }
    busy
}

/// The gaps between `busy` intervals (cut to `axis`) longer than `min_days`, each
/// narrowed to whole months when that keeps most of it.
fn gaps(
    mut busy: Vec<(NaiveDate, NaiveDate)>,
    (d0, d1): (NaiveDate, NaiveDate),
    min_days: f64,
) -> Vec<(NaiveDate, NaiveDate)> {
    busy.retain(|(a, z)| *z >= d0 && *a <= d1);
    busy.sort_unstable();
    let mut out = Vec::new();
    let Some(&(_, first_end)) = busy.first() else {
        return out;
    };
    let mut reach = first_end;
    for &(a, z) in &busy[1..] {
        if a > reach && (a - reach).num_days() as f64 > min_days {
            out.push(whole_months(reach, a));
        }
        reach = reach.max(z);
    }
    out
}

/// `a..z` shrunk to whole months (so that the break and its note fall on month
/// starts) when that keeps four fifths of it; else `a..z`.
fn whole_months(a: NaiveDate, z: NaiveDate) -> (NaiveDate, NaiveDate) {
    let month_start = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let a1 = if a.day() == 1 {
        Some(a)
    } else {
        month_start(a).checked_add_months(chrono::Months::new(1))
    };
    match a1 {
        Some(a1) if (month_start(z) - a1).num_days() * 5 >= (z - a).num_days() * 4 => {
            (a1, month_start(z))
        }
        _ => (a, z),
    }
}

/// The note naming what a broken axis leaves out, as the breaks (joined where
/// they touch) cover it: "Time axis broken: Jan 2022 – May 2024 compressed".
/// None without breaks.
pub(super) fn break_note(breaks: &[Break]) -> Option<String> {
    let spans: Vec<String> = breaks.iter().map(|b| stretch(b.from, b.to)).collect();
    let list = match spans.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [first @ .., last] => {
            crate::i18n::t!("list-and", first = first.join(", "), last = last.as_str())
        }
    };
    Some(crate::i18n::t!("note-axis-broken", spans = list))
}

/// Adds the note to the picture's description, as a sentence of its own.
pub(super) fn describe(scene: &mut Scene, note: Option<&str>) {
    if let Some(note) = note {
        let said = scene.description.trim_end_matches('.').len();
        scene.description.truncate(said);
        scene.description.push_str(&format!(". {note}."));
    }
}

/// `a..z` (end exclusive) in the coarsest words that say it exactly: `2022–2023`,
/// `Jan 2022 – May 2024`, `3 Feb – 14 Mar 2024`.
fn stretch(a: NaiveDate, z: NaiveDate) -> String {
    let last = z - Duration::days(1);
    let month = crate::i18n::cldr::month_year;
    let day = crate::i18n::cldr::day_month;
    if a.ordinal() == 1 && z.ordinal() == 1 {
        if a.year() == last.year() {
            a.year().to_string()
        } else {
            format!("{}–{}", a.year(), last.year())
        }
    } else if a.day() == 1 && z.day() == 1 {
        if (a.year(), a.month()) == (last.year(), last.month()) {
            month(a)
        } else {
            format!("{} – {}", month(a), month(last))
        }
    } else if a.year() == last.year() {
        format!("{} – {} {}", day(a), day(last), last.year())
    } else {
        format!("{} {} – {} {}", day(a), a.year(), day(last), last.year())
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::load;
    use super::super::frame::Domain;
    use super::super::{DENSITIES, TimelineOptions, context, focus, lanes};
    use super::*;
    use crate::text::FixedMeasure;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A team that runs 2015–2020 with two events at its start and two at its end.
    const QUIET: &str = r#"
title: Quiet years
agencies:
  - {id: a, name: Police A, country: FR, kind: police}
  - {id: b, name: Police B, country: NL, kind: police}
teams:
  - {id: t, name: Long team, kind: jit, start: 2015-03-10, end: 2020-06-30, members: [a, b]}
events:
  - {id: e1, name: First arrests, date: 2015-04-02, participants: [a]}
  - {id: e2, name: Raid, date: 2019-11-05, participants: [b]}
  - {id: e3, name: Trial, date: 2020-05-10, participants: [a, b]}
"#;

    /// The domain of `yaml`'s timeline, with its breaks.
    fn domain(yaml: &str, opts: &TimelineOptions) -> Domain {
        let model = load(yaml);
        let m = FixedMeasure { em: 0.5 };
        let at = Inputs {
            model: &model,
            m: &m,
            opts,
            d: &DENSITIES[0],
        };
        let shown = lanes::Shown::new(&model, opts);
        let l = lanes::collect_lanes(&at, &shown, &focus::focus_circle(&model, opts));
        let mut domain = Domain::new(&at, &l.lanes, &shown.periods);
        let ctx = context::context_in_view(&at, &domain);
        domain.break_quiet_stretches(&at, &l.lanes, &shown.periods, &ctx);
        domain
    }

    #[test]
    fn a_bar_running_through_does_not_keep_a_stretch_busy_but_a_record_does() {
        let linear = domain(
            QUIET,
            &TimelineOptions {
                axis: TimeAxis::Linear,
                ..TimelineOptions::default()
            },
        );
        assert!(linear.breaks.is_empty());
        let broken = domain(QUIET, &TimelineOptions::default());
        // From the day after the first arrests to the raid, in whole months.
        assert_eq!(broken.breaks, [(d("2015-05-01"), d("2019-11-01"))]);
        // The room around the data is that for the time still drawn to scale.
        assert_eq!((broken.lo, broken.hi), (linear.lo, linear.hi));
        assert!(broken.d1 - broken.hi < linear.d1 - linear.hi);
        assert!(broken.lo - broken.d0 <= linear.lo - linear.d0);
        // A milestone in the middle splits the stretch in two, each still long.
        let with_context = format!(
            "{QUIET}context:\n  - {{id: c, name: A convention, kind: convention, date: 2017-06-01}}\n"
        );
        assert_eq!(
            domain(&with_context, &TimelineOptions::default()).breaks,
            [
                (d("2015-05-01"), d("2017-06-01")),
                (d("2017-07-01"), d("2019-11-01"))
            ]
        );
        // Shown from June 2019, the half year between the raid and the trial is
        // more than a quarter of what is shown.
        let window = TimelineOptions {
            from: Some(crate::model::PartialDate::parse("2019-06").unwrap()),
            ..TimelineOptions::default()
        };
        assert_eq!(
            domain(QUIET, &window).breaks,
            [(d("2019-12-01"), d("2020-05-01"))]
        );
    }

    #[test]
    fn an_event_over_a_span_is_compressed_whole_or_not_at_all() {
        let case = |inside: &str| {
            format!(
                "agencies:\n  - {{id: a, name: Police A, country: FR, kind: police}}\n\
                 events:\n\
                 \x20 - {{id: y, name: Inquiry, date: 2019, participants: [a]}}\n\
                 {inside}\
                 \x20 - {{id: r, name: Raid, date: 2021-03-09, participants: [a]}}\n\
                 \x20 - {{id: t, name: Trial, date: 2021-04-20, participants: [a]}}\n"
            )
        };
        // Nothing else in 2019: the year may go, with what follows it.
        assert_eq!(
            domain(&case(""), &TimelineOptions::default()).breaks,
            [
                (d("2019-01-01"), d("2020-01-01")),
                (d("2020-01-01"), d("2021-03-01"))
            ]
        );
        // A month inside it keeps the whole year to scale; only what follows goes.
        let month = "\x20 - {id: m, name: Case opened, date: 2019-08, participants: [a]}\n";
        assert_eq!(
            domain(&case(month), &TimelineOptions::default()).breaks,
            [(d("2020-01-01"), d("2021-03-01"))]
        );
    }

    #[test]
    fn only_long_stretches_between_changes_are_quiet() {
        let axis = (d("2019-06-01"), d("2026-01-01"));
        let busy = vec![
            (d("2020-03-10"), d("2020-03-11")),
            // A capsule over 2021: its ends, not its days.
            (d("2021-01-01"), d("2021-01-01")),
            (d("2022-01-01"), d("2022-01-01")),
            (d("2024-06-17"), d("2024-06-18")),
            // A bar's month-long fade, starting inside the quiet stretch's reach.
            (d("2024-09-01"), d("2024-10-01")),
            (d("2025-01-01"), d("2025-01-02")),
        ];
        // Longer than 300 days: 2021 (365) and 2022-01-01..2024-06-17 (898), the
        // latter cut to whole months; 2020-03-11..2021 (296) is not.
        assert_eq!(
            gaps(busy.clone(), axis, 300.0),
            [
                (d("2021-01-01"), d("2022-01-01")),
                (d("2022-01-01"), d("2024-06-01"))
            ]
        );
        // The axis's ends are never quiet, however long.
        assert!(gaps(busy, axis, 1000.0).is_empty());
        assert!(gaps(Vec::new(), axis, 10.0).is_empty());
    }

    #[test]
    fn short_stretches_keep_their_days() {
        // Cut to whole months it would lose more than a fifth: kept as it is.
        assert_eq!(
            whole_months(d("2024-01-20"), d("2024-03-10")),
            (d("2024-01-20"), d("2024-03-10"))
        );
        assert_eq!(
            whole_months(d("2020-01-20"), d("2024-03-10")),
            (d("2020-02-01"), d("2024-03-01"))
        );
    }

    #[test]
    fn the_note_says_what_is_left_out_as_exactly_as_it_can() {
        let note = |spans: &[(&str, &str)]| {
            let breaks: Vec<Break> = spans
                .iter()
                .map(|&(a, z)| Break {
                    from: d(a),
                    to: d(z),
                    x0: 0.0,
                    x1: 0.0,
                    mark: 0.0,
                })
                .collect();
            break_note(&breaks)
        };
        assert_eq!(note(&[]), None);
        assert_eq!(
            note(&[("2022-01-01", "2024-01-01")]).as_deref(),
            Some("Time axis broken: 2022–2023 compressed")
        );
        assert_eq!(
            note(&[("2019-01-01", "2020-01-01"), ("2022-01-01", "2024-06-01")]).as_deref(),
            Some("Time axis broken: 2019 and Jan 2022 – May 2024 compressed")
        );
        assert_eq!(stretch(d("2024-03-01"), d("2024-04-01")), "Mar 2024");
        assert_eq!(
            stretch(d("2024-02-03"), d("2024-03-15")),
            "3 Feb – 14 Mar 2024"
        );
        assert_eq!(
            stretch(d("2023-12-20"), d("2024-03-15")),
            "20 Dec 2023 – 14 Mar 2024"
        );
    }
}
