## Standard wording for the keys an incident file may use. Keys are listed in docs/format.md.

## Timeline events

event-intrusion = Intrånget började
event-exfiltration = Uppgifter kopierades och fördes ut
event-discovered = Vi upptäckte incidenten
event-contained = Vi fick kontroll över incidenten
event-authority_notified = Vi anmälde incidenten till tillsynsmyndigheten
event-people_notified = Vi informerade de berörda
event-customers_notified = Vi informerade våra kunder
event-police_report = Vi polisanmälde brottet
event-data_published = Angriparna publicerade uppgifter
event-systems_restored = Våra system fungerade normalt igen
event-investigation_concluded = Utredningen avslutades

## Affected groups

group-customers = Kunder
group-former_customers = Tidigare kunder
group-employees = Anställda
group-former_employees = Tidigare anställda
group-job_applicants = Arbetssökande
group-patients = Patienter
group-students = Studenter
group-members = Medlemmar
group-users = Användare
group-subscribers = Prenumeranter
group-suppliers = Leverantörer och samarbetspartner

## Data categories

data-name = Namn
data-email = E-postadress
data-phone = Telefonnummer
data-postal_address = Postadress
data-date_of_birth = Födelsedatum
data-national_id = { $country ->
    [SE] Personnummer
    [NO] Norskt fødselsnummer
    [DK] Danskt CPR-nummer
    [NL] Nederländskt medborgarservicenummer (BSN)
    [GB] Brittiskt National Insurance-nummer
   *[none] Personnummer eller motsvarande identitetsnummer
}
data-username = Användarnamn
data-password = Lösenord
data-hashed_password = Lösenord (inte läsbart lagrat, som hashvärde)
data-ip_address = IP-adress
data-location = Platsuppgifter
data-device_identifiers = Enhetsidentifierare
data-customer_number = Kundnummer
data-order_history = Köphistorik
data-payment_method = Valt betalsätt (inte kortuppgifterna)
data-bank_account = Bankkontonummer
data-card_number = Kortnummer
data-salary = Lön och utbetalningsuppgifter
data-contracts = Avtal och kontrakt
data-communications = Innehållet i meddelanden
data-identity_document = Kopia av id-handling
data-photo = Fotografier
data-criminal_records = Uppgifter om brottmålsdomar och lagöverträdelser
data-health = Uppgifter om hälsa
data-racial_ethnic_origin = Ras eller etniskt ursprung
data-political_opinions = Politiska åsikter
data-religious_beliefs = Religiös eller filosofisk övertygelse
data-trade_union_membership = Medlemskap i fackförening
data-genetic = Genetiska uppgifter
data-biometric = Biometriska uppgifter
data-sex_life_orientation = Sexualliv eller sexuell läggning

## Authorities and other bodies: name, and the address of their website

body-imy = Integritetsskyddsmyndigheten (IMY)
body-datatilsynet_no = Datatilsynet (norska dataskyddsmyndigheten)
body-datatilsynet_dk = Datatilsynet (danska dataskyddsmyndigheten)
body-autoriteit_persoonsgegevens = Autoriteit Persoonsgegevens (nederländska dataskyddsmyndigheten)
body-ico = Information Commissioner’s Office (ICO, brittiska dataskyddsmyndigheten)
body-police_se = Polisen
body-police_no = Politiet (norska polisen)
body-police_dk = Politiet (danska polisen)
body-police_nl = Politie (nederländska polisen)
body-police_uk = Police (brittisk polis)
body-cert_se = CERT-SE (Sveriges nationella CSIRT)
body-ncsc_no = Nasjonalt cybersikkerhetssenter (NCSC, norska nationella cybersäkerhetscentret, en del av NSM)
body-ncsc_nl = Nationaal Cyber Security Centrum (NCSC, nederländska nationella cybersäkerhetscentret)
body-ncsc_uk = National Cyber Security Centre (NCSC, brittiska nationella cybersäkerhetscentret)

## Contact topics

