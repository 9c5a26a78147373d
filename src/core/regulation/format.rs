//! The JSON shape of a regulation file, field by field. This is the single description the
//! loader checks against and the published JSON Schema is generated from.

use super::shape::{Field, Format, Shape};
use super::types::*;

const fn f(name: &'static str, shape: Shape, doc: &'static str) -> Field {
    Field {
        name,
        required: true,
        shape,
        doc: reference_only(doc),
    }
}

const fn opt(name: &'static str, shape: Shape, doc: &'static str) -> Field {
    Field {
        name,
        required: false,
        shape,
        doc: reference_only(doc),
    }
}

/// The explanations are for the schema and the reference (made natively); the browser only
/// checks, so they stay out of the wasm.
const fn reference_only(doc: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        doc
    }
}

const ID: Shape = Shape::Str {
    min: 1,
    max: 64,
    format: Format::Id,
};
const NAME: Shape = Shape::Str {
    min: 1,
    max: 200,
    format: Format::Plain,
};
const EMAIL: Shape = Shape::Str {
    min: 3,
    max: 254,
    format: Format::Email,
};
const URL: Shape = Shape::Str {
    min: 1,
    max: 2000,
    format: Format::Url,
};
const PHONE: Shape = Shape::Str {
    min: 3,
    max: 40,
    format: Format::Plain,
};
const ADDRESS: Shape = Shape::Str {
    min: 3,
    max: 500,
    format: Format::Plain,
};
const TEXT: Shape = Shape::Text;

const SOURCE: Field = opt(
    "source",
    Shape::Object(&[
        f(
            "section",
            Shape::Str { min: 1, max: 200, format: Format::Plain },
            "Section or heading of the regulation, e.g. \"3.1\" or \"Ontvangstbevestiging\".",
        ),
        f(
            "quote",
            Shape::Str { min: 1, max: 1000, format: Format::Plain },
            "The regulation's own words, short.",
        ),
    ]),
    "Where this comes from in the regulation. `klachtwijzer-check explain` prints it beside what the wizard says.",
);
const ASSUMED: Field = opt(
    "assumed",
    Shape::Str {
        min: 1,
        max: 1000,
        format: Format::Plain,
    },
    "Where the regulation is silent and a choice had to be made: which choice, and why.",
);

const NOTE: Shape = Shape::Either(
    &Shape::Text,
    &Shape::Object(&[
        f("text", TEXT, "The note, in plain words."),
        SOURCE,
        ASSUMED,
    ]),
);
const NOTES: Shape = Shape::Array {
    items: &NOTE,
    min: 0,
};

const FUNDING: Shape = Shape::Enum(Funding::NAMES);
const FUNDINGS: Shape = Shape::Array {
    items: &FUNDING,
    min: 0,
};
const NEED: Shape = Shape::Enum(Need::NAMES);
const EFFECT: Shape = Shape::Enum(Effect::NAMES);

pub const CONTACT: Shape = Shape::Object(&[
    opt("email", EMAIL, "E-mail address."),
    opt("phone", PHONE, "Phone number as people should dial it."),
    opt(
        "postal_address",
        ADDRESS,
        "Postal address; lines separated by a line break (\\n).",
    ),
    opt("website", URL, "Web page with more information."),
    opt(
        "other_phone",
        PHONE,
        "A second phone number, offered with \"or\".",
    ),
    SOURCE,
    ASSUMED,
]);

pub const PERIOD: Shape = Shape::Object(&[
    f(
        "amount",
        Shape::Int { min: 0, max: 1000 },
        "How many units.",
    ),
    f(
        "unit",
        Shape::Enum(PeriodUnit::NAMES),
        "Working days skip weekends, the holidays of the Algemene termijnenwet and timeline.closing_days; the others are calendar periods.",
    ),
]);

