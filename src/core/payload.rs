use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::answers::Answers;

/// Version of the JSON document sent to the organisation. Raise it on any change of shape.
pub const SCHEMA_VERSION: &str = "0.1.0";

/// What the browser knows at the moment of sending, and the core does not.
#[derive(Clone, Debug)]
pub struct SubmissionMeta {
    pub submission_id: String,
    pub created_at: DateTime<FixedOffset>,
    pub locale: String,
}

/// The document the organisation receives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    pub schema_version: String,
    pub submission_id: String,
    /// Short code the person can quote on the phone.
    pub reference: String,
    pub created_at: DateTime<FixedOffset>,
    pub locale: String,
    pub complaint: Complaint,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Complaint {
    pub what_happened: String,
}

pub fn build(answers: &Answers, meta: SubmissionMeta) -> Payload {
    Payload {
        schema_version: SCHEMA_VERSION.to_string(),
        reference: reference(&meta.submission_id),
        submission_id: meta.submission_id,
        created_at: meta.created_at,
        locale: meta.locale,
        complaint: Complaint {
            what_happened: answers.what_happened.trim().to_string(),
        },
    }
}

/// "KW-" and the first eight letters or digits of the id, upper case.
pub fn reference(submission_id: &str) -> String {
    let code: String = submission_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect();
    format!("KW-{}", code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> SubmissionMeta {
        SubmissionMeta {
            submission_id: "3f2a9c1e-77b0-4c1d-9e4a-0b6f2d8e5a11".to_string(),
            created_at: DateTime::parse_from_rfc3339("2026-04-27T10:15:00+02:00").unwrap(),
            locale: "nl".to_string(),
        }
    }

    #[test]
    fn builds_the_document_with_offset_and_trimmed_story() {
        let answers = Answers {
            what_happened: "  De taxi kwam drie keer te laat.\n".to_string(),
        };
        let json = serde_json::to_value(build(&answers, meta())).unwrap();
        assert_eq!(json["schema_version"], SCHEMA_VERSION);
        assert_eq!(
            json["submission_id"],
            "3f2a9c1e-77b0-4c1d-9e4a-0b6f2d8e5a11"
        );
        assert_eq!(json["reference"], "KW-3F2A9C1E");
        assert_eq!(json["created_at"], "2026-04-27T10:15:00+02:00");
        assert_eq!(json["locale"], "nl");
        assert_eq!(
            json["complaint"]["what_happened"],
            "De taxi kwam drie keer te laat."
        );
    }

    #[test]
    fn the_document_reads_back_as_it_was_written() {
        let payload = build(&Answers::default(), meta());
        let text = serde_json::to_string(&payload).unwrap();
        assert_eq!(serde_json::from_str::<Payload>(&text).unwrap(), payload);
    }
}
