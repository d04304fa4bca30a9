//! Colours, themes and contrast.
//!
//! Palettes are colour-blind safe (after Okabe & Ito, "Color Universal Design"),
//! and every theme keeps text at a WCAG contrast of at least 4.5:1 against what it
//! is drawn on; the tests check this on the rendered scenes.

use std::fmt;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// Parses `#rrggbb`.
    pub const fn hex(v: u32) -> Color {
        Color((v >> 16) as u8, (v >> 8) as u8, v as u8)
    }

    /// WCAG relative luminance (0 for black, 1 for white).
    pub fn luminance(&self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(&self, other: &Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// This colour seen at `opacity` over `backdrop`.
    pub fn over(&self, backdrop: &Color, opacity: f64) -> Color {
        let mix = |a: u8, b: u8| (a as f64 * opacity + b as f64 * (1.0 - opacity)).round() as u8;
        Color(
            mix(self.0, backdrop.0),
            mix(self.1, backdrop.1),
            mix(self.2, backdrop.2),
        )
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// A named set of colours for a view.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Name (`light`, `dark`, `print`, `contrast`).
    pub name: &'static str,
    /// Canvas.
    pub background: Color,
    /// Main text.
    pub text: Color,
    /// Secondary text (axis, footnote); still at least 4.5:1 on the background.
    pub muted: Color,
    /// Grid lines and lane separators.
    pub grid: Color,
    /// Alternate lane shading.
    pub band: Color,
    /// Event markers and their connecting lines.
    pub event: Color,
    /// Categorical colours for teams (or countries, kinds), in order of use.
    pub palette: Vec<Color>,
    /// Opacity of what `--focus` dims.
    pub dim: f64,
}

impl Theme {
    /// Every theme name, for the command line.
    pub const NAMES: [&'static str; 4] = ["light", "dark", "print", "contrast"];

    /// A theme by name.
    pub fn by_name(name: &str) -> Option<Theme> {
        Some(match name {
            "light" => Theme {
                name: "light",
                background: Color::hex(0xFFFFFF),
                text: Color::hex(0x1B1B1F),
                muted: Color::hex(0x56565F),
                grid: Color::hex(0xE2E2E8),
                band: Color::hex(0xF5F6F8),
                event: Color::hex(0x1B1B1F),
                // Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow.
                palette: vec![
                    Color::hex(0x0072B2),
                    Color::hex(0xE69F00),
                    Color::hex(0x009E73),
                    Color::hex(0xD55E00),
                    Color::hex(0xCC79A7),
                    Color::hex(0x56B4E9),
                    Color::hex(0xF0E442),
                ],
                dim: 0.22,
            },
            "dark" => Theme {
                name: "dark",
                background: Color::hex(0x15171C),
                text: Color::hex(0xF1F2F4),
                muted: Color::hex(0xB4B7C0),
                grid: Color::hex(0x33363F),
                band: Color::hex(0x1D2027),
                event: Color::hex(0xF1F2F4),
                palette: vec![
                    Color::hex(0x56B4E9),
                    Color::hex(0xE69F00),
                    Color::hex(0x2EC4A0),
                    Color::hex(0xF07D3C),
                    Color::hex(0xE08FC0),
                    Color::hex(0xF0E442),
                    Color::hex(0x9AA8FF),
                ],
                dim: 0.25,
            },
            "print" => Theme {
                name: "print",
                background: Color::hex(0xFFFFFF),
                text: Color::hex(0x000000),
                muted: Color::hex(0x3A3A3A),
                grid: Color::hex(0xCCCCCC),
                band: Color::hex(0xF2F2F2),
                event: Color::hex(0x000000),
                // Dark to light, so teams stay apart when printed in grey.
                palette: vec![
                    Color::hex(0x004C7A),
                    Color::hex(0xE69F00),
                    Color::hex(0x00775A),
                    Color::hex(0xA84A00),
                    Color::hex(0x9A4F7E),
                    Color::hex(0x56B4E9),
                    Color::hex(0xBDB000),
                ],
                dim: 0.3,
            },
            "contrast" => Theme {
                name: "contrast",
                background: Color::hex(0x000000),
                text: Color::hex(0xFFFFFF),
                muted: Color::hex(0xFFFFFF),
                grid: Color::hex(0x6E6E6E),
                band: Color::hex(0x111111),
                event: Color::hex(0xFFFFFF),
                palette: vec![
                    Color::hex(0x5CC8FF),
                    Color::hex(0xFFB000),
                    Color::hex(0x3DDC97),
                    Color::hex(0xFF6F3C),
                    Color::hex(0xFF8CC6),
                    Color::hex(0xFFF15C),
                    Color::hex(0xB8B8FF),
                ],
                dim: 0.35,
            },
            _ => return None,
        })
    }

    /// The palette colour for the `i`-th category (wrapping around).
    pub fn color(&self, i: usize) -> Color {
        self.palette[i % self.palette.len()]
    }

    /// Black or white text, whichever reads better on `fill`.
    pub fn ink_on(&self, fill: Color) -> Color {
        let dark = Color::hex(0x000000);
        let light = Color::hex(0xFFFFFF);
        if dark.contrast(&fill) >= light.contrast(&fill) {
            dark
        } else {
            light
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag() {
        let black = Color::hex(0x000000);
        let white = Color::hex(0xFFFFFF);
        assert!((black.contrast(&white) - 21.0).abs() < 1e-9);
        assert!((Color::hex(0x777777).contrast(&white) - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_theme_reads_at_aa() {
        for name in Theme::NAMES {
            let t = Theme::by_name(name).unwrap();
            assert!(t.text.contrast(&t.background) >= 7.0, "{name} text");
            assert!(t.muted.contrast(&t.background) >= 4.5, "{name} muted");
            for c in &t.palette {
                assert!(t.ink_on(*c).contrast(c) >= 4.5, "{name} ink on {c}");
            }
        }
    }
}
