//! The facts a translation must carry over, found in a text: numbers, dates (read in the
//! language's own month names), times, amounts, email addresses, web addresses and phone
//! numbers, each normalized so that "41 200", "41.200" and "41,200", or "16 januari" and
//! "16. januar", compare equal. Rules are in docs/check.md ("Translations that agree").

use std::fmt;

use super::lexicon;

/// One fact, normalized.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fact {
    Email(String),
    Url(String),
    /// The last eight digits: `+46 8 123 45 67` and `08-123 45 67` are one number.
    Phone(String),
    /// Any of day and year may be missing; the month is always there.
    Date {
        day: Option<u8>,
        month: u8,
        year: Option<u16>,
    },
    Time(u8, u8),
    /// A currency family and a number.
    Amount(&'static str, String),
    /// Digits, with `.` before any decimals.
    Number(String),
}

impl Fact {
    /// Whether `self`, found in a translation, stands for `source`: a date with its year or
    /// weekday left out still matches.
    pub(crate) fn matches(&self, source: &Fact) -> bool {
        match (self, source) {
            (
                Fact::Date {
                    day: d1,
                    month: m1,
                    year: y1,
                },
                Fact::Date {
                    day: d2,
                    month: m2,
                    year: y2,
                },
            ) => m1 == m2 && d1 == d2 && (y1 == y2 || y1.is_none() || y2.is_none()),
            // "9 tot 13 uur" and "9 am to 1 pm": a whole hour may be written as a number.
            (Fact::Number(n), Fact::Time(h, 0)) | (Fact::Time(h, 0), Fact::Number(n)) => {
                *n == h.to_string()
            }
            _ => self == source,
        }
    }

    /// What kind of fact it is, for messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Fact::Email(_) => "the email address",
            Fact::Url(_) => "the web address",
            Fact::Phone(_) => "the phone number",
            Fact::Date { .. } => "the date",
            Fact::Time(..) => "the time",
            Fact::Amount(..) => "the amount",
            Fact::Number(_) => "the number",
        }
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fact::Email(s) | Fact::Url(s) | Fact::Phone(s) | Fact::Number(s) => f.write_str(s),
            Fact::Date { day, month, year } => {
                let y = year.map_or("----".to_owned(), |y| y.to_string());
                let d = day.map_or("--".to_owned(), |d| format!("{d:02}"));
                write!(f, "{y}-{month:02}-{d}")
            }
            Fact::Time(h, m) => write!(f, "{h:02}:{m:02}"),
            Fact::Amount(c, n) => write!(f, "{n} {c}"),
        }
    }
}

/// A fact as found: normalized, and as written.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) fact: Fact,
    pub(crate) written: String,
}

/// A word of the text with its trimmed form; `used` once part of a fact.
struct Token<'a> {
    raw: &'a str,
    word: &'a str,
    used: bool,
}

/// Every fact in `text`, written in `lang`.
pub(crate) fn facts(text: &str, lang: &str) -> Vec<Found> {
    // A range such as `9–13` is two facts.
    let mut tokens: Vec<Token> = text
        .split(|c: char| c.is_whitespace() || c == '–' || c == '—')
        .filter(|t| !t.is_empty())
        .map(|raw| Token {
            raw,
            word: raw.trim_matches(|c: char| {
                matches!(
                    c,
                    '(' | ')' | '[' | ']' | '<' | '>' | ',' | ';' | '"' | '\'' | '*'
                ) || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '!' | '?' | ':')
            }),
            used: false,
        })
        .collect();
    let mut out = Vec::new();
    addresses(&mut tokens, &mut out);
    phones(&mut tokens, &mut out);
    dates(&mut tokens, lang, &mut out);
    times(&mut tokens, &mut out);
    numbers(&mut tokens, &mut out);
    out
}

fn addresses(tokens: &mut [Token], out: &mut Vec<Found>) {
    for t in tokens.iter_mut() {
        let w = t.word.trim_end_matches(['.', '>', ')', ']', ',', ';']);
        let lower = w.to_lowercase();
        let fact = if let Some((user, host)) = lower.split_once('@') {
            (!user.is_empty() && host.contains('.')).then(|| Fact::Email(lower.clone()))
        } else if lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
        {
            Some(Fact::Url(normalize_url(&lower)))
        } else {
            None
        };
        if let Some(fact) = fact {
            t.used = true;
            out.push(Found {
                fact,
                written: w.to_owned(),
            });
        }
    }
}

/// A web address without its scheme, `www.`, or a trailing `/`.
pub(crate) fn normalize_url(url: &str) -> String {
    let u = url.trim().to_lowercase();
    let u = u.split_once("://").map_or(u.as_str(), |(_, rest)| rest);
    let u = u.strip_prefix("www.").unwrap_or(u);
    u.trim_end_matches('/').to_owned()
}

