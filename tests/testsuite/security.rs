//! Hostile input must not become hostile output: script payloads in every fact, every piece of
//! prose and every Fluent string come out as harmless text, and facts that become links must
//! be web addresses, email addresses or phone numbers.

use std::collections::HashSet;
use std::path::Path;

use scraper::Html;

use crate::support::Fixture;

/// Markdown that has got past sanitizers elsewhere.
const XSS: &[&str] = &[
    "[x](JaVaScRiPt:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](<java script:alert(1)>)",
    "[x]( javascript:alert(1))",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "![x](javascript:alert(1))",
    "![\" onerror=\"alert(1)](x.png)",
    "[x](https://a.example \"\\\" onmouseover=\\\"alert(1)\")",
    "[x](https://a.example \"<script>alert(1)</script>\")",
    "inline <img src=x onerror=alert(1)> image",
    "<svg><script>alert(1)</script></svg>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<details open ontoggle=alert(1)>x</details>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<!--><script>alert(1)</script>-->",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "## <img src=x onerror=alert(1)>",
    "[^<script>]\n\n[^<script>]: <script>alert(1)</script>",
    "<div onmouseover=\"alert(1)\">x</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"https://evil.example/\">",
];

/// Plain text for facts and Fluent strings (no `{`, which Fluent would read as a placeable).
const TEXT: &str =
    r#"<script>alert("t")</script><img src=x onerror=alert(1)>"'><svg onload=alert(1)>"#;

/// What in `html` could run script, as a browser parses it: script-capable elements,
/// event-handler attributes and script URLs.
pub fn dangers(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut found = Vec::new();
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let name = el.name();
        // Structured data is a JSON data block that browsers never run; it is allowed only
        // when all of it parses as JSON (so no payload can have closed it early).
        if name == "script" && el.attr("type") == Some("application/ld+json") {
            let text: String = scraper::ElementRef::wrap(node)
                .map(|e| e.text().collect())
                .unwrap_or_default();
            if serde_json::from_str::<serde_json::Value>(&text).is_err() {
                found.push("structured data that is not JSON".into());
            }
            continue;
        }
        if [
            "script", "iframe", "object", "embed", "base", "form", "frame", "applet",
        ]
        .contains(&name)
        {
            found.push(format!("<{name}> element"));
        }
        if name == "meta"
            && el
                .attr("http-equiv")
                .is_some_and(|v| v.eq_ignore_ascii_case("refresh"))
        {
            found.push("meta refresh".into());
        }
        for (attr, value) in el.attrs() {
            if attr.to_ascii_lowercase().starts_with("on") {
                found.push(format!("<{name} {attr}=…>"));
            }
            let is_url = [
                "href",
                "src",
                "action",
                "formaction",
                "data",
                "xlink:href",
                "poster",
            ]
            .contains(&attr);
            // Browsers drop whitespace and control characters before reading the scheme.
            let scheme: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .take_while(|&c| c != ':')
                .collect::<String>()
                .to_ascii_lowercase();
            if is_url
                && value.contains(':')
                && ["javascript", "vbscript", "data"].contains(&scheme.as_str())
            {
                found.push(format!("<{name} {attr}={value:?}>"));
            }
        }
    }
    found
}

#[test]
fn the_danger_finder_finds_danger() {
    for bad in [
        "<script>x</script>",
        "<p onclick=x>a</p>",
        "<a href=' JavaScript:x'>a</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<iframe></iframe>",
    ] {
        assert!(!dangers(bad).is_empty(), "{bad}");
    }
    assert!(dangers("<p>&lt;script&gt; onclick=x javascript:x</p><a href=\"https://a.example/javascript:\">a</a>").is_empty());
}

#[test]
fn markdown_payloads_render_harmless() {
    for payload in XSS {
        let mut used = HashSet::new();
        let html = varsel::markdown::render(payload, 1, &mut used);
        assert!(dangers(&html).is_empty(), "{payload:?} rendered as {html}");
        // The raw sanitizer too, on the payload as HTML.
        let clean = varsel::markdown::sanitize(payload);
        assert!(
            dangers(&clean).is_empty(),
            "{payload:?} sanitized as {clean}"
        );
    }
}

