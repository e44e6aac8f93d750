//! The timeline picture: each event of known time placed on one time axis, and drawn as SVG.
//! Events of unknown time are not placed (the text list beside it has them). The list is the
//! picture's text equivalent, so the picture is hidden from screen readers and carries no
//! words of its own besides the labels it shows.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use crate::incident::model::Event;
use crate::incident::when::When;
use crate::locale::Locale;
use crate::render::text;

/// The drawing's coordinate system; the SVG scales to the page's width.
const WIDTH: f64 = 640.0;
const MARGIN: f64 = 16.0;
const TOP: f64 = 4.0;
/// Room for one line of a label; enough for the larger text used on small screens.
const LINE: f64 = 26.0;
/// Labels are wrapped to lines this long, so that even a label starting at the middle of
/// the axis ends inside the drawing at the small-screen text size.
const LABEL_CHARS: usize = 28;

/// The drawing's numbers and words.
struct ChartView {
    width: f64,
    height: f64,
    /// Where the axis line is drawn.
    axis_y: f64,
    axis_from: f64,
    axis_to: f64,
    /// Baseline of the dates written under the axis.
    tick_y: f64,
    /// The first and last moment on the axis, in words; no end when it reads as the start.
    start_text: String,
    end_text: Option<String>,
    events: Vec<ChartEvent>,
}

struct ChartEvent {
    kind: String,
    /// Left end of the event (an imprecise time, a week or a day, is a stretch).
    x: f64,
    /// Whether the time is a stretch worth drawing as a bar rather than a point.
    span: bool,
    y: f64,
    /// Top of the bar drawn for a span, and its width.
    bar_y: f64,
    bar_width: f64,
    /// The label stands above the mark, running away from the nearer edge so it stays inside.
    label_x: f64,
    /// The baseline of the label's first line; the others follow a `LINE` apart.
    label_y: f64,
    lines: Vec<String>,
    /// Whether the label ends at its mark, as on the right half of the axis; otherwise it
    /// starts there, SVG's default, which needs no attribute.
    ends_at_mark: bool,
}

