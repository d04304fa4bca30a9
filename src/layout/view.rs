//! The one shape every view has: the same options in, a [`Laid`] picture out,
//! and one registry ([`VIEWS`]) that the command line, the gallery and the web
//! page all draw from. A new view is a folder under `layout/` that implements
//! [`View`], and one line in [`VIEWS`].

use crate::graph::Grouping;
use crate::model::{Model, PartialDate};
use crate::page::PageData;
use crate::scene::Scene;
use crate::style::Theme;
use crate::text::TextMeasure;

use super::{LaneMode, Orient, Size, TimeAxis};

/// A kind of picture: its name and how to lay it out.
pub trait View: Sync {
    /// What users type after `--view`, and what output file names end with.
    fn name(&self) -> &'static str;
    /// One line for `--help`: what the picture shows.
    fn about(&self) -> &'static str;
    /// The view-specific options it reads; giving it any other is a usage
    /// error, not something silently ignored.
    fn reads(&self) -> &'static [Setting] {
        &[]
    }
    /// The picture as geometry, with the layout's quality measures when
    /// [`Options::stats`] asks; an error when the options do not fit this view or
    /// this dataset (an unknown agency, say).
    fn draw(
        &self,
        model: &Model,
        opts: &Options,
        m: &dyn TextMeasure,
    ) -> Result<(Scene, Option<String>), OptionError>;
    /// Coarser forms of the picture, tried in order when it would have to be
    /// scaled down to fit a fixed canvas: options that draw it with less
    /// detail (only choices the user left to the data). The first that fits
    /// at full size is used.
    fn coarser(&self, _model: &Model, _opts: &Options) -> Vec<Coarser> {
        Vec::new()
    }
}

/// A coarser form of a picture ([`View::coarser`]).
#[derive(Clone, Debug)]
pub struct Coarser {
    /// The options that draw it.
    pub opts: Options,
    /// What it draws, in a few words ("one lane per country").
    pub what: &'static str,
    /// What the detailed picture draws ("one lane per agency").
    pub instead_of: &'static str,
    /// The option that asks for the detail ("--lanes agency").
    pub detail: &'static str,
}

/// Every view, in the order `--help` lists them; the first is the default.
pub static VIEWS: &[&dyn View] = &[
    &super::timeline::Timeline,
    &super::storyline::Storyline,
    &super::network::Network,
    &super::map::Map,
];

/// The view called `name`.
pub fn view(name: &str) -> Option<&'static dyn View> {
    VIEWS.iter().copied().find(|v| v.name() == name)
}

/// The names of all views, for `--view` and messages.
pub fn view_names() -> impl Iterator<Item = &'static str> {
    VIEWS.iter().map(|v| v.name())
}

/// A laid-out picture: what every renderer needs and nothing else.
pub struct Laid {
    /// The picture.
    pub scene: Scene,
    /// The layout's quality measures as one line (crossings, stress...), when
    /// [`Options::stats`] asked and the view measures any.
    pub stats: Option<String>,
    /// What a web page lists beside the picture, when [`Options::page`] asked.
    pub page: Option<PageData>,
    /// How much the picture was scaled down to fit the size asked for (1 is
    /// not at all), when it did not fit even after the view adapted.
    pub scaled: Option<f64>,
    /// The coarser form drawn because the detailed one would have had to be
    /// scaled down ([`View::coarser`]); its options are the ones it was drawn with.
    pub coarser: Option<Coarser>,
}

impl Laid {
    /// The smallest text of the picture, in px as it will be seen (after scaling).
    pub fn smallest_text(&self) -> Option<f64> {
        let scale = self.scaled.unwrap_or(1.0);
        self.scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                crate::scene::Shape::Text { size, text, .. } if !text.is_empty() => {
                    Some(size * scale)
                }
                _ => None,
            })
            .reduce(f64::min)
    }
}

