//! The fast reader either gives up or builds exactly the general reader's tree.

use proptest::prelude::*;

use super::super::{Limits, Node, Value, parse_general};
use crate::source::FileId;

fn fast(text: &str) -> Option<Node<'_>> {
    super::parse(text, FileId(0), &Limits::default())
}

/// Fails when the fast reader's tree differs from the general reader's.
fn agrees(text: &str) -> Result<bool, String> {
    let Some(f) = fast(text) else {
        return Ok(false);
    };
    match parse_general(text, FileId(0), Limits::default()) {
        Ok(g) if g == f => Ok(true),
        Ok(g) => Err(format!("{text:?}\nfast:    {f:?}\ngeneral: {g:?}")),
        Err(d) => Err(format!(
            "{text:?}: fast read it, general refused: {}",
            d.message
        )),
    }
}

#[test]
fn generated_datasets_take_the_fast_reader() {
    for seed in 0..4 {
        let text = crate::generate::dataset(40, 6, 300, seed);
        assert_eq!(agrees(&text), Ok(true), "seed {seed}");
    }
}

#[test]
fn every_yaml_file_of_the_project_reads_alike() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("tests"), root.join("data"), root.join("examples")];
    let mut read = 0;
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml"))
                && let Ok(text) = std::fs::read_to_string(&p)
            {
                if let Err(e) = agrees(&text) {
                    panic!("{}: {e}", p.display());
                }
                read += 1;
            }
        }
    }
    assert!(read > 20, "only {read} YAML files found");
}

#[test]
fn json_datasets_take_the_fast_reader() {
    let text = crate::generate::dataset(40, 6, 300, 7);
    let tree = parse_general(&text, FileId(0), Limits::default()).unwrap();
    let json = serde_json::to_string_pretty(&tree.to_json()).unwrap();
    assert_eq!(agrees(&json), Ok(true));
    let compact = serde_json::to_string(&tree.to_json()).unwrap();
    assert_eq!(agrees(&compact), Ok(true));
    let lists = "k: [1,\n  2, {a: 1.5e3,\n    b: x}]  # c\nj: {\"q\":[x]}\n";
    assert_eq!(agrees(lists), Ok(true));
}

#[test]
fn a_mistake_in_json_is_reported_where_it_is() {
    let text =
        "{\n  \"events\": [\n    {\"id\": \"e1\", \"nmae\": \"Raid\", \"date\": 2024}\n  ]\n}\n";
    assert!(fast(text).is_some());
    let mut set = crate::source::SourceSet::new();
    set.add("case.json", text);
    let (_, diags) = crate::input::parse_sources(&set, Limits::default());
    let unknown = diags
        .iter()
        .find(|d| d.code == crate::diag::Code::UnknownField)
        .expect("the misspelt field is reported");
    let at = unknown.span().unwrap();
    assert_eq!(&text[at.start as usize..at.end as usize], "\"nmae\"");
    assert!(unknown.help.as_deref().unwrap_or("").contains("`name`"));
}

#[test]
fn spans_follow_the_general_reader() {
    let text = "a: 1\nb:\n- x\n- {k: \"v\", j: [1, 2.5, -3]}\n- id: y\n  n: 'q'\nc:\nd: ~\n";
    assert_eq!(agrees(text), Ok(true));
    let n = fast(text).unwrap();
    let Value::Map(entries) = &n.value else {
        panic!("not a map")
    };
    // A key with nothing after it is null, placed at its colon.
    let (c, null) = &entries[2];
    assert_eq!(c.value, Value::Str("c".into()));
    assert_eq!((null.span.start, null.span.end), (c.span.end, c.span.end));
    assert_eq!(null.value, Value::Null);
}

#[test]
fn the_general_reader_gets_what_the_subset_leaves() {
    for text in [
        "",
        "# only a comment\n",
        "a:\tb\n",
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a: |\n  text\n",
        "a: plain\n  continued\n",
        "a: 1\na: 2\n",
        "- \n- b\n",
        "a: [1,\n2]\n",
        "a: \"line\n  two\"\n",
        "---\na: 1\n",
        "a: b: c\n",
        "a: 0x1F\n",
        "a: [x, ]\n",
        "a: 'x'y\n",
        "a: \"\\q\"\n",
        "x\n",
        "a: 1\r\n",
        "\u{feff}a: 1\n",
    ] {
        assert!(fast(text).is_none(), "{text:?}");
    }
}

