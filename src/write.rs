//! Writing output files safely.
//!
//! - A regular file is replaced atomically: the output goes into a hidden
//!   temporary file beside it, renamed over the target only once complete, so a
//!   failure or an interrupted run never leaves a half-written picture.
//! - A link is followed: the file it points to is replaced, the link stays.
//! - Anything else that exists and is not a folder (a device such as
//!   `/dev/null`, a FIFO, a socket) is written in place: replacing it with a
//!   regular file would break the system or the reader waiting on it.
//! - Nothing is ever written over an input, however it is named (another
//!   folder, a link, `..`): targets are compared by file identity.
//! - Temporary files are removed when a write fails, and by [`remove_temporaries`],
//!   which the command-line tool calls when it is interrupted.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::source::FileIdentity;

/// Why an output was not written.
#[derive(Debug)]
pub enum WriteError {
    /// The target is one of the inputs.
    WouldReplaceInput(PathBuf),
    /// The target is a folder.
    IsFolder(PathBuf),
    /// The system refused (with the path that failed).
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::WouldReplaceInput(p) => {
                write!(f, "refusing to write over the input file {}", p.display())
            }
            WriteError::IsFolder(p) => {
                write!(f, "cannot write {}: it is a folder", p.display())
            }
            WriteError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

impl std::error::Error for WriteError {}

/// Temporary files being written now, removed if the process is interrupted.
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary file a write in progress has made. Meant for a
/// signal handler: after it, the process must end without writing further.
pub fn remove_temporaries() {
    let list = match TEMPORARIES.lock() {
        Ok(mut l) => std::mem::take(&mut *l),
        Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
    };
    for p in list {
        let _ = std::fs::remove_file(p);
    }
}

fn register(tmp: &Path) {
    if let Ok(mut l) = TEMPORARIES.lock() {
        l.push(tmp.to_path_buf());
    }
}

fn unregister(tmp: &Path) {
    if let Ok(mut l) = TEMPORARIES.lock() {
        l.retain(|p| p != tmp);
    }
}

/// Writes `contents` to `path` by the rules above, refusing to write over
/// any file in `inputs`.
pub fn write_file(
    path: &Path,
    inputs: &[&FileIdentity],
    contents: &[u8],
) -> Result<(), WriteError> {
    write_file_with(path, inputs, |f| f.write_all(contents))
}

/// [`write_file`] for output produced piece by piece: `write` fills the file.
pub fn write_file_with(
    path: &Path,
    inputs: &[&FileIdentity],
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let io = |e: io::Error| WriteError::Io(path.to_path_buf(), e);
    if let Some(id) = FileIdentity::of(path)
        && inputs.contains(&&id)
    {
        return Err(WriteError::WouldReplaceInput(path.to_path_buf()));
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(WriteError::IsFolder(path.to_path_buf())),
        Ok(m) if !m.is_file() => {
            // A device, FIFO or socket: written in place, never replaced.
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(io)?;
            write(&mut f).and_then(|_| f.flush()).map_err(io)
        }
        Ok(_) => {
            // A link is followed, so the file it points to is replaced and the
            // link stays a link.
            let target = if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) {
                path.canonicalize().map_err(io)?
            } else {
                path.to_path_buf()
            };
            write_atomic_with(&target, write).map_err(|e| WriteError::Io(path.to_path_buf(), e))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                return Err(io(io::Error::new(
                    io::ErrorKind::NotFound,
                    "it is a link to a file that does not exist",
                )));
            }
            write_atomic_with(path, write).map_err(io)
        }
        Err(e) => Err(io(e)),
    }
}

/// Writes `path` atomically: `write` fills a temporary file beside it, which is
/// renamed over `path` only if it succeeds, so a failure never leaves a
/// half-written or emptied file.
fn write_atomic_with(
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
    register(&tmp);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .or_else(|e| {
                // A temporary file left by an earlier process of the same
                // number (killed outright) is ours to replace.
                if e.kind() == io::ErrorKind::AlreadyExists
                    && std::fs::symlink_metadata(&tmp).is_ok_and(|m| m.is_file())
                {
                    std::fs::remove_file(&tmp)?;
                    std::fs::OpenOptions::new()
                        .write(true)
                        .create_new(true)
                        .open(&tmp)
                } else {
                    Err(e)
                }
            })?;
        write(&mut f)?;
        f.flush()?;
        drop(f);
        // No fsync: the rename already keeps a failed or interrupted run from
        // leaving a half-written picture, and waiting for the disk (tens of
        // milliseconds when it is busy) would cost more than drawing a case.
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    unregister(&tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("coopline-write-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn an_input_is_never_replaced_by_any_name() {
        let d = dir("input");
        let input = d.join("case.yaml");
        std::fs::write(&input, "title: x\n").unwrap();
        std::fs::create_dir(d.join("sub")).unwrap();
        let id = FileIdentity::of(&input).unwrap();
        for name in [input.clone(), d.join("sub/../case.yaml")] {
            assert!(matches!(
                write_file(&name, &[&id], b"<svg/>"),
                Err(WriteError::WouldReplaceInput(_))
            ));
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&input, d.join("link.svg")).unwrap();
            assert!(matches!(
                write_file(&d.join("link.svg"), &[&id], b"<svg/>"),
                Err(WriteError::WouldReplaceInput(_))
            ));
        }
        assert_eq!(std::fs::read_to_string(&input).unwrap(), "title: x\n");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let d = dir("link");
        std::fs::write(d.join("real.svg"), "old").unwrap();
        std::os::unix::fs::symlink("real.svg", d.join("link.svg")).unwrap();
        write_file(&d.join("link.svg"), &[], b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(d.join("link.svg"))
                .unwrap()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(d.join("real.svg")).unwrap(), "new");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let d = dir("fail");
        let out = d.join("out.svg");
        std::fs::write(&out, "old").unwrap();
        let r = write_file_with(&out, &[], |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(matches!(r, Err(WriteError::Io(..))));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
        let names: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        let _ = std::fs::remove_dir_all(&d);
    }
}
