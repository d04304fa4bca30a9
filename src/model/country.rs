//! Country codes: ISO 3166-1 alpha-2, plus `EU` for EU bodies and `INT` for
//! international organisations.

/// Every assigned ISO 3166-1 alpha-2 code with its short English name, sorted by code.
const ISO: &[(&str, &str)] = &[
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei Darussalam"),
    ("BO", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Democratic Republic of the Congo"),
    ("CF", "Central African Republic"),
    ("CG", "Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands"),
    ("FM", "Micronesia"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong"),
    ("HM", "Heard Island and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"),
    ("KR", "South Korea"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestine"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russia"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "Sao Tome and Principe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Holy See"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "British Virgin Islands"),
    ("VI", "U.S. Virgin Islands"),
    ("VN", "Viet Nam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

/// Every code the format accepts: ISO 3166-1 alpha-2, `XK`, `EU` and `INT`.
pub fn all_codes() -> impl Iterator<Item = &'static str> {
    ISO.iter().map(|(c, _)| *c).chain(["XK", "EU", "INT"])
}

/// Codes people write that ISO does not assign, with the code they mean.
const ALIASES: &[(&str, &str, &str)] = &[
    ("UK", "GB", "the United Kingdom is `GB` in ISO 3166-1"),
    (
        "EL",
        "GR",
        "EU documents write Greece as `EL`; ISO 3166-1 uses `GR`",
    ),
    ("XK", "XK", ""),
];

/// A validated country code: an ISO 3166-1 alpha-2 code, `EU` or `INT`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country(&'static str);

impl Country {
    /// The EU, for EU bodies such as Europol and Eurojust.
    pub const EU: Country = Country("EU");
    /// International organisations such as Interpol.
    pub const INT: Country = Country("INT");
    /// No country given: a company or NGO whose dataset names none (CLDR's
    /// code for an unknown region). Never written in a dataset.
    pub const NONE: Country = Country("ZZ");

    /// Looks up a code exactly (upper case, as written in the format).
    pub fn from_code(code: &str) -> Option<Country> {
        match code {
            "EU" => Some(Country::EU),
            "INT" => Some(Country::INT),
            // Kosovo: user-assigned but in common use by the EU and Interpol.
            "XK" => Some(Country("XK")),
            _ => ISO
                .binary_search_by(|(c, _)| (*c).cmp(code))
                .ok()
                .map(|i| Country(ISO[i].0)),
        }
    }

    /// The code.
    pub fn code(&self) -> &'static str {
        self.0
    }

    /// Short name in the language spoken ([`crate::i18n::speak`]): ISO 3166's
    /// English name, or CLDR's name in another language.
    pub fn name(&self) -> &'static str {
        if crate::i18n::lang() != crate::i18n::Lang::En
            && let Some(name) = match self.0 {
                "INT" => Some(crate::i18n::static_text("country-international")),
                "ZZ" => Some(crate::i18n::static_text("country-none")),
                c => crate::i18n::cldr::territory(c),
            }
        {
            return name;
        }
        match self.0 {
            "EU" => "European Union",
            "INT" => "International",
            "XK" => "Kosovo",
            "ZZ" => "No country given",
            c => ISO
                .binary_search_by(|(k, _)| (*k).cmp(c))
                .map(|i| ISO[i].1)
                .unwrap_or(c),
        }
    }

    /// True for `EU` and `INT`, which stand for bodies above countries.
    pub fn is_supranational(&self) -> bool {
        matches!(self.0, "EU" | "INT")
    }

    /// True for a country: not `EU`, `INT`, nor [`Country::NONE`].
    pub fn is_country(&self) -> bool {
        !self.is_supranational() && *self != Country::NONE
    }
}

/// A hint for a code that is not valid: the code meant, and why.
pub fn suggest(code: &str) -> Option<String> {
    let upper = code.trim().to_uppercase();
    if let Some(c) = Country::from_code(&upper)
        && upper != code
    {
        return Some(format!("codes are written in capitals: `{}`", c.code()));
    }
    if let Some((_, to, why)) = ALIASES.iter().find(|(from, _, _)| *from == upper)
        && !why.is_empty()
    {
        return Some(format!("use `{to}`: {why}"));
    }
    if matches!(upper.as_str(), "EUROPE" | "EUR" | "EEA") {
        return Some("use `EU` for EU bodies".into());
    }
    let lower = code.trim().to_lowercase();
    // A country written out in full ("Netherlands", "the Netherlands").
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    if let Some((c, n)) = ISO.iter().find(|(_, n)| n.to_lowercase() == lower) {
        return Some(format!("{n} is `{c}`"));
    }
    if lower.len() > 3
        && let Some(n) = crate::suggest::did_you_mean(lower, ISO.iter().map(|(_, n)| *n))
    {
        let c = ISO.iter().find(|(_, name)| *name == n).map(|(c, _)| *c)?;
        return Some(format!("did you mean {n} (`{c}`)?"));
    }
    if upper.len() == 3 {
        return Some("use the two-letter ISO 3166-1 code, not the three-letter one".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(ISO.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(ISO.len(), 249);
    }

    #[test]
    fn lookups_and_hints() {
        assert_eq!(Country::from_code("NL").unwrap().name(), "Netherlands");
        assert!(Country::from_code("EU").unwrap().is_supranational());
        assert!(Country::from_code("UK").is_none());
        assert!(suggest("UK").unwrap().contains("`GB`"));
        assert!(suggest("Netherlands").unwrap().contains("`NL`"));
        assert!(suggest("nl").unwrap().contains("`NL`"));
    }
}
