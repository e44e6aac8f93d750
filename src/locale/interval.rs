//! Date intervals in each language's own shape ("18–20 oktober 2024", "18.–20. oktober 2024",
//! "mars–maj 2024", "december 2023–januari 2024"), written from CLDR's interval patterns.
//!
//! ICU4X 2.x formats single dates but has no interval formatter yet, so the patterns are
//! transcribed here from CLDR 48 (npm `cldr-dates-full` 48.2.0,
//! `main/<locale>/ca-gregorian.json`, `dates.calendars.gregorian.dateTimeFormats.intervalFormats`):
//! the skeleton `yMMMd` (days; its `d`, `M` and `y` entries give the shape when the two dates
//! first differ in the day, the month or the year) and `yMMMM` (months). CLDR gives days with
//! abbreviated months only; as ICU's own `DateIntervalFormat` does when the requested skeleton
//! (`yMMMMd`) is wider than the best match, the month field is widened to the full name.
//! Month names come from ICU4X, so they are CLDR's too.

use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::M;
use icu_datetime::input::Date as IcuDate;
use icu_locale_core::Locale as IcuLocale;
use jiff::civil::Date;

/// The interval patterns of one locale. Fields: `d` day, `M`/`L` month (always the full name),
/// `y` year; any other character is literal.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Patterns {
    /// `yMMMd` / `d`: the same month ("18–20 oktober 2024").
    days_in_month: &'static str,
    /// `yMMMd` / `M`: the same year ("30 september–2 oktober 2024").
    days_in_year: &'static str,
    /// `yMMMd` / `y`: different years.
    days_across_years: &'static str,
    /// `yMMMM` / `M`: months of one year ("mars–maj 2024").
    months_in_year: &'static str,
    /// `yMMMM` / `y`: months across a year end ("december 2023–januari 2024").
    months_across_years: &'static str,
    /// `intervalFormatFallback`, for any other pair of values.
    pub(crate) fallback: &'static str,
}

/// sv, and also the CLDR shape of most languages with a day-first date and no day period.
const SV: Patterns = Patterns {
    days_in_month: "d–d MMMM y",
    days_in_year: "d MMMM–d MMMM y",
    days_across_years: "d MMMM y–d MMMM y",
    months_in_year: "MMMM–MMMM y",
    months_across_years: "MMMM y–MMMM y",
    fallback: "{0}–{1}",
};

/// nb, nn and no share these; da has the same, with "-" as its fallback.
const NB: Patterns = Patterns {
    days_in_month: "d.–d. MMMM y",
    days_in_year: "d. MMMM–d. MMMM y",
    days_across_years: "d. MMMM y–d. MMMM y",
    months_in_year: "MMMM–MMMM y",
    months_across_years: "MMMM y–MMMM y",
    fallback: "{0}–{1}",
};

const DA: Patterns = Patterns {
    fallback: "{0}-{1}",
    ..NB
};

/// nl: thin spaces (U+2009) around the dash once the month differs.
const NL: Patterns = Patterns {
    days_in_month: "d–d MMMM y",
    days_in_year: "d MMMM\u{2009}–\u{2009}d MMMM y",
    days_across_years: "d MMMM y\u{2009}–\u{2009}d MMMM y",
    months_in_year: "MMMM–MMMM y",
    months_across_years: "MMMM y\u{2009}–\u{2009}MMMM y",
    fallback: "{0} – {1}",
};

/// en-GB. Its days in one month come from its parent `en-001` ("d–d MMM y"), the closed-up
/// "18–20 October 2024" of British house styles; `en-GB` itself adds thin spaces there.
const EN_GB: Patterns = Patterns {
    days_in_month: "d–d MMMM y",
    days_in_year: "d MMMM\u{2009}–\u{2009}d MMMM y",
    days_across_years: "d MMMM y\u{2009}–\u{2009}d MMMM y",
    months_in_year: "MMMM\u{2009}–\u{2009}MMMM y",
    months_across_years: "MMMM y\u{2009}–\u{2009}MMMM y",
    fallback: "{0}\u{2009}–\u{2009}{1}",
};

