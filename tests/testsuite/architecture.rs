//! The layers of docs/architecture.md, read from the source: every `crate::` path in `src/`
//! (outside `#[cfg(test)]` blocks and comments) is an import, and a module may import only
//! modules of lower layers. No cycle between top-level modules is then possible; cycles between
//! the files of one module are looked for separately.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module's layer: a module may import only modules of a lower layer. The same
/// table is in docs/architecture.md, with what each module is for.
const LAYERS: &[(&str, u8)] = &[
    ("diagnostics", 0),
    ("console", 0),
    ("input", 1),
    ("embedded", 1),
    ("folder_lock", 1),
    ("config", 2),
    ("incident", 2),
    ("locale", 3),
    ("markdown", 3),
    ("schema", 3),
    ("site", 4),
    ("check", 5),
    ("render", 5),
    ("scaffold", 5),
    ("build", 6),
    ("mail", 6),
    ("serve", 7),
    ("cli", 8),
    ("cmd", 9),
];

/// A module path (`render::view`) for each source file.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a file without its tests and comments.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod ").next().unwrap_or(text);
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `a::b::c` paths after each `crate::` in `code`, also inside `use crate::{a, b::c}`.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let rest = rest.strip_prefix('{').unwrap_or(rest);
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        out.push(
            path.split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        );
        // `use crate::{a, b::c}`: each item of the group.
        if code[at + "crate::".len()..].starts_with('{') {
            let group = rest.split('}').next().unwrap_or("");
            for item in group.split(',').skip(1) {
                let item: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                out.push(item.split("::").map(str::to_owned).collect());
            }
        }
    }
    out
}

/// Module → the modules it imports (longest prefix of each path that names a module), for
/// every file of `src/`.
fn imports() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: Vec<_> = walkdir::WalkDir::new(&src)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| e.into_path())
        .collect();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let me = module_of(&src, file);
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let targets: &mut BTreeSet<Vec<String>> = graph.entry(me.clone()).or_default();
        for path in crate_paths(&code) {
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains(p));
            if let Some(t) = target {
                // A module's own submodules and parents are one piece of code.
                if !t.starts_with(&me) && !me.starts_with(&t) {
                    targets.insert(t);
                }
            }
        }
        // `super::x` in a file of a module folder names a sibling.
        for (at, _) in code.match_indices("super::") {
            let name: String = code[at + "super::".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let is_folder_module = file.file_name().is_some_and(|n| n == "mod.rs");
            let parent_len = me
                .len()
                .saturating_sub(if is_folder_module { 2 } else { 1 });
            let mut sibling = me[..parent_len].to_vec();
            sibling.push(name);
            if modules.contains(&sibling) && sibling != me && !me.starts_with(&sibling) {
                targets.insert(sibling);
            }
        }
    }
    graph
}

#[test]
fn every_module_imports_only_lower_layers() {
    let layer = |m: &str| LAYERS.iter().find(|(name, _)| *name == m).map(|(_, l)| *l);
    let mut problems = Vec::new();
    for (from, targets) in imports() {
        let Some(top) = from.first() else { continue };
        let Some(mine) = layer(top) else {
            problems.push(format!(
                "src/{top}: not in the layer table; add it to LAYERS here and to docs/architecture.md"
            ));
            continue;
        };
        for to in targets {
            let other = &to[0];
            if other == top {
                continue;
            }
            match layer(other) {
                Some(theirs) if theirs < mine => {}
                _ => problems.push(format!(
                    "{} (layer {mine}) imports {} (layer {}): only lower layers may be imported",
                    from.join("::"),
                    to.join("::"),
                    layer(other).map_or("unknown".to_owned(), |l| l.to_string()),
                )),
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_module_cycles_between_files() {
    let graph = imports();
    // Depth-first search; a module met again while still on the path closes a cycle.
    fn visit<'a>(
        m: &'a Vec<String>,
        graph: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<&'a Vec<String>>,
        done: &mut BTreeSet<&'a Vec<String>>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let names: Vec<String> = path[at..].iter().map(|p| p.join("::")).collect();
            cycles.push(format!("{} -> {}", names.join(" -> "), m.join("::")));
            return;
        }
        if !done.insert(m) {
            return;
        }
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done, cycles);
        }
        path.pop();
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_import_reader_finds_paths_outside_comments_and_tests() {
    let code = code_of(
        "use crate::{render::view, site};\n// crate::serve in a comment\nfn f() { crate::check::run(); }\n#[cfg(test)]\nmod tests { use crate::cmd; }",
    );
    let paths = crate_paths(&code);
    assert_eq!(
        paths,
        vec![
            vec!["render".to_owned(), "view".to_owned()],
            vec!["site".to_owned()],
            vec!["check".to_owned(), "run".to_owned()],
        ]
    );
}
