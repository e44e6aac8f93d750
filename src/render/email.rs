//! The text part of a message to the people affected (`mail`): both parts are rendered by
//! theme templates from the page's own view model, so a message cannot say anything the web
//! page does not; this module finishes the text.

use crate::render::text;

/// A rendered `.txt` message template as mail-ready text: every line wrapped at 72 columns,
/// at most one blank line in a row, one newline at the end.
pub(crate) fn finish_text(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len() + rendered.len() / text::WIDTH);
    let mut blank = 0;
    for line in rendered.trim().lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank == 1 {
                out.push('\n');
            }
        } else {
            blank = 0;
            text::wrap_line(line, text::WIDTH, &mut out);
        }
    }
    out
}