/// en (American order, month first).
const EN_US: Patterns = Patterns {
    days_in_month: "MMMM d\u{2009}–\u{2009}d, y",
    days_in_year: "MMMM d\u{2009}–\u{2009}MMMM d, y",
    days_across_years: "MMMM d, y\u{2009}–\u{2009}MMMM d, y",
    months_in_year: "MMMM\u{2009}–\u{2009}MMMM y",
    months_across_years: "MMMM y\u{2009}–\u{2009}MMMM y",
    fallback: "{0}\u{2009}–\u{2009}{1}",
};

/// de, for sites that add German.
const DE: Patterns = Patterns {
    days_in_month: "d.–d. MMMM y",
    days_in_year: "d. MMMM\u{2009}–\u{2009}d. MMMM y",
    days_across_years: "d. MMMM y\u{2009}–\u{2009}d. MMMM y",
    months_in_year: "MMMM–MMMM y",
    months_across_years: "MMMM y\u{2009}–\u{2009}MMMM y",
    fallback: "{0}\u{2009}–\u{2009}{1}",
};

/// Languages without their own entry use CLDR's root fallback shape with full dates.
const ROOT: Patterns = Patterns {
    fallback: "{0} – {1}",
    ..SV
};

impl Patterns {
    /// The patterns for a BCP 47 locale such as `sv-SE`, `en-GB` or `nb`.
    pub(crate) fn for_locale(locale: &str) -> (Patterns, bool) {
        let lower = locale.to_ascii_lowercase();
        let lang = lower.split(['-', '_']).next().unwrap_or_default();
        let known = |p| (p, true);
        match lang {
            "sv" => known(SV),
            "nb" | "nn" | "no" => known(NB),
            "da" => known(DA),
            "nl" => known(NL),
            "de" => known(DE),
            "en" if lower == "en" || lower == "en-us" => known(EN_US),
            "en" => known(EN_GB),
            _ => (ROOT, false),
        }
    }
}

/// Writes day and month intervals for one locale.
pub(crate) struct IntervalFormatter {
    patterns: Patterns,
    /// Whether the locale has its own patterns; otherwise only the fallback is used.
    known: bool,
    /// The full name of each month, January first.
    months: Vec<String>,
}

impl IntervalFormatter {
    pub(crate) fn new(locale: &IcuLocale, code: &str) -> Result<IntervalFormatter, String> {
        let (patterns, known) = Patterns::for_locale(code);
        let names = DateTimeFormatter::try_new(locale.into(), M::long())
            .map_err(|e| format!("no month names for locale `{code}`: {e}"))?;
        let months = (1..=12u8)
            .map(|m| {
                IcuDate::try_new_iso(2000, m, 1)
                    .map(|d| names.format(&d).to_string())
                    .unwrap_or_default()
            })
            .collect();
        Ok(IntervalFormatter {
            patterns,
            known,
            months,
        })
    }

    /// "18–20 oktober 2024": two days, the earlier first. `None` when the locale has no
    /// interval patterns of its own (the caller joins the two dates with the fallback).
    pub(crate) fn days(&self, a: Date, b: Date) -> Option<String> {
        if !self.known {
            return None;
        }
        let pattern = if a.year() != b.year() {
            self.patterns.days_across_years
        } else if a.month() != b.month() {
            self.patterns.days_in_year
        } else {
            self.patterns.days_in_month
        };
        Some(self.fill(
            pattern,
            (a.year(), a.month(), a.day()),
            (b.year(), b.month(), b.day()),
        ))
    }

    /// "mars–maj 2024": two months, the earlier first.
    pub(crate) fn months(&self, a: (i16, i8), b: (i16, i8)) -> Option<String> {
        if !self.known {
            return None;
        }
        let pattern = if a.0 != b.0 {
            self.patterns.months_across_years
        } else {
            self.patterns.months_in_year
        };
        Some(self.fill(pattern, (a.0, a.1, 1), (b.0, b.1, 1)))
    }

    /// Joins two already formatted values with the locale's fallback pattern.
    pub(crate) fn join(&self, from: &str, to: &str) -> String {
        self.patterns
            .fallback
            .replacen("{0}", from, 1)
            .replacen("{1}", to, 1)
    }

