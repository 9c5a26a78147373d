//! The versioned JSON document the organisation receives. Its JSON Schema is published in
//! `public/schema/payload-1.json` (generated from these types; a test keeps them equal).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::answers::{Answers, ForWhom, FundingAnswer, Support, Talked};
use super::date_input;
use super::deadlines::{self, Deadlines};
use super::eligibility::{self, verdict, Rule, Verdict};
use super::flow;
use super::next;
use super::regulation::{
    ContactChannel, Effect, FilerRole, Funding, HelpKind, IfNotTalked, Regulation,
    RepresentativeKind, Route, Scope, SeriousTopic,
};
use super::steps::{contact, role, talked_to_staff};

/// Version of the document's shape. Raise the major number on any incompatible change.
pub const SCHEMA_VERSION: &str = "1.3.0";

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
        /// Version of this document's shape ("1.3.0").
        pub schema_version: String,
        /// Unique id (UUID). The same on every retry; the receiver stores a repeat once.
        pub submission_id: String,
        /// Short code the person can quote on the phone.
        pub reference: String,
        /// When the person sent it, with their UTC offset.
        pub created_at: DateTime<FixedOffset>,
        /// Language the person used: "nl" or "en".
        pub locale: String,
        /// The organisation, as in the regulation file.
        pub organisation: OrganisationRef,
        /// The version of the organisation's regulation the person answered against.
        pub regulation_version: String,
        /// Who files, and on what authority.
        pub filer: Filer,
        /// The answers about whether the complaint can be handled here, and the outcome.
        pub eligibility: EligibilityOut,
        /// Absent (null) when the regulation does not ask about talking to staff first.
        pub prior_contact: Option<PriorContact>,
        /// Help the person asked for during the procedure.
        pub help: Help,
        /// The complaint itself.
        pub complaint: Complaint,
        /// Serious matters the person said apply; the organisation must report these.
        pub serious_matters: Vec<SeriousTopic>,
        /// How to reach the person who filed.
        pub contact: ContactOut,
        /// The real dates of what happens next, from the regulation.
        pub deadlines: Deadlines,
    }
}

document! {
    pub struct OrganisationRef {
        /// Organisation id.
        pub id: String,
        pub name: String,
    }
}

document! {
    /// Who files, and on what authority.
    pub struct Filer {
        /// The filer's role.
        pub role: FilerRole,
        pub for_whom: ForWhom,
        /// Whether someone helped: typing only, or filing for the client (`for_whom` is
        /// `someone_else`).
        pub support: Support,
        pub filled_in_with_support: bool,
        /// For a legal representative: which kind, and what they may complain about.
        pub representative: Option<RepresentativeOut>,
        /// For someone the client asked, where the regulation requires it: whether there is a signed authorisation.
        pub written_authorisation: Option<bool>,
        /// Whether the client has died (asked where next of kin may file).
        pub client_deceased: Option<bool>,
        /// The client, when filing for someone else.
        pub client_name: Option<String>,
        /// The group, when a group files.
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
        /// When it happened, if known.
        pub event_date: Option<chrono::NaiveDate>,
        /// The person does not know the date.
        pub event_date_unknown: bool,
        /// Last contact with the employee, where the time limit counts from it.
        pub last_contact_date: Option<chrono::NaiveDate>,
        /// The dates the person gave as month and year only, without the day (since
        /// 1.2.0): `event_date`, `last_contact_date`. Such a date is the month's last day
        /// (or today), so a time limit counts in the person's favour.
        pub month_only: Vec<String>,
        /// Topics with their own time limit that apply: a standard topic (`youth_care`,
        /// `sexual_harassment`) or, since 1.3.0, the id of one of the regulation's own.
        pub topics: Vec<String>,
        /// Situations the person said apply: a standard kind (`anonymous`, `before_court`,
        /// …) or, since 1.3.0, the id of one of the regulation's own.
        pub exclusions: Vec<String>,
        /// The overall outcome.
        pub verdict: Verdict,
        /// Every rule that applies, with its effect.
        pub findings: Vec<FindingOut>,
    }
}

