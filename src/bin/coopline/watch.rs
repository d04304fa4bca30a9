//! `coopline render --watch`: render, then render again whenever the dataset is
//! saved. A broken save prints its diagnostics and leaves the last good picture
//! in place (files are replaced atomically, and only after a successful render).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{DebounceEventResult, new_debouncer};

use crate::cli::RenderArgs;
use crate::dataset::list_paths;
use crate::render::render;
use crate::{Fail, Outcome};

/// Editors save in bursts (write, rename, chmod); one render per burst.
const SETTLE: Duration = Duration::from_millis(150);

fn is_dataset(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Renders until interrupted; the exit code only on a usage or watcher error.
pub fn watch(a: &RenderArgs) -> Outcome {
    if a.input.paths.iter().any(|p| p.as_os_str() == "-") {
        errln!("error: --watch needs files to watch, not standard input");
        return Err(Fail::Usage);
    }
    if a.output.as_ref().is_some_and(|o| o.as_os_str() == "-") {
        errln!("error: --watch rewrites a file on every save; give one with -o, not `-`");
        return Err(Fail::Usage);
    }
    // Watch the folders, not the files: editors that save by renaming a new
    // file over the old one would otherwise end the watch after one save.
    let mut files: BTreeSet<PathBuf> = BTreeSet::new();
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    let mut trees: BTreeSet<PathBuf> = BTreeSet::new();
    for p in &a.input.paths {
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.clone());
        if abs.is_dir() {
            trees.insert(abs);
        } else {
            if let Some(parent) = abs.parent() {
                dirs.insert(parent.to_path_buf());
            }
            files.insert(abs);
        }
    }
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = match new_debouncer(SETTLE, tx) {
        Ok(d) => d,
        Err(e) => {
            errln!("error: cannot watch files: {e}");
            return Err(Fail::Io);
        }
    };
    for (set, mode) in [
        (&dirs, RecursiveMode::NonRecursive),
        (&trees, RecursiveMode::Recursive),
    ] {
        for d in set {
            if let Err(e) = debouncer.watcher().watch(d, mode) {
                errln!("error: cannot watch {}: {e}", d.display());
                return Err(Fail::Io);
            }
        }
    }
    let relevant =
        |p: &Path| files.contains(p) || (is_dataset(p) && trees.iter().any(|t| p.starts_with(t)));
    let first = render(a, false);
    info!(
        "watching {} for changes (Ctrl-C stops){}",
        list_paths(&a.input.paths),
        if first.is_ok() {
            ""
        } else {
            "; the picture is written once the dataset is valid"
        }
    );
    for batch in rx {
        match batch {
            Ok(events) => {
                let changed: BTreeSet<&Path> = events
                    .iter()
                    .map(|e| e.path.as_path())
                    .filter(|p| relevant(p))
                    .collect();
                if changed.is_empty() {
                    continue;
                }
                let names: Vec<String> = changed
                    .iter()
                    .map(|p| {
                        p.file_name()
                            .unwrap_or(p.as_os_str())
                            .to_string_lossy()
                            .into_owned()
                    })
                    .collect();
                info!("\n{} changed; rendering again", names.join(", "));
                if render(a, false).is_err() {
                    info!("kept the last good picture; fix the dataset and save again");
                }
            }
            Err(e) => errln!("warning: file watcher: {e}"),
        }
    }
    Ok(())
}