/// Lays out `model` as `view`.
///
/// ```
/// use coopline::{Options, layout, view};
///
/// let mut sources = coopline::SourceSet::new();
/// sources.add("case.yaml", coopline::MATRIX_YAML);
/// let model = coopline::check(&sources).expect("valid").model;
/// let network = view("network").expect("a bundled view");
/// let opts = Options { stats: true, ..Default::default() };
/// let measure = coopline::FontMeasure::new();
/// let laid = layout(network, &model, &opts, &measure).unwrap();
/// assert!(laid.stats.unwrap().starts_with("edge crossings"));
/// ```
pub fn layout(
    view: &dyn View,
    model: &Model,
    opts: &Options,
    m: &dyn TextMeasure,
) -> Result<Laid, OptionError> {
    let _speaking = crate::i18n::speak(opts.lang);
    let (mut scene, mut stats) = view.draw(model, opts, m)?;
    let mut scaled = fit_canvas(&mut scene, opts.size);
    let mut coarser: Option<Coarser> = None;
    let mut chosen = std::borrow::Cow::Borrowed(opts);
    if let (Size::Fixed { .. }, Some(k)) = (opts.size, scaled)
        && k < 1.0
    {
        for less in view.coarser(model, opts) {
            let (mut s, st) = view.draw(model, &less.opts, m)?;
            if fit_canvas(&mut s, less.opts.size).is_none() {
                (scene, stats, scaled) = (s, st, None);
                chosen = std::borrow::Cow::Owned(less.opts.clone());
                coarser = Some(less);
                break;
            }
        }
    }
    let opts = chosen.as_ref();
    if let (Size::Fixed { width, height }, Some(k)) = (opts.size, scaled)
        && k < 1.0
        && scene.items.len() <= FILL_ITEMS
        && let Some((filled, filled_stats, v)) =
            fill_larger(view, model, opts, m, k, (width, height))?
        && v >= k
    {
        scene = filled;
        stats = filled_stats;
        scaled = Some(v);
    }
    scene.compact_steps();
    let page = opts.page.then(|| crate::page::page_data(model));
    Ok(Laid {
        scene,
        stats,
        page,
        scaled,
        coarser,
    })
}

/// The most items a picture may have to be laid out again to fill its
/// canvas: up to eight more layouts are cheap for a case a slide can show, and
/// a picture of more is scaled as it is.
const FILL_ITEMS: usize = 4_000;

/// A picture that had to be scaled by `k` to fit `width`×`height` is laid out
/// again on a larger canvas of the same shape, as large as it takes to fit,
/// so that it fills the canvas when scaled, with no bars at its sides:
/// the extra width lets legends, keys and notes run on fewer lines. Returns
/// the picture scaled to the canvas, its measures and its scale, if any larger
/// canvas between 1/`k` and 1 times the size fits it.
#[allow(clippy::type_complexity)]
fn fill_larger(
    view: &dyn View,
    model: &Model,
    opts: &Options,
    m: &dyn TextMeasure,
    k: f64,
    (width, height): (f64, f64),
) -> Result<Option<(Scene, Option<String>, f64)>, OptionError> {
    // The picture on a canvas 1/v times the size, and the scale it would
    // still need there (`None`: it fits).
    let at = |v: f64| -> Result<(Scene, Option<String>, Option<f64>), OptionError> {
        let larger = Options {
            size: Size::Fixed {
                width: (width / v).round(),
                height: (height / v).round(),
            },
            ..opts.clone()
        };
        let (mut scene, stats) = view.draw(model, &larger, m)?;
        let still = fit_canvas(&mut scene, larger.size);
        Ok((scene, stats, still))
    };
    // Larger canvases let more labels stand in place, which takes room too:
    // a canvas scaled by `k` may still not fit, so go on from the scale it needs.
    let (mut lo, mut hi) = (k, 1.0);
    let mut best = None;
    for _ in 0..3 {
        let (scene, stats, still) = at(lo)?;
        match still {
            None => {
                best = Some((scene, stats));
                break;
            }
            Some(more) => {
                hi = lo;
                lo *= more.min(0.97);
            }
        }
    }
    let Some(mut best) = best else {
        return Ok(None);
    };
    // Five halvings towards the largest scale that fits: within 3% of it.
    for _ in 0..5 {
        let mid = (lo + hi) / 2.0;
        match at(mid)? {
            (scene, stats, None) => {
                best = (scene, stats);
                lo = mid;
            }
            _ => hi = mid,
        }
    }
    let (mut scene, stats) = best;
    let v = width / scene.width;
    scene.display = Some((width, height));
    Ok(Some((scene, stats, v)))
}

