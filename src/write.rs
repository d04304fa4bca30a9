//! Writing output files safely.

use std::io::{self, Write};
use std::path::Path;

/// Writes `contents` to `path` atomically: into a temporary file beside it, then
/// renamed over it, so a failure never leaves a half-written or emptied file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |f| f.write_all(contents))
}

/// [`write_atomic`] for output produced piece by piece: `write` fills the
/// temporary file, which replaces `path` only if it succeeds.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        write(&mut f)?;
        // No fsync: the rename already keeps a failed or interrupted run from
        // leaving a half-written picture, and waiting for the disk (tens of
        // milliseconds when it is busy) would cost more than drawing a case.
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// True if `output` names the same file as one of `inputs` (so writing would destroy input).
pub fn is_one_of(output: &Path, inputs: &[std::path::PathBuf]) -> bool {
    let Ok(out) = output.canonicalize() else {
        return false;
    };
    inputs
        .iter()
        .filter_map(|p| p.canonicalize().ok())
        .any(|p| p == out || out.starts_with(&p) && p.is_file())
}