    /// Fills an interval pattern. As in CLDR, the pattern is read field by field; the first
    /// field that appears a second time starts the part that describes the later value.
    /// Spaces inside each date become no-break spaces, so "20 / oktober" never breaks.
    fn fill(&self, pattern: &str, a: (i16, i8, i8), b: (i16, i8, i8)) -> String {
        let mut out = String::new();
        let mut seen = [false; 3];
        let mut later = false;
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            let field = match c {
                'd' => 0,
                'M' | 'L' => 1,
                'y' => 2,
                ' ' => {
                    out.push('\u{a0}');
                    continue;
                }
                other => {
                    out.push(other);
                    continue;
                }
            };
            while chars.peek() == Some(&c) {
                chars.next();
            }
            if seen[field] {
                later = true;
                seen = [false; 3];
            }
            seen[field] = true;
            let (year, month, day) = if later { b } else { a };
            match field {
                0 => out.push_str(&day.to_string()),
                1 => out.push_str(&self.months[(month - 1) as usize]),
                _ => out.push_str(&year.to_string()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatter(code: &str) -> IntervalFormatter {
        IntervalFormatter::new(&code.parse().unwrap(), code).unwrap()
    }

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    /// CLDR's patterns filled in, with the months at full width; spaces are no-break.
    #[test]
    fn every_interval_shape_in_every_language() {
        let cases = [
            (
                "sv-SE",
                d(2024, 10, 18),
                d(2024, 10, 20),
                "18–20 oktober 2024",
            ),
            (
                "nb-NO",
                d(2024, 10, 18),
                d(2024, 10, 20),
                "18.–20. oktober 2024",
            ),
            (
                "nl-NL",
                d(2024, 10, 18),
                d(2024, 10, 20),
                "18–20 oktober 2024",
            ),
            (
                "en-GB",
                d(2024, 10, 18),
                d(2024, 10, 20),
                "18–20 October 2024",
            ),
            (
                "da-DK",
                d(2024, 10, 18),
                d(2024, 10, 20),
                "18.–20. oktober 2024",
            ),
            (
                "sv-SE",
                d(2024, 9, 30),
                d(2024, 10, 2),
                "30 september–2 oktober 2024",
            ),
            (
                "nb-NO",
                d(2024, 9, 30),
                d(2024, 10, 2),
                "30. september–2. oktober 2024",
            ),
            (
                "nl-NL",
                d(2024, 9, 30),
                d(2024, 10, 2),
                "30 september\u{2009}–\u{2009}2 oktober 2024",
            ),
            (
                "en-GB",
                d(2023, 12, 30),
                d(2024, 1, 2),
                "30 December 2023\u{2009}–\u{2009}2 January 2024",
            ),
            (
                "en-US",
                d(2024, 10, 18),
                d(2024, 10, 20),
                "October 18\u{2009}–\u{2009}20, 2024",
            ),
            (
                "sv-SE",
                d(2023, 12, 30),
                d(2024, 1, 2),
                "30 december 2023–2 januari 2024",
            ),
        ];
        for (loc, a, b, want) in cases {
            let got = formatter(loc).days(a, b).unwrap();
            assert_eq!(got, want.replace(' ', "\u{a0}"), "{loc}");
        }
    }

    #[test]
    fn month_intervals_within_and_across_a_year() {
        let cases = [
            ("sv-SE", (2024, 3), (2024, 5), "mars–maj 2024"),
            ("nb-NO", (2024, 3), (2024, 5), "mars–mai 2024"),
            ("nl-NL", (2024, 3), (2024, 5), "maart–mei 2024"),
            (
                "en-GB",
                (2024, 3),
                (2024, 5),
                "March\u{2009}–\u{2009}May 2024",
            ),
            ("sv-SE", (2023, 12), (2024, 1), "december 2023–januari 2024"),
            ("nb-NO", (2023, 12), (2024, 1), "desember 2023–januar 2024"),
            (
                "nl-NL",
                (2023, 12),
                (2024, 1),
                "december 2023\u{2009}–\u{2009}januari 2024",
            ),
        ];
        for (loc, a, b, want) in cases {
            let got = formatter(loc).months(a, b).unwrap();
            assert_eq!(got, want.replace(' ', "\u{a0}"), "{loc}");
        }
    }

    #[test]
    fn a_language_without_patterns_uses_the_fallback() {
        let f = formatter("fr-FR");
        assert_eq!(f.days(d(2024, 1, 1), d(2024, 1, 2)), None);
        assert_eq!(f.join("a", "b"), "a – b");
    }
}
