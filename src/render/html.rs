//! Scenes → one self-contained web page: an explainer that tells the case
//! chapter by chapter beside a sticky picture, with a tab per view (each drawn
//! for a desktop and for a phone's column), a table of every record, a search
//! box, a details panel, and the sources.
//!
//! Every dataset string reaches the page escaped (text and attribute values by
//! the same code as every XML output, which HTML reads alike, or JSON with `<`,
//! `>` and `&` written as `\u003c`...), and a Content-Security-Policy
//! allows only the page's own script, by hash: a label that slipped through
//! escaping still could not run.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::i18n::t;
use crate::page::{PageChapter, PageData, PageRecord, PageSource};
use crate::render::svg::{Tips, render_svg_in_page};
use crate::scene::Scene;
use crate::xml::{Attr, Text, safe_href};

/// The page's behaviour. It only ever writes text with `textContent` and
/// toggles classes and attributes; it never builds markup from data.
const SCRIPT: &str = include_str!("../../assets/html/page.js");

const STYLE: &str = include_str!("../../assets/html/page.css");

/// One view on the page: its tab's name and its pictures.
pub struct PagePicture<'a> {
    /// The view's name (`timeline`), which `#view=` and the tab use.
    pub view: &'a str,
    /// Drawn for a desktop's width.
    pub wide: &'a Scene,
    /// Drawn for a phone's column; `None` shows the wide picture there too.
    pub narrow: Option<&'a Scene>,
}

