//! Points in time as an incident file states them: exact timestamps for the revision log, and
//! "as precise as is known" values (a day, a month, an ISO week, a season, a period) for the
//! timeline. A time written with an offset (`…+01:00`, `…Z`) keeps it: it names one instant
//! wherever the incident's zone is.

use std::fmt;

use jiff::civil::{Date, DateTime, ISOWeekDate, Weekday};
use jiff::fmt::temporal::Pieces;
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// A timestamp as written: local time in the incident's zone, or with an explicit offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stamp {
    Local(DateTime),
    Exact(Timestamp),
}

/// The offsets in use on Earth run from -12:00 to +14:00; anything beyond is a typing error
/// (the parser would take up to ±25:59).
const OFFSETS: std::ops::RangeInclusive<i32> = -12 * 3600..=14 * 3600;

/// A civil date and time with the offset written after it (`2024-12-05T12:00-05:00`, `…Z`), as
/// a moment in that fixed offset; `Ok(None)` when no offset is written.
fn with_offset(s: &str) -> Result<Option<Zoned>, String> {
    let Ok(pieces) = Pieces::parse(s) else {
        return Ok(None);
    };
    let (Some(time), Some(offset)) = (pieces.time(), pieces.offset()) else {
        return Ok(None);
    };
    if pieces.time_zone_annotation().is_some() {
        return Err(format!(
            "`{s}` is not a valid timestamp: write the offset alone (`+01:00`), without a `[…]` time zone"
        ));
    }
    let offset = offset.to_numeric_offset();
    if !OFFSETS.contains(&offset.seconds()) {
        return Err(format!(
            "`{s}` is not a valid timestamp: there is no offset {}; offsets run from -12:00 to +14:00",
            offset_text(offset)
        ));
    }
    let tz = TimeZone::fixed(offset);
    pieces
        .date()
        .to_datetime(time)
        .to_zoned(tz)
        .map(Some)
        .map_err(|e| format!("`{s}` is not a valid timestamp: {e}"))
}

impl Stamp {
    pub(crate) fn parse(s: &str) -> Result<Stamp, String> {
        let s = s.trim();
        if let Some(z) = with_offset(s)? {
            return Ok(Stamp::Exact(z.timestamp()));
        }
        if (s.contains('T') || s.contains(' '))
            && let Ok(dt) = s.parse::<DateTime>()
        {
            return Ok(Stamp::Local(dt));
        }
        Err(format!(
            "`{s}` is not a valid timestamp; write it as YYYY-MM-DDTHH:MM, e.g. 2024-12-04T13:39"
        ))
    }

    /// The instant this stamp names, reading local times in `tz`. A local time the clocks
    /// skipped does not exist and is refused; one they passed twice is read the first time.
    pub(crate) fn resolve(&self, tz: &TimeZone) -> Result<Zoned, String> {
        match self {
            Stamp::Exact(ts) => Ok(ts.to_zoned(tz.clone())),
            Stamp::Local(dt) => {
                if let Some(gap) = Gap::of(*dt, tz) {
                    return Err(format!(
                        "{}; write the time the clocks showed, such as {}",
                        gap.explain(tz),
                        gap.read_as.strftime("%Y-%m-%dT%H:%M")
                    ));
                }
                dt.to_zoned(tz.clone())
                    .map_err(|e| format!("{dt} does not exist in this time zone: {e}"))
            }
        }
    }
}

/// A local time that falls in the hour the clocks skip when they are put forward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Gap {
    /// The time as written.
    pub(crate) written: DateTime,
    /// The same moment read with the offset in force before the change, which is where the
    /// clock that was not yet put forward shows it: the time varsel uses.
    pub(crate) read_as: Zoned,
    pub(crate) before: Offset,
    pub(crate) after: Offset,
}

impl Gap {
    /// The gap `dt` falls in, in `tz`, if it falls in one.
    pub(crate) fn of(dt: DateTime, tz: &TimeZone) -> Option<Gap> {
        let amb = tz.to_ambiguous_zoned(dt);
        let jiff::tz::AmbiguousOffset::Gap { before, after } = amb.offset() else {
            return None;
        };
        let read_as = amb.compatible().ok()?;
        Some(Gap {
            written: dt,
            read_as,
            before,
            after,
        })
    }

