//! What the timeline can be asked to do: what a lane stands for, the canvas size,
//! the window of time, the time axis, focus, wording and theme.

use crate::model::{AgencyRef, PartialDate};
use crate::style::Theme;

/// What one lane stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LaneMode {
    /// One lane per agency, grouped by country.
    Agency,
    /// One lane per team (events sit on the teams they belong to).
    Team,
    /// One lane per country (EU bodies share the EU lane).
    Country,
    /// One lane per agency kind.
    Kind,
}

/// How the time axis draws long stretches where nothing changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TimeAxis {
    /// Stretches where nothing starts, ends or happens, longer than a quarter of
    /// the time shown, drawn narrow behind a break mark.
    #[default]
    Broken,
    /// All time to scale.
    Linear,
}

/// Which way time runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Orient {
    /// Left to right, one lane per agency, team, country or kind.
    Across,
    /// Top to bottom: events and teams in date order down a column, beside a
    /// time axis on the left; how a phone's narrow screen reads a timeline.
    Down,
}

/// Canvas size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Size {
    /// 1920 px wide, as tall as the content needs.
    Auto,
    /// A fixed canvas; content taller than it is scaled down to fit.
    Fixed {
        /// Width in px.
        width: f64,
        /// Height in px.
        height: f64,
    },
    /// A fixed width, as tall as the content needs (a phone's column).
    Column {
        /// Width in px.
        width: f64,
    },
}

impl Size {
    /// `auto`, `slide` (1920×1080), `slide43` (1440×1080), `a4` (landscape, 1754×1240),
    /// `square` (1080×1080), `social` (1200×630), `portrait` (1080×1350), `phone`
    /// (390 px wide, as tall as needed) or `WIDTHxHEIGHT`.
    pub fn parse(s: &str) -> Result<Size, String> {
        let fixed = |width, height| Ok(Size::Fixed { width, height });
        match s {
            "auto" => Ok(Size::Auto),
            "slide" | "16:9" => fixed(1920.0, 1080.0),
            "slide43" | "4:3" => fixed(1440.0, 1080.0),
            "a4" => fixed(1754.0, 1240.0),
            "square" => fixed(1080.0, 1080.0),
            "social" => fixed(1200.0, 630.0),
            "portrait" => fixed(1080.0, 1350.0),
            "phone" => Ok(Size::Column { width: 390.0 }),
            _ => {
                let (w, h) = s
                    .split_once(['x', 'X'])
                    .ok_or_else(|| format!("unknown size `{s}`: use auto, slide, slide43, a4, square, social, portrait, phone or WIDTHxHEIGHT"))?;
                let (w, h): (f64, f64) = (
                    w.trim()
                        .parse()
                        .map_err(|_| format!("bad width in `{s}`"))?,
                    h.trim()
                        .parse()
                        .map_err(|_| format!("bad height in `{s}`"))?,
                );
                if !(480.0..=10_000.0).contains(&w) || !(270.0..=10_000.0).contains(&h) {
                    return Err(format!(
                        "`{s}`: width must be 480–10000 and height 270–10000 px"
                    ));
                }
                fixed(w, h)
            }
        }
    }
}

/// Everything the timeline can be asked to do.
#[derive(Clone, Debug)]
pub struct TimelineOptions {
    /// What a lane stands for.
    pub lanes: LaneMode,
    /// Show cooperation that did not end before this date.
    pub from: Option<PartialDate>,
    /// Show cooperation that had begun by the end of this date.
    pub to: Option<PartialDate>,
    /// Highlight this agency and those it worked with; dim the rest.
    pub focus: Option<AgencyRef>,
    /// Canvas size.
    pub size: Size,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
    /// Replaces the generated subtitle.
    pub subtitle: Option<String>,
    /// A line under the picture (credit, context, a question for the class).
    pub caption: Option<String>,
    /// Draw the dataset's context records (legal instruments) as a lane and reference lines.
    pub context: bool,
    /// Whether long empty stretches are compressed.
    pub axis: TimeAxis,
    /// The picture will be read without a pointer (PNG, PDF, a slide): every
    /// event without a label in place is numbered and named in a key.
    pub print: bool,
    /// On a web page, whose heading says the title: the picture draws only
    /// its subtitle.
    pub page: bool,
    /// Which way time runs; `None`: down a phone's column ([`Size::Column`]),
    /// across any other canvas.
    pub orient: Option<Orient>,
}

impl TimelineOptions {
    /// Which way time runs in this picture: as asked, else by the canvas.
    pub fn orientation(&self) -> Orient {
        self.orient.unwrap_or(match self.size {
            Size::Column { .. } => Orient::Down,
            Size::Auto | Size::Fixed { .. } => Orient::Across,
        })
    }
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            lanes: LaneMode::Agency,
            from: None,
            to: None,
            focus: None,
            size: Size::Auto,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
            subtitle: None,
            caption: None,
            context: true,
            axis: TimeAxis::Broken,
            print: false,
            page: false,
            orient: None,
        }
    }
}
