//! Creating things for authors: a new site (`init`) and a new incident with every section in
//! every site language (`new`). Neither ever overwrites a file that exists.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::config::{CONFIG_FILE, Config};
use crate::embedded;
use crate::incident::{self, SectionKey};
use crate::locale::Locales;

const CONFIG_TEMPLATE: &str = r#"# varsel site configuration. The format is described in docs/format.md.
base_url = "https://example.org/security-notices"
default_language = "en"
theme = "default"

[[languages]]
code = "sv"
locale = "sv-SE"
title = "Säkerhetsmeddelanden"

[[languages]]
code = "nb"
locale = "nb-NO"
title = "Sikkerhetsvarsler"

[[languages]]
code = "nl"
locale = "nl-NL"
title = "Beveiligingsberichten"

[[languages]]
code = "en"
locale = "en-GB"
title = "Security notices"
"#;

/// Creates a site in `folder`, which must not exist or be empty.
pub(crate) fn init(folder: &Path) -> anyhow::Result<()> {
    if folder.exists() {
        let empty = fs::read_dir(folder)
            .with_context(|| format!("cannot read {}", folder.display()))?
            .next()
            .is_none();
        if !empty {
            bail!(
                "{} already exists and is not empty; choose a new folder name",
                folder.display()
            );
        }
    }
    fs::create_dir_all(folder.join("content"))
        .with_context(|| format!("cannot create {}", folder.display()))?;
    write_new(&folder.join(CONFIG_FILE), CONFIG_TEMPLATE)?;
    write_new(&folder.join(".gitignore"), "/public/\n")?;
    // The schemas of the files an author writes, and the editor settings that use them.
    crate::schema::write_all(folder)?;
    let vscode = folder.join(".vscode");
    fs::create_dir_all(&vscode).with_context(|| format!("cannot create {}", vscode.display()))?;
    write_new(
        &vscode.join("settings.json"),
        &crate::schema::vscode_settings(),
    )?;
    // The built-in UI strings, so that translators can adjust them in place.
    for lang in embedded::builtin_languages() {
        for (name, text) in embedded::locale_files(&lang) {
            let path = folder.join("locales").join(&lang).join(name);
            fs::create_dir_all(path.parent().expect("has parent"))?;
            write_new(&path, text)?;
        }
    }
    new_incident(folder, "example-incident")?;
    Ok(())
}

fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot create {} (it may already exist)", path.display()))?;
    std::io::Write::write_all(&mut f, text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Scaffolds `content/<slug>/` in the site at `root`.
pub(crate) fn new_incident(root: &Path, slug: &str) -> anyhow::Result<PathBuf> {
    if let Some(problem) = incident::slug::problem(slug) {
        bail!(
            "`{slug}` cannot name a notice: {}; use lowercase letters a–z, digits and hyphens, e.g. `acme-webshop-2024`",
            problem.reason()
        );
    }
    let config = Config::load(root).map_err(|d| anyhow::anyhow!("{d}"))?;
    let dir = root.join("content").join(slug);
    if dir.exists() {
        bail!(
            "{} already exists; choose another name or edit it",
            dir.display()
        );
    }
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let langs = config.language_codes();
    let now = jiff::Zoned::now();
    // The schema line lets editors that read it (VS Code, Neovim, Helix…) complete and check.
    let facts = format!(
        "{}{}",
        crate::schema::incident_modeline(),
        facts_template(&langs, &now)
    );
    write_new(&dir.join("incident.yaml"), &facts)?;
    // Section hints in each language, when the locales load; the scaffold works without them.
    let locales = Locales::load(root, &config).ok();
    for lang in &langs {
        let hint = |id: &str| {
            locales
                .as_ref()
                .map(|l| l.get(lang).msg(id))
                .unwrap_or_default()
        };
        let mut md = String::from(
            "---\ntitle: \"TODO\"\nsummary: \"TODO: one or two sentences on what happened and what it means for the reader.\"\nrevision: 0\n---\n",
        );
        for key in SectionKey::ALL {
            md.push_str(&format!(
                "\n# {}\n<!-- {} -->\nTODO\n",
                key.key(),
                hint(&format!("section-{}", key.key()))
            ));
        }
        md.push_str(&format!(
            "\n# questions\n<!-- {}: one `## question` per custom question, or delete this section -->\n",
            hint("section-questions")
        ));
        write_new(&dir.join(format!("{lang}.md")), &md)?;
    }
    Ok(dir)
}

fn facts_template(langs: &[String], now: &jiff::Zoned) -> String {
    let map = |indent: &str| {
        langs
            .iter()
            .map(|l| format!("{indent}{l}: TODO"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let stamp = now.strftime("%Y-%m-%dT%H:%M");
    format!(
        r#"# The facts of the incident, stated once for every language. See docs/format.md.
draft: true                    # remove when the notice is ready to publish
organization:
  name: TODO
  website: https://example.org
  role: controller             # controller | processor
  # country: SE                # SE, NO, DK, NL or GB
time_zone: {tz}
published: {stamp}
status: investigating          # investigating | contained | resolved

updates: []                    # - at: YYYY-MM-DDTHH:MM, note: {{ lang: text }}, text_changed: true if the prose changed

timeline:
  - event: discovered
    when: {stamp}
  # - event: authority_notified
  #   when: YYYY-MM-DDTHH:MM

affected:
  people: unknown              # a number, 1200-1500, at least 300, at most 40, some, most, all or unknown
  # countries: [SE]            # the people's countries, when not only the organisation's
  groups:
    - group: customers
  services: []
  # services_not_affected: []  # shaped like services

data:
  affected: []                 # e.g. [name, email]
  not_affected: []
  unknown: []
  # possibly_affected: []      # neither confirmed nor ruled out; or write `data: unknown`

notified: []                   # - body: imy, when: YYYY-MM-DD
# - body: police               # police / supervisory_authority: of organization.country
#   when: unknown              # "date not stated"
#   by: {{ label: {{ en: Our IT provider }} }}
# - body: other                # with label: and optional country:

# parties:                     # supplier, processor, it_provider, forensic_firm, other
#   - role: it_provider
#     name: TODO               # leave out when not named
#     statement: {{ en: TODO }}

# Timeline events may take `certainty: suspected` or `ruled_out`; times may be
# `2024-10-06 night` (morning, afternoon, evening) or `late 2024-10` (early, mid, late).
contacts:                      # a topic may take label: and several people: (name, role, email, phone)
  - topic: privacy
    email: privacy@example.org
    hours:
{hours}

measures:
  taken: []
  planned: []

advice: []
"#,
        tz = now.time_zone().iana_name().unwrap_or("Europe/Stockholm"),
        hours = map("      "),
    )
}
