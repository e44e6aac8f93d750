//! The integration tests: each runs the real `varsel` binary on a fixture site in a temporary
//! folder and inspects what it printed and wrote.

mod build;
mod errors;
mod scaffold;
mod speed;
mod support;
