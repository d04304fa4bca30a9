//! A progress bar for work that writes many files, shown only on a terminal and
//! only once the work has taken a second: quick runs stay silent, and logs and
//! pipes never receive bar frames.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long work runs before a bar appears.
const DELAY: Duration = Duration::from_secs(1);

/// Counts finished steps; draws a bar when the work turns out to be slow.
pub struct Progress {
    label: &'static str,
    total: u64,
    done: u64,
    start: Instant,
    delay: Duration,
    target: Option<ProgressDrawTarget>,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A counter over `total` steps drawing on stderr, if stderr is a terminal and
    /// `--quiet` was not given.
    pub fn new(label: &'static str, total: usize) -> Progress {
        let visible = !crate::output::quiet() && std::io::stderr().is_terminal();
        Progress::with_target(
            label,
            total,
            DELAY,
            visible.then(ProgressDrawTarget::stderr),
        )
    }

    /// A counter drawing on `target` (`None`: never drawn) once `delay` has passed.
    pub fn with_target(
        label: &'static str,
        total: usize,
        delay: Duration,
        target: Option<ProgressDrawTarget>,
    ) -> Progress {
        Progress {
            label,
            total: total as u64,
            done: 0,
            start: Instant::now(),
            delay,
            target: target.filter(|_| total > 1),
            bar: None,
        }
    }

    /// One more step done.
    pub fn inc(&mut self) {
        self.done += 1;
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        } else if self.done < self.total
            && self.start.elapsed() >= self.delay
            && let Some(target) = self.target.take()
        {
            let bar = ProgressBar::with_draw_target(Some(self.total), target);
            bar.set_style(
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}, {eta} left")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.set_message(self.label);
            bar.set_position(self.done);
            self.bar = Some(bar);
        }
    }

    /// Runs `f` (which may print) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Removes the bar.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default, Debug)]
    struct Screen(Arc<Mutex<String>>);

    impl indicatif::TermLike for Screen {
        fn width(&self) -> u16 {
            100
        }
        fn move_cursor_up(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> io::Result<()> {
            self.write_str(s)?;
            self.write_str("\n")
        }
        fn write_str(&self, s: &str) -> io::Result<()> {
            self.0.lock().unwrap().push_str(s);
            Ok(())
        }
        fn clear_line(&self) -> io::Result<()> {
            Ok(())
        }
        fn flush(&self) -> io::Result<()> {
            Ok(())
        }
    }

    fn run(delay: Duration, total: usize) -> String {
        let screen = Screen::default();
        let target = ProgressDrawTarget::term_like_with_hz(Box::new(screen.clone()), 100);
        let mut p = Progress::with_target("writing frames", total, delay, Some(target));
        for _ in 0..total {
            p.inc();
            std::thread::sleep(Duration::from_millis(15));
        }
        p.finish();
        screen.0.lock().unwrap().clone()
    }

    #[test]
    fn slow_work_shows_a_bar_with_its_count() {
        let drawn = run(Duration::ZERO, 5);
        assert!(drawn.contains("writing frames"), "{drawn:?}");
        assert!(drawn.contains("/5"), "{drawn:?}");
    }

    #[test]
    fn quick_work_draws_nothing() {
        assert_eq!(run(Duration::from_secs(60), 5), "");
    }

    #[test]
    fn a_single_step_draws_nothing() {
        assert_eq!(run(Duration::ZERO, 1), "");
    }
}
