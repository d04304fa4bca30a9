//! `--font`: the fonts text is set in, and what to do about characters that
//! none of them has.

use std::path::PathBuf;

use coopline::{Fonts, Scene, Shape};

use crate::Fail;

/// The bundled fonts with the `--font` files before the bundled fallbacks, in
/// the order given.
pub fn given(paths: &[PathBuf]) -> Result<Fonts, Fail> {
    let mut fonts = Fonts::bundled();
    for path in paths {
        let data = std::fs::read(path).map_err(|e| {
            errln!("error: --font {}: {e}", path.display());
            Fail::Io
        })?;
        fonts = fonts.with_font(data).map_err(|e| {
            errln!("error: --font {}: {e}", path.display());
            Fail::Usage
        })?;
        verbose!("font {}: {}", path.display(), fonts.families()[2]);
    }
    Ok(fonts)
}

/// How a character is named to the user: itself and its code point.
fn named(c: char) -> String {
    format!("{c} (U+{:04X})", c as u32)
}

/// Up to a dozen characters, named, then how many more.
fn listed(chars: &[char]) -> String {
    const SHOWN: usize = 12;
    let mut out: Vec<String> = chars.iter().take(SHOWN).map(|&c| named(c)).collect();
    if chars.len() > SHOWN {
        out.push(format!("and {} more", chars.len() - SHOWN));
    }
    out.join(", ")
}

/// For PNG and PDF: when the pictures hold characters that no font of `fonts`
/// has, the chain with the system's fonts that have them (`None` when
/// nothing is missing or the system has none of them, so that the bundled
/// and given fonts alone draw every picture they can). Says once which
/// characters no font at all has, and which are set in this machine's fonts.
pub fn system_fallback<'a>(
    scenes: impl Iterator<Item = &'a Scene>,
    fonts: &Fonts,
) -> Option<Fonts> {
    let mut missing: Vec<char> = Vec::new();
    for scene in scenes {
        for item in &scene.items {
            if let Shape::Text { text, .. } = &item.shape {
                for c in fonts.missing(text) {
                    if !missing.contains(&c) {
                        missing.push(c);
                    }
                }
            }
        }
    }
    if missing.is_empty() {
        return None;
    }
    let (more, left) = fonts.with_system_fonts(&missing);
    let found: Vec<char> = missing
        .iter()
        .copied()
        .filter(|c| !left.contains(c))
        .collect();
    if !found.is_empty() {
        let families = more.families();
        let system = &families[families.len() - more.system_faces()..];
        info!(
            "note: no bundled or given font has {}; they are set in this machine's {} (give a font with --font PATH to draw them the same on every machine)",
            listed(&found),
            system.join(", ")
        );
    }
    if !left.is_empty() {
        errln!(
            "warning: no font has {}: they are drawn as empty boxes; give a font that has them with --font PATH",
            listed(&left)
        );
    }
    (more.system_faces() > fonts.system_faces()).then_some(more)
}
