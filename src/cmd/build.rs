//! `varsel build`: checks and builds the site into the output folder.

use std::path::Path;

use super::{Error, finish, parse_now};
use crate::build::{self, BuildOptions};
use crate::cli::BuildArgs;

pub(super) fn run(root: &Path, args: BuildArgs) -> Result<(), Error> {
    let mut options = BuildOptions::new(root);
    if let Some(o) = args.output {
        options.output = o;
    }
    options.drafts = args.drafts;
    options.now = parse_now(args.now.as_deref())?;
    options.strict = args.strict;
    options.allow_empty = args.allow_empty;
    let started = std::time::Instant::now();
    finish(
        build::build(root, &options),
        |built| &built.warnings,
        |built| {
            format!(
                "Built {} notice{} into {} ({} pages) in {} ms.",
                built.notices,
                if built.notices == 1 { "" } else { "s" },
                options.output.display(),
                built.pages,
                started.elapsed().as_millis()
            )
        },
    )
}
