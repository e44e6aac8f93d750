//! One pass over a YAML document's events before it is deserialized: where every key and list
//! item is written, by its path (`contacts[1].email`, the form `serde_path_to_error` prints),
//! and the refusals that must come before the deserializer builds anything: nesting deeper
//! than [`MAX_DEPTH`], aliases that expand the document past its own size, duplicate keys.
//!
//! Checks that run after deserializing point their diagnostics through [`Spans`], so an error
//! in the second contact is shown at the second contact, whatever the order of the keys.
//! [`vet`] hands the events it read on, so that most documents are parsed only once.

use std::collections::HashMap;

use std::path::Path;
use std::sync::OnceLock;

use saphyr_parser::{Event, Parser};

use crate::diagnostics::Diagnostic;

/// Deepest nesting, of any kind, that a varsel file may have; no field needs more than six.
pub(crate) const MAX_DEPTH: usize = 32;

/// What aliases may add to a document, as a share of its own size: at most as much again
/// (plus [`ALIAS_FLOOR`] so a small file may still share a value). Each alias is expanded in
/// full by the deserializer, so a thousand aliases of a large anchored text would otherwise
/// build gigabytes from a file of one megabyte.
pub(crate) const ALIAS_FLOOR: usize = 4096;

/// Most entries a list may have. No notice needs more, and the checks that compare entries
/// (timeline order, duplicates) stay fast within it.
pub(crate) const MAX_ITEMS: usize = 1000;

/// A line and a column (1-based, in characters), in the file the YAML came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// Where each key and list item of a document is written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Spans {
    at: HashMap<String, Place>,
    /// Where a map entry's value starts, when it is not where its key does.
    values: HashMap<String, Place>,
}

impl Spans {
    /// Where `path` is written: a map entry's key, or a list item's first character.
    pub(crate) fn get(&self, path: &str) -> Option<Place> {
        self.at.get(path).copied()
    }

    /// Where the value at `path` starts (for a list item, the item), or else the nearest
    /// enclosing entry: a value that does not fit its field is reported here.
    pub(crate) fn value(&self, path: &str) -> Option<Place> {
        self.values
            .get(path)
            .copied()
            .or_else(|| self.nearest(path))
    }

    /// Where `path` is written, or else the nearest enclosing entry that is (a field left out
    /// is reported at the entry that lacks it).
    pub(crate) fn nearest(&self, path: &str) -> Option<Place> {
        let mut p = path;
        loop {
            if let Some(place) = self.get(p) {
                return Some(place);
            }
            p = &p[..p.rfind(['.', '['])?];
        }
    }

    /// Points `d` at `path` (or its nearest recorded ancestor) in `file`, whose text is
    /// `source`; at the file's start when the document has no such place.
    pub(crate) fn point(&self, file: &Path, source: &str, path: &str, d: Diagnostic) -> Diagnostic {
        let p = self.nearest(path).unwrap_or(Place { line: 1, column: 1 });
        d.at(file, source, p.line, p.column)
    }
}

/// The [`Spans`] of a document, worked out from its text the first time they are asked for.
/// A document that is read without a problem seldom needs them, and a large site that kept
/// every notice's spans spent a third of its memory on them; the document's own text is kept
/// anyway, and reading it again is quick.
#[derive(Debug, Clone, Default)]
pub struct LazySpans {
    line_offset: usize,
    spans: OnceLock<Spans>,
}

impl LazySpans {
    /// The spans of a document that starts on line `line_offset + 1` of its file.
    pub fn new(line_offset: usize) -> LazySpans {
        LazySpans {
            line_offset,
            spans: OnceLock::new(),
        }
    }

    /// The spans of `yaml`, the document these are of. A document that cannot be read has
    /// none.
    pub(crate) fn of(&self, yaml: &str) -> &Spans {
        self.spans
            .get_or_init(|| scan(yaml, self.line_offset).unwrap_or_default())
    }

    /// [`Spans::point`] for a document that is the whole of `file`, whose text is `yaml`.
    pub(crate) fn point(&self, file: &Path, yaml: &str, path: &str, d: Diagnostic) -> Diagnostic {
        self.of(yaml).point(file, yaml, path, d)
    }
}

