//! Per-language word lists the readability and agreement checks need: abbreviations that do
//! not end a sentence, month names for reading dates, words that introduce an explanation, and
//! the jargon the public does not know with a plain alternative. Languages without lists
//! (any but sv, nb, da, nl, en) get none: their prose is still split and counted.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Abbreviations (lower case, without their last full stop) after which a `.` does not end the
/// sentence.
pub(crate) fn abbreviations(lang: &str) -> &'static [&'static str] {
    match lang {
        "sv" => &[
            "t.ex", "bl.a", "d.v.s", "dvs", "m.m", "o.s.v", "osv", "ca", "kl", "nr", "s.k",
            "fr.o.m", "t.o.m", "p.g.a", "pga", "resp", "jfr", "st", "tel", "inkl", "exkl", "ev",
        ],
        "nb" => &[
            "f.eks", "bl.a", "dvs", "d.v.s", "osv", "o.l", "ca", "kl", "nr", "mv", "m.m", "pga",
            "p.g.a", "tlf", "jf", "inkl", "ekskl", "evt", "ev", "ifm",
        ],
        "da" => &[
            "f.eks", "bl.a", "dvs", "d.v.s", "osv", "o.l", "ca", "kl", "nr", "mv", "m.m", "pga",
            "tlf", "jf", "inkl", "ekskl", "evt", "ifm", "hhv",
        ],
        "nl" => &[
            "bijv", "bv", "d.w.z", "dwz", "o.a", "m.b.t", "i.v.m", "ca", "nr", "tel", "enz",
            "z.s.m", "t.a.v", "incl", "excl", "evt", "art", "jl",
        ],
        "en" => &[
            "e.g", "i.e", "etc", "approx", "no", "tel", "mr", "mrs", "ms", "dr", "st", "art", "vs",
            "incl",
        ],
        _ => &[],
    }
}

/// Month names (lower case, full and short), January first.
pub(crate) fn months(lang: &str) -> [&'static [&'static str]; 12] {
    match lang {
        "sv" => [
            &["januari", "jan"],
            &["februari", "feb"],
            &["mars", "mar"],
            &["april", "apr"],
            &["maj"],
            &["juni", "jun"],
            &["juli", "jul"],
            &["augusti", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["december", "dec"],
        ],
        "nb" => [
            &["januar", "jan"],
            &["februar", "feb"],
            &["mars", "mar"],
            &["april", "apr"],
            &["mai"],
            &["juni", "jun"],
            &["juli", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["desember", "des"],
        ],
        "da" => [
            &["januar", "jan"],
            &["februar", "feb"],
            &["marts", "mar"],
            &["april", "apr"],
            &["maj"],
            &["juni", "jun"],
            &["juli", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["december", "dec"],
        ],
        "nl" => [
            &["januari", "jan"],
            &["februari", "feb"],
            &["maart", "mrt"],
            &["april", "apr"],
            &["mei"],
            &["juni", "jun"],
            &["juli", "jul"],
            &["augustus", "aug"],
            &["september", "sep", "sept"],
            &["oktober", "okt"],
            &["november", "nov"],
            &["december", "dec"],
        ],
        _ => [
            &["january", "jan"],
            &["february", "feb"],
            &["march", "mar"],
            &["april", "apr"],
            &["may"],
            &["june", "jun"],
            &["july", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["october", "oct"],
            &["november", "nov"],
            &["december", "dec"],
        ],
    }
}

/// Words that, after a comma or dash following a term, introduce its explanation.
pub(crate) fn explanation_markers(lang: &str) -> &'static [&'static str] {
    match lang {
        "sv" => &[
            "det vill säga",
            "dvs",
            "alltså",
            "som betyder",
            "vilket betyder",
            "som är",
        ],
        "nb" => &[
            "det vil si",
            "dvs",
            "altså",
            "som betyr",
            "som vil si",
            "som er",
        ],
        "da" => &["det vil sige", "dvs", "altså", "som betyder", "som er"],
        "nl" => &[
            "dat wil zeggen",
            "d.w.z",
            "oftewel",
            "dat betekent",
            "wat betekent",
            "dat is",
        ],
        "en" => &[
            "that is",
            "i.e",
            "meaning",
            "which means",
            "which is",
            "or in other words",
        ],
        _ => &[],
    }
}

/// The same forms in every language the table covers, for a loanword none of them translates.
const fn everywhere(
    forms: &'static [&'static str],
) -> [(&'static str, &'static [&'static str]); 5] {
    [
        ("en", forms),
        ("sv", forms),
        ("nb", forms),
        ("da", forms),
        ("nl", forms),
    ]
}

/// A term the public does not know, with its forms and plain words in each language.
#[derive(Debug)]
pub(crate) struct Jargon {
    /// Per language, its lower-case forms; one ending in `*` also matches as the first part of
    /// a compound (`phishing*` matches `phishingmejl`).
    forms: &'static [(&'static str, &'static [&'static str])],
    /// Per language, plain words to use instead. A language without them has no short plain
    /// form: the term is to be explained where it is first used.
    plain: &'static [(&'static str, &'static str)],
}

impl Jargon {
    /// The plain words for the term in `lang`, if it has them.
    pub(crate) fn plain(&self, lang: &str) -> Option<&'static str> {
        self.plain.iter().find(|(l, _)| *l == lang).map(|(_, p)| *p)
    }
}

