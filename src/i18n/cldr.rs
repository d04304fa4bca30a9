//! Dates, numbers and country names as each language writes them, from
//! Unicode CLDR: month names and date patterns, and territory names, are
//! vendored in assets/cldr/ (scripts/cldr/vendor.py writes them); numbers
//! are grouped by ICU4X's decimal formatter.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::{Lang, lang};

static DATES: &str = include_str!("../../assets/cldr/dates.tsv");
static TERRITORIES: &str = include_str!("../../assets/cldr/territories.tsv");

/// How precisely a date is known, as a pattern for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `3 Dec 2024`
    Day,
    /// `Dec 2024`
    Month,
    /// `3 Dec`
    DayMonth,
    /// `2024`
    Year,
}

/// One language's names and patterns.
struct Dates {
    /// Abbreviated month names inside a date.
    months: [&'static str; 12],
    /// Abbreviated month names on their own (an axis tick).
    alone: [&'static str; 12],
    /// Patterns for [`Shape::Day`], `Month`, `DayMonth` and `Year`.
    patterns: [&'static str; 4],
}

fn dates(lang: Lang) -> &'static Dates {
    static ALL: OnceLock<Vec<Dates>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let mut d = Dates {
                    months: [""; 12],
                    alone: [""; 12],
                    patterns: [""; 4],
                };
                let rows = DATES
                    .lines()
                    .filter_map(|line| line.split_once('\t'))
                    .filter(|(code, _)| *code == l.code())
                    .filter_map(|(_, rest)| rest.split_once('\t'));
                for (key, value) in rows {
                    let months = |into: &mut [&'static str; 12]| {
                        for (slot, name) in into.iter_mut().zip(value.split('|')) {
                            *slot = name;
                        }
                    };
                    match key {
                        "months" => months(&mut d.months),
                        "months-alone" => months(&mut d.alone),
                        "date-day" => d.patterns[0] = value,
                        "date-month" => d.patterns[1] = value,
                        "date-day-month" => d.patterns[2] = value,
                        "date-year" => d.patterns[3] = value,
                        _ => {}
                    }
                }
                d
            })
            .collect()
    });
    &all[lang as usize]
}

/// Month `m` (1–12) among twelve names; nothing for a month that is not one.
fn month_of(names: &[&'static str; 12], m: u32) -> &'static str {
    names
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// The abbreviated name of month `m` (1–12) on its own, as an axis tick
/// shows it, in the language spoken.
pub fn month_alone(m: u32) -> &'static str {
    month_of(&dates(lang()).alone, m)
}

/// The abbreviated name of month `m` (1–12) inside a date, in the language spoken.
pub fn month_in_date(m: u32) -> &'static str {
    month_of(&dates(lang()).months, m)
}

/// A date of `shape` in the language spoken. `day` and `month` are ignored
/// where the shape leaves them out.
pub fn date(shape: Shape, year: i32, month: u32, day: u32) -> String {
    let d = dates(lang());
    let pattern = d.patterns[shape as usize];
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // Quoted text; '' is a quote.
            if chars.peek() == Some(&'\'') {
                chars.next();
                out.push('\'');
                continue;
            }
            for q in chars.by_ref() {
                if q == '\'' {
                    break;
                }
                out.push(q);
            }
            continue;
        }
        if !c.is_ascii_alphabetic() {
            out.push(c);
            continue;
        }
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
        }
        let month_name = |names: &[&'static str; 12]| month_of(names, month);
        match (c, run) {
            ('d', 1) => out.push_str(itoa::Buffer::new().format(day)),
            ('d', _) => out.push_str(&format!("{day:02}")),
            ('y', _) => out.push_str(itoa::Buffer::new().format(year)),
            ('M', 1) => out.push_str(itoa::Buffer::new().format(month)),
            ('M', _) => out.push_str(month_name(&d.months)),
            ('L', _) => out.push_str(month_name(&d.alone)),
            _ => {}
        }
    }
    out
}

/// A calendar date to the day, without its year (`3 déc.`).
pub fn day_month(d: NaiveDate) -> String {
    date(Shape::DayMonth, d.year(), d.month(), d.day())
}

