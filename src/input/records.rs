//! Node tree → raw records, checking form only: known fields, the right YAML kinds.

use compact_str::ToCompactString;

use super::yaml::{Node, Value};
use crate::diag::{Code, Diagnostic};
use crate::lang::Translations;
use crate::source::Span;
use crate::suggest::did_you_mean;

mod agencies;
mod chapters;
mod cites;
mod context;
mod events;
mod langs;
mod outcomes;
mod places;
mod style;
mod teams;

pub use agencies::RawAgency;
pub use chapters::RawChapter;
pub use cites::RawAssurance;
pub use context::RawContext;
pub use events::RawEvent;
pub use places::RawPlace;

/// A value with the span it was written at.
#[derive(Clone, Debug, PartialEq)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Sp<T> {
    /// Wraps a value.
    pub fn new(value: T, span: Span) -> Self {
        Sp { value, span }
    }
}

impl<T: AsRef<str>> Sp<T> {
    /// The text.
    pub fn as_str(&self) -> &str {
        self.value.as_ref()
    }
}

/// The text of a field as written: short texts (ids, dates, codes) are held
/// in the value itself rather than in an allocation of their own.
pub type Text = compact_str::CompactString;

/// Every record of a dataset as written. Required fields are `Option` here:
/// a missing one has already been reported, and validation skips the record.
#[derive(Clone, Debug, Default)]
pub struct RawDataset {
    /// `title:` of the first file that has one.
    pub title: Option<Sp<Text>>,
    /// `description:` of the first file that has one.
    pub description: Option<Sp<Text>>,
    /// `description:` in several languages, when written so.
    pub description_langs: Translations,
    /// `lang:` of the first file that has one: the dataset's language.
    pub lang: Option<Sp<Text>>,
    /// `sources:` records.
    pub sources: Vec<RawSource>,
    /// `agencies:` records.
    pub agencies: Vec<RawAgency>,
    /// `teams:` records.
    pub teams: Vec<RawTeam>,
    /// `events:` records.
    pub events: Vec<RawEvent>,
    /// `context:` records (legal instruments and milestones).
    pub context: Vec<RawContext>,
    /// `chapters:` the story a web page tells, in the order written.
    pub chapters: Vec<RawChapter>,
    /// Start of each file that parsed, for problems about a file as a whole.
    pub files: Vec<Span>,
    /// Every file's `title:`, in file order (a folder merges several cases),
    /// with its texts in several languages when written so.
    pub titles: Vec<(Sp<Text>, Translations)>,
    /// `style: {colors: {KEY: COLOUR}}` of every file, as written.
    pub colors: Vec<(Sp<Text>, Sp<Text>)>,
}

/// A citable reference.
#[derive(Clone, Debug)]
pub struct RawSource {
    /// The whole record.
    pub span: Span,
    /// `id:`
    pub id: Option<Sp<Text>>,
    /// `title:`
    pub title: Option<Sp<Text>>,
    /// `publisher:`
    pub publisher: Option<Sp<Text>>,
    /// `url:`
    pub url: Option<Sp<Text>>,
    /// `urls:` more links to the same report (a mirror, a translation).
    pub urls: Vec<Sp<Text>>,
    /// `archived:` a copy kept by an archive.
    pub archived: Option<Sp<Text>>,
    /// `accessed:` when the link was last read.
    pub accessed: Option<Sp<Text>>,
    /// `date:` (a year written as a bare number arrives as its digits)
    pub date: Option<Sp<Text>>,
}

/// A joint investigation team, task force or network.
#[derive(Clone, Debug)]
pub struct RawTeam {
    /// The whole record.
    pub span: Span,
    /// `id:`
    pub id: Option<Sp<Text>>,
    /// `name:`; for a name in several languages, the English one, else the first.
    pub name: Option<Sp<Text>>,
    /// `name:` in several languages, when written so.
    pub name_langs: Translations,
    /// `kind:`
    pub kind: Option<Sp<Text>>,
    /// `hosted_by:`
    pub hosted_by: Option<Sp<Text>>,
    /// `start:`
    pub start: Option<Sp<Text>>,
    /// `end:`
    pub end: Option<Sp<Text>>,
    /// `members:`; `None` when the field is missing.
    pub members: Option<Sp<Vec<RawMember>>>,
    /// `legal_basis:`
    pub legal_basis: Option<Sp<Text>>,
    /// `legal_basis_ref:` the id of a context record.
    pub legal_basis_ref: Option<Sp<Text>>,
    /// `notes:`
    pub notes: Option<Sp<Text>>,
    /// `sources:`
    pub sources: Vec<Sp<Text>>,
    /// `confidence:` and the grades given in `sources:`.
    pub assurance: RawAssurance,
}

