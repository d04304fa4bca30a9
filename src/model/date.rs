//! Partial dates: as precise as the source, and never more.

use std::fmt;
use std::num::{NonZeroU8, NonZeroU32};

use chrono::{Datelike, NaiveDate};

/// How much of a date the source gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// `2024`
    Year,
    /// `2024-06`
    Month,
    /// `2024-06-15`
    Day,
}

/// What the source said about the date beyond its digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Qualifier {
    /// The date as stated.
    Stated,
    /// `~2024-09`: about then.
    Approximate,
    /// `..2024-12-03`: on or before then; the real date is not published.
    OnOrBefore,
}

/// A date with year, month or day precision. A month is the whole month, an
/// interval, not its first day: [`PartialDate::first_day`] and
/// [`PartialDate::last_day`] give its bounds. Invariant: the stated day exists
/// in the calendar (no 2024-02-30).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    // Packed into four bytes: events, periods, timeline tables and graph
    // occasions carry dates by the hundred thousand, and on large cases their
    // size is what the passes over them wait for. From the top: a set bit (so
    // never zero, and an absent date costs nothing more), the year (four
    // digits, 14 bits), month and day (0 when not given), the qualifier.
    bits: NonZeroU32,
}

const YEAR_SHIFT: u32 = 12;
const MONTH_SHIFT: u32 = 8;
const DAY_SHIFT: u32 = 3;

impl PartialDate {
    /// `year` has four digits (0–9999), `month` is 1–12 and `day` 1–31 when given.
    fn pack(year: i32, month: Option<u8>, day: Option<u8>, qualifier: Qualifier) -> PartialDate {
        let q = match qualifier {
            Qualifier::Stated => 0,
            Qualifier::Approximate => 1,
            Qualifier::OnOrBefore => 2,
        };
        let bits = 1 << 31
            | (year.clamp(0, 9999) as u32) << YEAR_SHIFT
            | u32::from(month.unwrap_or(0) & 0xf) << MONTH_SHIFT
            | u32::from(day.unwrap_or(0) & 0x1f) << DAY_SHIFT
            | q;
        PartialDate {
            bits: NonZeroU32::new(bits).unwrap_or(NonZeroU32::MAX),
        }
    }

    fn month_part(&self) -> Option<NonZeroU8> {
        NonZeroU8::new((self.bits.get() >> MONTH_SHIFT & 0xf) as u8)
    }

    fn day_part(&self) -> Option<NonZeroU8> {
        NonZeroU8::new((self.bits.get() >> DAY_SHIFT & 0x1f) as u8)
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PartialDate")
            .field("year", &self.year())
            .field("month", &self.month_part())
            .field("day", &self.day_part())
            .field("qualifier", &self.qualifier())
            .finish()
    }
}

/// Why a date string was refused; the message is shown to the user as is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    /// What is wrong.
    pub message: String,
    /// How to write it instead.
    pub help: String,
}

const FORMS: &str = "write dates as YYYY, YYYY-MM or YYYY-MM-DD (e.g. `2024`, `2024-06`, `2024-06-15`); `~2024-09` is approximate, `..2024-12` means on or before";

fn month_name(m: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = m.to_lowercase();
    NAMES
        .iter()
        .position(|n| m.len() >= 3 && m.starts_with(n))
        .map(|i| i as u32 + 1)
}

