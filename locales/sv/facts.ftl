## Fakta som bara delvis är kända: ungefärliga antal, säkerhet, myndigheter utan namn, andra
## organisationer, delar av dygn och perioder, åtgärder som återstår.

## Antal. $count väljer pluralform; $text, $from och $to är redan formaterade.

people-count-range = { $from }–{ $to }
people-count-at-least = minst { $text }
people-count-at-most = högst { $text }
people-some = Några, men inte alla
people-most = De flesta
people-all = Alla
group-count-range = { $from }–{ $to } personer
group-count-at-least = minst { $text }
group-count-at-most = högst { $text }
group-some = några, inte alla
group-most = de flesta
group-all = alla
groups-unknown = { $state ->
    [resolved] Vi vet inte vilka grupper av personer som berörs.
    [archived] Vi vet inte vilka grupper av personer som berörs.
   *[open] Vi vet ännu inte vilka grupper av personer som berörs.
}
data-not-yet-known = { $state ->
    [resolved] Vi vet inte vilka uppgifter som berörs.
    [archived] Vi vet inte vilka uppgifter som berörs.
   *[open] Vi vet ännu inte vilka uppgifter som berörs.
}
data-possibly-affected = Uppgifter som kan ha berörts
services-not-affected = Tjänster och system som inte berörs

## Händelser som misstänks eller har uteslutits.

event-suspected-intrusion = Någon kan ha fått åtkomst till våra system
event-suspected-exfiltration = Uppgifter kan ha kopierats
event-suspected-data_published = Uppgifter kan ha publicerats
event-ruled_out-intrusion = Vi har inte hittat några tecken på att någon fått åtkomst till våra system
event-ruled_out-exfiltration = Vi har inte hittat några tecken på att uppgifter kopierats
event-ruled_out-data_published = Vi har inte hittat några tecken på att uppgifter publicerats
event-with-certainty = { $certainty ->
    [ruled_out] { $event } (uteslutet)
   *[suspected] { $event } (inte bekräftat)
}

## Myndigheter och av vem de informerats

notified-when-unknown = datum anges inte
notified-by = anmält av { $by }
body-other-in-country = { $name } i { $country }
country-SE = Sverige
country-NO = Norge
country-DK = Danmark
country-NL = Nederländerna
country-GB = Storbritannien

## Andra organisationer

parties = Andra organisationer som berörs
party-named = { $role }, { $name }
party-unnamed = { $role } (namnges inte)
party-supplier = Vår leverantör
party-processor = Vårt personuppgiftsbiträde
party-it_provider = Vår it-leverantör
party-forensic_firm = De tekniska utredarna
party-other = En annan organisation

## Delar av dygn och perioder

when-day-part = { $part ->
    [night] { $same_month ->
        [yes] natten mellan den { $day } och { $next }
       *[no] natten mellan den { $first } och { $next }
    }
    [morning] morgonen den { $date }
    [afternoon] eftermiddagen den { $date }
   *[evening] kvällen den { $date }
}
when-part = { $part ->
    [early] början av { $period }
    [mid] mitten av { $period }
   *[late] slutet av { $period }
}

## Åtgärder som återstår, i framtid

measure-planned-forensic_investigation = Vi kommer att anlita externa säkerhetsexperter för att utreda incidenten.
measure-planned-access_blocked = Vi kommer att stoppa den obehöriga åtkomsten.
measure-planned-vulnerability_fixed = Vi kommer att åtgärda den säkerhetsbrist som gjorde incidenten möjlig.
measure-planned-passwords_reset = Vi kommer att återställa lösenorden för de berörda kontona.
measure-planned-two_factor = Vi kommer att införa tvåfaktorsautentisering.
measure-planned-credentials_rotated = Vi kommer att byta ut nycklar, certifikat och andra behörighetsuppgifter som kan ha kommit på avvägar.
measure-planned-police_report = Vi kommer att polisanmäla brottet.
measure-planned-affected_notified = Vi kommer att informera alla berörda direkt.
measure-planned-monitoring_increased = Vi kommer att skärpa övervakningen av våra system.
measure-planned-security_review = Vi kommer att se över säkerheten i våra system och rutiner.
measure-planned-staff_training = Vi kommer att ge vår personal ytterligare utbildning i informationssäkerhet.
measure-planned-supplier_review = Vi kommer att se över hur våra leverantörer skyddar personuppgifter.
measure-planned-systems_restored = Vi kommer att återställa våra system från rena säkerhetskopior.
measure-planned-takedown_requests = Vi kommer att begära att publicerade uppgifter tas bort överallt där vi hittar dem.
