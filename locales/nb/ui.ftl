## Page chrome and labels. Every string a reader sees comes from here.

# The language's own name, shown in the language switcher.
language-name = Norsk bokmål

site-default-title = Sikkerhetsvarsler
skip-to-content = Gå til hovedinnholdet
language-switcher = Språk
other-languages = Dette varselet på andre språk
choose-language = Velg språk
notices-heading = Varsler
notices-empty = Det er ingen varsler for øyeblikket.
read-notice = Les varselet
back-to-notices = Alle varsler
page-not-found-title = Fant ikke siden
page-not-found-text = Siden du ba om, finnes ikke. Den kan ha blitt flyttet eller fjernet.
not-published-banner = Forhåndsvisning: dette varselet er ikke publisert.
archived-banner = Dette varselet er arkivert og blir ikke lenger oppdatert.
feed-subtitle = Hvert nytt varsel og hver oppdatering av det, nyeste først.
feed-link = Følg oppdateringer (Atom-feed)
email-link = { $state ->
    [archived] Les varselet på nettet:
   *[open] Les varselet på nettet, der det holdes oppdatert:
}

## Dates and key facts

published = Publisert
last-updated = Sist oppdatert
status = Status
organization = Virksomhet
role = Vår rolle
key-facts = Kort oppsummert
discovered = Oppdaget
people-affected = Berørte personer
authorities-notified = Myndigheter som er varslet
revision-history = Endringshistorikk
revision-first-published = Publisert første gang.

## Section headings: the standard questions

section-what-happened = Hva har skjedd?
section-how-discovered = Hvordan ble det oppdaget?
section-who-affected = Hvem er berørt?
section-data = Hvilke opplysninger gjelder det?
section-consequences = { $audience ->
    [organisations] Hva kan dette bety for dere?
   *[people] Hva kan dette bety for deg?
}
section-what-we-did = Hva har vi gjort?
section-authorities = Er myndighetene varslet?
section-prevention = Hva gjør vi for at det ikke skal skje igjen?
section-what-you-should-do = { $audience ->
    [organisations] Hva bør dere gjøre?
   *[people] Hva bør du gjøre?
}
section-more-information = Hvor kan jeg få vite mer?
section-questions = Andre spørsmål

## Section content labels

timeline = Tidslinje
affected-groups = Berørte grupper
affected-services = Berørte tjenester og systemer
data-affected = Opplysninger som er berørt
data-not-affected = Opplysninger som ikke er berørt
data-unknown = { $state ->
    [resolved] Ikke kjent om de er berørt
    [archived] Ikke kjent om de er berørt
   *[open] Undersøkes fortsatt
}
measures-taken = Tiltak vi har satt i verk
measures-planned = Tiltak vi skal sette i verk
advice = Våre råd
contact-email = E-post
contact-phone = Telefon
contact-web = Nettside
contact-hours = Åpningstider
notified-reference = saksnummer { $reference }
notified-on = Varslet { $when }
no-authorities-notified = { $state ->
    [resolved] Ingen myndigheter er varslet.
    [archived] Ingen myndigheter er varslet.
   *[open] Ingen myndigheter er varslet ennå.
}
authority-delay-reason = Derfor ble tilsynsmyndigheten varslet senere enn 72 timer etter at hendelsen ble oppdaget:

## Counts. $count is the number for choosing the plural form; $text is the same number formatted for this language.

people-count = { $text }
people-count-approx = omtrent { $text }
people-unknown = { $state ->
    [resolved] Ikke kjent
    [archived] Ikke kjent
   *[open] Ikke kjent ennå. Dette undersøkes.
}
group-count = { $count ->
    [one] { $text } person
   *[other] { $text } personer
}
group-count-approx = { $count ->
    [one] omtrent { $text } person
   *[other] omtrent { $text } personer
}
group-count-unknown = { $state ->
    [resolved] antallet er ikke kjent
    [archived] antallet er ikke kjent
   *[open] antallet er ikke kjent ennå
}
# A group of the people of a service, its preposition the group's own; $group is an author's
# own name for a group, $service the service.
group-of-service = { $group }, { $service }
group-of-service-customers = Kunder hos { $service }
group-of-service-former_customers = Tidligere kunder hos { $service }
group-of-service-employees = Ansatte i { $service }
group-of-service-former_employees = Tidligere ansatte i { $service }
group-of-service-job_applicants = Jobbsøkere hos { $service }
group-of-service-patients = Pasienter hos { $service }
group-of-service-students = Studenter ved { $service }
group-of-service-members = Medlemmer i { $service }
group-of-service-users = Brukere av { $service }
group-of-service-subscribers = Abonnenter hos { $service }
group-of-service-suppliers = Leverandører og samarbeidspartnere til { $service }

## Statuses and roles

status-investigating = Undersøkes
status-contained = Under kontroll
status-resolved = Løst
role-controller = { $organization } er ansvarlig for personopplysningene det gjelder (behandlingsansvarlig).
role-processor = { $organization } behandler personopplysningene på vegne av kundene sine (databehandler). Hver kunde er ansvarlig for opplysningene om sine egne brukere og avgjør selv om brukerne og tilsynsmyndigheten skal varsles.

## Times of imprecise precision. $year, $week are numbers; $monday is the week's Monday, formatted;
## a winter also gets $next_year (2024) and $next_year_short (24). Periods ("18–20 oktober 2024")
## take CLDR's interval patterns and need no message.

when-week = uke { $week } i { $year }
when-season = { $season ->
    [spring] våren { $year }
    [summer] sommeren { $year }
    [autumn] høsten { $year }
   *[winter] vinteren { $year }/{ $next_year }
}
when-year = { $year }
when-unknown = { $state ->
    [resolved] ikke kjent
    [archived] ikke kjent
   *[open] ikke kjent ennå
}

## Meldinger til de berørte (`varsel mail`).

mail-subject = { $audience ->
    [organisations] Viktig informasjon: et brudd på personopplysningssikkerheten hos { $organization } berører opplysninger dere har ansvar for
   *[people] Viktig informasjon: personopplysningene dine er berørt av et brudd på personopplysningssikkerheten hos { $organization }
}
mail-update-subject = Oppdatering: bruddet på personopplysningssikkerheten hos { $organization }
mail-what-happened = Hva har skjedd med opplysningene mine?
mail-what-to-do = Hva bør jeg gjøre nå?
mail-whom-to-ask = Hvem kan jeg spørre?
mail-the-notice = Hele varselet
mail-update-intro = Vi har oppdatert varselet vårt om bruddet ({ $date }):
mail-type-address = Denne meldingen har ingen lenker, slik at du kan skille den fra en falsk. Vil du lese varselet på nettet, der det holdes oppdatert, skriver du selv inn { $address } i nettleseren og velger «{ $title }».
mail-no-password = { $organization } ber deg aldri om passordet ditt eller andre påloggingsopplysninger på e-post, SMS eller telefon. Hvis noen gjør det, er det ikke oss: ikke svar.
