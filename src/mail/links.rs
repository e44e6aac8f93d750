//! The link-free variant of a message: no address a mail reader would make clickable, so that
//! the people affected can tell the real message from a phishing copy of it. Web addresses
//! are cut to their host name (what a reader types), `href` and `src` attributes go, and the
//! text part loses the `<address>` that follows a link's words.

use std::sync::LazyLock;

use regex::Regex;

/// A web address with its scheme; the host is kept (without `www.`), the rest dropped.
static WEB_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:https?|ftp)://(?:www\.)?([^\s/?#<>"'()\[\]]+)[^\s<>"'()\[\]]*"#)
        .expect("a valid pattern")
});

/// `www.` in front of a host name, which mail readers turn into a link by itself.
static WWW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bwww\.").expect("a valid pattern"));

/// A link's address in angle brackets after its words in plain text (`words <https://…>`),
/// as `render::text` writes it; mail addresses (`<dpo@acme.example>`) have no scheme and stay.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[ \t]*<(?:https?|ftp|tel|mailto):[^>\s]*>").expect("a valid pattern")
});

/// An attribute holding an address. Templates and the sanitizer always quote attributes with
/// `"`, and escape any `"` inside them.
static ADDRESS_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\s(?:href|src|srcset|action)="[^"]*""#).expect("a valid pattern")
});

/// Plain text without web addresses.
pub(crate) fn text(s: &str) -> String {
    let s = BRACKETED.replace_all(s, "");
    hosts(&s)
}

/// HTML without links or addresses: anchors keep their words but lead nowhere.
pub(crate) fn html(s: &str) -> String {
    let s = ADDRESS_ATTRIBUTE.replace_all(s, "");
    hosts(&s)
}

fn hosts(s: &str) -> String {
    let s = WEB_ADDRESS.replace_all(s, |c: &regex::Captures| {
        // Punctuation after an address ends the sentence, not the address.
        let whole = &c[0];
        let kept = whole.trim_end_matches(PUNCTUATION);
        format!(
            "{}{}",
            c[1].trim_end_matches(PUNCTUATION),
            &whole[kept.len()..]
        )
    });
    WWW.replace_all(&s, "").into_owned()
}

const PUNCTUATION: [char; 6] = ['.', ',', ';', ':', '!', '?'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_host_names_and_links_lose_their_targets() {
        assert_eq!(
            text("Read [our guide] <https://acme.example/security/passwords> now."),
            "Read [our guide] now."
        );
        assert_eq!(
            text("Write to <dpo@acme.example> or see https://www.acme.example/help."),
            "Write to <dpo@acme.example> or see acme.example."
        );
        assert_eq!(
            text("Go to www.acme.example today"),
            "Go to acme.example today"
        );
        assert_eq!(
            html(
                r#"<p><a href="https://acme.example/x?a=1&amp;b=2" rel="x">guide</a> and <img src="data:x" alt="y"></p>"#
            ),
            r#"<p><a rel="x">guide</a> and <img alt="y"></p>"#
        );
        assert_eq!(
            html("<td>https://acme.example/help</td>"),
            "<td>acme.example</td>"
        );
    }
}
