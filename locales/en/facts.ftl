## Facts that may be only partly known: partial counts, certainty, unnamed bodies, other
## organisations involved, parts of days and periods, measures still to come.

## Counts. $count is the number that picks the plural form; $text, $from and $to are formatted.

people-count-range = { $from }–{ $to }
people-count-at-least = at least { $text }
people-count-at-most = at most { $text }
people-some = Some, but not all
people-most = Most of them
people-all = All of them
group-count-range = { $from }–{ $to } people
group-count-at-least = at least { $text }
group-count-at-most = at most { $text }
group-some = some, not all
group-most = most
group-all = all
groups-unknown = { $state ->
    [resolved] We do not know which groups of people are affected.
    [archived] We do not know which groups of people are affected.
   *[open] We do not yet know which groups of people are affected.
}
data-not-yet-known = { $state ->
    [resolved] We do not know which information is involved.
    [archived] We do not know which information is involved.
   *[open] We do not yet know which information is involved.
}
data-possibly-affected = Information that may be involved
services-not-affected = Services and systems that are not affected

## Events that are suspected or ruled out. Only these kinds of event can be.

event-suspected-intrusion = Someone may have gained access to our systems
event-suspected-exfiltration = Data may have been copied
event-suspected-data_published = Data may have been published
event-ruled_out-intrusion = We have found no sign that anyone gained access to our systems
event-ruled_out-exfiltration = We have found no sign that data was copied
event-ruled_out-data_published = We have found no sign that data was published
# An event in the author's words ($event), marked as not established.
event-with-certainty = { $certainty ->
    [ruled_out] { $event } (ruled out)
   *[suspected] { $event } (not confirmed)
}

## Bodies told, and by whom

notified-when-unknown = date not stated
notified-by = reported by { $by }
body-other-in-country = { $name } in { $country }
country-SE = Sweden
country-NO = Norway
country-DK = Denmark
country-NL = the Netherlands
country-GB = the United Kingdom

## Other organisations involved

parties = Other organisations involved
party-named = { $role }, { $name }
party-unnamed = { $role } (not named)
party-supplier = Our supplier
party-processor = Our data processor
party-it_provider = Our IT provider
party-forensic_firm = The forensic investigators
party-other = Another organisation

## Parts of a day and of a period. $date and $next are whole dates; $first is a day and
## month; $day is the day's number; $period is a week, month, season or year in words.

when-day-part = { $part ->
    [night] { $same_month ->
        [yes] the night of { $day } to { $next }
       *[no] the night of { $first } to { $next }
    }
    [morning] the morning of { $date }
    [afternoon] the afternoon of { $date }
   *[evening] the evening of { $date }
}
when-part = { $part ->
    [early] early { $period }
    [mid] { $unit ->
        [month] mid-{ $period }
       *[other] the middle of { $period }
    }
   *[late] { $unit ->
        [week] the end of { $period }
       *[other] late { $period }
    }
}

## Measures still to come: the same measures as in vocabulary.ftl, in the future tense.

measure-planned-forensic_investigation = We will bring in outside security experts to investigate the incident.
measure-planned-access_blocked = We will block the unauthorised access.
measure-planned-vulnerability_fixed = We will fix the security flaw that made the incident possible.
measure-planned-passwords_reset = We will reset the passwords of the accounts affected.
measure-planned-two_factor = We will introduce two-factor authentication.
measure-planned-credentials_rotated = We will replace keys, certificates and other credentials that may have been exposed.
measure-planned-police_report = We will report the crime to the police.
measure-planned-affected_notified = We will inform everyone affected directly.
measure-planned-monitoring_increased = We will step up the monitoring of our systems.
measure-planned-security_review = We will review the security of our systems and procedures.
measure-planned-staff_training = We will give our staff further security training.
measure-planned-supplier_review = We will review how our suppliers protect personal data.
measure-planned-systems_restored = We will restore our systems from clean backups.
measure-planned-takedown_requests = We will ask for published data to be taken down wherever we find it.
