//! The only place that names the YAML crate: text in, span-annotated [`Node`] tree
//! out, and (for importers) serde values out as YAML text.
//!
//! serde-saphyr is used instead of serde_yaml (deprecated upstream, and it gives no
//! spans for parsed values). We read into a generic tree rather than straight into
//! records so that every unknown field and wrong type in a file is reported at once,
//! not just the first one serde stops at.
//!
//! Most large files are machine-made and keep to a plain subset of YAML, which
//! [`fast`] reads several times faster than the general reader; whatever it
//! leaves (anything unusual, and every error) is read by serde-saphyr, so every
//! file gets the same tree and every mistake the same report either way.

mod fast;

use std::borrow::Cow;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use serde_saphyr::budget::Budget;
use serde_saphyr::options::Options;

use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span, offset_of};

/// A YAML value with the span it was read from. Text is borrowed from the
/// file where it is written as is, so that a large file's tree does not hold
/// a second copy of it in a million small pieces.
#[derive(Clone, Debug, PartialEq)]
pub struct Node<'a> {
    /// Where the value starts (for scalars, the whole scalar).
    pub span: Span,
    /// The value.
    pub value: Value<'a>,
}

/// A YAML value after YAML 1.2 core-schema typing (`yes`/`no` stay strings).
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `~`, `null` or nothing.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction or exponent.
    Float(f64),
    /// Any other scalar.
    Str(Cow<'a, str>),
    /// A sequence.
    Seq(Vec<Node<'a>>),
    /// A mapping, keys in file order.
    Map(Vec<(Node<'a>, Node<'a>)>),
}

impl Node<'_> {
    /// The same data as JSON (for checking a dataset against the JSON Schema);
    /// mapping keys become their text, as YAML language servers treat them.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::Str(s) => J::String(s.to_string()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.value {
                            Value::Str(s) => s.to_string(),
                            other => match Node::to_json(k) {
                                J::String(s) => s,
                                j if !matches!(other, Value::Null) => j.to_string(),
                                _ => String::new(),
                            },
                        };
                        (key, v.to_json())
                    })
                    .collect(),
            ),
        }
    }
}

impl Value<'_> {
    /// The YAML kind, as users read it in an error message.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "a number",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Limits on what one file may make the parser do.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Deepest nesting of lists and mappings.
    pub max_depth: usize,
    /// Most nodes (after alias expansion) in one file; a file larger than four
    /// bytes a node may hold a node per four bytes.
    pub max_nodes: usize,
    /// Most aliases (`*name`) in one file.
    pub max_aliases: usize,
    /// Most records (sources, agencies, teams and events) in the whole dataset.
    pub max_records: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // A dataset is a few levels deep; generous node counts still stop
        // billion-laughs expansion long before memory runs out.
        Limits {
            max_depth: 64,
            max_nodes: 5_000_000,
            max_aliases: 10_000,
            max_records: 1_000_000,
        }
    }
}

