//! A step-by-step build as one PDF (`render --steps -o deck.pdf`) that holds
//! the picture once: each step's marks are a form (XObject) drawn by every
//! page from that step on, and the fonts are embedded once, so the file grows
//! with what the steps add, not with pages times picture.
//!
//! The picture is written as SVG with its items regrouped by step, each group
//! isolated so that svg2pdf makes it a form of its own, and converted once.
//! Page `k` then draws, layer by layer, the forms of steps 0 (what every frame
//! shows) to `k` through blocks of a binary tree ([`Blocks`]): a chain in
//! which page `k` draws page `k - 1` would nest forms thousands deep, and
//! viewers refuse a few dozen (pdfium's limit is 40).
//!
//! Regrouping must not change what the last page shows: items of different
//! steps may overlap (a label over a later bar), so an item that would be
//! drawn before something it was drawn over in the picture goes to a later
//! layer ([`layers`]), and every layer draws its steps in turn.
//!
//! svg2pdf 0.13 writes some dictionaries and objects in the order of a hash
//! map: the objects it makes are renumbered in the order the pages reach them
//! and the entries of its resource dictionaries sorted ([`objects`]), so the
//! same picture gives the same bytes.

mod objects;

use std::collections::HashMap;
use std::ops::Range;

use pdf_writer::{Chunk, Content, Finish, Name, Rect, Ref};
use resvg::usvg;

use self::objects::Objects;
use super::raster::{RasterError, parse_svg_with};
use super::svg::render_svg_in_groups;
use crate::scene::{Item, Paint, Role, Scene, Shape};
use crate::text::Fonts;

/// What each group's id starts with; the rest is its layer and step.
const GROUP: &str = "coopline-step-";

/// The layer each item is drawn in, so that drawing layer after layer, and in
/// a layer step after step (items in every frame first), keeps every two items
/// that may overlap in the order of the picture. Items are taken to overlap
/// when their boxes, grown by a pixel for smoothed edges, share a cell of a
/// grid over the canvas: more layers than needed at worst, never a wrong order.
pub(crate) fn layers(scene: &Scene) -> Vec<u32> {
    let side = |v: f64| if v.is_finite() { v.max(1.0) } else { 1.0 };
    let (w, h) = (side(scene.width), side(scene.height));
    // About a million cells at most, none under 4 px.
    let cell = (w * h / 1e6).sqrt().max(w.max(h) / 4096.0).max(4.0);
    let cols = (w / cell).ceil() as usize + 1;
    let rows = (h / cell).ceil() as usize + 1;
    // For each cell: the highest layer of the items over it so far, and the
    // latest step among that layer's items there.
    let mut grid: Vec<Option<(u32, u32)>> = vec![None; cols * rows];
    let span = |a: f64, b: f64, n: usize| -> Range<usize> {
        if !(a.is_finite() && b.is_finite()) {
            return 0..n;
        }
        let lo = ((a - 1.0) / cell).floor().clamp(0.0, (n - 1) as f64) as usize;
        let hi = ((b + 1.0) / cell).floor().clamp(0.0, (n - 1) as f64) as usize;
        lo..hi + 1
    };
    let mut out = Vec::with_capacity(scene.items.len());
    for item in &scene.items {
        let step = item.step.unwrap_or(0);
        let b = item.bbox();
        let (xs, ys) = (span(b.x, b.right(), cols), span(b.y, b.bottom(), rows));
        let mut top: Option<(u32, u32)> = None;
        for y in ys.clone() {
            for c in &grid[y * cols + xs.start..y * cols + xs.end] {
                top = match (top, *c) {
                    (None, c) => c,
                    (t, None) => t,
                    (Some((l, s)), Some((cl, cs))) if cl == l => Some((l, s.max(cs))),
                    (Some(t), Some(c)) => Some(t.max(c)),
                };
            }
        }
        let layer = match top {
            None => 0,
            Some((l, s)) => l + u32::from(s > step),
        };
        for y in ys {
            for c in &mut grid[y * cols + xs.start..y * cols + xs.end] {
                *c = match *c {
                    Some((l, s)) if l == layer => Some((l, s.max(step))),
                    Some((l, s)) if l > layer => Some((l, s)),
                    _ => Some((layer, step)),
                };
            }
        }
        out.push(layer);
    }
    out
}