topic-privacy = { $audience ->
    [organisations] Frågor om personuppgifterna
   *[people] Frågor om dina personuppgifter
}
topic-dpo = Dataskyddsombud
topic-it = Tekniska frågor
topic-agreements = { $audience ->
    [organisations] Frågor om ert avtal
   *[people] Frågor om ditt avtal
}
topic-press = Pressfrågor
topic-customer_service = Kundtjänst
topic-security = Rapportera ett säkerhetsproblem
topic-other = Övriga frågor

## Measures

measure-forensic_investigation = Vi har anlitat externa säkerhetsexperter för att utreda incidenten.
measure-access_blocked = Vi har stoppat den obehöriga åtkomsten.
measure-vulnerability_fixed = Vi har åtgärdat den säkerhetsbrist som gjorde incidenten möjlig.
measure-passwords_reset = Vi har återställt lösenorden för de berörda kontona.
measure-two_factor = Vi har infört tvåfaktorsautentisering.
measure-credentials_rotated = Vi har bytt ut nycklar, certifikat och andra behörighetsuppgifter som kan ha kommit på avvägar.
measure-police_report = Vi har polisanmält brottet.
measure-affected_notified = Vi har informerat alla berörda direkt.
measure-monitoring_increased = Vi har skärpt övervakningen av våra system.
measure-security_review = Vi har sett över säkerheten i våra system och rutiner.
measure-staff_training = Vi har gett vår personal ytterligare utbildning i informationssäkerhet.
measure-supplier_review = Vi har sett över hur våra leverantörer skyddar personuppgifter.
measure-systems_restored = Vi har återställt våra system från rena säkerhetskopior.
measure-takedown_requests = Vi har begärt att publicerade uppgifter tas bort överallt där vi hittat dem.

## Advice to readers

advice-change_password = { $audience ->
    [organisations] Byt lösenord, och byt också överallt där ni har använt samma lösenord.
   *[people] Byt lösenord, och byt också överallt där du har använt samma lösenord.
}
advice-unique_passwords = Använd olika lösenord för varje tjänst. En lösenordshanterare gör det enklare.
advice-enable_two_factor = Aktivera tvåfaktorsautentisering överallt där det går.
advice-beware_phishing = Var misstänksam mot e-post, sms och samtal där någon ber om lösenord, koder eller betalning, även om de ser ut att komma från oss.
advice-verify_callers = { $audience ->
    [organisations] Om någon kontaktar er i vårt namn: avsluta samtalet och ring själva upp oss på numret som finns på vår webbplats.
   *[people] Om någon kontaktar dig i vårt namn: avsluta samtalet och ring själv upp oss på numret som finns på vår webbplats.
}
advice-monitor_accounts = { $audience ->
    [organisations] Håll koll på era konton och var uppmärksamma på aktivitet som ni inte känner igen.
   *[people] Håll koll på dina konton och var uppmärksam på aktivitet som du inte känner igen.
}
advice-watch_bank_statements = { $audience ->
    [organisations] Gå igenom era bank- och kortutdrag och kontakta er bank om det finns betalningar som ni inte känner igen.
   *[people] Gå igenom dina bank- och kortutdrag och kontakta din bank om det finns betalningar som du inte känner igen.
}
advice-block_card = { $audience ->
    [organisations] Om ni tror att era kortuppgifter har missbrukats, spärra kortet hos er bank.
   *[people] Om du tror att dina kortuppgifter har missbrukats, spärra kortet hos din bank.
}
advice-credit_freeze = { $audience ->
    [organisations] Överväg att begära en bedrägerispärr hos kreditupplysningsföretagen, så att ingen kan ta kredit i ert namn utan extra kontroll.
   *[people] Överväg att begära en bedrägerispärr hos kreditupplysningsföretagen, så att ingen kan ta kredit i ditt namn utan extra kontroll.
}
advice-do_not_share_codes = Dela aldrig engångskoder eller inloggningsuppgifter med någon, inte heller med någon som säger sig arbeta hos oss.
advice-report_fraud = { $audience ->
    [organisations] Om ni har utsatts för bedrägeri, gör en polisanmälan.
   *[people] Om du har utsatts för bedrägeri, gör en polisanmälan.
}
advice-no_action_needed = { $audience ->
    [organisations] Ni behöver inte göra något. Vi kontaktar er om det ändras.
   *[people] Du behöver inte göra något. Vi kontaktar dig om det ändras.
}
