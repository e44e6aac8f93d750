//! What may name a notice's folder under `content/`: the name becomes a URL path segment and
//! a folder in the built site, which must build and unpack on Windows and macOS as well as on
//! Linux. Each refusal says why, so that the diagnostic can tell the author what to change.

/// Why a name cannot be a slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SlugProblem {
    Empty,
    TooLong,
    /// Windows drops a trailing dot or space from a folder name, so the page's folder would
    /// not be the one the links point to.
    TrailingDotOrSpace,
    /// A character other than a–z, 0–9, `-` and `_`.
    Characters,
    LeadingHyphen,
    /// A device name on Windows (`con`, `nul`, `com1`…): no file or folder may have it there.
    ReservedOnWindows,
}

/// The longest slug: a path segment short enough for every file system.
pub(crate) const MAX_LEN: usize = 100;

/// Windows' device names, which no file or folder may take (in any case, with any extension).
const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];
const RESERVED_NUMBERED: [&str; 2] = ["com", "lpt"];

/// The first reason `s` cannot be a slug, or `None` when it can.
pub(crate) fn problem(s: &str) -> Option<SlugProblem> {
    if s.is_empty() {
        return Some(SlugProblem::Empty);
    }
    if s.len() > MAX_LEN {
        return Some(SlugProblem::TooLong);
    }
    if s.ends_with(['.', ' ']) {
        return Some(SlugProblem::TrailingDotOrSpace);
    }
    let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if !s.chars().all(plain) {
        return Some(SlugProblem::Characters);
    }
    if s.starts_with('-') {
        return Some(SlugProblem::LeadingHyphen);
    }
    if is_reserved_on_windows(s) {
        return Some(SlugProblem::ReservedOnWindows);
    }
    None
}

fn is_reserved_on_windows(s: &str) -> bool {
    let s = s.to_ascii_lowercase();
    RESERVED.contains(&s.as_str())
        || RESERVED_NUMBERED.iter().any(|p| {
            s.strip_prefix(p)
                .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit())
        })
}

impl SlugProblem {
    /// What is wrong, for a message that begins "`<slug>` cannot be used as a notice's name: ".
    pub(crate) fn reason(self) -> &'static str {
        match self {
            SlugProblem::Empty => "it is empty",
            SlugProblem::TooLong => "it is longer than 100 characters",
            SlugProblem::TrailingDotOrSpace => {
                "it ends with a dot or a space, which Windows removes from folder names"
            }
            SlugProblem::Characters => "it has characters other than a–z, 0–9, `-` and `_`",
            SlugProblem::LeadingHyphen => "it begins with a hyphen",
            SlugProblem::ReservedOnWindows => {
                "it is a device name on Windows, where no folder may be called so"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_name_is_refused_for_its_reason() {
        let table = [
            ("acme-webshop-2024", None),
            ("breach_2024", None),
            ("", Some(SlugProblem::Empty)),
            (&"a".repeat(101), Some(SlugProblem::TooLong)),
            ("acme.", Some(SlugProblem::TrailingDotOrSpace)),
            ("acme ", Some(SlugProblem::TrailingDotOrSpace)),
            ("Acme", Some(SlugProblem::Characters)),
            ("acme/x", Some(SlugProblem::Characters)),
            ("-acme", Some(SlugProblem::LeadingHyphen)),
            ("con", Some(SlugProblem::ReservedOnWindows)),
            ("nul", Some(SlugProblem::ReservedOnWindows)),
            ("aux", Some(SlugProblem::ReservedOnWindows)),
            ("prn", Some(SlugProblem::ReservedOnWindows)),
            ("com1", Some(SlugProblem::ReservedOnWindows)),
            ("lpt9", Some(SlugProblem::ReservedOnWindows)),
            ("com10", None),
            ("console", None),
            ("nul-2024", None),
        ];
        for (name, expected) in table {
            assert_eq!(problem(name), expected, "{name:?}");
        }
    }
}
