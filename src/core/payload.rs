//! The versioned JSON document the organisation receives. Its JSON Schema is published in
//! `public/schema/payload-1.json` (generated from these types; a test keeps them equal).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::answers::{Answers, ForWhom, FundingAnswer, Support, Talked};
use super::deadlines::{self, Deadlines};
use super::eligibility::{self, verdict, Rule, Verdict};
use super::flow;
use super::regulation::{
    ContactChannel, Effect, ExclusionKind, FilerRole, HelpKind, IfNotTalked, Regulation,
    RepresentativeKind, Scope, SeriousTopic, Topic,
};

/// Version of the document's shape. Raise the major number on any incompatible change.
pub const SCHEMA_VERSION: &str = "1.0.0";

/// What the browser knows at the moment of sending, and the core does not.
#[derive(Clone, Debug)]
pub struct SubmissionMeta {
    pub submission_id: String,
    pub created_at: DateTime<FixedOffset>,
    pub locale: String,
}

macro_rules! document {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($body)* }
    };
}

document! {
    /// A complaint, as sent to the organisation's endpoint.
    pub struct Payload {
        pub schema_version: String,
        /// Unique id (UUID). The same on every retry; the receiver stores a repeat once.
        pub submission_id: String,
        /// Short code the person can quote on the phone.
        pub reference: String,
        /// When the person sent it, with their UTC offset.
        pub created_at: DateTime<FixedOffset>,
        /// Language the person used: "nl" or "en".
        pub locale: String,
        pub organisation: OrganisationRef,
        pub regulation_version: String,
        pub filer: Filer,
        pub eligibility: EligibilityOut,
        /// Absent (null) when the regulation does not ask about talking to staff first.
        pub prior_contact: Option<PriorContact>,
        pub help: Help,
        pub complaint: Complaint,
        /// Serious matters the person said apply; the organisation must report these.
        pub serious_matters: Vec<SeriousTopic>,
        pub contact: ContactOut,
        pub deadlines: Deadlines,
    }
}

document! {
    pub struct OrganisationRef {
        pub id: String,
        pub name: String,
    }
}

document! {
    /// Who files, and on what authority.
    pub struct Filer {
        pub role: FilerRole,
        pub for_whom: ForWhom,
        /// Whether a support person helped (typing only, or filing for the client).
        pub support: Support,
        pub filled_in_with_support: bool,
        pub representative: Option<RepresentativeOut>,
        pub written_authorisation: Option<bool>,
        pub client_deceased: Option<bool>,
        pub client_name: Option<String>,
        pub group_name: Option<String>,
    }
}

document! {
    pub struct RepresentativeOut {
        pub kind: RepresentativeKind,
        /// What this representative may complain about under the regulation.
        pub scope: Scope,
    }
}

document! {
    pub struct EligibilityOut {
        pub event_date: Option<chrono::NaiveDate>,
        pub event_date_unknown: bool,
        pub last_contact_date: Option<chrono::NaiveDate>,
        pub topics: Vec<Topic>,
        pub exclusions: Vec<ExclusionKind>,
        pub verdict: Verdict,
        pub findings: Vec<FindingOut>,
    }
}

