## Page chrome and labels. Every string a reader sees comes from here.

# The language's own name, shown in the language switcher.
language-name = Nederlands

site-default-title = Beveiligingsberichten
skip-to-content = Direct naar de inhoud
language-switcher = Taal
other-languages = Dit bericht in andere talen
choose-language = Kies uw taal
notices-heading = Berichten
notices-empty = Er zijn op dit moment geen berichten.
read-notice = Lees het bericht
back-to-notices = Alle berichten
page-not-found-title = Pagina niet gevonden
page-not-found-text = De pagina die u zoekt bestaat niet. Misschien is de pagina verplaatst of verwijderd.
not-published-banner = Voorbeeld: dit bericht is niet gepubliceerd.
archived-banner = Dit bericht is gearchiveerd en wordt niet meer bijgewerkt.
feed-subtitle = Elk nieuw bericht en elke update ervan, nieuwste eerst.
feed-link = Updates volgen (Atom-feed)
email-link = { $state ->
    [archived] Lees dit bericht op het web:
   *[open] Lees dit bericht op het web, waar het actueel wordt gehouden:
}

## Dates and key facts

published = Gepubliceerd
last-updated = Laatst bijgewerkt
status = Status
organization = Organisatie
role = Onze rol
key-facts = In het kort
discovered = Ontdekt
people-affected = Betrokken personen
authorities-notified = Geïnformeerde instanties
revision-history = Wijzigingsgeschiedenis
revision-first-published = Voor het eerst gepubliceerd.

## Section headings: the standard questions

section-what-happened = Wat is er gebeurd?
section-how-discovered = Hoe is het ontdekt?
section-who-affected = Om wie gaat het?
section-data = Om welke gegevens gaat het?
section-consequences = Wat kan dit voor u betekenen?
section-what-we-did = Wat hebben we gedaan?
section-authorities = Zijn de autoriteiten geïnformeerd?
section-prevention = Wat doen we om herhaling te voorkomen?
section-what-you-should-do = Wat kunt u zelf doen?
section-more-information = Waar vind ik meer informatie?
section-questions = Overige vragen

## Section content labels

timeline = Tijdlijn
affected-groups = Betrokken groepen
affected-services = Betrokken diensten en systemen
data-affected = Betrokken gegevens
data-not-affected = Niet betrokken gegevens
data-unknown = { $state ->
    [resolved] Niet bekend of deze betrokken zijn
    [archived] Niet bekend of deze betrokken zijn
   *[open] Wordt nog onderzocht
}
measures-taken = Maatregelen die we hebben genomen
measures-planned = Maatregelen die we nog gaan nemen
advice = Ons advies
contact-email = E-mail
contact-phone = Telefoon
contact-web = Website
contact-hours = Openingstijden
notified-reference = kenmerk { $reference }
notified-on = Geïnformeerd: { $when }
no-authorities-notified = { $state ->
    [resolved] Er is geen instantie geïnformeerd.
    [archived] Er is geen instantie geïnformeerd.
   *[open] Er is nog geen instantie geïnformeerd.
}
authority-delay-reason = Waarom de toezichthouder later dan 72 uur na de ontdekking is geïnformeerd:

## Counts. $count is the number for choosing the plural form; $text is the same number formatted for this language.

people-count = { $text }
people-count-approx = ongeveer { $text }
people-unknown = { $state ->
    [resolved] Niet bekend
    [archived] Niet bekend
   *[open] Nog niet bekend. Dit wordt onderzocht.
}
group-count = { $count ->
    [one] { $text } persoon
   *[other] { $text } personen
}
group-count-approx = { $count ->
    [one] ongeveer { $text } persoon
   *[other] ongeveer { $text } personen
}
group-count-unknown = { $state ->
    [resolved] aantal niet bekend
    [archived] aantal niet bekend
   *[open] aantal nog niet bekend
}
# A group of the people of a service, its preposition the group's own; $group is an author's
# own name for a group, $service the service.
group-of-service = { $group }, { $service }
group-of-service-customers = Klanten van { $service }
group-of-service-former_customers = Oud-klanten van { $service }
group-of-service-employees = Medewerkers van { $service }
group-of-service-former_employees = Oud-medewerkers van { $service }
group-of-service-job_applicants = Sollicitanten bij { $service }
group-of-service-patients = Patiënten van { $service }
group-of-service-students = Studenten van { $service }
group-of-service-members = Leden van { $service }
group-of-service-users = Gebruikers van { $service }
group-of-service-subscribers = Abonnees van { $service }
group-of-service-suppliers = Leveranciers en partners van { $service }

## Statuses and roles

status-investigating = In onderzoek
status-contained = Onder controle
status-resolved = Opgelost
role-controller = { $organization } is verantwoordelijk voor de persoonsgegevens waar het om gaat (verwerkingsverantwoordelijke).
role-processor = { $organization } verwerkt de persoonsgegevens in opdracht van klanten (verwerker). Elke klant is zelf verwerkingsverantwoordelijke en beslist of de toezichthouder en de betrokkenen worden geïnformeerd.

## Times of imprecise precision. $year, $week are numbers; $monday is the week's Monday, formatted;
## a winter also gets $next_year (2024) and $next_year_short (24). Periods ("18–20 oktober 2024")
## take CLDR's interval patterns and need no message.

when-week = week { $week } van { $year }
when-season = { $season ->
    [spring] voorjaar { $year }
    [summer] zomer { $year }
    [autumn] najaar { $year }
   *[winter] winter { $year }/{ $next_year }
}
when-year = { $year }
when-unknown = { $state ->
    [resolved] niet bekend
    [archived] niet bekend
   *[open] nog niet bekend
}

## Berichten aan de betrokkenen (`varsel mail`).

mail-subject = { $audience ->
    [organisations] Belangrijk: een datalek bij { $organization } raakt gegevens waarvoor u verantwoordelijk bent
   *[people] Belangrijk: uw persoonsgegevens zijn betrokken bij een datalek bij { $organization }
}
mail-update-subject = Update: het datalek bij { $organization }
mail-what-happened = Wat is er met mijn gegevens gebeurd?
mail-what-to-do = Wat moet ik nu doen?
mail-whom-to-ask = Bij wie kan ik terecht met vragen?
mail-the-notice = De volledige melding
mail-update-intro = We hebben onze melding over dit datalek bijgewerkt ({ $date }):
mail-type-address = Dit bericht bevat geen links, zodat u het kunt onderscheiden van een nepbericht. Wilt u de melding op internet lezen, waar die actueel wordt gehouden? Typ dan zelf { $address } in uw browser en kies ‘{ $title }’.
mail-no-password = { $organization } vraagt u nooit om uw wachtwoord of andere inloggegevens per e-mail, sms of telefoon. Gebeurt dat toch, dan komt het niet van ons: reageer er niet op.
