//! Pictures as pixels: decoding, comparing with a tolerance, the reference PNGs
//! in `tests/reference/` (rewritten by `BLESS=1 cargo test reference::`) and the
//! diff image a failed comparison leaves in `target/reference-diff/`.

use std::path::{Path, PathBuf};

use resvg::tiny_skia::Pixmap;

/// The command that rewrites the reference PNGs.
pub const BLESS_COMMAND: &str = "BLESS=1 cargo test reference::";

/// Decoded pixels, RGBA with straight (not premultiplied) alpha, row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height` pixels.
    pub px: Vec<[u8; 4]>,
}

impl Image {
    /// The pixel at column `x`, row `y`.
    pub fn at(&self, x: u32, y: u32) -> [u8; 4] {
        self.px[(y * self.width + x) as usize]
    }

    /// Whole-pixel box average over `f` x `f` blocks (the right and bottom rest
    /// that does not fill a block is left out): what two rasterizers agree on
    /// once their anti-aliasing is averaged away.
    pub fn downsample(&self, f: u32) -> Image {
        let (w, h) = (self.width / f, self.height / f);
        let mut px = Vec::with_capacity((w * h) as usize);
        for by in 0..h {
            for bx in 0..w {
                let mut sum = [0u32; 4];
                for y in by * f..(by + 1) * f {
                    for x in bx * f..(bx + 1) * f {
                        for (s, c) in sum.iter_mut().zip(self.at(x, y)) {
                            *s += c as u32;
                        }
                    }
                }
                px.push(sum.map(|s| ((s + f * f / 2) / (f * f)) as u8));
            }
        }
        Image {
            width: w,
            height: h,
            px,
        }
    }

    /// True if something is drawn in the rectangle: a pixel more than 64 away
    /// from `background` in some channel (ink, not anti-aliasing haze).
    pub fn drawn_in(&self, x0: u32, y0: u32, x1: u32, y1: u32, background: [u8; 4]) -> bool {
        (y0..y1.min(self.height))
            .flat_map(|y| (x0..x1.min(self.width)).map(move |x| (x, y)))
            .any(|(x, y)| delta(self.at(x, y), background) > 64)
    }
}

/// Decodes a PNG (any colour type) into straight RGBA.
pub fn decode_png(png: &[u8]) -> Image {
    let pixmap = Pixmap::decode_png(png).unwrap_or_else(|e| panic!("not a PNG: {e}"));
    Image {
        width: pixmap.width(),
        height: pixmap.height(),
        px: pixmap
            .pixels()
            .iter()
            .map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect(),
    }
}

/// Decodes a binary PPM (`P6`, 8 bits a channel), what `pdftoppm` writes.
pub fn decode_ppm(ppm: &[u8]) -> Image {
    // The header is four whitespace-separated fields: P6, width, height, maxval.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while ppm[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !ppm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&ppm[start..i]).unwrap().to_string());
    }
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P6", "255"));
    let (width, height): (u32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let px: Vec<[u8; 4]> = ppm[i + 1..]
        .chunks_exact(3)
        .map(|c| [c[0], c[1], c[2], 255])
        .collect();
    assert_eq!(px.len(), (width * height) as usize, "a short PPM");
    Image { width, height, px }
}

/// Encodes as small a PNG as the `png` crate makes: RGB when every pixel is
/// opaque, unfiltered rows (flat areas and text compress best so), best deflate.
pub fn encode_png(img: &Image) -> Vec<u8> {
    let opaque = img.px.iter().all(|p| p[3] == 255);
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, img.width, img.height);
    enc.set_color(if opaque {
        png::ColorType::Rgb
    } else {
        png::ColorType::Rgba
    });
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Best);
    enc.set_filter(png::FilterType::NoFilter);
    enc.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
    let data: Vec<u8> = if opaque {
        img.px.iter().flat_map(|p| [p[0], p[1], p[2]]).collect()
    } else {
        img.px.concat()
    };
    let mut w = enc.write_header().expect("PNG header");
    w.write_image_data(&data).expect("PNG data");
    w.finish().expect("PNG end");
    out
}