/// A coordinate as Rust displays an `f64` ("54.4", "16", not "16.0"), but without the general
/// float printer: a chart has dozens of numbers, on every page, and they are whole tenths. Any
/// other value is printed by the general printer.
fn with_coordinate<R>(v: f64, f: impl FnOnce(&str) -> R) -> R {
    let tenths = (v * 10.0).round();
    if tenths / 10.0 != v || tenths.abs() >= 1e9 {
        return f(&format!("{v}"));
    }
    let n = tenths.abs() as u64;
    let mut buf = [0u8; 16];
    let mut at = buf.len();
    let mut digit = |d: u8| {
        at -= 1;
        buf[at] = d;
    };
    if !n.is_multiple_of(10) {
        digit(b'0' + (n % 10) as u8);
        digit(b'.');
    }
    let mut whole = n / 10;
    loop {
        digit(b'0' + (whole % 10) as u8);
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    if v.is_sign_negative() {
        digit(b'-');
    }
    f(std::str::from_utf8(&buf[at..]).unwrap_or_default())
}

/// An event placed in time: the event, its label as the page words it, and the first and last
/// moment it can mean.
type Placed<'a> = (&'a Event, &'a str, DateTime, DateTime);

/// `events` (each with its label as the page words it) placed on a time axis and drawn as an SVG
/// element, for a template to place as it is (`{{ s.chart | safe }}`); `None` when no event
/// has a known time. It is drawn here rather than in a template because a template prints
/// each of its dozens of numbers and words at about a thousand instructions apiece, on every
/// page: 4% of a build's instructions.
/// Times are placed as the incident's zone `tz` shows them.
pub(crate) fn timeline(
    events: &[(&Event, &str)],
    tz: &TimeZone,
    locale: &Locale,
) -> Option<String> {
    let placed: Vec<Placed> = events
        .iter()
        .filter_map(|&(e, label)| {
            let start = e.when.start_in(tz)?.datetime();
            let end = e.when.end_in(tz).map_or(start, |z| z.datetime()).max(start);
            Some((e, label, start, end))
        })
        .collect();
    let min = placed.iter().map(|p| p.2).min()?;
    let max = placed.iter().map(|p| p.3).max()?;
    let total = max.duration_since(min).as_secs_f64();
    let scale = |t: DateTime| {
        if total <= 0.0 {
            WIDTH / 2.0
        } else {
            MARGIN + (WIDTH - 2.0 * MARGIN) * t.duration_since(min).as_secs_f64() / total
        }
    };
    let (chart_events, row_top) = lay_out(&placed, scale);
    let axis_y = row_top + 4.0;
    let start_text = axis_text(&placed, min, true, locale);
    let end_text = axis_text(&placed, max, false, locale);
    let chart = ChartView {
        width: WIDTH,
        height: axis_y + 34.0,
        axis_y,
        axis_from: MARGIN,
        axis_to: WIDTH - MARGIN,
        tick_y: axis_y + 26.0,
        // Events within one season, say, put the same words at both ends: once is enough.
        end_text: (end_text != start_text).then_some(end_text),
        start_text,
        events: chart_events,
    };
    Some(draw(&chart))
}

/// Each placed event as drawn, one row under the other, with `scale` giving the x of a time;
/// and the y where the rows end.
fn lay_out(placed: &[Placed], scale: impl Fn(DateTime) -> f64) -> (Vec<ChartEvent>, f64) {
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let mut row_top = TOP;
    let chart_events: Vec<ChartEvent> = placed
        .iter()
        .map(|(e, label, start, end)| {
            let x = round(scale(*start));
            let x2 = round(scale(*end));
            let right_half = x > WIDTH / 2.0;
            let wrapped = text::wrap(label, LABEL_CHARS);
            let lines: Vec<String> = wrapped.lines().map(str::to_owned).collect();
            let label_y = row_top + 20.0;
            let mark_y = label_y + LINE * (lines.len().max(1) - 1) as f64 + 16.0;
            row_top = mark_y + 10.0;
            ChartEvent {
                kind: e.event.key().to_owned(),
                x,
                span: x2 - x >= 4.0,
                y: mark_y,
                bar_y: mark_y - 4.0,
                bar_width: round(x2 - x),
                label_x: if right_half { x2 } else { x },
                label_y,
                lines,
                ends_at_mark: right_half,
            }
        })
        .collect();
    (chart_events, row_top)
}

/// The axis's words at `at`, one end of the chart: as precise as the event that sets that end
/// is known, so an event known only to its month reads "december 2023", not "1 december 2023".
fn axis_text(placed: &[Placed], at: DateTime, start: bool, locale: &Locale) -> String {
    let setter = placed
        .iter()
        .find(|p| if start { p.2 == at } else { p.3 == at })
        .map(|p| &p.0.when);
    let mut when = setter;
    while let Some(When::Range(a, b)) = when {
        when = Some(if start { a } else { b });
    }
    match when {
        Some(
            w @ (When::Month { .. } | When::Week { .. } | When::Season { .. } | When::Year(_)),
        ) => locale.when(w),
        _ => locale.formats.civil_date(at.date()),
    }
}

/// `c` as an SVG element, hidden from screen readers: the list of events beside it says what
/// it shows. Its parts have classes (`axis`, `guide`, `mark`, `event-<kind>`, `tick`) for the
/// theme's style sheet; text is escaped as the templates escape it.
fn draw(c: &ChartView) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(1024 + 256 * c.events.len());
    use Part::{At, Raw, Text};
    put(
        &mut out,
        &[
            Raw("<svg aria-hidden=\"true\" viewBox=\"0 0 "),
            At(c.width),
            Raw(" "),
            At(c.height),
            Raw("\" width=\""),
            At(c.width),
            Raw("\" height=\""),
            At(c.height),
            Raw("\">\n<path class=\"axis\" d=\"M"),
            At(c.axis_from),
            Raw(" "),
            At(c.axis_y),
            Raw("H"),
            At(c.axis_to),
            Raw("\"/>\n"),
        ],
    );
    for e in &c.events {
        draw_event(&mut out, e, c.axis_y);
    }
    put(
        &mut out,
        &[
            Raw("<text class=\"tick\" x=\""),
            At(c.axis_from),
            Raw("\" y=\""),
            At(c.tick_y),
            Raw("\">"),
            Text(&c.start_text),
            Raw("</text>\n"),
        ],
    );
    if let Some(end_text) = &c.end_text {
        put(
            &mut out,
            &[
                Raw("<text class=\"tick\" x=\""),
                At(c.axis_to),
                Raw("\" y=\""),
                At(c.tick_y),
                Raw("\" text-anchor=\"end\">"),
                Text(end_text),
                Raw("</text>\n"),
            ],
        );
    }
    put(&mut out, &[Raw("</svg>")]);
    // Made of `str` pieces and their escapes only.
    String::from_utf8(out).unwrap_or_default()
}

