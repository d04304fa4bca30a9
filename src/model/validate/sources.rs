//! Sources: each has a title and an id, and its url is a web or mail link (no
//! `javascript:` or `file:` link can reach a picture).

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::{Id, Source};

fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(char::is_whitespace)
}

impl Validator<'_> {
    pub(super) fn source(&mut self, r: &crate::input::RawSource) -> Option<Source> {
        let url = match &r.url {
            Some(u) if !is_safe_url(&u.value) => {
                self.error(
                    Diagnostic::error(Code::UnsafeUrl, u.span, format!("the url `{}` is not a web or mail link", u.value))
                        .label("only http, https and mailto links are allowed")
                        .help("give the full address starting with `https://`; other schemes (javascript:, data:, file:) would become live links in the pictures"),
                );
                None
            }
            u => u.as_ref().map(|u| u.value.clone()),
        };
        let date = self.opt_date(&r.date, "date");
        Some(Source {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            title: r.title.as_ref()?.value.clone(),
            publisher: r.publisher.as_ref().map(|p| p.value.clone()),
            url: if r.url.is_some() { Some(url?) } else { None },
            date: date.ok()?,
            span: r.span,
        })
    }
}
