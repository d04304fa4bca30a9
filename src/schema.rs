//! A JSON Schema of the data format, for editors: with the first line of a
//! dataset reading
//!
//! ```yaml
//! # yaml-language-server: $schema=../schema/coopline.schema.json
//! ```
//!
//! the YAML language server (VS Code, Neovim, Helix, Zed...) completes field
//! names, shows each field's documentation and flags unknown fields, bad ids,
//! dates and kinds as you type. `coopline check` remains the full check: the
//! schema cannot see cross-references, date order or duplicate ids.
//!
//! The kinds and country codes come from the model's own lists, and a test
//! compares the schema's fields with the reader's, so the schema cannot drift
//! from what `coopline check` accepts.

// The structs below only describe the format to schemars; they are never built.
#![allow(dead_code)]

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use crate::model::country::all_codes;
use crate::model::{AgencyKind, COUNTRY_PREFIX, ContextKind, TeamKind};

/// The first line that ties a dataset to the schema, for a file in `data/`.
pub const MODELINE: &str = "# yaml-language-server: $schema=../schema/coopline.schema.json";

const DATE_PATTERN: &str =
    r"^\s*(~\s*|\.\.\s*)?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?\s*$";
const ID_PATTERN: &str = r"^[a-z0-9][a-z0-9._-]*$";
/// `country:lt`: the check takes a code in either case; in capitals, the
/// schema's list of codes flags one that is not a country's.
const COUNTRY_PATTERN: &str = r"^country:([a-z][A-Za-z]|[A-Z][a-z])$";

fn text(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"type": ["string", "integer"]})
}

/// A language tag of BCP 47 shape, as `coopline check` takes it (`en`, `pt-BR`).
const LANG_PATTERN: &str = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

/// A text given as one string, or in several languages: `{en: ..., nl: ...}`.
/// Defined once under `$defs` and referred to.
struct Localised;

impl JsonSchema for Localised {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Localised".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                {"type": ["string", "integer"]},
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"pattern": LANG_PATTERN},
                    "additionalProperties": {"type": ["string", "integer"], "pattern": "\\S"}
                }
            ],
            "description": "One text, or one per language keyed by language code (`en`, `nl`, `pt-BR`): `{en: Public Prosecution Service, nl: Openbaar Ministerie}`. Pictures show the text in the language asked for (by default the dataset's `lang`), else in English, else the first."
        })
    }
}

fn localised(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<Localised>()
}

fn lang(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": LANG_PATTERN,
        "description": "A language code of BCP 47 shape: `en`, `nl`, `fr`, `pt-BR`."
    })
}

fn id(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "integer"],
        "pattern": ID_PATTERN,
        "description": "Lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit."
    })
}

fn ids(g: &mut SchemaGenerator) -> Schema {
    let one = id(g);
    json_schema!({
        "anyOf": [one, {"type": "array", "items": one}],
        "description": "Ids of other records: a list (`[a, b]`), or one id without brackets."
    })
}

fn citations(g: &mut SchemaGenerator) -> Schema {
    let one = id(g);
    let graded = g.subschema_for::<Citation>();
    json_schema!({
        "anyOf": [one, graded, {"type": "array", "items": {"anyOf": [one, graded]}}],
        "description": "Ids of sources (`[a, b]`, or one id without brackets); a citation may carry its grade: `{id: a, grade: B2}`."
    })
}

fn confidence(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "enum": ["high", "medium", "low"],
        "description": "How sure the record is; `low` is drawn hatched. Without it, the best grade among the record's citations decides."
    })
}

/// An agency id, or `country:LT` for a country's authorities that the sources
/// do not name (any ISO 3166-1 alpha-2 code; `EU` and `INT` name no country).
/// Defined once under `$defs` (the codes are many) and referred to.
struct Participant;

