//! Diagnostics: what went wrong, where, and what to do about it.
//!
//! Stages return plain [`Diagnostic`] values; this module turns them into miette
//! reports with the YAML snippet, labels and a hint, in the style of rustc.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::source::{SourceSet, Span};

/// How bad a finding is. Errors make a dataset invalid; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look, but the dataset is still usable.
    Warning,
    /// The dataset cannot be used until this is fixed.
    Error,
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
    /// Stable kebab-case name of the check, e.g. `dangling-reference`.
    pub code: &'static str,
    /// One sentence saying what is wrong.
    pub message: String,
    /// Locations; the first is where the problem is, the rest are context.
    pub labels: Vec<Label>,
    /// What to do about it, if we can tell.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Self {
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
    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Self {
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
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<NamedSource<String>>,
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

fn source_span(span: Span) -> SourceSpan {
    SourceSpan::new((span.start as usize).into(), span.len())
}

/// The text with control characters made visible, byte length unchanged so spans
/// still fit: a report must never send a file's escape sequences to the terminal.
fn printable_source(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' | '\r' => c,
            c if c.is_control() && c.len_utf8() == 1 => '?',
            c if c.is_control() => '¿',
            c => c,
        })
        .collect()
}

/// Messages quote user text: escape its control characters.
fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '\n' => vec![c],
            c if c.is_control() => format!("\\u{{{:x}}}", c as u32).chars().collect(),
            c => vec![c],
        })
        .collect()
}

fn named_source(sources: &SourceSet, span: Span) -> Option<NamedSource<String>> {
    let f = sources.get(span.file)?;
    Some(NamedSource::new(printable(&f.name), printable_source(&f.text)).with_language("yaml"))
}

fn to_report(d: &Diagnostic, sources: &SourceSet) -> Report {
    let primary_file = d.span().map(|s| s.file);
    let mut labels = Vec::new();
    let mut related = Vec::new();
    for (i, l) in d.labels.iter().enumerate() {
        let text = (!l.text.is_empty()).then(|| printable(&l.text));
        if Some(l.span.file) == primary_file {
            labels.push(if i == 0 {
                LabeledSpan::new_primary_with_span(text, source_span(l.span))
            } else {
                LabeledSpan::new_with_span(text, source_span(l.span))
            });
        } else {
            // miette draws one file per report: other files become related notes.
            related.push(Report {
                message: printable(&l.text),
                code: d.code.to_string(),
                severity: miette::Severity::Advice,
                help: None,
                source: named_source(sources, l.span),
                labels: vec![LabeledSpan::new_with_span(None, source_span(l.span))],
                related: Vec::new(),
            });
        }
    }
    Report {
        message: printable(&d.message),
        code: d.code.to_string(),
        severity: match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        },
        help: d.help.as_deref().map(printable),
        source: d.span().and_then(|s| named_source(sources, s)),
        labels,
        related,
    }
}

/// Renders one diagnostic as a rustc-style report with the YAML snippet.
/// `color` selects ANSI colours (use it only on a terminal).
pub fn render(d: &Diagnostic, sources: &SourceSet, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_context_lines(1)
        .with_width(100);
    let report = to_report(d, sources);
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

/// Renders all diagnostics, in source order, separated by blank lines.
pub fn render_all(diags: &[Diagnostic], sources: &SourceSet, color: bool) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&render(d, sources, color));
        out.push('\n');
    }
    out
}
