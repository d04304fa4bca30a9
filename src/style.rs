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

impl Color {
    /// Hue (0-360), saturation and lightness (0-1).
    pub fn hsl(&self) -> (f64, f64, f64) {
        let (r, g, b) = (
            self.0 as f64 / 255.0,
            self.1 as f64 / 255.0,
            self.2 as f64 / 255.0,
        );
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let l = (max + min) / 2.0;
        let d = max - min;
        if d == 0.0 {
            return (0.0, 0.0, l);
        }
        let s = d / (1.0 - (2.0 * l - 1.0).abs());
        let h = if max == r {
            60.0 * ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            60.0 * ((b - r) / d + 2.0)
        } else {
            60.0 * ((r - g) / d + 4.0)
        };
        (h, s, l)
    }

    /// The colour of this hue and saturation at lightness `l` (0-1).
    pub fn with_lightness(&self, l: f64) -> Color {
        let (h, s, _) = self.hsl();
        let l = l.clamp(0.0, 1.0);
        let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
        let x = c * (1.0 - ((h / 60.0).rem_euclid(2.0) - 1.0).abs());
        let m = l - c / 2.0;
        let (r, g, b) = match (h / 60.0) as u32 {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
        Color(byte(r), byte(g), byte(b))
    }

    /// This colour, or the nearest of its hue and saturation in lightness, that
    /// has at least contrast `ratio` against `backdrop`: darker on light
    /// backdrops, lighter on dark ones.
    pub fn with_contrast(&self, backdrop: &Color, ratio: f64) -> Color {
        if self.contrast(backdrop) >= ratio {
            return *self;
        }
        let (_, _, l0) = self.hsl();
        let darker = backdrop.luminance() > 0.18;
        // Lightness moves contrast one way only, so the first step that reaches
        // the ratio is the nearest; 1/200 steps are finer than 8-bit channels.
        for k in 1..=200 {
            let l = if darker {
                l0 - k as f64 / 200.0
            } else {
                l0 + k as f64 / 200.0
            };
            let c = self.with_lightness(l);
            if c.contrast(backdrop) >= ratio || !(0.0..=1.0).contains(&l) {
                return c;
            }
        }
        *self
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The categorical hues, in slot order: Paul Tol's "muted" scheme, nine
/// colours chosen to stay apart for readers with any common colour-vision
/// deficiency (P. Tol, "Colour Schemes", SRON/EPS/TN/09-002, 2021). Themes
/// change only their lightness ([`Theme::tone`]).
pub const CATEGORICAL: [Color; 9] = [
    Color::hex(0x332288), // indigo
    Color::hex(0x88CCEE), // cyan
    Color::hex(0x44AA99), // teal
    Color::hex(0x117733), // green
    Color::hex(0x999933), // olive
    Color::hex(0xDDCC77), // sand
    Color::hex(0xCC6677), // rose
    Color::hex(0x882255), // wine
    Color::hex(0xAA4499), // purple
];

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
    /// The categorical colours (Paul Tol's "muted" nine) toned for this theme.
    pub palette: Vec<Color>,
    /// The one colour of every country that has no colour of its own in a picture
    /// ("other countries"): a neutral grey, so it never reads as a category.
    pub other: Color,
    /// Opacity of what `--focus` dims.
    pub dim: f64,
}

impl Theme {
    /// Every theme name, for the command line.
    pub const NAMES: [&'static str; 4] = ["light", "dark", "print", "contrast"];

    /// A theme by name.
    pub fn by_name(name: &str) -> Option<Theme> {
        let (name, background, text, muted, grid, band, dim) = match name {
            "light" => (
                "light",
                Color::hex(0xFFFFFF),
                Color::hex(0x1B1B1F),
                Color::hex(0x56565F),
                Color::hex(0xE2E2E8),
                Color::hex(0xF5F6F8),
                0.22,
            ),
            "dark" => (
                "dark",
                Color::hex(0x15171C),
                Color::hex(0xF1F2F4),
                Color::hex(0xB4B7C0),
                Color::hex(0x33363F),
                Color::hex(0x1D2027),
                0.25,
            ),
            "print" => (
                "print",
                Color::hex(0xFFFFFF),
                Color::hex(0x000000),
                Color::hex(0x3A3A3A),
                Color::hex(0xCCCCCC),
                Color::hex(0xF2F2F2),
                0.3,
            ),
            "contrast" => (
                "contrast",
                Color::hex(0x000000),
                Color::hex(0xFFFFFF),
                Color::hex(0xFFFFFF),
                Color::hex(0x6E6E6E),
                Color::hex(0x111111),
                0.35,
            ),
            _ => return None,
        };
        let mut theme = Theme {
            name,
            background,
            text,
            muted,
            grid,
            band,
            event: text,
            palette: Vec::new(),
            other: Color::hex(0x8C8C96),
            dim,
        };
        theme.palette = CATEGORICAL.iter().map(|c| theme.tone(*c)).collect();
        theme.other = theme.tone(theme.other);
        Some(theme)
    }

    /// `c` as this theme draws marks in it: the same hue and saturation, with the
    /// lightness moved only as far as the mark needs to stand out from the
    /// background. The palette was designed for white paper, so the light
    /// theme keeps it as it is; dark themes lighten it (the high-contrast one to
    /// the 4.5:1 of text), and print darkens the lightest hues for grey printers.
    pub fn tone(&self, c: Color) -> Color {
        let need = match self.name {
            "contrast" => 4.5,
            "dark" => 2.5,
            "print" => 1.5,
            _ => 1.0,
        };
        c.with_contrast(&self.background, need)
    }

    /// `c` as text: its hue, at a lightness that reads (4.5:1) on the
    /// background and on the lane shading.
    pub fn ink(&self, c: Color) -> Color {
        c.with_contrast(&self.background, 4.5)
            .with_contrast(&self.band, 4.5)
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

    #[test]
    fn themes_move_only_the_lightness_of_a_hue() {
        let light = Theme::by_name("light").unwrap();
        for name in Theme::NAMES {
            let t = Theme::by_name(name).unwrap();
            for (a, b) in light.palette.iter().zip(&t.palette) {
                let (ha, sa, _) = a.hsl();
                let (hb, sb, _) = b.hsl();
                // Rounding to 8-bit channels moves hue and saturation a little.
                let dh = (ha - hb).abs().min(360.0 - (ha - hb).abs());
                assert!(dh < 6.0, "{name}: hue of {a} became {b}");
                assert!(
                    (sa - sb).abs() < 0.12,
                    "{name}: saturation of {a} became {b}"
                );
            }
        }
        assert_eq!(
            light.palette, CATEGORICAL,
            "the light theme keeps the palette"
        );
    }

    #[test]
    fn lightness_round_trips_and_contrast_is_reached() {
        for c in CATEGORICAL {
            let (_, _, l) = c.hsl();
            let back = c.with_lightness(l);
            assert!(
                (back.0 as i32 - c.0 as i32).abs() <= 1
                    && (back.1 as i32 - c.1 as i32).abs() <= 1
                    && (back.2 as i32 - c.2 as i32).abs() <= 1,
                "{c} -> {back}"
            );
            for bg in [
                Color::hex(0xFFFFFF),
                Color::hex(0x15171C),
                Color::hex(0x000000),
            ] {
                assert!(
                    c.with_contrast(&bg, 4.5).contrast(&bg) >= 4.5,
                    "{c} on {bg}"
                );
            }
        }
    }
}
