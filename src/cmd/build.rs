//! `varsel build`: checks and builds the site into the output folder.

use std::path::{Path, PathBuf};

use super::{Error, parse_now, report};
use crate::build::{self, BuildOptions};
use crate::cli::Format;

/// What `varsel build` was given on the command line.
pub(super) struct Args {
    pub(crate) output: Option<PathBuf>,
    pub(crate) drafts: bool,
    pub(crate) now: Option<String>,
    pub(crate) strict: bool,
    pub(crate) allow_empty: bool,
}

pub(super) fn run(root: &Path, args: Args) -> Result<(), Error> {
    let mut options = BuildOptions::new(root);
    if let Some(o) = args.output {
        options.output = o;
    }
    options.drafts = args.drafts;
    options.now = parse_now(args.now.as_deref())?;
    options.strict = args.strict;
    options.allow_empty = args.allow_empty;
    let started = std::time::Instant::now();
    match build::build(root, &options) {
        Ok(built) => {
            if !built.warnings.is_empty() {
                report(&built.warnings, Format::Human);
            }
            sayln!(
                "Built {} notice{} into {} ({} pages) in {} ms.",
                built.notices,
                if built.notices == 1 { "" } else { "s" },
                options.output.display(),
                built.pages,
                started.elapsed().as_millis()
            );
            Ok(())
        }
        Err(diags) => {
            report(&diags, Format::Human);
            Err(super::failure(&diags))
        }
    }
}
