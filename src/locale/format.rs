//! Dates, times and numbers in each locale's own conventions (CLDR data through ICU4X), and
//! timeline values of any precision put into words with the locale's Fluent messages.

use fluent_bundle::{FluentArgs, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YM, YMD, YMDT};
use icu_datetime::input::{Date as IcuDate, DateTime as IcuDateTime, Time as IcuTime};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;
use jiff::Zoned;
use jiff::civil;

use super::Locale;
use crate::incident::when::When;

/// The CLDR formatters of one locale.
pub struct Formats {
    day_time: DateTimeFormatter<YMDT>,
    day: DateTimeFormatter<YMD>,
    month: DateTimeFormatter<YM>,
    number: DecimalFormatter,
}

impl Formats {
    pub fn new(locale: &str) -> Result<Formats, String> {
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
            month: DateTimeFormatter::try_new((&loc).into(), YM::long()).map_err(err)?,
            number: DecimalFormatter::try_new((&loc).into(), Default::default())
                .map_err(|e| format!("no number formats for locale `{locale}`: {e}"))?,
        })
    }

    fn icu_date(d: civil::Date) -> Option<IcuDate<icu_calendar::Iso>> {
        IcuDate::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()
    }

    /// "4 december 2024 kl. 13:39" (sv), "4 December 2024 at 13:39" (en-GB).
    pub fn civil_datetime(&self, dt: civil::DateTime) -> String {
        let Some(date) = Self::icu_date(dt.date()) else {
            return dt.to_string();
        };
        let Ok(time) = IcuTime::try_new(dt.hour() as u8, dt.minute() as u8, 0, 0) else {
            return dt.to_string();
        };
        self.day_time
            .format(&IcuDateTime { date, time })
            .to_string()
    }

    /// "4 december 2024".
    pub fn civil_date(&self, d: civil::Date) -> String {
        Self::icu_date(d).map_or_else(|| d.to_string(), |date| self.day.format(&date).to_string())
    }

    /// "december 2024".
    pub fn year_month(&self, year: i16, month: i8) -> String {
        civil::Date::new(year, month, 1)
            .ok()
            .and_then(Self::icu_date)
            .map_or_else(
                || format!("{year}-{month:02}"),
                |date| self.month.format(&date).to_string(),
            )
    }

    /// "12 000" (sv), "12.000" (nl), "12,000" (en).
    pub fn number(&self, n: u64) -> String {
        self.number.format(&Decimal::from(n)).to_string()
    }
}

impl Locale {
    /// A moment in its own time zone, in words.
    pub fn datetime(&self, z: &Zoned) -> String {
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
            When::Month { year, month } => self.formats.year_month(*year, *month),
            When::Week { year, week } => {
                args.set("year", FluentValue::String(year.to_string().into()));
                args.set("week", i64::from(*week));
                self.msg_args("when-week", Some(&args))
            }
            When::Season { year, season } => {
                args.set("year", FluentValue::String(year.to_string().into()));
                args.set("season", season.key());
                self.msg_args("when-season", Some(&args))
            }
            When::Year(y) => {
                args.set("year", FluentValue::String(y.to_string().into()));
                self.msg_args("when-year", Some(&args))
            }
            When::Range(a, b) => {
                args.set("from", self.when(a));
                args.set("to", self.when(b));
                self.msg_args("when-range", Some(&args))
            }
            When::Unknown => self.msg("when-unknown"),
        }
    }

    /// A count in words, such as "about 12,000 people", with the plural form the language needs.
    pub fn count(&self, id: &str, n: u64) -> String {
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
            ("sv-SE", "4 december 2024 kl. 13:39"),
            ("nb-NO", "4. desember 2024 kl. 13:39"),
            ("nl-NL", "4 december 2024 om 13:39"),
            ("en-GB", "4 December 2024 at 13:39"),
        ];
        for (loc, want) in cases {
            assert_eq!(Formats::new(loc).unwrap().civil_datetime(dt), want, "{loc}");
        }
    }

    #[test]
    fn numbers_group_by_locale() {
        assert_eq!(Formats::new("en-GB").unwrap().number(12000), "12,000");
        assert_eq!(Formats::new("nl-NL").unwrap().number(12000), "12.000");
        assert_eq!(Formats::new("sv-SE").unwrap().number(12000), "12\u{a0}000");
    }
}
