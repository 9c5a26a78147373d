use super::answers::{field, Answers};
use super::flow::Step;

/// The most characters a free-text answer may have: a long story fits, a pasted book does not.
pub const MAX_STORY_CHARS: usize = 10_000;

/// One problem with one field. `message` is a locale key, so the UI can say it in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

/// Problems that stop the person from continuing past `step`. Empty means: go on.
pub fn validate(step: Step, answers: &Answers) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if step == Step::WhatHappened {
        let story = answers.what_happened.trim();
        if story.is_empty() {
            errors.push(FieldError {
                field: field::WHAT_HAPPENED,
                message: "error.what_happened.empty",
            });
        } else if story.chars().count() > MAX_STORY_CHARS {
            errors.push(FieldError {
                field: field::WHAT_HAPPENED,
                message: "error.what_happened.too_long",
            });
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(text: &str) -> Answers {
        Answers {
            what_happened: text.to_string(),
        }
    }

    #[test]
    fn an_empty_or_blank_story_is_an_error() {
        for text in ["", "   \n\t"] {
            let errors = validate(Step::WhatHappened, &story(text));
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].field, field::WHAT_HAPPENED);
            assert_eq!(errors[0].message, "error.what_happened.empty");
        }
    }

    #[test]
    fn a_story_may_be_long_but_not_endless() {
        let at_limit = "a".repeat(MAX_STORY_CHARS);
        assert!(validate(Step::WhatHappened, &story(&at_limit)).is_empty());
        let too_long = "é".repeat(MAX_STORY_CHARS + 1);
        assert_eq!(
            validate(Step::WhatHappened, &story(&too_long))[0].message,
            "error.what_happened.too_long"
        );
    }

    #[test]
    fn other_steps_have_nothing_to_check_yet() {
        assert!(validate(Step::Start, &Answers::default()).is_empty());
        assert!(validate(Step::Check, &story("De taxi kwam te laat.")).is_empty());
    }
}