/// One event of the chart: its guide down to the axis at `axis_y`, its mark and its label.
fn draw_event(out: &mut Vec<u8>, e: &ChartEvent, axis_y: f64) {
    use Part::{At, Raw, Text};
    put(
        out,
        &[
            Raw("<g class=\"event-"),
            Text(&e.kind),
            Raw("\"><path class=\"guide\" d=\"M"),
            At(e.x),
            Raw(" "),
            At(e.y),
            Raw("V"),
            At(axis_y),
            Raw("\"/>"),
        ],
    );
    draw_mark(out, e);
    put(
        out,
        &[Raw(if e.ends_at_mark {
            "<text text-anchor=\"end\""
        } else {
            "<text"
        })],
    );
    // The `text` places the first line; each further line starts again at the same x, one
    // line lower (`dy`), so that no line needs its own y.
    put(
        out,
        &[
            Raw(" x=\""),
            At(e.label_x),
            Raw("\" y=\""),
            At(e.label_y),
            Raw("\">"),
        ],
    );
    let mut lines = e.lines.iter();
    if let Some(first) = lines.next() {
        put(out, &[Text(first)]);
    }
    for line in lines {
        put(
            out,
            &[
                Raw("<tspan x=\""),
                At(e.label_x),
                Raw("\" dy=\""),
                At(LINE),
                Raw("\">"),
                Text(line),
                Raw("</tspan>"),
            ],
        );
    }
    put(out, &[Raw("</text></g>\n")]);
}

/// An event's mark: a bar from its first to its last moment, or a dot when that is short.
fn draw_mark(out: &mut Vec<u8>, e: &ChartEvent) {
    use Part::{At, Raw};
    if e.span {
        put(
            out,
            &[
                Raw("<rect class=\"mark\" x=\""),
                At(e.x),
                Raw("\" y=\""),
                At(e.bar_y),
                Raw("\" width=\""),
                At(e.bar_width),
                Raw("\" height=\"8\" rx=\"4\"/>"),
            ],
        );
    } else {
        put(
            out,
            &[
                Raw("<circle class=\"mark\" cx=\""),
                At(e.x),
                Raw("\" cy=\""),
                At(e.y),
                Raw("\" r=\"6\"/>"),
            ],
        );
    }
}

/// Writes `parts` to `out`.
fn put(out: &mut Vec<u8>, parts: &[Part]) {
    for part in parts {
        match *part {
            Part::Raw(s) => out.extend_from_slice(s.as_bytes()),
            Part::Text(s) => {
                let _ = tera::escape_html(s, out);
            }
            Part::At(v) => with_coordinate(v, |t| out.extend_from_slice(t.as_bytes())),
        }
    }
}

/// A piece of the drawing: markup as it is, text to escape, or a coordinate.
enum Part<'a> {
    Raw(&'a str),
    Text(&'a str),
    At(f64),
}

#[cfg(test)]
mod tests {
    use super::with_coordinate;

    proptest::proptest! {
        #[test]
        fn coordinates_print_as_rust_displays_them(tenths in -100_000_000i64..100_000_000, any: f64) {
            for v in [tenths as f64 / 10.0, any] {
                proptest::prop_assert_eq!(with_coordinate(v, str::to_owned), format!("{v}"));
            }
        }
    }

    #[test]
    fn whole_numbers_have_no_fraction_and_tenths_keep_theirs() {
        let cases = [
            (0.0, "0"),
            (-0.0, "-0"),
            (16.0, "16"),
            (640.0, "640"),
            (54.4, "54.4"),
            (-3.5, "-3.5"),
            (0.3, "0.3"),
            (1e12, "1000000000000"),
            (0.25, "0.25"),
        ];
        for (v, printed) in cases {
            assert_eq!(with_coordinate(v, str::to_owned), printed, "{v:?}");
        }
        assert_eq!(with_coordinate(f64::NAN, str::to_owned), "NaN");
    }
}
