//! `varsel check`: reports every problem with the site without writing anything, or with
//! `--translations` how complete each language is, or with `--readability` how readable each
//! part of each notice is.

use std::path::Path;

use super::{Error, parse_now, report};
use crate::build::{self, BuildOptions};
use crate::cli::{CheckArgs, Format};
use crate::diagnostics::Diagnostics;
use crate::site::Site;

pub(super) fn run(root: &Path, args: CheckArgs) -> Result<(), Error> {
    if args.translations {
        return translations(root, args.format);
    }
    if args.readability {
        return readability(root, args.format);
    }
    let now = parse_now(args.now.as_deref())?.unwrap_or_else(jiff::Timestamp::now);
    let diags = problems(root, now);
    report(&diags, args.format);
    if diags.has_errors() || (args.strict && !diags.is_empty()) {
        Err(super::failure(&diags))
    } else {
        if args.format == Format::Human && diags.is_empty() {
            // Beside the diagnostics it stands for, on standard error (docs/check.md).
            tellln!("No problems found.");
        }
        Ok(())
    }
}

/// Prints how complete each language is; fails (exit 1) when any is incomplete.
fn translations(root: &Path, format: Format) -> Result<(), Error> {
    let rows = match crate::check::table::measure(root) {
        Ok(rows) => rows,
        Err(d) => {
            let d: Diagnostics = d.into();
            report(&d, format);
            return Err(super::failure(&d));
        }
    };
    match format {
        Format::Human => say!("{}", crate::check::table::to_human(&rows)),
        Format::Json => sayln!("{}", crate::check::table::to_json(&rows)),
    }
    if crate::check::table::all_complete(&rows) {
        Ok(())
    } else {
        Err(Error::Site)
    }
}

/// Prints the readability table; fails (exit 1) when a part is beyond its limit or the site
/// does not load.
fn readability(root: &Path, format: Format) -> Result<(), Error> {
    let site = match Site::load(root) {
        Ok(site) => site,
        Err(d) => {
            report(&d, format);
            return Err(super::failure(&d));
        }
    };
    let rows = crate::check::readability::table(&site);
    match format {
        Format::Human => say!("{}", crate::check::readability::to_human(&rows)),
        Format::Json => sayln!("{}", crate::check::readability::to_json(&rows)),
    }
    if rows.iter().all(|r| r.ok) {
        Ok(())
    } else {
        Err(Error::Site)
    }
}

/// Every problem with the site at `root`, judged at `now`, drafts included, without writing.
fn problems(root: &Path, now: jiff::Timestamp) -> Diagnostics {
    match Site::load(root) {
        Err(d) => d,
        Ok(site) => {
            let mut diags = crate::check::run(&site, now);
            let mut options = BuildOptions::new(root);
            options.drafts = true;
            options.now = Some(now);
            if let Err(d) = build::render_site(&site, &options) {
                diags.extend(d);
            }
            diags.sort();
            diags
        }
    }
}