document! {
    /// One rule that applies: which, and what it means for the complaint.
    pub struct FindingOut {
        pub rule: RuleName,
        /// For rule "exclusion": which one.
        pub exclusion: Option<ExclusionKind>,
        /// For rule "filer": the role that may not file.
        pub filer_role: Option<FilerRole>,
        pub effect: Effect,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RuleName {
    TimeLimit,
    Exclusion,
    Filer,
    MissingAuthorisation,
    OnBehalfNotAllowed,
}

impl From<&eligibility::Finding> for FindingOut {
    fn from(finding: &eligibility::Finding) -> Self {
        let (rule, exclusion, filer_role) = match finding.rule {
            Rule::TimeLimit => (RuleName::TimeLimit, None, None),
            Rule::Exclusion(kind) => (RuleName::Exclusion, Some(kind), None),
            Rule::Filer(role) => (RuleName::Filer, None, Some(role)),
            Rule::MissingAuthorisation => (RuleName::MissingAuthorisation, None, None),
            Rule::OnBehalfNotAllowed => (RuleName::OnBehalfNotAllowed, None, None),
        };
        FindingOut {
            rule,
            exclusion,
            filer_role,
            effect: finding.effect,
        }
    }
}

document! {
    pub struct PriorContact {
        pub talked: Talked,
        /// Id of the body the complaint goes to directly, on the direct route.
        pub direct_route_to: Option<String>,
        pub direct_route_reason: Option<String>,
        /// What the organisation does first when the person has not talked to staff.
        pub if_not: Option<IfNotTalked>,
    }
}

document! {
    pub struct Help {
        pub funding: Option<FundingAnswer>,
        pub requested: Vec<HelpKind>,
        pub trusted_person_name: Option<String>,
    }
}

document! {
    pub struct Complaint {
        pub what_happened: String,
        pub event_date: Option<chrono::NaiveDate>,
        pub location: Option<String>,
        pub employee_name: Option<String>,
        pub desired_outcome: Option<String>,
    }
}

document! {
    pub struct ContactOut {
        pub name: Option<String>,
        pub email: Option<String>,
        pub phone: Option<String>,
        pub postal_address: Option<String>,
        pub preferred: Option<ContactChannel>,
    }
}

fn some(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The document for these answers. Answers to steps that no longer apply are left out.
pub fn build(regulation: &Regulation, answers: &Answers, meta: SubmissionMeta) -> Payload {
    let today = meta.created_at.date_naive();
    let a = flow::prune(regulation, answers, today);
    let findings = eligibility::assess(regulation, &a, today);
    let role = a.filer_role(regulation).unwrap_or(FilerRole::Client);
    let representative = a.representative.and_then(|kind| {
        regulation
            .filers
            .representatives
            .iter()
            .find(|r| r.kind == kind)
            .map(|r| RepresentativeOut {
                kind,
                scope: r.scope,
            })
    });
    let support = a.support.unwrap_or(Support::Alone);
    let prior_contact = regulation.talk_first.as_ref().and_then(|talk| {
        let talked = a.talked?;
        Some(PriorContact {
            talked,
            direct_route_to: (talked == Talked::DirectRoute)
                .then(|| talk.direct_route.as_ref().map(|d| d.to.clone()))
                .flatten(),
            direct_route_reason: some(&a.direct_route_reason),
            if_not: (talked == Talked::No).then_some(talk.if_not),
        })
    });
    let route_term = eligibility::own_route(regulation, &a)
        .and_then(|e| e.route.as_ref())
        .and_then(|r| r.decision_within);
    Payload {
        schema_version: SCHEMA_VERSION.to_string(),
        reference: reference(&meta.submission_id),
        submission_id: meta.submission_id,
        created_at: meta.created_at,
        locale: meta.locale,
        organisation: OrganisationRef {
            id: regulation.organisation.id.clone(),
            name: regulation.organisation.name.clone(),
        },
        regulation_version: regulation.regulation_version.clone(),
        filer: Filer {
            role,
            for_whom: a.for_whom().unwrap_or(ForWhom::Myself),
            support,
            filled_in_with_support: support != Support::Alone,
            representative,
            written_authorisation: a.written_authorisation,
            client_deceased: a.client_deceased,
            client_name: some(&a.client_name),
            group_name: some(&a.group_name),
        },
        eligibility: EligibilityOut {
            event_date: a.event_date,
            event_date_unknown: a.event_date.is_none() && a.event_date_unknown,
            last_contact_date: a.last_contact_date,
            topics: a.topics.clone().unwrap_or_default(),
            exclusions: a.exclusions.clone().unwrap_or_default(),
            verdict: verdict(&findings),
            findings: findings.iter().map(FindingOut::from).collect(),
        },
        prior_contact,
        help: Help {
            funding: a.funding,
            requested: a.help.clone().unwrap_or_default(),
            trusted_person_name: some(&a.trusted_person_name),
        },
        complaint: Complaint {
            what_happened: a.what_happened.trim().to_string(),
            event_date: a.event_date,
            location: some(&a.location),
            employee_name: some(&a.employee_name),
            desired_outcome: some(&a.desired_outcome),
        },
        serious_matters: a.serious.clone().unwrap_or_default(),
        contact: ContactOut {
            name: some(&a.name),
            email: some(&a.email),
            phone: some(&a.phone),
            postal_address: some(&a.postal_address),
            preferred: a.preferred_contact.or_else(|| {
                super::validation::given_channels(regulation, &a)
                    .first()
                    .copied()
            }),
        },
        deadlines: deadlines::compute(&regulation.timeline, route_term, today),
    }
}

/// "KW-" and the first eight letters or digits of the id, upper case.
pub fn reference(submission_id: &str) -> String {
    let code: String = submission_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect();
    format!("KW-{}", code.to_ascii_uppercase())
}

/// The JSON Schema of the payload (draft 2020-12), as published in `public/schema/`.
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Payload)).unwrap_or_default();
    schema["$id"] = "https://klachtwijzer.nl/schema/payload-1.json".into();
    require_every_field(&mut schema);
    schema
}

/// Every field of the document is always present (null when empty), so the schema says so.
#[cfg(not(target_arch = "wasm32"))]
fn require_every_field(schema: &mut serde_json::Value) {
    use serde_json::Value;
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                let names: Vec<Value> = properties.keys().cloned().map(Value::String).collect();
                map.insert("required".into(), Value::Array(names));
            }
            map.values_mut().for_each(require_every_field);
        }
        Value::Array(items) => items.iter_mut().for_each(require_every_field),
        _ => {}
    }
}