    /// "2025-03-30T02:30 does not exist in Europe/Stockholm: the clocks were put forward from
    /// +01:00 to +02:00 and skipped it".
    pub(crate) fn explain(&self, tz: &TimeZone) -> String {
        format!(
            "{} does not exist in {}: the clocks were put forward from {} to {} and skipped it",
            self.written.strftime("%Y-%m-%dT%H:%M"),
            zone_name(tz),
            offset_text(self.before),
            offset_text(self.after),
        )
    }
}

/// `+01:00`, `-05:30`.
fn offset_text(o: Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60)
}

/// The zone's name for messages (`Europe/Stockholm`), or its offset when it has none.
pub(crate) fn zone_name(tz: &TimeZone) -> String {
    tz.iana_name()
        .map(str::to_owned)
        .unwrap_or_else(|| "the incident's time zone".to_owned())
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Stamp::parse(&s).map_err(de::Error::custom)
    }
}

/// A day or a timestamp, for the end of publication (`published_until`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DayOrStamp {
    Day(Date),
    Stamp(Stamp),
}

impl DayOrStamp {
    /// The first instant at which the value has passed: the end of a day, or the stamp itself.
    pub(crate) fn resolve_end(&self, tz: &TimeZone) -> Result<Zoned, String> {
        match self {
            DayOrStamp::Stamp(s) => s.resolve(tz),
            DayOrStamp::Day(d) => d
                .tomorrow()
                .map_err(|e| e.to_string())?
                .to_zoned(tz.clone())
                .map_err(|e| e.to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for DayOrStamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if let Ok(day) = s.trim().parse::<Date>()
            && !s.contains('T')
        {
            return Ok(DayOrStamp::Day(day));
        }
        Stamp::parse(&s)
            .map(DayOrStamp::Stamp)
            .map_err(de::Error::custom)
    }
}

/// A season of a year, meteorologically: spring is March to May, winter is December to February.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
        }
    }
    fn first_month(self) -> i8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of a day: finer than a day, coarser than a time. A night belongs to the day on
/// whose evening it begins (`2024-10-06 night` is the night of 6 to 7 October).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Night,
    Morning,
    Afternoon,
    Evening,
}

impl DayPart {
    pub(crate) const ALL: [DayPart; 4] = [
        DayPart::Night,
        DayPart::Morning,
        DayPart::Afternoon,
        DayPart::Evening,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            DayPart::Night => "night",
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
        }
    }

    /// The hours it spans, from the day it belongs to: a night runs into the next day.
    fn hours(self) -> (i8, i8) {
        match self {
            DayPart::Night => (22, 30),
            DayPart::Morning => (6, 12),
            DayPart::Afternoon => (12, 18),
            DayPart::Evening => (18, 24),
        }
    }
}

/// The beginning, middle or end of a week, month, season or year: its first, middle or last
/// third.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodPart {
    Early,
    Mid,
    Late,
}

impl PeriodPart {
    pub(crate) const ALL: [PeriodPart; 3] = [PeriodPart::Early, PeriodPart::Mid, PeriodPart::Late];

    pub(crate) fn key(self) -> &'static str {
        match self {
            PeriodPart::Early => "early",
            PeriodPart::Mid => "mid",
            PeriodPart::Late => "late",
        }
    }

    fn third(self) -> i64 {
        match self {
            PeriodPart::Early => 0,
            PeriodPart::Mid => 1,
            PeriodPart::Late => 2,
        }
    }
}

/// When something happened, as precisely as it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// A local time in the incident's zone.
    Minute(DateTime),
    /// A time written with its offset (`2024-12-05T12:00-05:00`, `…Z`): a moment in that
    /// fixed offset, whatever the incident's zone.
    Exact(Zoned),
    /// Part of a day: `2024-10-06 morning`.
    DayPart(Date, DayPart),
    /// The early, middle or late part of a week, month, season or year: `late 2024-W36`.
    PartOf(PeriodPart, Box<When>),
    Day(Date),
    Month {
        year: i16,
        month: i8,
    },
    Week {
        year: i16,
        week: i8,
    },
    Season {
        year: i16,
        season: Season,
    },
    Year(i16),
    Range(Box<When>, Box<When>),
    Unknown,
}

impl When {
    pub fn parse(s: &str) -> Result<When, String> {
        let s = s.trim();
        let bad = || {
            format!(
                "`{s}` is not a time varsel understands; write a timestamp (2024-12-02T16:10), a day \
                 (2024-12-02), a month (2024-12), an ISO week (2024-W49), a season (2024-spring), a \
                 year (2024), a period (2024-03/2024-05) or `unknown`"
            )
        };
        if s.eq_ignore_ascii_case("unknown") {
            return Ok(When::Unknown);
        }
        if let Some((a, b)) = s.split_once('/') {
            return When::range(s, a, b).map_err(|e| if e.is_empty() { bad() } else { e });
        }
        if let Some(w) = When::parse_parts(s) {
            return w;
        }
        When::parse_plain(s).unwrap_or_else(|| Err(bad()))
    }

