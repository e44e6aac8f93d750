//! `varsel mail`: writes the messages to send to the people a notice concerns.

use std::path::Path;

use super::{Error, finish, parse_now};
use crate::cli::MailArgs;
use crate::mail::{self, MailRun};

pub(super) fn run(root: &Path, args: MailArgs) -> Result<(), Error> {
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
    finish(
        mail::write(root, &run),
        |written| &written.warnings,
        |written| {
            format!(
                "Wrote {} message{} into {}.",
                written.messages,
                if written.messages == 1 { "" } else { "s" },
                output.display()
            )
        },
    )
}
