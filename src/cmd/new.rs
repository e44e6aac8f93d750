//! `varsel new <slug>`: scaffolds `content/<slug>/` with every section in every site language.

use std::path::Path;

use super::Error;
use crate::scaffold;

pub(super) fn run(root: &Path, slug: &str) -> Result<(), Error> {
    let dir = scaffold::new_incident(root, slug)?;
    sayln!(
        "Created {}: fill in incident.yaml and every language's prose.",
        dir.display()
    );
    Ok(())
}
