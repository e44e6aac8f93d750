//! The integration tests: each runs the real `varsel` binary on a fixture site in a temporary
//! folder and inspects what it printed and wrote.

mod architecture;
mod bounds;
#[cfg(unix)]
mod browser;
mod build;
mod check;
mod deploy;
mod errors;
mod hostile;
mod mail;
mod output;
mod plain;
mod positions;
mod properties;
mod publish;
mod real_world;
mod scaffold;
mod schema;
mod security;
// Unix only: the preview server (also driven by the browser tests) is stopped as Ctrl-C stops it, with SIGINT, and the speed
// tests tell an unchanged file by its inode.
#[cfg(unix)]
mod serve;
#[cfg(unix)]
mod serve_load;
#[cfg(unix)]
mod speed;
mod support;
mod theme;
mod validators;
mod wording;