/// Makes the picture the size asked for. A view lays itself out for the
/// width (and, where it can, the height) first; what still does not fit is
/// scaled down, kept centred, with the background filling the rest, and the
/// scale returned. Content shorter than a fixed canvas keeps its size, and the
/// canvas below it is background.
fn fit_canvas(scene: &mut Scene, size: Size) -> Option<f64> {
    let (width, height) = match size {
        Size::Auto => return None,
        Size::Fixed { width, height } => (width, Some(height)),
        Size::Column { width } => (width, None),
    };
    // The scene as drawn, before any letterbox a view made itself.
    let (w, h) = (scene.width, scene.height);
    let (dw, dh) = scene.display.unwrap_or((w, h));
    let target_h = height.unwrap_or(h * width / w.max(1.0)).max(1.0);
    let scale = (width / w).min(target_h / h);
    if w <= width + 0.5 && height.is_none_or(|t| h <= t + 0.5) && scene.display.is_none() {
        scene.width = width;
        scene.height = height.unwrap_or(h);
        return None;
    }
    if (dw - width).abs() < 0.5 && (dh - target_h).abs() < 0.5 {
        // The view fitted itself (the timeline letterboxes a tall picture).
        return Some((dw / w).min(dh / h));
    }
    // Widen or heighten the picture to the canvas's shape, content centred.
    let ratio = width / target_h;
    if h * ratio > w {
        let new_w = h * ratio;
        scene.translate((new_w - w) / 2.0, 0.0);
        scene.width = new_w;
    } else {
        let new_h = w / ratio;
        scene.translate(0.0, (new_h - h) / 2.0);
        scene.height = new_h;
    }
    scene.display = Some((width, target_h));
    Some(scale)
}

/// What can be asked of a view. Each view reads the options that apply to it
/// and ignores the rest, so one set of options draws every view of a case.
#[derive(Clone, Debug)]
pub struct Options {
    /// Canvas size.
    pub size: Size,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset's title.
    pub title: Option<String>,
    /// Replaces the generated subtitle (timeline).
    pub subtitle: Option<String>,
    /// A line under the picture (timeline).
    pub caption: Option<String>,
    /// Show cooperation that did not end before this date.
    pub from: Option<PartialDate>,
    /// Show cooperation that had begun by the end of this date.
    pub to: Option<PartialDate>,
    /// What a lane stands for (timeline); `None`: one per agency, or on a
    /// fixed canvas too small for that at full size, one per country or kind.
    pub lanes: Option<LaneMode>,
    /// One line (storyline) or node (network) per agency, country or kind.
    pub by: Grouping,
    /// What colours stand for (storyline, network).
    pub color: ColorBy,
    /// Highlight this agency (its id) and those it worked with (timeline).
    pub focus: Option<String>,
    /// Pin this node (an agency id, or a country code by country) at the centre (network).
    pub center: Option<String>,
    /// Small multiples (network).
    pub facet: Option<Facet>,
    /// What the network's nodes are; `None` chooses by the data ([`NetMode`]).
    pub mode: Option<NetMode>,
    /// Whether the network draws every link, or bundles those the canvas
    /// cannot tell apart ([`NetLinks`]).
    pub links: NetLinks,
    /// Draw the dataset's context records (timeline).
    pub context: bool,
    /// Compress long empty stretches of time, or draw all of it to scale (timeline).
    pub axis: TimeAxis,
    /// Which way time runs (timeline); `None`: down a phone's column, across
    /// any other canvas.
    pub orient: Option<Orient>,
    /// Whether a case with more agencies than fit a lane (or line) each is
    /// drawn as an overview of counts per country (timeline, storyline).
    pub overview: super::Overview,
    /// Measure the layout's quality (storyline, network); costs time on large cases.
    pub stats: bool,
    /// Also gather what a web page lists beside the picture ([`Laid::page`]).
    pub page: bool,
    /// The picture will be shown step by step (`--steps`): views that build
    /// up over time mark when each item appears ([`Scene::frame`]).
    pub steps: bool,
    /// The picture will be read without a pointer (PNG, PDF, a slide): no hover.
    /// What a screen picture leaves to tooltips is named on the page instead.
    pub print: bool,
    /// The language of every word the picture adds (legend, subtitle, dates);
    /// names in the data are chosen before layout ([`crate::Model::localise`]).
    pub lang: crate::i18n::Lang,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            size: Size::Auto,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
            subtitle: None,
            caption: None,
            from: None,
            to: None,
            lanes: None,
            by: Grouping::Agency,
            color: ColorBy::Country,
            focus: None,
            center: None,
            facet: None,
            mode: None,
            links: NetLinks::Bundled,
            context: true,
            axis: TimeAxis::Broken,
            orient: None,
            overview: super::Overview::Auto,
            stats: false,
            page: false,
            steps: false,
            print: false,
            lang: crate::i18n::Lang::En,
        }
    }
}

impl Options {
    /// The canvas width: the fixed size's, else the width every view fits its content to.
    pub fn width(&self) -> f64 {
        match self.size {
            Size::Fixed { width, .. } | Size::Column { width } => width,
            Size::Auto => 1920.0,
        }
    }
}