/// Why a document was refused before deserializing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The event parser could not read it.
    Syntax { at: Place, message: String },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep { at: Place },
    /// The alias at `at` would make the expanded document larger than allowed.
    Amplified { at: Place, limit: usize },
    /// A list of more than [`MAX_ITEMS`] entries; `at` is the first one too many.
    TooLong { at: Place },
    /// A text with a control character (other than tab and line breaks).
    Control { at: Place, code: u32 },
    /// A key written twice in one mapping.
    Duplicate {
        at: Place,
        key: String,
        first: Place,
    },
}

/// One open mapping or sequence.
struct Frame {
    path: String,
    /// Where the collection starts.
    at: Place,
    kind: FrameKind,
    /// Size of the node so far, aliases expanded (see [`weigh`]).
    weight: usize,
    anchor: usize,
}

enum FrameKind {
    Map {
        /// The path the next value belongs to, once its key has been read.
        pending: Option<String>,
        keys: HashMap<String, Place>,
    },
    Seq {
        next: usize,
    },
}

/// Reads `yaml`'s events once, refusing what [`Refusal`] names, and records where each key and
/// item is. `line_offset` is added to every line (front matter starts on the file's second
/// line).
pub(crate) fn scan(yaml: &str, line_offset: usize) -> Result<Spans, Refusal> {
    walk(yaml, line_offset, true, &mut None)
}

/// Like [`scan`], recording no places: whether the document is refused, and why. A document
/// that is not refused comes back as its events, so it can be read without parsing it again,
/// unless it has a key written over several lines, a tab or a document end marker (`...`):
/// saphyr reads a multi-line key in a flow mapping, some tabs before a value, and skips a marker
/// with no document before it, where yaml_serde's parser reports an error, so only the latter
/// may read such a document.
pub(crate) fn vet(yaml: &str, line_offset: usize) -> Result<Option<Vec<Event<'_>>>, Refusal> {
    let marked = yaml.starts_with("...") || yaml.contains("\n...") || yaml.contains('\t');
    let mut events = (!marked).then(Vec::new);
    walk(yaml, line_offset, false, &mut events)?;
    Ok(events)
}

fn walk<'a>(
    yaml: &'a str,
    line_offset: usize,
    record: bool,
    keep: &mut Option<Vec<Event<'a>>>,
) -> Result<Spans, Refusal> {
    let mut walk = Walk {
        record,
        spans: Spans::default(),
        stack: Vec::new(),
        anchors: HashMap::new(),
        total: 0,
        limit: yaml.len().saturating_mul(2).saturating_add(ALIAS_FLOOR),
        line_offset,
    };
    for next in Parser::new_from_str(yaml) {
        let (event, span) = next.map_err(|e| walk.syntax_error(yaml, &e))?;
        let at = walk.place(span.start.line(), span.start.col());
        if keep.is_some() && span.end.line() != span.start.line() && walk.is_key_position() {
            *keep = None;
        }
        walk.event(&event, at)?;
        if let Some(events) = keep {
            events.push(event);
        }
    }
    Ok(walk.spans)
}

struct Walk {
    /// Whether to record the paths and places in `spans` (and build the paths at all).
    record: bool,
    spans: Spans,
    stack: Vec<Frame>,
    /// Each anchor's weight, once its node is complete.
    anchors: HashMap<usize, usize>,
    /// The document's weight so far, aliases expanded.
    total: usize,
    limit: usize,
    line_offset: usize,
}

/// A node's weight: a scalar's bytes (at least one), a collection one plus its members'.
/// An alias weighs what its anchored node does, which is what deserializing it builds.
fn weigh(scalar: &str) -> usize {
    scalar.len().max(1)
}

impl Walk {
    fn place(&self, line: usize, col: usize) -> Place {
        Place {
            line: line + self.line_offset,
            column: col + 1,
        }
    }

