//! The FollowTheMoney dialect coopline writes (`export --format ftm`) and reads
//! back (`import ftm`); docs/interop.md describes it for users. Shared by both
//! directions so they cannot drift apart: entity ids made from record ids, the
//! `summary` notes that keep what FtM's own properties cannot hold, outcomes as
//! lines of text, and the limits FtM's property types set on values.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::model::{Amount, Country, Id, Number, Outcome, PartialDate, Qualifier};

/// What an entity stands for, and the start of its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An agency: a `PublicBody`.
    Agency,
    /// A team: an `Organization`.
    Team,
    /// An event: an `Event`.
    Event,
    /// A context record: an `Event` too, told apart by its id.
    Context,
    /// A source: an `Article`, the `Document` for a published text.
    Source,
    /// A team member: a `Membership`.
    Membership,
    /// A record citing a source: a `Documentation`.
    Documentation,
    /// A team's host or legal basis: an `UnknownLink`.
    Link,
    /// A country's authorities named by their country (`country:LT`): a
    /// `PublicBody` too, told apart by its id.
    Country,
    /// A place given by fields (`{name, country, at}`): an `Address`, which
    /// the event or agency names in `addressEntity`.
    Address,
}

impl Kind {
    /// The start of the ids of this kind's entities.
    pub(crate) fn prefix(self) -> &'static str {
        match self {
            Kind::Agency => "coopline-agency-",
            Kind::Team => "coopline-team-",
            Kind::Event => "coopline-event-",
            Kind::Context => "coopline-context-",
            Kind::Source => "coopline-source-",
            Kind::Membership => "coopline-membership-",
            Kind::Documentation => "coopline-documentation-",
            Kind::Link => "coopline-link-",
            Kind::Country => "coopline-country-",
            Kind::Address => "coopline-address-",
        }
    }
}

/// The role of the link from a team to its host agency.
pub(crate) const HOSTED_BY: &str = "hosted by";
/// The role of the link from a team to the context record it rests on.
pub(crate) const LEGAL_BASIS: &str = "legal basis";
/// How a team's `legal_basis` starts in its `description`, which FtM's
/// `Organization` has for any text.
pub(crate) const LEGAL_BASIS_TEXT: &str = "Legal basis: ";

/// FtM's longest entity id (`ENTITY_ID_LEN`).
const MAX_ID: usize = 200;

/// A record id as FtM takes it. FtM ids are `[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?`:
/// no `_`, and no `-` or `.` at the end. Record ids are lowercase, so capitals are
/// free to stand for what FtM refuses: `_` is written `U`, and an id ending in
/// `-` or `.` gets an `E` after it. [`decode`] undoes it.
pub(crate) fn encode(id: &str) -> String {
    let mut out: String = id.chars().map(|c| if c == '_' { 'U' } else { c }).collect();
    if out.ends_with(['-', '.']) {
        out.push('E');
    }
    out
}

/// The record id [`encode`] made `s` from; `None` for text it cannot have made.
pub(crate) fn decode(s: &str) -> Option<Id> {
    if s.contains('_') {
        return None;
    }
    let s = match s.strip_suffix('E') {
        Some(rest) if rest.ends_with(['-', '.']) => rest,
        Some(_) => return None,
        None => s,
    };
    let id: String = s.chars().map(|c| if c == 'U' { '_' } else { c }).collect();
    Id::parse(&id).ok()
}

/// The entity id of a record: `coopline-agency-europol`.
pub(crate) fn entity_id(kind: Kind, id: &Id) -> String {
    format!("{}{}", kind.prefix(), encode(id.as_str()))
}

/// The record id of an entity id made by [`entity_id`] for `kind`.
pub(crate) fn record_id(kind: Kind, entity: &str) -> Option<Id> {
    entity.strip_prefix(kind.prefix()).and_then(decode)
}