const TERM: Shape = Shape::Object(&[
    f("amount", Shape::Int { min: 0, max: 1000 }, "How many units."),
    f(
        "unit",
        Shape::Enum(PeriodUnit::NAMES),
        "Working days skip weekends, the holidays of the Algemene termijnenwet and timeline.closing_days; the others are calendar periods.",
    ),
    opt(
        "aim",
        Shape::Bool,
        "true when the regulation only aims for this (\"we streven ernaar\"): the wizard then says \"we aim for\", never \"at the latest\". Default false: a limit.",
    ),
    opt(
        "route",
        Shape::Enum(Route::NAMES),
        "Only on this route: usual (staff or the complaints office first) or direct (talk_first.direct_route). Absent: every route.",
    ),
    opt(
        "after",
        Shape::Enum(Milestone::NAMES),
        "Since 2026-12: counted from another moment's date instead of the day of sending, e.g. a decision 4 weeks after the hearing (handling_starts). receipt, first_contact, handling_starts or decision; that moment needs its own term. A date counted from an aim is an aim too.",
    ),
    SOURCE,
    ASSUMED,
]);

const DESTINATION: Shape = Shape::Object(&[
    f(
        "name",
        TEXT,
        "Who or where to go instead, e.g. \"Je gemeente\".",
    ),
    opt("description", TEXT, "Why and how, in plain words."),
    opt("contact", CONTACT, "How to reach them."),
    SOURCE,
    ASSUMED,
]);

const ESCALATION: Shape = Shape::Object(&[
    f("name", TEXT, "Name of the committee, court or authority."),
    opt(
        "description",
        TEXT,
        "What they do and when to go there, in plain words.",
    ),
    opt("contact", CONTACT, "How to reach them."),
    opt(
        "funding",
        FUNDINGS,
        "Only for people whose care is paid this way; empty or absent: for everyone.",
    ),
    opt(
        "route",
        Shape::Enum(Route::NAMES),
        "Only for complaints that went this way: usual or direct (talk_first.direct_route). Absent: for every complaint.",
    ),
    SOURCE,
    ASSUMED,
]);

const BODY: Shape = Shape::Object(&[
    f(
        "id",
        ID,
        "Id used to refer to this body elsewhere in the file (e.g. talk_first.direct_route.to).",
    ),
    f("role", Shape::Enum(BodyRole::NAMES), "What this body does."),
    f("name", TEXT, "Name as people know it."),
    opt(
        "description",
        TEXT,
        "One or two plain sentences about this body.",
    ),
    opt("contact", CONTACT, "How to reach this body."),
    SOURCE,
    ASSUMED,
]);

const ORGANISATION: Shape = Shape::Object(&[
    f(
        "id",
        ID,
        "Stable id of the organisation; sent with every complaint.",
    ),
    f("name", NAME, "Name as people know it."),
    f(
        "contact",
        CONTACT,
        "How people reach the organisation about complaints.",
    ),
    opt(
        "locations",
        Shape::Array {
            items: &NAME,
            min: 0,
        },
        "Locations people can choose from when asked where it happened.",
    ),
    opt(
        "privacy_statement_url",
        URL,
        "Link to the privacy statement.",
    ),
    opt(
        "bodies",
        Shape::Array {
            items: &BODY,
            min: 0,
        },
        "Complaints office, officer, mediator, committees.",
    ),
    opt(
        "sector",
        Shape::Enum(Sector::NAMES),
        "Since 2026-12: the kind of organisation (default care). For housing, municipality or other, `klachtwijzer-check` and the studio list each of our texts this journey shows that speaks of care (zorg, cliënt, begeleider, hulp, locatie, team), to reword under `texts`.",
    ),
]);