    /// `from/to`; an empty error means "not a time varsel understands".
    fn range(s: &str, a: &str, b: &str) -> Result<When, String> {
        let (from, to) = (When::parse(a)?, When::parse(b)?);
        if matches!(from, When::Range(..) | When::Unknown)
            || matches!(to, When::Range(..) | When::Unknown)
        {
            return Err(String::new());
        }
        // Without the incident's zone, only two moments with offsets compare exactly.
        let backwards = match (&from, &to) {
            (When::Exact(a), When::Exact(b)) => a.timestamp() > b.timestamp(),
            _ => from.civil_start() > to.civil_end(),
        };
        if backwards {
            return Err(format!("the period `{s}` ends before it begins"));
        }
        Ok(When::Range(Box::new(from), Box::new(to)))
    }

    /// `2024-10-06 night` and `late 2024-W36`: `None` when `s` has neither form.
    fn parse_parts(s: &str) -> Option<Result<When, String>> {
        if let Some((day, part)) = s.split_once(' ')
            && let Some(part) = DayPart::ALL.into_iter().find(|p| p.key() == part.trim())
        {
            return Some(match day.trim().parse::<Date>() {
                Ok(d) => Ok(When::DayPart(d, part)),
                Err(_) => Err(format!(
                    "`{s}`: a part of a day follows a day, as in `2024-10-06 {}`",
                    part.key()
                )),
            });
        }
        let (part, rest) = s.split_once(' ')?;
        let part = PeriodPart::ALL.into_iter().find(|p| p.key() == part)?;
        Some(match When::parse(rest) {
            Ok(
                w @ (When::Week { .. } | When::Month { .. } | When::Season { .. } | When::Year(_)),
            ) => Ok(When::PartOf(part, Box::new(w))),
            Ok(_) => Err(format!(
                "`{s}`: `{}` goes before a week, month, season or year, as in `{} 2024-10`",
                part.key(),
                part.key()
            )),
            Err(e) => Err(e),
        })
    }

    /// A minute, day, week, month, season or year; `None` when `s` is none of them.
    fn parse_plain(s: &str) -> Option<Result<When, String>> {
        if s.contains('T') {
            match with_offset(s) {
                Err(e) => return Some(Err(e)),
                Ok(Some(z)) => return Some(Ok(When::Exact(z))),
                Ok(None) => {}
            }
            return s.parse::<DateTime>().ok().map(|dt| Ok(When::Minute(dt)));
        }
        let parts: Vec<&str> = s.split('-').collect();
        let year = |p: &str| {
            (p.len() == 4)
                .then(|| p.parse::<i16>().ok())
                .flatten()
                .filter(|y| (1000..=9999).contains(y))
        };
        match parts.as_slice() {
            [y] => year(y).map(|y| Ok(When::Year(y))),
            [y, rest] => {
                let year = year(y)?;
                Some(When::parse_in_year(s, year, rest)?)
            }
            [y, m, _] => Some(s.parse::<Date>().map(When::Day).map_err(|e| {
                let first = y
                    .parse::<i16>()
                    .ok()
                    .zip(m.parse::<i8>().ok())
                    .and_then(|(y, m)| Date::new(y, m, 1).ok());
                match first {
                    Some(d) => format!(
                        "`{s}` is not a valid day: {} has {} days",
                        d.strftime("%Y-%m"),
                        d.days_in_month()
                    ),
                    None => format!("`{s}` is not a valid day: {e}"),
                }
            })),
            _ => None,
        }
    }

    /// The week, season or month `rest` of `year`.
    fn parse_in_year(s: &str, year: i16, rest: &str) -> Option<Result<When, String>> {
        let week = rest
            .strip_prefix(['W', 'w'])
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
        if let Some(w) = week {
            let week: i8 = w.parse().ok()?;
            return Some(
                ISOWeekDate::new(year, week, Weekday::Monday)
                    .map(|_| When::Week { year, week })
                    .map_err(|_| format!("{year} has no ISO week {week}")),
            );
        }
        let season = match rest.to_ascii_lowercase().as_str() {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "autumn" | "fall" => Some(Season::Autumn),
            "winter" => Some(Season::Winter),
            _ => None,
        };
        if let Some(season) = season {
            return Some(Ok(When::Season { year, season }));
        }
        let month: i8 = (rest.len() == 2).then(|| rest.parse().ok()).flatten()?;
        if !(1..=12).contains(&month) {
            return Some(Err(format!("`{s}`: there is no month {month}")));
        }
        Some(Ok(When::Month { year, month }))
    }