/// A month of a year (`déc. 2024`).
pub fn month_year(d: NaiveDate) -> String {
    date(Shape::Month, d.year(), d.month(), 1)
}

/// A whole number as the language spoken writes it (`145 000`, `145.000`).
pub fn integer(n: i64) -> String {
    decimal(&n.to_string())
}

/// `plain`, a number as Rust writes it (`-1500.25`), grouped and with the
/// decimal separator of the language spoken; anything else (`1e300`) as it is.
pub fn decimal(plain: &str) -> String {
    let l = lang();
    if plain.contains(['e', 'E']) {
        return plain.to_string();
    }
    let Ok(number) = plain.parse::<fixed_decimal::Decimal>() else {
        return plain.to_string();
    };
    thread_local! {
        // Made once per language and thread: a network's hover texts write
        // a number per link.
        static FORMATTER: std::cell::RefCell<Option<(Lang, icu_decimal::DecimalFormatter)>> =
            const { std::cell::RefCell::new(None) };
    }
    FORMATTER.with(|cell| {
        let mut kept = cell.borrow_mut();
        if kept.as_ref().is_none_or(|(k, _)| *k != l) {
            let made = l
                .code()
                .parse::<icu_locale_core::Locale>()
                .ok()
                .and_then(|locale| {
                    icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default()).ok()
                });
            *kept = made.map(|f| (l, f));
        }
        match kept.as_ref() {
            Some((_, f)) => f.format(&number).to_string(),
            None => plain.to_string(),
        }
    })
}

/// The name of the country or territory `code` (ISO 3166-1 alpha-2, or
/// `EU`) in the language spoken, if CLDR names it.
pub fn territory(code: &str) -> Option<&'static str> {
    static ROWS: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    let rows = ROWS.get_or_init(|| {
        let mut rows: Vec<_> = TERRITORIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cells = l.split('\t');
                let code = cells.next()?;
                Some((code, cells.collect()))
            })
            .collect();
        rows.sort_by_key(|(code, _)| *code);
        rows
    });
    let i = rows.binary_search_by_key(&code, |(c, _)| c).ok()?;
    rows[i].1.get(lang() as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::speak;

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = |l| {
            let _s = speak(l);
            (
                date(Shape::Day, 2024, 12, 3),
                date(Shape::Month, 2024, 12, 3),
            )
        };
        assert_eq!(day(Lang::En), ("3 Dec 2024".into(), "Dec 2024".into()));
        assert_eq!(day(Lang::Fr), ("3 déc. 2024".into(), "déc. 2024".into()));
        assert_eq!(day(Lang::De), ("3. Dez. 2024".into(), "Dez. 2024".into()));
        assert_eq!(day(Lang::Nl).0, "3 dec 2024");
        assert_eq!(day(Lang::Es).0, "3 dic 2024");
        assert_eq!(day(Lang::It).0, "3 dic 2024");
        assert_eq!(day(Lang::Pl).0, "3 gru 2024");
        assert_eq!(day(Lang::Pt).0, "3 de dez. de 2024");
        let _de = speak(Lang::De);
        assert_eq!(month_alone(3), "Mär");
        assert_eq!(
            day_month(NaiveDate::from_ymd_opt(2024, 3, 9).unwrap()),
            "9. März"
        );
    }

    #[test]
    fn numbers_and_countries_follow_the_language() {
        let in_lang = |l, f: &dyn Fn() -> String| {
            let _s = speak(l);
            f()
        };
        let n = || integer(145_000);
        assert_eq!(in_lang(Lang::En, &n), "145,000");
        assert_eq!(in_lang(Lang::Fr, &n), "145\u{202f}000");
        assert_eq!(in_lang(Lang::De, &n), "145.000");
        assert_eq!(in_lang(Lang::De, &|| decimal("8000.5")), "8.000,5");
        assert_eq!(in_lang(Lang::En, &|| decimal("1e300")), "1e300");
        let nl = || territory("NL").unwrap().to_string();
        assert_eq!(in_lang(Lang::Fr, &nl), "Pays-Bas");
        assert_eq!(in_lang(Lang::De, &nl), "Niederlande");
        assert_eq!(in_lang(Lang::Pl, &nl), "Holandia");
        assert_eq!(territory("QQ"), None);
    }
}
