//! Sources: each has a title and an id, and its url is a web or mail link (no
//! `javascript:` or `file:` link can reach a picture).

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::input::Text;
use crate::model::{Id, Source};

fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(char::is_whitespace)
}

impl Validator<'_> {
    pub(super) fn source(&mut self, r: &crate::input::RawSource) -> Option<Source> {
        let url = r.url.as_ref().map(|u| self.safe_url(u));
        let urls: Vec<Option<String>> = r.urls.iter().map(|u| self.safe_url(u)).collect();
        let archived = r.archived.as_ref().map(|u| self.safe_url(u));
        let date = self.opt_date(&r.date, "date");
        let accessed = self.opt_date(&r.accessed, "accessed");
        let mut source = Source {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            title: r.title.as_ref()?.as_str().to_owned(),
            publisher: r.publisher.as_ref().map(|p| p.as_str().to_owned()),
            url: url.map_or(Some(None), |u| u.map(Some))?,
            urls: urls.into_iter().collect::<Option<Vec<String>>>()?,
            archived: archived.map_or(Some(None), |u| u.map(Some))?,
            accessed: accessed.ok()?,
            date: date.ok()?,
            span: r.span,
        };
        // Links without a main one: the first is the main one.
        if source.url.is_none() && !source.urls.is_empty() {
            source.url = Some(source.urls.remove(0));
        }
        Some(source)
    }

    /// The link as written if it is a web or mail link, else a located error.
    fn safe_url(&mut self, u: &crate::input::Sp<Text>) -> Option<String> {
        if is_safe_url(&u.value) {
            return Some(u.as_str().to_owned());
        }
        self.error(
            Diagnostic::error(Code::UnsafeUrl, u.span, format!("the url `{}` is not a web or mail link", u.value))
                .label("only http, https and mailto links are allowed")
                .help("give the full address starting with `https://`; other schemes (javascript:, data:, file:) would become live links in the pictures"),
        );
        None
    }
}