    /// The earliest moment this value can mean, reading local times in `tz`; `None` when
    /// unknown. A local time the clocks passed twice is read the first time.
    pub(crate) fn start_in(&self, tz: &TimeZone) -> Option<Zoned> {
        match self {
            When::Exact(z) => Some(z.with_time_zone(tz.clone())),
            When::Range(a, _) => a.start_in(tz),
            other => read_local(other.civil_start()?, tz, false),
        }
    }

    /// The latest moment this value can mean (the last second of a day, month, …), reading
    /// local times in `tz`; a local time the clocks passed twice is read the second time.
    pub(crate) fn end_in(&self, tz: &TimeZone) -> Option<Zoned> {
        match self {
            When::Exact(z) => Some(z.with_time_zone(tz.clone())),
            When::Range(_, b) => b.end_in(tz),
            other => read_local(other.civil_end()?, tz, true),
        }
    }

    /// The value with every moment written with an offset moved into `tz`, for showing it
    /// with the incident's other times.
    pub(crate) fn in_zone(&self, tz: &TimeZone) -> When {
        match self {
            When::Exact(z) => When::Exact(z.with_time_zone(tz.clone())),
            When::Range(a, b) => When::Range(Box::new(a.in_zone(tz)), Box::new(b.in_zone(tz))),
            other => other.clone(),
        }
    }

    /// The local times of this value that do not exist in `tz` (the clocks skipped them).
    pub(crate) fn gaps(&self, tz: &TimeZone) -> Vec<Gap> {
        match self {
            When::Minute(dt) => Gap::of(*dt, tz).into_iter().collect(),
            When::Range(a, b) => a.gaps(tz).into_iter().chain(b.gaps(tz)).collect(),
            _ => Vec::new(),
        }
    }

    /// The earliest civil time this value can mean, as written; `None` when unknown.
    fn civil_start(&self) -> Option<DateTime> {
        let midnight = |d: Date| d.to_datetime(jiff::civil::Time::midnight());
        Some(match self {
            When::Minute(dt) => *dt,
            When::Exact(z) => z.datetime(),
            When::DayPart(d, part) => d
                .to_datetime(hour(part.hours().0))
                .checked_add(days_over(part.hours().0))
                .ok()?,
            When::PartOf(part, w) => third(w, *part)?.0,
            When::Day(d) => midnight(*d),
            When::Month { year, month } => midnight(Date::new(*year, *month, 1).ok()?),
            When::Week { year, week } => {
                midnight(ISOWeekDate::new(*year, *week, Weekday::Monday).ok()?.date())
            }
            When::Season { year, season } => {
                midnight(Date::new(*year, season.first_month(), 1).ok()?)
            }
            When::Year(y) => midnight(Date::new(*y, 1, 1).ok()?),
            When::Range(a, _) => a.civil_start()?,
            When::Unknown => return None,
        })
    }

    /// The latest civil time this value can mean, as written.
    fn civil_end(&self) -> Option<DateTime> {
        let last = |d: Date| d.to_datetime(jiff::civil::Time::constant(23, 59, 59, 0));
        Some(match self {
            When::Minute(dt) => *dt,
            When::Exact(z) => z.datetime(),
            When::DayPart(d, part) => {
                let end = part.hours().1;
                d.to_datetime(hour(end - 1))
                    .checked_add(days_over(end - 1).minutes(59).seconds(59))
                    .ok()?
            }
            When::PartOf(part, w) => third(w, *part)?.1,
            When::Day(d) => last(*d),
            When::Month { year, month } => last(Date::new(*year, *month, 1).ok()?.last_of_month()),
            When::Week { year, week } => {
                last(ISOWeekDate::new(*year, *week, Weekday::Sunday).ok()?.date())
            }
            When::Season { year, season } => {
                let start = Date::new(*year, season.first_month(), 1).ok()?;
                last(
                    start
                        .checked_add(jiff::Span::new().months(3))
                        .ok()?
                        .yesterday()
                        .ok()?,
                )
            }
            When::Year(y) => last(Date::new(*y, 12, 31).ok()?),
            When::Range(_, b) => b.civil_end()?,
            When::Unknown => return None,
        })
    }

