//! The fixed vocabularies an incident file draws its keys from. Each key has standard wording
//! in every locale under a Fluent id built from a prefix and the key (`data-email`).

use std::fmt;

/// Declares a vocabulary: a snake_case-deserialized enum with its list of keys and Fluent prefix.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, [$($variant:ident = $key:literal),+ $(,)?]) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Deserialize, serde::Serialize)]
        pub(crate) enum $name {
            $(#[serde(rename = $key)] $variant,)+
        }

        impl $name {
            /// Every key, in the order documented.
            #[allow(dead_code, reason = "made for every vocabulary, iterated over for some")]
            pub(crate) const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key as written in incident files.
            pub(crate) fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            /// The Fluent message id of this key's standard wording.
            #[allow(dead_code, reason = "made for every vocabulary, worded from a locale for some")]
            pub(crate) fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.key())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.key())
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                key_schema($prefix, &[$($key),+])
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                match s { $($key => Ok($name::$variant),)+ _ => Err(()) }
            }
        }
    };
}

/// The JSON Schema of a vocabulary: one of its keys, each described by its standard English
/// wording, so that an editor offers the keys with what they will say on the page.
fn key_schema(prefix: &str, keys: &[&str]) -> schemars::Schema {
    let described: Vec<serde_json::Value> = keys
        .iter()
        .map(|key| {
            let description = crate::embedded::english_message(&format!("{prefix}-{key}"))
                .unwrap_or_else(|| match *key {
                    "other" => "Something else: give your own wording in `label`.".to_owned(),
                    _ => key.replace('_', " "),
                });
            serde_json::json!({ "const": key, "description": description })
        })
        .collect();
    schemars::json_schema!({ "type": "string", "enum": keys, "oneOf": described })
}

vocabulary!(
    /// How far the organization has got in handling the incident.
    Status, "status", [Investigating = "investigating", Contained = "contained", Resolved = "resolved"]
);

vocabulary!(
    /// Whether the publisher decides over the data or processes it for customers.
    Role, "role", [Controller = "controller", Processor = "processor"]
);

vocabulary!(
    /// Who reads the notice: the people whose data is involved, or organisations (a
    /// processor's customers), whom Swedish and Norwegian address with "ni" and "dere".
    Audience, "audience", [People = "people", Organisations = "organisations"]
);

vocabulary!(
    /// A kind of event on the incident's timeline.
    EventKind, "event", [
        Intrusion = "intrusion",
        Exfiltration = "exfiltration",
        Discovered = "discovered",
        Contained = "contained",
        AuthorityNotified = "authority_notified",
        PeopleNotified = "people_notified",
        CustomersNotified = "customers_notified",
        PoliceReport = "police_report",
        DataPublished = "data_published",
        SystemsRestored = "systems_restored",
        InvestigationConcluded = "investigation_concluded",
        Other = "other",
    ]
);

impl EventKind {
    /// The events that may be suspected or ruled out: those whose occurrence an investigation
    /// establishes. That the organisation discovered or reported something is never in doubt.
    pub(crate) fn may_be_uncertain(self) -> bool {
        use EventKind::*;
        matches!(self, Intrusion | Exfiltration | DataPublished | Other)
    }
}

vocabulary!(
    /// A group of people whose data is involved.
    Group, "group", [
        Customers = "customers",
        FormerCustomers = "former_customers",
        Employees = "employees",
        FormerEmployees = "former_employees",
        JobApplicants = "job_applicants",
        Patients = "patients",
        Students = "students",
        Members = "members",
        Users = "users",
        Subscribers = "subscribers",
        Suppliers = "suppliers",
        Other = "other",
    ]
);

