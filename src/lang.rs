//! Languages: the tags that name them (`en`, `nl`, `pt-BR`) and texts given in
//! several of them (`name: {en: Public Prosecution Service, nl: Openbaar
//! Ministerie}`), with the fallback that picks one text for a reader.
//!
//! Tags are compared without regard to case (`pt-br` is `pt-BR`), as BCP 47
//! says, and kept as written.

use std::fmt;

/// Why text is not a language tag; the text completes "`X` is not a language
/// code: ".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LangError {
    /// Nothing was written.
    #[error("it is empty")]
    Empty,
    /// The parts are joined with `_` (`pt_BR`), as locales of some systems are.
    #[error("its parts are joined with `_`")]
    Underscore {
        /// The tag written with `-`.
        tag: String,
    },
    /// The name of a language (`English`, `Nederlands`) rather than its code.
    #[error("it is the name of a language")]
    Name {
        /// The code of the language named.
        code: &'static str,
    },
    /// Not of the shape of a BCP 47 tag.
    #[error(
        "a language code is two or three letters, then any parts of up to eight letters or digits, each after `-`"
    )]
    Shape,
}

impl LangError {
    /// What to write instead, as a hint.
    pub fn hint(&self) -> String {
        let example = "`en`, `nl`, `fr`, `pt-BR` (BCP 47: the ISO 639-1 letters of the language, then a region or script after `-`)";
        match self {
            LangError::Underscore { tag } => {
                format!("write `{tag}`: a language code joins its parts with `-`")
            }
            LangError::Name { code } => {
                format!("write `{code}`, the language's code; codes are such as {example}")
            }
            LangError::Empty | LangError::Shape => {
                format!("use a language code, such as {example}")
            }
        }
    }
}

/// Languages often written by name, with their code: English names and the
/// languages' own, lowercase.
const NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("german", "de"),
    ("deutsch", "de"),
    ("dutch", "nl"),
    ("nederlands", "nl"),
    ("flemish", "nl"),
    ("spanish", "es"),
    ("español", "es"),
    ("espanol", "es"),
    ("italian", "it"),
    ("italiano", "it"),
    ("portuguese", "pt"),
    ("português", "pt"),
    ("portugues", "pt"),
    ("polish", "pl"),
    ("polski", "pl"),
    ("swedish", "sv"),
    ("svenska", "sv"),
    ("danish", "da"),
    ("dansk", "da"),
    ("finnish", "fi"),
    ("suomi", "fi"),
    ("greek", "el"),
    ("czech", "cs"),
    ("čeština", "cs"),
    ("slovak", "sk"),
    ("slovenian", "sl"),
    ("croatian", "hr"),
    ("hungarian", "hu"),
    ("magyar", "hu"),
    ("romanian", "ro"),
    ("română", "ro"),
    ("bulgarian", "bg"),
    ("estonian", "et"),
    ("latvian", "lv"),
    ("lithuanian", "lt"),
    ("irish", "ga"),
    ("maltese", "mt"),
    ("norwegian", "no"),
    ("norsk", "no"),
    ("turkish", "tr"),
    ("ukrainian", "uk"),
    ("russian", "ru"),
    ("arabic", "ar"),
    ("chinese", "zh"),
    ("japanese", "ja"),
];

