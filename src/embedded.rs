//! The default theme and the built-in locales, compiled into the binary so that `varsel init`
//! works anywhere and a site without its own templates or translations needs nothing else.

use include_dir::{Dir, include_dir};

pub(crate) static THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
pub(crate) static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The language whose built-in locale is the reference: every other locale must have its messages.
pub(crate) const REFERENCE_LANGUAGE: &str = "en";

/// The built-in `.ftl` files of `lang`, as (file name, text), sorted by name.
pub(crate) fn locale_files(lang: &str) -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> = LOCALES
        .get_dir(lang)
        .into_iter()
        .flat_map(|d| d.files())
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| {
            let name = f.path().file_name()?.to_string_lossy().into_owned();
            Some((name, f.contents_utf8()?))
        })
        .collect();
    files.sort();
    files
}

/// The languages that have built-in locales.
pub(crate) fn builtin_languages() -> Vec<String> {
    let mut langs: Vec<String> = LOCALES
        .dirs()
        .filter_map(|d| Some(d.path().file_name()?.to_string_lossy().into_owned()))
        .collect();
    langs.sort();
    langs
}

/// The built-in English wording of message `id` as plain text, for descriptions outside the
/// pages, such as the JSON Schema an editor shows. `None` when English has no such message.
pub(crate) fn english_message(id: &str) -> Option<String> {
    builtin_message(REFERENCE_LANGUAGE, id)
}

/// The built-in wording of message `id` in `lang` as plain text (see [`english_message`]).
pub(crate) fn builtin_message(lang: &str, id: &str) -> Option<String> {
    locale_files(lang)
        .into_iter()
        .find_map(|(_, text)| plain_text(text, id))
}

/// The built-in theme's files, as (path inside the theme folder, contents), sorted by path.
pub(crate) fn theme_files() -> Vec<(std::path::PathBuf, &'static [u8])> {
    fn walk(dir: &'static Dir<'static>, out: &mut Vec<(std::path::PathBuf, &'static [u8])>) {
        out.extend(dir.files().map(|f| (f.path().to_path_buf(), f.contents())));
        for sub in dir.dirs() {
            walk(sub, out);
        }
    }
    let mut files = Vec::new();
    walk(&THEME, &mut files);
    files.sort();
    files
}

/// Message `id` of the Fluent source `ftl` as plain text: `{ $name }` for a variable, the
/// default variant of a choice.
fn plain_text(ftl: &str, id: &str) -> Option<String> {
    use fluent_syntax::ast;
    fn flatten(pattern: &ast::Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => placeable(expression, out),
            }
        }
    }
    fn placeable(expression: &ast::Expression<&str>, out: &mut String) {
        match expression {
            ast::Expression::Select { variants, .. } => {
                if let Some(v) = variants.iter().find(|v| v.default) {
                    flatten(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                out.push_str(value);
            }
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                out.push_str(&format!("{{ ${} }}", id.name));
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                placeable(expression, out);
            }
            ast::Expression::Inline(_) => out.push('…'),
        }
    }
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    resource.body.into_iter().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => {
            let mut out = String::new();
            flatten(m.value.as_ref()?, &mut out);
            Some(out.trim().to_owned())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_as_plain_text() {
        let ftl = "a = Email address\nb = { $group } of { $service }\nc = { $n ->\n    [one] one person\n   *[other] { $n } people\n}\n";
        assert_eq!(plain_text(ftl, "a").as_deref(), Some("Email address"));
        assert_eq!(
            plain_text(ftl, "b").as_deref(),
            Some("{ $group } of { $service }")
        );
        assert_eq!(plain_text(ftl, "c").as_deref(), Some("{ $n } people"));
        assert_eq!(plain_text(ftl, "d"), None);
        assert!(english_message("status-resolved").is_some());
    }
}