vocabulary!(
    /// A category of personal data.
    DataCategory, "data", [
        Name = "name",
        Email = "email",
        Phone = "phone",
        PostalAddress = "postal_address",
        DateOfBirth = "date_of_birth",
        NationalId = "national_id",
        Username = "username",
        Password = "password",
        HashedPassword = "hashed_password",
        IpAddress = "ip_address",
        Location = "location",
        DeviceIdentifiers = "device_identifiers",
        CustomerNumber = "customer_number",
        OrderHistory = "order_history",
        PaymentMethod = "payment_method",
        BankAccount = "bank_account",
        CardNumber = "card_number",
        Salary = "salary",
        Contracts = "contracts",
        Communications = "communications",
        IdentityDocument = "identity_document",
        Photo = "photo",
        CriminalRecords = "criminal_records",
        Health = "health",
        RacialEthnicOrigin = "racial_ethnic_origin",
        PoliticalOpinions = "political_opinions",
        ReligiousBeliefs = "religious_beliefs",
        TradeUnionMembership = "trade_union_membership",
        Genetic = "genetic",
        Biometric = "biometric",
        SexLifeOrientation = "sex_life_orientation",
    ]
);

vocabulary!(
    /// An authority or other body that can be notified.
    Body, "body", [
        Imy = "imy",
        DatatilsynetNo = "datatilsynet_no",
        DatatilsynetDk = "datatilsynet_dk",
        AutoriteitPersoonsgegevens = "autoriteit_persoonsgegevens",
        Ico = "ico",
        PoliceSe = "police_se",
        PoliceNo = "police_no",
        PoliceDk = "police_dk",
        PoliceNl = "police_nl",
        PoliceUk = "police_uk",
        CertSe = "cert_se",
        NcscNo = "ncsc_no",
        NcscNl = "ncsc_nl",
        NcscUk = "ncsc_uk",
        Police = "police",
        SupervisoryAuthority = "supervisory_authority",
        Other = "other",
    ]
);

impl Body {
    /// The body's public website, linked from every page that names it; `None` for the keys
    /// that name no one body (`police`, `supervisory_authority` before their country is known,
    /// and `other`).
    pub(crate) fn website(self) -> Option<&'static str> {
        use Body::*;
        Some(match self {
            Imy => "https://www.imy.se/",
            DatatilsynetNo => "https://www.datatilsynet.no/",
            DatatilsynetDk => "https://www.datatilsynet.dk/",
            AutoriteitPersoonsgegevens => "https://www.autoriteitpersoonsgegevens.nl/",
            Ico => "https://ico.org.uk/",
            PoliceSe => "https://polisen.se/",
            PoliceNo => "https://www.politiet.no/",
            PoliceDk => "https://politi.dk/",
            PoliceNl => "https://www.politie.nl/",
            PoliceUk => "https://www.police.uk/",
            CertSe => "https://www.cert.se/",
            NcscNo => {
                "https://nsm.no/fagomrader/digital-sikkerhet/nasjonalt-cybersikkerhetssenter/"
            }
            NcscNl => "https://www.ncsc.nl/",
            NcscUk => "https://www.ncsc.gov.uk/",
            Police | SupervisoryAuthority | Other => return None,
        })
    }

    /// The one body a key names in `country`: `police` and `supervisory_authority` become that
    /// country's police and data protection authority; every other key names itself.
    pub(crate) fn in_country(self, country: Option<Country>) -> Body {
        use Body::*;
        match (self, country) {
            (Police, Some(c)) => c.police(),
            (SupervisoryAuthority, Some(c)) => c.supervisory_authority(),
            (b, _) => b,
        }
    }

    /// Whether this is the police of some country (or the police of the notice's country).
    pub(crate) fn is_police(self) -> bool {
        use Body::*;
        matches!(
            self,
            PoliceSe | PoliceNo | PoliceDk | PoliceNl | PoliceUk | Police
        )
    }

    /// Whether this is a data protection supervisory authority (GDPR Art. 33 applies to these).
    pub(crate) fn is_supervisory_authority(self) -> bool {
        use Body::*;
        matches!(
            self,
            Imy | DatatilsynetNo
                | DatatilsynetDk
                | AutoriteitPersoonsgegevens
                | Ico
                | SupervisoryAuthority
        )
    }
}

