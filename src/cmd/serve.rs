//! `varsel serve`: builds the site, serves it on this machine and rebuilds it on every edit.

use std::net::IpAddr;
use std::path::Path;

use super::Error;
use crate::serve;

pub(super) fn run(
    root: &Path,
    port: u16,
    bind: IpAddr,
    open: bool,
    drafts: bool,
) -> Result<(), Error> {
    let options = serve::ServeOptions {
        port,
        bind,
        open,
        drafts,
    };
    serve::serve(root, &options)?;
    Ok(())
}
