//! Dates, times and numbers in each locale's own conventions (CLDR data through ICU4X), and
//! timeline values of any precision put into words with the locale's Fluent messages.
//!
//! A formatted date or time never breaks across lines: its spaces are no-break spaces, so an
//! email wrapped at 72 columns never leaves "5" at the end of one line and "december" on the
//! next, nor "kl." without its time.

use fluent_bundle::{FluentArgs, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{MD, YM, YMD, YMDT};
use icu_datetime::input::{Date as IcuDate, DateTime as IcuDateTime, Time as IcuTime};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;
use jiff::Zoned;
use jiff::civil;

use super::Locale;
use super::interval::IntervalFormatter;
use crate::incident::when::{DayPart, Season, When};

/// Spaces inside one date or time, which must stay on one line.
fn unbreakable(s: &str) -> String {
    s.replace(' ', "\u{a0}")
}

/// What kind of period a `when-part` is of, for languages that word them differently
/// ("mid-October" but "the middle of week 36").
fn unit(w: &When) -> &'static str {
    match w {
        When::Week { .. } => "week",
        When::Month { .. } => "month",
        When::Season { .. } => "season",
        _ => "year",
    }
}

/// The CLDR formatters of one locale.
pub(crate) struct Formats {
    day_time: DateTimeFormatter<YMDT>,
    day: DateTimeFormatter<YMD>,
    day_month: DateTimeFormatter<MD>,
    month: DateTimeFormatter<YM>,
    number: DecimalFormatter,
    interval: IntervalFormatter,
    /// Replaces CLDR's ":" between hours and minutes, when the language's style wants another.
    time_separator: Option<String>,
}

impl Formats {
    /// The formats of `locale`, with CLDR's time separator unless `time_separator` is given.
    pub(crate) fn new(locale: &str, time_separator: Option<String>) -> Result<Formats, String> {
        let loc: IcuLocale = locale
            .parse()
            .map_err(|e| format!("`{locale}` is not a valid locale: {e}"))?;
        let err = |e: icu_datetime::DateTimeFormatterLoadError| {
            format!("no date formats for locale `{locale}`: {e}")
        };
        Ok(Formats {
            day_time: DateTimeFormatter::try_new((&loc).into(), YMD::long().with_time_hm())
                .map_err(err)?,
            day: DateTimeFormatter::try_new((&loc).into(), YMD::long()).map_err(err)?,
            day_month: DateTimeFormatter::try_new((&loc).into(), MD::long()).map_err(err)?,
            month: DateTimeFormatter::try_new((&loc).into(), YM::long()).map_err(err)?,
            number: DecimalFormatter::try_new((&loc).into(), Default::default())
                .map_err(|e| format!("no number formats for locale `{locale}`: {e}"))?,
            interval: IntervalFormatter::new(&loc, locale)?,
            time_separator,
        })
    }

    fn icu_date(d: civil::Date) -> Option<IcuDate<icu_calendar::Iso>> {
        IcuDate::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()
    }

    /// "4 december 2024 kl. 13.39" (sv), "4 December 2024 at 13:39" (en-GB).
    pub(crate) fn civil_datetime(&self, dt: civil::DateTime) -> String {
        let Some(date) = Self::icu_date(dt.date()) else {
            return dt.to_string();
        };
        let Ok(time) = IcuTime::try_new(dt.hour() as u8, dt.minute() as u8, 0, 0) else {
            return dt.to_string();
        };
        let text = self
            .day_time
            .format(&IcuDateTime { date, time })
            .to_string();
        // In these patterns only the time has a colon ("kl. 13:39", "at 13:39").
        let text = match &self.time_separator {
            Some(sep) => text.replace(':', sep),
            None => text,
        };
        unbreakable(&text)
    }

    /// "4 december 2024".
    pub(crate) fn civil_date(&self, d: civil::Date) -> String {
        Self::icu_date(d).map_or_else(
            || d.to_string(),
            |date| unbreakable(&self.day.format(&date).to_string()),
        )
    }

    /// "4 december" (sv), "4. desember" (nb): a day without its year.
    pub(crate) fn day_month(&self, d: civil::Date) -> String {
        Self::icu_date(d).map_or_else(
            || d.to_string(),
            |date| self.day_month.format(&date).to_string(),
        )
    }

    /// "december 2024".
    pub(crate) fn year_month(&self, year: i16, month: i8) -> String {
        civil::Date::new(year, month, 1)
            .ok()
            .and_then(Self::icu_date)
            .map_or_else(
                || format!("{year}-{month:02}"),
                |date| unbreakable(&self.month.format(&date).to_string()),
            )
    }

    /// "12 000" (sv), "12.000" (nl), "12,000" (en).
    pub(crate) fn number(&self, n: u64) -> String {
        self.number.format(&Decimal::from(n)).to_string()
    }
}

impl Locale {
    /// A moment in its own time zone, in words.
    pub(crate) fn datetime(&self, z: &Zoned) -> String {
        self.formats.civil_datetime(z.datetime())
    }