const TIME_LIMIT: Shape = Shape::Object(&[
    f("period", PERIOD, "How long after the event (or last contact) a complaint can be made."),
    f("measured_from", Shape::Array { items: &Shape::Enum(MeasuredFrom::NAMES), min: 1 },
      "Dates the period runs from. With several, the complaint is late when any of them is older than the period."),
    f("effect", Shape::Enum(&["not_handled", "may_decline"]), "What being late means: not_handled (go elsewhere) or may_decline (may continue)."),
    opt("exceptions", Shape::Array { items: &Shape::Object(&[
        opt("topic", Shape::Enum(Topic::NAMES), "A standard topic this exception is for, asked in our words. Give either topic or id."),
        opt("id", ID, "Your own topic (since 2026-12): a stable id of your choice, carried in the payload (`eligibility.topics`). Needs `question`."),
        opt("question", TEXT, "The choice in your words, e.g. \"Het gedrag gaat nog steeds door\". Needed with id; replaces our words for a standard topic."),
        opt("hint", TEXT, "A line under the choice. With your own question, only this hint is shown."),
        f("period", Shape::Nullable(&PERIOD), "The period for this topic; null means no time limit."),
        SOURCE,
        ASSUMED,
    ]), min: 0 }, "Other periods for some topics."),
    opt("go_to", DESTINATION, "Where to go instead when late; the organisation's own contact is shown otherwise."),
    SOURCE,
    ASSUMED,
]);

const EXCLUSION: Shape = Shape::Object(&[
    opt("kind", Shape::Enum(ExclusionKind::NAMES), "A standard situation, asked and explained in our words. Give either kind or id."),
    opt("id", ID, "Your own situation (since 2026-12): a stable id of your choice, carried in the payload (`eligibility.exclusions`, `findings[].exclusion`). Needs `question`."),
    f("effect", EFFECT, "not_handled: cannot be handled here; may_decline: may continue; own_route: handled here on its own route."),
    opt("question", TEXT, "The question in the organisation's words; needed with id. A standard easy question is used otherwise."),
    opt("hint", TEXT, "A line under the choice. With your own question, only this hint is shown (ours belongs to our question)."),
    opt("explanation", TEXT, "Why, in the organisation's words; a standard explanation is used otherwise."),
    opt("go_to", DESTINATION, "Where to go instead."),
    opt("route", Shape::Object(&[
        opt("decision_within", PERIOD, "Term on this route."),
        opt("escalation", Shape::Array { items: &ESCALATION, min: 0 }, "Where to go when not satisfied, on this route."),
        opt("notes", NOTES, "Other things that are different on this route."),
    ]), "For own_route: what is different on that route."),
    SOURCE,
    ASSUMED,
]);

const STAFF_ROLE: Shape = Shape::Enum(StaffRole::NAMES);

const TALK_FIRST: Shape = Shape::Object(&[
    f("policy", Shape::Enum(TalkPolicy::NAMES),
      "required: talk to staff first; recommended: asked, not needed; optional: may go straight to the committee."),
    f("with", Shape::Array { items: &STAFF_ROLE, min: 1 }, "Who to talk to first."),
    opt("volunteers_and_interns", STAFF_ROLE, "Who to talk to when the complaint is about a volunteer or intern."),
    f("if_not", Shape::Enum(IfNotTalked::NAMES),
      "What happens when the person has not talked to staff yet. not_handled (since 2026-12): the journey stops and says where to talk first (go_to)."),
    opt("go_to", DESTINATION, "Where to talk or complain first, shown when the person has not (with if_not not_handled). The organisation's contact is shown otherwise."),
    opt("wait", PERIOD, "Since 2026-12: after talking first, the person waits for an answer, or this long (e.g. 6 weeks). Someone without an answer is asked when they asked; before the period ends the journey stops and says from which day they can file."),
    opt("direct_route", Shape::Object(&[
        f("to", ID, "Id of the body in organisation.bodies that takes complaints directly."),
        f("reason_required", Shape::Bool, "Whether the person must say why they go this way (asked either way)."),
        opt("also_after_talking", Shape::Bool, "Whether someone who talked to staff without a solution also goes this way. Default false."),
        opt("notes", NOTES, "What happens on this route, told on the confirmation instead of the usual route's terms."),
        SOURCE,
        ASSUMED,
    ]), "Going straight to a committee, when allowed."),
    SOURCE,
    ASSUMED,
]);

const FILER_ROLE: Shape = Shape::Enum(FilerRole::NAMES);

