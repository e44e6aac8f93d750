## Standard wording for the keys an incident file may use. Keys are listed in docs/format.md.

## Timeline events

event-intrusion = Innbruddet startet
event-exfiltration = Opplysninger ble kopiert ut
event-discovered = Vi oppdaget hendelsen
event-contained = Vi fikk kontroll over hendelsen
event-authority_notified = Vi varslet tilsynsmyndigheten
event-people_notified = Vi varslet de berørte
event-customers_notified = Vi varslet kundene våre
event-police_report = Vi anmeldte forholdet til politiet
event-data_published = Angriperne publiserte opplysninger
event-systems_restored = Systemene våre var tilbake i normal drift
event-investigation_concluded = Undersøkelsen ble avsluttet

## Affected groups

group-customers = Kunder
group-former_customers = Tidligere kunder
group-employees = Ansatte
group-former_employees = Tidligere ansatte
group-job_applicants = Jobbsøkere
group-patients = Pasienter
group-students = Studenter
group-members = Medlemmer
group-users = Brukere
group-subscribers = Abonnenter
group-suppliers = Leverandører og samarbeidspartnere

## Data categories

data-name = Navn
data-email = E-postadresse
data-phone = Telefonnummer
data-postal_address = Postadresse
data-date_of_birth = Fødselsdato
data-national_id = { $country ->
    [SE] Svensk personnummer
    [NO] Fødselsnummer
    [DK] Dansk CPR-nummer
    [NL] Nederlandsk borgerservicenummer (BSN)
    [GB] Britisk National Insurance-nummer
   *[none] Fødselsnummer eller tilsvarende identitetsnummer
}
data-username = Brukernavn
data-password = Passord
data-hashed_password = Passord (ikke lesbart lagret, som hashverdi)
data-ip_address = IP-adresse
data-location = Posisjonsdata
data-device_identifiers = Enhets-ID-er
data-customer_number = Kundenummer
data-order_history = Kjøpshistorikk
data-payment_method = Betalingsmåte (ikke kortopplysningene)
data-bank_account = Kontonummer
data-card_number = Kortnummer
data-salary = Lønns- og utbetalingsopplysninger
data-contracts = Avtaler og kontrakter
data-communications = Innholdet i meldinger
data-identity_document = Kopi av legitimasjon
data-photo = Bilder
data-criminal_records = Opplysninger om straffedommer og lovovertredelser
data-health = Helseopplysninger
data-racial_ethnic_origin = Rasemessig eller etnisk opprinnelse
data-political_opinions = Politisk oppfatning
data-religious_beliefs = Religion eller filosofisk overbevisning
data-trade_union_membership = Fagforeningsmedlemskap
data-genetic = Genetiske opplysninger
data-biometric = Biometriske opplysninger
data-sex_life_orientation = Seksuelle forhold eller seksuell orientering

## Authorities and other bodies: name, and the address of their website

body-imy = Integritetsskyddsmyndigheten (IMY, det svenske datatilsynet)
body-datatilsynet_no = Datatilsynet
body-datatilsynet_dk = Datatilsynet (det danske datatilsynet)
body-autoriteit_persoonsgegevens = Autoriteit Persoonsgegevens (det nederlandske datatilsynet)
body-ico = Information Commissioner’s Office (ICO, det britiske datatilsynet)
body-police_se = Polisen (svensk politi)
body-police_no = Politiet
body-police_dk = Politiet (dansk politi)
body-police_nl = Politie (nederlandsk politi)
body-police_uk = Police (britisk politi)
body-cert_se = CERT-SE (Sveriges nasjonale CSIRT)
body-ncsc_no = Nasjonalt cybersikkerhetssenter (NCSC), en del av NSM
body-ncsc_nl = Nationaal Cyber Security Centrum (NCSC, det nederlandske nasjonale cybersikkerhetssenteret)
body-ncsc_uk = National Cyber Security Centre (NCSC, det britiske nasjonale cybersikkerhetssenteret)

## Contact topics

