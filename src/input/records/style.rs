//! `style:`: colours a dataset sets, read as text; validation checks them.

use super::super::yaml::{Node, Value};
use super::{RawDataset, Record, STYLE, TextKind, text, wrong_kind};
use crate::diag::Diagnostic;

/// Reads `style:`: a mapping of keys to colours, both as text.
pub(super) fn read_style(node: &Node, raw: &mut RawDataset, diags: &mut Vec<Diagnostic>) {
    let Some(style) = Record::open(node, "the style", STYLE, diags) else {
        return;
    };
    let Some(colors) = style.get("colors") else {
        return;
    };
    let Value::Map(entries) = &colors.value else {
        diags.push(
            wrong_kind(colors, "a mapping of keys to colours")
                .help("write one `KEY: \"#rrggbb\"` per line, e.g. `FR: \"#0055a4\"`"),
        );
        return;
    };
    for (k, v) in entries {
        if v.value == Value::Null {
            diags.push(wrong_kind(v, "a colour").help(
                "put the colour in quotes: `\"#0055a4\"` (an unquoted `#` starts a YAML comment)",
            ));
            continue;
        }
        if let (Some(k), Some(v)) = (
            text(k, "colors", TextKind::Line, diags),
            text(v, "colors", TextKind::Line, diags),
        ) {
            raw.colors.push((k, v));
        }
    }
}
