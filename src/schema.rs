//! JSON Schemas (draft 2020-12) of the three files an author writes: `incident.yaml`, the front
//! matter of each `<lang>.md` and `varsel.toml`. They are generated from the very types the
//! parser reads those files into (`schemars` follows their serde attributes: unknown keys are
//! refused, defaults are optional), so an editor completes and flags exactly what `varsel
//! check` would. Every vocabulary key is offered with its standard English wording.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use schemars::generate::SchemaSettings;

use crate::config::Config;
use crate::incident::model::{Facts, FrontMatter};

/// The folder of a site where the schemas are kept for editors (see [`write_all`]).
pub(crate) const SCHEMA_DIR: &str = ".varsel";

/// One of the files a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SchemaKind {
    Incident,
    FrontMatter,
    Config,
}

impl SchemaKind {
    pub(crate) const ALL: [SchemaKind; 3] = [
        SchemaKind::Incident,
        SchemaKind::FrontMatter,
        SchemaKind::Config,
    ];

    /// The schema's file name in [`SCHEMA_DIR`].
    pub(crate) fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Incident => "incident.schema.json",
            SchemaKind::FrontMatter => "front-matter.schema.json",
            SchemaKind::Config => "varsel.schema.json",
        }
    }

    fn title(self) -> &'static str {
        match self {
            SchemaKind::Incident => "varsel incident.yaml: the facts of one incident",
            SchemaKind::FrontMatter => "varsel <lang>.md front matter: title and summary",
            SchemaKind::Config => "varsel.toml: the site configuration",
        }
    }

    /// The schema as JSON.
    pub(crate) fn generate(self) -> serde_json::Value {
        let generator = SchemaSettings::draft2020_12().into_generator();
        let mut schema = match self {
            SchemaKind::Incident => generator.into_root_schema_for::<Facts>(),
            SchemaKind::FrontMatter => generator.into_root_schema_for::<FrontMatter>(),
            SchemaKind::Config => generator.into_root_schema_for::<Config>(),
        };
        schema.insert("title".into(), self.title().into());
        let mut value = schema.to_value();
        allow_empty_sections(&mut value);
        value
    }

    /// The schema as a pretty-printed JSON document, ending with a newline.
    pub(crate) fn to_json(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.generate()).expect("JSON values print");
        text.push('\n');
        text
    }
}

/// An optional section written as a key with nothing after it (`measures:`) is YAML's null,
/// which the parser reads as the empty section: the schema allows null for every optional
/// property whose value is an object.
fn allow_empty_sections(schema: &mut serde_json::Value) {
    let defs = schema["$defs"].clone();
    let is_object = |s: &serde_json::Value| {
        let target = s["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/$defs/"))
            .map_or(s, |name| &defs[name]);
        target["type"] == "object"
    };
    let mut objects: Vec<&mut serde_json::Value> = vec![schema];
    while let Some(object) = objects.pop() {
        let required = object["required"].clone();
        let Some(map) = object.as_object_mut() else {
            continue;
        };
        for (key, value) in map.iter_mut() {
            if key == "properties"
                && let Some(properties) = value.as_object_mut()
            {
                for (name, property) in properties.iter_mut() {
                    let optional = !required
                        .as_array()
                        .is_some_and(|r| r.iter().any(|n| n == name.as_str()));
                    if optional && is_object(property) {
                        *property =
                            serde_json::json!({ "anyOf": [property.take(), { "type": "null" }] });
                    }
                }
            } else if key == "$defs"
                && let Some(defs) = value.as_object_mut()
            {
                objects.extend(defs.values_mut());
            }
        }
    }
}

/// Writes every schema into `<root>/.varsel/`, replacing older ones (a newer varsel may know
/// more keys). Returns the files written.
pub(crate) fn write_all(root: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let dir = root.join(SCHEMA_DIR);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    SchemaKind::ALL
        .iter()
        .map(|kind| {
            let path = dir.join(kind.file_name());
            std::fs::write(&path, kind.to_json())
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok(path)
        })
        .collect()
}

/// `.vscode/settings.json` for a site: which schema describes which file, for the YAML
/// extension (yaml-language-server) and Even Better TOML (taplo). Paths are relative to the
/// site folder, so the file can be committed and works in every clone.
pub(crate) fn vscode_settings() -> String {
    let settings = serde_json::json!({
        "yaml.schemas": {
            format!("./{SCHEMA_DIR}/{}", SchemaKind::Incident.file_name()): "content/*/incident.yaml"
        },
        "evenBetterToml.schema.associations": {
            r"varsel\.toml$": format!("./{SCHEMA_DIR}/{}", SchemaKind::Config.file_name())
        }
    });
    let mut text = serde_json::to_string_pretty(&settings).expect("JSON values print");
    text.push('\n');
    text
}

/// The first line of a new `incident.yaml` in `content/<slug>/`: the schema for editors that
/// read it from the file (yaml-language-server in VS Code, Neovim, Helix, Zed…).
pub(crate) fn incident_modeline() -> String {
    format!(
        "# yaml-language-server: $schema=../../{SCHEMA_DIR}/{}\n",
        SchemaKind::Incident.file_name()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_keys_are_enums_described_in_english() {
        let schema = SchemaKind::Incident.generate();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        let category = &schema["$defs"]["DataCategory"];
        let keys = category["enum"].as_array().unwrap();
        assert!(keys.iter().any(|k| k == "email"), "{category}");
        let email = category["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["const"] == "email")
            .unwrap();
        assert_eq!(
            email["description"].as_str(),
            crate::embedded::english_message("data-email").as_deref()
        );
        // Unknown keys are refused, as the parser refuses them.
        assert_eq!(schema["additionalProperties"], false);
    }
}
