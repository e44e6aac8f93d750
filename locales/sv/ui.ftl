## Page chrome and labels. Every string a reader sees comes from here.

# The language's own name, shown in the language switcher.
language-name = Svenska

site-default-title = Säkerhetsmeddelanden
skip-to-content = Hoppa till innehållet
language-switcher = Språk
other-languages = Det här meddelandet på andra språk
choose-language = Välj språk
notices-heading = Meddelanden
notices-empty = Det finns inga meddelanden just nu.
read-notice = Läs meddelandet
back-to-notices = Alla meddelanden
page-not-found-title = Sidan hittades inte
page-not-found-text = Sidan du söker finns inte. Den kan ha flyttats eller tagits bort.
not-published-banner = Förhandsgranskning: meddelandet är inte publicerat.
archived-banner = Meddelandet är arkiverat och uppdateras inte längre.
feed-subtitle = Varje nytt meddelande och varje uppdatering av det, senaste först.
feed-link = Följ uppdateringar (Atom-flöde)
email-link = { $state ->
    [archived] Läs meddelandet på webben:
   *[open] Läs meddelandet på webben, där det hålls uppdaterat:
}

## Dates and key facts

published = Publicerad
last-updated = Senast uppdaterad
status = Status
organization = Organisation
role = Vår roll
key-facts = Fakta i korthet
discovered = Upptäckt
people-affected = Berörda personer
authorities-notified = Myndigheter som har informerats
revision-history = Ändringshistorik
revision-first-published = Publicerades första gången.

## Section headings: the standard questions

section-what-happened = Vad har hänt?
section-how-discovered = Hur upptäcktes det?
section-who-affected = Vilka berörs?
section-data = Vilka uppgifter gäller det?
section-consequences = { $audience ->
    [organisations] Vad kan det innebära för er?
   *[people] Vad kan det innebära för dig?
}
section-what-we-did = Vad har vi gjort?
section-authorities = Har myndigheterna informerats?
section-prevention = Vad gör vi för att det inte ska hända igen?
section-what-you-should-do = { $audience ->
    [organisations] Vad bör ni göra?
   *[people] Vad bör du göra?
}
section-more-information = Var kan jag få veta mer?
section-questions = Övriga frågor

## Section content labels

timeline = Händelseförlopp
affected-groups = Berörda grupper
affected-services = Berörda tjänster och system
data-affected = Uppgifter som berörs
data-not-affected = Uppgifter som inte berörs
data-unknown = { $state ->
    [resolved] Inte känt om de berörs
    [archived] Inte känt om de berörs
   *[open] Utreds fortfarande
}
measures-taken = Åtgärder vi har vidtagit
measures-planned = Åtgärder vi kommer att vidta
advice = Våra råd
contact-email = E-post
contact-phone = Telefon
contact-web = Webb
contact-hours = Öppettider
notified-reference = ärendenummer { $reference }
notified-on = Informerades { $when }
no-authorities-notified = { $state ->
    [resolved] Ingen myndighet har informerats.
    [archived] Ingen myndighet har informerats.
   *[open] Ingen myndighet har informerats ännu.
}
authority-delay-reason = Därför anmäldes incidenten till tillsynsmyndigheten senare än 72 timmar efter upptäckten:

## Counts. $count is the number for choosing the plural form; $text is the same number formatted for this language.

people-count = { $text }
people-count-approx = cirka { $text }
people-unknown = { $state ->
    [resolved] Inte känt
    [archived] Inte känt
   *[open] Ännu inte känt. Vi utreder det.
}
group-count = { $count ->
    [one] { $text } person
   *[other] { $text } personer
}
group-count-approx = { $count ->
    [one] cirka { $text } person
   *[other] cirka { $text } personer
}
group-count-unknown = { $state ->
    [resolved] antalet är inte känt
    [archived] antalet är inte känt
   *[open] antalet är ännu inte känt
}
# A group of the people of a service, its preposition the group's own; $group is an author's
# own name for a group, $service the service.
group-of-service = { $group }, { $service }
group-of-service-customers = Kunder hos { $service }
group-of-service-former_customers = Tidigare kunder hos { $service }
group-of-service-employees = Anställda hos { $service }
group-of-service-former_employees = Tidigare anställda hos { $service }
group-of-service-job_applicants = Arbetssökande hos { $service }
group-of-service-patients = Patienter hos { $service }
group-of-service-students = Studenter vid { $service }
group-of-service-members = Medlemmar i { $service }
group-of-service-users = Användare av { $service }
group-of-service-subscribers = Prenumeranter på { $service }
group-of-service-suppliers = Leverantörer och samarbetspartner till { $service }

## Statuses and roles

status-investigating = Under utredning
status-contained = Under kontroll
status-resolved = Åtgärdad
role-controller = { $organization } ansvarar för de personuppgifter som berörs (personuppgiftsansvarig).
role-processor = { $organization } behandlar personuppgifterna för sina kunders räkning (personuppgiftsbiträde). Varje kund ansvarar för sina egna användares uppgifter och beslutar själv om användarna och tillsynsmyndigheten ska informeras.

## Times of imprecise precision. $year, $week are numbers; $monday is the week's Monday, formatted;
## a winter also gets $next_year (2024) and $next_year_short (24). Periods ("18–20 oktober 2024")
## take CLDR's interval patterns and need no message.

when-week = vecka { $week } { $year }
when-season = { $season ->
    [spring] våren { $year }
    [summer] sommaren { $year }
    [autumn] hösten { $year }
   *[winter] vintern { $year }/{ $next_year }
}
when-year = { $year }
when-unknown = { $state ->
    [resolved] inte känt
    [archived] inte känt
   *[open] ännu inte känt
}

## Meddelanden till de berörda (`varsel mail`).

mail-subject = { $audience ->
    [organisations] Viktig information: en personuppgiftsincident hos { $organization } berör uppgifter som ni ansvarar för
   *[people] Viktig information: dina personuppgifter berörs av en personuppgiftsincident hos { $organization }
}
mail-update-subject = Uppdatering: personuppgiftsincidenten hos { $organization }
mail-what-happened = Vad har hänt med mina uppgifter?
mail-what-to-do = Vad ska jag göra nu?
mail-whom-to-ask = Vem kan jag fråga?
mail-the-notice = Hela meddelandet
mail-update-intro = Vi har uppdaterat vårt meddelande om incidenten ({ $date }):
mail-type-address = Det här meddelandet innehåller inga länkar, så att du kan skilja det från ett falskt. Om du vill läsa meddelandet på webben, där det hålls uppdaterat, skriver du själv in { $address } i webbläsaren och väljer ”{ $title }”.
mail-no-password = { $organization } ber dig aldrig om ditt lösenord eller andra inloggningsuppgifter via e-post, sms eller telefon. Om någon gör det är det inte vi: svara inte.
