//! `varsel init <folder>`: a new site folder with configuration and an example notice, and on
//! request a CI workflow and copies of the built-in locales.

use std::path::Path;

use super::Error;
use crate::cli::CiService;
use crate::scaffold::{self, Ci, InitOptions, SiteSettings};

/// The options of `varsel init`, as given.
pub(super) struct Args {
    pub languages: Vec<String>,
    pub time_zone: Option<String>,
    pub base_url: Option<String>,
    pub locales: bool,
    pub ci: Option<CiService>,
}

pub(super) fn run(folder: &Path, args: Args) -> Result<(), Error> {
    let settings = SiteSettings::new(
        &args.languages,
        args.time_zone.as_deref(),
        args.base_url.as_deref(),
    )?;
    let options = InitOptions {
        settings: settings.clone(),
        locales: args.locales,
        ci: args.ci.map(|c| match c {
            CiService::Github => Ci::GitHub,
            CiService::Gitlab => Ci::GitLab,
        }),
    };
    let written = scaffold::init(folder, &options)?;
    sayln!("Created a new site in {}:", folder.display());
    for path in &written {
        sayln!("  {}", path.display());
    }
    sayln!(
        "Languages {} ({} first), time zone {}, published at {}; change them in varsel.toml.",
        settings.languages.join(", "),
        settings.default_language,
        settings.time_zone,
        settings.base_url
    );
    if options.ci == Some(Ci::GitLab) {
        sayln!(
            "For the rebuild every 15 minutes, create a pipeline schedule in GitLab (see .gitlab-ci.yml)."
        );
    }
    sayln!("Next: cd {} && varsel serve", folder.display());
    Ok(())
}