/// The entity id of a country's authorities named by their country:
/// `coopline-country-lt` for `country:LT`.
pub(crate) fn country_entity_id(country: Country) -> String {
    format!(
        "{}{}",
        Kind::Country.prefix(),
        country.code().to_ascii_lowercase()
    )
}

/// The country whose authorities an entity id made by [`country_entity_id`]
/// stands for.
pub(crate) fn country_of_entity(entity: &str) -> Option<Country> {
    let code = entity.strip_prefix(Kind::Country.prefix())?;
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    Country::from_code(&code.to_ascii_uppercase()).filter(Country::is_country)
}

/// The id of a link entity between records: its kind's prefix and the parts,
/// readable (`coopline-membership-jit-x-nl-om-1`) unless that is longer than
/// FtM allows, when it is a hash of the parts. `taken` holds the ids given so
/// far; a second link with the same id (ids with dashes can join up alike) gets
/// `-2`, `-3`... after it, so the same records always give the same ids.
pub(crate) fn link_id(
    kind: Kind,
    parts: &[&str],
    taken: &mut rustc_hash::FxHashSet<String>,
) -> String {
    let mut base = kind.prefix().to_string();
    let readable: Vec<String> = parts.iter().map(|p| encode(p)).collect();
    base.push_str(&readable.join("-"));
    if base.len() > MAX_ID - 8 {
        let mut hash = Sha256::new();
        for p in parts {
            hash.update(p.as_bytes());
            hash.update([0]);
        }
        base = kind.prefix().to_string();
        for b in &hash.finalize()[..20] {
            let _ = write!(base, "{b:02x}");
        }
    }
    let mut id = base.clone();
    let mut n = 1;
    while !taken.insert(id.clone()) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// The note on one language's text of a record's `name` given in several
/// languages (`coopline nameLang: nl: Openbaar Ministerie`), one a language,
/// in the order written: FtM's `name` holds the text chosen.
pub(crate) const NAME_LANG: &str = "nameLang";
/// [`NAME_LANG`] for `short`.
pub(crate) const SHORT_LANG: &str = "shortLang";

/// The value of a [`NAME_LANG`] or [`SHORT_LANG`] note: `nl: Openbaar Ministerie`.
pub(crate) fn lang_note(lang: &str, text: &str) -> String {
    format!("{lang}: {text}")
}

/// The language and text of a note written by [`lang_note`].
pub(crate) fn read_lang_note(s: &str) -> Option<(&str, &str)> {
    s.split_once(": ")
        .filter(|(l, t)| !l.is_empty() && !t.is_empty())
}

/// A `summary` value keeping what FtM's own property cannot hold exactly:
/// `coopline startDate: ~2024-09`.
pub(crate) fn note(property: &str, value: &str) -> String {
    format!("coopline {property}: {value}")
}

/// The property and value of a note written by [`note`].
pub(crate) fn read_note(s: &str) -> Option<(&str, &str)> {
    let (property, value) = s.strip_prefix("coopline ")?.split_once(": ")?;
    (!property.is_empty() && property.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some((property, value))
}

/// The date FtM is given: as precise as the record's, without its qualifier
/// (FtM has no "about" or "on or before"), and only in the years 1000–2999 that
/// FtM's date type accepts.
pub(crate) fn ftm_date(d: PartialDate) -> Option<String> {
    (1000..=2999)
        .contains(&d.year())
        .then(|| d.stated().to_string())
}

/// True when [`ftm_date`] does not say all of `d`, so a note must.
pub(crate) fn date_needs_note(d: PartialDate) -> bool {
    d.qualifier() != Qualifier::Stated || ftm_date(d).is_none()
}

/// A date of an FtM property: `2024`, `2024-06`, `2024-06-15`, or a time stamp
/// cut to its day (`2024-06-15T10:00:00`), as coopline dates have no time.
pub(crate) fn read_date(s: &str) -> Option<PartialDate> {
    let day = s.split_once('T').map_or(s, |(d, _)| d);
    PartialDate::parse(day).ok()
}

/// What FtM's property types accept, as far as the export writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    /// `name`: at most 384 characters, with something besides spaces, quotes
    /// and zero-width characters.
    Name,
    /// `string`: at most 1,024 characters.
    String,
    /// `text`: at most 65,000 characters.
    Text,
    /// `address`: at most 250 characters.
    Address,
    /// `url`: an http or https link with a plausible host.
    Url,
}

/// The most characters a `text` value holds (FtM's `TextType.max_length`).
pub(crate) const TEXT_CHARS: usize = 65_000;

impl Ty {
    /// True when FtM's type takes `value` as it is. Lengths are counted in
    /// characters, as Python counts them.
    pub(crate) fn fits(self, value: &str) -> bool {
        let chars = value.chars().count();
        match self {
            Ty::Name => has_content(value) && chars <= NAME_CHARS,
            Ty::String => chars > 0 && chars <= 1024,
            Ty::Text => chars > 0 && chars <= TEXT_CHARS,
            // FtM turns line breaks into ", ", which makes the text longer.
            Ty::Address => has_content(value) && chars <= 250 && !value.contains(['\n', '\r']),
            // FtM may add a `/`: keep room for it.
            Ty::Url => chars < 4096 && web_link(value),
        }
    }
}

/// The most characters a `name` value holds (FtM's `NameType.max_length`).
pub(crate) const NAME_CHARS: usize = 384;

/// True when FtM's cleaning of names and addresses leaves something: it drops
/// surrounding quotes, zero-width characters and spaces.
fn has_content(value: &str) -> bool {
    value.chars().any(|c| {
        !(c.is_whitespace()
            || matches!(c, '"' | '\'' | '\u{200b}'..='\u{200d}' | '\u{feff}' | '\u{ad}' | '\u{2060}'..='\u{2064}'))
    })
}

/// True for an http or https link whose host FtM's URL cleaning accepts: a
/// host name of dot-separated labels of ASCII letters, digits, `-` and `_` (each
/// with a letter or digit, the last not one character or all digits), and a
/// numeric port if any. Stricter than FtM where FtM reads hosts in other scripts
/// or IP addresses: those links go into a note rather than risk an invalid value.
fn web_link(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (host_port, None),
    };
    if port.is_some_and(|p| p.is_empty() || p.len() > 5 || p.parse::<u16>().is_err()) {
        return false;
    }
    let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && l.chars().any(|c| c.is_ascii_alphanumeric())
    };
    let last_ok = labels.last().is_some_and(|l| {
        labels.len() == 1 || (l.len() >= 2 && !l.chars().all(|c| c.is_ascii_digit()))
    });
    !authority.chars().any(char::is_whitespace) && labels.iter().all(label_ok) && last_ok
}