/// A PDF with a page per step of each picture of `pictures` (see the module's
/// documentation), its text in the fonts of `fonts`.
pub fn render_pdf_build<'a>(
    pictures: impl IntoIterator<Item = &'a Scene>,
    fonts: &Fonts,
) -> Result<Vec<u8>, RasterError> {
    let mut doc = Doc::new();
    for scene in pictures {
        doc.picture(scene, fonts)?;
    }
    Ok(doc.finish())
}

/// A PDF with a page per picture of `pictures`, each whole (no build). It is
/// written as a build of one step is, so its bytes depend only on the
/// pictures: svg2pdf alone orders some objects by a hash map.
pub fn render_pdf_pictures<'a>(
    pictures: impl IntoIterator<Item = &'a Scene>,
    fonts: &Fonts,
) -> Result<Vec<u8>, RasterError> {
    let mut doc = Doc::new();
    for scene in pictures {
        if scene.items.iter().any(|i| i.step.is_some()) {
            let mut whole = scene.clone();
            whole.items.iter_mut().for_each(|i| i.step = None);
            doc.picture(&whole, fonts)?;
        } else {
            doc.picture(scene, fonts)?;
        }
    }
    Ok(doc.finish())
}

/// The document as it is written: the objects so far, where each starts,
/// and the pages.
struct Doc {
    buf: Vec<u8>,
    offsets: Vec<(i32, usize)>,
    next: i32,
    pages: Vec<Ref>,
}

const CATALOG: Ref = Ref::new(1);
const PAGE_TREE: Ref = Ref::new(2);

impl Doc {
    fn new() -> Doc {
        Doc {
            buf: b"%PDF-1.7\n%\x80\x80\x80\x80\n\n".to_vec(),
            offsets: Vec::new(),
            next: 3,
            pages: Vec::new(),
        }
    }

    fn alloc(&mut self) -> Ref {
        let r = Ref::new(self.next);
        self.next += 1;
        r
    }

