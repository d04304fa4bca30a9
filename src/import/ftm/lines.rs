//! FtM entity lines → entities: one JSON object a line, `{"id", "schema",
//! "properties": {"name": ["..."]}}`, each value keeping the place it was
//! written at so a report can point at it. Other keys of the object (`caption`,
//! `datasets`, `first_seen`...) are FtM's metadata, not data, and are not read.
//! A line that is not an entity is reported and left out; the others are read.

use std::cell::Cell;

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;

use crate::diag::{Code, Diagnostic};
use crate::input::Sp;
use crate::source::{FileId, Span};

/// One entity: the fragments of one id merged, as FtM tools merge them.
#[derive(Debug)]
pub(super) struct Entity {
    pub(super) id: String,
    pub(super) schema: String,
    /// The line it was first written on.
    pub(super) span: Span,
    /// Where it was first written, for messages: `line 3`, or `b.ftm line 3`
    /// when several files are read.
    pub(super) line: String,
    /// Where its id is written.
    pub(super) id_span: Span,
    /// Properties in name order, each value with its place.
    pub(super) props: Vec<Prop>,
}

/// One property of an entity.
#[derive(Debug)]
pub(super) struct Prop {
    pub(super) name: String,
    /// Where the property's name is written (its first fragment's).
    pub(super) key: Span,
    pub(super) values: Vec<Sp<String>>,
}

impl Entity {
    /// `Membership `m1` (line 3)`, as messages name an entity: the id to find
    /// it by, the line since a reference does not show where its target is.
    pub(super) fn who(&self) -> String {
        format!("{} `{}` ({})", self.schema, self.id, self.line)
    }

    /// The values of `name`, none if it has none.
    pub(super) fn values(&self, name: &str) -> &[Sp<String>] {
        self.props
            .iter()
            .find(|p| p.name == name)
            .map_or(&[], |p| p.values.as_slice())
    }
}

/// Entities read so far, in the order first written.
#[derive(Debug, Default)]
pub(super) struct Entities {
    pub(super) list: Vec<Entity>,
    pub(super) by_id: FxHashMap<String, usize>,
    /// For the entities met again: where each property is and the values it
    /// has, so that merging many fragments stays linear.
    merged: FxHashMap<usize, Merged>,
}

#[derive(Debug, Default)]
struct Merged {
    props: FxHashMap<String, usize>,
    values: Vec<FxHashSet<String>>,
}

impl Entities {
    /// Puts every entity's properties in name order, whatever order JSON
    /// objects are read in, so reports come in the same order on every build.
    pub(super) fn finish(&mut self) {
        self.merged.clear();
        for e in &mut self.list {
            e.props.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }

    /// Adds a later fragment's values to the entity, if both say the same schema.
    fn merge(&mut self, i: usize, more: Entity, diags: &mut Vec<Diagnostic>) {
        let first = &mut self.list[i];
        if more.schema != first.schema {
            diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    more.id_span,
                    format!(
                        "entity `{}` has the schema {} here and {} on {}: this line is not imported",
                        more.id, more.schema, first.schema, first.line
                    ),
                )
                .label("the same id as an entity of another schema")
                .help("give each entity its own id; lines with one id are parts of one entity"),
            );
            return;
        }
        let merged = self.merged.entry(i).or_insert_with(|| Merged {
            props: first
                .props
                .iter()
                .enumerate()
                .map(|(k, p)| (p.name.clone(), k))
                .collect(),
            values: first
                .props
                .iter()
                .map(|p| p.values.iter().map(|v| v.value.clone()).collect())
                .collect(),
        });
        for prop in more.props {
            let k = match merged.props.get(&prop.name) {
                Some(&k) => k,
                None => {
                    merged.props.insert(prop.name.clone(), first.props.len());
                    merged.values.push(FxHashSet::default());
                    first.props.push(Prop {
                        values: Vec::new(),
                        ..prop
                    });
                    first.props.len() - 1
                }
            };
            for v in prop.values {
                if merged.values[k].insert(v.value.clone()) {
                    first.props[k].values.push(v);
                }
            }
        }
    }
}

