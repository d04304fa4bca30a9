//! The objects of an svg2pdf chunk, renumbered into a document: those the
//! step forms reach, in the order they reach them, with the entries of each
//! run of references in a dictionary sorted by name (svg2pdf writes resource
//! dictionaries and allocates its fonts' numbers in a hash map's order), and
//! the step forms without their transparency group.
//!
//! A dictionary is read as pdf-writer writes it: an entry a line, nested
//! dictionaries indented, `N 0 R` for a reference; a stream's data is copied
//! as it is.

use std::collections::HashMap;
use std::ops::Range;

use pdf_writer::{Chunk, Pdf};

use super::super::raster::RasterError;

/// An object: its dictionary (or value) and what follows it (stream and
/// `endobj`), as written.
struct Obj {
    dict: Vec<u8>,
    rest: Vec<u8>,
}

/// Every object of a chunk, by number.
pub(super) struct Objects {
    by_id: HashMap<i32, Obj>,
}

/// Objects renumbered: each new number and bytes, in order, and the new
/// numbers of the forms asked for.
pub(super) struct Renumbered {
    pub objects: Vec<(i32, Vec<u8>)>,
    pub roots: Vec<i32>,
}

fn broken(what: &str) -> RasterError {
    RasterError(format!("the PDF conversion wrote {what}"))
}

impl Objects {
    /// Splits `chunk` into its objects, where the cross-reference table that
    /// pdf-writer makes of it says they start.
    pub(super) fn parse(chunk: &Chunk) -> Result<Objects, RasterError> {
        let mut pdf = Pdf::new();
        let header = pdf.as_bytes().len();
        pdf.extend(chunk);
        let bytes = pdf.finish();
        let tail = bytes
            .windows(10)
            .rposition(|w| w == b"startxref\n")
            .ok_or_else(|| broken("no cross-reference table"))?;
        let xref: usize = number(&bytes[tail + 10..]).ok_or_else(|| broken("no xref offset"))?;
        let table = bytes
            .get(xref..tail)
            .ok_or_else(|| broken("a cross-reference table out of place"))?;
        let mut starts: Vec<(usize, i32)> = Vec::new();
        // `xref`, `0 N`, then an entry a line: offset, generation, n or f.
        for (id, line) in table.split(|b| *b == b'\n').skip(2).enumerate() {
            if line.get(17) == Some(&b'n') {
                let off = number(line).ok_or_else(|| broken("a bad xref entry"))?;
                starts.push((off, id as i32));
            }
        }
        starts.sort_unstable();
        let mut by_id = HashMap::with_capacity(starts.len());
        for (i, &(off, id)) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(xref, |s| s.0);
            let obj = bytes
                .get(off.max(header)..end)
                .ok_or_else(|| broken("an object out of place"))?;
            let head = format!("{id} 0 obj\n");
            let body = obj
                .strip_prefix(head.as_bytes())
                .ok_or_else(|| broken("an object without its header"))?;
            // A stream's dictionary ends where its data begins; another
            // object's value, at `endobj`.
            let split = find(body, b">>\nstream\n")
                .map(|p| p + 2)
                .or_else(|| find(body, b"\nendobj"))
                .unwrap_or(body.len());
            let (dict, rest) = body.split_at(split);
            by_id.insert(
                id,
                Obj {
                    dict: dict.to_vec(),
                    rest: rest.to_vec(),
                },
            );
        }
        Ok(Objects { by_id })
    }

    /// The numbers of the forms `xo0` to `xo{n-1}` of the picture's form `root`.
    pub(super) fn forms_of(
        &self,
        root: pdf_writer::Ref,
        n: usize,
    ) -> Result<Vec<i32>, RasterError> {
        let root = self
            .by_id
            .get(&root.get())
            .ok_or_else(|| broken("no picture"))?;
        let mut named: HashMap<&[u8], i32> = HashMap::new();
        for line in root.dict.split(|b| *b == b'\n') {
            let line = trim(line);
            if let Some((name, value)) = split_entry(line)
                && let [(_, id)] = refs(value)[..]
            {
                named.insert(name, id);
            }
        }
        (0..n)
            .map(|k| {
                named
                    .get(format!("/xo{k}").as_bytes())
                    .copied()
                    .ok_or_else(|| broken("fewer step forms than steps"))
            })
            .collect()
    }

    /// The objects reached from `forms` (their box made `bbox`, `[x0 y0 x1 y1]`), depth first, each given a number by
    /// `alloc` as it is reached, with their references renumbered.
    pub(super) fn write(
        &self,
        forms: &[i32],
        bbox: &str,
        mut alloc: impl FnMut() -> pdf_writer::Ref,
    ) -> Result<Renumbered, RasterError> {
        let mut new: HashMap<i32, i32> = HashMap::new();
        let mut order: Vec<(i32, Vec<u8>)> = Vec::new();
        let mut roots = Vec::with_capacity(forms.len());
        for &form in forms {
            let mut stack = vec![(form, true)];
            while let Some((id, is_form)) = stack.pop() {
                if new.contains_key(&id) {
                    continue;
                }
                let obj = self
                    .by_id
                    .get(&id)
                    .ok_or_else(|| broken("a reference to nothing"))?;
                new.insert(id, alloc().get());
                let mut dict = sorted_runs(&obj.dict);
                if is_form {
                    dict = as_step_form(&dict, bbox);
                }
                for (_, r) in refs(&dict).into_iter().rev() {
                    stack.push((r, false));
                }
                order.push((id, dict));
            }
            roots.push(new.get(&form).copied().unwrap_or_default());
        }
        let mut objects = Vec::with_capacity(order.len());
        for (old, dict) in order {
            let id = new.get(&old).copied().unwrap_or_default();
            let mut out = format!("{id} 0 obj\n").into_bytes();
            let mut at = 0;
            for (range, r) in refs(&dict) {
                out.extend_from_slice(&dict[at..range.start]);
                let to = new
                    .get(&r)
                    .ok_or_else(|| broken("a reference to nothing"))?;
                out.extend_from_slice(format!("{to} 0 R").as_bytes());
                at = range.end;
            }
            out.extend_from_slice(&dict[at..]);
            if let Some(obj) = self.by_id.get(&old) {
                out.extend_from_slice(&obj.rest);
            }
            objects.push((id, out));
        }
        Ok(Renumbered { objects, roots })
    }
}

