//! `coopline export`: the cooperation graph for other tools, or the records as
//! FollowTheMoney entities.

use coopline::{ExportFormat, Grouping};

use crate::cli::ExportArgs;
use crate::dataset::with_graph;
use crate::output::to_file_or_stdout;
use crate::{Fail, Outcome};

const FORMATS: &str = "dot|graphml|gexf|json|ftm";

/// Writes the graph in the format asked for, or the one the file name implies.
pub fn export(a: ExportArgs) -> Outcome {
    let output = a.output.filter(|o| o.as_os_str() != "-");
    let format = match (a.format, &output) {
        (Some(f), _) => f,
        (None, Some(o)) => ExportFormat::from_path(o).ok_or_else(|| {
            errln!(
                "error: cannot tell the format from {}; add --format {FORMATS}",
                o.display()
            );
            Fail::Usage
        })?,
        (None, None) => {
            errln!("error: choose a format with --format {FORMATS}");
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
    with_graph(&a.input, &a.slice, |model, g, inputs| {
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