    /// A syntax error inside a `[…]` or `{…}` that is never closed is reported at its opening
    /// bracket: the parser only notices at some later line, with a message about that line.
    fn syntax_error(&self, yaml: &str, e: &saphyr_parser::ScanError) -> Refusal {
        let char_at = |p: Place| {
            let line = yaml
                .lines()
                .nth(p.line.checked_sub(1 + self.line_offset)?)?;
            line.chars().nth(p.column - 1)
        };
        let at = self.place(e.marker().line(), e.marker().col());
        let open = self.stack.iter().rev().find_map(|f| match char_at(f.at) {
            Some(c @ ('[' | '{')) if (f.at.line, f.at.column) < (at.line, at.column) => {
                Some((f.at, c))
            }
            _ => None,
        });
        match open {
            Some((opened, c)) => Refusal::Syntax {
                at: opened,
                message: format!(
                    "this `{c}` is not closed where it should be ({} at line {})",
                    e.info(),
                    at.line
                ),
            },
            None => Refusal::Syntax {
                at,
                message: e.info().to_owned(),
            },
        }
    }

    fn event(&mut self, event: &Event<'_>, at: Place) -> Result<(), Refusal> {
        match *event {
            Event::Scalar(ref value, _, anchor, _) => {
                if let Some(c) = crate::input::first_forbidden_control(value) {
                    return Err(Refusal::Control {
                        at,
                        code: u32::from(c),
                    });
                }
                if self.is_key_position() {
                    return self.key(value, at);
                }
                self.node(at)?;
                self.add(weigh(value), anchor, at)
            }
            Event::Alias(anchor) => {
                if self.is_key_position() {
                    return self.key("", at);
                }
                self.node(at)?;
                let weight = self.anchors.get(&anchor).copied().unwrap_or(1);
                self.add(weight, 0, at)
            }
            Event::SequenceStart(anchor, _) => self.open(at, anchor, FrameKind::Seq { next: 0 }),
            Event::MappingStart(anchor, _) => self.open(
                at,
                anchor,
                FrameKind::Map {
                    pending: None,
                    keys: HashMap::new(),
                },
            ),
            Event::SequenceEnd | Event::MappingEnd => {
                let frame = self.stack.pop().expect("the parser balances collections");
                self.finish(frame.weight, frame.anchor);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn is_key_position(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame {
                kind: FrameKind::Map { pending: None, .. },
                ..
            })
        )
    }

    /// A mapping's key: its place is where the entry is recorded.
    fn key(&mut self, key: &str, at: Place) -> Result<(), Refusal> {
        let frame = self.stack.last_mut().expect("a key is inside a mapping");
        let path = if !self.record {
            String::new()
        } else if frame.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", frame.path)
        };
        if let FrameKind::Map { pending, keys } = &mut frame.kind {
            if let Some(first) = keys.get(key) {
                return Err(Refusal::Duplicate {
                    at,
                    key: key.to_owned(),
                    first: *first,
                });
            }
            keys.insert(key.to_owned(), at);
            *pending = Some(path.clone());
        }
        frame.weight += weigh(key);
        self.total += weigh(key);
        if self.record {
            self.spans.at.entry(path).or_insert(at);
        }
        Ok(())
    }

    /// The path of the node starting now; a list item's place is recorded here.
    fn node(&mut self, at: Place) -> Result<String, Refusal> {
        match self.stack.last_mut() {
            None => Ok(String::new()),
            Some(Frame {
                kind: FrameKind::Map { pending, .. },
                ..
            }) => {
                let path = pending.take().unwrap_or_default();
                if self.record {
                    self.spans.values.entry(path.clone()).or_insert(at);
                }
                Ok(path)
            }
            Some(Frame {
                path,
                kind: FrameKind::Seq { next },
                ..
            }) => {
                if *next >= MAX_ITEMS {
                    return Err(Refusal::TooLong { at });
                }
                *next += 1;
                if !self.record {
                    return Ok(String::new());
                }
                let item = format!("{path}[{}]", *next - 1);
                self.spans.at.entry(item.clone()).or_insert(at);
                Ok(item)
            }
        }
    }