const FILERS: Shape = Shape::Object(&[
    f(
        "allowed",
        Shape::Array {
            items: &FILER_ROLE,
            min: 1,
        },
        "Who may file a complaint.",
    ),
    opt(
        "representatives",
        Shape::Array {
            items: &Shape::Object(&[
                f(
                    "kind",
                    Shape::Enum(RepresentativeKind::NAMES),
                    "Kind of legal representative.",
                ),
                f(
                    "scope",
                    Shape::Enum(Scope::NAMES),
                    "What this representative may complain about.",
                ),
                SOURCE,
                ASSUMED,
            ]),
            min: 0,
        },
        "Legal representatives that may file, each with its scope.",
    ),
    opt(
        "written_authorisation",
        Shape::Bool,
        "Whether someone the client asked needs a signed authorisation.",
    ),
    opt(
        "never",
        Shape::Array {
            items: &FILER_ROLE,
            min: 0,
        },
        "Roles that may never file on a client's behalf.",
    ),
    opt(
        "never_explanation",
        TEXT,
        "Why, in the organisation's words.",
    ),
    SOURCE,
    ASSUMED,
]);

const HELP: Shape = Shape::Object(&[
    f("kind", Shape::Enum(HelpKind::NAMES), "Kind of help."),
    opt(
        "name",
        TEXT,
        "Name of the person or service, when there is one.",
    ),
    opt("description", TEXT, "What this help is, in plain words."),
    opt("contact", CONTACT, "How to reach them."),
    opt(
        "funding",
        FUNDINGS,
        "Offered only to people whose care is paid this way; empty or absent: to everyone.",
    ),
    opt(
        "own_cost",
        Shape::Bool,
        "Whether the person pays for this help.",
    ),
    SOURCE,
    ASSUMED,
]);

const TIMELINE: Shape = Shape::Object(&[
    opt(
        "receipt_within",
        TERM,
        "The person gets a confirmation of receipt within this period.",
    ),
    opt(
        "first_contact_within",
        TERM,
        "Someone contacts the person within this period.",
    ),
    opt(
        "handling_starts_within",
        TERM,
        "The complaint is taken into handling within this period.",
    ),
    opt(
        "decision_within",
        TERM,
        "The complaint is decided within this period.",
    ),
    opt(
        "extension",
        TERM,
        "The decision term can be extended once by this period.",
    ),
    opt(
        "retention",
        TERM,
        "How long the complaint file is kept after handling.",
    ),
    opt(
        "unreachable_withdrawal",
        TERM,
        "The complaint stops when the person cannot be reached this long.",
    ),
    opt(
        "notes",
        NOTES,
        "Other things that will happen, in plain words; on every route.",
    ),
    opt(
        "closing_days",
        Shape::Array {
            items: &Shape::Str { min: 10, max: 10, format: Format::Date },
            min: 0,
        },
        "Days the organisation is closed besides weekends and the holidays of the Algemene termijnenwet (New Year's Day, Easter and Whit Monday, Ascension Day, both Christmas days, King's Day, 5 May). They do not count as working days. Good Friday is not a recognised holiday: list it here if you close then.",
    ),
]);

