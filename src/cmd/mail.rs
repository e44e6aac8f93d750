//! `varsel mail`: writes the messages to send to the people a notice concerns.

use std::path::{Path, PathBuf};

use super::{Error, parse_now, report};
use crate::cli::Format;
use crate::mail::{self, MailRun};

/// What `varsel mail` was given on the command line.
pub(super) struct Args {
    pub(crate) slugs: Vec<String>,
    pub(crate) lang: Vec<String>,
    pub(crate) output: Option<PathBuf>,
    pub(crate) no_links: bool,
    pub(crate) update: Option<usize>,
    pub(crate) drafts: bool,
    pub(crate) now: Option<String>,
}

pub(super) fn run(root: &Path, args: Args) -> Result<(), Error> {
    let output = args.output.unwrap_or_else(|| root.join("mail"));
    let run = MailRun {
        slugs: args.slugs,
        langs: args.lang,
        output: output.clone(),
        links: args.no_links.then_some(false),
        update: args.update,
        drafts: args.drafts,
        now: parse_now(args.now.as_deref())?,
    };
    match mail::write(root, &run) {
        Ok(written) => {
            if !written.warnings.is_empty() {
                report(&written.warnings, Format::Human);
            }
            sayln!(
                "Wrote {} message{} into {}.",
                written.messages,
                if written.messages == 1 { "" } else { "s" },
                output.display()
            );
            Ok(())
        }
        Err(diags) => {
            report(&diags, Format::Human);
            Err(super::failure(&diags))
        }
    }
}