/// The terms, for sv, nb, da, nl and en.
const JARGON: &[Jargon] = &[
    Jargon {
        forms: &[
            (
                "en",
                &["exfiltration", "exfiltrated", "exfiltrate", "exfiltrating"],
            ),
            (
                "sv",
                &[
                    "exfiltrering",
                    "exfiltreringen",
                    "exfiltrerade",
                    "exfiltrerats",
                    "exfiltrerat",
                    "exfiltrera",
                ],
            ),
            (
                "nb",
                &[
                    "eksfiltrering",
                    "eksfiltreringen",
                    "eksfiltrert",
                    "eksfiltrerte",
                    "eksfiltrere",
                ],
            ),
            (
                "da",
                &[
                    "exfiltrering",
                    "exfiltreringen",
                    "exfiltreret",
                    "exfiltrerede",
                    "exfiltrere",
                ],
            ),
            (
                "nl",
                &[
                    "exfiltratie",
                    "geëxfiltreerd",
                    "exfiltreren",
                    "exfiltreerde",
                ],
            ),
        ],
        plain: &[
            ("en", "copied and taken"),
            ("sv", "förts ut"),
            ("nb", "kopiert ut"),
            ("da", "kopieret ud"),
            ("nl", "gekopieerd en meegenomen"),
        ],
    },
    Jargon {
        forms: &[
            ("en", &["ransomware*"]),
            ("sv", &["ransomware*"]),
            ("nb", &["ransomware*", "løsepengevirus*"]),
            ("da", &["ransomware*"]),
            ("nl", &["ransomware*", "gijzelsoftware*"]),
        ],
        plain: &[("sv", "utpressningsprogram")],
    },
    Jargon {
        forms: &everywhere(&["malware*"]),
        plain: &[
            ("en", "harmful software"),
            ("sv", "skadlig programvara"),
            ("nb", "skadevare"),
            ("da", "skadelig software"),
            ("nl", "schadelijke software"),
        ],
    },
    Jargon {
        forms: &[
            ("en", &["hash", "hashed", "hashes", "hashing"]),
            (
                "sv",
                &[
                    "hash",
                    "hashad",
                    "hashade",
                    "hashat",
                    "hashning",
                    "hashvärde*",
                ],
            ),
            (
                "nb",
                &["hash", "hashet", "hashede", "hashing", "hashverdi*"],
            ),
            (
                "da",
                &["hash", "hashet", "hashede", "hashing", "hashværdi*"],
            ),
            (
                "nl",
                &["hash", "gehasht", "hashes", "hashing", "hashwaarde*"],
            ),
        ],
        plain: &[],
    },
    Jargon {
        forms: &everywhere(&["csirt", "cert"]),
        plain: &[],
    },
    Jargon {
        forms: &everywhere(&["2fa", "mfa"]),
        plain: &[
            ("en", "two-step login (a code as well as the password)"),
            ("sv", "inloggning i två steg (en kod utöver lösenordet)"),
            (
                "nb",
                "pålogging i to trinn (en kode i tillegg til passordet)",
            ),
            ("da", "login i to trin (en kode ud over adgangskoden)"),
            (
                "nl",
                "inloggen in twee stappen (een code naast het wachtwoord)",
            ),
        ],
    },
    Jargon {
        forms: &[
            ("en", &["phishing*"]),
            ("sv", &["phishing*", "nätfiske*"]),
            ("nb", &["phishing*", "nettfiske*"]),
            ("da", &["phishing*"]),
            ("nl", &["phishing*"]),
        ],
        plain: &[
            ("en", "fake messages that try to trick you"),
            ("sv", "falska meddelanden som försöker lura dig"),
            ("nb", "falske meldinger som prøver å lure deg"),
            ("da", "falske beskeder, der prøver at snyde dig"),
            ("nl", "nepberichten die u proberen te misleiden"),
        ],
    },
    Jargon {
        forms: &everywhere(&["ddos"]),
        plain: &[],
    },
    Jargon {
        forms: &[("en", &["credentials"])],
        plain: &[("en", "login details")],
    },
    Jargon {
        forms: &[("en", &["zero-day"])],
        plain: &[],
    },
];

