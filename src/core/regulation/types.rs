//! The regulation: one organisation's complaint rules, as typed Rust. Its JSON shape, with
//! every field documented, is in `format.rs`; `load.rs` turns JSON into this.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
pub use crate::core::text::Source;
use crate::core::text::{Contact, Destination, Text};

pub const FORMAT_VERSION: i64 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Regulation {
    pub format_version: i64,
    pub regulation_version: String,
    pub organisation: Organisation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<TimeLimit>,
    #[serde(default)]
    pub exclusions: Vec<Exclusion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk_first: Option<TalkFirst>,
    pub filers: Filers,
    #[serde(default)]
    pub help: Vec<HelpOption>,
    pub complaint_fields: ComplaintFields,
    pub contact_fields: ContactFields,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serious_matters: Option<SeriousMatters>,
    pub timeline: Timeline,
    #[serde(default)]
    pub escalation: Vec<EscalationRoute>,
    #[serde(default)]
    pub delivery: Delivery,
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    #[serde(default)]
    pub texts: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    /// The organisation's colours, font, logo and corners.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<crate::core::theme::Theme>,
    /// Where the "Snel weg" button goes: a neutral site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quick_exit_url: Option<String>,
}

fn default_languages() -> Vec<String> {
    vec!["nl".into(), "en".into()]
}

rule! {
    /// A text the wizard shows (a note of what happens next), with where it comes from. Where
    /// things come from is read by the check tool; the browser skips it (the shape check has
    /// already refused unknown fields, so serde need not).
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[serde(from = "NoteForm")]
    pub struct Note {
        pub text: Text,
    }
}

/// A note is written as plain text, or as an object with its source.
#[derive(Deserialize)]
#[serde(untagged)]
enum NoteForm {
    Sourced(SourcedNote),
    Plain(Text),
}

#[derive(Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
struct SourcedNote {
    text: Text,
    #[cfg(not(target_arch = "wasm32"))]
    #[serde(default)]
    source: Option<Source>,
    #[cfg(not(target_arch = "wasm32"))]
    #[serde(default)]
    assumed: Option<String>,
}

