//! A reader for the plain YAML that machine-made datasets are written in: block
//! mappings and lists, one-line flow collections, plain and quoted one-line
//! scalars, comments. It builds the same [`Node`] tree, spans included, as the
//! general reader does, an order of magnitude faster, because it neither tokenises
//! the whole YAML grammar nor goes through serde.
//!
//! It gives up (returns `None`) at the first thing outside that subset or
//! anything the general reader could refuse: tabs, control characters, anchors,
//! tags, block scalars, multi-line scalars, empty list items, duplicate keys,
//! limits within reach. The general reader then reads the file, so every error
//! is reported by it, exactly as before, and the subset can stay small.

use std::borrow::Cow;

use super::{Limits, Node, Value};
use crate::source::{FileId, Span};

/// The tree of `text`, or `None` when the general reader must read it.
pub(super) fn parse<'a>(text: &'a str, file: FileId, limits: &Limits) -> Option<Node<'a>> {
    parse_with(text, file, limits, None)
}

/// Where the items of a document's top-level lists go as they are read, so that
/// the tree of a large file is never held whole: each item of a list named in
/// `lists` is handed to `take`, and the list is left empty in the tree.
pub(super) struct Stream<'s, 'a> {
    /// The keys of the top-level mapping whose lists are handed over.
    pub lists: &'static [&'static str],
    /// Takes an item of the list named; false stops the reading (`None`).
    pub take: &'s mut dyn FnMut(&'static str, Node<'a>) -> bool,
}

/// [`parse`], handing the items of the top-level lists to `stream` as it goes.
pub(super) fn parse_with<'a>(
    text: &'a str,
    file: FileId,
    limits: &Limits,
    stream: Option<Stream<'_, 'a>>,
) -> Option<Node<'a>> {
    // The general reader refuses more than 64 MiB of scalar text; a file below
    // that cannot hold more.
    if text.len() >= 64 << 20 || !plain_text(text.as_bytes()) {
        return None;
    }
    // Its node and event budgets (an event per scalar, two per collection)
    // stay out of reach, and so does its depth limit, with room to spare.
    let max_nodes = limits.max_nodes.max(text.len() / 4);
    let mut reader = Reader {
        items: Vec::new(),
        entries: Vec::new(),
        flow_indent: 0,
        text,
        s: text.as_bytes(),
        pos: 0,
        file,
        nodes: 0,
        max_nodes: (max_nodes / 2).saturating_sub(8),
        depth: 0,
        max_depth: limits.max_depth.min(200).saturating_sub(2),
        stream,
        list: None,
    };
    reader.document()
}

/// False when `s` holds a byte the subset leaves to the general reader: tabs,
/// carriage returns and other controls, a byte-order mark, C1 controls, the
/// non-characters U+FFFE/U+FFFF, and the Unicode line and paragraph separators.
fn plain_text(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            if (b < 0x20 && b != b'\n') || b == 0x7f {
                return false;
            }
        } else {
            let next = s.get(i + 1).copied().unwrap_or(0);
            let third = s.get(i + 2).copied().unwrap_or(0);
            let refused = match b {
                0xc2 => (0x80..=0x9f).contains(&next),
                0xe2 => next == 0x80 && (third == 0xa8 || third == 0xa9),
                0xef => (next == 0xbb && third == 0xbf) || (next == 0xbf && third >= 0xbe),
                _ => false,
            };
            if refused {
                return false;
            }
        }
        i += 1;
    }
    true
}

/// Bytes that end a plain scalar in a flow collection.
fn flow_indicator(b: u8) -> bool {
    matches!(b, b',' | b'[' | b']' | b'{' | b'}')
}

struct Reader<'s, 'a> {
    /// The items and entries of the collections being read, innermost last:
    /// each collection's own list is made at its end, of its exact length (a
    /// growing list would hold up to twice the room, in a tree of millions).
    items: Vec<Node<'a>>,
    entries: Vec<(Node<'a>, Node<'a>)>,
    /// The least indent of a line that goes on with a flow collection.
    flow_indent: usize,
    text: &'a str,
    s: &'a [u8],
    pos: usize,
    file: FileId,
    nodes: usize,
    max_nodes: usize,
    depth: usize,
    max_depth: usize,
    stream: Option<Stream<'s, 'a>>,
    /// The top-level list whose items the next list read hands over.
    list: Option<&'static str>,
}

