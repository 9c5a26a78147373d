//! `klachtwijzer-check explain`: every rule of a regulation file, with what the wizard says
//! (in Dutch), when, and where it comes from (the regulation's words) or what was assumed. A
//! complaints officer proofreads the wizard against their own regulation with it, without
//! reading JSON. The frame is Dutch because that is the officer's language; the wizard's own
//! words come from the locale file and the regulation, as the wizard shows them.

use super::answers::field;
use super::regulation::{
    Effect, Funding, HelpKind, IfNotTalked, MeasuredFrom, Milestone, Need, Note, Period,
    Regulation, Route, Source, TalkPolicy, Term,
};
use super::steps::{exclusions, Choice, Label};
use super::text::{Destination, Text};
use super::wording;
use crate::i18n::Locale;

/// One rule: where it is in the file, what it is, when it applies, what the person reads.
pub struct Entry {
    pub path: String,
    pub title: String,
    pub when: String,
    pub says: Vec<String>,
    pub source: Option<Source>,
    pub assumed: Option<String>,
}

impl Entry {
    pub fn has_basis(&self) -> bool {
        self.source.is_some() || self.assumed.is_some()
    }
}

const NL: Locale = Locale::Nl;

fn key(r: &Regulation, key: &str) -> String {
    wording::text(r, NL, key)
}

fn own(text: &Text) -> String {
    text.get(NL).to_string()
}

/// A label drawn as the wizard would (keys and own words; the steps' labels are simple).
fn label(r: &Regulation, shown: &Label) -> String {
    match shown {
        Label::Key(k) => key(r, k),
        Label::Own(text) => own(text),
        Label::Filled {
            key: k,
            placeholder,
            value_key,
        } => key(r, k).replace(&format!("{{{placeholder}}}"), &key(r, value_key)),
        Label::Joined(parts) => parts
            .iter()
            .map(|p| label(r, p))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn period(r: &Regulation, p: Period) -> String {
    wording::period(r, NL, p)
}

fn quoted(text: impl AsRef<str>) -> String {
    format!("“{}”", text.as_ref())
}

fn effect(e: Effect) -> &'static str {
    match e {
        Effect::NotHandled => "De wizard stopt hier. Hij zegt waar de persoon wel terecht kan.",
        Effect::MayDecline => {
            "De persoon mag doorgaan. De wizard zegt dat de organisatie de klacht mag weigeren."
        }
        Effect::OwnRoute => "De persoon gaat door op een eigen route.",
    }
}

fn destination(d: &Destination) -> String {
    let mut line = format!("Verwijst naar: {}", own(&d.name));
    if let Some(description) = &d.description {
        line.push_str(&format!(" ({})", own(description)));
    }
    match (&d.source, &d.assumed) {
        (Some(source), _) => line.push_str(&format!(
            ". Bron: {}: {}",
            source.section,
            quoted(&source.quote)
        )),
        (None, Some(assumed)) => line.push_str(&format!(". Aanname: {assumed}")),
        (None, None) => {}
    }
    line
}

/// "Wlz, langdurige zorg", … as the funding question names them.
fn funding_names(r: &Regulation, funding: &[Funding]) -> Vec<String> {
    funding
        .iter()
        .map(|f| key(r, &format!("choice.funding.{}", f.name())))
        .collect()
}

fn need(n: Need) -> &'static str {
    match n {
        Need::Required => "verplicht",
        Need::Optional => "gevraagd, mag leeg blijven",
        Need::Hidden => "niet gevraagd",
    }
}

fn help_name(r: &Regulation, kind: HelpKind, name: &Option<Text>) -> String {
    name.as_ref()
        .map(own)
        .unwrap_or_else(|| key(r, &format!("choice.help.{}", kind.name())))
}

fn note_entry(path: String, title: &str, when: &str, note: &Note) -> Entry {
    Entry {
        path,
        title: title.into(),
        when: when.into(),
        says: vec![quoted(own(&note.text))],
        source: note.source.clone(),
        assumed: note.assumed.clone(),
    }
}

