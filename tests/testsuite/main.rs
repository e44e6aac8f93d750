//! The integration tests: each runs the real `varsel` binary on a fixture site in a temporary
//! folder and inspects what it printed and wrote.

mod architecture;
mod bounds;
mod browser;
mod build;
mod check;
mod errors;
mod output;
mod plain;
mod positions;
mod properties;
mod publish;
mod scaffold;
mod security;
mod serve;
mod serve_load;
mod speed;
mod support;
mod theme;
mod validators;
mod wording;