impl<'a> Reader<'_, 'a> {
    /// The byte at `i`; 0 past the end (the text holds no NUL: see [`plain_text`]).
    fn at(&self, i: usize) -> u8 {
        self.s.get(i).copied().unwrap_or(0)
    }

    fn peek(&self) -> u8 {
        self.at(self.pos)
    }

    fn node(&mut self, start: usize, end: usize, value: Value<'a>) -> Option<Node<'a>> {
        self.nodes += 1;
        if self.nodes > self.max_nodes {
            return None;
        }
        Some(Node {
            span: Span {
                file: self.file,
                start: start as u32,
                end: end as u32,
            },
            value,
        })
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth < self.max_depth).then_some(())
    }

    /// The list named by `key` when it is a key of the document's mapping
    /// whose items are handed over.
    fn list_named(&self, key: &Node<'a>) -> Option<&'static str> {
        let stream = self.stream.as_ref()?;
        match &key.value {
            Value::Str(k) if self.depth == 1 => stream.lists.iter().find(|l| **l == k).copied(),
            _ => None,
        }
    }

    /// Keeps `item` in the list being read, or hands it over (`list`).
    fn item(&mut self, list: Option<&'static str>, item: Node<'a>) -> Option<()> {
        match (list, self.stream.as_mut()) {
            (Some(name), Some(stream)) => (stream.take)(name, item).then_some(()),
            _ => {
                self.items.push(item);
                Some(())
            }
        }
    }

    fn skip_spaces(&mut self) {
        while self.peek() == b' ' {
            self.pos += 1;
        }
    }

    /// Past spaces, line breaks and comments between the parts of a flow
    /// collection; `None` when a line goes on at no more than the block's indent.
    fn skip_flow_space(&mut self) -> Option<()> {
        loop {
            self.skip_spaces();
            match self.peek() {
                b'\n' => {
                    self.pos += 1;
                    let line = self.pos;
                    self.skip_spaces();
                    if !matches!(self.peek(), b'\n' | b'#' | 0)
                        && self.pos - line < self.flow_indent
                    {
                        return None;
                    }
                }
                b'#' if matches!(self.at(self.pos - 1), b' ' | b'\n') => {
                    self.pos += memchr::memchr(b'\n', &self.s[self.pos..])
                        .unwrap_or(self.s.len() - self.pos);
                }
                _ => return Some(()),
            }
        }
    }

    /// From the start of a line, past blank and comment lines to the start of the
    /// next line with content; its indent, or `None` at the end of the text.
    fn next_content_line(&mut self) -> Option<usize> {
        loop {
            let line = self.pos;
            self.skip_spaces();
            match self.peek() {
                0 => return None,
                b'\n' => self.pos += 1,
                b'#' => self.skip_line(),
                _ => {
                    let indent = self.pos - line;
                    self.pos = line;
                    return Some(indent);
                }
            }
        }
    }

    /// Past the rest of the line and its line break.
    fn skip_line(&mut self) {
        self.pos = match memchr::memchr(b'\n', &self.s[self.pos..]) {
            Some(n) => self.pos + n + 1,
            None => self.s.len(),
        };
    }

    /// After a value: spaces, an optional comment, then the end of the line.
    fn end_line(&mut self) -> Option<()> {
        self.skip_spaces();
        match self.peek() {
            0 => Some(()),
            b'\n' => {
                self.pos += 1;
                Some(())
            }
            // A comment needs a space before it.
            b'#' if self.at(self.pos.wrapping_sub(1)) == b' ' => {
                self.skip_line();
                Some(())
            }
            _ => None,
        }
    }

    /// A `-` that starts a list item.
    fn dash_at(&self, i: usize) -> bool {
        self.at(i) == b'-' && matches!(self.at(i + 1), b' ' | b'\n' | 0)
    }

    fn document(&mut self) -> Option<Node<'a>> {
        // An empty or comment-only file, document markers and directives are
        // the general reader's.
        let indent = self.next_content_line()?;
        self.pos += indent;
        let node = if self.dash_at(self.pos) {
            self.block_seq(indent, false)?
        } else if matches!(self.peek(), b'[' | b'{') {
            // A JSON document, or YAML written as one flow collection.
            self.flow_indent = 0;
            let node = self.flow_node()?;
            self.end_line()?;
            node
        } else {
            self.block_map(indent)?
        };
        match self.next_content_line() {
            None => Some(node),
            Some(_) => None,
        }
    }

    /// A block mapping whose first key is at `self.pos`, in column `indent`.
    fn block_map(&mut self, indent: usize) -> Option<Node<'a>> {
        self.enter()?;
        self.list = None;
        let start = self.pos;
        let mark = self.entries.len();
        loop {
            let (key, colon) = self.block_key()?;
            self.list = self.list_named(&key);
            let value = self.block_value(indent, colon)?;
            self.list = None;
            self.entries.push((key, value));
            match self.next_content_line() {
                Some(n) if n == indent && !self.dash_at(self.pos + n) => self.pos += n,
                Some(n) if n < indent => break,
                None => break,
                Some(_) => return None,
            }
        }
        self.depth -= 1;
        if has_duplicates(&self.entries[mark..]) {
            return None;
        }
        let entries = self.entries.drain(mark..).collect();
        self.node(start, start, Value::Map(entries))
    }

    /// A key and its `:`; returns the key and where the colon is, and moves past it.
    fn block_key(&mut self) -> Option<(Node<'a>, usize)> {
        let start = self.pos;
        let key = match self.peek() {
            b'"' | b'\'' => {
                let key = self.quoted()?;
                self.skip_spaces();
                key
            }
            _ => {
                let end = self.plain_end(false, true)?;
                if self.at(self.pos) != b':' {
                    return None;
                }
                self.scalar(start, end)?
            }
        };
        // The general reader looks no further than 1024 characters for a key's colon.
        let colon = self.pos;
        if self.peek() != b':' || !matches!(self.at(colon + 1), b' ' | b'\n' | 0) {
            return None;
        }
        if colon - start > 1000 {
            return None;
        }
        self.pos += 1;
        Some((key, colon))
    }

    /// The value after a block key's colon: on the same line, on the lines
    /// below, or nothing (null, placed at the colon as the general reader does).
    fn block_value(&mut self, key_indent: usize, colon: usize) -> Option<Node<'a>> {
        self.skip_spaces();
        if !matches!(self.peek(), b'\n' | 0 | b'#') {
            let value = self.inline_value(key_indent)?;
            self.end_line()?;
            return Some(value);
        }
        self.end_line()?;
        let line = self.pos;
        match self.next_content_line() {
            Some(n) if n > key_indent => {
                self.pos += n;
                if self.dash_at(self.pos) {
                    self.block_seq(n, false)
                } else {
                    self.block_map(n)
                }
            }
            Some(n) if n == key_indent && self.dash_at(self.pos + n) => {
                self.pos += n;
                self.block_seq(n, true)
            }
            _ => {
                self.pos = line;
                self.node(colon, colon, Value::Null)
            }
        }
    }

    /// A block list whose first `-` is at `self.pos`, in column `indent`;
    /// `indentless` when it is a key's value in the key's own column (`key:\n- a`),
    /// which the general reader places at its first item rather than its first `-`.
    fn block_seq(&mut self, indent: usize, indentless: bool) -> Option<Node<'a>> {
        self.enter()?;
        let list = self.list.take();
        let mut start = self.pos;
        let first = self.pos;
        let mark = self.items.len();
        loop {
            let dash = self.pos;
            self.pos += 1;
            self.skip_spaces();
            // An empty item, or one whose content starts below, is placed by
            // rules of its own: left to the general reader, as is a list in a list.
            if matches!(self.peek(), b'\n' | 0 | b'#') || self.dash_at(self.pos) {
                return None;
            }
            if indentless && dash == first {
                start = self.pos;
            }
            let item = if self.starts_key() {
                self.block_map(indent + (self.pos - dash))?
            } else {
                let value = self.inline_value(indent)?;
                self.end_line()?;
                value
            };
            self.item(list, item)?;
            match self.next_content_line() {
                Some(n) if n == indent && self.dash_at(self.pos + n) => self.pos += n,
                Some(n) if n <= indent => break,
                None => break,
                Some(_) => return None,
            }
        }
        self.depth -= 1;
        let items = self.items.drain(mark..).collect();
        self.node(start, start, Value::Seq(items))
    }

    /// True when the line from `self.pos` reads as `key: ...` (a mapping in a list item).
    fn starts_key(&self) -> bool {
        let mut i = self.pos;
        match self.at(i) {
            q @ (b'"' | b'\'') => {
                i += 1;
                loop {
                    match self.at(i) {
                        0 | b'\n' => return false,
                        b'\\' if q == b'"' => i += 2,
                        b if b == q => {
                            if q == b'\'' && self.at(i + 1) == b'\'' {
                                i += 2;
                            } else {
                                break;
                            }
                        }
                        _ => i += 1,
                    }
                }
                i += 1;
                while self.at(i) == b' ' {
                    i += 1;
                }
                self.at(i) == b':' && matches!(self.at(i + 1), b' ' | b'\n' | 0)
            }
            b'[' | b'{' => false,
            _ => loop {
                match self.at(i) {
                    0 | b'\n' => return false,
                    b':' if matches!(self.at(i + 1), b' ' | b'\n' | 0) => return true,
                    b'#' if self.at(i.wrapping_sub(1)) == b' ' => return false,
                    _ => i += 1,
                }
            },
        }
    }

    /// A value that starts on the current line, in a block whose column is
    /// `indent`: it ends on that line, or for a flow collection, on a later
    /// line indented further than the block.
    fn inline_value(&mut self, indent: usize) -> Option<Node<'a>> {
        self.flow_indent = indent + 1;
        self.node_here(false)
    }

    /// Scans a plain scalar from `self.pos`: checks its first character, moves to
    /// where it stops, and returns where its text ends (trailing spaces cut).
    /// `None` for what the subset leaves alone: a `: ` inside a value, brackets in
    /// block context, a key that runs to the end of its line.
    fn plain_end(&mut self, flow: bool, key: bool) -> Option<usize> {
        let first = self.peek();
        let ok_start = first.is_ascii_alphanumeric()
            || first == b'_'
            || first >= 0x80
            || first == b'~'
            || (first == b'-' && self.at(self.pos + 1).is_ascii_digit());
        if !ok_start {
            return None;
        }
        let mut i = self.pos;
        let mut end = i;
        loop {
            let b = self.at(i);
            match b {
                0 | b'\n' => {
                    if key {
                        return None;
                    }
                    break;
                }
                b':' => {
                    let next = self.at(i + 1);
                    let stops = matches!(next, b' ' | b'\n' | 0) || (flow && flow_indicator(next));
                    if stops {
                        if !key && !flow {
                            return None;
                        }
                        break;
                    }
                }
                b'#' if self.at(i - 1) == b' ' => {
                    if key {
                        return None;
                    }
                    break;
                }
                b'[' | b']' | b'{' | b'}' | b',' if flow => break,
                b'[' | b']' | b'{' | b'}' => return None,
                _ => {}
            }
            if b != b' ' {
                end = i + 1;
            }
            i += 1;
        }
        self.pos = if key { i } else { end };
        Some(end)
    }

    /// The typed value of the plain scalar `start..end`.
    fn scalar(&mut self, start: usize, end: usize) -> Option<Node<'a>> {
        let t = &self.text[start..end];
        let value = plain_value(t)?;
        self.node(start, end, value)
    }

    /// A one-line quoted scalar at `self.pos`; moves past its closing quote.
    fn quoted(&mut self) -> Option<Node<'a>> {
        let start = self.pos;
        let q = self.peek();
        let mut out: Option<String> = None;
        let mut i = start + 1;
        let mut run = i;
        loop {
            match self.at(i) {
                0 | b'\n' => return None,
                b'\'' if q == b'\'' => {
                    if self.at(i + 1) != b'\'' {
                        break;
                    }
                    let o = out.get_or_insert_with(String::new);
                    o.push_str(&self.text[run..=i]);
                    i += 2;
                    run = i;
                }
                b'"' if q == b'"' => break,
                b'\\' if q == b'"' => {
                    let o = out.get_or_insert_with(String::new);
                    o.push_str(&self.text[run..i]);
                    i = escape(self.s, i + 1, o)?;
                    run = i;
                }
                _ => i += 1,
            }
        }
        let value = match out {
            Some(mut o) => {
                o.push_str(&self.text[run..i]);
                Cow::Owned(o)
            }
            None => Cow::Borrowed(&self.text[run..i]),
        };
        self.pos = i + 1;
        self.node(start, i + 1, Value::Str(value))
    }

    fn flow_node(&mut self) -> Option<Node<'a>> {
        self.node_here(true)
    }

    /// The collection or scalar at `self.pos`; a plain scalar inside a flow
    /// collection (`flow`) also ends at `,` `]` `}`.
    fn node_here(&mut self, flow: bool) -> Option<Node<'a>> {
        match self.peek() {
            b'[' => self.flow_seq(),
            b'{' => self.flow_map(),
            b'"' | b'\'' => self.quoted(),
            _ => {
                let start = self.pos;
                let end = self.plain_end(flow, false)?;
                self.scalar(start, end)
            }
        }
    }

    /// `[a, b]` on one line.
    fn flow_seq(&mut self) -> Option<Node<'a>> {
        self.enter()?;
        let list = self.list.take();
        let start = self.pos;
        self.pos += 1;
        let mark = self.items.len();
        self.skip_flow_space()?;
        if self.peek() != b']' {
            loop {
                let item = self.flow_node()?;
                self.item(list, item)?;
                self.skip_flow_space()?;
                if self.flow_separator(b']')? {
                    break;
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        let items = self.items.drain(mark..).collect();
        self.node(start, start + 1, Value::Seq(items))
    }

    /// After an item of a flow collection: true at its `close`, false past a
    /// comma before the next item; `None` for anything else, a trailing
    /// comma included (the general reader's).
    fn flow_separator(&mut self, close: u8) -> Option<bool> {
        match self.peek() {
            c if c == close => Some(true),
            b',' => {
                self.pos += 1;
                self.skip_flow_space()?;
                (self.peek() != close).then_some(false)
            }
            _ => None,
        }
    }

    /// `{k: v, ...}` on one line.
    fn flow_map(&mut self) -> Option<Node<'a>> {
        self.enter()?;
        self.list = None;
        let start = self.pos;
        self.pos += 1;
        let mark = self.entries.len();
        self.skip_flow_space()?;
        if self.peek() != b'}' {
            loop {
                let key_start = self.pos;
                let key = match self.peek() {
                    b'"' | b'\'' => self.quoted()?,
                    _ => {
                        let end = self.plain_end(true, false)?;
                        self.scalar(key_start, end)?
                    }
                };
                // The colon is on the key's line: a key is never split.
                self.skip_spaces();
                let colon = self.pos;
                if self.peek() != b':' || colon - key_start > 1000 {
                    return None;
                }
                self.pos += 1;
                self.list = self.list_named(&key);
                let value = match self.peek() {
                    b' ' | b'\n' => {
                        self.skip_flow_space()?;
                        match self.peek() {
                            b',' | b'}' => self.node(colon, colon, Value::Null)?,
                            _ => self.flow_node()?,
                        }
                    }
                    // `"key":value`, as JSON writes it: only after a quoted key.
                    _ if matches!(self.at(key_start), b'"' | b'\'') => match self.peek() {
                        b',' | b'}' => return None,
                        _ => self.flow_node()?,
                    },
                    _ => return None,
                };
                self.list = None;
                self.entries.push((key, value));
                self.skip_flow_space()?;
                if self.flow_separator(b'}')? {
                    break;
                }
            }
        }
        self.pos += 1;
        self.depth -= 1;
        if has_duplicates(&self.entries[mark..]) {
            return None;
        }
        let entries = self.entries.drain(mark..).collect();
        self.node(start, start + 1, Value::Map(entries))
    }
}

