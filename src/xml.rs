//! XML character data and attribute values: the one place where text from the
//! data and from flags is written into XML, for every XML output (SVG, GraphML,
//! GEXF, and the web page with its inline SVG).
//!
//! The rules, and why:
//!
//! - `&`, `<` and `>` are written as `&amp;`, `&lt;` and `&gt;` everywhere, so
//!   text can never open a tag, an entity, a comment or a CDATA section, nor
//!   write `]]>`. In attribute values `"` and `'` are also escaped
//!   (`&quot;`, `&apos;`), whichever quote delimits the value. Character data
//!   keeps its quotes as they are: they mean nothing there, and the pictures
//!   have always been written that way.
//! - In attribute values, tab, line feed and carriage return are written as
//!   character references (`&#9;`, `&#10;`, `&#13;`): a parser normalises the
//!   raw characters to spaces. In character data a carriage return is written
//!   `&#13;` too, as a parser would turn a raw one into a line feed; tab and line
//!   feed stay as they are.
//! - Characters XML 1.0 cannot carry at all, not even as a character reference
//!   (the C0 controls other than tab, line feed and carriage return, and the
//!   noncharacters U+FFFE and U+FFFF), are replaced by U+FFFD, the replacement
//!   character: any one of them would make the whole file unreadable to every
//!   XML parser and browser. ([`forbidden`] says which; the DOT export replaces
//!   the same ones, because Graphviz copies its labels into its own SVG.)
//! - Everything else is kept as it is, including the C1 controls, DEL, the other
//!   noncharacters (U+FDD0...) and bidirectional marks: XML 1.0 allows them, and
//!   dropping or changing them would change what the data says.
//!
//! Text is scanned for the bytes that need work and copied in runs between them;
//! a large picture escapes megabytes of hover text, nearly all of it ordinary.

use std::fmt;

/// True for the characters XML 1.0 cannot carry in any form: C0 controls other
/// than tab, line feed and carriage return, U+FFFE and U+FFFF. Writers replace
/// them with U+FFFD.
pub(crate) fn forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// True for a link every output may make live (an SVG or HTML `href`, a link in
/// the TimelineJS export): http, https or mailto, with no whitespace or control
/// character that a browser would drop to read another scheme.
pub(crate) fn safe_href(url: &str) -> bool {
    let l = url.to_ascii_lowercase();
    (l.starts_with("https://") || l.starts_with("http://") || l.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Appends `s` as XML character data (element content).
pub(crate) fn push_text(out: &mut String, s: &str) {
    push::<false>(out, s);
}

/// Appends `s` as the value of an attribute, in either kind of quotes.
pub(crate) fn push_attr(out: &mut String, s: &str) {
    push::<true>(out, s);
}

/// `s` as XML character data, for `format!` and `write!`.
pub(crate) struct Text<'a>(pub &'a str);

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(self.0.len());
        push_text(&mut s, self.0);
        f.write_str(&s)
    }
}

/// `s` as an XML attribute value, for `format!` and `write!`.
pub(crate) struct Attr<'a>(pub &'a str);

impl fmt::Display for Attr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(self.0.len());
        push_attr(&mut s, self.0);
        f.write_str(&s)
    }
}

/// A byte that only the careful path handles: a C0 control (in character data,
/// not a line feed) or 0xEF, the first byte of U+FFFE and U+FFFF (and of other
/// characters from U+F000 up, which that path copies).
#[inline(always)]
fn rare_byte<const ATTR: bool>(b: u8) -> bool {
    let control = if ATTR {
        b < 0x20
    } else {
        // Every byte below 0x20 but the line feed: 0x0A maps to 0 and wraps.
        (b ^ b'\n').wrapping_sub(1) < 0x1F
    };
    control | (b == 0xEF)
}

/// Sixteen bytes at once, written so the compiler tests them as one vector.
#[inline(always)]
fn rare_block<const ATTR: bool>(block: &[u8; 16]) -> bool {
    let mut any = 0u8;
    for &b in block {
        any |= u8::from(rare_byte::<ATTR>(b));
    }
    any != 0
}

fn has_rare<const ATTR: bool>(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n < 16 {
        return bytes.iter().any(|&b| rare_byte::<ATTR>(b));
    }
    let mut i = 0;
    while let Some(block) = bytes.get(i..i + 16) {
        if rare_block::<ATTR>(block.try_into().unwrap_or(&[0; 16])) {
            return true;
        }
        i += 16;
    }
    // The last block overlaps bytes already seen, so there is no byte-wise tail.
    rare_block::<ATTR>(bytes[n - 16..].try_into().unwrap_or(&[0; 16]))
}

fn push<const ATTR: bool>(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    if has_rare::<ATTR>(bytes) {
        return push_careful::<ATTR>(out, s);
    }
    // Only markup characters are left: jump from one to the next (memchr).
    let quotes = ATTR && memchr::memchr2(b'"', b'\'', bytes).is_some();
    let mut from = 0;
    while from < bytes.len() {
        let next = if quotes {
            bytes[from..]
                .iter()
                .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
        } else {
            memchr::memchr3(b'&', b'<', b'>', &bytes[from..])
        };
        let Some(k) = next else {
            break;
        };
        let at = from + k;
        out.push_str(&s[from..at]);
        out.push_str(markup(bytes[at]));
        from = at + 1;
    }
    out.push_str(&s[from..]);
}

fn markup(b: u8) -> &'static str {
    match b {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'"' => "&quot;",
        _ => "&apos;",
    }
}

