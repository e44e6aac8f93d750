//! Any `incident.yaml` text: parsing, then checking against the site languages, never panics.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|src: &str| {
    let file = Path::new("incident.yaml");
    match varsel::incident::parse::facts(file, src) {
        Ok(facts) => {
            let langs = ["sv".to_owned(), "en".to_owned()];
            let spans = varsel::incident::LazySpans::new(0);
            if let Err(diags) =
                varsel::incident::validate::resolve(file, src, &spans, &facts, &langs)
            {
                let _ = diags.to_human();
            }
        }
        Err(d) => {
            let _ = d.to_string();
        }
    }
});
