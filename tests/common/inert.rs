//! What makes a picture unsafe to embed; shared by the hostile-input tests and
//! the fuzz targets (which include this file by path).

/// Everything a browser could run or fetch: script elements, event handlers,
/// links other than http(s)/mailto, and references to anything outside the file.
pub fn dangers(doc: &roxmltree::Document) -> Vec<String> {
    let mut out = Vec::new();
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name().to_ascii_lowercase();
        if matches!(
            tag.as_str(),
            "script"
                | "foreignobject"
                | "iframe"
                | "object"
                | "embed"
                | "image"
                | "use"
                | "style"
                | "animate"
                | "set"
        ) {
            out.push(format!("element <{tag}>"));
        }
        for a in n.attributes() {
            let name = a.name().to_ascii_lowercase();
            let value = a.value().trim().to_ascii_lowercase();
            if name.starts_with("on") {
                out.push(format!("handler {name}"));
            }
            if name == "href"
                && !(value.starts_with("https://")
                    || value.starts_with("http://")
                    || value.starts_with("mailto:"))
            {
                out.push(format!("link {value}"));
            }
            if name == "href" && tag != "a" {
                out.push(format!("href on <{tag}>"));
            }
            if value.contains("url(") && !value.starts_with("url(#") {
                out.push(format!("external url in {name}"));
            }
        }
    }
    out
}