/// Checks that `tag` has the shape of a BCP 47 language tag: a language of two
/// or three letters (`en`, `nl`, `nds`), then any parts of one to eight letters
/// or digits, each after a `-` (`pt-BR`, `sr-Latn`, `es-419`). Which languages
/// exist is not checked. Case does not matter.
pub fn check_lang(tag: &str) -> Result<(), LangError> {
    if tag.is_empty() {
        return Err(LangError::Empty);
    }
    if let Some((_, code)) = NAMES.iter().find(|(n, _)| *n == tag.to_lowercase()) {
        return Err(LangError::Name { code });
    }
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    let shaped = (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if shaped {
        return Ok(());
    }
    if tag.contains('_') {
        let dashed = tag.replace('_', "-");
        if check_lang(&dashed).is_ok() {
            return Err(LangError::Underscore { tag: dashed });
        }
    }
    Err(LangError::Shape)
}

/// The texts of one field in several languages, keyed by language tag, in the
/// order written. No tag appears twice (in any case). Read from a dataset,
/// every tag also has the shape [`check_lang`] asks for and no text is empty
/// (the reader refuses the dataset otherwise). Empty for a field written as
/// one string, which is then the only text there is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translations(Vec<(String, String)>);

impl Translations {
    /// No texts, as a constant.
    pub(crate) const NONE: Translations = Translations(Vec::new());

    /// Texts from `(tag, text)` pairs in order; a pair whose tag was already
    /// given (in any case) is left out, so the first text of a language wins.
    pub fn new<T: Into<String>, U: Into<String>>(pairs: impl IntoIterator<Item = (T, U)>) -> Self {
        let mut t = Translations::default();
        for (lang, text) in pairs {
            t.push(lang.into(), text.into());
        }
        t
    }

    /// Adds a text, unless its language is already given.
    fn push(&mut self, lang: String, text: String) {
        if self.get(&lang).is_none() {
            self.0.push((lang, text));
        }
    }

    /// True when the field was written as one string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each language tag, as written, with its text, in the order written.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }

    /// The text given for exactly this language (`pt-BR` does not find `pt`),
    /// whatever the case of either tag.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(lang))
            .map(|(_, t)| t.as_str())
    }

    /// The text for a reader of `lang`: the text given for `lang`; else for
    /// each shorter tag it starts with (`pt-BR`, then `pt`); else for another
    /// variety of its language (`pt-PT` for `pt-BR`); else the English text the
    /// same way (`en`, then `en-GB`...); else the first text given. `None` only
    /// when there are no texts (the field was one string).
    pub fn pick(&self, lang: &str) -> Option<&str> {
        self.find(lang)
            .or_else(|| self.find("en"))
            .or_else(|| self.0.first().map(|(_, t)| t.as_str()))
    }

    /// The text for `lang` or a shorter tag, else for the same language.
    fn find(&self, lang: &str) -> Option<&str> {
        let mut tag = lang;
        loop {
            if let Some(t) = self.get(tag) {
                return Some(t);
            }
            match tag.rsplit_once('-') {
                Some((shorter, _)) => tag = shorter,
                None => break,
            }
        }
        self.0
            .iter()
            .find(|(l, _)| {
                l.split('-')
                    .next()
                    .is_some_and(|p| p.eq_ignore_ascii_case(tag))
            })
            .map(|(_, t)| t.as_str())
    }

    /// The languages of `self`, then those only `other` gives: the texts of a
    /// record defined again in another file, whose first definition wins.
    pub(crate) fn merged(mut self, other: &Translations) -> Translations {
        for (l, t) in other.iter() {
            self.push(l.to_string(), t.to_string());
        }
        self
    }
}

impl fmt::Display for Translations {
    /// `en: Europol, nl: Europol`: for messages and debugging.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (l, t)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{l}: {t}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_bcp_47_shape_are_accepted() {
        for ok in [
            "en",
            "nl",
            "pt-BR",
            "pt-br",
            "EN",
            "sr-Latn-RS",
            "es-419",
            "nds",
            "zh-Hant",
        ] {
            assert_eq!(check_lang(ok), Ok(()), "{ok}");
        }
        assert_eq!(check_lang(""), Err(LangError::Empty));
        assert_eq!(
            check_lang("pt_BR"),
            Err(LangError::Underscore {
                tag: "pt-BR".into()
            })
        );
        assert_eq!(check_lang("English"), Err(LangError::Name { code: "en" }));
        assert_eq!(
            check_lang("Nederlands"),
            Err(LangError::Name { code: "nl" })
        );
        for bad in [
            "e",
            "engl",
            "en-",
            "-en",
            "en--GB",
            "12",
            "en-toolongpart",
            "en GB",
            "fr_x_",
        ] {
            assert_eq!(check_lang(bad), Err(LangError::Shape), "{bad}");
        }
        assert!(
            LangError::Underscore {
                tag: "pt-BR".into()
            }
            .hint()
            .starts_with("write `pt-BR`")
        );
    }

    #[test]
    fn pick_falls_back_to_shorter_tags_then_the_language_then_english_then_the_first() {
        let t = Translations::new([
            ("fr", "Ministère public"),
            ("en", "Public Prosecution Service"),
            ("nl", "Openbaar Ministerie"),
            ("pt", "Ministério Público"),
        ]);
        assert_eq!(t.pick("nl"), Some("Openbaar Ministerie"));
        assert_eq!(t.pick("NL"), Some("Openbaar Ministerie"));
        assert_eq!(t.pick("nl-BE"), Some("Openbaar Ministerie"));
        assert_eq!(t.pick("pt-BR"), Some("Ministério Público"));
        assert_eq!(t.pick("de"), Some("Public Prosecution Service"));
        let regional = Translations::new([
            ("de", "Staatsanwaltschaft"),
            ("pt-PT", "Ministério Público"),
            ("en-GB", "Crown Prosecution"),
        ]);
        assert_eq!(regional.pick("pt-BR"), Some("Ministério Público"));
        assert_eq!(regional.pick("fr"), Some("Crown Prosecution"));
        let no_english = Translations::new([("de", "Staatsanwaltschaft"), ("nl", "OM")]);
        assert_eq!(no_english.pick("fr"), Some("Staatsanwaltschaft"));
        assert_eq!(Translations::default().pick("en"), None);
    }

    #[test]
    fn the_first_text_of_a_language_wins() {
        let t = Translations::new([("en", "A"), ("EN", "B")]);
        assert_eq!(t.iter().count(), 1);
        let merged = t.merged(&Translations::new([("en", "C"), ("nl", "D")]));
        assert_eq!(merged.to_string(), "en: A, nl: D");
    }
}