/// The first place of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The decimal number at the start of `b`, after spaces.
fn number(b: &[u8]) -> Option<usize> {
    let b = trim(b);
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    std::str::from_utf8(&b[..digits]).ok()?.parse().ok()
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let end = b.len()
        - b.iter()
            .rev()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
    b.get(start..end).unwrap_or_default()
}

/// `/Name value` as the name and the value.
fn split_entry(line: &[u8]) -> Option<(&[u8], &[u8])> {
    if line.first() != Some(&b'/') {
        return None;
    }
    let space = line.iter().position(|c| *c == b' ')?;
    Some((&line[..space], &line[space + 1..]))
}

fn is_delimiter(c: u8) -> bool {
    c.is_ascii_whitespace() || matches!(c, b'[' | b']' | b'<' | b'>' | b'/' | b'(' | b')')
}

/// Every reference `N 0 R` in `dict`, where it is and to what; strings are
/// skipped.
fn refs(dict: &[u8]) -> Vec<(Range<usize>, i32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < dict.len() {
        let c = dict[i];
        if c == b'(' {
            // A literal string: nested brackets count, a backslash escapes.
            let mut depth = 0;
            while i < dict.len() {
                match dict[i] {
                    b'\\' => i += 1,
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        let starts = c.is_ascii_digit() && (i == 0 || is_delimiter(dict[i - 1]));
        if !starts {
            i += 1;
            continue;
        }
        let digits = dict[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let end = i + digits;
        let after = end + 4;
        let is_ref =
            dict[end..].starts_with(b" 0 R") && dict.get(after).is_none_or(|c| is_delimiter(*c));
        if is_ref
            && let Some(id) = std::str::from_utf8(&dict[i..end])
                .ok()
                .and_then(|s| s.parse().ok())
        {
            out.push((i..after, id));
            i = after;
        } else {
            i = end;
        }
    }
    out
}

/// `dict` with each run of lines that are entries holding one reference,
/// at one indentation, sorted by name: their order means nothing, and
/// svg2pdf's is a hash map's.
fn sorted_runs(dict: &[u8]) -> Vec<u8> {
    let lines: Vec<&[u8]> = dict.split(|b| *b == b'\n').collect();
    let indent = |l: &[u8]| l.iter().take_while(|c| **c == b' ').count();
    let sortable = |l: &[u8]| {
        split_entry(trim(l)).is_some_and(|(_, v)| {
            let r = refs(v);
            r.len() == 1 && !v.contains(&b'<') && !v.contains(&b'>')
        })
    };
    let mut out: Vec<&[u8]> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..]
            .iter()
            .take_while(|l| sortable(l) && indent(l) == indent(lines[i]))
            .count()
            .max(1);
        let mut part = lines[i..i + run].to_vec();
        part.sort_by(|a, b| trim(a).cmp(trim(b)));
        out.extend(part);
        i += run;
    }
    out.join(&b'\n')
}

/// A step form's dictionary without its `/Group` entry, its box `bbox`: a
/// step's marks are drawn as if the picture drew them, not composited apart
/// (the same for the normal blending coopline draws with, and far quicker
/// for a viewer), and not cut to usvg's box of them, which shaves the
/// smoothed edge off the top of a text.
fn as_step_form(dict: &[u8], bbox: &str) -> Vec<u8> {
    let boxed = format!("  /BBox {bbox}").into_bytes();
    let lines: Vec<&[u8]> = dict
        .split(|b| *b == b'\n')
        .map(|l| {
            if trim(l).starts_with(b"/BBox [") {
                boxed.as_slice()
            } else {
                l
            }
        })
        .collect();
    let Some(start) = lines.iter().position(|l| trim(l) == b"/Group <<") else {
        return dict.to_vec();
    };
    let mut depth = 0i32;
    let mut end = start;
    for (k, l) in lines.iter().enumerate().skip(start) {
        depth += l.windows(2).filter(|w| *w == b"<<").count() as i32;
        depth -= l.windows(2).filter(|w| *w == b">>").count() as i32;
        end = k;
        if depth <= 0 {
            break;
        }
    }
    let mut kept = lines[..start].to_vec();
    kept.extend_from_slice(&lines[end + 1..]);
    kept.join(&b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_outside_strings_and_names() {
        let d = b"<<\n  /xo12 3 0 R\n  /A [4 0 R 5 0 R]\n  /S (6 0 R)\n  /N 7 0 1\n>>";
        let ids: Vec<i32> = refs(d).into_iter().map(|r| r.1).collect();
        assert_eq!(ids, [3, 4, 5]);
    }

    #[test]
    fn runs_of_references_are_sorted_and_groups_dropped() {
        let d = b"<<\n  /Resources <<\n    /XObject <<\n      /xo1 9 0 R\n      /xo0 8 0 R\n    >>\n  >>\n  /Group <<\n    /S /Transparency\n    /CS [/ICCBased 3 0 R]\n  >>\n  /BBox [0 0 1 1]\n>>";
        let s = as_step_form(&sorted_runs(d), "[0 0 2 2]");
        let text = String::from_utf8(s).unwrap();
        assert!(text.find("/xo0").unwrap() < text.find("/xo1").unwrap());
        assert!(!text.contains("/Group") && !text.contains("ICCBased"));
        assert!(text.contains("/BBox [0 0 2 2]") && !text.contains("[0 0 1 1]"));
    }
}
