//! A small description of a JSON document's shape. One description serves two purposes: it
//! checks a document and reports *every* problem with its path, and it generates the JSON
//! Schema that is published for integrators. It is tiny on purpose: a general JSON Schema
//! validator would cost far more bytes in the browser.

use serde_json::{json, Map, Value};

use crate::core::text::HELPER;

pub enum Shape {
    /// An object with exactly these fields; any other field is a problem.
    Object(&'static [Field]),
    /// An object whose keys are free (e.g. locale codes) and whose values have one shape.
    Map(&'static Shape),
    Array {
        items: &'static Shape,
        min: usize,
    },
    Str {
        min: usize,
        max: usize,
        format: Format,
    },
    Int {
        min: i64,
        max: i64,
    },
    Bool,
    Enum(&'static [&'static str]),
    /// Text for people: a Dutch string, or an object of language code → string.
    Text,
    Nullable(&'static Shape),
    /// One of two shapes (e.g. plain text, or an object with the text and its source).
    Either(&'static Shape, &'static Shape),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    /// Lower case letters, digits, `-` and `_`; starts with a letter.
    Id,
    Email,
    /// `https://…`, `http://…` or a path on the same site starting with `/`.
    Url,
    /// `YYYY-MM-DD`.
    Date,
    /// `#rrggbb` or `#rgb`.
    Colour,
    /// A CSS font list without anything that could end the declaration.
    FontFamily,
}

pub struct Field {
    pub name: &'static str,
    pub required: bool,
    pub shape: Shape,
    pub doc: &'static str,
}

/// One problem in a document: where (`timeline.receipt_within.amount`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = if self.path.is_empty() {
            "(top level)"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)
    }
}