fn yaml_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Every published HTML file under `public/`.
fn html_files(root: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(root.join("public"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn payloads_in_every_field_come_out_as_text() {
    let f = Fixture::new("basic");
    let q = yaml_quoted(TEXT);
    let dir = "content/acme-webshop-2024";
    let facts = format!("{dir}/incident.yaml");
    f.edit(&facts, "name: Acme Handel AB", &format!("name: {q}"));
    f.edit(&facts, "reference: IMY-2024-1", &format!("reference: {q}"));
    f.edit(&facts, "    - Acme Webbutik", &format!("    - {q}"));
    f.edit(&facts, "name: Dataskyddsombudet", &format!("name: {q}"));
    f.edit(&facts, "en: Password advice added.", &format!("en: {q}"));
    f.edit(&facts, "en: Weekdays 9 am–4 pm", &format!("en: {q}"));
    f.edit(
        &facts,
        "en: Call us if you are worried.",
        &format!("en: {q}"),
    );
    f.edit(
        "varsel.toml",
        "title = \"Security notices\"",
        &format!("title = {TEXT:?}"),
    );

    // Prose: front matter, every section, a question and its answer.
    let mut prose = format!("---\ntitle: {q}\nsummary: {q}\n---\n");
    for (i, key) in [
        "what-happened",
        "how-discovered",
        "consequences",
        "what-we-did",
        "prevention",
        "what-you-should-do",
        "more-information",
    ]
    .iter()
    .enumerate()
    {
        prose.push_str(&format!("\n# {key}\n\n{TEXT}\n\n"));
        // Spread the Markdown payloads over the sections, each in its own paragraph.
        for p in XSS.iter().skip(i).step_by(7) {
            prose.push_str(&format!("{p}\n\n"));
        }
    }
    prose.push_str(&format!("\n# questions\n\n## {TEXT}\n\n{TEXT}\n"));
    f.write(&format!("{dir}/en.md"), &prose);

    // Every Fluent string of the English interface, overridden by the site.
    let ui =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/ui.ftl"))
            .unwrap();
    let mut hostile = String::new();
    for line in ui.lines() {
        match line.split_once(" = ") {
            Some((id, value)) if !id.starts_with(['#', ' ', '.']) && !value.contains('{') => {
                hostile.push_str(&format!("{id} = {TEXT}\n"));
            }
            _ => hostile.push_str(&format!("{line}\n")),
        }
    }
    f.write("locales/en/ui.ftl", &hostile);

    f.run(&["build"]).ok();
    // The messages to the people affected carry the same fields.
    let mail = f.path().join("public/mail");
    f.run(&["mail", "-o", mail.to_str().unwrap()]).ok();
    let files = html_files(f.path());
    assert!(files.len() > 5, "{files:?}");
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("mail/acme-webshop-2024/en.html"))
    );
    let mut escaped_seen = 0;
    for file in &files {
        let html = std::fs::read_to_string(file).unwrap();
        let found = dangers(&html);
        assert!(found.is_empty(), "{}: {found:?}", file.display());
        let doc = Html::parse_document(&html);
        let text: String = doc.root_element().text().collect();
        escaped_seen += text.matches(r#"<script>alert("t")</script>"#).count();
    }
    // The payload is shown to readers as the text it is, not dropped or mangled.
    let en = f.read("public/en/acme-webshop-2024/index.html");
    assert!(
        en.contains("&lt;script&gt;"),
        "payload not escaped in the English page"
    );
    assert!(
        escaped_seen > 20,
        "payload text seen only {escaped_seen} times"
    );
}

#[test]
fn published_pages_have_a_strict_csp_and_no_script() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let mail = f.path().join("public/mail");
    f.run(&["mail", "-o", mail.to_str().unwrap()]).ok();
    for file in html_files(f.path()) {
        let html = std::fs::read_to_string(&file).unwrap();
        let doc = Html::parse_document(&html);
        let sel = scraper::Selector::parse("meta[http-equiv=Content-Security-Policy]").unwrap();
        let csp: Vec<_> = doc
            .select(&sel)
            .filter_map(|m| m.value().attr("content"))
            .collect();
        assert_eq!(csp.len(), 1, "{}", file.display());
        if file.parent().unwrap().parent().unwrap().ends_with("mail") {
            // A message must carry its styles inline (mail clients load no style
            // sheets), so it allows inline style, and nothing else: no script of any kind.
            assert!(csp[0].starts_with("default-src 'none'"), "{}", csp[0]);
            assert!(!csp[0].contains("script-src"), "{}", csp[0]);
            assert!(dangers(&html).is_empty(), "{}", file.display());
            continue;
        }
        for directive in ["default-src 'self'", "script-src 'none'", "base-uri 'none'"] {
            assert!(csp[0].contains(directive), "{}: {}", file.display(), csp[0]);
        }
        assert!(!csp[0].contains("unsafe-inline"), "{}", file.display());
        assert!(dangers(&html).is_empty(), "{}", file.display());
    }
}

#[test]
fn script_urls_in_facts_are_errors_at_their_place() {
    let f = Fixture::new("basic");
    let facts = "content/acme-webshop-2024/incident.yaml";
    f.edit(
        facts,
        "website: https://acme.example",
        "website: JavaScript:alert(1)",
    );
    f.edit(
        facts,
        "    email: dpo@acme.example",
        "    email: dpo@acme.example?subject=x\n    web: data:text/html,x",
    );
    f.edit(
        facts,
        "phone: \"+46 8 555 000 00\"",
        "phone: \"javascript:alert(1)\"",
    );
    let run = f.run(&["check", "--format", "json"]).fails_with(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let diags = json
        .as_array()
        .or_else(|| json["diagnostics"].as_array())
        .unwrap();
    let find = |code: &str| {
        diags
            .iter()
            .find(|d| d["code"] == code)
            .unwrap_or_else(|| panic!("no {code} in {json}"))
    };
    let url = find("invalid-url");
    assert_eq!(url["location"]["line"], 3, "{url}");
    assert_eq!(url["location"]["column"], 3, "{url}");
    assert!(
        url["message"].as_str().unwrap().contains("JavaScript:"),
        "{url}"
    );
    assert!(url["help"].as_str().unwrap().contains("https://"), "{url}");
    assert_eq!(
        diags.iter().filter(|d| d["code"] == "invalid-url").count(),
        2,
        "{json}"
    );
    let line_of = |needle: &str| {
        1 + f
            .read(facts)
            .lines()
            .position(|l| l.contains(needle))
            .unwrap() as u64
    };
    assert_eq!(
        find("invalid-email")["location"]["line"],
        line_of("email: dpo@")
    );
    assert_eq!(
        find("invalid-phone")["location"]["line"],
        line_of("phone: ")
    );
    assert!(!f.exists("public"));
}