/// An event's outcome as one line of its `description`: `arrests: 3`, an
/// amount with its unit after it (`cash: 145000 EUR`). A name or text that
/// would read back otherwise (one holding `: `, text that looks like a number
/// or an amount, anything starting with `"`) is written as a JSON string, so
/// [`read_outcome`] gives back exactly the outcome written.
pub(crate) fn outcome_line(name: &str, value: &Outcome) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut line = if name.contains(": ") || name.starts_with('"') || name.is_empty() {
        quote(name)
    } else {
        name.to_string()
    };
    line.push_str(": ");
    match value {
        Outcome::Int(n) => line.push_str(&n.to_string()),
        Outcome::Float(x) => line.push_str(&format!("{x:?}")),
        Outcome::Text(t) if t.starts_with('"') || !matches!(number(t), Outcome::Text(_)) => {
            line.push_str(&quote(t))
        }
        Outcome::Text(t) => line.push_str(t),
        Outcome::Amount(a) => line.push_str(&a.written()),
    }
    line
}

/// The outcome of a line written by [`outcome_line`]; `None` for text that is
/// not `name: value`.
pub(crate) fn read_outcome(line: &str) -> Option<(String, Outcome)> {
    let (name, value) = if line.starts_with('"') {
        let mut names = serde_json::Deserializer::from_str(line).into_iter::<String>();
        let name = names.next()?.ok()?;
        let rest = line.get(names.byte_offset()..)?.strip_prefix(": ")?;
        (name, rest)
    } else {
        let (name, value) = line.split_once(": ")?;
        (name.to_string(), value)
    };
    let value = if value.starts_with('"') {
        Outcome::Text(serde_json::from_str::<String>(value).ok()?)
    } else {
        number(value)
    };
    Some((name, value))
}