    /// Appends a chunk of objects written with pdf-writer, each a fresh id.
    fn push_chunk(&mut self, chunk: &Chunk) {
        let bytes = chunk.as_bytes();
        // pdf-writer starts every object with `id 0 obj` on a line of its own.
        let mut at = 0;
        for id in chunk.refs() {
            let head = format!("{} 0 obj\n", id.get());
            let Some(found) = find(&bytes[at..], head.as_bytes()) else {
                continue;
            };
            self.offsets.push((id.get(), self.buf.len() + at + found));
            at += found + head.len();
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Appends one object whose bytes are given whole (`id 0 obj ... endobj`).
    fn push_raw(&mut self, id: i32, bytes: &[u8]) {
        self.offsets.push((id, self.buf.len()));
        self.buf.extend_from_slice(bytes);
    }

    /// Converts `scene` once and adds a page per step.
    fn picture(&mut self, scene: &Scene, fonts: &Fonts) -> Result<(), RasterError> {
        let (grouped, keys, ranges) = regroup(scene);
        let svg = render_svg_in_groups(&grouped, fonts, &ranges);
        drop(grouped);
        let tree = parse_svg_with(&svg, fonts)?;
        drop(svg);
        let (found, at) = found_groups(&tree)?;
        let (w, h) = (tree.size().width(), tree.size().height());
        let (chunk, root) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| RasterError(format!("cannot convert to PDF: {e}")))?;
        drop(tree);
        let objects = Objects::parse(&chunk)?;
        drop(chunk);
        let forms = objects.forms_of(root, found.len())?;
        // Each step's form, renumbered into this document: by layer, by step.
        let mut by_layer: Vec<Vec<(u32, Ref)>> = Vec::new();
        let (cw, ch) = (scene.width, scene.height);
        let room = format!(
            "[{} {} {} {}]",
            -cw.ceil(),
            -ch.ceil(),
            2.0 * cw.ceil(),
            2.0 * ch.ceil()
        );
        let renumbered = objects.write(&forms, &room, || self.alloc())?;
        for (id, bytes) in &renumbered.objects {
            self.push_raw(*id, bytes);
        }
        for (name, form) in found.iter().zip(&renumbered.roots) {
            let Some(&(layer, step)) = keys.get(name) else {
                continue;
            };
            let layer = layer as usize;
            if by_layer.len() <= layer {
                by_layer.resize(layer + 1, Vec::new());
            }
            by_layer[layer].push((step, Ref::new(*form)));
        }
        let bbox = Rect::new(
            -(scene.width as f32),
            -(scene.height as f32),
            2.0 * scene.width as f32,
            2.0 * scene.height as f32,
        );
        let steps = scene.steps();
        let mut blocks = Blocks::new(&by_layer, steps, bbox);
        let (pw, ph) = (w * 0.75, h * 0.75);
        for k in 1..=steps {
            let shown: Vec<Ref> = (0..by_layer.len())
                .flat_map(|l| blocks.prefix(l, k, self))
                .collect();
            let page = self.alloc();
            let content_id = self.alloc();
            let mut content = Content::new();
            content.save_state();
            // CSS pixels (96 per inch) to points (72), the y axis turned down,
            // then the transform the groups sit under in the SVG.
            content.transform([0.75, 0.0, 0.0, -0.75, 0.0, ph]);
            content.transform([at.sx, at.ky, at.kx, at.sy, at.tx, at.ty]);
            for n in 0..shown.len() {
                content.x_object(Name(format!("B{n}").as_bytes()));
            }
            content.restore_state();
            let mut c = Chunk::new();
            c.stream(content_id, &content.finish());
            let mut p = c.page(page);
            p.media_box(Rect::new(0.0, 0.0, pw, ph));
            p.parent(PAGE_TREE);
            p.contents(content_id);
            let mut res = p.resources();
            let mut xo = res.x_objects();
            for (n, r) in shown.iter().enumerate() {
                xo.pair(Name(format!("B{n}").as_bytes()), *r);
            }
            xo.finish();
            res.finish();
            p.finish();
            self.push_chunk(&c);
            self.pages.push(page);
        }
        Ok(())
    }

    fn finish(mut self) -> Vec<u8> {
        let mut c = Chunk::new();
        c.indirect(CATALOG)
            .dict()
            .pair(Name(b"Type"), Name(b"Catalog"))
            .pair(Name(b"Pages"), PAGE_TREE);
        c.pages(PAGE_TREE)
            .kids(self.pages.iter().copied())
            .count(self.pages.len() as i32);
        self.push_chunk(&c);
        self.offsets.sort_unstable();
        let size = self.next;
        let xref = self.buf.len();
        let mut out = self.buf;
        out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f\r\n").as_bytes());
        let mut at = self.offsets.iter().peekable();
        for id in 1..size {
            while at.peek().is_some_and(|(i, _)| *i < id) {
                at.next();
            }
            match at.peek() {
                Some((i, off)) if *i == id => {
                    out.extend_from_slice(format!("{off:010} 00000 n\r\n").as_bytes())
                }
                _ => out.extend_from_slice(b"0000000000 65535 f\r\n"),
            }
        }
        out.extend_from_slice(
            format!("trailer\n<<\n  /Size {size}\n  /Root 1 0 R\n>>\nstartxref\n{xref}\n%%EOF")
                .as_bytes(),
        );
        out
    }
}

/// The first place of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The scene's items in drawing order for the build: by layer, then step
/// (items in every frame as step 0), then as in the picture, after a
/// rectangle of the canvas's colour; the (layer, step) of each group by its
/// name; and the groups' ranges and names.
type Regrouped = (
    Scene,
    HashMap<String, (u32, u32)>,
    Vec<(Range<usize>, Option<String>)>,
);

fn regroup(scene: &Scene) -> Regrouped {
    let layer = layers(scene);
    let key = |i: usize| (layer[i], scene.items[i].step.unwrap_or(0));
    let mut order: Vec<usize> = (0..scene.items.len()).collect();
    order.sort_by_key(|&i| (key(i), i));
    let mut items = Vec::with_capacity(order.len() + 1);
    // The canvas in the first group: the page draws nothing but the groups.
    items.push(Item {
        shape: Shape::Rect {
            rect: crate::scene::Rect::new(0.0, 0.0, scene.width, scene.height),
            radius: 0.0,
            fill: Paint::Solid(scene.background, 1.0),
            stroke: None,
        },
        role: Role::Decoration,
        record: None,
        tooltip: None,
        lane: None,
        opacity: 1.0,
        host: None,
        step: None,
    });
    let mut keys = HashMap::new();
    let mut ranges: Vec<(Range<usize>, Option<String>)> = Vec::new();
    let mut last = (0, 0);
    let name = |(l, s): (u32, u32)| format!("{GROUP}{l}-{s}");
    ranges.push((0..1, Some(name(last))));
    keys.insert(name(last), last);
    for i in order {
        let k = key(i);
        if k != last {
            ranges.push((items.len()..items.len(), Some(name(k))));
            keys.insert(name(k), k);
            last = k;
        }
        let mut item = scene.items[i].clone();
        // Hosts index the picture's order; nothing drawn reads them.
        item.host = None;
        items.push(item);
        if let Some(r) = ranges.last_mut() {
            r.0.end = items.len();
        }
    }
    let grouped = Scene {
        items,
        ..Scene::new(scene.width, scene.height, scene.background)
    };
    let grouped = Scene {
        display: scene.display,
        title: scene.title.clone(),
        description: scene.description.clone(),
        ..grouped
    };
    (grouped, keys, ranges)
}

/// The names of the step groups usvg kept, in the order svg2pdf names their
/// forms (`xo0`, `xo1`...), and the transform they are drawn under. All must
/// be children of one group that is not a form itself, so that their forms
/// are named in one resource dictionary, the picture's.
fn found_groups(tree: &usvg::Tree) -> Result<(Vec<String>, usvg::Transform), RasterError> {
    let lost = || RasterError("PDF conversion lost the picture's steps".into());
    let mut stack = vec![tree.root()];
    while let Some(g) = stack.pop() {
        let steps: Vec<String> = g
            .children()
            .iter()
            .filter_map(|n| match n {
                usvg::Node::Group(c) if c.id().starts_with(GROUP) => Some(c.id().to_string()),
                _ => None,
            })
            .collect();
        if !steps.is_empty() {
            let forms_only = g.children().iter().all(|n| match n {
                usvg::Node::Group(c) => c.id().starts_with(GROUP) && c.isolate(),
                // The canvas the SVG's head draws: the first group draws it again.
                usvg::Node::Path(_) => true,
                _ => false,
            });
            let inline = !g.isolate() && g.opacity().get() >= 1.0 && g.mask().is_none();
            return if forms_only && inline {
                Ok((steps, g.abs_transform()))
            } else {
                Err(lost())
            };
        }
        for n in g.children().iter().rev() {
            if let usvg::Node::Group(c) = n {
                stack.push(c);
            }
        }
    }
    Err(lost())
}

/// The forms of the blocks of steps a page draws, per layer: the steps
/// `0..=k` of a layer are drawn by the blocks of a binary tree over the
/// steps that cover them (at most one per level), each block a form drawing
/// its two halves. A block with one half empty is the other half.
struct Blocks<'a> {
    by_layer: &'a [Vec<(u32, Ref)>],
    /// Steps counted from 0, rounded up to a power of two.
    size: u32,
    memo: HashMap<(usize, u32, u32), Option<Ref>>,
    bbox: Rect,
}