#[test]
fn limits_stay_with_the_general_reader() {
    let deep = format!("a: {}1{}\n", "[".repeat(70), "]".repeat(70));
    assert!(fast(&deep).is_none());
    let limits = Limits {
        max_nodes: 10,
        ..Limits::default()
    };
    let many = (0..20).map(|i| format!("k{i}: {i}\n")).collect::<String>();
    assert!(super::parse(&many, FileId(0), &limits).is_none());
}

fn token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "a",
        "id",
        "x y",
        "1",
        "-2",
        "0",
        "01",
        "1.5",
        "00.5",
        "2020-01",
        "2020-01-02",
        "~",
        "null",
        "true",
        "False",
        "no",
        ": ",
        ":",
        "- ",
        "-",
        "\n",
        "\n  ",
        "\n    ",
        "  ",
        " ",
        "#c",
        " # c",
        "[",
        "]",
        "{",
        "}",
        ", ",
        ",",
        "\"q\"",
        "'s'",
        "'it''s'",
        "\"e\\n\"",
        "\"\\x41\"",
        "\"\\u00e9\"",
        "é",
        "a:b",
        "http://x",
        "&a",
        "*a",
        "!t",
        "|",
        ">",
        "?",
        "---",
        "\"",
        "'",
        "\\",
        "a#b",
        "_",
        "%",
        "9223372036854775808",
        "-0",
        "1e3",
        ".5",
        "+1",
    ])
}

fn frame() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "k: ",
        "- ",
        "k:\n  - ",
        "- k: ",
        "k: [",
        "k: {a: ",
        "- {id: ",
        "k:\n  j: ",
        "a: 1\nk: ",
        "- a\n- ",
        "k:\n- ",
        "k:\n- a: ",
        "- a: 1\n  b: ",
        "k:\n  - a: 1\n    b: ",
        "t: x\nk:\n- id: 1\n  n: ",
        "k:\n- a\nj: ",
    ])
}

proptest! {
    #[test]
    fn random_text_reads_alike(frame in frame(), tokens in prop::collection::vec(token(), 0..12), newline: bool) {
        let mut text = String::from(frame);
        text.extend(tokens);
        if newline {
            text.push('\n');
        }
        prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
    }
}

/// Scalars whose type or text YAML readers disagree on most often: each
/// is read alike, or left to the general reader.
#[test]
fn tricky_scalars_read_alike() {
    let scalars = [
        "0x1F",
        "0o17",
        "017",
        "+12",
        "-0",
        "1_000",
        ".5",
        "5.",
        "1e3",
        "1E+3",
        "-1.5e-3",
        ".inf",
        "-.Inf",
        ".NaN",
        "~",
        "null",
        "Null",
        "NULL",
        "true",
        "True",
        "TRUE",
        "yes",
        "No",
        "on",
        "2024-06",
        "2024-06-03",
        "..2024-12-03",
        "~2024-09",
        "a:b",
        "a: b",
        "a #b",
        "a#b",
        "'it''s'",
        "\"\\u00e9\\t\\\"\"",
        "\"a\\\nb\"",
        "-",
        "- a",
        "?",
        "? a",
        "[]",
        "{}",
        "[a, 'b, c']",
        "{a: 1, b: [2, 3]}",
        "'#'",
        "@x",
        "`x",
        "%x",
        "!x",
        "&a x",
        "*a",
        "|",
        ">",
        "x:",
        "é",
        "日本",
        "\"\"",
        "''",
        "a  b",
        "a ",
        " a",
        "[a,b]",
        "[a ,b]",
        "{a:1}",
        "\"a\" # c",
        "'a'b",
        "\"a\"b",
        "1:2",
        "12:30",
        "0.",
        "-.5",
        "+.5",
        "1__0",
        "0b101",
        "{: a}",
        "{a: }",
        "{: }",
        "[, ]",
        "[a, , b]",
        "{a, b}",
        "[: a]",
        ": a",
    ];
    for s in scalars {
        for text in [
            format!("k: {s}\n"),
            format!("- {s}\n"),
            format!("k:\n  - {s}\n  - x\n"),
            format!("k: [{s}]\n"),
            format!("{s}: v\n"),
        ] {
            if let Err(e) = agrees(&text) {
                panic!("{e}");
            }
        }
    }
}
