//! (native only) The reference of every text an organisation can reword (`texts` in its
//! regulation): each key, where the person reads it, the `{placeholders}` it is filled with,
//! and our Dutch words. `klachtwijzer-check text-reference`; kept in `docs/texts.md`.

use crate::core::flow::Step;

use super::{texts, Locale};

/// Where the text of `key` appears: by its family (the part before the first dot); an answer
/// choice by its question (`choice.<question>.<answer>`).
fn place(key: &str) -> String {
    let mut parts = key.split(['.', '@']);
    let family = parts.next().unwrap_or(key);
    if family == "choice" {
        if let Some(question) = parts
            .next()
            .filter(|q| Step::ALL.iter().any(|s| s.key() == *q))
        {
            return format!("an answer to {}", place(question));
        }
    }
    if let Some(step) = Step::ALL.iter().find(|s| s.key() == family) {
        let heading = texts(Locale::Nl)
            .get(&format!("{family}.heading"))
            .cloned()
            .unwrap_or_else(|| family.to_string());
        return match step {
            Step::Start => "start page".into(),
            Step::Check => "check page".into(),
            Step::Sent => "confirmation page".into(),
            step if step.is_result() => "result page".into(),
            _ => format!("question “{heading}”"),
        };
    }
    match family {
        "first_screen" => "start page, before the wizard is ready",
        "choice" => "answers on several questions",
        "filer_role" => "result page: who may not file",
        "outcome" | "finding" | "late_from" | "eligibility" => "result pages",
        "error" => "messages under a field that needs another answer",
        "term" | "terms" => "“Wat is dat?”: hard words explained, on any screen",
        "month" | "unit" | "date" => "dates and periods, in any text",
        "draft" => "start page (continue where you were) and the bar (clear answers)",
        "channel" | "way" | "or" => "contact details and the main action of a result page",
        "other_ways" | "send" => "check page and confirmation page: sending and other ways",
        "part" | "progress" => "progress above each question",
        "staff" | "scope" | "help" => "question texts that name staff, a scope or help",
        "config" => "the message when the regulation cannot be used",
        "app" | "title" | "nav" | "language" | "quick_exit" | "read_aloud" | "why" | "optional" => {
            "every screen"
        }
        _ => "several screens",
    }
    .into()
}

/// The `{placeholders}` in a text, in order, once each.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        if !name.is_empty() && !found.contains(&name) {
            found.push(name);
        }
        rest = &rest[open + close + 1..];
    }
    found
}

/// Markdown: one table row per key of `locales/nl.json`, in key order.
pub fn reference() -> String {
    let mut out = String::from(
        "| key | where | placeholders | our Dutch text |\n| --- | --- | --- | --- |\n",
    );
    for (key, text) in texts(Locale::Nl) {
        let filled: Vec<String> = placeholders(text)
            .into_iter()
            .map(|p| format!("`{{{p}}}`"))
            .collect();
        out.push_str(&format!(
            "| `{key}` | {} | {} | {} |\n",
            place(key),
            filled.join(", "),
            text.replace('|', "\\|").replace('\n', " ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_once_in_order() {
        assert_eq!(
            placeholders("{organisation} en {who}, weer {organisation}"),
            ["organisation", "who"]
        );
        assert!(placeholders("geen").is_empty());
    }

    #[test]
    fn every_key_has_a_place_and_questions_are_named_by_their_heading() {
        assert_eq!(place("for_whom.hint"), "question “Voor wie is de klacht?”");
        assert_eq!(place("start.intro"), "start page");
        assert_eq!(
            place("choice.for_whom.myself"),
            "an answer to question “Voor wie is de klacht?”"
        );
        let table = reference();
        assert_eq!(table.lines().count(), texts(Locale::Nl).len() + 2);
        assert!(table.contains("| `start.intro` | start page | `{organisation}` |"));
    }
}