    fn open(&mut self, at: Place, anchor: usize, kind: FrameKind) -> Result<(), Refusal> {
        if self.is_key_position() {
            // A collection as a key: no varsel field has one, the deserializer says so.
            self.key("", at)?;
        }
        let path = self.node(at)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(Refusal::TooDeep { at });
        }
        self.total += 1;
        self.stack.push(Frame {
            path,
            at,
            kind,
            weight: 1,
            anchor,
        });
        Ok(())
    }

    /// Adds a complete node of `weight` to its parent and to the document.
    fn add(&mut self, weight: usize, anchor: usize, at: Place) -> Result<(), Refusal> {
        self.total = self.total.saturating_add(weight);
        if self.total > self.limit {
            return Err(Refusal::Amplified {
                at,
                limit: self.limit,
            });
        }
        self.finish(weight, anchor);
        Ok(())
    }

    fn finish(&mut self, weight: usize, anchor: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, weight);
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.weight = parent.weight.saturating_add(weight);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(spans: &Spans, path: &str) -> (usize, usize) {
        let p = spans
            .get(path)
            .unwrap_or_else(|| panic!("{path} not recorded"));
        (p.line, p.column)
    }

    #[test]
    fn paths_name_keys_and_items_where_they_are_written() {
        let yaml = "b: 1\na:\n  - x: 1\n    y: [2, 3]\n  - x: 4\n";
        let spans = scan(yaml, 0).unwrap();
        assert_eq!(at(&spans, "b"), (1, 1));
        assert_eq!(at(&spans, "a"), (2, 1));
        assert_eq!(at(&spans, "a[0]"), (3, 5));
        assert_eq!(at(&spans, "a[0].y"), (4, 5));
        let value = spans.value("a[0].y").unwrap();
        assert_eq!((value.line, value.column), (4, 8));
        assert_eq!(at(&spans, "a[0].y[1]"), (4, 12));
        assert_eq!(at(&spans, "a[1].x"), (5, 5));
        assert_eq!(spans.nearest("a[1].z").map(|p| p.line), Some(5));
        let shifted = scan(yaml, 1).unwrap();
        assert_eq!(at(&shifted, "a[1].x"), (6, 5));
    }

    #[test]
    fn aliases_may_not_expand_past_the_document() {
        let big = "x".repeat(10_000);
        let few = format!("a: &n \"{big}\"\nb: [*n]\n");
        assert!(scan(&few, 0).is_ok());
        let many = format!("a: &n \"{big}\"\nb:\n{}", "  - *n\n".repeat(3));
        match scan(&many, 0) {
            Err(Refusal::Amplified { at, .. }) => assert_eq!((at.line, at.column), (4, 5)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nested_aliases_count_what_they_expand_to() {
        // Each level doubles: ten levels of two make 1,024 copies of the first.
        let mut yaml = "a0: &a0 [xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]\n".to_owned();
        for i in 1..12 {
            yaml.push_str(&format!("a{i}: &a{i} [*a{}, *a{}]\n", i - 1, i - 1));
        }
        assert!(matches!(scan(&yaml, 0), Err(Refusal::Amplified { .. })));
    }

    #[test]
    fn duplicate_keys_and_deep_nesting_are_refused_where_they_are() {
        match scan("a: 1\nb:\n  c: 1\n  c: 2\n", 0) {
            Err(Refusal::Duplicate { at, key, first }) => {
                assert_eq!((at.line, at.column, key.as_str()), (4, 3, "c"));
                assert_eq!(first.line, 3);
            }
            other => panic!("{other:?}"),
        }
        let deep = "- ".repeat(MAX_DEPTH + 1) + "x";
        assert!(matches!(scan(&deep, 0), Err(Refusal::TooDeep { .. })));
        let ok = "- ".repeat(MAX_DEPTH - 1) + "x";
        assert!(scan(&ok, 0).is_ok());
    }

    #[test]
    fn vetting_refuses_what_scanning_does_and_the_lazy_spans_are_the_scanned_ones() {
        let bomb = "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\n\
                    d: &d [*c, *c, *c, *c]\ne: &e [*d, *d, *d, *d]\nf: [*e, *e, *e, *e]\n";
        for yaml in [
            "a: 1\nb:\n  c: 1\n  c: 2\n",
            "a: [1, 2\nb: 3\n",
            bomb,
            "a: 1\nb:\n  - x\n  - y: 2\n",
        ] {
            assert_eq!(vet(yaml, 3).map(drop), scan(yaml, 3).map(drop), "{yaml:?}");
        }
        let yaml = "title: x\ncontacts:\n  - email: a@example.org\n";
        let lazy = LazySpans::new(1);
        assert_eq!(at(lazy.of(yaml), "contacts[0].email"), (4, 5));
        assert_eq!(
            lazy.of(yaml).value("contacts[0]"),
            scan(yaml, 1).unwrap().value("contacts[0]")
        );
    }
}