    /// The value in the canonical written form, used as the `datetime` attribute where exact.
    pub(crate) fn iso(&self) -> Option<String> {
        match self {
            When::Minute(dt) => Some(dt.strftime("%Y-%m-%dT%H:%M").to_string()),
            When::Exact(z) => Some(z.strftime("%Y-%m-%dT%H:%M%:z").to_string()),
            When::Day(d) => Some(d.to_string()),
            When::Month { year, month } => Some(format!("{year:04}-{month:02}")),
            When::Week { year, week } => Some(format!("{year:04}-W{week:02}")),
            When::Year(y) => Some(format!("{y:04}")),
            When::Season { .. }
            | When::Range(..)
            | When::Unknown
            | When::DayPart(..)
            | When::PartOf(..) => None,
        }
    }
}

/// `dt` in `tz`: a time the clocks passed twice is read the first time, or the second when
/// `latest`; one they skipped is read as [`Gap::read_as`] says.
fn read_local(dt: DateTime, tz: &TimeZone, latest: bool) -> Option<Zoned> {
    let amb = tz.to_ambiguous_zoned(dt);
    match amb.offset() {
        jiff::tz::AmbiguousOffset::Fold { .. } if latest => amb.later(),
        jiff::tz::AmbiguousOffset::Fold { .. } => amb.earlier(),
        _ => amb.compatible(),
    }
    .ok()
}

/// Hour `h` of a day (0–23).
fn hour(h: i8) -> jiff::civil::Time {
    jiff::civil::Time::constant(0, 0, 0, 0)
        .with()
        .hour(h % 24)
        .build()
        .unwrap_or(jiff::civil::Time::midnight())
}

/// The whole days that hour `h` (which may pass 23) lies beyond its day.
fn days_over(h: i8) -> jiff::Span {
    jiff::Span::new().days(i64::from(h / 24))
}

