//! Texts that may be given in several languages: `name: Europol`, or
//! `name: {en: Public Prosecution Service, nl: Openbaar Ministerie}`; and the
//! dataset's `lang:`. Every language code is checked for its shape here, and
//! every text as any text is; what a reader is shown is the model's choice.

use super::super::yaml::{Node, Value};
use super::{Record, Sp, Text, TextKind, text, wrong_kind};
use crate::diag::{Code, Diagnostic};
use crate::lang::{Translations, check_lang};

/// A text as read: the string written, or the English text of a mapping,
/// else its first; with the texts of every language when a mapping was
/// written (empty otherwise).
pub(super) type Localised = (Option<Sp<Text>>, Translations);

impl Record<'_> {
    /// An optional field that may be given in several languages.
    pub(super) fn localised(
        &self,
        name: &str,
        kind: TextKind,
        diags: &mut Vec<Diagnostic>,
    ) -> Localised {
        split(
            self.get(name)
                .and_then(|n| localised_text(n, name, kind, diags)),
        )
    }

    /// A required field that may be given in several languages.
    pub(super) fn required_localised(
        &self,
        name: &str,
        what: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Localised {
        split(self.required_with(name, what, diags, |n, diags| {
            localised_text(n, name, TextKind::Line, diags)
        }))
    }
}

/// The text and its languages apart; nothing read gives neither.
fn split(read: Option<(Sp<Text>, Translations)>) -> Localised {
    read.map_or_else(Default::default, |(t, langs)| (Some(t), langs))
}

/// How a text in several languages is written, for hints.
fn form(field: &str) -> String {
    let (en, nl) = match field {
        "short" => ("PPS", "OM"),
        "title" => ("The action day", "De actiedag"),
        "description" | "text" => ("Three arrests.", "Drie aanhoudingen."),
        _ => ("Public Prosecution Service", "Openbaar Ministerie"),
    };
    format!("write one text, or one per language: `{field}: {{en: {en}, nl: {nl}}}`")
}

/// Reads a text or a mapping of language codes to texts. For a mapping, every
/// problem is reported (a code that is not one, a language given twice, an
/// empty or missing text) and `None` returned when there is any; the text
/// returned is then the English one, else the first, at its own span.
pub(super) fn localised_text(
    node: &Node,
    field: &str,
    kind: TextKind,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Sp<Text>, Translations)> {
    let Value::Map(entries) = &node.value else {
        if let Value::Seq(_) = node.value {
            diags.push(
                wrong_kind(node, &format!("text for `{field}`"))
                    .help(format!("`{field}` takes a single value; {}", form(field))),
            );
            return None;
        }
        return text(node, field, kind, diags).map(|t| (t, Translations::default()));
    };
    if entries.is_empty() {
        diags.push(
            Diagnostic::error(
                Code::MissingField,
                node.span,
                format!("`{field}` has no text in any language"),
            )
            .label("an empty mapping")
            .help(form(field)),
        );
        return None;
    }
    let before = diags.len();
    let mut read: Vec<(Sp<Text>, Sp<Text>)> = Vec::new();
    for (k, v) in entries {
        let Some(lang) = language(k, field, &read, diags) else {
            continue;
        };
        if let Some(t) = entry_text(&lang, v, field, kind, diags) {
            read.push((lang, t));
        }
    }
    if diags.len() > before {
        return None;
    }
    let langs = Translations::new(read.iter().map(|(l, t)| (l.value.clone(), t.value.clone())));
    let shown = langs.pick("en")?;
    let (_, at) = read.iter().find(|(_, t)| t.value == shown)?;
    Some((at.clone(), langs))
}

/// A key of a text's mapping: a language code not given before in `read`.
fn language(
    key: &Node,
    field: &str,
    read: &[(Sp<Text>, Sp<Text>)],
    diags: &mut Vec<Diagnostic>,
) -> Option<Sp<Text>> {
    let tag = match &key.value {
        Value::Str(s) => s.to_string(),
        other => {
            diags.push(
                Diagnostic::error(
                    Code::BadLanguage,
                    key.span,
                    format!(
                        "a language code in `{field}` must be text, found {}",
                        other.kind_name()
                    ),
                )
                .label("not a language code")
                .help(form(field)),
            );
            return None;
        }
    };
    if let Some((first, _)) = read
        .iter()
        .find(|(l, _)| l.value.eq_ignore_ascii_case(&tag))
    {
        diags.push(
            Diagnostic::error(
                Code::DuplicateKey,
                key.span,
                format!("`{field}` gives the language `{tag}` twice"),
            )
            .label("given again here")
            .with_label(first.span, "first given here")
            .help("language codes are the same in capitals and small letters; keep one text per language"),
        );
        return None;
    }
    check_tag(&tag, key, field, diags).map(|()| Sp::new(tag.into(), key.span))
}

/// Reports `tag` at `at` unless it is a language code.
fn check_tag(tag: &str, at: &Node, field: &str, diags: &mut Vec<Diagnostic>) -> Option<()> {
    match check_lang(tag) {
        Ok(()) => Some(()),
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    Code::BadLanguage,
                    at.span,
                    format!("`{tag}` in `{field}` is not a language code: {e}"),
                )
                .label("not a language code")
                .help(e.hint()),
            );
            None
        }
    }
}

/// The text of one language: present, not empty, one line unless `kind` allows more.
fn entry_text(
    lang: &Sp<Text>,
    v: &Node,
    field: &str,
    kind: TextKind,
    diags: &mut Vec<Diagnostic>,
) -> Option<Sp<Text>> {
    let empty = match &v.value {
        Value::Null => Some(lang.span),
        Value::Str(s) if s.trim().is_empty() => Some(v.span),
        Value::Seq(_) | Value::Map(_) => {
            diags.push(
                wrong_kind(v, &format!("text for `{field}` in `{}`", lang.value))
                    .help(format!("each language takes one text; {}", form(field))),
            );
            return None;
        }
        _ => None,
    };
    if let Some(at) = empty {
        diags.push(
            Diagnostic::error(
                Code::MissingField,
                at,
                format!("the `{}` text of `{field}` is empty", lang.value),
            )
            .label("a text is required here")
            .help(format!(
                "give the `{}` text, or leave the language out",
                lang.value
            )),
        );
        return None;
    }
    text(v, field, kind, diags)
}

/// `lang:` of a dataset: a language code.
pub(super) fn read_lang(top: &Record, diags: &mut Vec<Diagnostic>) -> Option<Sp<Text>> {
    let node = top.get("lang")?;
    let tag = text(node, "lang", TextKind::Line, diags)?;
    check_tag(&tag.value, node, "lang", diags)?;
    Some(tag)
}
