//! `varsel schema [incident|front-matter|config]`: prints a JSON Schema for editors;
//! `varsel schema --write` stores all three in the site's `.varsel/` folder.

use std::path::Path;

use super::Error;
use crate::cli::SchemaFile;
use crate::schema::{self, SchemaKind};

pub(super) fn run(root: &Path, file: Option<SchemaFile>, write: bool) -> Result<(), Error> {
    if write {
        for path in schema::write_all(root)? {
            println!("Wrote {}", path.display());
        }
        return Ok(());
    }
    let kind = match file.unwrap_or(SchemaFile::Incident) {
        SchemaFile::Incident => SchemaKind::Incident,
        SchemaFile::FrontMatter => SchemaKind::FrontMatter,
        SchemaFile::Config => SchemaKind::Config,
    };
    print!("{}", kind.to_json());
    Ok(())
}