fn term_entry(r: &Regulation, name: &str, term: &Term) -> Entry {
    let length = period(r, term.period());
    let from = match term.after {
        None => "het versturen",
        Some(Milestone::Receipt) => "de ontvangstbevestiging",
        Some(Milestone::FirstContact) => "het eerste contact",
        Some(Milestone::HandlingStarts) => "het begin van de behandeling",
        Some(Milestone::Decision) => "de afhandeling",
    };
    let after = format!("({length} na {from})");
    let says = match (name, term.aim) {
        ("receipt_within", false) => key(r, "sent.receipt_by"),
        ("receipt_within", true) => key(r, "sent.receipt_aim"),
        ("first_contact_within", false) => key(r, "sent.first_contact_by"),
        ("first_contact_within", true) => key(r, "sent.first_contact_aim"),
        ("handling_starts_within", false) => key(r, "sent.handling_starts_by"),
        ("handling_starts_within", true) => key(r, "sent.handling_starts_aim"),
        ("decision_within", false) => key(r, "sent.decision_by"),
        ("decision_within", true) => key(r, "sent.decision_aim"),
        ("extension", _) => key(r, "sent.decision_by_extended"),
        ("unreachable_withdrawal", _) => key(r, "sent.unreachable"),
        _ => String::new(),
    }
    .replace("{date}", &format!("[datum {after}]"))
    .replace("{period}", &length);
    let shown = if says.is_empty() {
        format!("Niet getoond. De klacht gaat met deze termijn naar de organisatie: {length}.")
    } else {
        quoted(says)
    };
    let kind = if term.aim {
        "streeftermijn"
    } else {
        "uiterste termijn"
    };
    let what = match name {
        "receipt_within" => "bevestiging van ontvangst",
        "first_contact_within" => "eerste contact",
        "handling_starts_within" => "begin van de behandeling",
        "decision_within" => "afhandeling",
        "extension" => "verlenging van de afhandeling",
        "retention" => "bewaren van het dossier",
        _ => "stoppen als de persoon onbereikbaar is",
    };
    Entry {
        path: format!("timeline.{name}"),
        title: format!("Termijn voor {what}: {length} ({kind})"),
        when: match term.route {
            None => "Na het versturen, op elke route.".into(),
            Some(Route::Usual) => {
                "Na het versturen, als de klacht niet de directe route neemt.".into()
            }
            Some(Route::Direct) => "Na het versturen, als de klacht de directe route neemt.".into(),
        },
        says: vec![shown],
        source: term.source.clone(),
        assumed: term.assumed.clone(),
    }
}