vocabulary!(
    /// A country whose law, police and words apply (ISO 3166-1 alpha-2 codes, upper case).
    Country, "country", [
        Se = "SE",
        No = "NO",
        Dk = "DK",
        Nl = "NL",
        Gb = "GB",
    ]
);

impl Country {
    /// The country's police.
    pub(crate) fn police(self) -> Body {
        match self {
            Country::Se => Body::PoliceSe,
            Country::No => Body::PoliceNo,
            Country::Dk => Body::PoliceDk,
            Country::Nl => Body::PoliceNl,
            Country::Gb => Body::PoliceUk,
        }
    }

    /// The country's data protection supervisory authority.
    pub(crate) fn supervisory_authority(self) -> Body {
        match self {
            Country::Se => Body::Imy,
            Country::No => Body::DatatilsynetNo,
            Country::Dk => Body::DatatilsynetDk,
            Country::Nl => Body::AutoriteitPersoonsgegevens,
            Country::Gb => Body::Ico,
        }
    }
}

vocabulary!(
    /// How sure the organisation is that a timeline event happened.
    Certainty, "certainty", [
        Confirmed = "confirmed",
        Suspected = "suspected",
        RuledOut = "ruled_out",
    ]
);

vocabulary!(
    /// What another organisation involved in the incident is to the notice's organisation.
    PartyRole, "party", [
        Supplier = "supplier",
        Processor = "processor",
        ItProvider = "it_provider",
        ForensicFirm = "forensic_firm",
        Other = "other",
    ]
);

vocabulary!(
    /// What a contact point answers questions about.
    Topic, "topic", [
        Privacy = "privacy",
        Dpo = "dpo",
        It = "it",
        Agreements = "agreements",
        Press = "press",
        CustomerService = "customer_service",
        Security = "security",
        Other = "other",
    ]
);

vocabulary!(
    /// A standard measure taken or planned.
    Measure, "measure", [
        ForensicInvestigation = "forensic_investigation",
        AccessBlocked = "access_blocked",
        VulnerabilityFixed = "vulnerability_fixed",
        PasswordsReset = "passwords_reset",
        TwoFactor = "two_factor",
        CredentialsRotated = "credentials_rotated",
        PoliceReport = "police_report",
        AffectedNotified = "affected_notified",
        MonitoringIncreased = "monitoring_increased",
        SecurityReview = "security_review",
        StaffTraining = "staff_training",
        SupplierReview = "supplier_review",
        SystemsRestored = "systems_restored",
        TakedownRequests = "takedown_requests",
    ]
);

impl Group {
    /// The Fluent message id of the group of a named service ("Kunder hos { $service }"),
    /// whose preposition differs from group to group.
    pub(crate) fn of_service_message_id(self) -> String {
        format!("group-of-service-{}", self.key())
    }
}

impl Measure {
    /// The Fluent message id of the measure's wording as something still to be done; the
    /// plain [`Measure::message_id`] words it as done.
    pub(crate) fn planned_message_id(self) -> String {
        format!("measure-planned-{}", self.key())
    }
}

vocabulary!(
    /// A standard piece of advice to readers.
    Advice, "advice", [
        ChangePassword = "change_password",
        UniquePasswords = "unique_passwords",
        EnableTwoFactor = "enable_two_factor",
        BewarePhishing = "beware_phishing",
        VerifyCallers = "verify_callers",
        MonitorAccounts = "monitor_accounts",
        WatchBankStatements = "watch_bank_statements",
        BlockCard = "block_card",
        CreditFreeze = "credit_freeze",
        DoNotShareCodes = "do_not_share_codes",
        ReportFraud = "report_fraud",
        NoActionNeeded = "no_action_needed",
    ]
);