/// One entry of a team's `members:`.
#[derive(Clone, Debug)]
pub struct RawMember {
    /// The whole entry.
    pub span: Span,
    /// The agency id (the entry itself, or its `agency:` field).
    pub agency: Option<Sp<Text>>,
    /// `from:`
    pub from: Option<Sp<Text>>,
    /// `to:`
    pub to: Option<Sp<Text>>,
    /// `role:`
    pub role: Option<Sp<Text>>,
}

/// The value of one outcome (`arrests: 3`, `note: "about 40"`,
/// `cash: {amount: 145000, unit: EUR}`).
#[derive(Clone, Debug, PartialEq)]
pub enum RawOutcome {
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text.
    Text(String),
    /// A number and its unit, as written: the unit is checked by validation.
    Amount {
        /// `amount:`
        amount: crate::model::Number,
        /// `unit:`
        unit: Sp<Text>,
    },
}

/// The fields each record accepts, by record type, as the reader knows them.
pub const FIELDS: &[(&str, &[&str])] = &[
    ("dataset", TOP),
    ("source", SOURCE),
    ("agency", AGENCY),
    ("team", TEAM),
    ("member", MEMBER),
    ("citation", CITATION),
    ("event", EVENT),
    ("context", CONTEXT),
    ("chapter", CHAPTER),
    ("style", STYLE),
    ("amount", AMOUNT),
    ("place", PLACE),
];

const TOP: &[&str] = &[
    "title",
    "description",
    "lang",
    "sources",
    "agencies",
    "teams",
    "events",
    "context",
    "chapters",
    "style",
];
const STYLE: &[&str] = &["colors"];
pub(super) const CHAPTER: &[&str] = &["title", "text", "records", "sources"];
pub(super) const CONTEXT: &[&str] = &[
    "id",
    "name",
    "short",
    "kind",
    "date",
    "notes",
    "confidence",
    "sources",
];
const SOURCE: &[&str] = &[
    "id",
    "title",
    "publisher",
    "url",
    "urls",
    "archived",
    "accessed",
    "date",
];
pub(super) const AGENCY: &[&str] = &[
    "id",
    "name",
    "local_name",
    "short",
    "country",
    "kind",
    "parent",
    "seat",
    "notes",
    "confidence",
    "sources",
];
const TEAM: &[&str] = &[
    "id",
    "name",
    "kind",
    "hosted_by",
    "start",
    "end",
    "members",
    "legal_basis",
    "legal_basis_ref",
    "notes",
    "confidence",
    "sources",
];
const MEMBER: &[&str] = &["agency", "from", "to", "role"];
pub(super) const CITATION: &[&str] = &["id", "grade"];
const AMOUNT: &[&str] = &["amount", "unit"];
const PLACE: &[&str] = &["name", "country", "at"];
const EVENT: &[&str] = &[
    "id",
    "name",
    "kind",
    "date",
    "start",
    "end",
    "participants",
    "teams",
    "places",
    "outcomes",
    "notes",
    "confidence",
    "sources",
];

/// Field names that users reach for, mapped to the ones the format uses.
pub(crate) const SYNONYMS: &[(&str, &str)] = &[
    ("type", "kind"),
    ("label", "name"),
    ("title", "name"),
    ("abbreviation", "short"),
    ("acronym", "short"),
    ("members", "participants"),
    ("agencies", "participants"),
    ("participants", "members"),
    ("host", "hosted_by"),
    ("from", "start"),
    ("to", "end"),
    ("start", "from"),
    ("end", "to"),
    ("when", "date"),
    ("source", "sources"),
    ("place", "places"),
    ("location", "places"),
    ("location", "seat"),
    ("headquarters", "seat"),
    ("coordinates", "at"),
    ("note", "notes"),
    ("link", "url"),
    ("href", "url"),
    ("team", "teams"),
    ("native_name", "local_name"),
    ("language", "lang"),
    ("locale", "lang"),
    ("iso", "country"),
    ("country_code", "country"),
    ("value", "amount"),
    ("currency", "unit"),
];

/// A mapping opened as a record: known fields by name, unknown ones reported.
struct Record<'a> {
    span: Span,
    fields: Vec<(&'a str, &'a Node<'a>, &'a Node<'a>)>,
    /// Fields that an unknown field was taken to be a misspelling of: their absence
    /// is already explained, so it is not reported again.
    misspelt: Vec<&'static str>,
}