/// An option that only some views read ([`View::reads`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// [`Options::lanes`].
    Lanes,
    /// [`Options::by`].
    By,
    /// [`Options::color`].
    Color,
    /// [`Options::focus`].
    Focus,
    /// [`Options::center`].
    Center,
    /// [`Options::facet`].
    Facet,
    /// [`Options::mode`].
    Mode,
    /// [`Options::links`].
    Links,
    /// [`Options::context`].
    Context,
    /// [`Options::subtitle`].
    Subtitle,
    /// [`Options::caption`].
    Caption,
    /// [`Options::stats`].
    Stats,
    /// [`Options::axis`].
    Axis,
    /// [`Options::orient`].
    Orient,
    /// [`Options::overview`].
    Overview,
}

impl Setting {
    /// Every setting.
    pub const ALL: [Setting; 15] = [
        Setting::Lanes,
        Setting::By,
        Setting::Color,
        Setting::Focus,
        Setting::Center,
        Setting::Facet,
        Setting::Mode,
        Setting::Links,
        Setting::Context,
        Setting::Subtitle,
        Setting::Caption,
        Setting::Stats,
        Setting::Axis,
        Setting::Orient,
        Setting::Overview,
    ];

    /// The command-line flag that sets it.
    pub fn flag(self) -> &'static str {
        match self {
            Setting::Lanes => "--lanes",
            Setting::By => "--by",
            Setting::Color => "--color",
            Setting::Focus => "--focus",
            Setting::Center => "--center",
            Setting::Facet => "--facet",
            Setting::Mode => "--mode",
            Setting::Links => "--links",
            Setting::Context => "--no-context",
            Setting::Subtitle => "--subtitle",
            Setting::Caption => "--caption",
            Setting::Stats => "--stats",
            Setting::Axis => "--axis",
            Setting::Orient => "--orient",
            Setting::Overview => "--overview",
        }
    }
}

/// Why `setting` cannot be given to `view`: which views read it. None if `view` reads it.
pub fn misplaced(view: &dyn View, setting: Setting) -> Option<String> {
    if view.reads().contains(&setting) {
        return None;
    }
    let takers: Vec<&str> = VIEWS
        .iter()
        .filter(|v| v.reads().contains(&setting))
        .map(|v| v.name())
        .collect();
    Some(format!(
        "{} does not apply to the {} view; it applies to the {}",
        setting.flag(),
        view.name(),
        match takers.as_slice() {
            [] => "no view".to_string(),
            [one] => format!("{one} view"),
            [first @ .., last] => format!("{} and {last} views", first.join(", ")),
        }
    ))
}

/// What colours stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorBy {
    /// A colour per country.
    Country,
    /// A colour per agency kind.
    Kind,
}

/// How to split a picture into small multiples.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Facet {
    /// One panel per year.
    Year,
}

/// What the nodes of the network view are.
///
/// Without a mode asked for, the view draws [`NetMode::Affiliation`] when a team
/// or event of the drawn window joins more than four nodes (the links among five
/// are already ten), else [`NetMode::Agencies`]; and agencies too when the
/// nodes and hubs together would pass 5,000, which no reader takes in as one
/// picture and whose layout takes far longer than that of the agencies alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum NetMode {
    /// Agencies (or countries, kinds) and the teams and events that joined them,
    /// as two kinds of node: a hub per team or event, linked to whoever took part.
    Affiliation,
    /// Agencies (or countries, kinds) only, linked when they shared a team or event.
    Agencies,
}

/// How many of its links the network draws when they outnumber the lines its
/// canvas can tell apart (one per 1,024 square pixels of the box the nodes fill).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum NetLinks {
    /// The strongest links one by one, and the others bundled: one pale line
    /// for the links between two parts of the picture, which says how many.
    #[default]
    Bundled,
    /// Every link as a line of its own, however many there are.
    All,
}

/// The most nodes a team or event may join for the network to draw agencies only
/// when no mode is asked for.
pub(crate) const HAIRBALL: usize = 4;

/// The most nodes and hubs together that the network draws in affiliation mode
/// when no mode is asked for.
pub(crate) const AFFILIATION_MAX: usize = 5_000;

/// Options that do not fit the view or the dataset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionError {
    /// The focus names no agency of the dataset.
    #[error("no agency `{id}`{}", match .suggestion {
        Some(s) => format!("; did you mean `{s}`?"),
        None => " in the dataset".to_string(),
    })]
    UnknownAgency {
        /// The id asked for.
        id: String,
        /// The nearest id the dataset has.
        suggestion: Option<String>,
    },
    /// The centre names no node of the network.
    #[error("--center: {0}")]
    UnknownCenter(String),
    /// The view cannot group as asked.
    #[error("{0}")]
    Grouping(&'static str),
}

impl std::fmt::Debug for dyn View {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