/// JSON that cannot end its `<script>` element or open a comment, whatever the data.
fn script_json(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// What the script reads: per agency, every record id the picture may tag
/// with it (the search); per record, what the details panel says; the
/// sources' titles and links (only those a page may follow).
fn index(page: &PageData, tips: &Tips) -> serde_json::Value {
    let agencies: Vec<serde_json::Value> = page
        .agencies
        .iter()
        .map(|a| {
            serde_json::json!({
                "id": a.id,
                "name": a.name,
                "short": a.short,
                "local": a.local,
                "country": a.country,
                "country_name": a.country_name,
                "kind": a.kind,
                "notes": a.notes,
                "related": a.related,
            })
        })
        .collect();
    let records: serde_json::Map<String, serde_json::Value> = page
        .records
        .iter()
        .map(|r| {
            (
                r.id.clone(),
                serde_json::json!({
                    "kind": r.kind,
                    "name": r.name,
                    "when": r.when,
                    "who": r.who,
                    "places": r.places,
                    "outcomes": r.outcomes,
                    "notes": r.notes,
                    "confidence": r.confidence,
                    "sources": r.sources,
                }),
            )
        })
        .collect();
    let sources: Vec<serde_json::Value> = page
        .sources
        .iter()
        .map(|s| {
            serde_json::json!({
                "id": s.id,
                "title": s.title,
                "lead": source_lead(s),
                "url": s.url.as_deref().filter(|u| safe_href(u)),
            })
        })
        .collect();
    serde_json::json!({
        "agencies": agencies,
        "records": records,
        "sources": sources,
        "tips": tips.texts,
        "words": words(page),
    })
}

/// What the script writes itself, in the page's language. Counts are written
/// out for every number they can take (no more matches than agencies), since
/// the plural forms of a language are Fluent's to choose; `{name}` and `{n}`
/// are filled in by the script.
fn words(page: &PageData) -> serde_json::Value {
    let many: Vec<String> = (0..=page.agencies.len())
        .map(|n| t!("page-search-count", count = n))
        .collect();
    let chapters = page.chapters.len();
    serde_json::json!({
        "none": t!("page-search-none"),
        "one": t!("page-search-one", name = "{name}"),
        "many": many,
        "chapter": t!("page-chapter-of", number = "{n}", total = chapters),
        "chapters": t!("page-chapter-count", count = chapters),
        "confidence": t!("page-confidence", level = "{level}"),
        "who": t!("page-detail-who"),
        "where": t!("page-detail-where"),
        "outcomes": crate::i18n::static_text("tip-outcomes"),
        "sources": t!("page-sources"),
    })
}

/// `Publisher, date` of a source, or nothing.
fn source_lead(s: &PageSource) -> Option<String> {
    let lead: Vec<&str> = [s.publisher.as_deref(), s.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    (!lead.is_empty()).then(|| lead.join(", "))
}

/// The tab names people read: the view's message (`view-timeline`), else
/// its name with a capital.
fn tab_label(view: &str) -> String {
    let key = format!("view-{view}");
    if let Some(name) = crate::i18n::format(crate::i18n::lang(), &key, None)
        .or_else(|| crate::i18n::format(crate::i18n::Lang::En, &key, None))
    {
        return name;
    }
    let mut c = view.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The page of one picture (no phone drawing, no other views).
pub fn render_html(scene: &Scene, page: &PageData) -> String {
    render_page(
        &[PagePicture {
            view: "picture",
            wide: scene,
            narrow: None,
        }],
        page,
        "picture",
    )
}

/// The page, as UTF-8 text: a tab per picture (`open` is shown first), the
/// story, the table of records, the agencies and the sources.
pub fn render_page(pictures: &[PagePicture], page: &PageData, open: &str) -> String {
    let Some(first) = pictures.first() else {
        return String::new();
    };
    let _speaking = crate::i18n::speak(page.lang);
    let bg = first.wide.background;
    let dark = bg.luminance() < 0.3;
    let (ink, muted, rule, mark, accent) = if dark {
        ("#f2f2f5", "#b4b4be", "#44444c", "#3a3a20", "#56b4e9")
    } else {
        ("#1b1b1f", "#56565f", "#d8d8de", "#fff3c4", "#0072b2")
    };
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(SCRIPT));
    let title = if first.wide.title.is_empty() {
        "coopline"
    } else {
        first.wide.title.as_str()
    };
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'sha256-{hash}'; img-src data:; \
         base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"generator\" content=\"coopline\">\n<title>{}</title>\n\
         <style>:root{{--bg:{bg};--ink:{ink};--muted:{muted};--rule:{rule};--mark:{mark};--accent:{accent};color-scheme:{}}}{STYLE}</style>\n\
         </head>\n<body data-chapter=\"0\">\n<a class=\"skip\" href=\"#records-heading\">{}</a>\n\
         <header>\n<h1>{}</h1>\n",
        Text(title),
        if dark { "dark" } else { "light" },
        Text(&t!("page-skip")),
        Text(title),
        lang = crate::i18n::lang().code(),
    );
    if let Some(d) = &page.description {
        let _ = writeln!(h, "<p>{}</p>", Text(d));
    }
    h.push_str("</header>\n<main id=\"explainer\">\n<div id=\"stage\">\n");
    tabs(&mut h, pictures, open);
    search(&mut h, page);
    h.push_str("<div id=\"panels\">\n");
    let mut tips = Tips::default();
    for (i, p) in pictures.iter().enumerate() {
        let shown = if p.view == open { "" } else { " hidden" };
        let _ = write!(
            h,
            "<section role=\"tabpanel\" id=\"panel-{v}\" aria-labelledby=\"tab-{v}\" data-view=\"{v}\"{shown}>\n\
             <figure class=\"picture\">\n<div class=\"wide{}\">\n",
            if p.narrow.is_none() { " both" } else { "" },
            v = Attr(p.view),
        );
        h.push_str(&render_svg_in_page(p.wide, &format!("v{i}w-"), &mut tips));
        h.push_str("</div>\n");
        if let Some(n) = p.narrow {
            h.push_str("<div class=\"narrow\">\n");
            h.push_str(&render_svg_in_page(n, &format!("v{i}n-"), &mut tips));
            h.push_str("</div>\n");
        }
        h.push_str("</figure>\n</section>\n");
    }
    table(&mut h, page, open == "table");
    h.push_str("</div>\n</div>\n");
    story(&mut h, page);
    let _ = write!(
        h,
        "</main>\n<aside id=\"details\" aria-labelledby=\"details-heading\" hidden>\n\
         <div class=\"details-head\"><h2 id=\"details-heading\">{}</h2>\
         <button type=\"button\" id=\"details-close\" aria-label=\"{}\">{}</button></div>\n\
         <div id=\"detail-body\"></div>\n</aside>\n",
        Text(&t!("page-details")),
        Attr(&t!("page-details-close-label")),
        Text(&t!("page-details-close")),
    );
    agencies(&mut h, page);
    sources(&mut h, page);
    let _ = write!(
        h,
        "<footer><p>{}</p></footer>\n\
         <script type=\"application/json\" id=\"coopline-index\">{}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        Text(&t!("page-footer")),
        script_json(&index(page, &tips))
    );
    h
}

fn tabs(h: &mut String, pictures: &[PagePicture], open: &str) {
    let _ = writeln!(
        h,
        "<div role=\"tablist\" id=\"views\" aria-label=\"{}\">",
        Attr(&t!("page-views"))
    );
    let names = pictures.iter().map(|p| p.view).chain(["table"]);
    for v in names {
        let on = v == open;
        let _ = writeln!(
            h,
            "<button type=\"button\" role=\"tab\" id=\"tab-{v}\" data-view=\"{v}\" aria-controls=\"panel-{v}\" aria-selected=\"{on}\" tabindex=\"{}\">{}</button>",
            if on { 0 } else { -1 },
            Text(&tab_label(v)),
            v = Attr(v),
        );
    }
    h.push_str("</div>\n");
}

fn search(h: &mut String, page: &PageData) {
    let _ = writeln!(
        h,
        "<div class=\"search\" role=\"search\">\n<label for=\"q\">{}</label>\n\
         <input id=\"q\" type=\"search\" list=\"agency-names\" autocomplete=\"off\" \
         placeholder=\"{}\">\n\
         <span id=\"hits\" aria-live=\"polite\"></span>\n</div>\n<datalist id=\"agency-names\">",
        Text(&t!("page-search")),
        Attr(&t!("page-search-placeholder")),
    );
    let names: BTreeSet<&str> = page.agencies.iter().map(|a| a.label.as_str()).collect();
    for n in names {
        let _ = writeln!(h, "<option value=\"{}\"></option>", Attr(n));
    }
    h.push_str("</datalist>\n");
}

/// Links to sources, by position in the page's list.
fn source_links(h: &mut String, page: &PageData, which: &[usize]) {
    for (k, s) in which
        .iter()
        .filter_map(|&i| page.sources.get(i))
        .enumerate()
    {
        if k > 0 {
            h.push_str("; ");
        }
        if let Some(l) = source_lead(s) {
            let _ = write!(h, "{}: ", Text(&l));
        }
        match s.url.as_deref().filter(|u| safe_href(u)) {
            Some(u) => link(h, u, &s.title),
            None => {
                let _ = write!(
                    h,
                    "<a href=\"#source-{}\">{}</a>",
                    Attr(&s.id),
                    Text(&s.title)
                );
            }
        }
    }
}

fn story(h: &mut String, page: &PageData) {
    let n = page.chapters.len();
    let _ = write!(
        h,
        "<div id=\"story\">\n<h2 id=\"story-heading\">{}</h2>\n\
         <p class=\"meta\">{}</p>\n\
         <ol id=\"chapters\" aria-labelledby=\"story-heading\">\n",
        Text(&t!("page-story", count = n)),
        Text(&t!("page-story-how")),
    );
    for (i, c) in page.chapters.iter().enumerate() {
        chapter(h, page, i + 1, c);
    }
    let _ = write!(
        h,
        "</ol>\n<nav id=\"story-nav\" aria-label=\"{}\">\
         <button type=\"button\" id=\"prev\">{}</button>\
         <span id=\"chapter-status\" aria-live=\"polite\">{}</span>\
         <button type=\"button\" id=\"next\">{}</button></nav>\n</div>\n",
        Attr(&t!("page-chapters")),
        Text(&t!("page-previous")),
        Text(&t!("page-chapter-count", count = n)),
        Text(&t!("page-next")),
    );
}

fn chapter(h: &mut String, page: &PageData, n: usize, c: &PageChapter) {
    let _ = write!(
        h,
        "<li class=\"chapter\" id=\"chapter-{n}\" data-records=\"{}\">\n<h3><span class=\"number\">{n}</span> {}</h3>\n",
        Attr(&c.records.join(" ")),
        Text(&c.title)
    );
    if let Some(w) = &c.when {
        let _ = writeln!(h, "<p class=\"when\">{}</p>", Text(w));
    }
    if let Some(t) = &c.text {
        let _ = writeln!(h, "<p class=\"text\">{}</p>", Text(t));
    }
    if let Some(o) = &c.outcomes {
        let _ = writeln!(
            h,
            "<p class=\"outcomes\"><strong>{}</strong> {}</p>",
            Text(crate::i18n::static_text("tip-outcomes")),
            Text(o)
        );
    }
    if !c.sources.is_empty() {
        let _ = write!(
            h,
            "<p class=\"sources\"><strong>{}</strong> ",
            Text(crate::i18n::static_text("tip-sources"))
        );
        source_links(h, page, &c.sources);
        h.push_str("</p>\n");
    }
    h.push_str("</li>\n");
}

fn table(h: &mut String, page: &PageData, open: bool) {
    let _ = write!(
        h,
        "<section role=\"tabpanel\" id=\"panel-table\" aria-labelledby=\"tab-table\" data-view=\"table\"{}>\n\
         <table id=\"records\">\n<caption id=\"records-heading\" tabindex=\"-1\">{}</caption>\n\
         <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        if open { "" } else { " hidden" },
        Text(&t!("page-table-caption")),
        Text(&t!("page-when")),
        Text(&t!("page-what")),
        Text(&t!("page-who")),
        Text(&t!("page-where")),
        Text(&t!("page-outcomes")),
        Text(&t!("page-sources")),
    );
    for r in &page.records {
        row(h, page, r);
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn row(h: &mut String, page: &PageData, r: &PageRecord) {
    let _ = write!(
        h,
        "<tr data-record=\"{}\"><td>{}</td><th scope=\"row\">{}<br><span class=\"meta\">{}",
        Attr(&r.id),
        Text(&r.when),
        Text(&r.name),
        Text(&r.kind),
    );
    if let Some(c) = &r.confidence {
        let _ = write!(h, " · {}", Text(&t!("page-confidence", level = c.as_str())));
    }
    let _ = write!(
        h,
        "</span></th><td>{}</td><td>{}</td><td>{}</td><td>",
        Text(&r.who.join(", ")),
        Text(&r.places.join("; ")),
        Text(r.outcomes.as_deref().unwrap_or("")),
    );
    source_links(h, page, &r.sources);
    h.push_str("</td></tr>\n");
}

fn agencies(h: &mut String, page: &PageData) {
    let _ = writeln!(
        h,
        "<section id=\"agencies\">\n<h2>{}</h2>\n<ul>",
        Text(&t!("page-agencies"))
    );
    for a in &page.agencies {
        let _ = write!(
            h,
            "<li data-agency=\"{}\"><strong>{}</strong>",
            Attr(&a.id),
            Text(&a.name)
        );
        if let Some(s) = &a.short {
            let _ = write!(h, " ({})", Text(s));
        }
        let _ = write!(
            h,
            " <span class=\"meta\">· {} · {}</span>",
            Text(&a.country_name),
            Text(&a.kind)
        );
        if let Some(n) = &a.notes {
            let _ = write!(h, "<br><span class=\"notes\">{}</span>", Text(n));
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n</section>\n");
}

/// A link out of the page, opened apart from it; nothing for an address a
/// page may not follow.
fn link(h: &mut String, u: &str, text: &str) {
    if safe_href(u) {
        let _ = write!(
            h,
            "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
            Attr(u),
            Text(text)
        );
    }
}

fn sources(h: &mut String, page: &PageData) {
    let _ = writeln!(
        h,
        "<section id=\"sources\">\n<h2>{}</h2>\n<ol>",
        Text(&t!("page-sources"))
    );
    for s in &page.sources {
        let _ = write!(h, "<li id=\"source-{}\">", Attr(&s.id));
        if let Some(l) = source_lead(s) {
            let _ = write!(h, "{}: ", Text(&l));
        }
        match s.url.as_deref().filter(|u| safe_href(u)) {
            Some(u) => link(h, u, &s.title),
            None => {
                let _ = write!(h, "{}", Text(&s.title));
            }
        }
        for (k, u) in s.urls.iter().enumerate() {
            if k == 0 {
                let _ = write!(h, " ({} ", Text(&t!("page-source-also")));
            } else {
                h.push_str(", ");
            }
            link(h, u, &t!("page-source-link", number = k + 2));
            if k + 1 == s.urls.len() {
                h.push(')');
            }
        }
        if let Some(a) = &s.archived {
            h.push_str(" · ");
            link(h, a, &t!("page-source-archived"));
        }
        if let Some(d) = &s.accessed {
            let _ = write!(
                h,
                " · {}",
                Text(&t!("page-source-accessed", date = d.as_str()))
            );
        }
        let _ = writeln!(h, " <span class=\"meta\">[{}]</span></li>", Text(&s.id));
    }
    h.push_str("</ol>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_element_cannot_close_it() {
        let v = serde_json::json!({"name": "</script><script>alert(1)</script><!--&"});
        let s = script_json(&v);
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
