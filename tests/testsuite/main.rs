//! The integration tests: each runs the real `varsel` binary on a fixture site in a temporary
//! folder and inspects what it printed and wrote.

mod bounds;
mod build;
mod errors;
mod output;
mod properties;
mod scaffold;
mod security;
mod support;
