use super::answers::Answers;

/// The screens of the journey, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    WhatHappened,
    Check,
    Sent,
}

impl Step {
    /// Stable name of the step, used in URLs and locale keys.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::WhatHappened => "what-happened",
            Step::Check => "check",
            Step::Sent => "sent",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        ALL.iter().copied().find(|step| step.slug() == slug)
    }

    /// A step that asks or checks something counts in "Stap 2 van 3".
    fn is_counted(self) -> bool {
        matches!(self, Step::WhatHappened | Step::Check)
    }
}

const ALL: [Step; 4] = [Step::Start, Step::WhatHappened, Step::Check, Step::Sent];

/// The steps that apply to these answers, in order.
pub fn steps(_answers: &Answers) -> Vec<Step> {
    ALL.to_vec()
}

pub fn next(current: Step, answers: &Answers) -> Option<Step> {
    let steps = steps(answers);
    let index = steps.iter().position(|s| *s == current)?;
    steps.get(index + 1).copied()
}

pub fn previous(current: Step, answers: &Answers) -> Option<Step> {
    let steps = steps(answers);
    let index = steps.iter().position(|s| *s == current)?;
    index.checked_sub(1).and_then(|i| steps.get(i).copied())
}

/// "Stap `number` van `total`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub total: usize,
}

pub fn progress(current: Step, answers: &Answers) -> Option<Progress> {
    if !current.is_counted() {
        return None;
    }
    let counted: Vec<Step> = steps(answers)
        .into_iter()
        .filter(|s| s.is_counted())
        .collect();
    let index = counted.iter().position(|s| *s == current)?;
    Some(Progress {
        number: index + 1,
        total: counted.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_forward_and_back_through_every_step() {
        let answers = Answers::default();
        let mut step = Step::Start;
        let mut seen = vec![step];
        while let Some(next) = next(step, &answers) {
            assert_eq!(previous(next, &answers), Some(step));
            step = next;
            seen.push(step);
        }
        assert_eq!(seen, steps(&answers));
        assert_eq!(step, Step::Sent);
        assert_eq!(previous(Step::Start, &answers), None);
    }

    #[test]
    fn counts_only_question_and_check_steps() {
        let answers = Answers::default();
        assert_eq!(progress(Step::Start, &answers), None);
        assert_eq!(
            progress(Step::WhatHappened, &answers),
            Some(Progress {
                number: 1,
                total: 2
            })
        );
        assert_eq!(
            progress(Step::Check, &answers),
            Some(Progress {
                number: 2,
                total: 2
            })
        );
        assert_eq!(progress(Step::Sent, &answers), None);
    }

    #[test]
    fn slugs_round_trip() {
        for step in ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }
}