/// Adds the entities of one file; fragments of one id (FtM streams may write an
/// entity in several lines, or files) are merged into the first. `name` is the
/// file's name when several are read, for messages.
pub(super) fn read(
    text: &str,
    file: FileId,
    name: Option<&str>,
    into: &mut Entities,
    diags: &mut Vec<Diagnostic>,
) {
    let mut at = 0;
    for (n, raw) in text.split_inclusive('\n').enumerate() {
        let start = at;
        at += raw.len();
        let mut line = raw.trim_end_matches(['\n', '\r']);
        let mut offset = start;
        if n == 0
            && let Some(rest) = line.strip_prefix('\u{feff}')
        {
            line = rest;
            offset += '\u{feff}'.len_utf8();
        }
        if line.trim().is_empty() {
            continue;
        }
        let here = Line {
            text: line,
            file,
            name,
            offset,
            number: n + 1,
            budget: Cell::new(SCAN_BYTES_PER_BYTE * line.len() + SCAN_BYTES),
        };
        let Some(entity) = here.entity(diags) else {
            continue;
        };
        match into.by_id.get(&entity.id) {
            None => {
                into.by_id.insert(entity.id.clone(), into.list.len());
                into.list.push(entity);
            }
            Some(&i) => into.merge(i, entity, diags),
        }
    }
}

/// How many bytes of a line the searches for where keys and values are written
/// may read, per byte of the line and at least: past it, reports point at the
/// property or the line instead, so that a line of many properties or values
/// costs linear time.
const SCAN_BYTES_PER_BYTE: usize = 16;
const SCAN_BYTES: usize = 1 << 20;

/// One line of the file.
struct Line<'a> {
    text: &'a str,
    file: FileId,
    name: Option<&'a str>,
    /// Where the line starts in the file.
    offset: usize,
    number: usize,
    /// Bytes the searches for keys and values may still read.
    budget: Cell<usize>,
}

impl Line<'_> {
    fn span(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(
            self.file,
            self.offset + range.start,
            self.offset + range.end,
        )
    }

    fn whole(&self) -> Span {
        self.span(0..self.text.len())
    }

    fn syntax(&self, span: Span, message: String) -> Diagnostic {
        Diagnostic::warning(Code::FtmSyntax, span, message)
            .help("each line holds one entity: {\"id\": \"...\", \"schema\": \"PublicBody\", \"properties\": {\"name\": [\"...\"]}}; this line is not imported")
    }

    /// The entity on the line, or `None` (reported) when there is none.
    fn entity(&self, diags: &mut Vec<Diagnostic>) -> Option<Entity> {
        let n = self.number;
        let value: Value = match serde_json::from_str(self.text) {
            Ok(v) => v,
            Err(e) => {
                let at = column_offset(self.text, e.column());
                let span = self.span(at..self.text.len().min(at + 1));
                // serde_json says where as "line 1 column 2" of the one line it read.
                let what = e.to_string();
                let what = what
                    .rfind(" at line ")
                    .map_or(what.as_str(), |i| &what[..i]);
                let message = format!("line {n} is not JSON: {what} at column {}", e.column());
                diags.push(self.syntax(span, message).label("here"));
                return None;
            }
        };
        let Value::Object(mut object) = value else {
            let message = format!("line {n} is not an FtM entity: it is not a JSON object");
            diags.push(self.syntax(self.whole(), message));
            return None;
        };
        let id = match object.remove("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s,
            _ => {
                let message = format!("line {n} is not an FtM entity: it has no `id`");
                diags.push(self.syntax(self.whole(), message));
                return None;
            }
        };
        let id_span = self.find(&id, 0).unwrap_or_else(|| self.whole());
        let Some(Value::String(schema)) = object.remove("schema") else {
            let message = format!("entity `{id}` on line {n} has no `schema`");
            diags.push(self.syntax(id_span, message));
            return None;
        };
        let props = match object.remove("properties") {
            None => Vec::new(),
            Some(Value::Object(props)) => self.props(&id, props, diags),
            Some(_) => {
                let message = format!("the `properties` of entity `{id}` are not a JSON object");
                diags.push(self.syntax(id_span, message));
                Vec::new()
            }
        };
        Some(Entity {
            id,
            schema,
            span: self.whole(),
            line: match self.name {
                Some(file) => format!("{file} line {n}"),
                None => format!("line {n}"),
            },
            id_span,
            props,
        })
    }

    /// The properties, each a list of strings (a single string is taken as one).
    fn props(
        &self,
        id: &str,
        props: serde_json::Map<String, Value>,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<Prop> {
        let mut out = Vec::new();
        for (name, value) in props {
            let key = self.find_key(&name).unwrap_or_else(|| self.whole());
            let items = match value {
                Value::Array(items) => items,
                Value::String(s) => vec![Value::String(s)],
                _ => Vec::from([value]),
            };
            let mut from = key.end as usize - self.offset;
            let mut values = Vec::new();
            for item in items {
                let Value::String(text) = item else {
                    diags.push(
                        Diagnostic::warning(
                            Code::FtmSyntax,
                            key,
                            format!("a value of `{name}` of entity `{id}` is not text: `{item}`"),
                        )
                        .label("FtM values are strings")
                        .help("write every value as a string in a list: \"name\": [\"...\"]; this value is not imported"),
                    );
                    continue;
                };
                let span = match self.find(&text, from) {
                    Some(s) => {
                        from = s.end as usize - self.offset;
                        s
                    }
                    None => key,
                };
                values.push(Sp::new(text, span));
            }
            out.push(Prop { name, key, values });
        }
        out
    }

    /// Takes `bytes` from the budget of searching; false if it was spent
    /// already. A search may read past what is left, once.
    fn spend(&self, bytes: usize) -> bool {
        let left = self.budget.get();
        self.budget.set(left.saturating_sub(bytes));
        left > 0
    }

    /// Where the JSON string `text` is written, from byte `from` of the line on:
    /// the span of its characters, inside the quotes.
    fn find(&self, text: &str, from: usize) -> Option<Span> {
        let rest = self.text.get(from..)?;
        if !self.spend(rest.len()) {
            return None;
        }
        let quoted = serde_json::to_string(text).ok()?;
        let at = from + rest.find(&quoted)?;
        Some(self.span(at + 1..at + quoted.len() - 1))
    }

    /// Where the property `name` is written as a key: its JSON string followed
    /// by `:`, and not the end of an escaped quote inside another string.
    fn find_key(&self, name: &str) -> Option<Span> {
        let quoted = serde_json::to_string(name).ok()?;
        let mut from = 0;
        loop {
            if self.budget.get() == 0 {
                return None;
            }
            let rest = self.text.get(from..)?;
            let found = rest.find(&quoted);
            self.spend(found.map_or(rest.len(), |i| i + quoted.len()));
            let at = from + found?;
            let after = self.text[at + quoted.len()..].trim_start();
            if after.starts_with(':') && !self.text[..at].ends_with('\\') {
                return Some(self.span(at + 1..at + quoted.len() - 1));
            }
            from = at + 1;
        }
    }
}

