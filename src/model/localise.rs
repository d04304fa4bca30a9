//! Choosing the language a dataset's texts are shown in: each text given in
//! several languages (`name: {en: ..., nl: ...}`) becomes the one for the
//! reader's language, by [`Translations::pick`]'s fallback.

use super::{Model, Translations};

/// Sets `text` to `langs`' text for `lang`; a text written as one string stays.
fn choose(text: &mut String, langs: &Translations, lang: &str) {
    if let Some(t) = langs.pick(lang) {
        t.clone_into(text);
    }
}

/// [`choose`] for an optional text.
fn choose_opt(text: &mut Option<String>, langs: &Translations, lang: &str) {
    if let Some(t) = langs.pick(lang) {
        *text = Some(t.to_string());
    }
}

impl Model {
    /// Shows every text given in several languages in `lang`, a language tag
    /// such as `nl` or `pt-BR` (check one from a user with
    /// [`check_lang`](crate::check_lang); any case): the names and short labels
    /// of agencies, teams, events and context records, chapters' titles and
    /// texts, the dataset's title, cases and description. Each takes the text
    /// for `lang`; else for a shorter tag (`pt-BR`, then `pt`); else another
    /// variety of the language (`pt-PT`); else English; else the first text
    /// written. Texts written as one string, `local_name`, sources' titles
    /// (cited as published), ids and everything else stay as they are, and so
    /// does [`Model::lang`]. The authorities coopline names for a country the
    /// sources name alone ("Authorities of Lithuania") are named in `lang` if
    /// coopline speaks it ([`crate::Lang`]), else in English. Localising
    /// again, to any language, gives the same as localising once to the last.
    ///
    /// [`validate`](crate::validate) has already chosen the dataset's `lang:`,
    /// else English, so nothing needs calling when no language is asked for.
    pub fn localise(&mut self, lang: &str) {
        choose_opt(&mut self.title, &self.title_langs, lang);
        choose_opt(&mut self.description, &self.description_langs, lang);
        for (case, langs) in self.cases.iter_mut().zip(&self.case_langs) {
            choose(case, langs, lang);
        }
        // A country's authorities are named by coopline, in the language
        // asked for if it speaks it.
        let speaking = crate::i18n::speak(crate::i18n::Lang::from_tag(lang).unwrap_or_default());
        for a in &mut self.agencies {
            if a.implicit {
                let (country, code) = (a.country.name(), a.country.code());
                a.name = crate::i18n::t!("implicit-name", country = country);
                a.short = Some(crate::i18n::t!("implicit-short", code = code));
                a.notes = Some(crate::i18n::t!("implicit-note"));
                continue;
            }
            choose(&mut a.name, &a.name_langs, lang);
            choose_opt(&mut a.short, &a.short_langs, lang);
        }
        drop(speaking);
        for t in &mut self.teams {
            choose(&mut t.name, &t.name_langs, lang);
        }
        for e in &mut self.events {
            choose(&mut e.name, &e.name_langs, lang);
        }
        for c in &mut self.context {
            choose(&mut c.name, &c.name_langs, lang);
            choose_opt(&mut c.short, &c.short_langs, lang);
        }
        for c in &mut self.chapters {
            choose(&mut c.title, &c.title_langs, lang);
            choose_opt(&mut c.text, &c.text_langs, lang);
        }
    }

    /// The model with its texts in `lang`: [`Model::localise`] on a copy.
    pub fn localised(&self, lang: &str) -> Model {
        let mut m = self.clone();
        m.localise(lang);
        m
    }
}
