## Standard wording for the keys an incident file may use. Keys are listed in docs/format.md.

## Timeline events

event-intrusion = The intrusion began
event-exfiltration = Data was taken
event-discovered = We discovered the incident
event-contained = The incident was contained
event-authority_notified = We informed the supervisory authority
event-people_notified = We informed the people affected
event-customers_notified = We informed our customers
event-police_report = We reported the crime to the police
event-data_published = The attackers published data
event-systems_restored = Our systems were back up and running
event-investigation_concluded = The investigation was concluded

## Affected groups

group-customers = Customers
group-former_customers = Former customers
group-employees = Employees
group-former_employees = Former employees
group-job_applicants = Job applicants
group-patients = Patients
group-students = Students
group-members = Members
group-users = Users
group-subscribers = Subscribers
group-suppliers = Suppliers and partners

## Data categories

data-name = Name
data-email = Email address
data-phone = Phone number
data-postal_address = Postal address
data-date_of_birth = Date of birth
data-national_id = { $country ->
    [SE] Swedish personal identity number (personnummer)
    [NO] Norwegian national identity number (fødselsnummer)
    [DK] Danish personal identification number (CPR number)
    [NL] Dutch citizen service number (BSN)
    [GB] National Insurance number
   *[none] National identity number
}
data-username = Username
data-password = Password
data-hashed_password = Password (stored as a hash, not readable)
data-ip_address = IP address
data-location = Location data
data-device_identifiers = Device identifiers
data-customer_number = Customer number
data-order_history = Order history
data-payment_method = Payment method used (not the card details)
data-bank_account = Bank account number
data-card_number = Card number
data-salary = Salary and payment details
data-contracts = Agreements and contracts
data-communications = Content of messages
data-identity_document = Copy of an identity document
data-photo = Photographs
data-criminal_records = Information on criminal convictions and offences
data-health = Health information
data-racial_ethnic_origin = Racial or ethnic origin
data-political_opinions = Political opinions
data-religious_beliefs = Religious or philosophical beliefs
data-trade_union_membership = Trade union membership
data-genetic = Genetic data
data-biometric = Biometric data
data-sex_life_orientation = Sex life or sexual orientation

## Authorities and other bodies: name, and the address of their website

body-imy = Integritetsskyddsmyndigheten (IMY, the Swedish data protection authority)
body-datatilsynet_no = Datatilsynet (the Norwegian data protection authority)
body-datatilsynet_dk = Datatilsynet (the Danish data protection authority)
body-autoriteit_persoonsgegevens = Autoriteit Persoonsgegevens (the Dutch data protection authority)
body-ico = Information Commissioner's Office (ICO)
body-police_se = Polisen (the Swedish police)
body-police_no = Politiet (the Norwegian police)
body-police_dk = Politiet (the Danish police)
body-police_nl = Politie (the Dutch police)
body-police_uk = Police
body-cert_se = CERT-SE (Sweden's national CSIRT)
body-ncsc_no = Nasjonalt cybersikkerhetssenter (NCSC, the Norwegian National Cyber Security Centre, part of NSM)
body-ncsc_nl = Nationaal Cyber Security Centrum (NCSC, the Dutch National Cyber Security Centre)
body-ncsc_uk = National Cyber Security Centre (NCSC)

## Contact topics

topic-privacy = Questions about your personal data
topic-dpo = Data protection officer
topic-it = Technical questions
topic-agreements = Questions about your agreement
topic-press = Press enquiries
topic-customer_service = Customer service
topic-security = Reporting a security problem
topic-other = Other questions

## Measures

measure-forensic_investigation = We brought in outside security experts to investigate the incident.
measure-access_blocked = We blocked the unauthorised access.
measure-vulnerability_fixed = We fixed the security flaw that made the incident possible.
measure-passwords_reset = We reset the passwords of the accounts affected.
measure-two_factor = We have introduced two-factor authentication.
measure-credentials_rotated = We replaced keys, certificates and other credentials that may have been exposed.
measure-police_report = We reported the crime to the police.
measure-affected_notified = We have informed everyone affected directly.
measure-monitoring_increased = We have stepped up the monitoring of our systems.
measure-security_review = We have reviewed the security of our systems and procedures.
measure-staff_training = We have given our staff further security training.
measure-supplier_review = We have reviewed how our suppliers protect personal data.
measure-systems_restored = We restored our systems from secure backups.
measure-takedown_requests = We have asked for published data to be taken down wherever we found it.

## Advice to readers

advice-change_password = Change your password, and change it everywhere else you used the same one.
advice-unique_passwords = Use a different password for every service; a password manager helps.
advice-enable_two_factor = Turn on two-factor authentication wherever you can.
advice-beware_phishing = Be wary of emails, text messages and calls that ask for passwords, codes or payment, even if they seem to come from us.
advice-verify_callers = If someone calls claiming to be from us, hang up and call us on the number on our website.
advice-monitor_accounts = Keep an eye on your accounts for activity you do not recognise.
advice-watch_bank_statements = Check your bank and card statements and tell your bank about payments you do not recognise.
advice-block_card = If you think your card details have been misused, block the card with your bank.
advice-credit_freeze = Consider asking the credit reference agencies to block credit checks in your name.
advice-do_not_share_codes = Never share one-time codes or login details with anyone, including people who say they work for us.
advice-report_fraud = If you have been defrauded, report it to Action Fraud (in Scotland, to Police Scotland on 101).
advice-no_action_needed = You do not need to do anything. We will contact you if that changes.
