//! Records from entities: sources, agencies, events and context records, each
//! field read from the property docs/interop.md maps it to, in the format's
//! order; and the sources each record cites.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Cx, Role};
use crate::diag::{Code, Diagnostic};
use crate::ftm;
use crate::import::records::{Rec, Val};
use crate::import::sheet::Sheet;
use crate::input::Sp;
use crate::model::{AgencyKind, ContextKind, Outcome};

/// A field of a record, if it has a value.
fn field(fields: &mut Vec<(&'static str, Val)>, name: &'static str, value: Option<Sp<String>>) {
    if let Some(v) = value {
        fields.push((name, Val::One(v)));
    }
}

/// A list field of a record, if it has items.
/// What the `Documentation` entities say, by record entity: the sources it
/// cites, and the grades given to them.
pub(super) struct Citations {
    pub(super) cites: Vec<Vec<Sp<String>>>,
    pub(super) grades: Vec<Vec<(String, Sp<String>)>>,
}

fn list(fields: &mut Vec<(&'static str, Val)>, name: &'static str, items: Vec<Sp<String>>) {
    if !items.is_empty() {
        fields.push((name, Val::List(items)));
    }
}

/// The sources: those of the file, and those made from links records give
/// in `sourceUrl` without a `Documentation` of a source with that link.
pub(super) struct Sources {
    /// The source id of each link of a source (the first source with it).
    by_url: FxHashMap<String, String>,
    /// The link of each source that has one.
    url_of: FxHashMap<String, String>,
    /// Sources made from links, in the order first met.
    made: Vec<Rec>,
}

impl Sources {
    pub(super) fn new(cx: &Cx) -> Sources {
        let mut by_url = FxHashMap::default();
        let mut url_of = FxHashMap::default();
        for i in cx.of(Role::Record(Sheet::Sources)) {
            let e = &cx.entities[i];
            let noted = e
                .values("summary")
                .iter()
                .find_map(|v| match ftm::read_note(&v.value) {
                    Some(("sourceUrl", url)) => Some(url.to_string()),
                    _ => None,
                });
            if let Some(url) =
                noted.or_else(|| e.values("sourceUrl").first().map(|v| v.value.clone()))
            {
                by_url.entry(url.clone()).or_insert_with(|| cx.id(i));
                url_of.insert(cx.id(i), url);
            }
        }
        Sources {
            by_url,
            url_of,
            made: Vec::new(),
        }
    }

    /// A source entity as a source.
    pub(super) fn source(&mut self, cx: &mut Cx, i: usize) -> Rec {
        let mut fields = vec![cx.id_field(i)];
        let title = ["title", "name", "fileName"]
            .iter()
            .find_map(|p| cx.text(i, p));
        if title.is_none() {
            cx.missing(i, "title", "a source needs a title", "add a `title`");
        }
        field(&mut fields, "title", title);
        field(&mut fields, "publisher", cx.text(i, "publisher"));
        let mut links = cx.texts(i, "sourceUrl").into_iter();
        field(&mut fields, "url", links.next());
        list(&mut fields, "urls", links.collect());
        field(
            &mut fields,
            "archived",
            cx.notes(i, "archived").into_iter().next(),
        );
        field(
            &mut fields,
            "date",
            cx.date(i, "publishedAt").map(|d| d.text),
        );
        field(
            &mut fields,
            "accessed",
            cx.date(i, "retrievedAt").map(|d| d.text),
        );
        Rec {
            span: cx.entities[i].span,
            fields,
        }
    }

    /// The sources record `i` cites: those its `Documentation` entities name,
    /// then one for each link of its `sourceUrl` that none of them has. coopline
    /// writes the links of the sources a record cites there, for FtM readers;
    /// other tools may write links that are the only source given.
    pub(super) fn cited(
        &mut self,
        cx: &mut Cx,
        i: usize,
        documented: &[Sp<String>],
    ) -> Vec<Sp<String>> {
        let mut cited = documented.to_vec();
        let mut have: FxHashSet<String> = cited.iter().map(|c| c.value.clone()).collect();
        let covered: FxHashSet<String> = documented
            .iter()
            .filter_map(|d| self.url_of.get(&d.value).cloned())
            .collect();
        for url in cx.all(i, "sourceUrl") {
            if covered.contains(&url.value) {
                continue;
            }
            let known = self.by_url.get(&url.value);
            let lower = url.value.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://")) {
                let who = cx.entities[i].who();
                cx.diags.push(
                    Diagnostic::warning(
                        Code::NotImported,
                        url.span,
                        format!("the `sourceUrl` of {who} is not a web link: `{}`", url.value),
                    )
                    .label("not imported")
                    .help("coopline cites http and https links; give the source as a Document with a Documentation entity"),
                );
                continue;
            }
            let id = match known {
                Some(id) => id.clone(),
                None => self.make(cx, &url),
            };
            if have.insert(id.clone()) {
                cited.push(Sp::new(id, url.span));
            }
        }
        cited
    }

    /// A source for a link no source of the file has: titled with the link.
    fn make(&mut self, cx: &mut Cx, url: &Sp<String>) -> String {
        let base = super::ids::slug(
            url.value
                .split_once("://")
                .map_or(&url.value, |(_, rest)| rest),
        );
        let base = if base.is_empty() {
            "source".to_string()
        } else {
            base
        };
        let id = super::ids::unique(cx.taken.entry(Sheet::Sources).or_default(), &base);
        self.by_url.insert(url.value.clone(), id.clone());
        let mut fields = vec![("id", Val::One(Sp::new(id.clone(), url.span)))];
        fields.push(("title", Val::One(url.clone())));
        fields.push(("url", Val::One(url.clone())));
        self.made.push(Rec {
            span: url.span,
            fields,
        });
        id
    }

    /// The sources made from links.
    pub(super) fn made_from_links(self) -> Vec<Rec> {
        self.made
    }
}

impl Cx<'_> {
    /// Reports a field a record cannot be without (an error: the dataset would
    /// not be valid).
    pub(super) fn missing(&mut self, i: usize, prop: &str, why: &str, fix: &str) {
        let e = &self.entities[i];
        self.diags.push(
            Diagnostic::error(
                Code::MissingField,
                e.id_span,
                format!("{} has no `{prop}`", e.who()),
            )
            .label(why.to_string())
            .help(format!("{fix}; see docs/interop.md")),
        );
    }

    /// The name every record needs, reported when missing.
    fn name(&mut self, i: usize, what: &str) -> Option<Sp<String>> {
        let name = self.text(i, "name");
        if name.is_none() {
            self.missing(i, "name", &format!("{what} needs a name"), "add a `name`");
        }
        name
    }

    /// The sources each record entity cites, by `Documentation` entities, in
    /// file order, and the grades given to them (source id and grade).
    pub(super) fn citations(&mut self) -> Citations {
        let mut cites = vec![Vec::new(); self.entities.len()];
        let mut grades = vec![Vec::new(); self.entities.len()];
        for j in self.of(Role::Documentation) {
            let document = self.one(j, "document");
            let entity = self.one(j, "entity");
            let grade = self.notes(j, "grade").into_iter().next();
            let source = document.and_then(|d| {
                self.record_ref(
                    j,
                    "document",
                    &d,
                    Sheet::Sources,
                    "a source (Article or Document)",
                )
            });
            let record = entity.and_then(|e| {
                let target = self.target(j, "entity", &e)?;
                let ok = matches!(self.roles[target], Role::Record(s) if s != Sheet::Sources);
                if !ok {
                    let (who, t) = (self.entities[j].who(), self.entities[target].who());
                    self.diags.push(
                        Diagnostic::warning(
                            Code::NotImported,
                            e.span,
                            format!(
                                "`entity` of {who} names {t}, which cites no sources in coopline"
                            ),
                        )
                        .label("not imported")
                        .help("agencies, teams, events and context records cite sources"),
                    );
                }
                ok.then_some(target)
            });
            if let (Some(s), Some(r)) = (source, record) {
                if let Some(g) = grade {
                    grades[r].push((s.value.clone(), g));
                }
                cites[r].push(s);
            }
        }
        Citations { cites, grades }
    }

    /// Record `i` with its `confidence` (from its note) and the grades of its
    /// citations, which coopline writes on the `Documentation` entities.
    pub(super) fn assured(
        &mut self,
        i: usize,
        mut rec: Rec,
        grades: &[(String, Sp<String>)],
    ) -> Rec {
        let at = rec
            .fields
            .iter()
            .position(|(n, _)| *n == "sources")
            .unwrap_or(rec.fields.len());
        if let Some(c) = self.notes(i, "confidence").into_iter().next() {
            rec.fields.insert(at, ("confidence", Val::One(c)));
        }
        if grades.is_empty() {
            return rec;
        }
        for (name, val) in &mut rec.fields {
            if *name == "sources"
                && let Val::List(ids) = val
            {
                let cites = std::mem::take(ids)
                    .into_iter()
                    .map(|id| {
                        let g = grades.iter().find(|(s, _)| *s == id.value);
                        (id, g.map(|(_, g)| g.clone()))
                    })
                    .collect();
                *val = Val::Citations(cites);
            }
        }
        rec
    }

    pub(super) fn agency(&mut self, i: usize, sources: Vec<Sp<String>>) -> Rec {
        let mut fields = vec![self.id_field(i)];
        field(&mut fields, "name", self.name(i, "an agency"));
        self.languages(i, "name", ftm::NAME_LANG, &mut fields);
        field(&mut fields, "local_name", self.text(i, "alias"));
        field(&mut fields, "short", self.text(i, "abbreviation"));
        self.languages(i, "short", ftm::SHORT_LANG, &mut fields);
        // FtM's codes are lowercase, coopline's capitals; `INT` has no FtM code
        // and comes back from a note.
        let country = ["jurisdiction", "country", "mainCountry"]
            .iter()
            .find_map(|p| self.text(i, p))
            .map(|c| Sp::new(c.value.to_ascii_uppercase(), c.span));
        let kind = self.kind(i, AgencyKind::ALL.map(|(_, n)| n).as_slice(), "agency");
        // A company or an NGO may have no country.
        let private = matches!(kind.value.as_str(), "private" | "ngo");
        if country.is_none() && !private {
            self.missing(
                i,
                "jurisdiction",
                "an agency needs a country",
                "add a `jurisdiction`: a country code (`nl`), or `eu`",
            );
        }
        field(&mut fields, "country", country);
        fields.push(("kind", Val::One(kind)));
        let parent = self.one(i, "parent");
        let parent = parent.and_then(|p| {
            self.record_ref(i, "parent", &p, Sheet::Agencies, "an agency (PublicBody)")
        });
        field(&mut fields, "parent", parent);
        if let Some(seat) = self.seat(i) {
            fields.push(("seat", Val::Place(seat)));
        }
        self.notes_field(i, &mut fields);
        list(&mut fields, "sources", sources);
        Rec {
            span: self.entities[i].span,
            fields,
        }
    }

    /// A kind from `classification` (or `keywords`, for context records): one
    /// of `names`, else `other`; a value that is none of them is reported.
    pub(super) fn kind(&mut self, i: usize, names: &[&str], what: &str) -> Sp<String> {
        let prop = if what == "context" {
            "keywords"
        } else {
            "classification"
        };
        let span = self.entities[i].id_span;
        match self.one(i, prop) {
            Some(k) if names.contains(&k.value.as_str()) => k,
            Some(k) => {
                let who = self.entities[i].who();
                self.diags.push(
                    Diagnostic::warning(
                        Code::NotImported,
                        k.span,
                        format!("`{prop}` of {who} is `{}`, not a {what} kind: it is imported as `other`", k.value),
                    )
                    .label("not a kind coopline has")
                    .help(format!("{what} kinds: {}", names.join(", "))),
                );
                Sp::new("other".into(), k.span)
            }
            None => Sp::new("other".into(), span),
        }
    }

    pub(super) fn event(&mut self, i: usize, sources: Vec<Sp<String>>) -> Rec {
        let mut fields = vec![self.id_field(i)];
        field(&mut fields, "name", self.name(i, "an event"));
        self.languages(i, "name", ftm::NAME_LANG, &mut fields);
        field(&mut fields, "kind", self.text(i, "keywords"));
        // coopline writes `date`, or `startDate` and `endDate` for a span; other
        // tools may write `date` for the start of a span.
        let start = self.date(i, "startDate");
        let start = if start.is_some() {
            start
        } else {
            self.date(i, "date")
        };
        let end = self.date(i, "endDate");
        match (start, end) {
            (Some(s), Some(e)) => {
                fields.push(("start", Val::One(s.text)));
                fields.push(("end", Val::One(e.text)));
            }
            (Some(d), None) | (None, Some(d)) => fields.push(("date", Val::One(d.text))),
            (None, None) => self.missing(
                i,
                "date",
                "an event needs a date",
                "add a `date`, or a `startDate` (and `endDate`) for a span",
            ),
        }
        let (mut agencies, mut teams) = (Vec::new(), Vec::new());
        for v in self.all(i, "involved") {
            let Some(j) = self.target(i, "involved", &v) else {
                continue;
            };
            match self.roles[j] {
                Role::Record(Sheet::Agencies) => agencies.push(Sp::new(self.id(j), v.span)),
                Role::Country(c) => agencies.push(super::read::country_ref(c, &v)),
                Role::Record(Sheet::Teams) => teams.push(Sp::new(self.id(j), v.span)),
                _ => {
                    let (who, t) = (self.entities[i].who(), self.entities[j].who());
                    self.diags.push(
                        Diagnostic::warning(Code::NotImported, v.span, format!("`involved` of {who} names {t}; coopline's events involve agencies and teams"))
                            .label("not imported"),
                    );
                }
            }
        }
        list(&mut fields, "participants", agencies);
        list(&mut fields, "teams", teams);
        let places = self.places(i);
        if !places.is_empty() {
            fields.push(("places", Val::Places(places)));
        }
        self.outcomes(i, &mut fields);
        self.notes_field(i, &mut fields);
        list(&mut fields, "sources", sources);
        Rec {
            span: self.entities[i].span,
            fields,
        }
    }

    /// `notes` from the entity's notes: coopline writes one; several from
    /// another tool are kept as paragraphs.
    pub(super) fn notes_field(&mut self, i: usize, fields: &mut Vec<(&'static str, Val)>) {
        let notes: Vec<Sp<String>> = self.texts(i, "notes");
        if let Some(first) = notes.first() {
            let text: Vec<&str> = notes.iter().map(|n| n.value.as_str()).collect();
            fields.push(("notes", Val::One(Sp::new(text.join("\n\n"), first.span))));
        }
    }

    /// `outcomes` from the lines of `description` (`arrests: 3`); a line that
    /// is not one is reported.
    fn outcomes(&mut self, i: usize, fields: &mut Vec<(&'static str, Val)>) {
        let mut out: Vec<(Sp<String>, Sp<Outcome>)> = Vec::new();
        let mut names = FxHashSet::default();
        for line in self.texts(i, "description") {
            match ftm::read_outcome(&line.value) {
                Some((name, value)) if names.insert(name.clone()) => {
                    out.push((Sp::new(name, line.span), Sp::new(value, line.span)));
                }
                _ => {
                    let who = self.entities[i].who();
                    self.diags.push(
                        Diagnostic::warning(Code::NotImported, line.span, format!("a `description` of {who} is not an outcome (`name: value`), or names one twice"))
                            .label("not imported")
                            .help("coopline reads an event's description as outcomes, one `name: value` a value (`arrests: 3`); put other text in `notes`"),
                    );
                }
            }
        }
        if !out.is_empty() {
            fields.push(("outcomes", Val::Outcomes(out)));
        }
    }

    pub(super) fn context(&mut self, i: usize, sources: Vec<Sp<String>>) -> Rec {
        let mut fields = vec![self.id_field(i)];
        field(&mut fields, "name", self.name(i, "a context record"));
        self.languages(i, "name", ftm::NAME_LANG, &mut fields);
        field(&mut fields, "short", self.text(i, "alias"));
        self.languages(i, "short", ftm::SHORT_LANG, &mut fields);
        let kind = self.kind(i, ContextKind::ALL.map(|(_, n)| n).as_slice(), "context");
        fields.push(("kind", Val::One(kind)));
        let date = self.date(i, "date");
        if date.is_none() {
            self.missing(i, "date", "a context record needs a date", "add a `date`");
        }
        field(&mut fields, "date", date.map(|d| d.text));
        field(&mut fields, "notes", self.text(i, "notes"));
        list(&mut fields, "sources", sources);
        Rec {
            span: self.entities[i].span,
            fields,
        }
    }
}
