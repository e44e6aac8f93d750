## Fakta som bare delvis er kjent: omtrentlige antall, sikkerhet, instanser uten navn, andre
## virksomheter, deler av døgn og perioder, tiltak som gjenstår.

## Antall. $count velger flertallsform; $text, $from og $to er allerede formatert.

people-count-range = { $from }–{ $to }
people-count-at-least = minst { $text }
people-count-at-most = høyst { $text }
people-some = Noen, men ikke alle
people-most = De fleste
people-all = Alle
group-count-range = { $from }–{ $to } personer
group-count-at-least = minst { $text }
group-count-at-most = høyst { $text }
group-some = noen, ikke alle
group-most = de fleste
group-all = alle
groups-unknown = { $state ->
    [resolved] Vi vet ikke hvilke grupper av personer som er berørt.
    [archived] Vi vet ikke hvilke grupper av personer som er berørt.
   *[open] Vi vet ennå ikke hvilke grupper av personer som er berørt.
}
data-not-yet-known = { $state ->
    [resolved] Vi vet ikke hvilke opplysninger som er berørt.
    [archived] Vi vet ikke hvilke opplysninger som er berørt.
   *[open] Vi vet ennå ikke hvilke opplysninger som er berørt.
}
data-possibly-affected = Opplysninger som kan være berørt
services-not-affected = Tjenester og systemer som ikke er berørt

## Hendelser som er mistenkt eller utelukket.

event-suspected-intrusion = Noen kan ha fått tilgang til systemene våre
event-suspected-exfiltration = Opplysninger kan være kopiert
event-suspected-data_published = Opplysninger kan være publisert
event-ruled_out-intrusion = Vi har ikke funnet tegn på at noen har fått tilgang til systemene våre
event-ruled_out-exfiltration = Vi har ikke funnet tegn på at opplysninger er kopiert
event-ruled_out-data_published = Vi har ikke funnet tegn på at opplysninger er publisert
event-with-certainty = { $certainty ->
    [ruled_out] { $event } (utelukket)
   *[suspected] { $event } (ikke bekreftet)
}

## Instanser og hvem som varslet dem

notified-when-unknown = dato er ikke oppgitt
notified-by = anmeldt av { $by }
body-other-in-country = { $name } i { $country }
country-SE = Sverige
country-NO = Norge
country-DK = Danmark
country-NL = Nederland
country-GB = Storbritannia

## Andre virksomheter

parties = Andre virksomheter som er involvert
party-named = { $role }, { $name }
party-unnamed = { $role } (ikke navngitt)
party-supplier = Leverandøren vår
party-processor = Databehandleren vår
party-it_provider = IT-leverandøren vår
party-forensic_firm = De tekniske granskerne
party-other = En annen virksomhet

## Deler av døgn og perioder

when-day-part = { $part ->
    [night] { $same_month ->
        [yes] natten mellom { $day }. og { $next }
       *[no] natten mellom { $first } og { $next }
    }
    [morning] morgenen { $date }
    [afternoon] ettermiddagen { $date }
   *[evening] kvelden { $date }
}
when-part = { $part ->
    [early] begynnelsen av { $period }
    [mid] midten av { $period }
   *[late] slutten av { $period }
}

## Tiltak som gjenstår, i fremtid

measure-planned-forensic_investigation = Vi skal hente inn eksterne sikkerhetseksperter for å undersøke hendelsen.
measure-planned-access_blocked = Vi skal stenge den uautoriserte tilgangen.
measure-planned-vulnerability_fixed = Vi skal tette sikkerhetshullet som gjorde hendelsen mulig.
measure-planned-passwords_reset = Vi skal tilbakestille passordene til de berørte kontoene.
measure-planned-two_factor = Vi skal innføre tofaktorautentisering.
measure-planned-credentials_rotated = Vi skal bytte ut nøkler, sertifikater og andre tilgangsopplysninger som kan ha kommet på avveie.
measure-planned-police_report = Vi skal anmelde forholdet til politiet.
measure-planned-affected_notified = Vi skal varsle alle berørte direkte.
measure-planned-monitoring_increased = Vi skal skjerpe overvåkingen av systemene våre.
measure-planned-security_review = Vi skal gjennomgå sikkerheten i systemene og rutinene våre.
measure-planned-staff_training = Vi skal gi de ansatte ytterligere opplæring i informasjonssikkerhet.
measure-planned-supplier_review = Vi skal gjennomgå hvordan leverandørene våre beskytter personopplysninger.
measure-planned-systems_restored = Vi skal gjenopprette systemene våre fra rene sikkerhetskopier.
measure-planned-takedown_requests = Vi skal be om at publiserte opplysninger blir fjernet overalt der vi finner dem.
