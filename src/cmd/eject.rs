//! `varsel eject locales|theme`: copies of the built-in locales or theme in the site, for its
//! authors to change; nothing that exists is replaced.

use std::path::Path;

use super::Error;
use crate::cli::EjectWhat;
use crate::config::Config;
use crate::scaffold::eject;

pub(super) fn run(root: &Path, what: EjectWhat) -> Result<(), Error> {
    let config = Config::load(root).map_err(|d| anyhow::anyhow!("{d}"))?;
    let written = match what {
        EjectWhat::Locales => eject::locales(root, &config.language_codes())?,
        EjectWhat::Theme => eject::theme(root, &config.theme)?,
    };
    for path in &written {
        sayln!("{}", root.join(path).display());
    }
    sayln!(
        "Copied {} file{}. The site now uses its copies, which a newer varsel does not change: keep only the files you change.",
        written.len(),
        if written.len() == 1 { "" } else { "s" }
    );
    Ok(())
}