pub fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        message: message.into(),
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// How a found value reads in a message: `"vijf"`, `12`, `a list`.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.chars().count() > 40 => {
            format!("\"{}…\"", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

impl Shape {
    pub fn check(&self, value: &Value, path: &str, problems: &mut Vec<Problem>) {
        match (self, value) {
            (Shape::Nullable(_), Value::Null) => {}
            (Shape::Nullable(inner), _) => inner.check(value, path, problems),
            (Shape::Either(first, second), _) => {
                let mut first_problems = Vec::new();
                first.check(value, path, &mut first_problems);
                if first_problems.is_empty() {
                    return;
                }
                let mut second_problems = Vec::new();
                second.check(value, path, &mut second_problems);
                if !second_problems.is_empty() {
                    // The problems of the shape the value comes closest to.
                    problems.extend(if first_problems.len() <= second_problems.len() {
                        first_problems
                    } else {
                        second_problems
                    });
                }
            }
            (Shape::Object(fields), Value::Object(map)) => {
                check_object(fields, map, path, problems)
            }
            (Shape::Map(inner), Value::Object(map)) => {
                for (key, item) in map {
                    inner.check(item, &join(path, key), problems);
                }
            }
            (Shape::Array { items, min }, Value::Array(list)) => {
                if list.len() < *min {
                    problems.push(problem(
                        path,
                        format!("expected at least {min} item(s), found {}", list.len()),
                    ));
                }
                for (i, item) in list.iter().enumerate() {
                    items.check(item, &format!("{path}[{i}]"), problems);
                }
            }
            (Shape::Str { min, max, format }, Value::String(s)) => {
                let len = s.chars().count();
                if len < *min || len > *max {
                    problems.push(problem(
                        path,
                        format!("expected text of {min} to {max} characters, found {len}"),
                    ));
                } else if let Err(expected) = format.check(s) {
                    problems.push(problem(
                        path,
                        format!("expected {expected}, found {}", describe(value)),
                    ));
                }
            }
            (Shape::Int { min, max }, Value::Number(n))
                if n.as_i64().is_some_and(|i| i >= *min && i <= *max) => {}
            (Shape::Bool, Value::Bool(_)) => {}
            (Shape::Enum(options), Value::String(s)) if options.contains(&s.as_str()) => {}
            (Shape::Text, Value::String(s)) if !s.trim().is_empty() => {}
            (Shape::Text, Value::Object(map)) if !map.is_empty() => {
                for (lang, text) in map {
                    if !crate::i18n::is_supported(lang.trim_end_matches(HELPER)) {
                        problems.push(problem(
                            &join(path, lang),
                            format!(
                                "unknown language \"{lang}\"; use one of: {} (or one of them with \"{HELPER}\": the words for a support person filing for a client)",
                                crate::i18n::supported_codes().join(", ")
                            ),
                        ));
                    } else if text.as_str().is_none_or(|t| t.trim().is_empty()) {
                        problems.push(problem(
                            &join(path, lang),
                            format!("expected text, found {}", describe(text)),
                        ));
                    }
                }
            }
            _ => problems.push(problem(
                path,
                format!("expected {}, found {}", self.expected(), describe(value)),
            )),
        }
    }

    /// What a value of this shape is, in words.
    fn expected(&self) -> String {
        match self {
            Shape::Object(_) | Shape::Map(_) => "an object".into(),
            Shape::Array { .. } => "a list".into(),
            Shape::Str { .. } => "text".into(),
            Shape::Int { min, max } if min == max => format!("{min}"),
            Shape::Int { min, max } if *max == i64::MAX => format!("a whole number ≥ {min}"),
            Shape::Int { min, max } => format!("a whole number from {min} to {max}"),
            Shape::Bool => "true or false".into(),
            Shape::Enum(options) => format!(
                "one of {}",
                options
                    .iter()
                    .map(|o| format!("\"{o}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Shape::Text => "non-empty text, or an object of language code → text (`nl@helper`: the words for a support person filing for a client)".into(),
            Shape::Nullable(inner) => format!("{} or null", inner.expected()),
            Shape::Either(first, second) => {
                format!("{}, or {}", first.expected(), second.expected())
            }
        }
    }

    /// The JSON Schema (draft 2020-12) of this shape.
    pub fn schema(&self) -> Value {
        match self {
            Shape::Object(fields) => {
                let mut properties = Map::new();
                let mut required = Vec::new();
                for field in *fields {
                    let mut schema = field.shape.schema();
                    if let Value::Object(map) = &mut schema {
                        map.insert("description".into(), Value::String(field.doc.into()));
                    }
                    properties.insert(field.name.into(), schema);
                    if field.required {
                        required.push(Value::String(field.name.into()));
                    }
                }
                json!({ "type": "object", "properties": properties, "required": required, "additionalProperties": false })
            }
            Shape::Map(inner) => {
                json!({ "type": "object", "additionalProperties": inner.schema() })
            }
            Shape::Array { items, min } => {
                json!({ "type": "array", "items": items.schema(), "minItems": min })
            }
            Shape::Str { min, max, format } => {
                let mut schema = json!({ "type": "string", "minLength": min, "maxLength": max });
                if let Some(pattern) = format.pattern() {
                    schema["pattern"] = Value::String(pattern.into());
                }
                schema
            }
            Shape::Int { min, max } if *max == i64::MAX => {
                json!({ "type": "integer", "minimum": min })
            }
            Shape::Int { min, max } => json!({ "type": "integer", "minimum": min, "maximum": max }),
            Shape::Bool => json!({ "type": "boolean" }),
            Shape::Enum(options) => json!({ "enum": options }),
            Shape::Text => json!({
                "anyOf": [
                    { "type": "string", "pattern": "\\S" },
                    { "type": "object", "minProperties": 1,
                      "propertyNames": { "enum": crate::i18n::supported_codes()
                          .iter()
                          .flat_map(|code| [code.to_string(), format!("{code}{HELPER}")])
                          .collect::<Vec<_>>() },
                      "additionalProperties": { "type": "string", "pattern": "\\S" } }
                ]
            }),
            Shape::Nullable(inner) => json!({ "anyOf": [inner.schema(), { "type": "null" }] }),
            Shape::Either(first, second) => json!({ "anyOf": [first.schema(), second.schema()] }),
        }
    }
}

impl Shape {
    /// Every text for people below this shape in `value`, in Dutch, with its path.
    pub fn dutch_texts(&self, value: &Value, path: &str, out: &mut Vec<(String, String)>) {
        match (self, value) {
            (Shape::Text, Value::String(text)) => out.push((path.to_string(), text.clone())),
            (Shape::Text, Value::Object(map)) => {
                for lang in ["nl", "nl@helper"] {
                    if let Some(Value::String(text)) = map.get(lang) {
                        out.push((join(path, lang), text.clone()));
                    }
                }
            }
            (Shape::Object(fields), Value::Object(map)) => {
                for field in *fields {
                    if let Some(item) = map.get(field.name) {
                        field.shape.dutch_texts(item, &join(path, field.name), out);
                    }
                }
            }
            (Shape::Array { items, .. }, Value::Array(list)) => {
                for (i, item) in list.iter().enumerate() {
                    items.dutch_texts(item, &format!("{path}[{i}]"), out);
                }
            }
            (Shape::Map(inner), Value::Object(map)) => {
                for (key, item) in map {
                    inner.dutch_texts(item, &join(path, key), out);
                }
            }
            (Shape::Nullable(inner), _) => inner.dutch_texts(value, path, out),
            (Shape::Either(first, second), _) => {
                let mut problems = Vec::new();
                first.check(value, path, &mut problems);
                let fits = if problems.is_empty() { first } else { second };
                fits.dutch_texts(value, path, out);
            }
            _ => {}
        }
    }
}

impl Shape {
    /// A Markdown table of every field below this shape: path, type, required, meaning.
    pub fn reference(&self) -> String {
        let mut rows =
            String::from("| field | type | required | meaning |\n| --- | --- | --- | --- |\n");
        self.reference_rows("", &mut rows);
        rows
    }

    fn reference_rows(&self, path: &str, rows: &mut String) {
        match self {
            Shape::Object(fields) => {
                for field in *fields {
                    let field_path = join(path, field.name);
                    rows.push_str(&format!(
                        "| `{field_path}` | {} | {} | {} |\n",
                        field.shape.type_name(),
                        if field.required { "yes" } else { "no" },
                        field.doc.replace('|', "\\|")
                    ));
                    field.shape.reference_rows(&field_path, rows);
                }
            }
            Shape::Array { items, .. } => items.reference_rows(&format!("{path}[]"), rows),
            Shape::Nullable(inner) => inner.reference_rows(path, rows),
            Shape::Either(first, second) => {
                first.reference_rows(path, rows);
                second.reference_rows(path, rows);
            }
            Shape::Map(inner) => inner.reference_rows(&format!("{path}.*"), rows),
            _ => {}
        }
    }

    fn type_name(&self) -> String {
        match self {
            Shape::Object(_) => "object".into(),
            Shape::Map(inner) => format!("object of {}", inner.type_name()),
            Shape::Array { items, min } if *min > 0 => {
                format!("list of {} (at least {min})", items.type_name())
            }
            Shape::Array { items, .. } => format!("list of {}", items.type_name()),
            Shape::Str {
                format: Format::Id, ..
            } => "id".into(),
            Shape::Str {
                format: Format::Email,
                ..
            } => "e-mail address".into(),
            Shape::Str {
                format: Format::Url,
                ..
            } => "URL".into(),
            Shape::Str {
                format: Format::Date,
                ..
            } => "date (YYYY-MM-DD)".into(),
            Shape::Str { max, .. } => format!("text (≤ {max})"),
            Shape::Int { min, max } if min == max => format!("{min}"),
            Shape::Int { min, max } => format!("whole number {min}–{max}"),
            Shape::Bool => "true/false".into(),
            Shape::Enum(options) => options
                .iter()
                .map(|o| format!("`{o}`"))
                .collect::<Vec<_>>()
                .join(", "),
            Shape::Text => "text (or per language; `nl@helper`: for a support person)".into(),
            Shape::Nullable(inner) => format!("{} or null", inner.type_name()),
            Shape::Either(first, second) => {
                format!("{} or {}", first.type_name(), second.type_name())
            }
        }
    }
}

fn check_object(
    fields: &[Field],
    map: &Map<String, Value>,
    path: &str,
    problems: &mut Vec<Problem>,
) {
    for field in fields {
        match map.get(field.name) {
            Some(Value::Null) if !field.required && !matches!(field.shape, Shape::Nullable(_)) => {
                problems.push(problem(
                    &join(path, field.name),
                    format!(
                        "expected {}, found null; leave the field out when it does not apply",
                        field.shape.expected()
                    ),
                ))
            }
            Some(value) => field.shape.check(value, &join(path, field.name), problems),
            None if field.required => problems.push(problem(
                &join(path, field.name),
                format!("is required: {}", field.doc),
            )),
            None => {}
        }
    }
    for key in map.keys() {
        if !fields.iter().any(|f| f.name == key) {
            let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
            problems.push(problem(
                &join(path, key),
                format!("unknown field; known fields here: {}", known.join(", ")),
            ));
        }
    }
}

impl Format {
    /// `Err(what was expected)` when `s` does not fit.
    fn check(self, s: &str) -> Result<(), &'static str> {
        let ok = match self {
            Format::Plain => true,
            Format::Id => {
                s.starts_with(|c: char| c.is_ascii_lowercase())
                    && s.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })
            }
            Format::Email => {
                let mut parts = s.split('@');
                matches!((parts.next(), parts.next(), parts.next()), (Some(user), Some(domain), None)
                    if !user.is_empty() && domain.split('.').count() >= 2
                    && domain.split('.').all(|part| !part.is_empty())
                    && !s.contains(char::is_whitespace))
            }
            Format::Url => {
                (s.starts_with("https://") || s.starts_with("http://") || s.starts_with('/'))
                    && !s.contains(char::is_whitespace)
            }
            Format::Date => crate::core::iso::parse_date(s).is_some(),
            Format::Colour => crate::core::theme::Rgb::parse(s).is_some(),
            Format::FontFamily => crate::core::theme::is_safe_font_family(s),
        };
        if ok {
            Ok(())
        } else {
            Err(match self {
                Format::Plain => "text",
                Format::Id => {
                    "an id of lower case letters, digits, - and _ (starting with a letter)"
                }
                Format::Email => "an e-mail address like naam@organisatie.nl",
                Format::Url => "a web address starting with https:// (or a path starting with /)",
                Format::Date => "a date written as YYYY-MM-DD",
                Format::Colour => "a colour written as #rrggbb",
                Format::FontFamily => {
                    "a font list of letters, digits, spaces, commas, quotes and hyphens"
                }
            })
        }
    }

    fn pattern(self) -> Option<&'static str> {
        match self {
            Format::Plain => None,
            Format::Id => Some("^[a-z][a-z0-9_-]*$"),
            Format::Email => Some("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"),
            Format::Url => Some("^(https?://|/)\\S*$"),
            Format::Date => Some("^\\d{4}-\\d{2}-\\d{2}$"),
            Format::Colour => Some("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"),
            Format::FontFamily => Some("^[\\p{L}\\p{N} ,'\"-]+$"),
        }
    }
}
