//! Any Markdown: rendering never panics and the result, as a browser parses it, never carries
//! script: no script-capable element, no event handler, no script address.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use scraper::Html;

fuzz_target!(|src: &str| {
    let mut used = HashSet::new();
    let html = varsel::markdown::render(src, 1, &mut used);
    let doc = Html::parse_fragment(&html);
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let name = el.name();
        assert!(
            ![
                "script", "iframe", "object", "embed", "base", "form", "style", "meta"
            ]
            .contains(&name),
            "{src:?} gave <{name}> in {html}"
        );
        for (attr, value) in el.attrs() {
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "{src:?} gave {attr} in {html}"
            );
            // Browsers drop whitespace and control characters before reading the scheme.
            let scheme: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .take_while(|&c| c != ':')
                .collect::<String>()
                .to_ascii_lowercase();
            assert!(
                !(value.contains(':')
                    && ["javascript", "vbscript", "data"].contains(&scheme.as_str())),
                "{src:?} gave {attr}={value:?} in {html}"
            );
        }
    }
});
