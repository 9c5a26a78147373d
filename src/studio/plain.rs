//! The checker's messages (written for integrators, in English) in plain Dutch for the
//! complaints officer, for the ones a form can lead to; any other is shown as it is.

use super::st;

/// The message in Dutch where we have it.
pub fn in_dutch(message: &str) -> String {
    let key = if message.starts_with("is required")
        || message.ends_with("found \"\"")
        || message.ends_with("found 0")
    {
        "studio.msg.required"
    } else if message.starts_with("expected text of") {
        "studio.msg.too_long"
    } else if message.starts_with("expected an e-mail address") {
        "studio.msg.email"
    } else if message.starts_with("expected a web address") {
        "studio.msg.url"
    } else if message.starts_with("expected an id") {
        "studio.msg.id"
    } else if message.starts_with("expected a colour") {
        "studio.msg.colour"
    } else if message.starts_with("expected a whole number") {
        "studio.msg.number"
    } else if message.starts_with("expected one of") {
        "studio.msg.choose"
    } else if message.starts_with("expected at least 1 item") {
        "studio.msg.at_least_one"
    } else if message.starts_with("give at least one way to reach the organisation") {
        "studio.msg.contact"
    } else if message.ends_with("is used twice") || message.ends_with("is listed twice") {
        "studio.msg.twice"
    } else if message.starts_with("list the kinds of legal representative") {
        "studio.msg.representatives"
    } else if message.starts_with("an employee can never file") {
        "studio.msg.employee"
    } else if message.contains("is both allowed and never allowed") {
        "studio.msg.both_allowed"
    } else if message.starts_with("the client must be allowed") {
        "studio.msg.client"
    } else if message.starts_with("no body with id") {
        "studio.msg.no_body"
    } else if message.starts_with("policy optional means") {
        "studio.msg.direct_route"
    } else if message.starts_with("this channel is hidden") {
        "studio.msg.channel_hidden"
    } else if message.starts_with("Dutch (nl) must be offered") {
        "studio.msg.dutch"
    } else if message.starts_with("no text has this key") {
        "studio.msg.no_key"
    } else if message.starts_with("a route only applies when effect is own_route") {
        "studio.msg.route"
    } else if message.starts_with("give either") {
        "studio.msg.kind_and_id"
    } else if message.starts_with("give kind") || message.starts_with("give topic") {
        "studio.msg.kind_or_id"
    } else if message.starts_with("your own id needs a question") {
        "studio.msg.required"
    } else if message.contains("is a standard one") {
        "studio.msg.standard_id"
    } else if message.contains("has no term to count from") {
        "studio.msg.after_missing"
    } else if message.contains("count from each other in a circle") {
        "studio.msg.after_circle"
    } else if message.starts_with("only the terms for receipt") {
        "studio.msg.after_only"
    } else if message.starts_with("white text on this colour") {
        "studio.msg.contrast"
    } else if message.starts_with("the focus ring contrasts") {
        "studio.msg.focus_contrast"
    } else if message.starts_with("passive") {
        "studio.msg.passive"
    } else if message.starts_with("no contact (phone, e-mail or website)") {
        "studio.msg.no_contact"
    } else if message.starts_with("you reworded this, but its hint is still ours") {
        "studio.msg.hint_kept"
    } else if let Some(quoted) = message
        .strip_prefix("a sentence of ")
        .and_then(|rest| rest.split_once(" words"))
    {
        return st("studio.msg.long_sentence").replace("{words}", quoted.0) + &quote_of(message);
    } else if message.starts_with("a long word: ") {
        return st("studio.msg.long_word").replace("{word}", &between_quotes(message));
    } else if message.contains("\" is jargon") {
        return st("studio.msg.jargon").replace("{word}", &between_quotes(message));
    } else if message.contains("\" speaks of care") {
        return st("studio.msg.care").replace("{word}", &between_quotes(message));
    } else {
        return message.to_string();
    };
    st(key)
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
