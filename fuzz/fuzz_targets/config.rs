//! Any `varsel.toml` text: parsing and checking never panics.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|src: &str| {
    if let Err(d) = varsel::config::Config::parse(Path::new("varsel.toml"), src) {
        let _ = d.to_string();
    }
});