    /// A timeline value at whatever precision it was given.
    pub fn when(&self, w: &When) -> String {
        let mut args = FluentArgs::new();
        match w {
            When::Minute(dt) => self.formats.civil_datetime(*dt),
            // In its own offset; the page moves it into the incident's zone first.
            When::Exact(z) => self.formats.civil_datetime(z.datetime()),
            When::Day(d) => self.formats.civil_date(*d),
            When::DayPart(d, part) => self.day_part(*d, *part),
            When::PartOf(part, w) => {
                args.set("part", part.key());
                args.set("period", self.when(w));
                args.set("unit", unit(w));
                self.msg_args("when-part", Some(&args))
            }
            When::Month { year, month } => self.formats.year_month(*year, *month),
            When::Week { year, week } => {
                args.set("year", FluentValue::String(year.to_string().into()));
                args.set("week", i64::from(*week));
                // For languages that do not count ISO weeks (British English): its Monday.
                if let Ok(monday) = civil::ISOWeekDate::new(*year, *week, civil::Weekday::Monday) {
                    args.set("monday", self.formats.civil_date(monday.date()));
                }
                unbreakable(&self.msg_args("when-week", Some(&args)))
            }
            When::Season { year, season } => {
                args.set("year", FluentValue::String(year.to_string().into()));
                args.set("season", season.key());
                // Winter runs from December into the next year: "vintern 2023/2024".
                if *season == Season::Winter {
                    let next = i32::from(*year) + 1;
                    args.set("next_year", FluentValue::String(next.to_string().into()));
                    args.set(
                        "next_year_short",
                        FluentValue::String(format!("{:02}", next % 100).into()),
                    );
                }
                unbreakable(&self.msg_args("when-season", Some(&args)))
            }
            When::Year(y) => {
                args.set("year", FluentValue::String(y.to_string().into()));
                self.msg_args("when-year", Some(&args))
            }
            When::Range(a, b) => self.range(a, b),
            When::Unknown => self.msg("when-unknown"),
        }
    }

    /// A period: CLDR's interval shape where the two ends are days or months ("18–20 oktober
    /// 2024", "mars–maj 2024"), else the two values joined by CLDR's fallback pattern.
    fn range(&self, a: &When, b: &When) -> String {
        let interval = &self.formats.interval;
        let shaped = match (a, b) {
            (When::Day(x), When::Day(y)) if x != y => interval.days(*x, *y),
            (When::Day(x), When::Day(_)) => Some(self.formats.civil_date(*x)),
            (
                When::Month { year, month },
                When::Month {
                    year: y2,
                    month: m2,
                },
            ) if (year, month) != (y2, m2) => interval.months((*year, *month), (*y2, *m2)),
            _ => None,
        };
        shaped.unwrap_or_else(|| interval.join(&self.when(a), &self.when(b)))
    }

    /// "the night of 6 to 7 October 2024", "the morning of 6 October 2024".
    fn day_part(&self, d: civil::Date, part: DayPart) -> String {
        let mut args = FluentArgs::new();
        args.set("part", part.key());
        args.set("date", self.formats.civil_date(d));
        if part == DayPart::Night {
            let next = d.tomorrow().unwrap_or(d);
            let same_month = if next.month() == d.month() {
                "yes"
            } else {
                "no"
            };
            args.set("same_month", same_month);
            args.set("day", FluentValue::String(d.day().to_string().into()));
            args.set("first", self.formats.day_month(d));
            args.set("next", self.formats.civil_date(next));
        }
        self.msg_args("when-day-part", Some(&args))
    }

    /// A count in words, such as "about 12,000 people", with the plural form the language needs.
    pub(crate) fn count(&self, id: &str, n: u64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n as f64);
        args.set("text", self.formats.number(n));
        self.msg_args(id, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_locale() {
        let dt = civil::date(2024, 12, 4).at(13, 39, 0, 0);
        let cases = [
            ("sv-SE", "4 december 2024 kl. 13.39"),
            ("nb-NO", "4. desember 2024 kl. 13.39"),
            ("nl-NL", "4 december 2024 om 13:39"),
            ("en-GB", "4 December 2024 at 13:39"),
        ];
        for (loc, want) in cases {
            let sep = loc.starts_with("sv") || loc.starts_with("nb");
            let f = Formats::new(loc, sep.then(|| ".".to_owned())).unwrap();
            assert_eq!(f.civil_datetime(dt), want.replace(' ', "\u{a0}"), "{loc}");
        }
    }

    #[test]
    fn numbers_group_by_locale() {
        assert_eq!(Formats::new("en-GB", None).unwrap().number(12000), "12,000");
        assert_eq!(Formats::new("nl-NL", None).unwrap().number(12000), "12.000");
        assert_eq!(
            Formats::new("sv-SE", None).unwrap().number(12000),
            "12\u{a0}000"
        );
    }
}
