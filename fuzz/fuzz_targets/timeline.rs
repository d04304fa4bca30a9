//! A valid dataset → timeline layouts (options from the knob bytes after a NUL)
//! → SVG and web page, which must be well-formed and inert.
#![no_main]

use coopline::{layout_timeline, render_html, render_svg};
use coopline_fuzz::{MEASURE, check_html, check_svg, checked, split_knobs, timeline_options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, mut knobs) = split_knobs(data);
    let Some(checked) = checked(text) else {
        return;
    };
    let model = &checked.model;
    for _ in 0..3 {
        let opts = timeline_options(&mut knobs, model);
        let scene = layout_timeline(model, &MEASURE, &opts);
        check_svg(&render_svg(&scene));
        check_html(&render_html(&scene, &coopline::page_data(model)));
        if knobs.is_empty() {
            break;
        }
    }
});
