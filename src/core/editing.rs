//! Editing a regulation file as JSON, field by field, for the studio: places in the file (the
//! same dotted paths the checker reports problems at), reading and writing there, a text in
//! one language, and the file a new regulation starts from.

use serde_json::{json, Map, Value};

/// One step of a place in the file: a field name, or a place in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A place in the file, e.g. `exclusions[0].go_to.name`.
pub type Path = Vec<Seg>;

/// `["organisation", "contact", "email"]` as a path.
pub fn path(keys: &[&str]) -> Path {
    keys.iter().map(|k| Seg::Key(k.to_string())).collect()
}

/// The path with one more field name.
pub fn with(at: &[Seg], key: &str) -> Path {
    let mut out = at.to_vec();
    out.push(Seg::Key(key.to_string()));
    out
}

/// The path with one more place in a list.
pub fn at_index(at: &[Seg], index: usize) -> Path {
    let mut out = at.to_vec();
    out.push(Seg::Index(index));
    out
}

/// The path as the checker writes it: `exclusions[0].go_to.name`.
pub fn text(at: &[Seg]) -> String {
    let mut out = String::new();
    for seg in at {
        match seg {
            Seg::Key(key) if out.is_empty() => out.push_str(key),
            Seg::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// A path as the checker writes it, back into its steps (`texts.nl.start.heading` keeps its
/// key whole).
pub fn parse(written: &str) -> Path {
    if let Some(key) = written
        .strip_prefix("texts.nl.")
        .or(written.strip_prefix("texts.en."))
    {
        return path(&["texts", &written[6..8], key]);
    }
    let mut out = Vec::new();
    for part in written.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            out.push(Seg::Key(rest[..open].to_string()));
            rest = &rest[open..];
            for index in rest.split('[').filter(|s| !s.is_empty()) {
                if let Ok(i) = index.trim_end_matches(']').parse() {
                    out.push(Seg::Index(i));
                }
            }
        } else {
            out.push(Seg::Key(rest.to_string()));
        }
    }
    out
}

/// Whether a message at `message_path` is about the field at `field` (or something in it).
pub fn is_about(message_path: &str, field: &str) -> bool {
    message_path == field
        || message_path
            .strip_prefix(field)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

pub fn get<'a>(doc: &'a Value, at: &[Seg]) -> Option<&'a Value> {
    at.iter().try_fold(doc, |value, seg| match seg {
        Seg::Key(key) => value.get(key),
        Seg::Index(i) => value.get(i),
    })
}

/// Writes `value` at `at`, making the objects on the way; `None` removes the field (or the
/// place in a list), and objects left empty by that go too, except the top-level parts.
pub fn set(doc: &mut Value, at: &[Seg], value: Option<Value>) {
    let Some((last, parents)) = at.split_last() else {
        if let Some(value) = value {
            *doc = value;
        }
        return;
    };
    if value.is_none() && get(doc, at).is_none() {
        return;
    }
    let mut here = &mut *doc;
    for seg in parents {
        here = match seg {
            Seg::Key(key) => {
                if !here.is_object() {
                    *here = Value::Object(Map::new());
                }
                here.as_object_mut()
                    .map(|map| map.entry(key.clone()).or_insert(Value::Null))
                    .expect("an object")
            }
            Seg::Index(i) => match here.get_mut(*i) {
                Some(item) => item,
                None => return,
            },
        };
    }
    match (last, value) {
        (Seg::Key(key), Some(value)) => {
            if !here.is_object() {
                *here = Value::Object(Map::new());
            }
            if let Some(map) = here.as_object_mut() {
                map.insert(key.clone(), value);
            }
        }
        (Seg::Key(key), None) => {
            if let Some(map) = here.as_object_mut() {
                map.remove(key);
            }
        }
        (Seg::Index(i), Some(value)) => {
            if let Some(item) = here.get_mut(*i) {
                *item = value;
            }
        }
        (Seg::Index(i), None) => {
            if let Some(list) = here.as_array_mut().filter(|l| *i < l.len()) {
                list.remove(*i);
            }
        }
    }
    if parents.len() > 1
        && get(doc, parents).is_some_and(|p| p.as_object().is_some_and(Map::is_empty))
    {
        set(doc, parents, None);
    }
}

/// Adds `item` at the end of the list at `at` (making the list).
pub fn push(doc: &mut Value, at: &[Seg], item: Value) {
    let mut list = get(doc, at)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    list.push(item);
    set(doc, at, Some(Value::Array(list)));
}

/// The length of the list at `at`.
pub fn count(doc: &Value, at: &[Seg]) -> usize {
    get(doc, at).and_then(Value::as_array).map_or(0, Vec::len)
}

/// A text (`Text` in the format: plain Dutch, or per language) in one language.
pub fn text_in(doc: &Value, at: &[Seg], lang: &str) -> String {
    match get(doc, at) {
        Some(Value::String(dutch)) if lang == "nl" => dutch.clone(),
        Some(Value::Object(map)) => map
            .get(lang)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        _ => String::new(),
    }
}

