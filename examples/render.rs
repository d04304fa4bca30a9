//! Rendering a dataset from Rust code: load, validate, lay out, and write SVG and PNG.
//!
//! ```sh
//! cargo run --example render -- data/matrix.yaml matrix.svg
//! ```

use coopline::{
    FontMeasure, Size, SourceSet, TimelineOptions, layout_timeline, render_png, render_svg,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let input = args.next().unwrap_or_else(|| "data/matrix.yaml".into());
    let output = args.next().unwrap_or_else(|| "matrix.svg".into());

    // Stage 1 and 2: read and validate; problems come back as located diagnostics.
    let mut sources = SourceSet::new();
    sources.add(input.clone(), std::fs::read_to_string(&input)?);
    let checked = match coopline::check(&sources) {
        Ok(c) => c,
        Err(diags) => {
            eprint!("{}", coopline::render_reports(&diags, &sources, false));
            std::process::exit(1);
        }
    };

    // Stage 4 and 5: lay out a 16:9 slide and render it.
    let options = TimelineOptions {
        size: Size::parse("slide")?,
        ..TimelineOptions::default()
    };
    let scene = layout_timeline(&checked.model, &FontMeasure::new(), &options);
    let svg = render_svg(&scene);
    std::fs::write(&output, &svg)?;
    std::fs::write(format!("{output}.png"), render_png(&svg, 1.0)?)?;
    println!(
        "wrote {output} and {output}.png: {}",
        checked.model.summary()
    );
    Ok(())
}