document! {
    /// One rule that applies: which, and what it means for the complaint.
    pub struct FindingOut {
        pub rule: RuleName,
        /// For rule "exclusion": which one (its id, as in `exclusions`).
        pub exclusion: Option<String>,
        /// For rule "filer": the role that may not file.
        pub filer_role: Option<FilerRole>,
        pub effect: Effect,
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum RuleName {
        TimeLimit = "time_limit",
        Exclusion = "exclusion",
        Filer = "filer",
        MissingAuthorisation = "missing_authorisation",
        OnBehalfNotAllowed = "on_behalf_not_allowed",
        /// Since 1.1.0: a representative's complaint outside their task.
        OutsideScope = "outside_scope",
        /// Since 1.3.0: not talked (or complained) first where the regulation requires it.
        NotTalkedFirst = "not_talked_first",
        /// Since 1.3.0: the regulation's waiting time for that answer has not passed.
        StillWaiting = "still_waiting",
    }
}

impl From<&eligibility::Finding> for FindingOut {
    fn from(finding: &eligibility::Finding) -> Self {
        let (rule, exclusion, filer_role) = match &finding.rule {
            Rule::TimeLimit => (RuleName::TimeLimit, None, None),
            Rule::Exclusion(id) => (RuleName::Exclusion, Some(id.clone()), None),
            Rule::Filer(role) => (RuleName::Filer, None, Some(*role)),
            Rule::MissingAuthorisation => (RuleName::MissingAuthorisation, None, None),
            Rule::OnBehalfNotAllowed => (RuleName::OnBehalfNotAllowed, None, None),
            Rule::OutsideScope => (RuleName::OutsideScope, None, None),
            Rule::NotTalkedFirst => (RuleName::NotTalkedFirst, None, None),
            Rule::StillWaiting => (RuleName::StillWaiting, None, None),
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
        /// Whether the person talked to staff first, or went straight to the committee.
        pub talked: Talked,
        /// Id of the body the complaint goes to directly, on the direct route (chosen, or
        /// after talking where the regulation sends such complaints there too).
        pub direct_route_to: Option<String>,
        /// Why the person went straight to the committee.
        pub direct_route_reason: Option<String>,
        /// What the organisation does first when the person has not talked to staff.
        pub if_not: Option<IfNotTalked>,
        /// Whether the complaint is about a volunteer or intern, where asked (since 1.1.0).
        #[serde(default)]
        pub about_volunteer_or_intern: Option<bool>,
        /// Since 1.3.0, where the regulation makes people wait for an answer after talking
        /// first: whether an answer came.
        #[serde(default)]
        pub answered: Option<bool>,
        /// Since 1.3.0: without that answer, the day the person asked.
        #[serde(default)]
        pub talked_on: Option<chrono::NaiveDate>,
    }
}

document! {
    pub struct Help {
        /// How the person's care is paid, where asked and known (since 1.1.0 always a name
        /// or null; 1.0.0 sent {"known": …} or "unknown").
        pub funding: Option<Funding>,
        /// The person was asked how their care is paid and does not know (since 1.1.0).
        pub funding_unknown: bool,
        /// Kinds of help asked for.
        pub requested: Vec<HelpKind>,
        /// Name of the trusted person, if given.
        pub trusted_person_name: Option<String>,
    }
}

document! {
    pub struct Complaint {
        /// What happened, in the person's own words.
        pub what_happened: String,
        pub event_date: Option<chrono::NaiveDate>,
        /// Where it happened.
        pub location: Option<String>,
        /// The employee the complaint is about.
        pub employee_name: Option<String>,
        /// What would solve it for the person.
        pub desired_outcome: Option<String>,
    }
}

document! {
    pub struct ContactOut {
        /// The filer's name.
        pub name: Option<String>,
        /// E-mail address.
        pub email: Option<String>,
        /// Phone number.
        pub phone: Option<String>,
        /// Postal address.
        pub postal_address: Option<String>,
        /// How the person prefers to be contacted.
        pub preferred: Option<ContactChannel>,
    }
}

fn some(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// What the confirmation page needs of a sent document; kept in the browser with it, so the
/// browser never has to read a whole document back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub submission_id: String,
    pub reference: String,
    pub deadlines: Deadlines,
    /// What happens first (a locale key), and the staff key for its `{coordinator}`.
    #[serde(default)]
    pub first: Option<(String, Option<String>)>,
    pub serious_matters: bool,
}

impl Payload {
    /// The confirmation of this document, sent for `answers` under `regulation`.
    pub fn receipt(&self, regulation: &Regulation, answers: &Answers) -> Receipt {
        let a = flow::prune(regulation, answers, self.created_at.date_naive());
        Receipt {
            submission_id: self.submission_id.clone(),
            reference: self.reference.clone(),
            deadlines: self.deadlines.clone(),
            first: next::first(regulation, &a).map(|(key, who)| (key.to_string(), who)),
            serious_matters: !self.serious_matters.is_empty(),
        }
    }
}

/// The document for these answers. Answers to steps that no longer apply are left out.
pub fn build(regulation: &Regulation, answers: &Answers, meta: SubmissionMeta) -> Payload {
    let today = meta.created_at.date_naive();
    let a = flow::prune(regulation, answers, today);
    let findings = eligibility::assess(regulation, &a, today);
    let role = role::filer_role(regulation, &a).unwrap_or(FilerRole::Client);
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
    let support = a.support();
    let prior_contact = regulation.talk_first.as_ref().and_then(|talk| {
        let talked = a.talked?;
        Some(PriorContact {
            talked,
            direct_route_to: (talked_to_staff::route(regulation, &a) == Route::Direct)
                .then(|| talk.direct_route.as_ref().map(|d| d.to.clone()))
                .flatten(),
            direct_route_reason: some(&a.direct_route_reason),
            if_not: (talked == Talked::No).then_some(talk.if_not),
            about_volunteer_or_intern: a.about_volunteer,
            answered: a.talk_answered,
            talked_on: a.talked_on,
        })
    });
    let route_term = eligibility::own_route(regulation, &a)
        .and_then(|e| e.route.as_ref())
        .and_then(|r| r.decision_within);
    let route = talked_to_staff::route(regulation, &a);
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
            month_only: a
                .typed_dates
                .iter()
                .filter(|(_, parts)| {
                    matches!(date_input::read(parts, today), date_input::Typed::Month(_))
                })
                .map(|(field, _)| field.clone())
                .collect(),
            topics: a.topics.clone().unwrap_or_default(),
            exclusions: a.exclusions.clone().unwrap_or_default(),
            verdict: verdict(&findings),
            findings: findings.iter().map(FindingOut::from).collect(),
        },
        prior_contact,
        help: Help {
            funding: match a.funding {
                Some(FundingAnswer::Known(funding)) => Some(funding),
                _ => None,
            },
            funding_unknown: a.funding == Some(FundingAnswer::Unknown),
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
            preferred: a
                .preferred_contact
                .or_else(|| contact::given_channels(regulation, &a).first().copied()),
        },
        deadlines: deadlines::compute(&regulation.timeline, route, route_term, today),
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

/// A Markdown table of every field of the payload, generated from its JSON Schema
/// (`docs/payload.md`).
#[cfg(not(target_arch = "wasm32"))]
pub fn field_reference() -> String {
    let schema = json_schema();
    let mut rows = String::from("| field | type | meaning |\n| --- | --- | --- |\n");
    reference_rows(&schema, &schema, "", &mut rows);
    rows
}

#[cfg(not(target_arch = "wasm32"))]
fn resolve<'a>(
    root: &'a serde_json::Value,
    schema: &'a serde_json::Value,
) -> &'a serde_json::Value {
    match schema.get("$ref").and_then(|r| r.as_str()) {
        Some(path) => root.pointer(path.trim_start_matches('#')).unwrap_or(schema),
        None => schema,
    }
}

