//! Any prose file: splitting it into sections never panics, and neither does rendering them.
#![no_main]

use std::collections::HashSet;
use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|src: &str| {
    match varsel::incident::parse::prose(Path::new("en.md"), src) {
        Ok(prose) => {
            let mut used = HashSet::new();
            for (_, md) in &prose.sections {
                let _ = varsel::markdown::render(md, 1, &mut used);
            }
        }
        Err(diags) => diags.iter().for_each(|d| {
            let _ = d.to_string();
        }),
    }
});
