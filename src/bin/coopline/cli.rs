//! What the user typed, checked for form only.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use coopline::{
    ColorBy, Confidence, ExportFormat, Facet, Grouping, LaneMode, NetLinks, NetMode, Orient,
    Overview, PartialDate, PictureFormat, Setting, TimeAxis, View,
};

/// Draw international police and judicial cooperation over time.
///
/// With no command, coopline runs on the bundled Matrix case.
#[derive(Debug, Parser)]
#[command(name = "coopline", version, about, long_about = None)]
pub struct Cli {
    /// What to do; nothing runs the bundled example.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Print only problems: no summaries, no "wrote ..." lines, no progress bar.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what each stage did and how long it took (on stderr).
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// Where the dataset comes from.
#[derive(Debug, Args)]
pub struct Input {
    /// YAML files, folders of them (merged), or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Largest total input accepted, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    pub max_input_bytes: u64,
    /// Most records (sources, agencies, teams, events) accepted.
    #[arg(long, default_value_t = 1_000_000, value_name = "N")]
    pub max_records: usize,
}

impl Input {
    /// The parser limits these options ask for.
    pub fn limits(&self) -> coopline::Limits {
        coopline::Limits {
            max_records: self.max_records,
            ..Default::default()
        }
    }
}

/// Which part of the graph to look at.
///
/// Global, so that `query case.yaml with europol --from 2024` reads as typed:
/// the window may follow the question as well as precede it.
#[derive(Debug, Args)]
pub struct Slice {
    /// Keep cooperation that did not end before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, global = true, value_parser = parse_date, value_name = "DATE")]
    pub from: Option<PartialDate>,
    /// Keep cooperation that had begun by the end of this date.
    #[arg(long, global = true, value_parser = parse_date, value_name = "DATE")]
    pub to: Option<PartialDate>,
    /// One node per agency, per country (EU bodies stay themselves) or per kind.
    #[arg(long, global = true, value_enum, default_value_t = Grouping::Agency)]
    pub by: Grouping,
    /// Leave out private-sector and civil-society partners (`kind: private`, `ngo`).
    #[arg(long, global = true)]
    pub no_private: bool,
    /// Leave out records below this confidence (stated, or from their
    /// sources' grades; records with neither stay).
    #[arg(long, global = true, value_parser = parse_confidence, value_name = "LEVEL")]
    pub min_confidence: Option<Confidence>,
}

fn parse_size(s: &str) -> Result<coopline::Size, String> {
    coopline::Size::parse(s)
}

fn parse_confidence(s: &str) -> Result<Confidence, String> {
    Confidence::parse(&s.to_lowercase())
        .ok_or_else(|| format!("`{s}` is no confidence level; levels: high, medium, low"))
}

fn parse_date(s: &str) -> Result<PartialDate, String> {
    PartialDate::parse(s).map_err(|e| format!("{}; {}", e.message, e.help))
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate datasets and report every problem with its line.
    Check {
        /// The dataset.
        #[command(flatten)]
        input: Input,
        /// Treat warnings as errors (exit 1 if there are any).
        #[arg(long)]
        deny_warnings: bool,
        /// Also list, for every source, the records that cite it, and the
        /// records that cite none.
        #[arg(long)]
        sources_report: bool,
        /// Say which records are below this confidence (stated, or from
        /// their sources' grades), and check the dataset without them.
        #[arg(long, value_parser = parse_confidence, value_name = "LEVEL")]
        min_confidence: Option<Confidence>,
    },
    /// Ask who cooperated with whom, and when.
    #[command(subcommand_precedence_over_arg = true)]
    Query {
        /// The dataset.
        #[command(flatten)]
        input: Input,
        /// Time window and grouping.
        #[command(flatten)]
        slice: Slice,
        /// Print stable JSON instead of a table.
        #[arg(long, global = true)]
        json: bool,
        /// The question.
        #[command(subcommand)]
        question: Question,
    },
    /// Draw a picture of the dataset (SVG, PNG, PDF or an HTML page).
    Render(Box<RenderArgs>),
    /// Print a shell completion script: `coopline completions bash > /etc/bash_completion.d/coopline`.
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the JSON Schema of the data format, for editors that complete and check YAML.
    Schema {
        /// Output file; standard output by default.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the manual page (roff): `coopline man > coopline.1; man ./coopline.1`.
    Man,
    /// Write a synthetic dataset (YAML) for trying views and measuring speed.
    Gen(GenArgs),
    /// Write the cooperation graph for Graphviz, Gephi, yEd, networkx or d3.
    Export(ExportArgs),
    /// Convert spreadsheet sheets or FollowTheMoney entities into a dataset (YAML);
    /// see docs/import.md and docs/interop.md.
    Import {
        /// What to convert from.
        #[command(subcommand)]
        from: Import,
    },
}

/// What `gen` writes.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// Agencies (plus Europol and Eurojust).
    #[arg(long, default_value_t = 100)]
    pub agencies: usize,
    /// Teams.
    #[arg(long, default_value_t = 10)]
    pub teams: usize,
    /// Events.
    #[arg(long, default_value_t = 300)]
    pub events: usize,
    /// Seed: the same seed gives the same dataset.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Make one event, halfway through, an action day of this many agencies
    /// from as many countries, coordinated by Europol.
    #[arg(long, default_value_t = 0, value_name = "AGENCIES")]
    pub action_day: usize,
    /// Output file; standard output by default.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Largest dataset written, in bytes: by default what `check` and `render`
    /// read by default, so that what is generated can be read back.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    pub max_input_bytes: u64,
}

/// What `export` writes, and where.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The dataset.
    #[command(flatten)]
    pub input: Input,
    /// Time window and grouping.
    #[command(flatten)]
    pub slice: Slice,
    /// Output format; by default taken from the -o file name.
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Language of the words coopline adds (TimelineJS slides) and of names
    /// given in several languages, as for `render --lang`.
    #[arg(long, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<String>,
    /// Output file; `-` or nothing for standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Formats `import` reads.
#[derive(Debug, Subcommand)]
pub enum Import {
    /// CSV files, one per sheet: sources, agencies, teams, memberships, events, context.
    Csv {
        /// CSV files (named after their sheet: agencies.csv...), folders of them, or `-`.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The sheet of every FILE whose name does not say it (such as `-`).
        #[arg(long, value_parser = ["sources", "agencies", "teams", "memberships", "events", "context"])]
        kind: Option<String>,
        /// The dataset's title.
        #[arg(long)]
        title: Option<String>,
        /// Output file; `-` or nothing for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Largest total input accepted, in bytes.
        #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
        max_input_bytes: u64,
    },
    /// FollowTheMoney entities, one JSON object a line (Aleph, `coopline export --format ftm`).
    Ftm {
        /// Entity files (`.ftm`, `.jsonl`, `.ftm.json`), or `-`; several are read as one.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The dataset's title.
        #[arg(long)]
        title: Option<String>,
        /// Output file; `-` or nothing for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Largest total input accepted, in bytes.
        #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
        max_input_bytes: u64,
    },
}

/// What `render` draws, and where.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The dataset.
    #[command(flatten)]
    pub input: Input,
    /// Which picture; `all` for every view, a slide or page each (pptx, pdf).
    #[arg(long, default_value = "timeline", value_parser = view_parser())]
    pub view: Views,
    /// Leave out private-sector and civil-society partners (`kind: private`, `ngo`).
    #[arg(long)]
    pub no_private: bool,
    /// Leave out records below this confidence (stated, or from their
    /// sources' grades; records with neither stay).
    #[arg(long, value_parser = parse_confidence, value_name = "LEVEL")]
    pub min_confidence: Option<Confidence>,
    /// Output file; `-` for standard output. Default: output/<name>-<view>.svg.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// What a lane stands for (timeline) [default: agency; on a fixed --size
    /// too small for a lane per agency at full size, country or kind].
    #[arg(long, value_enum)]
    pub lanes: Option<LaneMode>,
    /// One line (storyline) or node (network) per agency, country or (network) kind.
    #[arg(long, value_enum, default_value_t = Grouping::Agency)]
    pub by: Grouping,
    /// What line colours stand for (storyline).
    #[arg(long, value_enum, default_value_t = ColorBy::Country)]
    pub color: ColorBy,
    /// Print layout quality: crossings and wiggles (storyline), crossings and stress (network).
    #[arg(long)]
    pub stats: bool,
    /// Pin this node at the centre (network): an agency id, or a country code with --by country.
    #[arg(long, value_name = "ID")]
    pub center: Option<String>,
    /// Small multiples, one panel per year: nodes in the same places (network), one frame (map).
    #[arg(long, value_enum)]
    pub facet: Option<Facet>,
    /// Network nodes: agencies and a hub per team and event (affiliation), or agencies
    /// only (agencies). Default: affiliation if a team or event joins more than four
    /// (and the drawing stays under 5,000 nodes).
    #[arg(long, value_enum)]
    pub mode: Option<NetMode>,
    /// Network links: bundled (the strongest one by one, the others bundled by
    /// where they run, when there are more than the canvas can tell apart) or
    /// all (every link a line of its own).
    #[arg(long, value_enum, default_value_t = NetLinks::Bundled)]
    pub links: NetLinks,
    /// Show cooperation that did not end before this date.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub from: Option<PartialDate>,
    /// Show cooperation that had begun by the end of this date.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub to: Option<PartialDate>,
    /// Highlight one agency and those it worked with (agency id).
    #[arg(long, value_name = "ID")]
    pub focus: Option<String>,
    /// auto (fits the content), slide (1920x1080), slide43, a4, square, social, portrait (1080x1350), phone (390 wide) or WIDTHxHEIGHT.
    #[arg(long, default_value = "auto", value_parser = parse_size)]
    pub size: coopline::Size,
    /// Colours: light, dark, print or contrast (all colour-blind safe, WCAG AA text).
    #[arg(long, default_value = "light", value_parser = ["light", "dark", "print", "contrast"])]
    pub theme: String,
    /// Language of the words coopline adds (legend, subtitle, dates, the web
    /// page) and of names given in several languages: en, fr, de, nl, es, it,
    /// pl or pt (a regional tag such as pt-BR picks names in it first)
    /// [default: the dataset's `lang:`, else en].
    #[arg(long, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<String>,
    /// Replace the dataset's title.
    #[arg(long)]
    pub title: Option<String>,
    /// Replace the generated subtitle.
    #[arg(long)]
    pub subtitle: Option<String>,
    /// A line of text under the picture (credit, context, a question for the class).
    #[arg(long)]
    pub caption: Option<String>,
    /// svg, png, pdf or html; by default taken from the -o file name, else svg.
    #[arg(long, value_enum)]
    pub format: Option<PictureFormat>,
    /// PNG only: pixels per SVG pixel (2 for high-DPI screens).
    #[arg(long, default_value_t = 1.0, value_parser = parse_scale)]
    pub scale: f32,
    /// Hide the dataset's context records (legal instruments and milestones).
    #[arg(long)]
    pub no_context: bool,
    /// Time axis (timeline): broken (long stretches where nothing happens drawn
    /// narrow, behind a break mark) or linear (all time to scale).
    #[arg(long, value_enum, default_value_t = TimeAxis::Broken)]
    pub axis: TimeAxis,
    /// Which way time runs (timeline): across (lanes side by side) or down (a
    /// column of events and teams in date order, for phones) [default: down
    /// with --size phone, else across].
    #[arg(long, value_enum)]
    pub orient: Option<Orient>,
    /// A case with more agencies than a lane or line each can show legibly at
    /// the size (timeline, storyline): auto draws an overview of events per
    /// country over time (over 120 agencies at the automatic size, 100 on a
    /// slide, unless --lanes, --focus or --by country is given); never draws
    /// every agency; always draws the overview.
    #[arg(long, value_enum, default_value_t = Overview::Auto)]
    pub overview: Overview,
    /// Write a numbered series of frames revealing one event at a time, for slide
    /// builds (deck/case.svg -> deck/case-01.svg, ...; with pdf: one page per frame).
    #[arg(long)]
    pub steps: bool,
    /// Render again on every save of the dataset; errors are printed and the last
    /// good picture stays in place. Ctrl-C stops.
    #[arg(long)]
    pub watch: bool,
    /// A font file (TrueType or OpenType) to set text in, for characters Inter
    /// lacks, before the bundled fallbacks (Noto: Arabic, Hebrew, Devanagari,
    /// Chinese, Japanese, Korean); repeatable, tried in order. Measures, PNG and PDF
    /// use it; SVG names its family.
    #[arg(long = "font", value_name = "PATH")]
    pub fonts: Vec<PathBuf>,
    /// The view-specific options typed on the command line (not defaults).
    #[arg(skip)]
    pub given: Vec<Setting>,
}