struct Tree(Value<'static>);

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Tree, E> {
        Ok(Tree(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Tree, E> {
        Ok(Tree(Value::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tree, D::Error> {
        Tree::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Tree, E> {
        Ok(Tree(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Tree, E> {
        Ok(Tree(Value::Int(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Tree, E> {
        Ok(Tree(match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Str(v.to_string().into()),
        }))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Tree, E> {
        Ok(Tree(Value::Str(v.to_string().into())))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Tree, E> {
        Ok(Tree(Value::Str(v.to_string().into())))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Tree, E> {
        Ok(Tree(Value::Float(v)))
    }
    fn visit_char<E>(self, v: char) -> Result<Tree, E> {
        Ok(Tree(Value::Str(v.to_string().into())))
    }
    fn visit_str<E>(self, v: &str) -> Result<Tree, E> {
        Ok(Tree(Value::Str(v.to_string().into())))
    }
    fn visit_string<E>(self, v: String) -> Result<Tree, E> {
        Ok(Tree(Value::Str(v.into())))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Tree, E> {
        Ok(Tree(Value::Str(
            String::from_utf8_lossy(v).into_owned().into(),
        )))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Tree, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = a.next_element::<Spanned<Tree>>()? {
            out.push(item);
        }
        Ok(Tree(Value::Seq(out.into_iter().map(pending).collect())))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Tree, A::Error> {
        let mut out = Vec::new();
        while let Some(k) = a.next_key::<Spanned<Tree>>()? {
            let v = a.next_value::<Spanned<Tree>>()?;
            out.push((pending(k), pending(v)));
        }
        Ok(Tree(Value::Map(out)))
    }
}

// Spans are resolved against the file text after parsing: the visitor does not know
// which file it reads, and saphyr's scanner errors carry character positions only.
fn pending(s: Spanned<Tree>) -> Node<'static> {
    let loc = s.referenced;
    let span = loc.span();
    let start = span.byte_offset().unwrap_or(u64::MAX);
    let len = span.byte_len().unwrap_or(0);
    Node {
        span: Span {
            file: FileId(u32::MAX),
            start: start.min(u32::MAX as u64) as u32,
            end: (start.saturating_add(len)).min(u32::MAX as u64) as u32,
        },
        value: s.value.0,
    }
}

fn fix_file(node: &mut Node, file: FileId, text_len: usize) {
    let clamp = |v: u32| (v as usize).min(text_len) as u32;
    node.span.file = file;
    node.span.start = clamp(node.span.start);
    node.span.end = clamp(node.span.end).max(node.span.start);
    match &mut node.value {
        Value::Seq(items) => items.iter_mut().for_each(|n| fix_file(n, file, text_len)),
        Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            fix_file(k, file, text_len);
            fix_file(v, file, text_len);
        }),
        _ => {}
    }
}

/// Parses one YAML document into a [`Node`] tree. A syntax error, a duplicate
/// key or a breached limit comes back as one located diagnostic.
pub fn parse(text: &str, file: FileId, limits: Limits) -> Result<Node<'_>, Diagnostic> {
    if let Some(node) = fast::parse(text, file, &limits) {
        return Ok(node);
    }
    parse_general(text, file, limits)
}

/// [`parse`] for a file read for its records: each item of a top-level list
/// named in `lists` goes to `take` as soon as it is read, and the tree keeps
/// those lists empty, so the tree of a large file is never held whole. `None`
/// when the fast reader leaves the file to the general reader, or when `take`
/// returns false: what `take` was given must then be set aside, and the file
/// read by [`parse_general`] or [`parse`].
pub(crate) fn parse_streaming<'a>(
    text: &'a str,
    file: FileId,
    limits: Limits,
    lists: &'static [&'static str],
    take: &mut dyn FnMut(&'static str, Node<'a>) -> bool,
) -> Option<Node<'a>> {
    fast::parse_with(text, file, &limits, Some(fast::Stream { lists, take }))
}

/// [`parse`] by the general reader alone: the whole of YAML, and every error.
pub(crate) fn parse_general(
    text: &str,
    file: FileId,
    limits: Limits,
) -> Result<Node<'static>, Diagnostic> {
    let mut budget = Budget::default();
    budget.max_depth = limits.max_depth;
    // The cap guards against aliases multiplying nodes; a plain file may hold
    // as many as it has room for (a node takes at least a few bytes), so a
    // large dataset within the input size limit is never refused for its nodes.
    let max_nodes = limits.max_nodes.max(text.len() / 4);
    budget.max_nodes = max_nodes;
    // Every node is at most a start and an end event: the node cap is the real
    // limit, and the crate's own event cap (1,000,000) would refuse a plain
    // 100,000-event dataset.
    budget.max_events = max_nodes.saturating_mul(2);
    budget.max_aliases = limits.max_aliases;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options.strict_booleans = true;
    options.leading_zero_numbers_as_strings = true;
    options.underscored_numbers_as_strings = true;
    match serde_saphyr::from_str_with_options::<Spanned<Tree>>(text, options) {
        Ok(tree) => {
            let mut node = pending(tree);
            fix_file(&mut node, file, text.len());
            Ok(node)
        }
        Err(e) => Err(syntax_error(&e, text, file)),
    }
}

/// The first tab in a line's leading whitespace at or after byte `from`,
/// else the first such tab anywhere in `text`.
fn tab_after(text: &str, from: usize) -> Option<usize> {
    let indent_tabs = |start: usize| {
        let mut line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
        let mut out = None;
        while line_start < text.len() {
            let line = &text[line_start..];
            let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
            if let Some(t) = line[..lead].find('\t').map(|t| line_start + t)
                && t >= start
            {
                out = Some(t);
                break;
            }
            line_start += line.find('\n').map_or(line.len(), |n| n + 1);
        }
        out
    };
    indent_tabs(from.min(text.len())).or_else(|| indent_tabs(0))
}

fn syntax_error(e: &serde_saphyr::Error, text: &str, file: FileId) -> Diagnostic {
    let span = match e.location() {
        Some(loc) if loc.line() > 0 => {
            let at = offset_of(text, loc.line() as usize, loc.column() as usize);
            let len = text[at..].chars().next().map_or(0, char::len_utf8);
            Span::new(file, at, at + len)
        }
        _ => Span::new(file, 0, 0),
    };
    let mut message = e.to_string();
    // The crate appends " at line L, column C"; the report shows the place itself.
    if let Some(cut) = message.rfind(" at line ") {
        message.truncate(cut);
    }
    let lower = message.to_lowercase();
    // The scanner places a tab error at the scalar it was reading, often the
    // line before: point at the tab itself.
    if lower.contains("found a tab")
        && let Some(tab) = tab_after(text, span.start as usize)
    {
        return Diagnostic::error(
            Code::YamlSyntax,
            Span::new(file, tab, tab + 1),
            "invalid YAML: a tab in the indentation",
        )
        .label("this tab")
        .help("YAML indents with spaces only: replace the tab with spaces, lined up with the fields above");
    }
    let (code, help) = if lower.contains("duplicate mapping key") {
        (
            Code::DuplicateKey,
            "each field may appear once per record; remove or rename one of them",
        )
    } else if lower.contains("budget") || lower.contains("limit") || lower.contains("depth") {
        (
            Code::InputTooComplex,
            "the file nests too deeply, expands too many aliases or has more YAML nodes than allowed; write the records out plainly, or split a very large dataset into several files",
        )
    } else {
        (
            Code::YamlSyntax,
            "check indentation (spaces, not tabs), closing brackets and quotes around text containing `: ` or `#`",
        )
    };
    let d = Diagnostic::error(code, span, format!("invalid YAML: {message}")).label("here");
    match unclosed_bracket(text, span.start as usize) {
        Some((at, open)) if code == Code::YamlSyntax => {
            let close = if open == '[' { ']' } else { '}' };
            d.with_label(
                Span::new(file, at, at + 1),
                format!("this `{open}` is never closed"),
            )
            .help(format!(
                "close the {} with `{close}` on the same line",
                if open == '[' { "list" } else { "mapping" }
            ))
        }
        _ => d.help(help),
    }
}

/// The last `[` or `{` on the lines just before `at` (or on its line) that is not
/// closed on its own line: the usual cause of a parse error a line later.
fn unclosed_bracket(text: &str, at: usize) -> Option<(usize, char)> {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let prev_start = text[..line_start.saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    for start in [line_start, prev_start] {
        let end = text[start..].find('\n').map_or(line_end, |i| start + i);
        let mut stack = Vec::new();
        let mut quote: Option<char> = None;
        for (i, c) in text[start..end].char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => stack.push((start + i, c)),
                (None, ']' | '}') => {
                    stack.pop();
                }
                _ => {}
            }
        }
        if let Some(&open) = stack.last() {
            return Some(open);
        }
        if start == 0 {
            break;
        }
    }
    None
}

/// Writes a serde value as a YAML 1.2 document. Text is quoted or put in block
/// style by the serializer, never by hand, so any label reads back as written.
/// Maps and lists are written in the order the value gives them.
pub fn write<T: serde::Serialize>(value: &T) -> Result<String, String> {
    let mut options = serde_saphyr::SerializerOptions::default();
    // Our reader is YAML 1.2, where `no` is text: quoting it would only add noise.
    // The `%YAML` directive is left out so the file reads like a hand-written one.
    options.yaml_12 = true;
    options.no_lang_directive = true;
    serde_saphyr::to_string_with_options(value, options).map_err(|e| e.to_string())
}

/// Marks a list to be written on one line, `[a, b]`, as ids are in hand-written files.
pub fn flow_seq<T: serde::Serialize>(items: T) -> impl serde::Serialize {
    serde_saphyr::FlowSeq(items)
}

/// Marks a mapping to be written on one line, `{arrests: 3}`.
pub fn flow_map<T: serde::Serialize>(entries: T) -> impl serde::Serialize {
    serde_saphyr::FlowMap(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_keys_and_scalars() {
        let text = "a: 2024\nname: Europol\n";
        let n = parse(text, FileId(0), Limits::default()).unwrap();
        let Value::Map(entries) = n.value else {
            panic!("not a map")
        };
        let (k, v) = &entries[1];
        assert_eq!(&text[k.span.start as usize..k.span.end as usize], "name");
        assert_eq!(&text[v.span.start as usize..v.span.end as usize], "Europol");
        assert_eq!(entries[0].1.value, Value::Int(2024));
    }

    #[test]
    fn yes_and_no_stay_strings() {
        let n = parse("y: no\n", FileId(0), Limits::default()).unwrap();
        let Value::Map(entries) = n.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].0.value, Value::Str("y".into()));
        assert_eq!(entries[0].1.value, Value::Str("no".into()));
    }

    #[test]
    fn syntax_error_is_located() {
        let text = "agencies:\n  - id: [x\n";
        let d = parse(text, FileId(0), Limits::default()).unwrap_err();
        assert_eq!(d.code, Code::YamlSyntax);
        assert!(d.span().unwrap().start as usize >= "agencies:\n".len());
    }
}
