//! The web page as a whole: every view laid out for a desktop and for a
//! phone's column, then rendered around the story ([`render_page`]).

use crate::layout::{Laid, OptionError, Options, Orient, Setting, Size, VIEWS, View, layout};
use crate::model::Model;
use crate::render::{PagePicture, render_page};
use crate::text::TextMeasure;

/// The width a web page's pictures are drawn for on a desktop: the room
/// beside the story's column on a 1440 px screen, so that their text is read
/// at its own size.
pub const PAGE_WIDTH: f64 = 1000.0;

/// The width of a phone's column, as `--size phone`.
pub const PHONE_WIDTH: f64 = 390.0;

/// One view of the page, laid out twice.
pub struct PageView {
    /// The view.
    pub view: &'static dyn View,
    /// For a desktop: `opts.size`, or [`PAGE_WIDTH`] wide when it is `auto`.
    pub wide: Laid,
    /// For a phone's column, [`PHONE_WIDTH`] wide.
    pub narrow: Laid,
}

/// Every view laid out for the page. `opts` holds the command line's options:
/// each view takes those it reads, and the defaults for the rest, so that a
/// flag meant for one view (`--lanes team`) leaves the others as they are.
pub fn page_views(
    model: &Model,
    opts: &Options,
    m: &dyn TextMeasure,
) -> Result<Vec<PageView>, OptionError> {
    let wide = match opts.size {
        Size::Auto => Size::Column { width: PAGE_WIDTH },
        size => size,
    };
    VIEWS
        .iter()
        .map(|&view| {
            let own = for_view(opts, view);
            // The page shows details on a click or a tap: its pictures are
            // worded for a screen, whatever their size.
            // The timeline runs across a desktop and down a phone, unless
            // `--orient` says otherwise.
            let at = |size, orient| Options {
                size,
                print: false,
                page: true,
                orient: own.orient.or(Some(orient)),
                ..own.clone()
            };
            let phone = Size::Column { width: PHONE_WIDTH };
            Ok(PageView {
                view,
                wide: layout(view, model, &at(wide, Orient::Across), m)?,
                narrow: layout(view, model, &at(phone, Orient::Down), m)?,
            })
        })
        .collect()
}

/// The page of `views`, the tab of `open` shown first.
pub fn render_explainer(views: &[PageView], open: &str) -> Option<String> {
    let page = views.first()?.wide.page.as_ref()?;
    let pictures: Vec<PagePicture> = views
        .iter()
        .map(|v| PagePicture {
            view: v.view.name(),
            wide: &v.wide.scene,
            narrow: Some(&v.narrow.scene),
        })
        .collect();
    Some(render_page(&pictures, page, open))
}

/// `opts` with the settings `view` does not read at their defaults.
fn for_view(opts: &Options, view: &dyn View) -> Options {
    let d = Options::default();
    let mut o = opts.clone();
    for s in Setting::ALL {
        if view.reads().contains(&s) {
            continue;
        }
        match s {
            Setting::Lanes => o.lanes = d.lanes,
            Setting::By => o.by = d.by,
            Setting::Color => o.color = d.color,
            Setting::Focus => o.focus = None,
            Setting::Center => o.center = None,
            Setting::Facet => o.facet = d.facet,
            Setting::Mode => o.mode = d.mode,
            Setting::Links => o.links = d.links,
            Setting::Context => o.context = d.context,
            Setting::Subtitle => o.subtitle = None,
            Setting::Caption => o.caption = None,
            Setting::Stats => o.stats = d.stats,
            Setting::Axis => o.axis = d.axis,
            Setting::Orient => o.orient = d.orient,
            Setting::Overview => o.overview = d.overview,
        }
    }
    o
}