impl JsonSchema for Participant {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Participant".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let one = id(g);
        let codes: Vec<String> = all_codes()
            .filter(|c| !matches!(*c, "EU" | "INT"))
            .map(|c| format!("{COUNTRY_PREFIX}{c}"))
            .collect();
        json_schema!({
            "anyOf": [
                one,
                {"enum": codes},
                {"type": "string", "pattern": COUNTRY_PATTERN}
            ],
            "description": "An agency id, or `country:LT` for the authorities of a country when the sources name no agency."
        })
    }
}

fn participant(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<Participant>()
}

fn participants(g: &mut SchemaGenerator) -> Schema {
    let one = participant(g);
    json_schema!({
        "anyOf": [one, {"type": "array", "items": one}],
        "description": "Agency ids (or `country:LT` for a country's authorities the sources do not name): a list (`[a, b]`), or one without brackets."
    })
}

fn date(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "integer"],
        "pattern": DATE_PATTERN,
        "minimum": 1000,
        "maximum": 9999,
        "description": "`2024`, `2024-06` or `2024-06-15`; `~` before it for approximate, `..` for on or before."
    })
}

fn colors(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "object",
        "additionalProperties": {"type": "string", "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},
        "description": "Keys are country codes (`FR`), team ids or agency kinds (`police`); values `#rrggbb`, quoted."
    })
}

fn outcomes(g: &mut SchemaGenerator) -> Schema {
    let amount = g.subschema_for::<Amount>();
    json_schema!({
        "type": "object",
        "additionalProperties": {"anyOf": [{"type": ["integer", "number", "string"]}, amount]},
        "description": "Counts (`arrests: 3`), amounts with their unit (`cash: {amount: 145000, unit: EUR}`) or short texts (`villa: \"worth about EUR 15 million\"`)."
    })
}

/// A place as text: `FR`, `"Marbella, ES"`, `Marbella`.
fn place_text() -> Value {
    json!({
        "type": "string",
        "description": "A country code (`FR`: the whole country), a city and its country (`\"Marbella, ES\"`: quote it, for the comma), or a city (`Marbella`: looked up in the whole world)."
    })
}

fn place(g: &mut SchemaGenerator) -> Schema {
    let fields = g.subschema_for::<Place>();
    json_schema!({
        "anyOf": [place_text(), fields],
        "description": "A country code (`FR`), a city and its country (`\"Marbella, ES\"`), a city (`Marbella`), or `{name: Marbella, country: ES, at: [36.51, -4.88]}`."
    })
}

fn places(g: &mut SchemaGenerator) -> Schema {
    let one = place(g);
    json_schema!({
        "anyOf": [one, {"type": "array", "items": one}],
        "description": "Where it happened: country codes (`FR`), cities with their country (`\"Marbella, ES\"`: quote them), or `{name: ..., at: [latitude, longitude]}` for a place the gazetteer lacks."
    })
}

fn coordinates(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "array",
        "prefixItems": [
            {"type": "number", "minimum": -90, "maximum": 90},
            {"type": "number", "minimum": -180, "maximum": 180}
        ],
        "minItems": 2,
        "maxItems": 2,
        "description": "Latitude and longitude in degrees, latitude first (`[36.51, -4.88]`; north and east positive): the point as given, nothing looked up."
    })
}

fn place_country(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": "^[A-Za-z]{2}$",
        "description": "The ISO 3166-1 alpha-2 code of the place's country (`ES`): the city is looked up there."
    })
}

fn number(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"type": "number"})
}

fn members(g: &mut SchemaGenerator) -> Schema {
    let one = participant(g);
    let member = g.subschema_for::<Member>();
    json_schema!({
        "type": "array",
        "minItems": 1,
        "items": {"anyOf": [one, member]},
        "description": "Agency ids (or `country:LT` for a country's authorities the sources do not name), or `{agency: id, from: date, to: date, role: text}` for a member with its own dates."
    })
}