/// A plain scalar typed as the general reader types it (YAML 1.2 core schema,
/// strict booleans, leading-zero numbers kept as text); `None` for the spellings
/// whose typing the subset does not repeat (`+1`, `0x1F`, `1e3`, `.5`, `1_000`...).
fn plain_value(t: &str) -> Option<Value<'_>> {
    let value = match t {
        "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => {
            // An empty scalar (`{: v}`) is the general reader's to type.
            let &first = t.as_bytes().first()?;
            if first == b'~' {
                return None;
            }
            if !(first.is_ascii_digit() || first == b'-') {
                return Some(Value::Str(t.into()));
            }
            let unsigned = t.strip_prefix('-').unwrap_or(t);
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
            if digits(unsigned) {
                if unsigned.len() > 1 && unsigned.starts_with('0') {
                    Value::Str(t.into())
                } else {
                    Value::Int(t.parse().ok()?)
                }
            } else if is_float(unsigned) {
                let f: f64 = t.parse().ok()?;
                if !f.is_finite() {
                    return None;
                }
                Value::Float(f)
            } else if unsigned.len() == t.len() && t.contains('-') && t.split('-').all(digits) {
                // Dates (`2024-06-01`): no number reads them.
                Value::Str(t.into())
            } else {
                return None;
            }
        }
    };
    Some(value)
}

