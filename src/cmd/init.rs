//! `varsel init <folder>`: a new site folder with configuration, an example notice and the theme.

use std::path::Path;

use super::Error;
use crate::scaffold;

pub(super) fn run(folder: &Path) -> Result<(), Error> {
    scaffold::init(folder)?;
    sayln!("Created a new site in {}.", folder.display());
    sayln!("Next: cd {} && varsel build", folder.display());
    Ok(())
}
