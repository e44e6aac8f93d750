//! Creating things for authors: a new site (`init`, with its settings, CI workflow and, when
//! asked, copies of the built-in locales) and a new incident with every section in every site
//! language (`new`). Nothing ever overwrites a file that exists.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::config::{CONFIG_FILE, Config};
use crate::incident::{self, SectionKey};
use crate::locale::Locales;

mod ci;
pub(crate) mod eject;
mod settings;

pub(crate) use ci::Ci;
pub(crate) use settings::SiteSettings;

/// What `varsel init` writes besides the files every new site has.
#[derive(Debug, Clone)]
pub(crate) struct InitOptions {
    pub(crate) settings: SiteSettings,
    /// Copy the built-in locales of the site's languages into `locales/`.
    pub(crate) locales: bool,
    /// Write a CI workflow for this service.
    pub(crate) ci: Option<Ci>,
}

/// What may be in a folder before `varsel init` makes a site in it: what a new repository
/// starts with. Anything else means the folder is in use and `init` refuses it.
fn may_precede_a_site(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    matches!(
        name,
        ".git" | ".github" | ".gitlab" | ".gitlab-ci.yml" | ".gitattributes"
    ) || ["README", "LICENSE", "LICENCE", "COPYING"]
        .iter()
        .any(|p| upper.starts_with(p))
}

/// Creates a site in `folder`, which must not exist, be empty or hold only what a new
/// repository starts with (see [`may_precede_a_site`]). Returns the files written, relative
/// to `folder`.
pub(crate) fn init(folder: &Path, options: &InitOptions) -> anyhow::Result<Vec<PathBuf>> {
    if folder.exists() {
        let entries =
            fs::read_dir(folder).with_context(|| format!("cannot read {}", folder.display()))?;
        for entry in entries {
            let name = entry
                .with_context(|| format!("cannot read {}", folder.display()))?
                .file_name();
            if !may_precede_a_site(&name.to_string_lossy()) {
                bail!(
                    "{} already exists and has files (such as {}); choose a new folder name",
                    folder.display(),
                    name.to_string_lossy()
                );
            }
        }
    }
    // Refused before anything is written, so that the folder stays as it was.
    if let Some(ci) = options.ci {
        ci.refuse_existing(folder)?;
    }
    let mut written = Vec::new();
    let mut write = |rel: PathBuf, text: &str| -> anyhow::Result<()> {
        let path = folder.join(&rel);
        let dir = path.parent().expect("a file has a folder");
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        write_new(&path, text.as_bytes())?;
        written.push(rel);
        Ok(())
    };
    write(PathBuf::from(CONFIG_FILE), &options.settings.config_toml())?;
    write(PathBuf::from(".gitignore"), "/public/\n")?;
    // The editor settings that map the schemas of the files an author writes.
    write(
        Path::new(".vscode").join("settings.json"),
        &crate::schema::vscode_settings(),
    )?;
    for path in crate::schema::write_all(folder)? {
        written.push(path.strip_prefix(folder).unwrap_or(&path).to_path_buf());
    }
    if options.locales {
        written.extend(eject::locales(folder, &options.settings.languages)?);
    }
    if let Some(ci) = options.ci {
        written.push(ci.write(folder)?);
    }
    let dir = new_incident(folder, "example-incident")?;
    written.push(dir.strip_prefix(folder).unwrap_or(&dir).to_path_buf());
    Ok(written)
}

fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot create {} (it may already exist)", path.display()))?;
    std::io::Write::write_all(&mut f, bytes)
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
    // The site's time zone when it names one (`varsel init` does), else the machine's.
    let now = match &config.time_zone {
        Some(tz) => jiff::Zoned::now().with_time_zone(
            jiff::tz::TimeZone::get(tz.trim()).with_context(|| format!("time zone {tz}"))?,
        ),
        None => jiff::Zoned::now(),
    };
    // The schema line lets editors that read it (VS Code, Neovim, Helix…) complete and check.
    let facts = format!(
        "{}{}",
        crate::schema::incident_modeline(),
        facts_template(&langs, &now)
    );
    write_new(&dir.join("incident.yaml"), facts.as_bytes())?;
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
        write_new(&dir.join(format!("{lang}.md")), md.as_bytes())?;
    }
    Ok(dir)
}

/// The facts file a new notice starts from (`scaffold/incident.yaml`): the time zone and the
/// time of `now`, and a line of opening hours for each language to fill in.
fn facts_template(langs: &[String], now: &jiff::Zoned) -> String {
    let hours = langs
        .iter()
        .map(|l| format!("      {l}: TODO"))
        .collect::<Vec<_>>()
        .join("\n");
    include_str!("scaffold/incident.yaml")
        .replace(
            "@TIME_ZONE@",
            now.time_zone().iana_name().unwrap_or("Europe/Stockholm"),
        )
        .replace("@NOW@", &now.strftime("%Y-%m-%dT%H:%M").to_string())
        .replace("@HOURS@", &hours)
}
