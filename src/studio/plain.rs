//! The checker's messages (written for integrators, in English) in plain Dutch for the
//! complaints officer, for the ones a form can lead to; any other is shown as it is.

use super::st;

/// Where a message has its telling words.
#[derive(Clone, Copy)]
enum At {
    Start,
    End,
    Anywhere,
}

/// The checker's words and our text for the message, first match wins.
const PLAIN: &[(At, &str, &str)] = &[
    (At::Start, "is required", "studio.msg.required"),
    (At::End, "found \"\"", "studio.msg.required"),
    (At::End, "found 0", "studio.msg.required"),
    (
        At::Start,
        "your own id needs a question",
        "studio.msg.required",
    ),
    (At::Start, "expected text of", "studio.msg.too_long"),
    (At::Start, "expected an e-mail address", "studio.msg.email"),
    (At::Start, "expected a web address", "studio.msg.url"),
    (At::Start, "expected an id", "studio.msg.id"),
    (At::Start, "expected a colour", "studio.msg.colour"),
    (At::Start, "expected a whole number", "studio.msg.number"),
    (At::Start, "expected one of", "studio.msg.choose"),
    (
        At::Start,
        "expected at least 1 item",
        "studio.msg.at_least_one",
    ),
    (
        At::Start,
        "give at least one way to reach the organisation",
        "studio.msg.contact",
    ),
    (At::End, "is used twice", "studio.msg.twice"),
    (At::End, "is listed twice", "studio.msg.twice"),
    (
        At::Start,
        "list the kinds of legal representative",
        "studio.msg.representatives",
    ),
    (
        At::Start,
        "an employee can never file",
        "studio.msg.employee",
    ),
    (
        At::Anywhere,
        "is both allowed and never allowed",
        "studio.msg.both_allowed",
    ),
    (At::Start, "the client must be allowed", "studio.msg.client"),
    (At::Start, "no body with id", "studio.msg.no_body"),
    (
        At::Start,
        "policy optional means",
        "studio.msg.direct_route",
    ),
    (
        At::Start,
        "this channel is hidden",
        "studio.msg.channel_hidden",
    ),
    (At::Start, "Dutch (nl) must be offered", "studio.msg.dutch"),
    (At::Start, "no text has this key", "studio.msg.no_key"),
    (
        At::Start,
        "a route only applies when effect is own_route",
        "studio.msg.route",
    ),
    (At::Start, "give either", "studio.msg.kind_and_id"),
    (At::Start, "give kind", "studio.msg.kind_or_id"),
    (At::Start, "give topic", "studio.msg.kind_or_id"),
    (At::Anywhere, "is a standard one", "studio.msg.standard_id"),
    (
        At::Anywhere,
        "has no term to count from",
        "studio.msg.after_missing",
    ),
    (
        At::Anywhere,
        "count from each other in a circle",
        "studio.msg.after_circle",
    ),
    (
        At::Start,
        "only the terms for receipt",
        "studio.msg.after_only",
    ),
    (
        At::Start,
        "white text on this colour",
        "studio.msg.contrast",
    ),
    (
        At::Start,
        "the focus ring contrasts",
        "studio.msg.focus_contrast",
    ),
    (At::Start, "passive", "studio.msg.passive"),
    (
        At::Start,
        "no contact (phone, e-mail or website)",
        "studio.msg.no_contact",
    ),
    (
        At::Start,
        "you reworded this, but its hint is still ours",
        "studio.msg.hint_kept",
    ),
];

/// The message in Dutch where we have it.
pub fn in_dutch(message: &str) -> String {
    let plain = PLAIN.iter().find(|(at, words, _)| match at {
        At::Start => message.starts_with(words),
        At::End => message.ends_with(words),
        At::Anywhere => message.contains(words),
    });
    if let Some((_, _, key)) = plain {
        return st(key);
    }
    // Messages that quote what they are about.
    if let Some((words, _)) = message
        .strip_prefix("a sentence of ")
        .and_then(|rest| rest.split_once(" words"))
    {
        return st("studio.msg.long_sentence").replace("{words}", words) + &quote_of(message);
    }
    let quoted = [
        ("a long word: ", "studio.msg.long_word"),
        ("\" is jargon", "studio.msg.jargon"),
        ("\" speaks of care", "studio.msg.care"),
    ];
    match quoted.iter().find(|(words, _)| message.contains(words)) {
        Some((_, key)) => st(key).replace("{word}", &between_quotes(message)),
        None => message.to_string(),
    }
}

/// The first text between double quotes.
fn between_quotes(message: &str) -> String {
    message.split('"').nth(1).unwrap_or_default().to_string()
}

/// The sentence a message quotes at its end.
fn quote_of(message: &str) -> String {
    match message.rsplit_once(": \"") {
        Some((_, sentence)) => format!(" “{}”", sentence.trim_end_matches('"')),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checkers_messages_read_in_dutch() {
        assert_eq!(
            in_dutch("is required: Name as people know it."),
            "Vul dit in."
        );
        assert_eq!(
            in_dutch("expected an e-mail address like naam@organisatie.nl, found \"info\""),
            st("studio.msg.email")
        );
        assert_eq!(
            in_dutch("a sentence of 14 words (at most 12): split it, one idea per sentence: \"Een heel lange zin.\""),
            "Een zin van 14 woorden. Maak er twee zinnen van, met één idee per zin: “Een heel lange zin.”"
        );
        assert_eq!(
            in_dutch("\"begeleid\" speaks of care: \"Bijvoorbeeld …\"; write your own text here"),
            "“begeleid” gaat over zorg. Schrijf deze zin opnieuw, in woorden die bij jullie passen."
        );
        assert_eq!(
            in_dutch("the id \"klachten\" is used twice"),
            st("studio.msg.twice")
        );
        // What we have no Dutch for is shown as it is.
        assert_eq!(in_dutch("something new"), "something new");
    }
}