fn is_phone_part(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '(' | ')' | '+'))
        && w.chars().any(|c| c.is_ascii_digit())
}

fn phones(tokens: &mut [Token], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < tokens.len() {
        let w = tokens[i].word;
        let starts =
            (w.starts_with('+') || w.starts_with('0') || w.starts_with("(0")) && is_phone_part(w);
        if !starts || tokens[i].used {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && !tokens[j].used
            && is_phone_part(tokens[j].word)
            && tokens[j].word.len() <= 5
            // A full stop or comma ends the number.
            && !tokens[j - 1].raw.ends_with(['.', ','])
        {
            j += 1;
        }
        let digits: String = tokens[i..j]
            .iter()
            .flat_map(|t| t.word.chars())
            .filter(char::is_ascii_digit)
            .collect();
        if digits.len() >= 8 {
            let written = tokens[i..j]
                .iter()
                .map(|t| t.word.trim_end_matches('.'))
                .collect::<Vec<_>>()
                .join(" ");
            for t in &mut tokens[i..j] {
                t.used = true;
            }
            out.push(Found {
                fact: Fact::Phone(digits[digits.len() - 8..].to_owned()),
                written,
            });
            i = j;
        } else {
            i += 1;
        }
    }
}

/// The month (1–12) `word` names in `lang`. English month names must be capitalized
/// ("may" is a verb); short forms count only with a full stop or as written in full.
fn month(word: &str, lang: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if lang == "en" && !w.starts_with(char::is_uppercase) {
        return None;
    }
    let lower = w.to_lowercase();
    let short_ok = word.ends_with('.');
    lexicon::months(lang)
        .iter()
        .position(|names| {
            names
                .iter()
                .enumerate()
                .any(|(i, n)| *n == lower && (i == 0 || short_ok))
        })
        .map(|m| m as u8 + 1)
}

/// A day of the month as written before or after a month name: `16`, `16.`, `16th`.
fn day(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    let w = ["st", "nd", "rd", "th", "e", "de", "ste"]
        .iter()
        .find_map(|s| w.strip_suffix(s).filter(|d| !d.is_empty()))
        .unwrap_or(w);
    w.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<u16> {
    let w = word.trim_end_matches('.');
    (w.len() == 4)
        .then(|| w.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1900..=2199).contains(y))
}

fn dates(tokens: &mut [Token], lang: &str, out: &mut Vec<Found>) {
    for i in 0..tokens.len() {
        if tokens[i].used {
            continue;
        }
        if let Some((fact, _)) = numeric_date(tokens[i].word) {
            tokens[i].used = true;
            out.push(Found {
                fact,
                written: tokens[i].word.to_owned(),
            });
            continue;
        }
        let Some(m) = month(tokens[i].word, lang) else {
            continue;
        };
        let free = |k: usize, t: &[Token]| !t[k].used;
        let before = (i > 0 && free(i - 1, tokens))
            .then(|| day(tokens[i - 1].word))
            .flatten();
        let after = (before.is_none() && i + 1 < tokens.len() && free(i + 1, tokens))
            .then(|| day(tokens[i + 1].word).filter(|_| year(tokens[i + 1].word).is_none()))
            .flatten();
        let year_at = i + 1 + usize::from(after.is_some());
        let y = (year_at < tokens.len() && free(year_at, tokens))
            .then(|| year(tokens[year_at].word))
            .flatten();
        let d = before.or(after);
        if d.is_none() && y.is_none() {
            continue;
        }
        let first = if before.is_some() { i - 1 } else { i };
        let last = if y.is_some() {
            year_at
        } else if after.is_some() {
            i + 1
        } else {
            i
        };
        let written = tokens[first..=last]
            .iter()
            .map(|t| t.word)
            .collect::<Vec<_>>()
            .join(" ");
        for t in &mut tokens[first..=last] {
            t.used = true;
        }
        out.push(Found {
            fact: Fact::Date {
                day: d,
                month: m,
                year: y,
            },
            written,
        });
    }
}

/// `2024-01-16`, `16.01.2024`, `16/1/2024`, `16-1-2024`.
fn numeric_date(word: &str) -> Option<(Fact, ())> {
    let w = word.trim_end_matches('.');
    let parts: Vec<&str> = w.split(['-', '.', '/']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u16> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else if parts[2].len() == 4 {
        (n[2], n[1], n[0])
    } else {
        return None;
    };
    let ok = (1900..=2199).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
    ok.then_some((
        Fact::Date {
            day: Some(d as u8),
            month: m as u8,
            year: Some(y),
        },
        (),
    ))
}

/// Words after which `7.45` is a time rather than a number.
const TIME_BEFORE: [&str; 9] = [
    "kl",
    "kl.",
    "klockan",
    "klokka",
    "klokken",
    "om",
    "at",
    "omstreeks",
    "från",
];

fn times(tokens: &mut [Token], out: &mut Vec<Found>) {
    for i in 0..tokens.len() {
        if tokens[i].used {
            continue;
        }
        let w = tokens[i].word.trim_end_matches('.');
        if let Some(hour) = whole_hour(tokens, i) {
            tokens[i].used = true;
            out.push(Found {
                fact: Fact::Time(hour, 0),
                written: w.to_owned(),
            });
            continue;
        }
        let Some((h, m, sep)) = w
            .split_once(':')
            .map(|(h, m)| (h, m, ':'))
            .or_else(|| w.split_once('.').map(|(h, m)| (h, m, '.')))
        else {
            continue;
        };
        let valid = (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit());
        let (Ok(mut hour), Ok(minute)) = (h.parse::<u8>(), m.parse::<u8>()) else {
            continue;
        };
        if !valid || hour > 23 || minute > 59 {
            continue;
        }
        let next = tokens.get(i + 1).map(|t| t.word.to_lowercase());
        let marked = sep == ':'
            || (i > 0 && TIME_BEFORE.contains(&tokens[i - 1].word.to_lowercase().as_str()))
            || next.as_deref() == Some("uur");
        if !marked {
            continue;
        }
        match next.as_deref().map(|n| n.trim_end_matches('.')) {
            Some("pm" | "p.m") if hour < 12 => hour += 12,
            Some("am" | "a.m") if hour == 12 => hour = 0,
            _ => {}
        }
        tokens[i].used = true;
        out.push(Found {
            fact: Fact::Time(hour, minute),
            written: w.to_owned(),
        });
    }
}

/// A whole hour written as a number: `9 am`, `1 pm`, `13 uur`, `klockan 9`.
fn whole_hour(tokens: &[Token], i: usize) -> Option<u8> {
    let hour = tokens[i].word.parse::<u8>().ok().filter(|h| *h <= 23)?;
    let next = tokens
        .get(i + 1)
        .map(|t| t.word.trim_end_matches('.').to_lowercase());
    let before = i
        .checked_sub(1)
        .map(|k| tokens[k].word.to_lowercase())
        .unwrap_or_default();
    match next.as_deref() {
        Some("pm" | "p.m") if (1..12).contains(&hour) => Some(hour + 12),
        Some("am" | "a.m") if hour == 12 => Some(0),
        Some("am" | "a.m" | "pm" | "p.m" | "uur") => Some(hour),
        _ if ["kl", "kl.", "klockan", "klokka", "klokken"].contains(&before.as_str()) => Some(hour),
        _ => None,
    }
}

/// The currency family a word names.
fn currency(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('.').to_lowercase();
    match w.as_str() {
        "kr" | "kronor" | "kroner" | "krone" | "sek" | "nok" | "dkk" => Some("kr"),
        "€" | "eur" | "euro" | "euros" => Some("EUR"),
        "$" | "usd" | "dollar" | "dollars" => Some("USD"),
        "£" | "gbp" | "pound" | "pounds" => Some("GBP"),
        _ => None,
    }
}

fn numbers(tokens: &mut [Token], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].used {
            i += 1;
            continue;
        }
        // A number written with a currency sign stuck to it: `€41,50`, `41,50€`.
        let w = tokens[i].word.trim_end_matches(['.', '%']);
        let (sign, w) = match w.char_indices().next() {
            Some((_, c @ ('€' | '$' | '£'))) => (currency(&c.to_string()), &w[c.len_utf8()..]),
            _ => (None, w),
        };
        let mut spelled = vec![w];
        let mut j = i + 1;
        // `41 200`: a group of three digits after a space belongs to the number.
        while j < tokens.len()
            && !tokens[j].used
            && tokens[j].word.len() == 3
            && tokens[j].word.chars().all(|c| c.is_ascii_digit())
            && !tokens[j - 1].raw.ends_with([',', '.', ';'])
            && spelled
                .last()
                .is_some_and(|s| s.ends_with(|c: char| c.is_ascii_digit()))
        {
            spelled.push(tokens[j].word);
            j += 1;
        }
        let Some(value) = number(&spelled.concat()) else {
            i += 1;
            continue;
        };
        let cur = sign
            .or_else(|| i.checked_sub(1).and_then(|k| currency(tokens[k].word)))
            .or_else(|| tokens.get(j).and_then(|t| currency(t.word)));
        for t in &mut tokens[i..j] {
            t.used = true;
        }
        let fact = match cur {
            Some(c) => Fact::Amount(c, value),
            None => Fact::Number(value),
        };
        out.push(Found {
            fact,
            written: spelled.join(" "),
        });
        i = j;
    }
}

