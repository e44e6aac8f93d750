## Standard wording for the keys an incident file may use. Keys are listed in docs/format.md.

## Timeline events

event-intrusion = De inbraak begon
event-exfiltration = Er werden gegevens gekopieerd en weggesluisd
event-discovered = We ontdekten het incident
event-contained = Het incident was onder controle
event-authority_notified = We meldden het datalek bij de toezichthouder
event-people_notified = We informeerden de betrokkenen
event-customers_notified = We informeerden onze klanten
event-police_report = We deden aangifte bij de politie
event-data_published = De aanvallers publiceerden gegevens
event-systems_restored = Onze systemen werkten weer normaal
event-investigation_concluded = Het onderzoek werd afgerond

## Affected groups

group-customers = Klanten
group-former_customers = Oud-klanten
group-employees = Medewerkers
group-former_employees = Oud-medewerkers
group-job_applicants = Sollicitanten
group-patients = Patiënten
group-students = Studenten
group-members = Leden
group-users = Gebruikers
group-subscribers = Abonnees
group-suppliers = Leveranciers en partners

## Data categories

data-name = Naam
data-email = E-mailadres
data-phone = Telefoonnummer
data-postal_address = Postadres
data-date_of_birth = Geboortedatum
data-national_id = { $country ->
    [SE] Zweeds persoonsnummer
    [NO] Noors fødselsnummer
    [DK] Deens CPR-nummer
    [NL] Burgerservicenummer (BSN)
    [GB] Brits National Insurance-nummer
   *[none] Nationaal identificatienummer
}
data-username = Gebruikersnaam
data-password = Wachtwoord
data-hashed_password = Wachtwoord (niet leesbaar opgeslagen, als hash)
data-ip_address = IP-adres
data-location = Locatiegegevens
data-device_identifiers = Apparaat-ID’s
data-customer_number = Klantnummer
data-order_history = Bestelgeschiedenis
data-payment_method = Gebruikte betaalmethode (niet de kaartgegevens)
data-bank_account = Bankrekeningnummer
data-card_number = Kaartnummer
data-salary = Salaris- en betalingsgegevens
data-contracts = Overeenkomsten en contracten
data-communications = Inhoud van berichten
data-identity_document = Kopie van een identiteitsbewijs
data-photo = Foto’s
data-criminal_records = Gegevens over strafrechtelijke veroordelingen en strafbare feiten
data-health = Gezondheidsgegevens
data-racial_ethnic_origin = Ras of etnische afkomst
data-political_opinions = Politieke opvattingen
data-religious_beliefs = Religieuze of levensbeschouwelijke overtuigingen
data-trade_union_membership = Lidmaatschap van een vakbond
data-genetic = Genetische gegevens
data-biometric = Biometrische gegevens
data-sex_life_orientation = Seksueel gedrag of seksuele gerichtheid

## Authorities and other bodies: name, and the address of their website

body-imy = Integritetsskyddsmyndigheten (IMY, de Zweedse privacytoezichthouder)
body-datatilsynet_no = Datatilsynet (de Noorse privacytoezichthouder)
body-datatilsynet_dk = Datatilsynet (de Deense privacytoezichthouder)
body-autoriteit_persoonsgegevens = Autoriteit Persoonsgegevens
body-ico = Information Commissioner’s Office (ICO, de Britse privacytoezichthouder)
body-police_se = Polisen (de Zweedse politie)
body-police_no = Politiet (de Noorse politie)
body-police_dk = Politiet (de Deense politie)
body-police_nl = Politie
body-police_uk = Police (de Britse politie)
body-cert_se = CERT-SE (het nationale CSIRT van Zweden)
body-ncsc_no = Nasjonalt cybersikkerhetssenter (NCSC, het Noorse nationale centrum voor cybersecurity, onderdeel van NSM)
body-ncsc_nl = Nationaal Cyber Security Centrum (NCSC)
body-ncsc_uk = National Cyber Security Centre (NCSC, het Britse nationale centrum voor cybersecurity)

## Contact topics

topic-privacy = Vragen over uw persoonsgegevens
topic-dpo = Functionaris gegevensbescherming
topic-it = Technische vragen
topic-agreements = Vragen over uw overeenkomst
topic-press = Persvragen
topic-customer_service = Klantenservice
topic-security = Een beveiligingsprobleem melden
topic-other = Overige vragen

## Measures

measure-forensic_investigation = We hebben externe beveiligingsexperts ingeschakeld om het incident te onderzoeken.
measure-access_blocked = We hebben de onbevoegde toegang afgesloten.
measure-vulnerability_fixed = We hebben het beveiligingslek gedicht waardoor het incident mogelijk was.
measure-passwords_reset = We hebben de wachtwoorden van de betrokken accounts opnieuw ingesteld.
measure-two_factor = We hebben tweestapsverificatie ingevoerd.
measure-credentials_rotated = We hebben sleutels, certificaten en andere toegangsgegevens vervangen die mogelijk zijn uitgelekt.
measure-police_report = We hebben aangifte gedaan bij de politie.
measure-affected_notified = We hebben alle betrokkenen rechtstreeks geïnformeerd.
measure-monitoring_increased = We hebben de bewaking van onze systemen verscherpt.
measure-security_review = We hebben de beveiliging van onze systemen en werkwijzen doorgelicht.
measure-staff_training = We hebben onze medewerkers aanvullende training in informatiebeveiliging gegeven.
measure-supplier_review = We hebben gecontroleerd hoe onze leveranciers persoonsgegevens beschermen.
measure-systems_restored = We hebben onze systemen hersteld vanuit veilige back-ups.
measure-takedown_requests = We hebben overal waar we gepubliceerde gegevens aantroffen gevraagd om die te verwijderen.

## Advice to readers

advice-change_password = Wijzig uw wachtwoord, en wijzig het ook overal waar u hetzelfde wachtwoord hebt gebruikt.
advice-unique_passwords = Gebruik voor elke dienst een ander wachtwoord. Een wachtwoordmanager helpt daarbij.
advice-enable_two_factor = Zet tweestapsverificatie aan waar dat kan.
advice-beware_phishing = Wees alert op e-mails, sms-berichten en telefoontjes waarin om wachtwoorden, codes of een betaling wordt gevraagd, ook als die van ons lijken te komen.
advice-verify_callers = Neemt iemand namens ons contact met u op? Hang dan op en bel ons zelf op het nummer op onze website.
advice-monitor_accounts = Controleer uw accounts regelmatig op activiteit die u niet herkent.
advice-watch_bank_statements = Controleer uw bank- en creditcardafschriften en meld betalingen die u niet herkent bij uw bank.
advice-block_card = Denkt u dat uw kaartgegevens zijn misbruikt? Laat uw kaart dan blokkeren via uw bank.
advice-credit_freeze = Overweeg kredietregistratiebureaus te vragen kredietaanvragen op uw naam te blokkeren.
advice-do_not_share_codes = Deel nooit eenmalige codes of inloggegevens met anderen, ook niet met mensen die zeggen dat ze voor ons werken.
advice-report_fraud = Bent u opgelicht? Doe dan aangifte bij de politie.
advice-no_action_needed = U hoeft niets te doen. Als dat verandert, nemen we contact met u op.