impl<'a> Record<'a> {
    fn open(
        node: &'a Node<'a>,
        what: &str,
        known: &[&'static str],
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Record<'a>> {
        let Value::Map(entries) = &node.value else {
            diags.push(wrong_kind(
                node,
                &format!("{what} record (a mapping of fields)"),
            ));
            return None;
        };
        let mut fields = Vec::new();
        let mut misspelt = Vec::new();
        for (k, v) in entries {
            let Value::Str(name) = &k.value else {
                diags.push(
                    Diagnostic::error(
                        Code::WrongType,
                        k.span,
                        format!("a field name must be text, found {}", k.value.kind_name()),
                    )
                    .label("field name expected")
                    .help(format!("fields of {what}: {}", known.join(", "))),
                );
                continue;
            };
            if known.contains(&name.as_ref()) {
                fields.push((name.as_ref(), k, v));
            } else {
                let (d, guess) = unknown_field(name, k.span, what, known);
                misspelt.extend(guess);
                diags.push(d);
            }
        }
        Some(Record {
            span: node.span,
            fields,
            misspelt,
        })
    }

    fn get(&self, name: &str) -> Option<&'a Node<'a>> {
        self.fields
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, _, v)| *v)
            .filter(|v| v.value != Value::Null)
    }

    /// Span from the first key to the record start, for "missing field" reports.
    fn head(&self) -> Span {
        self.fields.first().map_or(self.span, |(_, k, _)| k.span)
    }

    fn text(&self, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
        self.get(name)
            .and_then(|n| text(n, name, TextKind::Line, diags))
    }

    fn long_text(&self, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
        self.get(name)
            .and_then(|n| text(n, name, TextKind::Paragraph, diags))
    }

    fn date(&self, name: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
        self.get(name).and_then(|n| date_text(n, name, diags))
    }

    fn required(&self, name: &str, what: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
        self.required_with(name, what, diags, |v, diags| {
            text(v, name, TextKind::Line, diags)
        })
    }

    /// A required field read by `read`; a missing or empty one is reported.
    fn required_with<T>(
        &self,
        name: &str,
        what: &str,
        diags: &mut Vec<Diagnostic>,
        read: impl FnOnce(&Node, &mut Vec<Diagnostic>) -> Option<T>,
    ) -> Option<T> {
        let found = self.fields.iter().find(|(n, _, _)| *n == name);
        match found {
            Some((_, _, v)) if v.value != Value::Null => read(v, diags),
            Some((_, k, _)) => {
                diags.push(
                    Diagnostic::error(
                        Code::MissingField,
                        k.span,
                        format!("`{name}` of {what} is empty"),
                    )
                    .label("a value is required here")
                    .help(format!("give {what} a `{name}`")),
                );
                None
            }
            None => {
                self.report_missing(name, what, None, diags);
                None
            }
        }
    }

    fn report_missing(
        &self,
        name: &str,
        what: &str,
        help: Option<&str>,
        diags: &mut Vec<Diagnostic>,
    ) {
        if !self.misspelt.contains(&name) {
            let d = missing(self.head(), name, what);
            diags.push(match help {
                Some(h) => d.help(h),
                None => d,
            });
        }
    }

    fn ids(&self, name: &str, diags: &mut Vec<Diagnostic>) -> Vec<Sp<Text>> {
        match self.get(name) {
            None => Vec::new(),
            Some(n) => match &n.value {
                Value::Seq(items) => {
                    // Exactly the room needed: a list collected as it is
                    // filtered starts with room for four, in every record.
                    let mut ids = Vec::with_capacity(items.len());
                    ids.extend(
                        items
                            .iter()
                            .filter_map(|i| text(i, name, TextKind::Line, diags)),
                    );
                    ids
                }
                _ => text(n, name, TextKind::Line, diags).into_iter().collect(),
            },
        }
    }
}

fn missing(span: Span, name: &str, what: &str) -> Diagnostic {
    Diagnostic::error(Code::MissingField, span, format!("{what} has no `{name}`"))
        .label(format!("this record needs `{name}:`"))
        .help(format!("add `{name}: ...` to this record"))
}