/// Every rule of `r`, in the order the person meets them.
pub fn entries(r: &Regulation) -> Vec<Entry> {
    let mut out = Vec::new();
    let contact = &r.organisation.contact;
    let ways: Vec<String> = [
        ("E-mail", &contact.email),
        ("Telefoon", &contact.phone),
        ("Of telefoon", &contact.other_phone),
        ("Post", &contact.postal_address),
        ("Website", &contact.website),
    ]
    .into_iter()
    .filter_map(|(what, value)| {
        value
            .as_ref()
            .map(|v| format!("{what}: {}", v.replace('\n', ", ")))
    })
    .collect();
    out.push(Entry {
        path: "organisation.contact".into(),
        title: "Contact met de organisatie".into(),
        when: "Bij vragen, op pagina's die stoppen, en als versturen niet lukt.".into(),
        says: ways,
        source: contact.source.clone(),
        assumed: contact.assumed.clone(),
    });
    if let Some(limit) = &r.time_limit {
        let length = period(r, limit.period);
        let from: Vec<&str> = limit
            .measured_from
            .iter()
            .map(|m| match m {
                MeasuredFrom::Event => "wat er gebeurde",
                MeasuredFrom::LastContact => "het laatste contact met de medewerker",
            })
            .collect();
        let mut says: Vec<String> = limit
            .measured_from
            .iter()
            .map(|from| {
                quoted(
                    key(r, &format!("finding.time_limit.{}", limit.effect.name()))
                        .replace("{period}", &length)
                        .replace("{from}", &key(r, &format!("late_from.{}", from.name()))),
                )
            })
            .collect();
        says.push(effect(limit.effect).into());
        says.extend(limit.go_to.as_ref().map(destination));
        out.push(Entry {
            path: "time_limit".into(),
            title: format!("Termijn om te klagen: {length}"),
            when: format!("Meer dan {length} na {}.", from.join(" of na ")),
            says,
            source: limit.source.clone(),
            assumed: limit.assumed.clone(),
        });
        for (i, exception) in limit.exceptions.iter().enumerate() {
            let choice = Choice::worded(
                field::TOPICS,
                exception.topic.map(|t| t.name()),
                exception.question.as_ref(),
                exception.hint.as_ref(),
            );
            let topic = label(r, &choice.label);
            out.push(Entry {
                path: format!("time_limit.exceptions[{i}]"),
                title: format!("Andere termijn: {topic}"),
                when: format!(
                    "De klacht is te laat en de persoon kiest {}.",
                    quoted(&topic)
                ),
                says: vec![match exception.period {
                    None => "Er is geen termijn: de klacht kan altijd.".into(),
                    Some(p) => format!("De termijn is dan {}.", period(r, p)),
                }],
                source: exception.source.clone(),
                assumed: exception.assumed.clone(),
            });
        }
    }
    for (i, exclusion) in r.exclusions.iter().enumerate() {
        let choice = label(
            r,
            &Choice::worded(
                field::EXCLUSIONS,
                exclusion.kind.map(|k| k.name()),
                exclusion.question.as_ref(),
                exclusion.hint.as_ref(),
            )
            .label,
        );
        let explanation = label(r, &exclusions::explanation(exclusion));
        let mut says = vec![quoted(explanation), effect(exclusion.effect).into()];
        says.extend(exclusion.go_to.as_ref().map(destination));
        if let Some(route) = &exclusion.route {
            says.extend(
                route.decision_within.map(|p| {
                    quoted(key(r, "outcome.route_term").replace("{period}", &period(r, p)))
                }),
            );
            says.extend(route.notes.iter().map(|n| quoted(own(&n.text))));
        }
        out.push(Entry {
            path: format!("exclusions[{i}]"),
            title: format!("Uitzondering: {choice}"),
            when: format!("De persoon kiest {}.", quoted(&choice)),
            says,
            source: exclusion.source.clone(),
            assumed: exclusion.assumed.clone(),
        });
    }
    if let Some(talk) = &r.talk_first {
        let if_not = match talk.if_not {
            IfNotTalked::AppointmentFirst => quoted(key(r, "sent.appointment_first")),
            IfNotTalked::ReferredToEmployee => quoted(key(r, "sent.referred_to_employee")),
            IfNotTalked::Continue => "de klacht wordt gewoon behandeld.".into(),
            IfNotTalked::NotHandled => {
                let mut line = format!(
                    "de wizard stopt: {}",
                    quoted(key(r, "finding.not_talked_first"))
                );
                line.extend(talk.go_to.as_ref().map(|d| format!(" {}", destination(d))));
                line
            }
        };
        out.push(Entry {
            path: "talk_first".into(),
            title: "Eerst praten".into(),
            when: match talk.policy {
                TalkPolicy::Required => "Altijd. Eerst praten moet.",
                TalkPolicy::Recommended => "Altijd. Eerst praten wordt aangeraden.",
                TalkPolicy::Optional => "Altijd. De persoon kiest: eerst praten of direct.",
            }
            .into(),
            says: [
                quoted(key(r, "talked_to_staff.heading")),
                format!("Nog niet gepraat: {if_not}"),
            ]
            .into_iter()
            .chain((talk.if_not != IfNotTalked::NotHandled).then(|| {
                format!(
                    "Kiest de persoon {}? Dan: {}",
                    quoted(key(r, "choice.talked.not_safe")),
                    quoted(key(r, "sent.not_safe"))
                )
            }))
            .chain(talk.wait.map(|wait| {
                format!(
                    "Wel gepraat, maar nog geen antwoord? De persoon wacht {} na de dag van het gesprek. Eerder stopt de wizard: {}",
                    period(r, wait),
                    quoted(key(r, "finding.still_waiting"))
                )
            }))
            .collect(),
            source: talk.source.clone(),
            assumed: talk.assumed.clone(),
        });
        if let Some(direct) = &talk.direct_route {
            let body = r.body(&direct.to).map(|b| own(&b.name)).unwrap_or_default();
            let mut says = vec![format!(
                "De persoon wordt gevraagd waarom ({}).",
                if direct.reason_required {
                    "verplicht"
                } else {
                    "mag leeg blijven"
                }
            )];
            says.extend(direct.notes.iter().map(|n| quoted(own(&n.text))));
            out.push(Entry {
                path: "talk_first.direct_route".into(),
                title: format!("Direct naar: {body}"),
                when: format!(
                    "De persoon kiest {}{}.",
                    quoted(key(r, "choice.talked.direct_route")),
                    if direct.also_after_talking {
                        format!(", of {}", quoted(key(r, "choice.talked.yes")))
                    } else {
                        String::new()
                    }
                ),
                says,
                source: direct.source.clone(),
                assumed: direct.assumed.clone(),
            });
        }
    }
    let filers = &r.filers;
    let allowed: Vec<String> = filers
        .allowed
        .iter()
        .map(|role| key(r, &format!("filer_role.{}", role.name())))
        .collect();
    let mut says = vec![format!("Mag een klacht indienen: {}.", allowed.join("; "))];
    if !filers.never.is_empty() {
        says.push(
            filers
                .never_explanation
                .as_ref()
                .map(|t| quoted(own(t)))
                .unwrap_or_else(|| quoted(key(r, "finding.filer.employee"))),
        );
    }
    if filers.written_authorisation {
        says.push(quoted(key(r, "finding.missing_authorisation")));
    }
    out.push(Entry {
        path: "filers".into(),
        title: "Wie mag een klacht indienen".into(),
        when: "Als de persoon zegt voor wie de klacht is.".into(),
        says,
        source: filers.source.clone(),
        assumed: filers.assumed.clone(),
    });
    for (i, rep) in filers.representatives.iter().enumerate() {
        let kind = key(r, &format!("choice.representative.{}", rep.kind.name()));
        out.push(Entry {
            path: format!("filers.representatives[{i}]"),
            title: format!("Vertegenwoordiger: {kind}"),
            when: format!("De persoon kiest {}.", quoted(&kind)),
            says: vec![quoted(key(r, &format!("scope.{}", rep.scope.name())))],
            source: rep.source.clone(),
            // Without its own, a representative rests on what the file says of filers.
            assumed: rep.assumed.clone().or_else(|| {
                (rep.source.is_none() && (filers.source.is_some() || filers.assumed.is_some()))
                    .then(|| "Zie ‘Wie mag een klacht indienen’.".to_string())
            }),
        });
    }
    for (i, help) in r.help.iter().enumerate() {
        let name = help_name(r, help.kind, &help.name);
        let mut says = vec![quoted(help.description.as_ref().map(own).unwrap_or_else(
            || key(r, &format!("choice.help.{}.hint", help.kind.name())),
        ))];
        if help.own_cost {
            says.push("De persoon betaalt deze hulp zelf.".into());
        }
        let funding = funding_names(r, &help.funding);
        out.push(Entry {
            path: format!("help[{i}]"),
            title: format!("Hulp: {name}"),
            when: if funding.is_empty() {
                "Aangeboden aan iedereen.".into()
            } else {
                format!(
                    "Aangeboden als de zorg zo betaald wordt: {}.",
                    funding.join(", ")
                )
            },
            says,
            source: help.source.clone(),
            assumed: help.assumed.clone(),
        });
    }
    let c = &r.complaint_fields;
    out.push(Entry {
        path: "complaint_fields".into(),
        title: "Wat we vragen over de klacht".into(),
        when: "Altijd. Wat er gebeurde is altijd verplicht.".into(),
        says: vec![
            format!("Datum: {}.", need(c.event_date)),
            format!("Plek: {}.", need(c.location)),
            format!("Naam van de medewerker: {}.", need(c.employee_name)),
            format!("Wat zou het oplossen: {}.", need(c.desired_outcome)),
        ],
        source: c.source.clone(),
        assumed: c.assumed.clone(),
    });
    let k = &r.contact_fields;
    let channels: Vec<String> = k
        .at_least_one_of
        .iter()
        .map(|ch| key(r, &format!("channel.{}", ch.name())))
        .collect();
    out.push(Entry {
        path: "contact_fields".into(),
        title: "Contactgegevens".into(),
        when: "Altijd.".into(),
        says: vec![
            format!("Naam: {}.", need(k.name)),
            format!("E-mail: {}.", need(k.email)),
            format!("Telefoon: {}.", need(k.phone)),
            format!("Adres: {}.", need(k.postal_address)),
            format!("Minstens één van: {}.", channels.join(", ")),
        ],
        source: k.source.clone(),
        assumed: k.assumed.clone(),
    });
    if let Some(serious) = &r.serious_matters {
        let topics: Vec<String> = serious
            .topics
            .iter()
            .map(|t| key(r, &format!("choice.serious.{}", t.name())))
            .collect();
        out.push(Entry {
            path: "serious_matters".into(),
            title: "Ernstige zaken".into(),
            when: format!("De persoon kiest een van: {}.", topics.join(", ")),
            says: vec![quoted(own(&serious.notice))],
            source: serious.source.clone(),
            assumed: serious.assumed.clone(),
        });
    }
    let t = &r.timeline;
    for (name, term) in [
        ("receipt_within", &t.receipt_within),
        ("first_contact_within", &t.first_contact_within),
        ("handling_starts_within", &t.handling_starts_within),
        ("decision_within", &t.decision_within),
        ("extension", &t.extension),
        ("retention", &t.retention),
        ("unreachable_withdrawal", &t.unreachable_withdrawal),
    ] {
        out.extend(term.as_ref().map(|term| term_entry(r, name, term)));
    }
    if let Some(note) = &c.attachments {
        out.push(note_entry(
            "complaint_fields.attachments".into(),
            "Bijlagen: hoe je ze stuurt",
            "Bij \"Wat is er gebeurd?\" en na het versturen.",
            note,
        ));
    }
    for (i, note) in t.notes.iter().enumerate() {
        out.push(note_entry(
            format!("timeline.notes[{i}]"),
            "Uitleg na het versturen",
            "Na het versturen, op elke route.",
            note,
        ));
    }
    if let Some(direct) = r.talk_first.as_ref().and_then(|t| t.direct_route.as_ref()) {
        for (i, note) in direct.notes.iter().enumerate() {
            out.push(note_entry(
                format!("talk_first.direct_route.notes[{i}]"),
                "Uitleg na het versturen, directe route",
                "Na het versturen, als de klacht de directe route neemt.",
                note,
            ));
        }
    }
    for (i, route) in r.escalation.iter().enumerate() {
        let funding = funding_names(r, &route.funding);
        out.push(Entry {
            path: format!("escalation[{i}]"),
            title: format!("Niet tevreden: {}", own(&route.name)),
            when: if funding.is_empty() {
                "Op de bevestiging, voor iedereen.".into()
            } else {
                format!(
                    "Op de bevestiging, als de zorg zo betaald wordt: {}.",
                    funding.join(", ")
                )
            },
            says: route.description.iter().map(|d| quoted(own(d))).collect(),
            source: route.source.clone(),
            assumed: route.assumed.clone(),
        });
    }
    for (i, body) in r.organisation.bodies.iter().enumerate() {
        out.push(Entry {
            path: format!("organisation.bodies[{i}]"),
            title: format!("Wie: {}", own(&body.name)),
            when: "Genoemd in de wizard.".into(),
            says: body.description.iter().map(|d| quoted(own(d))).collect(),
            source: body.source.clone(),
            assumed: body.assumed.clone(),
        });
    }
    out
}

