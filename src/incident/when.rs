//! Points in time as an incident file states them: exact timestamps for the revision log, and
//! "as precise as is known" values (a day, a month, an ISO week, a season, a period) for the
//! timeline.

use std::fmt;

use jiff::civil::{Date, DateTime, ISOWeekDate, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// A timestamp as written: local time in the incident's zone, or with an explicit offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stamp {
    Local(DateTime),
    Exact(Timestamp),
}

impl Stamp {
    pub fn parse(s: &str) -> Result<Stamp, String> {
        let s = s.trim();
        if let Ok(ts) = s.parse::<Timestamp>() {
            return Ok(Stamp::Exact(ts));
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

    /// The instant this stamp names, reading local times in `tz`.
    pub fn resolve(&self, tz: &TimeZone) -> Result<Zoned, String> {
        match self {
            Stamp::Exact(ts) => Ok(ts.to_zoned(tz.clone())),
            Stamp::Local(dt) => dt
                .to_zoned(tz.clone())
                .map_err(|e| format!("{dt} does not exist in this time zone: {e}")),
        }
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Stamp::parse(&s).map_err(de::Error::custom)
    }
}

/// A day or a timestamp, for the end of publication (`published_until`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayOrStamp {
    Day(Date),
    Stamp(Stamp),
}

impl DayOrStamp {
    /// The first instant at which the value has passed: the end of a day, or the stamp itself.
    pub fn resolve_end(&self, tz: &TimeZone) -> Result<Zoned, String> {
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
    pub fn key(self) -> &'static str {
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

/// When something happened, as precisely as it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    Minute(DateTime),
    Day(Date),
    Month { year: i16, month: i8 },
    Week { year: i16, week: i8 },
    Season { year: i16, season: Season },
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
            let (from, to) = (When::parse(a)?, When::parse(b)?);
            if matches!(from, When::Range(..) | When::Unknown)
                || matches!(to, When::Range(..) | When::Unknown)
            {
                return Err(bad());
            }
            if from.start() > to.end() {
                return Err(format!("the period `{s}` ends before it begins"));
            }
            return Ok(When::Range(Box::new(from), Box::new(to)));
        }
        if s.contains('T') {
            return s.parse::<DateTime>().map(When::Minute).map_err(|_| bad());
        }
        let parts: Vec<&str> = s.split('-').collect();
        let year = |p: &str| {
            (p.len() == 4)
                .then(|| p.parse::<i16>().ok())
                .flatten()
                .filter(|y| (1000..=9999).contains(y))
        };
        match parts.as_slice() {
            [y] => year(y).map(When::Year).ok_or_else(bad),
            [y, rest] => {
                let year = year(y).ok_or_else(bad)?;
                let week = rest
                    .strip_prefix(['W', 'w'])
                    .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
                if let Some(w) = week {
                    let week: i8 = w.parse().map_err(|_| bad())?;
                    ISOWeekDate::new(year, week, Weekday::Monday)
                        .map_err(|_| format!("{year} has no ISO week {week}"))?;
                    return Ok(When::Week { year, week });
                }
                let season = match rest.to_ascii_lowercase().as_str() {
                    "spring" => Some(Season::Spring),
                    "summer" => Some(Season::Summer),
                    "autumn" | "fall" => Some(Season::Autumn),
                    "winter" => Some(Season::Winter),
                    _ => None,
                };
                if let Some(season) = season {
                    return Ok(When::Season { year, season });
                }
                let month: i8 = (rest.len() == 2)
                    .then(|| rest.parse().ok())
                    .flatten()
                    .ok_or_else(bad)?;
                if !(1..=12).contains(&month) {
                    return Err(format!("`{s}`: there is no month {month}"));
                }
                Ok(When::Month { year, month })
            }
            [_, _, _] => s
                .parse::<Date>()
                .map(When::Day)
                .map_err(|e| format!("`{s}` is not a valid day: {e}")),
            _ => Err(bad()),
        }
    }

    /// The earliest civil time this value can mean; `None` when unknown.
    pub fn start(&self) -> Option<DateTime> {
        let midnight = |d: Date| d.to_datetime(jiff::civil::Time::midnight());
        Some(match self {
            When::Minute(dt) => *dt,
            When::Day(d) => midnight(*d),
            When::Month { year, month } => midnight(Date::new(*year, *month, 1).ok()?),
            When::Week { year, week } => {
                midnight(ISOWeekDate::new(*year, *week, Weekday::Monday).ok()?.date())
            }
            When::Season { year, season } => {
                midnight(Date::new(*year, season.first_month(), 1).ok()?)
            }
            When::Year(y) => midnight(Date::new(*y, 1, 1).ok()?),
            When::Range(a, _) => a.start()?,
            When::Unknown => return None,
        })
    }

    /// The latest civil time this value can mean (the last minute of a day, month, …).
    pub fn end(&self) -> Option<DateTime> {
        let last = |d: Date| d.to_datetime(jiff::civil::Time::constant(23, 59, 59, 0));
        Some(match self {
            When::Minute(dt) => *dt,
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
            When::Range(_, b) => b.end()?,
            When::Unknown => return None,
        })
    }

    /// The value in the canonical written form, used as the `datetime` attribute where exact.
    pub fn iso(&self) -> Option<String> {
        match self {
            When::Minute(dt) => Some(dt.strftime("%Y-%m-%dT%H:%M").to_string()),
            When::Day(d) => Some(d.to_string()),
            When::Month { year, month } => Some(format!("{year:04}-{month:02}")),
            When::Week { year, week } => Some(format!("{year:04}-W{week:02}")),
            When::Year(y) => Some(format!("{y:04}")),
            When::Season { .. } | When::Range(..) | When::Unknown => None,
        }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Season { year, season } => write!(f, "{year}-{}", season.key()),
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

    #[test]
    fn bounds_cover_the_whole_period() {
        let w = When::parse("2024-W01").unwrap();
        assert_eq!(w.start().unwrap().date(), Date::constant(2024, 1, 1));
        assert_eq!(w.end().unwrap().date(), Date::constant(2024, 1, 7));
        let winter = When::parse("2023-winter").unwrap();
        assert_eq!(winter.end().unwrap().date(), Date::constant(2024, 2, 29));
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