/// A number as [`outcome_line`] writes it (a canonical whole number, or a
/// fraction as Rust's `{:?}` writes it), an amount (such a number, a space and
/// its unit), else the text.
fn number(s: &str) -> Outcome {
    match Number::read_written(s) {
        Some(Number::Int(n)) => Outcome::Int(n),
        Some(Number::Float(x)) => Outcome::Float(x),
        None => match Amount::read_written(s) {
            Some(a) => Outcome::Amount(a),
            None => Outcome::Text(s.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ids_become_ftm_ids_and_back() {
        for id in ["europol", "nl-om", "l_1", "a-", "x.", "a_b_", "0", "a--b.c"] {
            let encoded = encode(id);
            let ftm = regex_like_ftm(&encoded);
            assert!(ftm, "{id} → {encoded} is not an FtM id");
            assert_eq!(
                decode(&encoded).map(|i| i.to_string()),
                Some(id.to_string())
            );
        }
        assert_eq!(encode("l_1-"), "lU1-E");
        // Text encode cannot have made is not read as a record id.
        for s in ["abcE", "Europol", "a_b", "", "-a"] {
            assert_eq!(decode(s), None, "{s}");
        }
        let id = Id::parse("nl-om").unwrap();
        assert_eq!(entity_id(Kind::Agency, &id), "coopline-agency-nl-om");
        assert_eq!(record_id(Kind::Agency, "coopline-agency-nl-om"), Some(id));
        assert_eq!(record_id(Kind::Team, "coopline-agency-nl-om"), None);
        let lt = Country::from_code("LT").unwrap();
        assert_eq!(country_entity_id(lt), "coopline-country-lt");
        assert!(regex_like_ftm(&country_entity_id(lt)));
        assert_eq!(country_of_entity("coopline-country-lt"), Some(lt));
        for other in [
            "coopline-country-LT",
            "coopline-country-eu",
            "coopline-country-xx",
            "coopline-agency-lt",
        ] {
            assert_eq!(country_of_entity(other), None, "{other}");
        }
    }

    /// FtM's `EntityType.REGEX`.
    fn regex_like_ftm(s: &str) -> bool {
        let ok = |c: char| c.is_ascii_alphanumeric();
        s.chars().next().is_some_and(ok)
            && s.chars().last().is_some_and(ok)
            && s.chars().all(|c| ok(c) || c == '-' || c == '.')
    }

    #[test]
    fn link_ids_are_unique_short_and_stable() {
        let mut taken = Default::default();
        let a = link_id(Kind::Membership, &["a-b", "c", "1"], &mut taken);
        let b = link_id(Kind::Membership, &["a", "b-c", "1"], &mut taken);
        assert_eq!(a, "coopline-membership-a-b-c-1");
        assert_eq!(b, "coopline-membership-a-b-c-1-2");
        let long = "x".repeat(300);
        let c = link_id(Kind::Documentation, &[&long, "s"], &mut taken);
        assert!(c.len() <= MAX_ID && regex_like_ftm(&c), "{c}");
        let mut again = Default::default();
        assert_eq!(link_id(Kind::Documentation, &[&long, "s"], &mut again), c);
    }

    #[test]
    fn notes_read_back() {
        let n = note("startDate", "~2024-09");
        assert_eq!(n, "coopline startDate: ~2024-09");
        assert_eq!(read_note(&n), Some(("startDate", "~2024-09")));
        assert_eq!(read_note("coopline x y: z"), None);
        assert_eq!(read_note("A summary: of sorts"), None);
    }

    #[test]
    fn dates_keep_their_precision_and_lose_only_what_ftm_cannot_say() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(ftm_date(d("2024")).as_deref(), Some("2024"));
        assert_eq!(ftm_date(d("~2024-09")).as_deref(), Some("2024-09"));
        assert_eq!(ftm_date(d("..2024-12-03")).as_deref(), Some("2024-12-03"));
        assert_eq!(ftm_date(d("0999")), None);
        assert_eq!(ftm_date(d("3000-01")), None);
        assert!(!date_needs_note(d("2024-12-03")));
        assert!(date_needs_note(d("~2024-09")));
        assert!(date_needs_note(d("0999")));
        assert_eq!(read_date("2024-06-15T10:00:00"), Some(d("2024-06-15")));
        assert_eq!(read_date("June 2024"), None);
    }

    #[test]
    fn values_ftm_would_refuse_are_told() {
        assert!(Ty::Name.fits("Europol"));
        assert!(!Ty::Name.fits(&"é".repeat(385)));
        assert!(Ty::Name.fits(&"é".repeat(384)));
        assert!(!Ty::Name.fits("  \"\" "));
        assert!(!Ty::Name.fits("\u{200b}"));
        assert!(Ty::Name.fits("]]>"));
        assert!(!Ty::Address.fits("a\nb"));
        for ok in [
            "https://www.europol.europa.eu/x?a=b&c=d",
            "HTTP://X.ORG/Path",
            "https://user:pw@x.org:8080/",
            "https://host",
        ] {
            assert!(Ty::Url.fits(ok), "{ok}");
        }
        for bad in [
            "mailto:info@example.org",
            "https://",
            "http://a b",
            "https://[::1]/",
            "https://exa mple.org",
            "https://x.org:port/",
            "https://3.4/",
            "https://ä.de/",
            "ftp://x.org/",
        ] {
            assert!(!Ty::Url.fits(bad), "{bad}");
        }
    }

    #[test]
    fn outcomes_read_back_exactly() {
        let cases = [
            ("arrests", Outcome::Int(3), "arrests: 3"),
            ("cash_eur", Outcome::Int(-145_000), "cash_eur: -145000"),
            ("tonnes", Outcome::Float(3.0), "tonnes: 3.0"),
            ("share", Outcome::Float(0.1), "share: 0.1"),
            ("huge", Outcome::Float(1e300), "huge: 1e300"),
            (
                "officers",
                Outcome::Text("1,500–1,600".into()),
                "officers: 1,500–1,600",
            ),
            ("code", Outcome::Text("007".into()), "code: 007"),
            ("count", Outcome::Text("3".into()), "count: \"3\""),
            (
                "quoted",
                Outcome::Text("\"a\"".into()),
                "quoted: \"\\\"a\\\"\"",
            ),
            ("a: b", Outcome::Text("c: d".into()), "\"a: b\": c: d"),
            ("empty", Outcome::Text(String::new()), "empty: "),
            ("", Outcome::Int(1), "\"\": 1"),
            (
                "cash",
                Outcome::Amount(Amount {
                    number: Number::Int(145_000),
                    unit: "EUR".into(),
                }),
                "cash: 145000 EUR",
            ),
            (
                "drugs",
                Outcome::Amount(Amount {
                    number: Number::Float(1.5),
                    unit: "metric tonnes".into(),
                }),
                "drugs: 1.5 metric tonnes",
            ),
            (
                "villa",
                Outcome::Text("3 villas".into()),
                "villa: \"3 villas\"",
            ),
            ("about", Outcome::Text("about 40".into()), "about: about 40"),
        ];
        for (name, value, line) in cases {
            assert_eq!(outcome_line(name, &value), line);
            assert_eq!(
                read_outcome(line),
                Some((name.to_string(), value)),
                "{line}"
            );
        }
        assert_eq!(read_outcome("no colon here"), None);
        assert_eq!(read_outcome("\"unclosed: 3"), None);
    }
}
