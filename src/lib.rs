//! varsel builds personal-data breach notices: one structured incident (facts once, prose per
//! language) in, consistent pages in every site language out.
//!
//! The pipeline: [`config`] and [`incident`] read the site, [`locale`] puts facts into words,
//! [`check`] finds what is wrong with it, [`site`] plans what is published and writes it,
//! [`markdown`] and [`render`] make HTML, and [`build`] chains these stages; [`diagnostics`]
//! reports what is wrong with the input. [`serve`] is the preview server built on top of them;
//! [`cmd`] holds one file per command of the `varsel` binary.

// Diagnostics travel by value on the error path only; boxing them buys nothing.
#![allow(clippy::result_large_err)]
// What a caller outside the crate may use is `pub`; everything else is `pub(crate)`, and a
// `pub` item no caller outside can reach is flagged.
#![warn(unreachable_pub)]

// First, so that its macros are known in the modules below.
#[macro_use]
mod console;

pub mod build;
pub(crate) mod check;
pub mod cli;
pub(crate) mod cmd;
pub mod config;
pub mod diagnostics;
pub(crate) mod embedded;
pub(crate) mod folder_lock;
pub mod incident;
pub(crate) mod input;
pub mod locale;
pub(crate) mod mail;
pub mod markdown;
pub mod render;
pub(crate) mod scaffold;
pub(crate) mod schema;
pub(crate) mod serve;
pub mod site;

pub use cmd::{Error, run};