/// `1.5`, `1e3`, `1.5E-3`: digits, an optional fraction, an optional exponent.
fn is_float(t: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(e) => (&t[..e], Some(&t[e + 1..])),
        None => (t, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa) && exponent.is_some(),
    };
    mantissa_ok && exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

/// Reads the escape after a `\` at `i` in a double-quoted scalar onto `out`;
/// returns where the text goes on. `None` for an escape YAML does not know.
fn escape(s: &[u8], i: usize, out: &mut String) -> Option<usize> {
    let simple = match s.get(i)? {
        b'0' => '\0',
        b'a' => '\u{7}',
        b'b' => '\u{8}',
        b't' => '\t',
        b'n' => '\n',
        b'v' => '\u{b}',
        b'f' => '\u{c}',
        b'r' => '\r',
        b'e' => '\u{1b}',
        b' ' => ' ',
        b'"' => '"',
        b'/' => '/',
        b'\\' => '\\',
        b'N' => '\u{85}',
        b'_' => '\u{a0}',
        b'L' => '\u{2028}',
        b'P' => '\u{2029}',
        b'x' => return hex(s, i + 1, 2, out),
        b'u' => return hex(s, i + 1, 4, out),
        b'U' => return hex(s, i + 1, 8, out),
        _ => return None,
    };
    out.push(simple);
    Some(i + 1)
}

