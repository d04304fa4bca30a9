//! `style:`: every colour is a colour, and every key names something the
//! pictures colour (a country code, a team of the dataset, an agency kind).

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::{AgencyKind, Country, Style};
use crate::style::Color;
use crate::suggest::did_you_mean;

/// `#rrggbb` or `#rgb`, in either case.
pub(crate) fn parse_color(s: &str) -> Option<Color> {
    let hex = s.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    match hex.len() {
        6 => Some(Color::hex(v)),
        3 => {
            let (r, g, b) = ((v >> 8) & 0xF, (v >> 4) & 0xF, v & 0xF);
            Some(Color((r * 17) as u8, (g * 17) as u8, (b * 17) as u8))
        }
        _ => None,
    }
}

impl Validator<'_> {
    pub(super) fn style(&mut self) -> Style {
        let raw = self.raw;
        let mut colors = Vec::new();
        for (key, value) in &raw.colors {
            let k = key.value.as_str();
            let known = Country::from_code(k).is_some()
                || self.teams.get(k).is_some()
                || AgencyKind::ALL.iter().any(|(_, name)| *name == k);
            if !known {
                let teams = raw
                    .teams
                    .iter()
                    .filter_map(|t| t.id.as_ref())
                    .map(|i| i.as_str());
                let kinds = AgencyKind::ALL.iter().map(|(_, n)| *n);
                let upper = k.to_uppercase();
                let guess = Country::from_code(&upper)
                    .map(|c| c.code())
                    .or_else(|| did_you_mean(k, teams.chain(kinds)));
                let help = match guess {
                    Some(g) => format!("did you mean `{g}`? A key is a country code (`FR`), a team id or an agency kind (`police`)"),
                    None => "a key is a country code (`FR`), a team id of this dataset or an agency kind (`police`)".to_string(),
                };
                self.error(
                    Diagnostic::error(
                        Code::UnknownStyleKey,
                        key.span,
                        format!("`{k}` in `colors` is not a country, team or agency kind"),
                    )
                    .label("nothing of this name is drawn")
                    .help(help),
                );
                continue;
            }
            match parse_color(&value.value) {
                Some(c) => colors.push((k.to_string(), c)),
                None => self.error(
                    Diagnostic::error(
                        Code::BadColor,
                        value.span,
                        format!("`{}` is not a colour", value.value),
                    )
                    .label("expected `#rrggbb`")
                    .help(
                        "write colours as six hex digits after `#`, in quotes: `FR: \"#0055a4\"`",
                    ),
                ),
            }
        }
        Style { colors }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_hex_triplets() {
        assert_eq!(parse_color("#0055a4"), Some(Color::hex(0x0055A4)));
        assert_eq!(parse_color("#FFF"), Some(Color::hex(0xFFFFFF)));
        assert_eq!(parse_color("#0f8"), Some(Color::hex(0x00FF88)));
        for bad in [
            "0055a4",
            "#0055a",
            "#gg0000",
            "blue",
            "#",
            "#+12345",
            "#0055a4ff",
        ] {
            assert_eq!(parse_color(bad), None, "{bad}");
        }
    }
}
