//! The integration tests: each runs the real `varsel` binary on a fixture site in a temporary
//! folder and inspects what it printed and wrote.

mod browser;
mod build;
mod check;
mod errors;
mod publish;
mod scaffold;
mod serve;
mod serve_load;
mod support;
mod theme;
mod validators;