/// The byte offset of serde_json's 1-based `column` (bytes into the line) on a
/// character boundary, within the line.
fn column_offset(text: &str, column: usize) -> usize {
    let mut at = column.saturating_sub(1).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> (Vec<Entity>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut e = Entities::default();
        read(text, FileId(0), None, &mut e, &mut diags);
        e.finish();
        (e.list, diags)
    }

    #[test]
    fn values_keep_their_place_and_fragments_merge() {
        let text = "{\"id\": \"a\", \"schema\": \"PublicBody\", \"properties\": {\"name\": [\"Europol\", \"EU\"]}}\n\
                    \n\
                    {\"id\":\"a\",\"schema\":\"PublicBody\",\"properties\":{\"alias\":[\"E\"],\"name\":[\"EU\"]}}\r\n";
        let (e, diags) = read_text(text);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, "line 1");
        let names = e[0].values("name");
        assert_eq!(names.len(), 2);
        let at = |s: Span| &text[s.start as usize..s.end as usize];
        assert_eq!(at(names[0].span), "Europol");
        assert_eq!(at(names[1].span), "EU");
        assert_eq!(at(e[0].values("alias")[0].span), "E");
        assert_eq!(at(e[0].id_span), "a");
        assert_eq!(e[0].who(), "PublicBody `a` (line 1)");
    }

    #[test]
    fn lines_that_are_not_entities_are_reported_with_their_number() {
        let text = "\u{feff}{\"id\": \"ok\", \"schema\": \"Event\"}\n\
                    not json\n\
                    [1, 2]\n\
                    {\"schema\": \"Event\"}\n\
                    {\"id\": \"x\"}\n\
                    {\"id\": \"y\", \"schema\": \"Event\", \"properties\": {\"name\": [3]}}\n\
                    {\"id\": \"ok\", \"schema\": \"Person\"}\n";
        let (e, diags) = read_text(text);
        let ids: Vec<&str> = e.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["ok", "y"]);
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages[0].starts_with("line 2 is not JSON: "),
            "{messages:?}"
        );
        assert_eq!(
            &messages[1..],
            [
                "line 3 is not an FtM entity: it is not a JSON object",
                "line 4 is not an FtM entity: it has no `id`",
                "entity `x` on line 5 has no `schema`",
                "a value of `name` of entity `y` is not text: `3`",
                "entity `ok` has the schema Person here and Event on line 1: this line is not imported",
            ]
        );
        assert!(diags.iter().all(|d| !d.is_error()));
    }

    #[test]
    fn keys_inside_strings_are_not_taken_for_properties() {
        let text = r#"{"id": "a", "schema": "Event", "properties": {"notes": ["\"name\": x"], "name": ["N"]}}"#;
        let (e, _) = read_text(text);
        let key = e[0].props.iter().find(|p| p.name == "name").unwrap().key;
        assert_eq!(key.start as usize, text.rfind("\"name\"").unwrap() + 1);
    }
}