/// A coopline dataset: the agencies, teams and events of one or more cases, each
/// citing its sources.
#[derive(JsonSchema)]
#[schemars(title = "coopline dataset", deny_unknown_fields)]
struct Dataset {
    /// The dataset's title, shown on pictures; one text, or one per language.
    #[schemars(schema_with = "localised", default)]
    title: Option<String>,
    /// Plain text (no markdown); one text, or one per language.
    #[schemars(schema_with = "localised", default)]
    description: Option<String>,
    /// The dataset's language: the one its texts given in several languages
    /// are shown in unless another is asked for (default English).
    #[schemars(schema_with = "lang", default)]
    lang: Option<String>,
    /// Citable references.
    sources: Option<Vec<Source>>,
    /// Police forces, prosecution services, courts, EU bodies...
    agencies: Option<Vec<Agency>>,
    /// Joint investigation teams, task forces, networks.
    teams: Option<Vec<Team>>,
    /// Operations, action days, arrests, seizures, milestones.
    events: Option<Vec<Event>>,
    /// Legal instruments and milestones drawn behind the case.
    context: Option<Vec<Context>>,
    /// The story the web page tells, chapter by chapter; without it, one chapter per event.
    chapters: Option<Vec<Chapter>>,
    /// How the pictures are drawn.
    style: Option<Style>,
}

/// How the pictures are drawn.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Style {
    /// Colours of your own: a country code, team id or agency kind, and `#rrggbb`.
    #[schemars(schema_with = "colors", default)]
    colors: Option<()>,
}

/// A citable reference: an article, press release, judgment or report.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Source {
    /// Unique among sources; records cite it in `sources:`.
    #[schemars(schema_with = "id")]
    id: String,
    /// The title of the article or document.
    #[schemars(schema_with = "text")]
    title: String,
    /// Who published it.
    #[schemars(schema_with = "text", default)]
    publisher: Option<String>,
    /// An http, https or mailto link.
    #[schemars(schema_with = "text", default)]
    url: Option<String>,
    /// More links to the same report (a mirror, a translation).
    urls: Option<Vec<String>>,
    /// A copy kept by an archive (the Wayback Machine, archive.today).
    #[schemars(schema_with = "text", default)]
    archived: Option<String>,
    /// When the links were last read.
    #[schemars(schema_with = "date", default)]
    accessed: Option<String>,
    /// When it was published.
    #[schemars(schema_with = "date", default)]
    date: Option<String>,
}

/// A police force, prosecution service, court, EU body...
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Agency {
    /// Unique among agencies.
    #[schemars(schema_with = "id")]
    id: String,
    /// Full name: in English, or one per language (`{en: ..., nl: ...}`).
    #[schemars(schema_with = "localised")]
    name: String,
    /// Name in the agency's own language, shown as written in every language.
    #[schemars(schema_with = "text", default)]
    local_name: Option<String>,
    /// Short label for pictures (`OFAC`); one text, or one per language.
    #[schemars(schema_with = "localised", default)]
    short: Option<String>,
    /// ISO 3166-1 alpha-2 code (`NL`, `GB`), `EU` for EU bodies or `INT` for
    /// international organisations; required but for `kind: private` and `ngo`.
    #[serde(default)]
    country: Option<String>,
    /// What sort of agency it is.
    kind: String,
    /// The agency this one is part of.
    #[schemars(schema_with = "id", default)]
    parent: Option<String>,
    /// Where it sits (`"The Hague, NL"`): maps draw EU bodies and international
    /// organisations at their seat.
    #[schemars(schema_with = "place", default)]
    seat: Option<String>,
    /// Plain text: a former name, what the sources leave open.
    #[schemars(schema_with = "text", default)]
    notes: Option<String>,
    /// How sure the record is.
    #[schemars(schema_with = "confidence", default)]
    confidence: Option<String>,
    /// Sources for the agency's name and role.
    #[schemars(schema_with = "citations", default)]
    sources: Option<Vec<String>>,
}

