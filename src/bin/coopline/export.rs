//! `coopline export`: the cooperation graph for other tools.

use coopline::ExportFormat;

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
                "error: cannot tell the format from {}; add --format dot|graphml|gexf|json",
                o.display()
            );
            Fail::Usage
        })?,
        (None, None) => {
            errln!("error: choose a format with --format dot|graphml|gexf|json");
            return Err(Fail::Usage);
        }
    };
    with_graph(&a.input, &a.slice, |model, g, inputs| {
        let text = coopline::export(model, g, format);
        to_file_or_stdout(output.as_deref(), inputs, &text)
    })
}