/// Largest per-channel difference between two pixels.
fn delta(a: [u8; 4], b: [u8; 4]) -> u8 {
    a.iter().zip(b).map(|(x, y)| x.abs_diff(y)).max().unwrap()
}

/// How close two pictures must be: a pixel differs if some channel is more than
/// `channel` apart, and at most `pixels` may differ.
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    /// Largest per-channel difference that is noise.
    pub channel: u8,
    /// Most differing pixels allowed.
    pub pixels: usize,
}

/// Pixel by pixel, for the same renderer on another machine: resvg draws
/// shapes and text the same everywhere up to rounding in its SIMD and scalar
/// paths (a few units a channel at an anti-aliased edge), so 16 of 255 is
/// noise. The cap is the fraction of a few glyphs, well under what a mark
/// moved by 3 px changes (`reference::a_mark_moved_by_three_pixels_fails`).
pub const SAME_RENDERER: Tolerance = Tolerance {
    channel: 16,
    pixels: 12,
};

/// For two rasterizers (resvg and poppler, or resvg at two scales), compared
/// after [`Image::downsample`] to blocks of 8 x 8 px at the reference scale:
/// their anti-aliasing and hinting differ at every edge, but block averages of
/// the same picture stay close (poppler 22.12 against resvg: 6 of 8040 blocks
/// over 24, none over 32), while a blank page, another theme or the picture
/// shifted by one block differ in hundreds of blocks.
pub const TWO_RASTERIZERS: Tolerance = Tolerance {
    channel: 48,
    pixels: 40,
};

/// What a comparison found.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Within the tolerance.
    Same,
    /// The sizes differ (expected, actual).
    Size((u32, u32), (u32, u32)),
    /// Too many pixels differ: how many, and the largest channel difference.
    Pixels(usize, u8),
}

/// Compares `actual` with `expected` within `tol`.
pub fn compare(expected: &Image, actual: &Image, tol: Tolerance) -> Verdict {
    let (e, a) = (
        (expected.width, expected.height),
        (actual.width, actual.height),
    );
    if e != a {
        return Verdict::Size(e, a);
    }
    let deltas = expected
        .px
        .iter()
        .zip(&actual.px)
        .map(|(x, y)| delta(*x, *y));
    let (mut n, mut worst) = (0, 0);
    for d in deltas {
        worst = worst.max(d);
        n += usize::from(d > tol.channel);
    }
    if n > tol.pixels {
        Verdict::Pixels(n, worst)
    } else {
        Verdict::Same
    }
}