/// One language's jargon forms, by the term's place in [`JARGON`]: whole forms looked up at
/// once, and the few stems of compounds. Every word of every prose file is looked up, so a
/// scan of every form per word would cost more than the rest of the readability check.
#[derive(Default)]
struct Forms {
    whole: HashMap<&'static str, usize>,
    stems: Vec<(&'static str, usize)>,
}

static FORMS: LazyLock<HashMap<&'static str, Forms>> = LazyLock::new(|| {
    let mut by_lang: HashMap<&'static str, Forms> = HashMap::new();
    for (i, j) in JARGON.iter().enumerate() {
        for (lang, forms) in j.forms {
            let f = by_lang.entry(*lang).or_default();
            for form in *forms {
                match form.strip_suffix('*') {
                    Some(stem) => f.stems.push((stem, i)),
                    None => {
                        f.whole.entry(*form).or_insert(i);
                    }
                }
            }
        }
    }
    by_lang
});

/// The jargon term `word` (in `lang`) is a form of, if any: the first in [`JARGON`] that
/// has it as a whole form or as the stem it begins with.
pub(crate) fn jargon_of(lang: &str, word: &str) -> Option<&'static Jargon> {
    let forms = FORMS.get(lang)?;
    let lower: Cow<str> = if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    let whole = forms.whole.get(&*lower).copied();
    let stem = forms
        .stems
        .iter()
        .filter(|(stem, _)| lower.starts_with(stem))
        .map(|(_, i)| *i)
        .min();
    whole.into_iter().chain(stem).min().map(|i| &JARGON[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jargon_matches_forms_and_compounds_only() {
        assert!(jargon_of("sv", "Phishingmejl").is_some());
        assert!(jargon_of("nl", "ransomwareaanval").is_some());
        assert!(jargon_of("en", "hashed").is_some());
        assert!(jargon_of("en", "hashtag").is_none());
        assert!(jargon_of("en", "certain").is_none());
        assert!(jargon_of("nb", "CSIRT").is_some());
        assert!(jargon_of("xx", "phishing").is_none());
    }
}
