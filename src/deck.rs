//! What a deck says besides its pictures: a slide's title and its speaker
//! notes, from the records the slide's picture shows (or, in a step-by-step
//! build, the records its step adds), each with its dates as read and as
//! written, its outcomes and notes, and its sources with their addresses.

use crate::i18n::{static_text as label, t};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write as _;

use crate::layout::kit::{team_kind_name, write_confidence, write_event_details, write_roles};
use crate::model::{Assurance, Model, PartialDate, SourceRef};
use crate::render::{DeckSlide, NoteLine, RasterError, write_pptx};
use crate::scene::Scene;

/// A slide to come: the view's name, its whole picture, and the step shown
/// (of how many), if the deck is a build.
type Slot<'a> = (&'a str, &'a Scene, Option<(u32, u32)>);

/// A PowerPoint deck of `pictures` (each a view's name and its whole
/// picture): a slide per picture, or with `steps` a slide per step of each,
/// titled with what it shows or adds, and with speaker notes that give the
/// dates as written, outcomes, notes and sources of those records.
pub fn render_deck(
    model: &Model,
    pictures: &[(&str, &Scene)],
    steps: bool,
) -> Result<Vec<u8>, RasterError> {
    let mut out = Vec::new();
    write_deck(model, pictures, steps, &mut out)?;
    Ok(out)
}

/// [`render_deck`] into `sink` as each slide is made.
pub fn write_deck(
    model: &Model,
    pictures: &[(&str, &Scene)],
    steps: bool,
    sink: &mut dyn std::io::Write,
) -> Result<(), RasterError> {
    // Each slide's frame and words are made when the slide is written.
    let at: Vec<Slot> = pictures
        .iter()
        .flat_map(|&(view, scene)| {
            let of = if steps { scene.steps() } else { 0 };
            let whole = std::iter::once((view, scene, None)).filter(move |_| !steps);
            whole.chain((1..=of).map(move |k| (view, scene, Some((k, of)))))
        })
        .collect();
    let slides = at.into_iter().map(|(view, scene, step)| {
        let text = slide_text(model, scene, view, step);
        DeckSlide {
            title: text.title,
            scene: match step {
                Some((k, _)) => Cow::Owned(scene.frame(k)),
                None => Cow::Borrowed(scene),
            },
            notes: text.notes,
        }
    });
    let title = pictures
        .iter()
        .map(|(_, s)| s.title.as_str())
        .find(|t| !t.is_empty())
        .unwrap_or("coopline");
    write_pptx(title, slides, sink)
}

/// A slide's title and speaker notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideText {
    /// The slide's title.
    pub title: String,
    /// The speaker notes, a paragraph a line.
    pub notes: Vec<NoteLine>,
}

/// The title and notes of the slide that shows `scene`, a picture of the
/// view called `view` (`timeline`...). With `step`, the slide is frame
/// `step` of `of` in a step-by-step build (`scene` is the whole picture):
/// the title and notes say what that step adds.
pub fn slide_text(model: &Model, scene: &Scene, view: &str, step: Option<(u32, u32)>) -> SlideText {
    let shown = Shown::of(model, scene, step.map(|s| s.0));
    let title = match step {
        Some((k, of)) => match shown.headline(model) {
            Some(news) => format!("{news} ({k}/{of})"),
            None => format!("{} ({k}/{of})", view_title(view, scene)),
        },
        None => view_title(view, scene),
    };
    SlideText {
        title,
        notes: shown.notes(model),
    }
}

/// `Timeline: Takedown of Matrix`.
fn view_title(view: &str, scene: &Scene) -> String {
    let mut v = view.to_string();
    if let Some(first) = v.get(..1) {
        v.replace_range(..1, &first.to_ascii_uppercase());
    }
    if scene.title.is_empty() {
        v
    } else {
        format!("{v}: {}", scene.title)
    }
}

/// The records a slide shows, by kind, in the order the notes tell them.
struct Shown {
    events: Vec<usize>,
    teams: Vec<usize>,
    context: Vec<usize>,
    agencies: Vec<usize>,
}

impl Shown {
    /// The records of the items of `scene` (those of step `step` only, if given).
    fn of(model: &Model, scene: &Scene, step: Option<u32>) -> Shown {
        let mut seen = HashSet::new();
        let mut shown = Shown {
            events: Vec::new(),
            teams: Vec::new(),
            context: Vec::new(),
            agencies: Vec::new(),
        };
        for item in &scene.items {
            let Some(id) = item.record.as_deref() else {
                continue;
            };
            if step.is_some_and(|k| item.step != Some(k)) || !seen.insert(id) {
                continue;
            }
            if let Some(e) = model.event(id) {
                shown.events.push(e.0);
            } else if let Some(t) = model.team(id) {
                shown.teams.push(t.0);
            } else if let Some(c) = model.context.iter().position(|c| c.id.as_str() == id) {
                shown.context.push(c);
            } else if let Some(a) = model.agency(id) {
                shown.agencies.push(a.0);
            }
        }
        // In time order, as a speaker tells them; the model's order breaks ties.
        let key = |d: PartialDate| (d.earliest(), d.latest());
        shown
            .events
            .sort_by_key(|&e| (key(model.events[e].start), e));
        shown.teams.sort_by_key(|&t| (key(model.teams[t].start), t));
        shown
            .context
            .sort_by_key(|&c| (key(model.context[c].date), c));
        shown.agencies.sort_unstable();
        shown
    }

