//! CSV text → rows of cells, each cell with the span it was written at.
//!
//! csv-core does the parsing (RFC 4180 quoting, CRLF or LF, a byte-order mark,
//! blank lines); this module counts the bytes it consumes for each field, so that
//! an error can point at the cell itself. The `csv` crate gives only the start of
//! a record, not of its fields.

use csv_core::{ReadFieldResult, ReaderBuilder};

use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span};

/// One cell: its text, unquoted, and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The text, with CSV quoting removed.
    pub text: String,
    /// The cell as written, quotes included, without its delimiter.
    pub span: Span,
    /// Byte offset in the file of `text`'s first byte, when every byte of `text`
    /// is written as is (no doubled quotes), so a part of it can be located.
    pub direct: Option<u32>,
}

impl Cell {
    /// The span of `text[range]`, or the whole cell's when the text does not map
    /// byte for byte onto the file.
    pub fn part(&self, range: std::ops::Range<usize>) -> Span {
        match self.direct {
            Some(at) => Span {
                file: self.span.file,
                start: at + range.start as u32,
                end: at + range.end as u32,
            },
            None => self.span,
        }
    }
}

/// One record (a line, unless a quoted cell holds line breaks).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// From the first cell's start to the last cell's end.
    pub span: Span,
    /// The cells in order; never empty.
    pub cells: Vec<Cell>,
}

/// Reads every record of `text`. The delimiter is the one the first line uses
/// most of `,`, `;` and tab: spreadsheets in many European locales save CSV with
/// `;`. Quoting problems are reported; the cells are still returned as read.
pub fn read(text: &str, file: FileId) -> (Vec<Row>, Vec<Diagnostic>) {
    let bytes = text.as_bytes();
    let mut reader = ReaderBuilder::new().delimiter(sniff(bytes)).build();
    // Unquoting only shrinks text, so one call never needs more room than this.
    let mut out = vec![0u8; bytes.len()];
    let mut rows = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut diags = Vec::new();
    let mut at = 0;
    let mut field_start = 0;
    let mut data: Vec<u8> = Vec::new();
    loop {
        let (result, nin, nout) = reader.read_field(&bytes[at..], &mut out);
        data.extend_from_slice(&out[..nout]);
        at += nin;
        let record_end = match result {
            ReadFieldResult::End => break,
            // All the text is given at once: the field goes on to the end of it.
            ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => continue,
            ReadFieldResult::Field { record_end } => record_end,
        };
        let mut start = field_start;
        let mut end = at;
        field_start = at;
        if cells.is_empty() {
            // Blank lines and the `\n` of a CRLF are read as part of the next record.
            while start < end && matches!(bytes[start], b'\r' | b'\n') {
                start += 1;
            }
            if text[start..end].starts_with('\u{feff}') {
                start += '\u{feff}'.len_utf8();
            }
        }
        if end > start && (!record_end || matches!(bytes[end - 1], b'\r' | b'\n')) {
            end -= 1;
        }
        let span = Span::new(file, start, end);
        let raw = &text[start..end];
        let direct = match quoting(raw) {
            Quoting::Plain => Some(start as u32),
            Quoting::Quoted { escapes: false } => Some(start as u32 + 1),
            Quoting::Quoted { escapes: true } => None,
            Quoting::Unclosed => {
                diags.push(
                    Diagnostic::error(Code::CsvSyntax, Span::new(file, start, start + 1), "this quote is never closed")
                        .label("the cell runs from here to the end of the file")
                        .help("close the cell with `\"`; a quote inside a quoted cell is written twice: `\"\"`"),
                );
                None
            }
            Quoting::TextAfter(close) => {
                let close = start + close;
                diags.push(
                    Diagnostic::error(
                        Code::CsvSyntax,
                        Span::new(file, close, close + 1),
                        "text after the closing quote of a cell",
                    )
                    .label("this quote ends the cell")
                    .help("a quote inside a quoted cell is written twice: `\"\"`"),
                );
                None
            }
        };
        cells.push(Cell {
            text: match String::from_utf8(std::mem::take(&mut data)) {
                Ok(s) => s,
                // Fields end at ASCII delimiters, so this cannot split a character.
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            },
            span,
            direct,
        });
        if record_end {
            let first = cells[0].span;
            let last = cells[cells.len() - 1].span;
            rows.push(Row {
                span: Span {
                    file,
                    start: first.start,
                    end: last.end,
                },
                cells: std::mem::take(&mut cells),
            });
        }
    }
    (rows, diags)
}

enum Quoting {
    Plain,
    Quoted {
        escapes: bool,
    },
    Unclosed,
    /// Byte offset of the closing quote that text follows.
    TextAfter(usize),
}

fn quoting(raw: &str) -> Quoting {
    let Some(inner) = raw.strip_prefix('"') else {
        return Quoting::Plain;
    };
    let b = inner.as_bytes();
    let mut escapes = false;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'"' {
            if b.get(i + 1) == Some(&b'"') {
                escapes = true;
                i += 2;
                continue;
            }
            return if i + 1 == b.len() {
                Quoting::Quoted { escapes }
            } else {
                Quoting::TextAfter(i + 1)
            };
        }
        i += 1;
    }
    Quoting::Unclosed
}

/// The delimiter the first line uses most, outside quotes; `,` when it uses none.
fn sniff(bytes: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                for c in counts.iter_mut().filter(|c| c.0 == b) {
                    c.1 += 1;
                }
            }
            _ => {}
        }
    }
    // On a tie the earlier (more usual) delimiter wins.
    counts
        .iter()
        .fold((b',', 0), |best, c| if c.1 > best.1 { *c } else { best })
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Row]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    fn slice(text: &str, span: Span) -> &str {
        &text[span.start as usize..span.end as usize]
    }

    #[test]
    fn cells_keep_their_place_through_quotes_crlf_and_blank_lines() {
        let text =
            "\u{feff}id,name\r\n\r\nnl-om,\"Openbaar \"\"OM\"\"\"\r\nfr,\"two\nlines\"\nlast,";
        let (rows, diags) = read(text, FileId(0));
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            texts(&rows),
            [
                vec!["id", "name"],
                vec!["nl-om", "Openbaar \"OM\""],
                vec!["fr", "two\nlines"],
                vec!["last", ""],
            ]
        );
        assert_eq!(slice(text, rows[0].cells[0].span), "id");
        assert_eq!(slice(text, rows[1].cells[0].span), "nl-om");
        assert_eq!(
            slice(text, rows[1].cells[1].span),
            "\"Openbaar \"\"OM\"\"\""
        );
        assert_eq!(
            rows[1].cells[1].direct, None,
            "doubled quotes shift offsets"
        );
        assert_eq!(slice(text, rows[2].cells[1].part(4..9)), "lines");
        assert_eq!(slice(text, rows[3].cells[1].span), "");
        assert_eq!(slice(text, rows[1].span), "nl-om,\"Openbaar \"\"OM\"\"\"");
    }

    #[test]
    fn semicolons_are_the_delimiter_when_the_header_uses_them() {
        let (rows, _) = read("id;places\nx;\"Marbella, ES\"\n", FileId(0));
        assert_eq!(
            texts(&rows),
            [vec!["id", "places"], vec!["x", "Marbella, ES"]]
        );
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let text = "id,name\nx,\"Europol\ny,z\n";
        let (_, diags) = read(text, FileId(0));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].span().unwrap().start as usize, "id,name\nx,".len());
        let (_, diags) = read("id,name\nx,\"a\"b\n", FileId(0));
        assert_eq!(diags[0].message, "text after the closing quote of a cell");
    }
}