/// A joint investigation team, task force or network.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Team {
    /// Unique among teams.
    #[schemars(schema_with = "id")]
    id: String,
    /// Name shown on bars and in the key; one text, or one per language.
    #[schemars(schema_with = "localised")]
    name: String,
    /// What sort of team it is.
    kind: String,
    /// The agency that hosts or supports the team (Eurojust for a JIT, Europol for an OTF).
    #[schemars(schema_with = "id", default)]
    hosted_by: Option<String>,
    /// When the team was set up.
    #[schemars(schema_with = "date")]
    start: String,
    /// When it ended; leave out if it has not ended or is not known.
    #[schemars(schema_with = "date", default)]
    end: Option<String>,
    /// The agencies in the team.
    #[schemars(schema_with = "members")]
    members: Vec<String>,
    /// The legal basis, as text.
    #[schemars(schema_with = "text", default)]
    legal_basis: Option<String>,
    /// The id of the context record the team rests on.
    #[schemars(schema_with = "id", default)]
    legal_basis_ref: Option<String>,
    /// Plain text.
    #[schemars(schema_with = "text", default)]
    notes: Option<String>,
    /// How sure the record is.
    #[schemars(schema_with = "confidence", default)]
    confidence: Option<String>,
    /// Sources for the team.
    #[schemars(schema_with = "citations", default)]
    sources: Option<Vec<String>>,
}

/// A citation with its grade in the Admiralty system.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Citation {
    /// The source's id.
    #[schemars(schema_with = "id")]
    id: String,
    /// Reliability of the source, A (completely reliable) to F (cannot be
    /// judged), then credibility of the information, 1 (confirmed) to 6
    /// (cannot be judged): `B2`.
    #[schemars(regex(pattern = r"^[A-Fa-f][1-6]$"), default)]
    grade: Option<String>,
}

/// A member with its own dates or role.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Member {
    /// The member agency's id, or `country:LT` for a country's authorities.
    #[schemars(schema_with = "participant")]
    agency: String,
    /// When it joined, if later than the team's start.
    #[schemars(schema_with = "date", default)]
    from: Option<String>,
    /// When it left, if earlier than the team's end.
    #[schemars(schema_with = "date", default)]
    to: Option<String>,
    /// Its role in the team.
    #[schemars(schema_with = "text", default)]
    role: Option<String>,
}

/// An outcome with its unit: `{amount: 145000, unit: EUR}`.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Amount {
    /// The number alone, without separators (`145000`, `1.5`).
    #[schemars(schema_with = "number")]
    amount: f64,
    /// An ISO 4217 currency code in capitals (`EUR`, `GBP`), or another unit
    /// (`kg`, `tonnes`, `phones`). Outcomes are never added up across events,
    /// but by `coopline query CASE outcomes`, one unit at a time.
    #[schemars(schema_with = "text")]
    unit: String,
}

/// An operation, action day, arrest, seizure or milestone.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Event {
    /// Unique among events.
    #[schemars(schema_with = "id")]
    id: String,
    /// Name shown next to the marker; one text, or one per language.
    #[schemars(schema_with = "localised")]
    name: String,
    /// Free-text category (`action-day`, `arrest`, `seizure`...).
    #[schemars(schema_with = "text", default)]
    kind: Option<String>,
    /// The day, month or year it happened; or give `start` (and `end`) instead.
    #[schemars(schema_with = "date", default)]
    date: Option<String>,
    /// Start of a span; with `end`, instead of `date`.
    #[schemars(schema_with = "date", default)]
    start: Option<String>,
    /// End of a span.
    #[schemars(schema_with = "date", default)]
    end: Option<String>,
    /// Agencies that took part (`country:LT` for a country's authorities the
    /// sources do not name).
    #[schemars(schema_with = "participants", default)]
    participants: Option<Vec<String>>,
    /// Teams the event belongs to.
    #[schemars(schema_with = "ids", default)]
    teams: Option<Vec<String>>,
    /// Where it happened (quote a place with a comma: `["Marbella, ES", LT]`).
    #[schemars(schema_with = "places", default)]
    places: Option<Vec<String>>,
    /// Counts or short texts.
    #[schemars(schema_with = "outcomes", default)]
    outcomes: Option<Value>,
    /// Plain text.
    #[schemars(schema_with = "text", default)]
    notes: Option<String>,
    /// How sure the record is.
    #[schemars(schema_with = "confidence", default)]
    confidence: Option<String>,
    /// Sources for the event.
    #[schemars(schema_with = "citations", default)]
    sources: Option<Vec<String>>,
}

