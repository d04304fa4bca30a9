//! Scene → one self-contained web page: the SVG inline, a details panel fed by
//! each mark's hover text, a search box that highlights an agency with its teams
//! and events, and the full list of sources.
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

use crate::page::PageData;
use crate::render::svg::render_svg;
use crate::scene::Scene;
use crate::xml::{Attr, Text, safe_href};

/// The page's behaviour. It only ever writes text with `textContent` and
/// toggles classes; it never builds markup from data.
const SCRIPT: &str = include_str!("../../assets/html/page.js");

const STYLE: &str = include_str!("../../assets/html/page.css");

/// JSON that cannot end its `<script>` element or open a comment, whatever the data.
fn script_json(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The search index: per agency, every record id the picture may tag with it.
fn agency_index(page: &PageData) -> serde_json::Value {
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
                "related": a.related,
            })
        })
        .collect();
    serde_json::json!({ "agencies": agencies })
}

/// The page, as UTF-8 text. `scene` is the picture; `page` holds the agency
/// list, the search index and the sources.
pub fn render_html(scene: &Scene, page: &PageData) -> String {
    let svg = render_svg(scene);
    let svg = svg
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .unwrap_or(&svg);
    let bg = scene.background;
    let dark = bg.luminance() < 0.3;
    let (ink, muted, rule, mark, accent) = if dark {
        ("#f2f2f5", "#b4b4be", "#44444c", "#3a3a20", "#56b4e9")
    } else {
        ("#1b1b1f", "#56565f", "#d8d8de", "#fff3c4", "#0072b2")
    };
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(SCRIPT));
    let mut h = String::with_capacity(svg.len() + 16 * 1024);
    let title = if scene.title.is_empty() {
        "coopline"
    } else {
        scene.title.as_str()
    };
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'sha256-{hash}'; img-src data:; \
         base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"generator\" content=\"coopline\">\n<title>{}</title>\n\
         <style>:root{{--bg:{bg};--ink:{ink};--muted:{muted};--rule:{rule};--mark:{mark};--accent:{accent}}}{STYLE}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n",
        Text(title),
        Text(title),
    );
    if let Some(d) = &page.description {
        let _ = writeln!(h, "<p>{}</p>", Text(d));
    }
    h.push_str("</header>\n");
    h.push_str(
        "<div class=\"search\" role=\"search\">\n<label for=\"q\">Find an agency</label>\n\
         <input id=\"q\" type=\"search\" list=\"agency-names\" autocomplete=\"off\" \
         placeholder=\"name, short name, id or country\">\n\
         <span id=\"hits\" aria-live=\"polite\"></span>\n</div>\n<datalist id=\"agency-names\">\n",
    );
    let mut names: BTreeSet<&str> = BTreeSet::new();
    for a in &page.agencies {
        names.insert(a.label.as_str());
    }
    for n in names {
        let _ = writeln!(h, "<option value=\"{}\"></option>", Attr(n));
    }
    h.push_str("</datalist>\n<main>\n<figure id=\"picture\">\n");
    h.push_str(svg);
    h.push_str(
        "</figure>\n<aside id=\"details\" aria-live=\"polite\">\n<h2>Details</h2>\n\
         <p id=\"detail-hint\" class=\"meta\">Point at a bar, a marker or a name for its dates, \
         participants and sources; click to keep it here. The key to colours and marks is \
         under the picture.</p>\n<pre id=\"detail-text\"></pre>\n</aside>\n</main>\n",
    );
    h.push_str("<section id=\"agencies\">\n<h2>Agencies</h2>\n<ul>\n");
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
    h.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
    for s in &page.sources {
        let _ = write!(h, "<li id=\"source-{}\">", Attr(&s.id));
        let mut lead = Vec::new();
        if let Some(p) = &s.publisher {
            lead.push(Text(p).to_string());
        }
        if let Some(d) = &s.date {
            lead.push(Text(d).to_string());
        }
        if !lead.is_empty() {
            let _ = write!(h, "{}: ", lead.join(", "));
        }
        match s.url.as_deref().filter(|u| safe_href(u)) {
            Some(u) => {
                let _ = write!(
                    h,
                    "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
                    Attr(u),
                    Text(&s.title)
                );
            }
            None => {
                let _ = write!(h, "{}", Text(&s.title));
            }
        }
        let link = |h: &mut String, u: &str, text: &str| {
            if safe_href(u) {
                let _ = write!(
                    h,
                    "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
                    Attr(u),
                    Text(text)
                );
            }
        };
        for (k, u) in s.urls.iter().enumerate() {
            h.push_str(if k == 0 { " (also " } else { ", " });
            link(&mut h, u, &format!("link {}", k + 2));
            if k + 1 == s.urls.len() {
                h.push(')');
            }
        }
        if let Some(a) = &s.archived {
            h.push_str(" · ");
            link(&mut h, a, "archived copy");
        }
        if let Some(d) = &s.accessed {
            let _ = write!(h, " · accessed {}", Text(d));
        }
        let _ = writeln!(h, " <span class=\"meta\">[{}]</span></li>", Text(&s.id));
    }
    h.push_str("</ol>\n</section>\n");
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"coopline-index\">{}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        script_json(&agency_index(page))
    );
    h
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
