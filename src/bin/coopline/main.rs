//! The `coopline` binary: a thin shell over the library. `cli` says what can be
//! typed; each subcommand is one file that turns its arguments into library
//! calls once; `output` is the one way anything reaches a file or the terminal.

/// Like `eprintln!`, but a closed or failing stderr is ignored instead of panicking.
macro_rules! errln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($t)*);
    }};
}

/// Like `eprint!`, without the panic.
macro_rules! errs {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr().lock(), $($t)*);
    }};
}

/// Like `println!`, but a closed pipe (`coopline ... | head`) ends output quietly.
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}

/// Notes on what is going on (watch mode), on stderr; silenced by `--quiet`.
macro_rules! info {
    ($($t:tt)*) => {{
        if !$crate::output::quiet() {
            errln!($($t)*);
        }
    }};
}

/// Stage timings and counts, on stderr; only with `--verbose`.
macro_rules! verbose {
    ($($t:tt)*) => {{
        if $crate::output::verbose() {
            errln!($($t)*);
        }
    }};
}

mod check;
mod cli;
mod dataset;
mod export;
mod fonts;
mod gallery;
mod generate;
mod import;
mod output;
mod progress;
mod query;
mod render;
mod watch;

use std::process::ExitCode;

use cli::{Cli, Command};

/// Why a command failed; what it printed says more. The values are the exit
/// codes the README documents (0 is success).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fail {
    /// The data is not valid.
    Invalid = 1,
    /// The command line asks for something that cannot be done.
    Usage = 2,
    /// A file could not be read or written.
    Io = 3,
}

/// What every command returns.
pub type Outcome = Result<(), Fail>;

fn main() -> ExitCode {
    let matches = <Cli as clap::CommandFactory>::command().get_matches();
    let mut cli =
        <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(Command::Render(args)) = &mut cli.command
        && let Some(m) = matches.subcommand_matches("render")
    {
        args.given = cli::given_settings(m);
    }
    output::set_verbosity(cli.quiet, cli.verbose);
    clean_up_on_signals();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(fail) => ExitCode::from(fail as u8),
    }
}

fn run(cli: Cli) -> Outcome {
    match cli.command {
        None => gallery::main_job(),
        Some(Command::Completions { shell }) => output::completions(shell),
        Some(Command::Schema { output }) => output::schema(output),
        Some(Command::Man) => output::man(),
        Some(Command::Gen(args)) => generate::generate(args),
        Some(Command::Render(args)) if args.watch => watch::watch(&args),
        Some(Command::Render(args)) => render::render(&args, true),
        Some(Command::Check {
            input,
            deny_warnings,
            sources_report,
            min_confidence,
        }) => check::check(&input, deny_warnings, sources_report, min_confidence),
        Some(Command::Import { from }) => import::import(from),
        Some(Command::Query {
            input,
            slice,
            json,
            question,
        }) => query::query(&input, &slice, &question, json),
        Some(Command::Export(args)) => export::export(args),
    }
}

/// On Ctrl-C, `kill` or a closed terminal, removes the temporary files of
/// writes in progress, then ends as the signal would have ended the process.
fn clean_up_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    coopline::remove_temporaries();
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
        }
    }
}