/// The first and last moment of the early, middle or late third of `w`.
fn third(w: &When, part: PeriodPart) -> Option<(DateTime, DateTime)> {
    let (start, end) = (w.civil_start()?.date(), w.civil_end()?.date());
    let days = i64::from(start.until(end).ok()?.get_days()) + 1;
    let from = start
        .checked_add(jiff::Span::new().days(days * part.third() / 3))
        .ok()?;
    let to = start
        .checked_add(jiff::Span::new().days(days * (part.third() + 1) / 3 - 1))
        .ok()?;
    Some((
        from.to_datetime(jiff::civil::Time::midnight()),
        to.to_datetime(jiff::civil::Time::constant(23, 59, 59, 0)),
    ))
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Season { year, season } => write!(f, "{year}-{}", season.key()),
            When::DayPart(d, part) => write!(f, "{d} {}", part.key()),
            When::PartOf(part, w) => write!(f, "{} {w}", part.key()),
            When::Range(a, b) => write!(f, "{a}/{b}"),
            When::Unknown => f.write_str("unknown"),
            other => f.write_str(&other.iso().unwrap_or_default()),
        }
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = When;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a time such as 2024-12-02T16:10, 2024-12-02, 2024-12, 2024-W49 or unknown",
                )
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<When, E> {
                When::parse(s).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<When, E> {
                When::parse(&n.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<When, E> {
                When::parse(&n.to_string()).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_precision() {
        assert!(matches!(
            When::parse("2024-12-02T16:10"),
            Ok(When::Minute(_))
        ));
        assert!(matches!(When::parse("2024-12-02"), Ok(When::Day(_))));
        assert_eq!(
            When::parse("2024-12"),
            Ok(When::Month {
                year: 2024,
                month: 12
            })
        );
        assert_eq!(
            When::parse("2024-W36"),
            Ok(When::Week {
                year: 2024,
                week: 36
            })
        );
        assert_eq!(
            When::parse("2024-spring"),
            Ok(When::Season {
                year: 2024,
                season: Season::Spring
            })
        );
        assert_eq!(When::parse("2024"), Ok(When::Year(2024)));
        assert_eq!(When::parse("unknown"), Ok(When::Unknown));
        assert!(matches!(
            When::parse("2024-03/2024-05"),
            Ok(When::Range(..))
        ));
    }

    #[test]
    fn rejects_nonsense_with_reason() {
        assert!(When::parse("2024-13").unwrap_err().contains("no month 13"));
        assert!(When::parse("2024-W54").unwrap_err().contains("no ISO week"));
        assert!(When::parse("2024-02-30").is_err());
        assert!(
            When::parse("2024-05/2024-03")
                .unwrap_err()
                .contains("ends before")
        );
        assert!(When::parse("yesterday").is_err());
    }

    fn stockholm() -> TimeZone {
        TimeZone::get("Europe/Stockholm").unwrap()
    }

    #[test]
    fn bounds_cover_the_whole_period() {
        let tz = stockholm();
        let w = When::parse("2024-W01").unwrap();
        assert_eq!(w.start_in(&tz).unwrap().date(), Date::constant(2024, 1, 1));
        assert_eq!(w.end_in(&tz).unwrap().date(), Date::constant(2024, 1, 7));
        let winter = When::parse("2023-winter").unwrap();
        assert_eq!(
            winter.end_in(&tz).unwrap().date(),
            Date::constant(2024, 2, 29)
        );
    }

    #[test]
    fn offsets_are_kept_and_name_one_moment() {
        let tz = stockholm();
        let w = When::parse("2024-12-05T12:00-05:00").unwrap();
        assert_eq!(w.to_string(), "2024-12-05T12:00-05:00");
        let at = w.start_in(&tz).unwrap();
        assert_eq!(at.timestamp().to_string(), "2024-12-05T17:00:00Z");
        assert_eq!(at.datetime().to_string(), "2024-12-05T18:00:00");
        assert_eq!(w.end_in(&tz), Some(at));
        let z = When::parse("2024-12-05T12:00Z").unwrap();
        assert_eq!(
            z.start_in(&tz).unwrap().timestamp().to_string(),
            "2024-12-05T12:00:00Z"
        );
        assert_eq!(
            When::parse("2024-12-05T12:00+00:00/2024-12-05T12:30+01:00")
                .unwrap_err()
                .to_string(),
            "the period `2024-12-05T12:00+00:00/2024-12-05T12:30+01:00` ends before it begins"
        );
    }

    #[test]
    fn impossible_offsets_and_days_are_refused() {
        for bad in [
            "2024-12-05T12:00+25:00",
            "2024-12-05T12:00-13:00",
            "2024-12-05T12:00+15:00",
            "2024-12-05T12:00+01:00[+01:00]",
        ] {
            let e = When::parse(bad).unwrap_err();
            assert!(e.contains("is not a valid timestamp"), "{bad}: {e}");
            assert!(Stamp::parse(bad).is_err(), "{bad}");
        }
        assert!(When::parse("2024-12-05T12:00+14:00").is_ok());
        assert!(When::parse("2024-12-05T12:00-12:00").is_ok());
        assert!(When::parse("2024-02-30T12:00").is_err());
        assert!(When::parse("2024-02-30T12:00+01:00").is_err());
        assert!(Stamp::parse("2024-02-30T12:00Z").is_err());
    }

    #[test]
    fn a_fold_is_read_generously_and_a_gap_is_named() {
        let tz = stockholm();
        let fold = When::parse("2024-10-27T02:30").unwrap();
        assert_eq!(
            fold.start_in(&tz).unwrap().timestamp().to_string(),
            "2024-10-27T00:30:00Z"
        );
        assert_eq!(
            fold.end_in(&tz).unwrap().timestamp().to_string(),
            "2024-10-27T01:30:00Z"
        );
        let gap = When::parse("2025-03-30T02:30").unwrap().gaps(&tz);
        assert_eq!(gap.len(), 1);
        assert_eq!(
            gap[0].read_as.strftime("%H:%M%:z").to_string(),
            "03:30+02:00"
        );
        let e = Stamp::parse("2025-03-30T02:30")
            .unwrap()
            .resolve(&tz)
            .unwrap_err();
        assert_eq!(
            e,
            "2025-03-30T02:30 does not exist in Europe/Stockholm: the clocks were put forward \
             from +01:00 to +02:00 and skipped it; write the time the clocks showed, such as \
             2025-03-30T03:30"
        );
    }

    #[test]
    fn local_stamps_resolve_in_the_incident_zone() {
        let tz = TimeZone::get("Europe/Stockholm").unwrap();
        let z = Stamp::parse("2024-12-04T13:39")
            .unwrap()
            .resolve(&tz)
            .unwrap();
        assert_eq!(z.timestamp().to_string(), "2024-12-04T12:39:00Z");
        assert!(Stamp::parse("2024-12-04").is_err());
    }
}