impl From<NoteForm> for Note {
    fn from(form: NoteForm) -> Self {
        match form {
            NoteForm::Sourced(note) => Note {
                text: note.text,
                #[cfg(not(target_arch = "wasm32"))]
                source: note.source,
                #[cfg(not(target_arch = "wasm32"))]
                assumed: note.assumed,
            },
            NoteForm::Plain(text) => Note {
                text,
                #[cfg(not(target_arch = "wasm32"))]
                source: None,
                #[cfg(not(target_arch = "wasm32"))]
                assumed: None,
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub contact: Contact,
    #[serde(default)]
    pub locations: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_statement_url: Option<String>,
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// The kind of organisation; outside care the checker points out our care words.
    #[serde(default)]
    pub sector: Sector,
}

named_enum! {
    #[derive(Default)]
    pub enum Sector {
        #[default]
        Care = "care",
        Welfare = "welfare",
        YouthCare = "youth_care",
        Housing = "housing",
        Municipality = "municipality",
        Other = "other",
    }
}

rule! {
    /// Someone who handles complaints: complaints officer, mediator, committee.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Body {
        pub id: String,
        pub role: BodyRole,
        pub name: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<Contact>,
    }
}

named_enum! {
    pub enum BodyRole {
        ComplaintsOffice = "complaints_office",
        ComplaintsOfficer = "complaints_officer",
        Mediator = "mediator",
        Manager = "manager",
        Director = "director",
        QualityCoordinator = "quality_coordinator",
        InternalCommittee = "internal_committee",
        ExternalCommittee = "external_committee",
    }
}

named_enum! {
    pub enum PeriodUnit {
        WorkingDays = "working_days",
        Days = "days",
        Weeks = "weeks",
        Months = "months",
        Years = "years",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Period {
    pub amount: u32,
    pub unit: PeriodUnit,
}

named_enum! {
    /// What a date is counted from for the time limit.
    pub enum MeasuredFrom {
        /// The day the thing complained about happened.
        Event = "event",
        /// The last contact with the employee the complaint is about.
        LastContact = "last_contact",
    }
}

named_enum! {
    /// What it means to be too late (or to meet an exclusion).
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Effect {
        /// The complaint cannot be handled here; the person is told where to go instead.
        NotHandled = "not_handled",
        /// The organisation may decline it; the person may continue.
        MayDecline = "may_decline",
        /// It is handled here, but on its own route (own term, own escalation).
        OwnRoute = "own_route",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct TimeLimit {
        pub period: Period,
        pub measured_from: Vec<MeasuredFrom>,
        pub effect: Effect,
        #[serde(default)]
        pub exceptions: Vec<TimeLimitException>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub go_to: Option<Destination>,
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct TimeLimitException {
        /// A standard topic, asked in our words; absent for the organisation's own (`id`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub topic: Option<Topic>,
        /// The organisation's own topic: its stable id, carried in the payload.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The choice as the organisation words it (needed for its own topic).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub question: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hint: Option<Text>,
        /// `None`: no time limit at all for this topic.
        pub period: Option<Period>,
    }
}

impl TimeLimitException {
    /// The id answers and the payload carry: the standard topic's name or the own id.
    pub fn id(&self) -> &str {
        own_or_standard(&self.id, self.topic.map(Topic::name))
    }
}

fn own_or_standard<'a>(own: &'a Option<String>, standard: Option<&'static str>) -> &'a str {
    own.as_deref().or(standard).unwrap_or_default()
}

named_enum! {
    pub enum Topic {
        YouthCare = "youth_care",
        SexualHarassment = "sexual_harassment",
    }
}

named_enum! {
    pub enum ExclusionKind {
        Anonymous = "anonymous",
        AlreadyHandled = "already_handled",
        BeforeCourt = "before_court",
        MunicipalDecision = "municipal_decision",
        OtherProcedure = "other_procedure",
        ProsecutionOrCompensation = "prosecution_or_compensation",
        PersonalData = "personal_data",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Exclusion {
        /// A standard situation, asked in our words; absent for the organisation's own (`id`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub kind: Option<ExclusionKind>,
        /// The organisation's own situation: its stable id, carried in the payload.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        pub effect: Effect,
        /// The question as the organisation words it; the standard question is used otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub question: Option<Text>,
        /// A line under the question; with an own question, only this one is shown.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hint: Option<Text>,
        /// Why, in the organisation's words; a standard explanation is used otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub explanation: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub go_to: Option<Destination>,
        /// For `own_route`: what is different on that route.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub route: Option<OwnRoute>,
    }
}

impl Exclusion {
    /// The id answers and the payload carry: the standard kind's name or the own id.
    pub fn id(&self) -> &str {
        own_or_standard(&self.id, self.kind.map(ExclusionKind::name))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct OwnRoute {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_within: Option<Period>,
    #[serde(default)]
    pub escalation: Vec<EscalationRoute>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

named_enum! {
    pub enum TalkPolicy {
        /// The complaint must have been discussed with staff first.
        Required = "required",
        /// Discussing it first is asked, but not needed.
        Recommended = "recommended",
        /// The person chooses: talk first, or go straight to the committee.
        Optional = "optional",
    }
}

named_enum! {
    pub enum StaffRole {
        Employee = "employee",
        Begeleider = "begeleider",
        TeamLeader = "team_leader",
        Coordinator = "coordinator",
        Manager = "manager",
        VolunteerCoordinator = "volunteer_coordinator",
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum IfNotTalked {
        /// The organisation first makes an appointment with staff.
        AppointmentFirst = "appointment_first",
        /// The complaint goes to the employee first.
        ReferredToEmployee = "referred_to_employee",
        /// It is handled as a complaint all the same.
        Continue = "continue",
        /// It is not handled here until the person has talked first: they are told where
        /// to go (`talk_first.go_to`, else the organisation's contact).
        NotHandled = "not_handled",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct TalkFirst {
        pub policy: TalkPolicy,
        pub with: Vec<StaffRole>,
        /// Who to talk to when the complaint is about a volunteer or an intern.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub volunteers_and_interns: Option<StaffRole>,
        pub if_not: IfNotTalked,
        /// Where to talk (or complain) first, told when the person has not.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub go_to: Option<Destination>,
        /// After talking, the person waits for an answer, or this long.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wait: Option<Period>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub direct_route: Option<DirectRoute>,
    }
}

rule! {
    /// Straight to a committee without talking to staff first.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct DirectRoute {
        /// Id of a body in `organisation.bodies`.
        pub to: String,
        pub reason_required: bool,
        /// Whether someone who talked to staff without a solution also goes this way.
        #[serde(default)]
        pub also_after_talking: bool,
        /// What happens on this route, told on the confirmation.
        #[serde(default)]
        pub notes: Vec<Note>,
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum FilerRole {
        /// The client files their own complaint.
        Client = "client",
        LegalRepresentative = "legal_representative",
        /// Someone the client asked.
        AuthorisedPerson = "authorised_person",
        /// Only when the client has died.
        NextOfKin = "next_of_kin",
        /// Not a client, but directly affected (e.g. a neighbour).
        AffectedParty = "affected_party",
        /// A group, with one representative.
        Group = "group",
        /// Staff of the organisation: may never file for a client.
        Employee = "employee",
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum RepresentativeKind {
        ParentWithAuthority = "parent_with_authority",
        Guardian = "guardian",
        Mentor = "mentor",
        Curator = "curator",
        Bewindvoerder = "bewindvoerder",
    }
}

named_enum! {
    /// The part of a client's affairs a representative may complain about.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Scope {
        All = "all",
        CareAndSupport = "care_and_support",
        Finances = "finances",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Representative {
        pub kind: RepresentativeKind,
        pub scope: Scope,
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Filers {
        pub allowed: Vec<FilerRole>,
        #[serde(default)]
        pub representatives: Vec<Representative>,
        /// Whether someone the client asked needs a written authorisation.
        #[serde(default)]
        pub written_authorisation: bool,
        #[serde(default)]
        pub never: Vec<FilerRole>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub never_explanation: Option<Text>,
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum HelpKind {
        /// The organisation's own independent mediator or complaints officer.
        Mediator = "mediator",
        /// Someone the person knows and trusts.
        TrustedPerson = "trusted_person",
        /// An independent vertrouwenspersoon.
        Vertrouwenspersoon = "vertrouwenspersoon",
        /// An independent cliëntondersteuner.
        Clientondersteuner = "clientondersteuner",
        /// The client confidant (cliëntvertrouwenspersoon).
        ClientConfidant = "client_confidant",
        /// A sociaal raadslid of the municipality.
        SocialCounsellor = "social_counsellor",
        /// An employee or a member of the client group.
        Colleague = "colleague",
        /// A lawyer, at own cost.
        Legal = "legal",
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Funding {
        Wmo = "wmo",
        Wlz = "wlz",
        Jeugdwet = "jeugdwet",
        Forensic = "forensic",
        MunicipalSubsidy = "municipal_subsidy",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct HelpOption {
        pub kind: HelpKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<Contact>,
        /// Offered only to people whose care is paid this way; empty: to everyone.
        #[serde(default)]
        pub funding: Vec<Funding>,
        #[serde(default)]
        pub own_cost: bool,
    }
}

named_enum! {
    #[derive(Default)]
    pub enum Need {
        Required = "required",
        Optional = "optional",
        #[default]
        Hidden = "hidden",
    }
}

impl Need {
    pub fn asked(self) -> bool {
        self != Need::Hidden
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct ComplaintFields {
        pub event_date: Need,
        pub location: Need,
        pub employee_name: Need,
        pub desired_outcome: Need,
        /// How to send papers, photos or letters that belong to the complaint (the wizard
        /// has no upload): told on "what happened" and on the confirmation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub attachments: Option<Note>,
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum ContactChannel {
        Email = "email",
        Phone = "phone",
        Post = "post",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct ContactFields {
        pub name: Need,
        pub email: Need,
        pub phone: Need,
        pub postal_address: Need,
        /// At least one of these must be filled in, so the organisation can reach the person.
        pub at_least_one_of: Vec<ContactChannel>,
    }
}

named_enum! {
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum SeriousTopic {
        Calamity = "calamity",
        SexualMisconduct = "sexual_misconduct",
        Abuse = "abuse",
        Crime = "crime",
        LongSeriousSituation = "long_serious_situation",
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct SeriousMatters {
        pub topics: Vec<SeriousTopic>,
        /// What the organisation must do with such a complaint, told to the person.
        pub notice: Text,
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Timeline {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_within: Option<Term>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_contact_within: Option<Term>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling_starts_within: Option<Term>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_within: Option<Term>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Term>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Term>,
    /// The complaint stops when the person cannot be reached this long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreachable_withdrawal: Option<Term>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Days the organisation is closed besides weekends and the recognised holidays; they
    /// do not count as working days.
    #[serde(default, deserialize_with = "crate::core::iso::dates")]
    pub closing_days: Vec<chrono::NaiveDate>,
}

named_enum! {
    /// Which way a complaint goes after sending.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Route {
        /// The regulation's usual way: staff or the complaints office first.
        Usual = "usual",
        /// Straight to the body of `talk_first.direct_route`.
        Direct = "direct",
    }
}

rule! {
    /// A period in the timeline: a limit ("at the latest") or an aim ("we aim for").
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct Term {
        pub amount: u32,
        pub unit: PeriodUnit,
        /// The regulation only aims for it ("streeft ernaar"): never told as a deadline.
        #[serde(default)]
        pub aim: bool,
        /// Only on this route; absent: on every route.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub route: Option<Route>,
        /// Counted from this moment's date instead of the day of sending (chained terms).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub after: Option<Milestone>,
    }
}

named_enum! {
    /// A moment after sending that the regulation gives a term for.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Milestone {
        Receipt = "receipt",
        FirstContact = "first_contact",
        HandlingStarts = "handling_starts",
        Decision = "decision",
    }
}

impl Timeline {
    /// The term of a moment, as the regulation gives it.
    pub fn term(&self, milestone: Milestone) -> Option<&Term> {
        match milestone {
            Milestone::Receipt => self.receipt_within.as_ref(),
            Milestone::FirstContact => self.first_contact_within.as_ref(),
            Milestone::HandlingStarts => self.handling_starts_within.as_ref(),
            Milestone::Decision => self.decision_within.as_ref(),
        }
    }
}

impl Term {
    pub fn period(&self) -> Period {
        Period {
            amount: self.amount,
            unit: self.unit,
        }
    }
}

rule! {
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
    pub struct EscalationRoute {
        pub name: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contact: Option<Contact>,
        /// Only for people whose care is paid this way; empty: for everyone.
        #[serde(default)]
        pub funding: Vec<Funding>,
        /// Only for complaints that went this way; absent: for every complaint.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub route: Option<Route>,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Delivery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback_email: Option<String>,
    #[serde(default = "default_draft_days")]
    pub draft_days: u32,
}

fn default_timeout() -> u32 {
    20
}

fn default_draft_days() -> u32 {
    7
}

impl Default for Delivery {
    fn default() -> Self {
        Self {
            endpoint: None,
            timeout_seconds: default_timeout(),
            fallback_email: None,
            draft_days: default_draft_days(),
        }
    }
}

impl Regulation {
    pub fn allows(&self, role: FilerRole) -> bool {
        self.filers.allowed.contains(&role)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.organisation.bodies.iter().find(|b| b.id == id)
    }

    /// Whether anything offered or told depends on how the person's care is paid.
    pub fn asks_funding(&self) -> bool {
        self.help.iter().any(|h| !h.funding.is_empty())
            || self.escalation.iter().any(|e| !e.funding.is_empty())
    }
}
