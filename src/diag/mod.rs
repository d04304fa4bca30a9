//! Diagnostics: what went wrong, where, and what to do about it.
//!
//! Stages return plain [`Diagnostic`] values; this module turns them into miette
//! reports with the YAML snippet, labels and a hint, in the style of rustc.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan};

use crate::source::{SourceSet, Span};

mod excerpt;

use excerpt::{Excerpt, MAX_LINE_CHARS, printable};

/// How bad a finding is. Errors make a dataset invalid; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look, but the dataset is still usable.
    Warning,
    /// The dataset cannot be used until this is fixed.
    Error,
}

/// Declares [`Code`] from one list, so that its variants, their names and
/// [`Code::ALL`] cannot drift apart.
macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// Which check a [`Diagnostic`] comes from. Each code has a stable
        /// kebab-case name ([`Code::as_str`]) that users see in reports, that
        /// docs/format.md lists (import's aside) and that fixture files expect:
        /// a name never changes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable name users see.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    // Reading YAML (input).
    /// The file is not valid YAML.
    YamlSyntax => "yaml-syntax",
    /// A field appears twice in one record.
    DuplicateKey => "duplicate-key",
    /// Nesting, alias expansion or node count beyond the limits.
    InputTooComplex => "input-too-complex",
    /// A field the format does not have.
    UnknownField => "unknown-field",
    /// A value of the wrong shape (a list where text belongs...).
    WrongType => "wrong-type",
    /// A required field is missing or empty.
    MissingField => "missing-field",
    /// A control character in text.
    ControlCharacter => "control-character",
    /// More records than the limit allows.
    TooManyRecords => "too-many-records",
    /// A language code that is not of BCP 47 shape (`en`, `pt-BR`), in a
    /// text given in several languages or in `lang:`.
    BadLanguage => "bad-language",
    // Meaning (model).
    /// An id with characters ids cannot hold.
    InvalidId => "invalid-id",
    /// Two records of one list share an id.
    DuplicateId => "duplicate-id",
    /// An id that names no record.
    DanglingReference => "dangling-reference",
    /// Not a date, or a day that does not exist.
    InvalidDate => "invalid-date",
    /// An end certainly before its start.
    DateOrder => "date-order",
    /// An event with both `date` and `start`, or `date` with `end`.
    ConflictingDates => "conflicting-dates",
    /// A member's span outside its team's.
    MembershipOutsideTeam => "membership-outside-team",
    /// Not an ISO 3166-1 alpha-2 code.
    UnknownCountry => "unknown-country",
    /// An outcome's unit that looks like a currency but is not an ISO 4217 code.
    UnknownCurrency => "unknown-currency",
    /// An agency, team or context kind the format does not have.
    UnknownKind => "unknown-kind",
    /// An agency that is its own ancestor.
    ParentCycle => "parent-cycle",
    /// No agencies, teams, events or context.
    EmptyDataset => "empty-dataset",
    /// A source url that is not a web or mail link.
    UnsafeUrl => "unsafe-url",
    /// A `style: colors` key that names no country, team or agency kind.
    UnknownStyleKey => "unknown-style-key",
    /// A `style: colors` value that is not `#rrggbb`.
    BadColor => "bad-color",
    /// A `confidence` that is not high, medium or low.
    UnknownConfidence => "unknown-confidence",
    /// A citation grade that is not a letter A-F and a digit 1-6.
    BadGrade => "bad-grade",
    /// A place's `at` that is not a latitude and a longitude in range.
    BadCoordinates => "bad-coordinates",
    // Warnings (model).
    /// No record refers to the agency.
    UnusedAgency => "unused-agency",
    /// No record cites the source.
    UncitedSource => "uncited-source",
    /// An agency, team, event or context record that cites no source.
    UncitedRecord => "uncited-record",
    /// An event lists no participants.
    NoParticipants => "no-participants",
    /// A place list item that is a bare country code after a place name:
    /// `[Šiauliai, LT]` is two places, not one.
    PlaceSplit => "place-split",
    /// A place the bundled gazetteer has no city for.
    UnknownPlace => "unknown-place",
    /// A place name that several cities of the gazetteer share.
    AmbiguousPlace => "ambiguous-place",
    // Spreadsheets (import).
    /// A CSV quote left open, or text after a closing quote.
    CsvSyntax => "csv-syntax",
    /// A row whose cells do not line up with the header's columns.
    WrongFieldCount => "wrong-field-count",
    /// A required column is missing, or the sheet has no header row.
    MissingColumn => "missing-column",
    /// Two columns of one sheet with the same name.
    DuplicateColumn => "duplicate-column",
    /// A column the sheet does not have, or one with no name.
    UnknownColumn => "unknown-column",
    /// The imported dataset could not be written or read back (a bug).
    ImportFailed => "import-failed",
    // FollowTheMoney entities (import).
    /// A line that is not an FtM entity (not JSON, no id or schema, a value that is not text).
    FtmSyntax => "ftm-syntax",
    /// An entity, property or value coopline has no place for, left out.
    NotImported => "not-imported",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Codes compare with their names, as fixture files and tests write them.
impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Code {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

/// A span with a short text shown under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What to say there (may be empty).
    pub text: String,
}

/// One finding about the input. The first label is the primary location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Which check found it; users see its stable name, e.g. `dangling-reference`.
    pub code: Code,
    /// One sentence saying what is wrong.
    pub message: String,
    /// Locations; the first is where the problem is, the rest are context.
    pub labels: Vec<Label>,
    /// What to do about it, if we can tell.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            labels: vec![Label {
                span,
                text: String::new(),
            }],
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }

    /// Sets the text under the primary label.
    pub fn label(mut self, text: impl Into<String>) -> Self {
        if let Some(l) = self.labels.first_mut() {
            l.text = text.into();
        }
        self
    }

    /// Adds a secondary location.
    pub fn with_label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// Sets the hint.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the hint if there is one.
    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    /// The primary span.
    pub fn span(&self) -> Option<Span> {
        self.labels.first().map(|l| l.span)
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Counts of errors and warnings in a list of diagnostics.
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

/// Sorts diagnostics by file and position so reports read top to bottom.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by_key(|d| {
        let s = d.span().unwrap_or_default();
        (s.file, s.start, s.end)
    });
}

/// A diagnostic bound to the text it points into, as miette wants it.
#[derive(Debug)]
struct Report {
    message: String,
    code: Code,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<Excerpt>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(
                self.related.iter().map(|r| r as &dyn miette::Diagnostic),
            ))
        }
    }
}

fn to_report(d: &Diagnostic, sources: &SourceSet, line_chars: usize) -> Report {
    let primary_file = d.span().map(|s| s.file);
    let here: Vec<Span> = d
        .labels
        .iter()
        .filter(|l| Some(l.span.file) == primary_file)
        .map(|l| l.span)
        .collect();
    let (source, mut moved) = match primary_file.and_then(|f| sources.get(f)) {
        Some(file) => {
            let (excerpt, moved) = Excerpt::new(file, &here, line_chars);
            (Some(excerpt), moved.into_iter())
        }
        None => (None, Vec::new().into_iter()),
    };
    let mut labels = Vec::new();
    let mut related = Vec::new();
    for (i, l) in d.labels.iter().enumerate() {
        let text = (!l.text.is_empty()).then(|| printable(&l.text));
        if Some(l.span.file) == primary_file {
            let Some(span) = moved.next() else { continue };
            labels.push(if i == 0 {
                LabeledSpan::new_primary_with_span(text, span)
            } else {
                LabeledSpan::new_with_span(text, span)
            });
        } else {
            // miette draws one file per report: other files become related notes.
            let (source, spans) = match sources.get(l.span.file) {
                Some(file) => {
                    let (excerpt, spans) = Excerpt::new(file, &[l.span], line_chars);
                    (Some(excerpt), spans)
                }
                None => (None, Vec::new()),
            };
            related.push(Report {
                message: printable(&l.text),
                code: d.code,
                severity: miette::Severity::Advice,
                help: None,
                source,
                labels: spans
                    .into_iter()
                    .map(|s| LabeledSpan::new_with_span(None, s))
                    .collect(),
                related: Vec::new(),
            });
        }
    }
    Report {
        message: printable(&d.message),
        code: d.code,
        severity: match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        },
        help: d.help.as_deref().map(printable),
        source,
        labels,
        related,
    }
}