topic-privacy = { $audience ->
    [organisations] Spørsmål om personopplysningene
   *[people] Spørsmål om personopplysningene dine
}
topic-dpo = Personvernombud
topic-it = Tekniske spørsmål
topic-agreements = { $audience ->
    [organisations] Spørsmål om avtalen deres
   *[people] Spørsmål om avtalen din
}
topic-press = Pressehenvendelser
topic-customer_service = Kundeservice
topic-security = Melde fra om et sikkerhetsproblem
topic-other = Andre spørsmål

## Measures

measure-forensic_investigation = Vi har hentet inn eksterne sikkerhetseksperter for å undersøke hendelsen.
measure-access_blocked = Vi har stengt den uautoriserte tilgangen.
measure-vulnerability_fixed = Vi har tettet sikkerhetshullet som gjorde hendelsen mulig.
measure-passwords_reset = Vi har tilbakestilt passordene til de berørte kontoene.
measure-two_factor = Vi har innført tofaktorautentisering.
measure-credentials_rotated = Vi har byttet ut nøkler, sertifikater og andre tilgangsopplysninger som kan ha kommet på avveie.
measure-police_report = Vi har anmeldt forholdet til politiet.
measure-affected_notified = Vi har varslet alle berørte direkte.
measure-monitoring_increased = Vi har skjerpet overvåkingen av systemene våre.
measure-security_review = Vi har gjennomgått sikkerheten i systemene og rutinene våre.
measure-staff_training = Vi har gitt de ansatte ytterligere opplæring i informasjonssikkerhet.
measure-supplier_review = Vi har gjennomgått hvordan leverandørene våre beskytter personopplysninger.
measure-systems_restored = Vi har gjenopprettet systemene våre fra rene sikkerhetskopier.
measure-takedown_requests = Vi har bedt om at publiserte opplysninger blir fjernet overalt der vi har funnet dem.

## Advice to readers

advice-change_password = { $audience ->
    [organisations] Bytt passord, og bytt det også alle andre steder der dere har brukt det samme passordet.
   *[people] Bytt passord, og bytt det også alle andre steder der du har brukt det samme passordet.
}
advice-unique_passwords = Bruk et eget passord for hver tjeneste. En passordbehandler gjør det enklere.
advice-enable_two_factor = Slå på tofaktorautentisering der det er mulig.
advice-beware_phishing = Vær på vakt mot e-post, SMS og telefonsamtaler der noen ber om passord, koder eller betaling, selv om de ser ut til å komme fra oss.
advice-verify_callers = Hvis noen tar kontakt og sier at de er fra oss, legg på og ring oss på nummeret som står på nettsiden vår.
advice-monitor_accounts = { $audience ->
    [organisations] Følg med på kontoene deres, og se etter aktivitet dere ikke kjenner igjen.
   *[people] Følg med på kontoene dine, og se etter aktivitet du ikke kjenner igjen.
}
advice-watch_bank_statements = { $audience ->
    [organisations] Gå gjennom kontoutskriftene og korttransaksjonene deres, og gi beskjed til banken om betalinger dere ikke kjenner igjen.
   *[people] Gå gjennom kontoutskriftene og korttransaksjonene dine, og gi beskjed til banken om betalinger du ikke kjenner igjen.
}
advice-block_card = { $audience ->
    [organisations] Hvis dere tror at kortopplysningene deres er misbrukt, sperr kortet hos banken deres.
   *[people] Hvis du tror at kortopplysningene dine er misbrukt, sperr kortet hos banken din.
}
advice-credit_freeze = { $audience ->
    [organisations] Vurder å registrere kredittsperre, slik at kredittopplysningsforetakene ikke utleverer kredittopplysninger om dere.
   *[people] Vurder å registrere kredittsperre, slik at kredittopplysningsforetakene ikke utleverer kredittopplysninger om deg.
}
advice-do_not_share_codes = Del aldri engangskoder eller påloggingsinformasjon med noen, heller ikke med noen som sier at de jobber for oss.
advice-report_fraud = { $audience ->
    [organisations] Hvis dere har blitt svindlet, anmeld det til politiet.
   *[people] Hvis du har blitt svindlet, anmeld det til politiet.
}
advice-no_action_needed = { $audience ->
    [organisations] Dere trenger ikke å gjøre noe. Vi tar kontakt med dere hvis dette endrer seg.
   *[people] Du trenger ikke å gjøre noe. Vi tar kontakt med deg hvis dette endrer seg.
}
