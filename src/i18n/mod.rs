//! The words coopline writes itself (legends, subtitles, tooltips, the web
//! page), in the language asked for with `--lang` or a dataset's `lang:`.
//!
//! Messages live in one Fluent file per language (assets/locales/*.ftl);
//! dates, numbers and country names come from CLDR ([`cldr`]). A message
//! missing in a language falls back to English.
//!
//! The language is set for the time a picture is laid out and rendered
//! ([`speak`]), so that the low-level writers (a date, an amount, a country's
//! name) speak it without every function in between passing it on.

pub(crate) mod cldr;

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language coopline speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English (the default, and the fallback for any missing message).
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Dutch.
    Nl,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Polish.
    Pl,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every language coopline speaks, English first.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Nl,
        Lang::Es,
        Lang::It,
        Lang::Pl,
        Lang::Pt,
    ];

    /// The language's code (`fr`).
    pub fn code(self) -> &'static str {
        ["en", "fr", "de", "nl", "es", "it", "pl", "pt"][self as usize]
    }

    /// The language a BCP 47 tag asks for (`fr`, `fr-BE`, `pt-BR`), if
    /// coopline speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The codes of every language coopline speaks, for messages.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }
}

/// The Fluent file of each language, in [`Lang::ALL`]'s order.
const FTL: [&str; 8] = [
    include_str!("../../assets/locales/en.ftl"),
    include_str!("../../assets/locales/fr.ftl"),
    include_str!("../../assets/locales/de.ftl"),
    include_str!("../../assets/locales/nl.ftl"),
    include_str!("../../assets/locales/es.ftl"),
    include_str!("../../assets/locales/it.ftl"),
    include_str!("../../assets/locales/pl.ftl"),
    include_str!("../../assets/locales/pt.ftl"),
];

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language being spoken on this thread.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Speaks `lang` on this thread until the returned guard is dropped.
#[must_use = "the language is spoken only while the guard lives"]
pub fn speak(lang: Lang) -> Speaking {
    Speaking {
        previous: CURRENT.with(|c| c.replace(lang)),
    }
}

/// Restores the language spoken before [`speak`] when dropped.
pub struct Speaking {
    previous: Lang,
}

impl Drop for Speaking {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 8] = [const { OnceLock::new() }; 8];
    BUNDLES[lang as usize].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang
            .code()
            .parse()
            .expect("a shipped language's code parses");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks around placeables would be drawn as boxes by
        // renderers that do not know them, and measured as text.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_value));
        // A message the file gets wrong is reported by the tests
        // (`every_language_has_every_message`); here it falls back to English.
        let resource = FluentResource::try_new(FTL[lang as usize].to_string())
            .unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Numbers in messages are written as the language writes them (`1 234`).
fn format_value<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(cldr::integer(n.value as i64))
        }
        _ => None,
    }
}

/// The message `key` in the language spoken, with `args`; in English when the
/// language lacks it.
pub fn text(key: &str, args: Option<&FluentArgs>) -> String {
    let lang = lang();
    [lang, Lang::En]
        .into_iter()
        .find_map(|l| format(l, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// [`text`] without arguments, kept for the life of the program: for names
/// handed out as `&'static str` (a country's, an agency kind's).
pub fn static_text(key: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static KEPT: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = OnceLock::new();
    let lang = lang();
    let mut kept = KEPT
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    // Bounded: one entry per language and message.
    kept.entry((lang, key))
        .or_insert_with(|| Box::leak(text(key, None).into_boxed_str()))
}

/// The message `key` in `lang`, if the language has it.
pub(crate) fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// A message in the language spoken: `t!("legend-hosts")`, or with
/// arguments, `t!("subtitle-events", count = n)`.
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::text($key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), fluent_bundle::FluentValue::from($value)); )+
        $crate::i18n::text($key, Some(&args))
    }};
}
pub(crate) use t;

/// The message ids of a Fluent file, in order.
#[cfg(test)]
fn ids(ftl: &str) -> Vec<String> {
    let resource = FluentResource::try_new(ftl.to_string()).expect("the file parses");
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let english = ids(FTL[0]);
        assert!(english.len() > 20, "{english:?}");
        for lang in Lang::ALL {
            let ftl = FTL[lang as usize];
            if let Err((_, errors)) = FluentResource::try_new(ftl.to_string()) {
                panic!("{}.ftl does not parse: {errors:?}", lang.code());
            }
            let have = ids(ftl);
            let missing: Vec<_> = english.iter().filter(|k| !have.contains(k)).collect();
            assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
            let extra: Vec<_> = have.iter().filter(|k| !english.contains(k)).collect();
            assert!(
                extra.is_empty(),
                "{}.ftl has keys English lacks: {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn a_message_is_said_in_the_language_spoken_and_falls_back_to_english() {
        assert_eq!(lang(), Lang::En);
        {
            let _fr = speak(Lang::Fr);
            assert_eq!(lang(), Lang::Fr);
            assert_ne!(
                t!("view-timeline"),
                format(Lang::En, "view-timeline", None).unwrap()
            );
            assert_eq!(t!("no-such-message"), "no-such-message");
        }
        assert_eq!(lang(), Lang::En);
    }

    #[test]
    fn tags_name_languages() {
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("sv"), None);
        assert_eq!(Lang::codes(), "en, fr, de, nl, es, it, pl, pt");
    }
}
