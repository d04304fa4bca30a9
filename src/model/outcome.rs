//! Outcomes of events: counts, amounts in a unit, short texts, and how people
//! read them (`cash: EUR 145,000`). A unit that looks like a currency must be
//! an ISO 4217 code; any other unit is free text (`kg`, `phones`).
//!
//! Outcomes are never added up across events by the views: `coopline query
//! CASE outcomes` totals them when asked, each name and unit apart.

use std::fmt::{self, Write as _};

/// The value of an outcome.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A count.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// A short text.
    Text(String),
    /// An amount in a unit: `{amount: 145000, unit: EUR}`.
    Amount(Amount),
}

/// A number as written: whole, or with a fraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
}

/// An amount and its unit: an ISO 4217 currency code (`EUR`) or another unit
/// (`kg`, `phones`), without spaces around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    /// How much.
    pub number: Number,
    /// Of what.
    pub unit: String,
}

impl Number {
    /// The number as a float, for totals with a fraction.
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Int(i) => i as f64,
            Number::Float(x) => x,
        }
    }

    /// As data writes it: `145000`, or with its fraction always shown
    /// (`3.0`), so that it reads back as the same kind of number.
    pub fn written(self) -> String {
        match self {
            Number::Int(i) => i.to_string(),
            Number::Float(x) => format!("{x:?}"),
        }
    }

    /// The canonical spelling [`Number::written`] gives, read back; `None`
    /// for any other text (`007`, `1,500`, `3.`).
    pub(crate) fn read_written(s: &str) -> Option<Number> {
        if let Ok(n) = s.parse::<i64>()
            && n.to_string() == s
        {
            return Some(Number::Int(n));
        }
        match s.parse::<f64>() {
            Ok(x) if x.is_finite() && format!("{x:?}") == s => Some(Number::Float(x)),
            _ => None,
        }
    }
}

impl From<Number> for Outcome {
    fn from(n: Number) -> Outcome {
        match n {
            Number::Int(i) => Outcome::Int(i),
            Number::Float(x) => Outcome::Float(x),
        }
    }
}

impl Amount {
    /// True when the unit is an ISO 4217 currency code.
    pub fn is_currency(&self) -> bool {
        is_currency(&self.unit)
    }

    /// As a sheet cell or an FtM line writes it: `145000 EUR`, `1.5 tonnes`.
    pub fn written(&self) -> String {
        format!("{} {}", self.number.written(), self.unit)
    }

    /// An amount written by [`Amount::written`]: a number as data writes it,
    /// one space, then the unit; `None` for other text.
    pub(crate) fn read_written(s: &str) -> Option<Amount> {
        let (number, unit) = s.split_once(' ')?;
        let number = Number::read_written(number)?;
        (!unit.is_empty() && unit.trim() == unit).then(|| Amount {
            number,
            unit: unit.to_string(),
        })
    }
}

/// Thousands separated by commas: `2,300,000`, `-1,500.25`.
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = match self {
            Number::Int(i) => i.to_string(),
            Number::Float(x) => x.to_string(),
        };
        f.write_str(&grouped(&plain))
    }
}

/// A currency before its amount (`EUR 145,000`), any other unit after it
/// (`8,000 kg`).
impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_currency() {
            write!(f, "{} {}", self.unit, self.number)
        } else {
            write!(f, "{} {}", self.number, self.unit)
        }
    }
}

/// As people read it: `3`, `2,300,000`, `EUR 145,000`, `8,000 kg`, a text as written.
impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Int(i) => Number::Int(*i).fmt(f),
            Outcome::Float(x) => Number::Float(*x).fmt(f),
            Outcome::Text(t) => f.write_str(t),
            Outcome::Amount(a) => a.fmt(f),
        }
    }
}

/// An outcome as every view, note and export for people says it:
/// `cash: EUR 145,000`, with `_` in its name read as a space.
pub fn describe(name: &str, value: &Outcome) -> String {
    format!("{}: {value}", name.replace('_', " "))
}