/// The view-specific options the user typed, so that one the view does not
/// read is refused rather than ignored.
pub fn given_settings(m: &clap::ArgMatches) -> Vec<Setting> {
    Setting::ALL
        .into_iter()
        .filter(|s| {
            let id = match s {
                Setting::Lanes => "lanes",
                Setting::By => "by",
                Setting::Color => "color",
                Setting::Focus => "focus",
                Setting::Center => "center",
                Setting::Facet => "facet",
                Setting::Mode => "mode",
                Setting::Links => "links",
                Setting::Context => "no_context",
                Setting::Subtitle => "subtitle",
                Setting::Caption => "caption",
                Setting::Stats => "stats",
                Setting::Axis => "axis",
                Setting::Orient => "orient",
                Setting::Overview => "overview",
            };
            m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
        })
        .collect()
}

/// The views `--view` asks for: one, or all of them.
#[derive(Clone, Copy, Debug)]
pub struct Views(pub &'static [&'static dyn View]);

impl Views {
    /// The one view asked for, or `None` for `--view all`.
    pub fn one(self) -> Option<&'static dyn View> {
        match self.0 {
            [v] => Some(*v),
            _ => None,
        }
    }

    /// What output file names end with: the view's name, or `all`.
    pub fn name(self) -> &'static str {
        self.one().map_or("all", |v| v.name())
    }
}