fn unknown_field(
    name: &str,
    span: Span,
    what: &str,
    known: &[&'static str],
) -> (Diagnostic, Option<&'static str>) {
    let guess = did_you_mean(name, known.iter().copied()).or_else(|| {
        SYNONYMS
            .iter()
            .find(|(from, to)| *from == name && known.contains(to))
            .map(|(_, to)| *to)
    });
    let help = match guess {
        Some(g) => format!("did you mean `{g}`? Fields of {what}: {}", known.join(", ")),
        None => format!("fields of {what}: {}", known.join(", ")),
    };
    let d = Diagnostic::error(
        Code::UnknownField,
        span,
        format!("unknown field `{name}` in {what}"),
    )
    .label(format!("not a field of {what}"))
    .help(help);
    (d, guess)
}

fn wrong_kind(node: &Node, expected: &str) -> Diagnostic {
    Diagnostic::error(
        Code::WrongType,
        node.span,
        format!("expected {expected}, found {}", node.value.kind_name()),
    )
    .label(format!("expected {expected}"))
}

#[derive(Clone, Copy, PartialEq)]
enum TextKind {
    /// Names, ids, short values: no line breaks.
    Line,
    /// Notes and descriptions: line breaks and tabs allowed.
    Paragraph,
}

/// Reads a scalar as text. Whole numbers are accepted as their digits, so that
/// `short: 112` needs no quotes. Control characters are refused: they make invalid
/// XML in the rendered pictures even when escaped.
fn text(node: &Node, field: &str, kind: TextKind, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
    let s = match &node.value {
        Value::Str(s) => Text::from(s.as_ref()),
        Value::Int(i) => i.to_compact_string(),
        _ => {
            diags.push(
                wrong_kind(node, &format!("text for `{field}`")).help(match node.value {
                    Value::Seq(_) | Value::Map(_) => {
                        format!("`{field}` takes a single value")
                    }
                    _ => format!("put the value in quotes: `{field}: \"...\"`"),
                }),
            );
            return None;
        }
    };
    if let Some(c) = s.chars().find(|&c| {
        is_forbidden_control(c) && !(kind == TextKind::Paragraph && (c == '\n' || c == '\t'))
    }) {
        diags.push(
            Diagnostic::error(
                Code::ControlCharacter,
                node.span,
                format!(
                    "`{field}` contains the control character U+{:04X}",
                    c as u32
                ),
            )
            .label("invisible control character in this text")
            .help("remove it; control characters cannot appear in SVG or XML output"),
        );
        return None;
    }
    Some(Sp::new(s, node.span))
}

/// C0 and C1 controls, DEL, and the XML non-characters U+FFFE/U+FFFF.
pub(crate) fn is_forbidden_control(c: char) -> bool {
    c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// Dates are text in the format, but YAML reads a bare `2024` as a number.
fn date_text(node: &Node, field: &str, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
    match &node.value {
        Value::Int(y) => Some(Sp::new(y.to_compact_string(), node.span)),
        Value::Str(_) => text(node, field, TextKind::Line, diags),
        Value::Float(_) => {
            diags.push(
                wrong_kind(node, &format!("a date for `{field}`"))
                    .help("write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. `2024-06`"),
            );
            None
        }
        _ => {
            diags.push(
                wrong_kind(node, &format!("a date for `{field}`"))
                    .help("write dates as YYYY, YYYY-MM or YYYY-MM-DD; a leading `~` marks an approximate date"),
            );
            None
        }
    }
}

/// The records of one top-level list, cut to what the record budget still allows.
fn records<'a>(
    node: &'a Node<'a>,
    what: &str,
    raw: &RawDataset,
    max_records: usize,
    diags: &mut Vec<Diagnostic>,
) -> &'a [Node<'a>] {
    let items = list(node, what, diags);
    let room = max_records.saturating_sub(raw.counted());
    if items.len() > room {
        diags.push(
            Diagnostic::error(
                Code::TooManyRecords,
                node.span,
                format!("the dataset has more than {max_records} records"),
            )
            .label("the record limit is reached in this list")
            .help("split the dataset, or raise the limit with --max-records"),
        );
        return &items[..room];
    }
    items
}

fn list<'a>(node: &'a Node<'a>, what: &str, diags: &mut Vec<Diagnostic>) -> &'a [Node<'a>] {
    match &node.value {
        Value::Seq(items) => items,
        Value::Null => &[],
        _ => {
            diags.push(wrong_kind(node, &format!("a list of {what}")).help(format!(
                "start each of the {what} on its own line with `- `"
            )));
            &[]
        }
    }
}