/// Outcomes as a sentence reads them, for the web page's story and table:
/// `3 arrests, 13 searches, EUR 145,000 in cash, 8,000 kg of cocaine`. A
/// count comes before its name, an amount of money is "in" what it was
/// found as, and "of" anything else; a name that ends as a participle
/// (`frozen`, `seized`) follows its amount as it is; a text says its name.
///
/// In a language other than English, where the names (written in the
/// dataset, usually in English) cannot be put into a sentence, each outcome
/// is said as [`describe`] says it: `arrests: 3; cash: EUR 145 000`.
pub fn outcome_words(outcomes: &[(String, Outcome)]) -> String {
    if crate::i18n::lang() != crate::i18n::Lang::En {
        let said: Vec<String> = outcomes.iter().map(|(k, v)| describe(k, v)).collect();
        return said.join("; ");
    }
    let mut out = String::new();
    for (i, (name, value)) in outcomes.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let name = name.replace('_', " ");
        let participle = name.ends_with("ed") || name.ends_with("en");
        let _ = match value {
            Outcome::Int(_) | Outcome::Float(_) => write!(out, "{value} {name}"),
            Outcome::Text(t) => write!(out, "{name}: {t}"),
            Outcome::Amount(a) if participle => write!(out, "{a} {name}"),
            Outcome::Amount(a) if a.is_currency() => write!(out, "{a} in {name}"),
            Outcome::Amount(a) => write!(out, "{a} of {name}"),
        };
    }
    out
}

/// `plain` (a number as Rust writes it) with its whole part in groups of three
/// digits; anything else (an exponent, `NaN`) as it is.
pub(crate) fn grouped(plain: &str) -> String {
    if crate::i18n::lang() != crate::i18n::Lang::En {
        return crate::i18n::cldr::decimal(plain);
    }
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain),
    };
    let (whole, fraction) = match rest.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (rest, None),
    };
    if whole.len() <= 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return plain.to_string();
    }
    let mut out = String::from(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// The currency codes of ISO 4217 in use (list one), sorted.
const CURRENT: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
    "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF",
    "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
    "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR",
    "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
    "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
    "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
    "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
    "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH",
    "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAD",
    "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF",
    "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWG",
];

/// The codes ISO 4217 lists as withdrawn (list three; `DEM`, `NLG`, `FRF`),
/// for cases older than the euro, sorted.
const WITHDRAWN: &[&str] = &[
    "ADP", "AFA", "ALK", "ANG", "AOK", "AON", "AOR", "ARA", "ARP", "ARY", "ATS", "AYM", "AZM",
    "BAD", "BEC", "BEF", "BEL", "BGJ", "BGK", "BGL", "BGN", "BOP", "BRB", "BRC", "BRE", "BRN",
    "BRR", "BUK", "BYB", "BYR", "CHC", "CSD", "CSJ", "CSK", "CUC", "CYP", "DDM", "DEM", "ECS",
    "ECV", "EEK", "ESA", "ESB", "ESP", "FIM", "FRF", "GEK", "GHC", "GHP", "GNE", "GNS", "GQE",
    "GRD", "GWE", "GWP", "HRD", "HRK", "IEP", "ILP", "ILR", "ISJ", "ITL", "LAJ", "LSM", "LTL",
    "LTT", "LUC", "LUF", "LUL", "LVL", "LVR", "MGF", "MLF", "MRO", "MTL", "MTP", "MVQ", "MXP",
    "MZE", "MZM", "NIC", "NLG", "PEH", "PEI", "PES", "PLZ", "PTE", "RHD", "ROK", "ROL", "RUR",
    "SDD", "SDP", "SIT", "SKK", "SLL", "SRG", "STD", "SUR", "TJR", "TMM", "TPE", "TRL", "UAK",
    "UGS", "UGW", "USS", "UYN", "UYP", "VEB", "VEF", "VNC", "XEU", "XFO", "XFU", "XRE", "YDD",
    "YUD", "YUM", "YUN", "ZAL", "ZMK", "ZRN", "ZRZ", "ZWC", "ZWD", "ZWL", "ZWN", "ZWR",
];