/// The type of a schema in words: `string`, `date`, `one of "a", "b"`, `… or null`.
#[cfg(not(target_arch = "wasm32"))]
fn type_words(root: &serde_json::Value, schema: &serde_json::Value) -> String {
    use serde_json::Value;
    let schema = resolve(root, schema);
    let quoted = |values: &[Value]| {
        values
            .iter()
            .filter_map(Value::as_str)
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(Value::Array(values)) = schema.get("enum") {
        return format!("one of {}", quoted(values));
    }
    if let Some(Value::Array(options)) = schema.get("oneOf").or_else(|| schema.get("anyOf")) {
        let words: Vec<String> = options
            .iter()
            .map(|o| match (o.get("const"), o.get("enum")) {
                (Some(c), _) => format!("`{}`", c.as_str().unwrap_or_default()),
                (_, Some(Value::Array(values))) => quoted(values),
                _ => type_words(root, o),
            })
            .collect();
        return words.join(" or ");
    }
    let format = schema.get("format").and_then(Value::as_str);
    let name = |t: &str| match (t, format) {
        ("string", Some("date")) => "date (YYYY-MM-DD)".to_string(),
        ("string", Some("date-time")) => "date and time with offset (RFC 3339)".to_string(),
        ("array", _) => format!(
            "list of {}",
            schema
                .get("items")
                .map(|i| type_words(root, i))
                .unwrap_or_default()
        ),
        (other, _) => other.to_string(),
    };
    match schema.get("type") {
        Some(Value::String(t)) => name(t),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .map(name)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => "object".to_string(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn reference_rows(
    root: &serde_json::Value,
    schema: &serde_json::Value,
    path: &str,
    rows: &mut String,
) {
    let schema = resolve(root, schema);
    // An optional object (`anyOf: [object, null]`): describe the object's fields.
    if let Some(serde_json::Value::Array(options)) = schema.get("anyOf") {
        for option in options {
            reference_rows(root, option, path, rows);
        }
        return;
    }
    let Some(serde_json::Value::Object(properties)) = schema.get("properties") else {
        return;
    };
    for (name, field) in properties {
        let field_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}.{name}")
        };
        let description = field
            .get("description")
            .or_else(|| resolve(root, field).get("description"))
            .and_then(|d| d.as_str())
            .unwrap_or("")
            .replace('|', "\\|");
        rows.push_str(&format!(
            "| `{field_path}` | {} | {description} |\n",
            type_words(root, field)
        ));
        let target = resolve(root, field);
        let target = match target.get("items") {
            Some(items) => {
                reference_rows(root, items, &format!("{field_path}[]"), rows);
                continue;
            }
            None => target,
        };
        reference_rows(root, target, &field_path, rows);
    }
}
