//! What the user typed, checked for form only.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Draw international police and judicial cooperation over time.
///
/// With no command, coopline runs on the bundled Matrix case.
#[derive(Debug, Parser)]
#[command(name = "coopline", version, about, long_about = None)]
pub struct Cli {
    /// What to do; nothing runs the bundled example.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate datasets and report every problem with its line.
    Check {
        /// YAML files, folders of them (merged), or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Largest total input accepted, in bytes.
        #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
        max_input_bytes: u64,
        /// Treat warnings as errors (exit 1 if there are any).
        #[arg(long)]
        deny_warnings: bool,
    },
}