/// True for an ISO 4217 currency code, in use or withdrawn (`EUR`, `DEM`).
pub fn is_currency(code: &str) -> bool {
    code.len() == 3
        && (CURRENT.binary_search(&code).is_ok() || WITHDRAWN.binary_search(&code).is_ok())
}

/// Currencies people write in words or signs, with their code.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("€", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("$", "USD"),
    ("us$", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("£", "GBP"),
    ("sterling", "GBP"),
    ("pounds sterling", "GBP"),
    ("¥", "JPY"),
    ("yen", "JPY"),
    ("swiss francs", "CHF"),
];

/// Codes often written in lowercase; other codes in lowercase are English
/// words as often (`all`, `top`, `pen`) and stay units of their own.
const LOWERCASE_CODES: &[&str] = &[
    "eur", "usd", "gbp", "chf", "jpy", "cny", "rub", "sek", "nok", "dkk", "pln", "czk", "huf",
    "ron", "bgn", "aud", "cad", "hkd", "sgd", "aed", "brl",
];

/// Why `unit` cannot be an outcome's unit: it looks like a currency but is not
/// written as its ISO 4217 code. What is wrong (completing "the unit `eur` ...")
/// and a hint; `None` for a unit that may stand (`EUR`, `kg`, `phones`).
pub(crate) fn unit_problem(unit: &str) -> Option<(String, String)> {
    let lower = unit.to_lowercase();
    if let Some((_, code)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some((
            "names a currency in words, not by its code".to_string(),
            format!("write currencies as ISO 4217 codes: `unit: {code}`"),
        ));
    }
    if LOWERCASE_CODES.contains(&lower.as_str()) && unit != unit.to_uppercase() {
        return Some((
            "is a currency code in lowercase".to_string(),
            format!(
                "ISO 4217 codes are written in capitals: `unit: {}`",
                unit.to_uppercase()
            ),
        ));
    }
    let looks_like_code = unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase());
    if looks_like_code && !is_currency(unit) {
        let guess = crate::suggest::did_you_mean(unit, CURRENT.iter().copied());
        let hint = match guess {
            Some(g) => format!("did you mean `{g}`? A unit in three capitals is an ISO 4217 currency code; write any other unit in lowercase (`kg`, `phones`)"),
            None => "a unit in three capitals is an ISO 4217 currency code (`EUR`, `USD`, `GBP`); write any other unit in lowercase (`kg`, `phones`)".into(),
        };
        return Some(("is not an ISO 4217 currency code".to_string(), hint));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_tables_are_sorted_for_binary_search() {
        assert!(CURRENT.windows(2).all(|w| w[0] < w[1]));
        assert!(WITHDRAWN.windows(2).all(|w| w[0] < w[1]));
        assert!(CURRENT.iter().all(|c| !WITHDRAWN.contains(c)));
        for code in ["EUR", "USD", "GBP", "CHF", "XAU", "DEM", "NLG", "HRK"] {
            assert!(is_currency(code), "{code}");
        }
        for not in ["EUX", "eur", "KG", "EURO", ""] {
            assert!(!is_currency(not), "{not}");
        }
    }

    #[test]
    fn outcomes_read_as_people_say_them() {
        let eur = |n| {
            Outcome::Amount(Amount {
                number: Number::Int(n),
                unit: "EUR".into(),
            })
        };
        let cases = [
            ("arrests", Outcome::Int(3), "arrests: 3"),
            ("messages", Outcome::Int(2_300_000), "messages: 2,300,000"),
            ("cash", eur(145_000), "cash: EUR 145,000"),
            ("cash_total", eur(-1_000), "cash total: EUR -1,000"),
            (
                "cocaine_kg_nl",
                Outcome::Amount(Amount {
                    number: Number::Float(8000.5),
                    unit: "kg".into(),
                }),
                "cocaine kg nl: 8,000.5 kg",
            ),
            ("tonnes", Outcome::Float(1.5), "tonnes: 1.5"),
            ("share", Outcome::Float(1234.0), "share: 1,234"),
            (
                "officers",
                Outcome::Text("1,500–1,600".into()),
                "officers: 1,500–1,600",
            ),
            ("code", Outcome::Text("0071234".into()), "code: 0071234"),
        ];
        for (name, value, said) in cases {
            assert_eq!(describe(name, &value), said);
        }
        assert_eq!(grouped("1e300"), "1e300");
        assert_eq!(grouped("NaN"), "NaN");
        assert_eq!(grouped("-999"), "-999");
    }

    #[test]
    fn outcomes_read_as_a_sentence() {
        let eur = |n| {
            Outcome::Amount(Amount {
                number: Number::Int(n),
                unit: "EUR".into(),
            })
        };
        let outcomes = vec![
            ("arrests".to_string(), Outcome::Int(3)),
            ("cash".to_string(), eur(145_000)),
            ("frozen".to_string(), eur(154_100_000)),
            (
                "cocaine".to_string(),
                Outcome::Amount(Amount {
                    number: Number::Int(8000),
                    unit: "kg".into(),
                }),
            ),
            ("prison_years".to_string(), Outcome::Int(7134)),
            ("officers".to_string(), Outcome::Text("1,500–1,600".into())),
        ];
        assert_eq!(
            outcome_words(&outcomes),
            "3 arrests, EUR 145,000 in cash, EUR 154,100,000 frozen, 8,000 kg of cocaine, \
             7,134 prison years, officers: 1,500–1,600"
        );
        assert_eq!(outcome_words(&[]), "");
    }

    #[test]
    fn amounts_are_written_and_read_back_exactly() {
        for (amount, text) in [
            (
                Amount {
                    number: Number::Int(145_000),
                    unit: "EUR".into(),
                },
                "145000 EUR",
            ),
            (
                Amount {
                    number: Number::Float(1.5),
                    unit: "tonnes".into(),
                },
                "1.5 tonnes",
            ),
            (
                Amount {
                    number: Number::Float(3.0),
                    unit: "kg".into(),
                },
                "3.0 kg",
            ),
            (
                Amount {
                    number: Number::Int(-2),
                    unit: "cubic metres".into(),
                },
                "-2 cubic metres",
            ),
        ] {
            assert_eq!(amount.written(), text);
            assert_eq!(Amount::read_written(text), Some(amount));
        }
        for text in [
            "145,000 EUR",
            "145000",
            "145000  EUR",
            "145000 EUR ",
            "about 40",
            "007 kg",
            "EUR 145000",
        ] {
            assert_eq!(Amount::read_written(text), None, "{text}");
        }
    }

    #[test]
    fn units_that_look_like_currencies_must_be_codes() {
        assert_eq!(unit_problem("EUR"), None);
        assert_eq!(unit_problem("kg"), None);
        assert_eq!(unit_problem("phones"), None);
        assert_eq!(unit_problem("all"), None, "an English word, not the lek");
        let (msg, hint) = unit_problem("EUX").unwrap();
        assert_eq!(msg, "is not an ISO 4217 currency code");
        assert!(hint.starts_with("did you mean `EUR`?"), "{hint}");
        let (msg, hint) = unit_problem("eur").unwrap();
        assert_eq!(msg, "is a currency code in lowercase");
        assert!(hint.ends_with("`unit: EUR`"));
        let (_, hint) = unit_problem("Euros").unwrap();
        assert!(hint.ends_with("`unit: EUR`"));
        assert!(unit_problem("€").is_some());
    }
}
