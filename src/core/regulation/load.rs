use std::collections::BTreeSet;

use serde_json::Value;

use super::format::REGULATION;
use super::shape::{problem, Problem};
use super::types::*;

/// Reads a regulation file. Either a regulation that is whole and consistent, or every
/// problem found, each with its JSON path and a plain explanation. Never panics.
pub fn load(json: &str) -> Result<Regulation, Vec<Problem>> {
    let value: Value = serde_json::from_str(json).map_err(|err| {
        vec![problem(
            "",
            format!(
                "the file is not valid JSON (line {}, column {}): {err}",
                err.line(),
                err.column()
            ),
        )]
    })?;
    let mut problems = Vec::new();
    REGULATION.check(&value, "", &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    // Read from the text again rather than from `value`: the browser then carries one JSON
    // reader for typed data instead of two (a tenth of the wasm).
    let regulation: Regulation = serde_json::from_str(json)
        .map_err(|err| vec![problem("", format!("could not read the file: {err}"))])?;
    check_consistency(&regulation, &mut problems);
    if problems.is_empty() {
        Ok(regulation)
    } else {
        Err(problems)
    }
}

/// Rules across fields, which the shape alone cannot say.
pub fn check_consistency(r: &Regulation, problems: &mut Vec<Problem>) {
    if r.organisation.contact.is_empty() {
        problems.push(problem(
            "organisation.contact",
            "give at least one way to reach the organisation (email, phone, postal_address or website)",
        ));
    }
    let mut ids = BTreeSet::new();
    for (i, body) in r.organisation.bodies.iter().enumerate() {
        if !ids.insert(body.id.as_str()) {
            problems.push(problem(
                &format!("organisation.bodies[{i}].id"),
                format!("the id \"{}\" is used twice", body.id),
            ));
        }
    }

    if let Some(limit) = &r.time_limit {
        for (i, e) in limit.exceptions.iter().enumerate() {
            standard_or_own(
                &format!("time_limit.exceptions[{i}]"),
                ("topic", e.topic.is_some(), Topic::NAMES),
                e.id.as_deref(),
                e.question.is_some(),
                problems,
            );
        }
        unique(
            limit.exceptions.iter().map(TimeLimitException::id),
            "time_limit.exceptions",
            "topic",
            problems,
        );
    }
    unique(
        r.exclusions.iter().map(Exclusion::id),
        "exclusions",
        "situation",
        problems,
    );
    for (i, exclusion) in r.exclusions.iter().enumerate() {
        standard_or_own(
            &format!("exclusions[{i}]"),
            ("kind", exclusion.kind.is_some(), ExclusionKind::NAMES),
            exclusion.id.as_deref(),
            exclusion.question.is_some(),
            problems,
        );
        if exclusion.route.is_some() && exclusion.effect != Effect::OwnRoute {
            problems.push(problem(
                &format!("exclusions[{i}].route"),
                "a route only applies when effect is own_route",
            ));
        }
    }

    check_chained_terms(&r.timeline, problems);

    if let Some(talk) = &r.talk_first {
        match &talk.direct_route {
            Some(route) if r.body(&route.to).is_none() => problems.push(problem(
                "talk_first.direct_route.to",
                format!("no body with id \"{}\" in organisation.bodies", route.to),
            )),
            None if talk.policy == TalkPolicy::Optional => problems.push(problem(
                "talk_first.direct_route",
                "policy optional means people may go straight to a committee: say which one here",
            )),
            _ => {}
        }
    }

    let filers = &r.filers;
    unique(
        filers.allowed.iter().map(|role| role.name()),
        "filers",
        "allowed role",
        problems,
    );
    if filers.allowed.contains(&FilerRole::Employee) {
        problems.push(problem(
            "filers.allowed",
            "an employee can never file a complaint for a client; put employee under filers.never",
        ));
    }
    for role in &filers.never {
        if filers.allowed.contains(role) && *role != FilerRole::Employee {
            problems.push(problem(
                "filers.never",
                format!("{} is both allowed and never allowed", role.name()),
            ));
        }
    }
    if !filers.allowed.contains(&FilerRole::Client) {
        problems.push(problem(
            "filers.allowed",
            "the client must be allowed to file their own complaint",
        ));
    }
    let has_representatives = !filers.representatives.is_empty();
    if filers.allowed.contains(&FilerRole::LegalRepresentative) != has_representatives {
        problems.push(problem(
            "filers.representatives",
            "list the kinds of legal representative exactly when legal_representative is allowed",
        ));
    }
    unique(
        filers.representatives.iter().map(|rep| rep.kind.name()),
        "filers.representatives",
        "kind",
        problems,
    );
    unique(
        r.help.iter().map(|h| h.kind.name()),
        "help",
        "kind",
        problems,
    );

    let contact = &r.contact_fields;
    for (i, channel) in contact.at_least_one_of.iter().enumerate() {
        let need = match channel {
            ContactChannel::Email => contact.email,
            ContactChannel::Phone => contact.phone,
            ContactChannel::Post => contact.postal_address,
        };
        if !need.asked() {
            problems.push(problem(
                &format!("contact_fields.at_least_one_of[{i}]"),
                "this channel is hidden, so people cannot give it",
            ));
        }
    }

    if let Some(theme) = &r.theme {
        for (field, message) in crate::core::theme::contrast_problems(theme) {
            problems.push(problem(&format!("theme.{field}"), message));
        }
    }
    if !r.languages.iter().any(|l| l == "nl") {
        problems.push(problem("languages", "Dutch (nl) must be offered"));
    }
    unique(
        r.languages.iter().map(String::as_str),
        "languages",
        "language",
        problems,
    );
    for (lang, texts) in &r.texts {
        let Some(locale) = crate::i18n::Locale::from_code(lang) else {
            problems.push(problem(
                &format!("texts.{lang}"),
                format!("unknown language \"{lang}\""),
            ));
            continue;
        };
        for key in texts.keys() {
            if !crate::i18n::has_key(locale, key) {
                problems.push(problem(
                    &format!("texts.{lang}.{key}"),
                    "no text has this key; see locales/nl.json for the keys",
                ));
            }
        }
    }
}

/// A chained term runs from a moment that has a term, and never back to itself.
fn check_chained_terms(timeline: &Timeline, problems: &mut Vec<Problem>) {
    for (name, term) in [
        ("extension", &timeline.extension),
        ("retention", &timeline.retention),
        ("unreachable_withdrawal", &timeline.unreachable_withdrawal),
    ] {
        if term.as_ref().is_some_and(|t| t.after.is_some()) {
            problems.push(problem(
                &format!("timeline.{name}.after"),
                "only the terms for receipt, first contact, the start of handling and the decision count from another moment",
            ));
        }
    }
    for &milestone in Milestone::ALL {
        let path = format!("timeline.{}_within.after", milestone.name());
        let mut seen = vec![milestone];
        let mut at = milestone;
        while let Some(next) = timeline.term(at).and_then(|t| t.after) {
            if timeline.term(next).is_none() {
                problems.push(problem(
                    &path,
                    format!("{} has no term to count from", next.name()),
                ));
                break;
            }
            if seen.contains(&next) {
                if next == milestone {
                    problems.push(problem(
                        &path,
                        "these terms count from each other in a circle: one must run from the day of sending",
                    ));
                }
                break;
            }
            seen.push(next);
            at = next;
        }
    }
}

/// A standard entry (`kind` or `topic`) or the organisation's own (`id` with its question).
fn standard_or_own(
    path: &str,
    (field, has_standard, standard_names): (&str, bool, &[&str]),
    id: Option<&str>,
    has_question: bool,
    problems: &mut Vec<Problem>,
) {
    let message = match (has_standard, id) {
        (true, Some(_)) => {
            format!("give either {field} (a standard one) or id (your own), not both")
        }
        (false, None) => format!("give {field} (a standard one) or id (your own, with a question)"),
        (false, Some(id)) if standard_names.contains(&id) => {
            format!("\"{id}\" is a standard one: write \"{field}\": \"{id}\" instead of id")
        }
        (false, Some(_)) if !has_question => {
            return problems.push(problem(
                &format!("{path}.question"),
                "your own id needs a question: the words people choose",
            ))
        }
        _ => return,
    };
    problems.push(problem(path, message));
}

fn unique<'a>(
    items: impl Iterator<Item = &'a str>,
    path: &str,
    what: &str,
    problems: &mut Vec<Problem>,
) {
    let mut seen = BTreeSet::new();
    for item in items {
        let name = item;
        if !seen.insert(name) {
            problems.push(problem(
                path,
                format!("the {what} \"{name}\" is listed twice"),
            ));
        }
    }
}
