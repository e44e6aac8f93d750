//! `varsel serve`: builds the site, serves it on this machine and rebuilds it on every edit.

use std::path::Path;

use super::Error;
use crate::cli::ServeArgs;
use crate::serve;

pub(super) fn run(root: &Path, args: ServeArgs) -> Result<(), Error> {
    let options = serve::ServeOptions {
        port: args.port,
        bind: args.bind,
        open: args.open,
        drafts: args.drafts,
    };
    serve::serve(root, &options)?;
    Ok(())
}