/// Reads one file's top-level mapping and appends its records to `raw`.
pub(crate) fn read_dataset(
    node: &Node,
    max_records: usize,
    raw: &mut RawDataset,
    diags: &mut Vec<Diagnostic>,
) {
    let file_start = Span::new(node.span.file, 0, 0);
    raw.files.push(file_start);
    if node.value == Value::Null {
        // An empty file: reported as an empty dataset if nothing else has records.
        return;
    }
    let Some(top) = Record::open(node, "a dataset", TOP, diags) else {
        return;
    };
    let (title, title_langs) = top.localised("title", TextKind::Line, diags);
    if let Some(t) = &title {
        raw.titles.push((t.clone(), title_langs));
    }
    if raw.title.is_none() {
        raw.title = title;
    }
    if raw.description.is_none() {
        (raw.description, raw.description_langs) =
            top.localised("description", TextKind::Paragraph, diags);
    }
    let lang = langs::read_lang(&top, diags);
    if raw.lang.is_none() {
        raw.lang = lang;
    }
    if let Some(n) = top.get("style") {
        style::read_style(n, raw, diags);
    }
    for list in LISTS {
        if let Some(n) = top.get(list) {
            let items = records(n, list, raw, max_records, diags);
            // The list's length is known: one allocation, not a doubling list's spare room.
            raw.reserve(list, items.len());
            for item in items {
                read_record(list, item, raw, diags);
            }
        }
    }
}

/// The lists of records a dataset holds, in the order they are read.
pub(crate) const LISTS: [&str; 6] = [
    "sources", "agencies", "teams", "context", "chapters", "events",
];

impl RawDataset {
    /// Room for `n` more records of `list`.
    fn reserve(&mut self, list: &str, n: usize) {
        match list {
            "sources" => self.sources.reserve(n),
            "agencies" => self.agencies.reserve(n),
            "teams" => self.teams.reserve(n),
            "context" => self.context.reserve(n),
            "chapters" => self.chapters.reserve(n),
            _ => self.events.reserve(n),
        }
    }

    /// Gives back the room the lists of records were given beyond their length.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.sources.shrink_to_fit();
        self.agencies.shrink_to_fit();
        self.teams.shrink_to_fit();
        self.context.shrink_to_fit();
        self.chapters.shrink_to_fit();
        self.events.shrink_to_fit();
    }

    /// How many records each of [`LISTS`] holds, to go back to with [`Self::truncate`].
    pub(crate) fn lens(&self) -> [usize; 6] {
        [
            self.sources.len(),
            self.agencies.len(),
            self.teams.len(),
            self.context.len(),
            self.chapters.len(),
            self.events.len(),
        ]
    }

    /// Drops the records read after [`Self::lens`] gave `lens`.
    pub(crate) fn truncate(&mut self, lens: [usize; 6]) {
        let [sources, agencies, teams, context, chapters, events] = lens;
        self.sources.truncate(sources);
        self.agencies.truncate(agencies);
        self.teams.truncate(teams);
        self.context.truncate(context);
        self.chapters.truncate(chapters);
        self.events.truncate(events);
    }

    /// The records counted against the record limit (chapters are not).
    pub(crate) fn counted(&self) -> usize {
        self.sources.len()
            + self.agencies.len()
            + self.teams.len()
            + self.events.len()
            + self.context.len()
    }
}

/// Reads one item of the top-level list `list` (one of [`LISTS`]) into `raw`.
pub(crate) fn read_record(
    list: &str,
    item: &Node,
    raw: &mut RawDataset,
    diags: &mut Vec<Diagnostic>,
) {
    match list {
        "sources" => read_source(item, raw, diags),
        "agencies" => agencies::read_agency(item, raw, diags),
        "teams" => {
            if let Some(r) = Record::open(item, "a team", TEAM, diags) {
                raw.teams.push(teams::read_team(&r, diags));
            }
        }
        "context" => context::read_context(item, raw, diags),
        "chapters" => chapters::read_chapter(item, raw, diags),
        _ => events::read_event(item, raw, diags),
    }
}

fn read_source(item: &Node, raw: &mut RawDataset, diags: &mut Vec<Diagnostic>) {
    if let Some(r) = Record::open(item, "a source", SOURCE, diags) {
        raw.sources.push(RawSource {
            span: r.span,
            id: r.required("id", "this source", diags),
            title: r.required("title", "this source", diags),
            publisher: r.text("publisher", diags),
            url: r.text("url", diags),
            urls: r.ids("urls", diags),
            archived: r.text("archived", diags),
            accessed: r.date("accessed", diags),
            date: r.date("date", diags),
        });
    }
}
