## Feiten die maar ten dele bekend zijn: bij benadering getelde personen, zekerheid, instanties
## zonder naam, andere organisaties, dagdelen en delen van perioden, maatregelen die nog komen.

## Aantallen. $count kiest het meervoud; $text, $from en $to zijn al opgemaakt.

people-count-range = { $from }–{ $to }
people-count-at-least = ten minste { $text }
people-count-at-most = hoogstens { $text }
people-some = Een deel, niet iedereen
people-most = De meesten
people-all = Iedereen
group-count-range = { $from }–{ $to } personen
group-count-at-least = ten minste { $text }
group-count-at-most = hoogstens { $text }
group-some = een deel, niet allemaal
group-most = de meesten
group-all = allemaal
groups-unknown = { $state ->
    [resolved] We weten niet welke groepen personen betrokken zijn.
    [archived] We weten niet welke groepen personen betrokken zijn.
   *[open] We weten nog niet welke groepen personen betrokken zijn.
}
data-not-yet-known = { $state ->
    [resolved] We weten niet welke gegevens betrokken zijn.
    [archived] We weten niet welke gegevens betrokken zijn.
   *[open] We weten nog niet welke gegevens betrokken zijn.
}
data-possibly-affected = Gegevens die mogelijk betrokken zijn
services-not-affected = Diensten en systemen die niet betrokken zijn

## Gebeurtenissen die vermoed of uitgesloten zijn.

event-suspected-intrusion = Mogelijk heeft iemand toegang gekregen tot onze systemen
event-suspected-exfiltration = Er zijn mogelijk gegevens gekopieerd
event-suspected-data_published = Er zijn mogelijk gegevens gepubliceerd
event-ruled_out-intrusion = We hebben geen aanwijzingen gevonden dat iemand toegang heeft gekregen tot onze systemen
event-ruled_out-exfiltration = We hebben geen aanwijzingen gevonden dat er gegevens zijn gekopieerd
event-ruled_out-data_published = We hebben geen aanwijzingen gevonden dat er gegevens zijn gepubliceerd
event-with-certainty = { $certainty ->
    [ruled_out] { $event } (uitgesloten)
   *[suspected] { $event } (niet bevestigd)
}

## Instanties en wie ze heeft ingelicht

notified-when-unknown = datum niet vermeld
notified-by = gemeld door { $by }
body-other-in-country = { $name } in { $country }
country-SE = Zweden
country-NO = Noorwegen
country-DK = Denemarken
country-NL = Nederland
country-GB = het Verenigd Koninkrijk

## Andere organisaties

parties = Andere betrokken organisaties
party-named = { $role }, { $name }
party-unnamed = { $role } (naam niet vermeld)
party-supplier = Onze leverancier
party-processor = Onze verwerker
party-it_provider = Onze IT-leverancier
party-forensic_firm = De forensisch onderzoekers
party-other = Een andere organisatie

## Dagdelen en delen van perioden

when-day-part = { $part ->
    [night] { $same_month ->
        [yes] de nacht van { $day } op { $next }
       *[no] de nacht van { $first } op { $next }
    }
    [morning] de ochtend van { $date }
    [afternoon] de middag van { $date }
   *[evening] de avond van { $date }
}
when-part = { $part ->
    [early] begin { $period }
    [mid] { $unit ->
        [month] half { $period }
       *[other] midden { $period }
    }
   *[late] eind { $period }
}

## Maatregelen die nog komen, in de toekomende tijd

measure-planned-forensic_investigation = We gaan externe beveiligingsexperts inschakelen om het incident te onderzoeken.
measure-planned-access_blocked = We gaan de onbevoegde toegang afsluiten.
measure-planned-vulnerability_fixed = We gaan het beveiligingslek dichten waardoor het incident mogelijk was.
measure-planned-passwords_reset = We gaan de wachtwoorden van de betrokken accounts opnieuw instellen.
measure-planned-two_factor = We gaan tweestapsverificatie invoeren.
measure-planned-credentials_rotated = We gaan sleutels, certificaten en andere toegangsgegevens vervangen die mogelijk zijn uitgelekt.
measure-planned-police_report = We gaan aangifte doen bij de politie.
measure-planned-affected_notified = We gaan alle betrokkenen rechtstreeks informeren.
measure-planned-monitoring_increased = We gaan de bewaking van onze systemen verscherpen.
measure-planned-security_review = We gaan de beveiliging van onze systemen en werkwijzen doorlichten.
measure-planned-staff_training = We gaan onze medewerkers aanvullende training in informatiebeveiliging geven.
measure-planned-supplier_review = We gaan controleren hoe onze leveranciers persoonsgegevens beschermen.
measure-planned-systems_restored = We gaan onze systemen herstellen vanuit schone back-ups.
measure-planned-takedown_requests = We gaan overal waar we gepubliceerde gegevens aantreffen vragen om die te verwijderen.