    /// `3 Dec 2024: Action day and 2 more`: the first event the slide adds
    /// (what happened is the news, more than a team that was there), else
    /// its first team or milestone; `None` if it adds only agencies.
    fn headline(&self, model: &Model) -> Option<String> {
        let events = self
            .events
            .iter()
            .map(|&e| (model.events[e].start, model.events[e].name.as_str()));
        let teams = self
            .teams
            .iter()
            .map(|&t| (model.teams[t].start, model.teams[t].name.as_str()));
        let context = self
            .context
            .iter()
            .map(|&c| (model.context[c].date, model.context[c].name.as_str()));
        // Each list is in time order already.
        let dated: Vec<(PartialDate, &str)> = events.chain(teams).chain(context).collect();
        let (date, name) = dated.first()?;
        let more = match dated.len() - 1 {
            0 => String::new(),
            n => format!(" {}", t!("deck-and-more", count = n)),
        };
        Some(format!("{}: {name}{more}", date.human()))
    }

    /// Every record in lines: details first, then its sources, each with its address.
    fn notes(&self, model: &Model) -> Vec<NoteLine> {
        let mut out = Vec::new();
        let block =
            |text: String, (sources, sure): (&[SourceRef], &Assurance), out: &mut Vec<NoteLine>| {
                if !out.is_empty() {
                    out.push(NoteLine::text(""));
                }
                out.extend(text.lines().map(NoteLine::text));
                let mut confidence = String::new();
                write_confidence(&mut confidence, sure);
                out.extend(
                    confidence
                        .lines()
                        .filter(|l| !l.is_empty())
                        .map(NoteLine::text),
                );
                push_sources(out, model, sources, sure);
            };
        for &e in &self.events {
            let mut t = String::new();
            write_event_details(&mut t, model, |a| &model[a].name, crate::model::EventRef(e));
            let ev = &model.events[e];
            block(t, (&ev.sources, &ev.assurance), &mut out);
        }
        for &t in &self.teams {
            let team = &model.teams[t];
            let mut s = format!(
                "{} ({})\n{}",
                team.name,
                team_kind_name(team.kind),
                team.period().human()
            );
            let _ = write!(
                s,
                " {}",
                t!("deck-as-written", given = team.period().to_string())
            );
            if let Some(h) = team.hosted_by {
                let _ = write!(s, "\n{} {}", label("deck-hosted-by"), model[h].name);
            }
            // Each member once; who held a role, or joined or left apart, when.
            let mut named: Vec<crate::model::AgencyRef> = Vec::new();
            for m in &team.members {
                if !named.contains(&m.agency) {
                    if named.is_empty() {
                        let _ = write!(s, "\n{} ", label("tip-members"));
                    } else {
                        s.push_str("; ");
                    }
                    s.push_str(&model[m.agency].name);
                    named.push(m.agency);
                }
            }
            write_roles(&mut s, model, team);
            if let Some(b) = &team.legal_basis {
                let _ = write!(s, "\n{} {b}", label("tip-legal-basis"));
            }
            if let Some(n) = &team.notes {
                let _ = write!(s, "\n{n}");
            }
            block(s, (&team.sources, &team.assurance), &mut out);
        }
        for &c in &self.context {
            let ctx = &model.context[c];
            let mut s = format!(
                "{}\n{}",
                ctx.name,
                t!(
                    "tip-as-written",
                    human = ctx.date.human(),
                    given = ctx.date.to_string()
                )
            );
            if let Some(n) = &ctx.notes {
                let _ = write!(s, "\n{n}");
            }
            block(s, (&ctx.sources, &ctx.assurance), &mut out);
        }
        if !self.agencies.is_empty() {
            let names: Vec<&str> = self
                .agencies
                .iter()
                .map(|&a| model.agencies[a].name.as_str())
                .collect();
            let none = Assurance::default();
            block(
                format!("{} {}", label("deck-agencies"), names.join("; ")),
                (&[], &none),
                &mut out,
            );
        }
        out
    }
}

/// `Sources:`, then a line per source, linked to its address if it has one.
fn push_sources(out: &mut Vec<NoteLine>, model: &Model, sources: &[SourceRef], sure: &Assurance) {
    if sources.is_empty() {
        return;
    }
    out.push(NoteLine::text(label("tip-sources")));
    for s in sources {
        let src = &model[*s];
        let mut t = String::new();
        if let Some(p) = &src.publisher {
            let _ = write!(t, "{p}, ");
        }
        if let Some(d) = &src.date {
            let _ = write!(t, "{}: ", d.human());
        }
        t.push_str(&src.title);
        if let Some(g) = sure.grade_of(*s) {
            let _ = write!(t, " {}", t!("tip-graded", grade = g.describe()));
        }
        if let Some(url) = &src.url {
            let _ = write!(t, " — {url}");
        }
        for url in &src.urls {
            let _ = write!(t, "; {} {url}", label("page-source-also"));
        }
        if let Some(a) = &src.archived {
            let _ = write!(t, "; {} {a}", label("deck-archived"));
        }
        if let Some(d) = &src.accessed {
            let _ = write!(t, " ({})", t!("page-source-accessed", date = d.human()));
        }
        out.push(NoteLine {
            text: t,
            link: src.url.clone(),
        });
    }
}
