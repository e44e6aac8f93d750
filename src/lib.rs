//! varsel builds personal-data breach notices: one structured incident (facts once, prose per
//! language) in, consistent pages in every site language out.
//!
//! The pipeline: [`config`] and [`incident`] read the site, [`locale`] puts facts into words,
//! [`markdown`] and [`render`] make HTML, [`site`] plans, builds and writes it; [`diagnostics`]
//! reports what is wrong with the input.

// Diagnostics travel by value on the error path only; boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod embedded;
pub mod incident;
pub mod locale;
pub mod markdown;
pub mod render;
pub mod scaffold;
pub mod site;

use std::path::Path;

use cli::{Cli, Command, Format};
use diagnostics::Diagnostics;

/// Why a command failed; each kind has its own exit code (see README).
#[derive(Debug)]
pub enum Error {
    /// The site has problems; they have been printed. Exit code 1.
    Site,
    /// Bad usage or the environment failed (a folder exists, I/O). Exit code 2.
    Other(anyhow::Error),
}

impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Self {
        Error::Other(e)
    }
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Site => 1,
            Error::Other(_) => 2,
        }
    }
}

/// Runs one command.
pub fn run(cli: Cli) -> Result<(), Error> {
    let root = cli.root.as_path();
    match cli.command {
        Command::Init { folder } => {
            scaffold::init(&folder)?;
            println!("Created a new site in {}.", folder.display());
            println!("Next: cd {} && varsel build", folder.display());
            Ok(())
        }
        Command::New { slug } => {
            let dir = scaffold::new_incident(root, &slug)?;
            println!(
                "Created {}: fill in incident.yaml and every language's prose.",
                dir.display()
            );
            Ok(())
        }
        Command::Build {
            output,
            drafts,
            now,
            strict,
        } => {
            let mut options = site::BuildOptions::new(root);
            if let Some(o) = output {
                options.output = o;
            }
            options.drafts = drafts;
            options.now = parse_now(now.as_deref())?;
            let _ = strict;
            let started = std::time::Instant::now();
            match site::build(root, &options) {
                Ok(report) => {
                    println!(
                        "Built {} notice{} into {} ({} pages) in {} ms.",
                        report.notices,
                        if report.notices == 1 { "" } else { "s" },
                        options.output.display(),
                        report.pages,
                        started.elapsed().as_millis()
                    );
                    Ok(())
                }
                Err(diags) => {
                    report(&diags, Format::Human);
                    Err(Error::Site)
                }
            }
        }
        Command::Check { format, strict } => {
            let diags = check(root);
            report(&diags, format);
            if diags.has_errors() || (strict && !diags.is_empty()) {
                Err(Error::Site)
            } else {
                if format == Format::Human {
                    println!("No problems found.");
                }
                Ok(())
            }
        }
    }
}

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

/// Every problem with the site at `root`, as a build would find them, without writing.
pub fn check(root: &Path) -> Diagnostics {
    match site::Site::load(root) {
        Err(d) => d,
        Ok(site) => {
            let mut options = site::BuildOptions::new(root);
            options.drafts = true;
            match site::build::render_each(&site, &options, &|_| Ok(())) {
                Ok(_) => Diagnostics::default(),
                Err(d) => d,
            }
        }
    }
}

fn report(diags: &Diagnostics, format: Format) {
    match format {
        Format::Json => println!("{}", diags.to_json()),
        Format::Human => {
            eprint!("{}", diags.to_human());
            let (e, w) = (diags.error_count(), diags.warning_count());
            if e + w > 0 {
                eprintln!(
                    "{e} error{}, {w} warning{}",
                    if e == 1 { "" } else { "s" },
                    if w == 1 { "" } else { "s" }
                );
            }
        }
    }
}
