//! The commands: one file each, named after the subcommand. A command turns parsed arguments
//! into calls on the library, prints what a person needs to see and says how it ended; the
//! work itself lives in the modules below. [`run`] picks the command.

mod build;
mod check;
mod eject;
mod init;
mod mail;
mod new;
mod schema;
mod serve;

use crate::cli::{Cli, Command, Format};
use crate::diagnostics::Diagnostics;

/// Why a command failed; each kind has its own exit code (see README and docs/check.md).
#[derive(Debug)]
pub enum Error {
    /// The site has problems; they have been printed. Exit code [`Error::SITE`].
    Site,
    /// A file could not be read or written, or there is no site; the diagnostics saying so
    /// have been printed. Exit code [`Error::OTHER`].
    Environment,
    /// Bad usage or the environment failed (a folder exists, I/O). Exit code [`Error::OTHER`].
    Other(anyhow::Error),
}

impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Self {
        Error::Other(e)
    }
}

impl Error {
    /// The site has problems (printed as diagnostics).
    pub const SITE: u8 = 1;
    /// Bad usage, or the environment failed (I/O, a folder in the way).
    pub const OTHER: u8 = 2;

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Site => Self::SITE,
            Error::Environment | Error::Other(_) => Self::OTHER,
        }
    }
}

/// How a command that printed `diags` failed: the environment, when a file could not be read
/// or written (exit code 2), else the site (1).
fn failure(diags: &Diagnostics) -> Error {
    if diags.0.iter().any(|d| d.is_environment()) {
        Error::Environment
    } else {
        Error::Site
    }
}

/// Runs one command.
pub fn run(cli: Cli) -> Result<(), Error> {
    let root = cli.root.as_path();
    // `-C` to a folder that is not there is a usage error, not a site without varsel.toml.
    if !matches!(cli.command, Command::Init(_)) && !root.is_dir() {
        return Err(Error::Other(anyhow::anyhow!(
            "-C {}: there is no such folder",
            root.display()
        )));
    }
    match cli.command {
        Command::Init(args) => init::run(args),
        Command::Eject { what } => eject::run(root, what),
        Command::New { slug } => new::run(root, &slug),
        Command::Schema { file, write } => schema::run(root, file, write),
        Command::Build(args) => build::run(root, args),
        Command::Mail(args) => mail::run(root, args),
        Command::Serve(args) => serve::run(root, args),
        Command::Check(args) => check::run(root, args),
    }
}

/// `--now`: an RFC 3339 time, or none for the clock.
fn parse_now(now: Option<&str>) -> Result<Option<jiff::Timestamp>, Error> {
    now.map(|s| {
        s.parse::<jiff::Timestamp>().map_err(|e| {
            Error::Other(anyhow::anyhow!(
                "--now {s}: {e} (write an RFC 3339 time such as 2024-12-05T12:00:00Z)"
            ))
        })
    })
    .transpose()
}

/// Prints diagnostics: as JSON on standard output, or for people on standard error with a count.
fn report(diags: &Diagnostics, format: Format) {
    match format {
        Format::Json => sayln!("{}", diags.to_json()),
        Format::Human => {
            tell!("{}", diags.to_human());
            let (e, w) = (diags.error_count(), diags.warning_count());
            if e + w > 0 {
                tellln!(
                    "{e} error{}, {w} warning{}",
                    if e == 1 { "" } else { "s" },
                    if w == 1 { "" } else { "s" }
                );
            }
        }
    }
}

/// How a command that writes files ends: the warnings about what it wrote, then `summary` of
/// it on standard output; or the diagnostics that stopped it.
fn finish<T>(
    outcome: Result<T, Diagnostics>,
    warnings: impl FnOnce(&T) -> &Diagnostics,
    summary: impl FnOnce(&T) -> String,
) -> Result<(), Error> {
    match outcome {
        Ok(done) => {
            let warnings = warnings(&done);
            if !warnings.is_empty() {
                report(warnings, Format::Human);
            }
            sayln!("{}", summary(&done));
            Ok(())
        }
        Err(diags) => {
            report(&diags, Format::Human);
            Err(failure(&diags))
        }
    }
}