fn hex(s: &[u8], i: usize, n: usize, out: &mut String) -> Option<usize> {
    let digits = s.get(i..i + n)?;
    let mut code = 0u32;
    for &d in digits {
        code = code * 16 + (d as char).to_digit(16)?;
    }
    out.push(char::from_u32(code)?);
    Some(i + n)
}

/// True when two keys of a mapping may be the same key: the general reader
/// reports that, and its message is the one users know. A mapping with a key
/// that is not text (`1:`, `null:`) and another key is left to it too, as its
/// rule for comparing `1` with `"1"` is its own.
fn has_duplicates(entries: &[(Node<'_>, Node<'_>)]) -> bool {
    if entries.len() > 1
        && entries
            .iter()
            .any(|(k, _)| !matches!(k.value, Value::Str(_)))
    {
        return true;
    }
    fn key<'n>(n: &'n Node<'_>) -> &'n str {
        match &n.value {
            Value::Str(s) => s,
            _ => "",
        }
    }
    if entries.len() <= 16 {
        return entries
            .iter()
            .enumerate()
            .any(|(i, (k, _))| entries[..i].iter().any(|(o, _)| key(o) == key(k)));
    }
    let mut seen = rustc_hash::FxHashSet::default();
    !entries.iter().all(|(k, _)| seen.insert(key(k)))
}

#[cfg(test)]
mod tests;
