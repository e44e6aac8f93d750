//! `varsel init <folder>`: a new site folder with configuration and an example notice, and on
//! request a CI workflow and copies of the built-in locales.

use super::Error;
use crate::cli::{CiService, InitArgs};
use crate::scaffold::{self, Ci, InitOptions, SiteSettings};

pub(super) fn run(args: InitArgs) -> Result<(), Error> {
    let folder = args.folder.as_path();
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