pub const REGULATION: Shape = Shape::Object(&[
    f("format_version", Shape::Int { min: 1, max: 1 }, "Version of this file format: 1."),
    f("regulation_version", NAME, "Version or date of the organisation's regulation; sent with every complaint."),
    f("organisation", ORGANISATION, "The organisation."),
    opt("time_limit", TIME_LIMIT, "How long after the event a complaint can be made; absent: no limit."),
    opt("exclusions", Shape::Array { items: &EXCLUSION, min: 0 }, "Situations in which a complaint is not handled here, may be declined, or takes its own route."),
    opt("talk_first", TALK_FIRST, "Whether people talk to staff before filing; absent: not asked."),
    f("filers", FILERS, "Who may file a complaint."),
    opt("help", Shape::Array { items: &HELP, min: 0 }, "Help offered during the procedure."),
    f("complaint_fields", Shape::Object(&[
        f("event_date", NEED, "When it happened."),
        f("location", NEED, "Where it happened."),
        f("employee_name", NEED, "Name of the employee the complaint is about."),
        f("desired_outcome", NEED, "What would solve it."),
        opt("attachments", NOTE, "Since 2026-12: how to send papers, photos or letters with the complaint, e.g. \"Heb je brieven of foto's? Mail ze naar klachten@… en noem je nummer.\" The wizard has no upload; it tells this on \"what happened\" and on the confirmation."),
        SOURCE,
        ASSUMED,
    ]), "Which details of the complaint are asked. What happened is always required."),
    f("contact_fields", Shape::Object(&[
        f("name", NEED, "The person's name."),
        f("email", NEED, "E-mail address."),
        f("phone", NEED, "Phone number."),
        f("postal_address", NEED, "Postal address."),
        f("at_least_one_of", Shape::Array { items: &Shape::Enum(ContactChannel::NAMES), min: 1 },
          "At least one of these must be given, so the organisation can reach the person."),
        SOURCE,
        ASSUMED,
    ]), "Which contact details are asked."),
    opt("serious_matters", Shape::Object(&[
        f("topics", Shape::Array { items: &Shape::Enum(SeriousTopic::NAMES), min: 1 }, "Topics the organisation must report."),
        f("notice", TEXT, "What the organisation does with such a complaint, told to the person."),
        SOURCE,
        ASSUMED,
    ]), "Serious matters the organisation must report."),
    f("timeline", TIMELINE, "What happens after sending, and when."),
    opt("escalation", Shape::Array { items: &ESCALATION, min: 0 }, "Where to go when not satisfied, in order."),
    opt("delivery", Shape::Object(&[
        opt("endpoint", URL, "URL that receives the JSON document (POST)."),
        opt("timeout_seconds", Shape::Int { min: 1, max: 300 }, "How long to wait for the endpoint. Default 20."),
        opt("fallback_email", EMAIL, "Address offered when sending fails."),
        opt("draft_days", Shape::Int { min: 0, max: 90 }, "Days an unfinished complaint, and the confirmation of a sent one, are kept in the browser. Default 7."),
    ]), "Where and how complaints are sent."),
    opt("languages", Shape::Array { items: &Shape::Enum(&["nl", "en"]), min: 1 }, "Languages offered. Default: nl and en."),
    opt("theme", Shape::Object(&[
        opt("primary_colour", Shape::Str { min: 4, max: 7, format: Format::Colour },
            "Buttons and the confirmation panel, with white text on it: #rrggbb. White text must contrast at least 4.5:1."),
        opt("focus_colour", Shape::Str { min: 4, max: 7, format: Format::Colour },
            "The focus ring: #rrggbb. It must contrast at least 3:1 with the primary colour (the buttons it surrounds)."),
        opt("font_family", Shape::Str { min: 1, max: 200, format: Format::FontFamily },
            "A CSS font list, e.g. \"Open Sans\", Arial, sans-serif. No web fonts are loaded: use fonts the page already has."),
        opt("logo_url", URL, "The organisation's logo, shown above the wizard."),
        opt("corner_radius", Shape::Int { min: 0, max: 24 }, "Corner radius of buttons and fields, in pixels."),
    ]), "The organisation's look. Colours are checked for contrast when the file is loaded."),
    opt("quick_exit_url", URL, "Where the quick exit button (\"Snel weg\") goes: a neutral site. Default: https://www.google.nl/."),
    opt("texts", Shape::Map(&Shape::Map(&Shape::Str { min: 1, max: 2000, format: Format::Plain })),
        "Text overrides: language code → text key → text (every key, where it shows and its placeholders: `docs/texts.md`). Where a key has a `@helper` variant (what a support person filing for a client reads), reword that too, or the support person keeps our words. `klachtwijzer-check check` warns about a `{placeholder}` the text cannot fill."),
]);