/// A place given by fields: its name, and its country or its coordinates.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Place {
    /// The name pictures show; looked up as a city unless `at` is given.
    #[schemars(schema_with = "text")]
    name: String,
    /// The country the city is looked up in.
    #[schemars(schema_with = "place_country", default)]
    country: Option<String>,
    /// Latitude and longitude in degrees: the point as given.
    #[schemars(schema_with = "coordinates", default)]
    at: Option<Vec<f64>>,
}

/// A legal instrument or milestone drawn behind a case.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Context {
    /// Unique among context records.
    #[schemars(schema_with = "id")]
    id: String,
    /// Full name; one text, or one per language.
    #[schemars(schema_with = "localised")]
    name: String,
    /// Short label for the picture; one text, or one per language.
    #[schemars(schema_with = "localised", default)]
    short: Option<String>,
    /// What sort of instrument or milestone; default `other`.
    kind: Option<String>,
    /// The date of this step (adopted, in force, applies from).
    #[schemars(schema_with = "date")]
    date: String,
    /// Plain text.
    #[schemars(schema_with = "text", default)]
    notes: Option<String>,
    /// How sure the record is.
    #[schemars(schema_with = "confidence", default)]
    confidence: Option<String>,
    /// Sources for the record.
    #[schemars(schema_with = "citations", default)]
    sources: Option<Vec<String>>,
}

/// A chapter of the web page's story: its text, and the records the picture lights.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Chapter {
    /// Its heading; one text, or one per language.
    #[schemars(schema_with = "localised")]
    title: String,
    /// What it tells, as plain text; one text, or one per language.
    #[schemars(schema_with = "localised", default)]
    text: Option<String>,
    /// Ids of the agencies, teams, events and context records it is about.
    #[schemars(schema_with = "ids", default)]
    records: Option<Vec<String>>,
    /// Sources for its text, beyond those of its records.
    #[schemars(schema_with = "citations", default)]
    sources: Option<Vec<String>>,
}

/// Restricts `defs.<record>.properties.<field>` to the given values.
fn enumerate(schema: &mut Value, record: &str, field: &str, values: Vec<&str>) {
    if let Some(p) = schema
        .pointer_mut(&format!("/$defs/{record}/properties/{field}"))
        .and_then(Value::as_object_mut)
    {
        p.insert("enum".into(), json!(values));
        p.remove("type");
    }
}

/// Drops the `"default": null` that marking a field optional leaves behind:
/// editors would offer `null` as the value to type.
fn drop_null_defaults(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if o.get("default").is_some_and(Value::is_null) {
                o.remove("default");
            }
            o.values_mut().for_each(drop_null_defaults);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_null_defaults),
        _ => {}
    }
}

/// The schema as a JSON value.
pub fn schema() -> Value {
    let mut s = schemars::schema_for!(Dataset).to_value();
    drop_null_defaults(&mut s);
    enumerate(
        &mut s,
        "Agency",
        "kind",
        AgencyKind::ALL.iter().map(|(_, n)| *n).collect(),
    );
    enumerate(
        &mut s,
        "Team",
        "kind",
        TeamKind::ALL.iter().map(|(_, n)| *n).collect(),
    );
    enumerate(
        &mut s,
        "Context",
        "kind",
        ContextKind::ALL.iter().map(|(_, n)| *n).collect(),
    );
    enumerate(&mut s, "Agency", "country", all_codes().collect());
    s
}

/// The schema as pretty JSON text with a final newline.
pub fn schema_json() -> String {
    let mut t = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    t.push('\n');
    t
}
