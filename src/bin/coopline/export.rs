//! `coopline export`: the cooperation graph for other tools, or the records as
//! TimelineJS slides or FollowTheMoney entities.

use clap::ValueEnum as _;
use coopline::{ExportFormat, Grouping, Model, PartialDate};

use crate::cli::ExportArgs;
use crate::dataset::with_graph;
use crate::output::to_file_or_stdout;
use crate::{Fail, Outcome};

/// Writes the graph in the format asked for, or the one the file name implies.
pub fn export(a: ExportArgs) -> Outcome {
    let output = a.output.filter(|o| o.as_os_str() != "-");
    let format = match (a.format, &output) {
        (Some(f), _) => f,
        (None, Some(o)) => ExportFormat::from_path(o).ok_or_else(|| {
            errln!(
                "error: cannot tell the format from {}; add --format {}",
                o.display(),
                format_names()
            );
            Fail::Usage
        })?,
        (None, None) => {
            errln!("error: choose a format with --format {}", format_names());
            return Err(Fail::Usage);
        }
    };
    // FtM entities are the records themselves: a time slice or grouping of the
    // graph would silently change nothing, so it is refused.
    if format == ExportFormat::Ftm
        && (a.slice.from.is_some() || a.slice.to.is_some() || a.slice.by != Grouping::Agency)
    {
        errln!(
            "error: --from, --to and --by shape the graph; the FtM export writes every record: leave them out"
        );
        return Err(Fail::Usage);
    }
    with_graph(&a.input, &a.slice, a.lang.as_deref(), |model, g, inputs| {
        if format == ExportFormat::TimelineJs {
            let (from, to) = g.window();
            if !any_dated(model, from, to) {
                errln!(
                    "warning: no event, team or context record {}; TimelineJS shows nothing \
                     without one",
                    if from.is_some() || to.is_some() {
                        "falls within --from/--to"
                    } else {
                        "in the dataset"
                    }
                );
            }
        }
        if format != ExportFormat::Ftm {
            return to_file_or_stdout(
                output.as_deref(),
                inputs,
                &coopline::export(model, g, format),
            );
        }
        let ftm = coopline::to_ftm(model);
        for what in &ftm.left_out {
            info!("note: the FtM export leaves out {what}");
        }
        to_file_or_stdout(output.as_deref(), inputs, &ftm.text)
    })
}

/// `dot|graphml|...`: every format's name, as `--format` takes it.
fn format_names() -> String {
    ExportFormat::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect::<Vec<_>>()
        .join("|")
}

/// True when a record would become a TimelineJS slide: the timeline needs one.
fn any_dated(model: &Model, from: Option<&PartialDate>, to: Option<&PartialDate>) -> bool {
    let within = |p: coopline::Period| p.within(from, to);
    model.events.iter().any(|e| within(e.period()))
        || model.teams.iter().any(|t| within(t.period()))
        || model
            .context
            .iter()
            .any(|c| within(coopline::Period::at(c.date)))
}