/// A likely rewrite of common date spellings into the format's, for hints.
fn rewrite_hint(s: &str) -> Option<String> {
    let parts: Vec<&str> = s
        .split(['/', '.', ' ', '-', ','])
        .filter(|p| !p.is_empty())
        .collect();
    let num = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        // 03/12/2024 or 3.12.2024: day first, as in most of Europe.
        [d, m, y] if y.len() == 4 => {
            let (d, y) = (num(d)?, num(y)?);
            let m = num(m).or_else(|| month_name(m))?;
            NaiveDate::from_ymd_opt(y as i32, m, d)?;
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        // "June 2024", "06/2024"
        [m, y] if y.len() == 4 => {
            let y = num(y)?;
            let m = num(m).or_else(|| month_name(m))?;
            (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"))
        }
        // "3 December 2024" handled above; "December 3, 2024"
        [m, d, y] if y.len() == 4 && month_name(m).is_some() => {
            let (m, d, y) = (month_name(m)?, num(d)?, num(y)?);
            NaiveDate::from_ymd_opt(y as i32, m, d)?;
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        // 2021-6-7, 2021/06/7: year first with unpadded month or day.
        [y, m, d] if y.len() == 4 => {
            let (y, m, d) = (num(y)?, num(m)?, num(d)?);
            NaiveDate::from_ymd_opt(y as i32, m, d)?;
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        // 2021-6
        [y, m] if y.len() == 4 => {
            let (y, m) = (num(y)?, num(m)?);
            (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"))
        }
        _ => None,
    }
}

impl PartialDate {
    /// Parses `2024`, `2024-06`, `2024-06-15`, with an optional `~` or `..` prefix.
    pub fn parse(input: &str) -> Result<PartialDate, DateError> {
        let s = input.trim();
        let (qualifier, body) = if let Some(rest) = s.strip_prefix('~') {
            (Qualifier::Approximate, rest.trim_start())
        } else if let Some(rest) = s.strip_prefix("..") {
            (Qualifier::OnOrBefore, rest.trim_start())
        } else {
            (Qualifier::Stated, s)
        };
        let bad = |message: String| {
            let help = match rewrite_hint(body) {
                Some(r) => format!("did you mean `{r}`? {FORMS}"),
                None => FORMS.to_string(),
            };
            DateError { message, help }
        };
        let parts: Vec<&str> = body.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let shape_ok = match parts.as_slice() {
            [y] => digits(y, 4),
            [y, m] => digits(y, 4) && digits(m, 2),
            [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
            _ => false,
        };
        if !shape_ok {
            return Err(bad(format!("`{input}` is not a date")));
        }
        let year: i32 = parts[0].parse().unwrap_or(0);
        let month: Option<u8> = parts.get(1).and_then(|m| m.parse().ok());
        let day: Option<u8> = parts.get(2).and_then(|d| d.parse().ok());
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(DateError {
                message: format!("`{input}` has no month {m}"),
                help: format!("months run from 01 to 12; {FORMS}"),
            });
        }
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year, m as u32, d as u32).is_none()
        {
            let last = last_day_of_month(year, m as u32);
            return Err(DateError {
                message: format!("`{input}` does not exist: {year:04}-{m:02} has {last} days"),
                help: "check the day against the source; if only the month is known, write YYYY-MM"
                    .into(),
            });
        }
        Ok(PartialDate::pack(year, month, day, qualifier))
    }

    /// Year.
    pub fn year(&self) -> i32 {
        (self.bits.get() >> YEAR_SHIFT & 0x3fff) as i32
    }

    /// Month (1–12) if given.
    pub fn month(&self) -> Option<u32> {
        self.month_part().map(|m| u32::from(m.get()))
    }

    /// Day of month if given.
    pub fn day(&self) -> Option<u32> {
        self.day_part().map(|d| u32::from(d.get()))
    }

    /// How much the source gave.
    pub fn precision(&self) -> Precision {
        match (self.month_part(), self.day_part()) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// Approximate, on-or-before, or as stated.
    pub fn qualifier(&self) -> Qualifier {
        match self.bits.get() & 0b11 {
            0 => Qualifier::Stated,
            1 => Qualifier::Approximate,
            _ => Qualifier::OnOrBefore,
        }
    }

    /// True for `~` dates.
    pub fn is_approximate(&self) -> bool {
        self.qualifier() == Qualifier::Approximate
    }

    /// The first day of the interval the date names (the 1st of a month, 1 January of a year).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(
            self.year(),
            self.month().unwrap_or(1),
            self.day().unwrap_or(1),
        )
        .unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the interval the date names.
    pub fn last_day(&self) -> NaiveDate {
        let m = self.month().unwrap_or(12);
        let d = self
            .day()
            .unwrap_or_else(|| last_day_of_month(self.year(), m));
        NaiveDate::from_ymd_opt(self.year(), m, d).unwrap_or(NaiveDate::MAX)
    }

    /// The earliest day the event could have been on; `None` when unbounded
    /// (`..2024-12`: any time up to then).
    pub fn earliest(&self) -> Option<NaiveDate> {
        match self.qualifier() {
            Qualifier::OnOrBefore => None,
            _ => Some(self.first_day()),
        }
    }

    /// The latest day the date could mean.
    pub fn latest(&self) -> NaiveDate {
        self.last_day()
    }

    /// The same date without its qualifier.
    pub fn stated(&self) -> PartialDate {
        PartialDate::pack(
            self.year(),
            self.month_part().map(NonZeroU8::get),
            self.day_part().map(NonZeroU8::get),
            Qualifier::Stated,
        )
    }
}

fn last_day_of_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

/// Writes `n` with at least `width` digits (zero-padded): dates are written by
/// the hundred thousand into tooltips, where the formatting machinery of
/// `write!` cost more than the rest of the text.
fn write_padded(w: &mut impl fmt::Write, n: i32, width: usize) -> fmt::Result {
    if n < 0 {
        return write!(w, "{n:0width$}");
    }
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    for _ in digits.len()..width {
        w.write_char('0')?;
    }
    w.write_str(digits)
}

impl PartialDate {
    /// Writes the date back in the form it was given (`~2024-09`), as `Display`
    /// does, into any text (a `String` too, without going through a formatter).
    pub fn write_given(&self, w: &mut impl fmt::Write) -> fmt::Result {
        match self.qualifier() {
            Qualifier::Stated => {}
            Qualifier::Approximate => w.write_str("~")?,
            Qualifier::OnOrBefore => w.write_str("..")?,
        }
        write_padded(w, self.year(), 4)?;
        for part in [self.month_part(), self.day_part()].into_iter().flatten() {
            w.write_char('-')?;
            write_padded(w, i32::from(part.get()), 2)?;
        }
        Ok(())
    }

    /// Writes the date for people, as [`PartialDate::shown`] does, into any
    /// text, in the language spoken ([`crate::i18n::speak`]).
    pub fn write_human(&self, w: &mut impl fmt::Write) -> fmt::Result {
        use crate::i18n::{Lang, cldr};
        let bare = || {
            let (shape, m, d) = match (self.month_part(), self.day_part()) {
                (Some(m), Some(d)) => (cldr::Shape::Day, m.get(), d.get()),
                (Some(m), None) => (cldr::Shape::Month, m.get(), 1),
                _ => (cldr::Shape::Year, 1, 1),
            };
            cldr::date(shape, self.year(), u32::from(m), u32::from(d))
        };
        if crate::i18n::lang() != Lang::En {
            let key = match self.qualifier() {
                Qualifier::Stated => return w.write_str(&bare()),
                Qualifier::Approximate => "date-approximate",
                Qualifier::OnOrBefore => "date-on-or-before",
            };
            return w.write_str(&crate::i18n::t!(key, date = bare()));
        }
        // English, the most drawn, without building strings.
        match self.qualifier() {
            Qualifier::Stated => {}
            Qualifier::Approximate => w.write_str("c. ")?,
            Qualifier::OnOrBefore => w.write_str("by ")?,
        }
        if let Some(m) = self.month_part() {
            if let Some(day) = self.day_part() {
                write_padded(w, i32::from(day.get()), 1)?;
                w.write_char(' ')?;
            }
            w.write_str(month_abbr(u32::from(m.get())))?;
            w.write_char(' ')?;
        }
        write_padded(w, self.year(), 1)
    }
}

impl fmt::Display for PartialDate {
    /// Writes the date back in the form it was given (`~2024-09`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_given(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn every_part_of_a_date_survives_packing() {
        for year in ["0000", "0001", "1999", "2024", "9999"] {
            for (month, day) in [
                (None, None),
                (Some("01"), None),
                (Some("12"), Some("31")),
                (Some("02"), Some("01")),
            ] {
                for (prefix, q) in [
                    ("", Qualifier::Stated),
                    ("~", Qualifier::Approximate),
                    ("..", Qualifier::OnOrBefore),
                ] {
                    let mut text = format!("{prefix}{year}");
                    for part in [month, day].into_iter().flatten() {
                        text.push('-');
                        text.push_str(part);
                    }
                    let date = d(&text);
                    assert_eq!(date.to_string(), text);
                    assert_eq!(date.year(), year.parse::<i32>().unwrap(), "{text}");
                    assert_eq!(date.month(), month.map(|m| m.parse().unwrap()), "{text}");
                    assert_eq!(date.day(), day.map(|d| d.parse().unwrap()), "{text}");
                    assert_eq!(date.qualifier(), q, "{text}");
                    assert_eq!(
                        date.stated().to_string(),
                        text.trim_start_matches(['~', '.'])
                    );
                }
            }
        }
        // What the packing is for: a period in eight bytes, an open one too.
        assert_eq!(std::mem::size_of::<Period>(), 8);
        assert_eq!(std::mem::size_of::<Option<PartialDate>>(), 4);
    }

    #[test]
    fn dates_are_written_as_given_and_for_people() {
        let given = |s: &str| {
            let mut t = String::new();
            d(s).write_given(&mut t).unwrap();
            assert_eq!(t, d(s).to_string());
            t
        };
        assert_eq!(given("2024"), "2024");
        assert_eq!(given("0999-01-05"), "0999-01-05");
        assert_eq!(given("~2024-09"), "~2024-09");
        assert_eq!(given("..2024-12-03"), "..2024-12-03");
        let human = |s: &str| d(s).human();
        assert_eq!(human("2024-12-03"), "3 Dec 2024");
        assert_eq!(human("2024-12"), "Dec 2024");
        assert_eq!(human("0999"), "999");
        assert_eq!(human("~2024-09"), "c. Sep 2024");
        assert_eq!(human("..2024-12-03"), "by 3 Dec 2024");
        let period = |a: &str, b: Option<&str>| Period {
            start: d(a),
            end: b.map(d),
        };
        let span = period("2024-06", Some("2024-12-03"));
        assert_eq!(span.to_string(), "2024-06 – 2024-12-03");
        assert_eq!(span.human(), "Jun 2024 – 3 Dec 2024");
        let open = period("2024-06", None);
        assert_eq!(open.to_string(), "2024-06 –");
        assert_eq!(open.human(), "Jun 2024 – no end date");
        let one = period("2024-06-01", Some("2024-06-01"));
        assert_eq!(one.to_string(), "2024-06-01");
        assert_eq!(one.human(), "1 Jun 2024");
    }

    #[test]
    fn a_month_is_an_interval_not_its_first_day() {
        let m = d("2024-02");
        assert_eq!(m.precision(), Precision::Month);
        assert_eq!(m.first_day(), NaiveDate::from_ymd_opt(2024, 2, 1).unwrap());
        assert_eq!(m.last_day(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
        assert_eq!(m.to_string(), "2024-02");
    }

    #[test]
    fn qualifiers_round_trip() {
        assert_eq!(d("~2024-09").to_string(), "~2024-09");
        assert!(d("~2024-09").is_approximate());
        assert_eq!(d("..2024-12-03").earliest(), None);
        assert_eq!(
            d("2021").last_day(),
            NaiveDate::from_ymd_opt(2021, 12, 31).unwrap()
        );
    }

    #[test]
    fn impossible_and_foreign_dates_are_refused_with_a_rewrite() {
        let e = PartialDate::parse("2024-02-30").unwrap_err();
        assert!(e.message.contains("has 29 days"), "{}", e.message);
        let e = PartialDate::parse("03/12/2024").unwrap_err();
        assert!(
            e.help.starts_with("did you mean `2024-12-03`?"),
            "{}",
            e.help
        );
        let e = PartialDate::parse("June 2024").unwrap_err();
        assert!(e.help.starts_with("did you mean `2024-06`?"), "{}", e.help);
        assert!(PartialDate::parse("2024-13").is_err());
        assert!(PartialDate::parse("24-06").is_err());
    }
}

/// A span of time between two partial dates; `end: None` means still running
/// (or no end published). Invariant (for periods made by validation): the end is
/// not certainly before the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    /// When it began.
    pub start: PartialDate,
    /// When it ended, if it did.
    pub end: Option<PartialDate>,
}

impl Period {
    /// A single date (a day, month or year) as a period.
    pub fn at(date: PartialDate) -> Period {
        Period {
            start: date,
            end: Some(date),
        }
    }

    /// The earliest day the period may have begun; `None` when unbounded.
    pub fn earliest_start(&self) -> Option<NaiveDate> {
        self.start.earliest()
    }

    /// The latest day the period may have lasted to; `None` while open.
    pub fn latest_end(&self) -> Option<NaiveDate> {
        self.end.map(|e| e.latest())
    }

    /// True unless the two certainly do not overlap.
    pub fn may_overlap(&self, other: &Period) -> bool {
        let before = |a: &Period, b: &Period| match (a.latest_end(), b.earliest_start()) {
            (Some(end), Some(start)) => end < start,
            _ => false,
        };
        !before(self, other) && !before(other, self)
    }

    /// The overlap of two periods that may overlap: the later start and the earlier end,
    /// each kept with the precision it was written with.
    pub fn intersect(&self, other: &Period) -> Option<Period> {
        if !self.may_overlap(other) {
            return None;
        }
        Some(Period {
            start: later_start(self.start, other.start),
            end: match (self.end, other.end) {
                (Some(a), Some(b)) => Some(
                    if (b.latest(), b.first_day()) < (a.latest(), a.first_day()) {
                        b
                    } else {
                        a
                    },
                ),
                (a, b) => a.or(b),
            },
        })
    }

    /// Sort key: by start (unbounded starts first), then end (open ends last).
    pub fn sort_key(&self) -> (Option<NaiveDate>, NaiveDate, NaiveDate) {
        (
            self.start.earliest(),
            self.start.latest(),
            self.latest_end().unwrap_or(NaiveDate::MAX),
        )
    }

    /// True if the period certainly began by the end of `to` and did not certainly
    /// end before `from` begins: what a time slice keeps.
    pub fn within(&self, from: Option<&PartialDate>, to: Option<&PartialDate>) -> bool {
        let started = to.is_none_or(|t| self.start.latest() <= t.latest());
        let not_over = match (from, self.latest_end()) {
            (Some(f), Some(end)) => end >= f.first_day(),
            _ => true,
        };
        started && not_over
    }
}

fn later_start(a: PartialDate, b: PartialDate) -> PartialDate {
    let key = |d: &PartialDate| (d.earliest(), d.latest());
    if key(&b) > key(&a) { b } else { a }
}

impl Period {
    /// Writes the period as `Display` does, into any text.
    pub fn write_given<W: fmt::Write>(&self, w: &mut W) -> fmt::Result {
        self.write_with(w, PartialDate::write_given, " –")
    }

    /// Writes the period for people, as [`Period::shown`] does, into any text.
    pub fn write_human<W: fmt::Write>(&self, w: &mut W) -> fmt::Result {
        if crate::i18n::lang() == crate::i18n::Lang::En {
            return self.write_with(w, PartialDate::write_human, " – no end date");
        }
        let open = format!(" – {}", crate::i18n::t!("date-no-end"));
        self.write_with(w, PartialDate::write_human, &open)
    }

    /// Start, then ` – ` and the end unless it is the start, or `open`.
    fn write_with<W: fmt::Write>(
        &self,
        w: &mut W,
        date: fn(&PartialDate, &mut W) -> fmt::Result,
        open: &str,
    ) -> fmt::Result {
        date(&self.start, w)?;
        match self.end {
            Some(e) if e == self.start => Ok(()),
            Some(e) => {
                w.write_str(" – ")?;
                date(&e, w)
            }
            None => w.write_str(open),
        }
    }
}

impl fmt::Display for Period {
    /// `2024-06 – 2024-12-03`, `2024-06 –` while open, or the date alone for a single date.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_given(f)
    }
}

/// Short name of a month (1–12) inside a date, in the language spoken
/// (CLDR's abbreviated names: `Dec`, `déc.`, `Dez.`).
pub fn month_abbr(m: u32) -> &'static str {
    crate::i18n::cldr::month_in_date(m.clamp(1, 12))
}

impl PartialDate {
    /// The date for people, at its own precision: `3 Dec 2024`, `Dec 2024`, `2024`,
    /// `c. Sep 2024` (approximate), `by 3 Dec 2024` (on or before).
    pub fn human(&self) -> String {
        self.shown().to_string()
    }

    /// [`PartialDate::human`] as a value that writes itself, for text built in place.
    pub fn shown(&self) -> impl fmt::Display + '_ {
        struct Shown<'a>(&'a PartialDate);
        impl fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write_human(f)
            }
        }
        Shown(self)
    }
}

impl Period {
    /// The period for people: `Jun 2024 – 3 Dec 2024`, `Jun 2024 – no end date`,
    /// or one date.
    pub fn human(&self) -> String {
        self.shown().to_string()
    }

    /// [`Period::human`] as a value that writes itself, for text built in place.
    pub fn shown(&self) -> impl fmt::Display + '_ {
        struct Shown<'a>(&'a Period);
        impl fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write_human(f)
            }
        }
        Shown(self)
    }
}