/// The number a word spells, normalized: group separators (`.`, `,`, `'` before exactly three
/// digits) dropped, the decimal mark made `.`, leading zeros kept off. Digits stuck to letters
/// (`2FA`, `21st`) are not a number; `72-timmarsregeln` gives 72.
pub(crate) fn number(word: &str) -> Option<String> {
    let digits_part = match word.split_once('-') {
        Some((n, rest)) if rest.starts_with(char::is_alphabetic) => n,
        _ => word,
    };
    if digits_part.is_empty()
        || !digits_part
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\''))
        || !digits_part.starts_with(|c: char| c.is_ascii_digit())
        || !digits_part.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let groups: Vec<&str> = digits_part.split(['.', ',', '\'']).collect();
    let grouped =
        groups.len() > 1 && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    let (int, frac) = if grouped || groups.len() == 1 {
        (groups.concat(), String::new())
    } else if groups.len() == 2 {
        (groups[0].to_owned(), groups[1].to_owned())
    } else {
        // `1.234,5` or `1,234.5`: the last mark is the decimal one.
        let last = groups.len() - 1;
        (groups[..last].concat(), groups[last].to_owned())
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    Some(if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, lang: &str) -> Vec<String> {
        facts(text, lang)
            .into_iter()
            .map(|f| format!("{} {}", f.fact.kind(), f.fact))
            .collect()
    }

    #[test]
    fn numbers_are_one_however_grouped() {
        for w in ["41 200", "41.200", "41,200", "41'200"] {
            assert_eq!(
                shown(&format!("Det gäller {w} kunder."), "sv"),
                ["the number 41200"],
                "{w}"
            );
        }
        assert_eq!(number("2,5"), Some("2.5".into()));
        assert_eq!(number("2.50"), Some("2.5".into()));
        assert_eq!(number("1.234,5"), Some("1234.5".into()));
        assert_eq!(number("72-timmarsregeln"), Some("72".into()));
        assert_eq!(number("2FA"), None);
        assert_eq!(shown("Around 40% of them", "en"), ["the number 40"]);
    }

    #[test]
    fn dates_are_read_in_each_language() {
        let want = ["the date 2024-01-16"];
        assert_eq!(shown("Tisdagen den 16 januari 2024 såg vi", "sv"), want);
        assert_eq!(shown("Tirsdag 16. januar 2024 så vi", "nb"), want);
        assert_eq!(shown("Op dinsdag 16 januari 2024 zagen we", "nl"), want);
        assert_eq!(shown("On Tuesday 16 January 2024 we saw", "en"), want);
        assert_eq!(shown("On January 16th, 2024 we saw", "en"), want);
        assert_eq!(shown("Tirsdag den 16. januar 2024", "da"), want);
        assert_eq!(
            shown("Sinds 16.01.2024 en 2024-01-16", "nl"),
            [want[0], want[0]]
        );
        assert_eq!(shown("sedan maj 2021", "sv"), ["the date 2021-05---"]);
        assert_eq!(
            shown("We may have seen it in March.", "en"),
            Vec::<String>::new()
        );
        let without_year = Fact::Date {
            day: Some(16),
            month: 1,
            year: None,
        };
        assert!(without_year.matches(&facts("16 January 2024", "en")[0].fact));
    }

    #[test]
    fn times_phones_amounts_and_addresses() {
        assert_eq!(
            shown("kl. 07.45 och 13:20", "sv"),
            ["the time 07:45", "the time 13:20"]
        );
        assert_eq!(shown("om 7.45 uur", "nl"), ["the time 07:45"]);
        assert_eq!(shown("at 7:45 pm", "en"), ["the time 19:45"]);
        assert_eq!(shown("Version 2.30 is out", "en"), ["the number 2.3"]);
        assert_eq!(
            shown("Ring +46 8 123 45 67 eller 08-123 45 67.", "sv"),
            ["the phone number 81234567", "the phone number 81234567"]
        );
        assert_eq!(
            shown("Betaal € 41,50 of 500 kr.", "nl"),
            ["the amount 41.5 EUR", "the amount 500 kr"]
        );
        assert_eq!(
            shown(
                "Mail dpo@acme.example or see <https://www.acme.example/help/>.",
                "en"
            ),
            [
                "the email address dpo@acme.example",
                "the web address acme.example/help"
            ]
        );
    }
}