/// `--view`: the names of the library's views, each with its one-line help,
/// and `all`.
fn view_parser() -> impl TypedValueParser<Value = Views> {
    let names = coopline::VIEWS
        .iter()
        .map(|v| PossibleValue::new(v.name()).help(v.about()))
        .chain([PossibleValue::new("all").help("every view, a slide or page each (pptx, pdf)")]);
    PossibleValuesParser::new(names).map(|name| {
        let all = coopline::VIEWS;
        match all.iter().position(|v| v.name() == name) {
            Some(i) => Views(&all[i..=i]),
            None => Views(all),
        }
    })
}

/// A BCP 47 language tag's shape: `fr`, `pt-BR`, `sr-Latn`
/// ([`coopline::check_lang`], as a dataset's `lang:` is checked).
fn parse_lang(s: &str) -> Result<String, String> {
    coopline::check_lang(s)
        .map(|()| s.to_string())
        .map_err(|e| {
            format!(
                "`{s}` is not a language code: {e}; {} (coopline speaks {})",
                e.hint(),
                coopline::Lang::codes()
            )
        })
}

fn parse_scale(s: &str) -> Result<f32, String> {
    let v: f32 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.1..=8.0).contains(&v) {
        Ok(v)
    } else {
        Err("scale must be between 0.1 and 8".into())
    }
}

/// What `query` answers.
#[derive(Debug, Subcommand)]
pub enum Question {
    /// Every cooperating pair, with first and last date and the occasions.
    Pairs,
    /// Everyone an agency (or country) cooperated with, and when.
    With {
        /// Agency id (or country code with --by country).
        id: String,
    },
    /// The shortest chain of cooperation between two agencies (or countries).
    Path {
        /// Where the chain starts.
        from_id: String,
        /// Where it ends.
        to_id: String,
    },
    /// Counts, components, the most connected agencies, the busiest year.
    Stats,
    /// Each outcome totalled over the events that give it, one unit at a time
    /// (EUR apart from GBP, counts apart from amounts); texts are listed, not
    /// added. Only this question adds outcomes up.
    Outcomes,
}