/// The words of a line to wrap: split at spaces, but never inside a
/// `code span`, so a date, a field or a command in a hint stays whole.
fn words_outside_code(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let (mut start, mut in_code) = (0, false);
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => in_code = !in_code,
            b' ' if !in_code => {
                let mut end = i;
                while end < bytes.len() && bytes[end] == b' ' {
                    end += 1;
                }
                words.push(textwrap::core::Word::from(&line[start..end]));
                (start, i) = (end, end);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if start < line.len() {
        words.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// Renders one diagnostic as a rustc-style report with the YAML snippet.
/// `color` selects ANSI colours (use it only on a terminal).
pub fn render(d: &Diagnostic, sources: &SourceSet, color: bool) -> String {
    render_in(d, sources, color, None)
}

/// [`render`] for a terminal `width` columns wide (`None`: not a terminal):
/// hints wrap to it (100 at most) and long lines of the file are cut to fit.
pub fn render_in(d: &Diagnostic, sources: &SourceSet, color: bool, width: Option<usize>) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    // The gutter (line numbers, bars) takes about a dozen columns.
    let line_chars = width.map_or(MAX_LINE_CHARS, |w| {
        w.saturating_sub(14).clamp(40, MAX_LINE_CHARS)
    });
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_context_lines(1)
        .with_width(width.map_or(100, |w| w.clamp(40, 100)))
        .with_word_separator(textwrap::WordSeparator::Custom(words_outside_code))
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let report = to_report(d, sources, line_chars);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        // Rendering only fails on a formatter error; fall back to the bare facts.
        out = format!(
            "{}: {} at {}\n",
            d.code,
            printable(&d.message),
            d.span().map(|s| sources.locate(s)).unwrap_or_default()
        );
    }
    out
}

/// Reports of one kind with the same hint shown in full before the rest are
/// only listed: a missing sheet makes the same error once per row.
const SHOWN_ALIKE: usize = 3;
/// Places listed for the reports not shown in full.
const LISTED_ALIKE: usize = 8;

/// Renders all diagnostics, in source order, separated by blank lines.
pub fn render_all(diags: &[Diagnostic], sources: &SourceSet, color: bool) -> String {
    render_all_in(diags, sources, color, None)
}

/// [`render_all`] for a terminal `width` columns wide ([`render_in`]). Of
/// reports with the same code and hint, the first three are shown in full and
/// the others listed by place under them ("and 18 more like these").
pub fn render_all_in(
    diags: &[Diagnostic],
    sources: &SourceSet,
    color: bool,
    width: Option<usize>,
) -> String {
    let key = |d: &Diagnostic| (d.code, d.severity == Severity::Error, d.help.clone());
    let mut seen: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    let mut rest: Vec<(Code, Vec<String>)> = Vec::new();
    let mut rest_of: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    let mut out = String::new();
    for d in diags {
        let k = key(d);
        let n = seen.entry(k.clone()).or_insert(0);
        *n += 1;
        if *n <= SHOWN_ALIKE {
            out.push_str(&render_in(d, sources, color, width));
            out.push('\n');
            continue;
        }
        let slot = *rest_of.entry(k).or_insert_with(|| {
            rest.push((d.code, Vec::new()));
            rest.len() - 1
        });
        let place = d.span().map(|s| sources.locate(s)).unwrap_or_default();
        rest[slot].1.push(place);
    }
    for (code, places) in rest {
        let listed: Vec<&str> = places
            .iter()
            .take(LISTED_ALIKE)
            .map(String::as_str)
            .collect();
        let more = match places.len() - listed.len() {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        out.push_str(&format!(
            "{code}: {} more like the ones above, with the same hint, at {}{more}\n\n",
            places.len(),
            listed.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "`{name}` names two codes");
            assert!(
                !name.is_empty()
                    && !name.starts_with('-')
                    && !name.ends_with('-')
                    && !name.contains("--")
                    && name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "`{name}` is not kebab-case"
            );
        }
    }

    /// The codes docs/format.md lists in "What is checked", from its tables' first column.
    fn documented() -> Vec<&'static str> {
        let doc = include_str!("../../docs/format.md");
        let section = doc
            .split("## What is checked")
            .nth(1)
            .expect("docs/format.md has a section on what is checked");
        let section = section.split("\n## ").next().unwrap_or(section);
        section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once('`').map(|(code, _)| code))
            .collect()
    }

    #[test]
    fn docs_list_every_code_of_the_format() {
        // The import stage's codes belong to docs/import.md and docs/interop.md.
        let import = [
            Code::CsvSyntax,
            Code::WrongFieldCount,
            Code::MissingColumn,
            Code::DuplicateColumn,
            Code::UnknownColumn,
            Code::ImportFailed,
            Code::FtmSyntax,
            Code::NotImported,
        ];
        let listed = documented();
        for code in Code::ALL.iter().filter(|c| !import.contains(c)) {
            assert!(
                listed.contains(&code.as_str()),
                "docs/format.md does not list `{code}`"
            );
        }
        for name in listed {
            assert!(
                Code::ALL.iter().any(|c| c == name),
                "docs/format.md lists `{name}`, which no check reports"
            );
        }
    }

    #[test]
    fn a_report_shows_the_code_name() {
        let mut sources = SourceSet::new();
        let file = sources.add("a.yaml", "agencies: []\n");
        let d = Diagnostic::error(Code::EmptyDataset, Span::new(file, 0, 8), "empty");
        assert!(render(&d, &sources, false).contains("empty-dataset"));
    }
}
