//! "Wil je hulp?": the help the regulation offers this person (some help depends on how
//! their care is paid), in the organisation's words where it wrote them.

use chrono::NaiveDate;

use super::{Ask, Choice, Choices, Icon, Label, Screen, Step};
use crate::core::answers::{field, Answers, FundingAnswer};
use crate::core::regulation::{HelpKind, HelpOption, Need, Regulation};
use crate::core::validation::{err, text, FieldError, MAX_NAME_CHARS};

/// Help that is offered to this person.
pub fn options<'r>(r: &'r Regulation, a: &Answers) -> Vec<&'r HelpOption> {
    r.help
        .iter()
        .filter(|h| match a.funding {
            _ if h.funding.is_empty() => true,
            Some(FundingAnswer::Known(funding)) => h.funding.contains(&funding),
            // Unknown funding: offer every option, the organisation will tell which applies.
            Some(FundingAnswer::Unknown) | None => true,
        })
        .collect()
}

pub fn icon(kind: HelpKind) -> Icon {
    match kind {
        HelpKind::Mediator => Icon::Handshake,
        HelpKind::TrustedPerson => Icon::Heart,
        HelpKind::Legal => Icon::Scales,
        HelpKind::Colleague => Icon::Group,
        HelpKind::Vertrouwenspersoon
        | HelpKind::Clientondersteuner
        | HelpKind::ClientConfidant
        | HelpKind::SocialCounsellor => Icon::Chat,
    }
}

pub struct Help;

impl Screen for Help {
    fn step(&self) -> Step {
        Step::Help
    }
    fn applies(&self, r: &Regulation, _a: &Answers, _today: NaiveDate) -> bool {
        !r.help.is_empty()
    }
    fn ask(&self, r: &Regulation, a: &Answers) -> Ask {
        let options = options(r, a)
            .into_iter()
            .map(|h| {
                let mut choice = Choice::named(field::HELP, h.kind.name(), Some(icon(h.kind)));
                if let Some(name) = &h.name {
                    choice.label = Label::Own(name.clone());
                }
                // Our plain words first; what the organisation writes adds to them.
                let mut hint = vec![Label::Key(format!("choice.help.{}.hint", h.kind.name()))];
                hint.extend(h.description.clone().map(Label::Own));
                if h.own_cost {
                    hint.push(Label::Key("help.own_cost".into()));
                }
                choice.hint = Some(Label::Joined(hint));
                (h.kind, choice)
            })
            .collect();
        Ask::Choose(Choices::many(
            field::HELP,
            options,
            |a| a.help.as_ref(),
            |a| &mut a.help,
        ))
    }
    fn validate(&self, r: &Regulation, a: &Answers, _today: NaiveDate) -> Option<Vec<FieldError>> {
        let Some(kinds) = &a.help else {
            return Some(vec![err(field::HELP, "error.choose_or_none")]);
        };
        let mut e = Vec::new();
        let offered = options(r, a);
        if kinds.iter().any(|k| !offered.iter().any(|h| h.kind == *k)) {
            e.push(err(field::HELP, "error.choose_or_none"));
        }
        let name = &a.trusted_person_name;
        let field = field::TRUSTED_PERSON_NAME;
        let too_long = "error.too_long";
        text(
            &mut e,
            name,
            Need::Optional,
            MAX_NAME_CHARS,
            field,
            too_long,
            too_long,
        );
        Some(e)
    }
    fn prune(&self, _r: &Regulation, steps: &[Step], a: &mut Answers) {
        if !steps.contains(&Step::Help) {
            a.help = None;
        }
        if !a
            .help
            .as_ref()
            .is_some_and(|h| h.contains(&HelpKind::TrustedPerson))
        {
            a.trusted_person_name.clear();
        }
    }
}
