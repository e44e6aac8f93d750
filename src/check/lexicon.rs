//! Per-language word lists the readability and agreement checks need: abbreviations that do
//! not end a sentence, month names for reading dates, words that introduce an explanation, and
//! the jargon the public does not know with a plain alternative. Languages without lists
//! (any but sv, nb, da, nl, en) get none: their prose is still split and counted.

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

/// A word the public does not know, in its forms in one language.
#[derive(Debug)]
pub(crate) struct Jargon {
    /// Lower-case forms; one ending in `*` also matches as the first part of a compound
    /// (`phishing*` matches `phishingmejl`).
    pub forms: &'static [&'static str],
    /// Plain words to use instead, or `None`: the term has no short plain form and is to be
    /// explained where it is first used.
    pub plain: Option<&'static str>,
}

const fn j(forms: &'static [&'static str], plain: Option<&'static str>) -> Jargon {
    Jargon { forms, plain }
}

/// The jargon list of `lang`.
pub(crate) fn jargon(lang: &str) -> &'static [Jargon] {
    match lang {
        "sv" => SV,
        "nb" => NB,
        "da" => DA,
        "nl" => NL,
        "en" => EN,
        _ => &[],
    }
}

const EN: &[Jargon] = &[
    j(
        &["exfiltration", "exfiltrated", "exfiltrate", "exfiltrating"],
        Some("copied and taken"),
    ),
    j(&["ransomware*"], None),
    j(&["malware*"], Some("harmful software")),
    j(&["hash", "hashed", "hashes", "hashing"], None),
    j(&["csirt", "cert"], None),
    j(
        &["2fa", "mfa"],
        Some("two-step login (a code as well as the password)"),
    ),
    j(&["phishing*"], Some("fake messages that try to trick you")),
    j(&["ddos"], None),
    j(&["credentials"], Some("login details")),
    j(&["zero-day"], None),
];

const SV: &[Jargon] = &[
    j(
        &[
            "exfiltrering",
            "exfiltreringen",
            "exfiltrerade",
            "exfiltrerats",
            "exfiltrerat",
            "exfiltrera",
        ],
        Some("förts ut"),
    ),
    j(&["ransomware*"], Some("utpressningsprogram")),
    j(&["malware*"], Some("skadlig programvara")),
    j(
        &[
            "hash",
            "hashad",
            "hashade",
            "hashat",
            "hashning",
            "hashvärde*",
        ],
        None,
    ),
    j(&["csirt", "cert"], None),
    j(
        &["2fa", "mfa"],
        Some("inloggning i två steg (en kod utöver lösenordet)"),
    ),
    j(
        &["phishing*", "nätfiske*"],
        Some("falska meddelanden som försöker lura dig"),
    ),
    j(&["ddos"], None),
];

const NB: &[Jargon] = &[
    j(
        &[
            "eksfiltrering",
            "eksfiltreringen",
            "eksfiltrert",
            "eksfiltrerte",
            "eksfiltrere",
        ],
        Some("kopiert ut"),
    ),
    j(&["ransomware*", "løsepengevirus*"], None),
    j(&["malware*"], Some("skadevare")),
    j(
        &["hash", "hashet", "hashede", "hashing", "hashverdi*"],
        None,
    ),
    j(&["csirt", "cert"], None),
    j(
        &["2fa", "mfa"],
        Some("pålogging i to trinn (en kode i tillegg til passordet)"),
    ),
    j(
        &["phishing*", "nettfiske*"],
        Some("falske meldinger som prøver å lure deg"),
    ),
    j(&["ddos"], None),
];

const DA: &[Jargon] = &[
    j(
        &[
            "exfiltrering",
            "exfiltreringen",
            "exfiltreret",
            "exfiltrerede",
            "exfiltrere",
        ],
        Some("kopieret ud"),
    ),
    j(&["ransomware*"], None),
    j(&["malware*"], Some("skadelig software")),
    j(
        &["hash", "hashet", "hashede", "hashing", "hashværdi*"],
        None,
    ),
    j(&["csirt", "cert"], None),
    j(
        &["2fa", "mfa"],
        Some("login i to trin (en kode ud over adgangskoden)"),
    ),
    j(
        &["phishing*"],
        Some("falske beskeder, der prøver at snyde dig"),
    ),
    j(&["ddos"], None),
];

const NL: &[Jargon] = &[
    j(
        &[
            "exfiltratie",
            "geëxfiltreerd",
            "exfiltreren",
            "exfiltreerde",
        ],
        Some("gekopieerd en meegenomen"),
    ),
    j(&["ransomware*", "gijzelsoftware*"], None),
    j(&["malware*"], Some("schadelijke software")),
    j(
        &["hash", "gehasht", "hashes", "hashing", "hashwaarde*"],
        None,
    ),
    j(&["csirt", "cert"], None),
    j(
        &["2fa", "mfa"],
        Some("inloggen in twee stappen (een code naast het wachtwoord)"),
    ),
    j(
        &["phishing*"],
        Some("nepberichten die u proberen te misleiden"),
    ),
    j(&["ddos"], None),
];

/// The jargon entry `word` is a form of, if any.
pub(crate) fn jargon_of(lang: &str, word: &str) -> Option<&'static Jargon> {
    let lower = word.to_lowercase();
    jargon(lang).iter().find(|j| {
        j.forms.iter().any(|f| match f.strip_suffix('*') {
            Some(stem) => lower.starts_with(stem),
            None => lower == *f,
        })
    })
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
