//! Exports of a period for the organisation's own systems: JSON Lines (each document as
//! received, one per line) and CSV (one row per complaint, one column per field).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::store::Complaint;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    JsonLines,
    Csv,
}

impl Format {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "jsonl" => Some(Self::JsonLines),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::JsonLines => "application/jsonl; charset=utf-8",
            Self::Csv => "text/csv; charset=utf-8",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::JsonLines => "jsonl",
            Self::Csv => "csv",
        }
    }
}

pub fn render(format: Format, complaints: &[Complaint]) -> String {
    match format {
        Format::JsonLines => json_lines(complaints),
        Format::Csv => csv(complaints),
    }
}

fn json_lines(complaints: &[Complaint]) -> String {
    complaints
        .iter()
        .map(|c| {
            // As received; a document laid out over several lines is written on one.
            if c.body.contains(['\n', '\r']) {
                serde_json::from_str::<Value>(&c.body)
                    .map(|v| v.to_string())
                    .unwrap_or_else(|_| c.body.replace(['\n', '\r'], " "))
                    + "\n"
            } else {
                format!("{}\n", c.body)
            }
        })
        .collect()
}

/// Status and receipt first, then every field of the documents by its dotted path; a list
/// of words is joined with "; ", a list of objects written as JSON.
fn csv(complaints: &[Complaint]) -> String {
    let rows: Vec<Vec<(String, String)>> = complaints
        .iter()
        .map(|c| {
            let mut fields = vec![
                ("status".to_string(), c.summary.status.as_str().to_string()),
                (
                    "received_at".to_string(),
                    crate::days::format_moment(c.summary.received_at),
                ),
            ];
            if let Ok(document) = serde_json::from_str::<Value>(&c.body) {
                flatten("", &document, &mut fields);
            }
            fields
        })
        .collect();
    let mut columns: Vec<String> = vec!["status".into(), "received_at".into()];
    let rest: BTreeSet<&String> = rows
        .iter()
        .flatten()
        .map(|(name, _)| name)
        .filter(|name| !columns.contains(name))
        .collect();
    columns.extend(rest.into_iter().cloned());
    let mut out = line(columns.iter().map(String::as_str));
    for row in &rows {
        out += &line(columns.iter().map(|column| {
            row.iter()
                .find(|(name, _)| name == column)
                .map_or("", |(_, value)| value.as_str())
        }));
    }
    out
}

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    let text = match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                flatten(&path, field, out);
            }
            return;
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            items.iter().map(scalar).collect::<Vec<_>>().join("; ")
        }
        Value::Array(_) => value.to_string(),
        other => scalar(other),
    };
    out.push((prefix.to_string(), text));
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// One CSV line (RFC 4180). A cell that a spreadsheet would run as a formula gets a leading
/// apostrophe: complaint texts come from the public.
fn line<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let cells: Vec<String> = cells
        .map(|cell| {
            let safe = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{cell}")
            } else {
                cell.to_string()
            };
            format!("\"{}\"", safe.replace('"', "\"\""))
        })
        .collect();
    cells.join(",") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Summary;

    fn complaint(body: Value) -> Complaint {
        Complaint {
            summary: Summary::of(&body, 86_400),
            body: serde_json::to_string_pretty(&body).unwrap(),
        }
    }

    #[test]
    fn json_lines_hold_one_document_per_line() {
        let out = render(
            Format::JsonLines,
            &[
                complaint(
                    serde_json::json!({ "submission_id": "a", "complaint": { "what_happened": "twee\nregels" } }),
                ),
                complaint(serde_json::json!({ "submission_id": "b" })),
            ],
        );
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["complaint"]["what_happened"], "twee\nregels");
    }

    #[test]
    fn csv_has_a_column_per_field_quotes_everything_and_defuses_formulas() {
        let out = render(
            Format::Csv,
            &[complaint(serde_json::json!({
                "submission_id": "a", "reference": "KW-1",
                "complaint": { "what_happened": "Hij zei \"nee\",\nen ging weg", "location": "=HYPERLINK(\"x\")" },
                "help": { "requested": ["mediator", "legal"] },
                "contact": { "email": null },
            }))],
        );
        let mut lines = out.split("\r\n");
        assert_eq!(
            lines.next().unwrap(),
            "\"status\",\"received_at\",\"complaint.location\",\"complaint.what_happened\",\"contact.email\",\"help.requested\",\"reference\",\"submission_id\""
        );
        assert_eq!(
            lines.next().unwrap(),
            "\"new\",\"1970-01-02 00:00 UTC\",\"'=HYPERLINK(\"\"x\"\")\",\"Hij zei \"\"nee\"\",\nen ging weg\",\"\",\"mediator; legal\",\"KW-1\",\"a\""
        );
    }
}
