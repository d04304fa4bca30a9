//! Everything the binary prints or writes: standard output that a closed pipe
//! ends quietly, files that never replace an input, and the documents that
//! describe the binary itself (completions, manual page, schema).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use coopline::{FileIdentity, WriteError};

use crate::cli::Cli;
use crate::progress::Progress;
use crate::{Fail, Outcome};

static QUIET: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicBool = AtomicBool::new(false);

/// Sets `--quiet` and `--verbose` for the whole run.
pub fn set_verbosity(quiet: bool, verbose: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
    VERBOSE.store(verbose, Ordering::Relaxed);
}

/// True with `--quiet`: only problems are printed.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// True with `--verbose`.
pub fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

/// Colour in reports: only on a terminal, and never with `NO_COLOR` set.
/// The width of the terminal standard error goes to, if it goes to one:
/// reports are fitted to it. Piped, they keep one width, whatever reads them.
pub fn stderr_width() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stderr()).map(|(w, _)| usize::from(w.0))
}

pub fn color_stderr() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Writes to stdout. A closed pipe (`coopline ... | head`) ends output quietly;
/// any other failure (a full disk) is an I/O error.
pub fn out(text: &str) -> Outcome {
    write_stdout(|w| w.write_all(text.as_bytes()))
}

/// [`out`] for output produced piece by piece.
pub fn write_stdout(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Outcome {
    let mut stdout = std::io::stdout().lock();
    match write(&mut stdout).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            errln!("error: cannot write to standard output: {e}");
            Err(Fail::Io)
        }
    }
}

/// Writes `path`, or standard output for `-` (see [`coopline::write`]); refuses
/// to replace an input.
pub fn write_output(path: &Path, inputs: &[&FileIdentity], bytes: &[u8]) -> Outcome {
    write_output_with(path, inputs, |w| w.write_all(bytes))
}

/// [`write_output`] for output produced piece by piece by `write`.
pub fn write_output_with(
    path: &Path,
    inputs: &[&FileIdentity],
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Outcome {
    if path.as_os_str() == "-" {
        return write_stdout(write);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        errln!("error: cannot create {}: {e}", dir.display());
        return Err(Fail::Io);
    }
    match coopline::write_file_with(path, inputs, write) {
        Ok(()) => {
            if !quiet() {
                outln!("wrote {}", path.display());
            }
            Ok(())
        }
        Err(e @ (WriteError::WouldReplaceInput(_) | WriteError::IsFolder(_))) => {
            errln!("error: {e}");
            Err(Fail::Usage)
        }
        Err(e) => {
            errln!("error: {e}");
            Err(Fail::Io)
        }
    }
}

/// Writes a series of files in turn, with a progress bar when that is slow;
/// stops at the first file that cannot be made or written.
pub fn write_each(
    label: &'static str,
    inputs: &[&FileIdentity],
    files: impl ExactSizeIterator<Item = (PathBuf, Result<Vec<u8>, Fail>)>,
) -> Outcome {
    let mut progress = Progress::new(label, files.len());
    for (path, bytes) in files {
        let written = bytes.and_then(|b| progress.suspend(|| write_output(&path, inputs, &b)));
        if written.is_err() {
            progress.finish();
            return written;
        }
        progress.inc();
    }
    progress.finish();
    Ok(())
}

/// Writes to `-o FILE`, or to standard output when there is none or it is `-`.
pub fn to_file_or_stdout(output: Option<&Path>, inputs: &[&FileIdentity], text: &str) -> Outcome {
    match output.filter(|p| p.as_os_str() != "-") {
        Some(p) => write_output(p, inputs, text.as_bytes()),
        None => out(text),
    }
}

/// `coopline completions SHELL`.
pub fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut buf = Vec::new();
    let mut command = <Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut command, "coopline", &mut buf);
    out(&String::from_utf8_lossy(&buf))
}

/// `coopline man`.
pub fn man() -> Outcome {
    let mut buf = Vec::new();
    match clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut buf) {
        Ok(()) => out(&String::from_utf8_lossy(&buf)),
        Err(e) => {
            errln!("error: cannot write the manual page: {e}");
            Err(Fail::Io)
        }
    }
}

/// `coopline schema`.
pub fn schema(output: Option<PathBuf>) -> Outcome {
    to_file_or_stdout(output.as_deref(), &[], &coopline::schema_json())
}