/// The whole explanation as Markdown.
pub fn markdown(r: &Regulation) -> String {
    let entries = entries(r);
    let missing: Vec<&Entry> = entries.iter().filter(|e| !e.has_basis()).collect();
    let mut out = format!(
        "# {}: wat de wizard zegt, en waar het staat\n\n\
         Regeling: {}. Gemaakt met `klachtwijzer-check explain`. Per regel: wanneer hij geldt, \
         wat de wizard zegt, en de bron in de regeling. Staat er een aanname? Dan zegt de \
         regeling er niets over en is er een keuze gemaakt. Klopt iets niet? Pas dan het \
         regelingbestand aan.\n\n",
        r.organisation.name, r.regulation_version
    );
    let assumptions = entries.iter().filter(|e| e.assumed.is_some()).count();
    out.push_str(&format!(
        "{} regels, {} met een aanname, {} zonder bron of aanname.\n",
        entries.len(),
        assumptions,
        missing.len()
    ));
    for (n, entry) in entries.iter().enumerate() {
        out.push_str(&format!("\n## {}. {}\n\n", n + 1, entry.title));
        out.push_str(&format!("- **Wanneer:** {}\n", entry.when));
        for line in &entry.says {
            out.push_str(&format!("- **De wizard:** {line}\n"));
        }
        match (&entry.source, &entry.assumed) {
            (Some(source), _) => out.push_str(&format!(
                "- **Bron:** {}: {}\n",
                source.section,
                quoted(&source.quote)
            )),
            (None, None) => out.push_str("- **Bron:** ontbreekt. Vul `source` of `assumed` in.\n"),
            _ => {}
        }
        if let Some(assumed) = &entry.assumed {
            out.push_str(&format!("- **Aanname:** {assumed}\n"));
        }
        out.push_str(&format!("- In het bestand: `{}`\n", entry.path));
    }
    out
}