impl<'a> Blocks<'a> {
    fn new(by_layer: &'a [Vec<(u32, Ref)>], steps: u32, bbox: Rect) -> Blocks<'a> {
        Blocks {
            by_layer,
            size: (steps + 1).next_power_of_two(),
            memo: HashMap::new(),
            bbox,
        }
    }

    /// The forms that draw steps `0..=k` of layer `l`, in order.
    fn prefix(&mut self, l: usize, k: u32, doc: &mut Doc) -> Vec<Ref> {
        let mut out = Vec::new();
        let (mut lo, mut size, end) = (0, self.size, k + 1);
        while size > 0 {
            if lo + size <= end {
                out.extend(self.block(l, lo, size, doc));
                lo += size;
            }
            size /= 2;
        }
        out
    }

    /// The form drawing steps `lo..lo + size` of layer `l`, if any has marks.
    fn block(&mut self, l: usize, lo: u32, size: u32, doc: &mut Doc) -> Option<Ref> {
        if size == 1 {
            let steps = self.by_layer.get(l)?;
            return steps
                .binary_search_by_key(&lo, |s| s.0)
                .ok()
                .map(|i| steps[i].1);
        }
        if let Some(r) = self.memo.get(&(l, lo, size)) {
            return *r;
        }
        let half = size / 2;
        let made = match (
            self.block(l, lo, half, doc),
            self.block(l, lo + half, half, doc),
        ) {
            (None, one) | (one, None) => one,
            (Some(a), Some(b)) => {
                let id = doc.alloc();
                let mut content = Content::new();
                content.x_object(Name(b"A")).x_object(Name(b"B"));
                let data = content.finish();
                let mut c = Chunk::new();
                let mut form = c.form_xobject(id, &data);
                form.bbox(self.bbox);
                form.resources()
                    .x_objects()
                    .pair(Name(b"A"), a)
                    .pair(Name(b"B"), b);
                form.finish();
                doc.push_chunk(&c);
                Some(id)
            }
        };
        self.memo.insert((l, lo, size), made);
        made
    }
}