/// Writes a text in one language: plain when only Dutch is given, per language otherwise;
/// removed when empty in every language.
pub fn set_text_in(doc: &mut Value, at: &[Seg], lang: &str, value: &str) {
    let mut map = match get(doc, at) {
        Some(Value::String(dutch)) => Map::from_iter([("nl".to_string(), json!(dutch))]),
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    if value.is_empty() {
        map.remove(lang);
    } else {
        map.insert(lang.to_string(), json!(value));
    }
    let only_dutch = map.len() == 1 && map.contains_key("nl");
    let written = match (map.is_empty(), only_dutch) {
        (true, _) => None,
        (false, true) => map.remove("nl"),
        (false, false) => Some(Value::Object(map)),
    };
    set(doc, at, written);
}

/// Where a new regulation starts: what every file needs, nothing filled in that only the
/// organisation can know. The check then names what is still missing.
pub fn starter() -> Value {
    json!({
        "format_version": 1,
        "regulation_version": "",
        "organisation": { "id": "", "name": "", "contact": {} },
        "filers": { "allowed": ["client"] },
        "complaint_fields": {
            "event_date": "optional",
            "location": "optional",
            "employee_name": "hidden",
            "desired_outcome": "optional"
        },
        "contact_fields": {
            "name": "optional",
            "email": "optional",
            "phone": "optional",
            "postal_address": "hidden",
            "at_least_one_of": ["email", "phone"]
        },
        "timeline": {}
    })
}

/// An id from a name: "Woonstichting De Zaan" → "woonstichting-de-zaan".
pub fn id_from(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars() {
        match c.to_ascii_lowercase() {
            c @ ('a'..='z' | '0'..='9') => id.push(c),
            'é' | 'è' | 'ë' | 'ê' => id.push('e'),
            'ï' | 'í' => id.push('i'),
            'ö' | 'ó' => id.push('o'),
            'ü' | 'ú' => id.push('u'),
            _ if !id.is_empty() && !id.ends_with('-') => id.push('-'),
            _ => {}
        }
    }
    id.trim_end_matches('-').chars().take(64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_written_as_the_checker_writes_them() {
        let at = at_index(&path(&["exclusions"]), 2);
        assert_eq!(text(&with(&at, "go_to")), "exclusions[2].go_to");
        assert!(is_about("exclusions[2].go_to.name", "exclusions[2].go_to"));
        assert!(is_about("exclusions[2]", "exclusions[2]"));
        assert!(!is_about("exclusions[20].kind", "exclusions[2]"));
        for written in [
            "exclusions[2].go_to.name",
            "organisation.id",
            "texts.nl.start.heading",
        ] {
            assert_eq!(text(&parse(written)), written);
        }
        assert_eq!(
            parse("texts.nl.start.heading").len(),
            3,
            "a text key stays whole"
        );
    }

    #[test]
    fn writing_makes_the_way_and_removing_cleans_it_up() {
        let mut doc = starter();
        let at = path(&["time_limit", "go_to", "contact", "website"]);
        set(&mut doc, &at, Some(json!("https://example.nl")));
        assert_eq!(get(&doc, &at), Some(&json!("https://example.nl")));
        set(&mut doc, &at, None);
        // The empty objects on the way go too, but not the top-level part.
        assert_eq!(get(&doc, &path(&["time_limit"])), Some(&json!({})));
        set(&mut doc, &path(&["organisation", "contact", "email"]), None);
        assert_eq!(
            doc["organisation"]["contact"],
            json!({}),
            "nothing to remove"
        );
    }

    #[test]
    fn lists_grow_and_shrink() {
        let mut doc = starter();
        let list = path(&["exclusions"]);
        push(&mut doc, &list, json!({ "kind": "anonymous" }));
        push(&mut doc, &list, json!({ "id": "huur" }));
        assert_eq!(count(&doc, &list), 2);
        set(&mut doc, &at_index(&list, 0), None);
        assert_eq!(doc["exclusions"], json!([{ "id": "huur" }]));
    }

    #[test]
    fn a_text_is_plain_dutch_until_another_language_is_added() {
        let mut doc = starter();
        let at = path(&["organisation", "bodies"]);
        push(&mut doc, &at, json!({}));
        let name = with(&at_index(&at, 0), "name");
        set_text_in(&mut doc, &name, "nl", "Klachtencommissie");
        assert_eq!(get(&doc, &name), Some(&json!("Klachtencommissie")));
        set_text_in(&mut doc, &name, "en", "Complaints committee");
        assert_eq!(
            get(&doc, &name),
            Some(&json!({ "nl": "Klachtencommissie", "en": "Complaints committee" }))
        );
        assert_eq!(text_in(&doc, &name, "en"), "Complaints committee");
        set_text_in(&mut doc, &name, "en", "");
        assert_eq!(get(&doc, &name), Some(&json!("Klachtencommissie")));
    }

    #[test]
    fn ids_come_from_names() {
        assert_eq!(id_from("Woonstichting De Zaan"), "woonstichting-de-zaan");
        assert_eq!(id_from("  Zorg & Welzijn (Noord) "), "zorg-welzijn-noord");
        assert_eq!(id_from("Cliëntenraad"), "clientenraad");
    }
}
