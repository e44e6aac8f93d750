//! The timeline picture: each event of known time placed on one time axis, as numbers an SVG
//! template draws. Events of unknown time are not placed (the text list beside it has them).

use jiff::civil::DateTime;
use serde::Serialize;

use crate::incident::model::Event;
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

#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    #[serde(serialize_with = "coordinate")]
    pub width: f64,
    #[serde(serialize_with = "coordinate")]
    pub height: f64,
    /// Where the axis line is drawn.
    #[serde(serialize_with = "coordinate")]
    pub axis_y: f64,
    #[serde(serialize_with = "coordinate")]
    pub axis_from: f64,
    #[serde(serialize_with = "coordinate")]
    pub axis_to: f64,
    /// Baseline of the dates written under the axis.
    #[serde(serialize_with = "coordinate")]
    pub tick_y: f64,
    /// The first and last moment on the axis, in words.
    pub start_text: String,
    pub end_text: String,
    /// The events in words, for the drawing's description.
    pub description: String,
    pub events: Vec<ChartEvent>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChartEvent {
    pub kind: String,
    pub label: String,
    /// Left end of the event; for an imprecise time (a week, a day) `x2` is its right end.
    #[serde(serialize_with = "coordinate")]
    pub x: f64,
    #[serde(serialize_with = "coordinate")]
    pub x2: f64,
    /// Whether the time is a stretch worth drawing as a bar rather than a point.
    pub span: bool,
    #[serde(serialize_with = "coordinate")]
    pub y: f64,
    /// Top of the bar drawn for a span, and its width.
    #[serde(serialize_with = "coordinate")]
    pub bar_y: f64,
    #[serde(serialize_with = "coordinate")]
    pub bar_width: f64,
    /// The label stands above the mark, running away from the nearer edge so it stays inside.
    #[serde(serialize_with = "coordinate")]
    pub label_x: f64,
    pub lines: Vec<LabelLine>,
    /// `start` or `end`: labels on the right half of the axis end at their mark.
    pub anchor: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelLine {
    pub text: String,
    #[serde(serialize_with = "coordinate")]
    pub y: f64,
}

/// A coordinate as the template prints it, as Rust prints an `f64` ("54.4", "16.0"), but
/// without the general float printer: a chart has dozens of numbers, on every page, and
/// they are whole tenths. Any other value is printed by the general printer.
fn coordinate<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    with_coordinate(*v, |text| s.serialize_str(text))
}

fn with_coordinate<R>(v: f64, f: impl FnOnce(&str) -> R) -> R {
    let tenths = (v * 10.0).round();
    if tenths / 10.0 != v || tenths.abs() >= 1e9 {
        return f(&format!("{v:?}"));
    }
    let mut n = tenths.abs() as u64;
    let mut buf = [0u8; 16];
    let mut at = buf.len();
    let mut digit = |d: u8| {
        at -= 1;
        buf[at] = d;
    };
    digit(b'0' + (n % 10) as u8);
    digit(b'.');
    n /= 10;
    loop {
        digit(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v.is_sign_negative() {
        digit(b'-');
    }
    f(std::str::from_utf8(&buf[at..]).unwrap_or_default())
}

/// Places `events` (with their words, `when` and `label`) on a time axis; `None` when no event
/// has a known time.
pub fn timeline(events: &[(&Event, String, String)], locale: &Locale) -> Option<ChartView> {
    let placed: Vec<(&Event, &String, &String, DateTime, DateTime)> = events
        .iter()
        .filter_map(|(e, when, label)| {
            let start = e.when.start()?;
            let end = e.when.end().unwrap_or(start).max(start);
            Some((*e, when, label, start, end))
        })
        .collect();
    let min = placed.iter().map(|p| p.3).min()?;
    let max = placed.iter().map(|p| p.4).max()?;
    let total = max.duration_since(min).as_secs_f64();
    let scale = |t: DateTime| {
        if total <= 0.0 {
            WIDTH / 2.0
        } else {
            MARGIN + (WIDTH - 2.0 * MARGIN) * t.duration_since(min).as_secs_f64() / total
        }
    };
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let mut row_top = TOP;
    let chart_events: Vec<ChartEvent> = placed
        .iter()
        .map(|(e, _, label, start, end)| {
            let x = round(scale(*start));
            let x2 = round(scale(*end));
            let right_half = x > WIDTH / 2.0;
            let wrapped = text::wrap(label, LABEL_CHARS);
            let lines: Vec<LabelLine> = wrapped
                .lines()
                .enumerate()
                .map(|(k, l)| LabelLine {
                    text: l.to_owned(),
                    y: row_top + 20.0 + LINE * k as f64,
                })
                .collect();
            let mark_y = row_top + 20.0 + LINE * (lines.len().max(1) - 1) as f64 + 16.0;
            row_top = mark_y + 10.0;
            ChartEvent {
                kind: e.event.key().to_owned(),
                label: (*label).clone(),
                x,
                x2,
                span: x2 - x >= 4.0,
                y: mark_y,
                bar_y: mark_y - 4.0,
                bar_width: round(x2 - x),
                label_x: if right_half { x2 } else { x },
                lines,
                anchor: if right_half { "end" } else { "start" }.to_owned(),
            }
        })
        .collect();
    let axis_y = row_top + 4.0;
    let description = placed
        .iter()
        .map(|(_, when, label, _, _)| format!("{when}: {label}"))
        .collect::<Vec<_>>()
        .join("; ");
    Some(ChartView {
        width: WIDTH,
        height: axis_y + 34.0,
        axis_y,
        axis_from: MARGIN,
        axis_to: WIDTH - MARGIN,
        tick_y: axis_y + 26.0,
        start_text: locale.formats.civil_date(min.date()),
        end_text: locale.formats.civil_date(max.date()),
        description,
        events: chart_events,
    })
}

#[cfg(test)]
mod tests {
    use super::with_coordinate;

    proptest::proptest! {
        #[test]
        fn coordinates_print_as_rust_prints_them(tenths in -100_000_000i64..100_000_000, any: f64) {
            for v in [tenths as f64 / 10.0, any] {
                proptest::prop_assert_eq!(with_coordinate(v, str::to_owned), format!("{v:?}"));
            }
        }
    }

    #[test]
    fn signs_and_whole_numbers_keep_their_form() {
        for v in [0.0, -0.0, 16.0, 54.4, -3.5, 0.3, 1e12, f64::NAN] {
            assert_eq!(with_coordinate(v, str::to_owned), format!("{v:?}"));
        }
    }
}