/// The reference, faded, with the differing pixels in magenta, and the actual
/// picture to its right.
pub fn diff_image(expected: &Image, actual: &Image, tol: Tolerance) -> Image {
    let (w, h) = (
        expected.width.max(actual.width),
        expected.height.max(actual.height),
    );
    let mut px = vec![[255, 255, 255, 255]; (2 * w * h) as usize];
    let get = |img: &Image, x: u32, y: u32| (x < img.width && y < img.height).then(|| img.at(x, y));
    for y in 0..h {
        for x in 0..w {
            let (e, a) = (get(expected, x, y), get(actual, x, y));
            let left = match (e, a) {
                (Some(e), Some(a)) if delta(e, a) <= tol.channel => e.map(|c| 192 + c / 4),
                _ => [255, 0, 200, 255],
            };
            px[(y * 2 * w + x) as usize] = left;
            if let Some(a) = a {
                px[(y * 2 * w + w + x) as usize] = a;
            }
        }
    }
    Image {
        width: 2 * w,
        height: h,
        px,
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where the reference picture `name` lives (`tests/reference/NAME.png`).
pub fn reference_path(name: &str) -> PathBuf {
    root().join("tests/reference").join(format!("{name}.png"))
}

/// The reference picture `name`, if it has been made.
pub fn reference(name: &str) -> Option<Image> {
    std::fs::read(reference_path(name))
        .ok()
        .map(|png| decode_png(&png))
}

/// The reference picture `name` to compare with; while the references are
/// being rewritten (`BLESS`), the picture `fresh` draws, which they are made of.
pub fn reference_or(name: &str, fresh: impl FnOnce() -> Image) -> Image {
    if blessing() {
        return fresh();
    }
    reference(name).unwrap_or_else(|| {
        panic!("tests/reference/{name}.png is missing: create it with `{BLESS_COMMAND}`")
    })
}

/// True when the run is asked to rewrite the references (`BLESS` set and not `0`).
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Writes `bytes` to `path` whole or not at all: another test may be reading it.
fn write_whole(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let tmp = path.with_extension(format!("png.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

/// Checks `actual` against the reference `name` within [`SAME_RENDERER`]; with
/// `BLESS` set, makes it the reference instead (only if it differs, so an
/// unchanged picture keeps its file). On a difference, writes
/// `target/reference-diff/NAME.png` and says which file differs and the
/// command that updates it.
pub fn check_reference(name: &str, actual: &Image) -> Result<(), String> {
    let path = reference_path(name);
    let shown = format!("tests/reference/{name}.png");
    let expected = reference(name);
    let verdict = expected.as_ref().map(|e| compare(e, actual, SAME_RENDERER));
    if blessing() {
        if verdict != Some(Verdict::Same) {
            write_whole(&path, &encode_png(actual));
            eprintln!("wrote {shown}");
        }
        return Ok(());
    }
    let (Some(expected), Some(verdict)) = (expected, verdict) else {
        return Err(format!(
            "{shown} is missing: create it with `{BLESS_COMMAND}`, look at it, and commit it"
        ));
    };
    let why = match verdict {
        Verdict::Same => return Ok(()),
        Verdict::Size(e, a) => format!("is {}x{} px, the picture now {}x{}", e.0, e.1, a.0, a.1),
        Verdict::Pixels(n, worst) => format!(
            "differs in {n} pixels (at most {} may differ by over {}; the largest difference is {worst})",
            SAME_RENDERER.pixels, SAME_RENDERER.channel
        ),
    };
    let diff = root()
        .join("target/reference-diff")
        .join(format!("{name}.png"));
    write_whole(
        &diff,
        &encode_png(&diff_image(&expected, actual, SAME_RENDERER)),
    );
    Err(format!(
        "{shown} {why}.\n  See {} (left: the reference faded, differences in magenta; right: the picture now).\n  If the change is intended, update the reference with `{BLESS_COMMAND}` and commit it.",
        diff.display()
    ))
}

/// Draws a scene through SVG and resvg at `scale`, as the PNG output does.
pub fn rasterize(scene: &coopline::Scene, scale: f32) -> Image {
    let svg = coopline::render_svg(scene);
    decode_png(&coopline::render_png(&svg, scale).expect("render PNG"))
}

/// Poppler's `pdftoppm`, if installed. CI installs it (poppler-utils), so there
/// its absence fails the test instead of skipping it.
pub fn pdftoppm() -> Option<&'static str> {
    let found = std::process::Command::new("pdftoppm")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("CI").is_some() {
        panic!("CI must check PDF pages with poppler's `pdftoppm`, and it is not installed");
    }
    found.then_some("pdftoppm")
}

/// Page `page` (from 1) of a PDF drawn by `pdftoppm` at `dpi`; `None` (with a
/// note) when the tool is missing outside CI.
pub fn pdf_page(pdf: &[u8], page: usize, dpi: u32) -> Option<Image> {
    let Some(tool) = pdftoppm() else {
        eprintln!(
            "note: `pdftoppm` (poppler-utils) is not installed; the PDF pixels are not checked"
        );
        return None;
    };
    let dir = super::scratch("pdf-page");
    std::fs::write(dir.join("in.pdf"), pdf).unwrap();
    let p = page.to_string();
    let out = std::process::Command::new(tool)
        .args(["-r", &dpi.to_string(), "-f", &p, "-l", &p, "-singlefile"])
        .arg(dir.join("in.pdf"))
        .arg(dir.join("page"))
        .output()
        .expect("run pdftoppm");
    assert!(
        out.status.success(),
        "pdftoppm cannot read the PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let img = decode_ppm(&std::fs::read(dir.join("page.ppm")).unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    Some(img)
}