/// Text with controls or 0xEF bytes in it: every rule, byte by byte, still
/// copying the runs between the bytes that need work.
fn push_careful<const ATTR: bool>(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (with, len): (&str, usize) = match bytes[i] {
            b'&' | b'<' | b'>' => (markup(bytes[i]), 1),
            b'"' | b'\'' if ATTR => (markup(bytes[i]), 1),
            b'\t' if ATTR => ("&#9;", 1),
            b'\n' if ATTR => ("&#10;", 1),
            b'\r' => ("&#13;", 1),
            b'\t' | b'\n' => {
                i += 1;
                continue;
            }
            0..0x20 => ("\u{FFFD}", 1),
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("\u{FFFD}", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        // `i` is at an ASCII byte or a lead byte: a character boundary.
        out.push_str(&s[from..i]);
        out.push_str(with);
        i += len;
        from = i;
    }
    out.push_str(&s[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(s: &str) -> String {
        let mut out = String::new();
        push_text(&mut out, s);
        out
    }

    fn attr(s: &str) -> String {
        let mut out = String::new();
        push_attr(&mut out, s);
        out
    }

    /// What a parser must give back: the input with forbidden characters replaced.
    fn kept(s: &str) -> String {
        s.chars()
            .map(|c| if forbidden(c) { '\u{FFFD}' } else { c })
            .collect()
    }

    /// `s` written into an element and two attributes (one in each kind of
    /// quotes), parsed back: (text, attribute in double quotes, in single quotes).
    fn round_trip(s: &str) -> (String, String, String) {
        let doc = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<e a=\"{}\" b='{}'>{}</e>",
            attr(s),
            attr(s),
            text(s)
        );
        let parsed = roxmltree::Document::parse(&doc)
            .unwrap_or_else(|e| panic!("{s:?} gave a document that does not parse: {e}\n{doc}"));
        let e = parsed.root_element();
        // An element with a comment or CDATA section inside would have more children.
        assert!(e.children().count() <= 1, "{s:?} grew markup: {doc}");
        assert_eq!(e.attributes().count(), 2, "{s:?} grew attributes: {doc}");
        (
            e.text().unwrap_or_default().to_string(),
            e.attribute("a").unwrap_or_default().to_string(),
            e.attribute("b").unwrap_or_default().to_string(),
        )
    }

    fn check(s: &str) {
        let (t, a, b) = round_trip(s);
        let want = kept(s);
        assert_eq!(t, want, "text of {s:?}");
        assert_eq!(a, want, "double-quoted attribute of {s:?}");
        assert_eq!(b, want, "single-quoted attribute of {s:?}");
    }

    /// Every C0 and C1 control, DEL, noncharacters, bidi controls, markup.
    fn awkward() -> Vec<String> {
        let mut cases: Vec<String> = (0u32..0x20)
            .chain(0x7F..0xA0)
            .filter_map(char::from_u32)
            .map(|c| format!("a{c}b"))
            .collect();
        cases.extend(
            [
                "\u{FDD0}",
                "\u{FDEF}",
                "\u{FFFE}",
                "\u{FFFF}",
                "\u{1FFFE}",
                "\u{10FFFF}",
                "\u{FEFF}bom",
                "\u{202E}evil\u{202C}",
                "\u{200F}\u{061C}",
                "\u{FF08}fullwidth\u{FF09}\u{FFFD}",
                "]]>",
                "<![CDATA[x]]>",
                "--",
                "<!-- c -->",
                "\"'\"'",
                "&amp;&#0;&#x1;&lt;",
                "<?pi x?>",
                "\r\n\r",
                "\t \n",
                "",
            ]
            .map(String::from),
        );
        cases.push((0u32..0x100).filter_map(char::from_u32).collect());
        cases.push("x".repeat(40) + "\u{1}" + &"y".repeat(40));
        cases
    }

    #[test]
    fn awkward_text_round_trips() {
        for s in awkward() {
            check(&s);
        }
    }

    #[test]
    fn ordinary_text_is_written_as_before() {
        // The pictures' bytes: quotes stay in text, both are escaped in attributes,
        // and a line feed stays a line feed in text.
        assert_eq!(
            text("<script>alert('x')</script> & \"q\"\nnext"),
            "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\"\nnext"
        );
        assert_eq!(
            attr("Inter, 'Inter Variable' & \"x\""),
            "Inter, &apos;Inter Variable&apos; &amp; &quot;x&quot;"
        );
        assert_eq!(attr("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
        assert_eq!(text("a\tb\nc\rd"), "a\tb\nc&#13;d");
        assert_eq!(
            text("\u{0}\u{1B}[31m\u{FFFF}"),
            "\u{FFFD}\u{FFFD}[31m\u{FFFD}"
        );
        assert_eq!(text("\u{85}\u{9F}\u{FDD0}"), "\u{85}\u{9F}\u{FDD0}");
        assert_eq!(
            format!("{}|{}", Text("a<'"), Attr("a<'")),
            "a&lt;'|a&lt;&apos;"
        );
    }

    #[test]
    fn every_block_boundary_is_seen() {
        // A byte needing work at each position of strings around the block size.
        for n in 1..40 {
            for at in 0..n {
                for special in ['\u{1}', '\r', '\u{FFFE}', '&', '"'] {
                    let mut s: String = "x".repeat(n);
                    s.replace_range(at..at + 1, &special.to_string());
                    check(&s);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

        #[test]
        fn any_text_round_trips(s in any::<String>()) {
            check(&s);
        }

        #[test]
        fn awkward_mixtures_round_trip(parts in prop::collection::vec(
            prop_oneof![
                prop::sample::select(awkward()),
                "\\PC{0,20}",
                any::<char>().prop_map(String::from),
            ],
            0..12,
        )) {
            check(&parts.concat());
        }
    }
}
