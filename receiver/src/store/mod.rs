//! Where complaints are kept: one interface, two databases. SQLite is the default (one file,
//! nothing to run); PostgreSQL serves organisations that run more than one receiver. Both keep
//! the document exactly as received plus the fields the inbox lists, the audit log, and the
//! inbox sessions. Migrations are versioned in `receiver/migrations/`.

mod postgres;
mod sqlite;

use serde_json::Value;

pub use self::postgres::Postgres;
pub use self::sqlite::Sqlite;

#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        Self(err.to_string())
    }
}

impl From<::postgres::Error> for StoreError {
    fn from(err: ::postgres::Error) -> Self {
        Self(err.to_string())
    }
}

impl From<std::io::Error> for StoreError {
    fn from(err: std::io::Error) -> Self {
        Self(err.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Where a complaint is in its handling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    New,
    ReceiptSent,
    InHandling,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::ReceiptSent,
        Status::InHandling,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::ReceiptSent => "receipt_sent",
            Status::InHandling => "in_handling",
            Status::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// What the inbox lists of a complaint: taken from the document when it arrives, plus its status.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: String,
    pub reference: String,
    pub organisation_id: String,
    pub organisation_name: String,
    pub verdict: String,
    /// When the person sent it (RFC 3339, their offset).
    pub created_at: String,
    /// When this receiver stored it (Unix seconds).
    pub received_at: i64,
    pub receipt_by: Option<String>,
    pub first_contact_by: Option<String>,
    pub decision_by: Option<String>,
    /// Which of the dates the regulation only aims for (`receipt`, `first_contact`, `decision`).
    pub aims: Vec<String>,
    pub status: Status,
    /// When the status last changed (Unix seconds).
    pub status_at: i64,
}

impl Summary {
    /// The summary of a document that matched the payload schema.
    pub fn of(document: &Value, received_at: i64) -> Self {
        let text = |pointer: &str| {
            document
                .pointer(pointer)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let date = |name: &str| {
            document
                .pointer(&format!("/deadlines/{name}"))
                .and_then(Value::as_str)
                .map(String::from)
        };
        Self {
            id: text("/submission_id"),
            reference: text("/reference"),
            organisation_id: text("/organisation/id"),
            organisation_name: text("/organisation/name"),
            verdict: text("/eligibility/verdict"),
            created_at: text("/created_at"),
            received_at,
            receipt_by: date("receipt_by"),
            first_contact_by: date("first_contact_by"),
            decision_by: date("decision_by"),
            aims: document
                .pointer("/deadlines/aims")
                .and_then(Value::as_array)
                .map(|aims| {
                    aims.iter()
                        .filter_map(Value::as_str)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default(),
            status: Status::New,
            status_at: received_at,
        }
    }
}

/// A stored complaint: its summary and the document exactly as received.
#[derive(Clone, Debug, PartialEq)]
pub struct Complaint {
    pub summary: Summary,
    pub body: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    New,
    /// The same id with the same body: nothing new.
    AlreadyThere,
    /// The same id with another body: the first is kept.
    Different,
}

/// One line of the audit log: who did what, from where, when, and whether it was allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    pub at: i64,
    pub who: String,
    pub from: String,
    pub what: String,
    pub allowed: bool,
}

impl AuditEntry {
    pub fn now(who: &str, from: &str, what: &str, allowed: bool) -> Self {
        Self {
            at: now(),
            who: who.to_string(),
            from: from.to_string(),
            what: what.to_string(),
            allowed,
        }
    }

    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "at_unix": self.at, "who": self.who, "from": self.from, "what": self.what,
            "allowed": self.allowed,
        })
    }
}

/// A signed-in inbox user.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub who: String,
    /// Every form carries it; a post without it is refused.
    pub csrf: String,
}

/// Everything the receiver keeps. Each call is one transaction, committed before it returns.
pub trait Storage: Send + Sync {
    /// Stores a complaint unless one with its id exists.
    fn save(&self, summary: &Summary, body: &str) -> Result<Saved>;
    fn complaint(&self, id: &str) -> Result<Option<Complaint>>;
    /// Newest first; only those with `status` when given.
    fn summaries(&self, status: Option<Status>) -> Result<Vec<Summary>>;
    /// Received in `[from, to)` (Unix seconds), oldest first.
    fn received_between(&self, from: i64, to: i64) -> Result<Vec<Complaint>>;
    /// False when there is no such complaint.
    fn set_status(&self, id: &str, status: Status, at: i64) -> Result<bool>;
    /// Deletes a complaint that is still closed, writing `audit` in the same transaction.
    fn delete_closed(&self, id: &str, audit: &AuditEntry) -> Result<bool>;
    fn audit(&self, entry: &AuditEntry) -> Result<()>;
    /// The whole audit log, oldest first.
    fn audit_log(&self) -> Result<Vec<AuditEntry>>;
    fn start_session(&self, token_hash: &str, session: &Session, expires_at: i64) -> Result<()>;
    /// The session, unless it ended or expired.
    fn session(&self, token_hash: &str, now: i64) -> Result<Option<Session>>;
    fn end_session(&self, token_hash: &str) -> Result<()>;
}

/// Opens (and migrates) the store named by `--store`: `postgres://…` or `sqlite:PATH`.
pub fn open(location: &str) -> Result<Box<dyn Storage>> {
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        Ok(Box::new(Postgres::open(location)?))
    } else {
        let path = location.strip_prefix("sqlite:").unwrap_or(location);
        Ok(Box::new(Sqlite::open(std::path::Path::new(path))?))
    }
}

/// The columns a [`Summary`] is read from, in the order both stores read them (a
/// [`Complaint`] adds `body`).
const SUMMARY_COLUMNS: &str = "id, reference, organisation_id, organisation_name, verdict, \
     created_at, received_at, receipt_by, first_contact_by, decision_by, aims, status, status_at";

/// The versioned migrations: (version, SQLite, PostgreSQL). Never change one that shipped.
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    include_str!("../../migrations/sqlite/001_complaints.sql"),
    include_str!("../../migrations/postgres/001_complaints.sql"),
)];

/// Refuses a store that a newer receiver migrated further than this one knows.
fn check_not_newer(highest: Option<i64>) -> Result<()> {
    let known = MIGRATIONS.last().map_or(0, |m| m.0);
    match highest {
        Some(version) if version > known => Err(StoreError(format!(
            "this store was migrated to version {version} by a newer receiver; this one knows up to {known}"
        ))),
        _ => Ok(()),
    }
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A repeat is the same document when it says the same, however its JSON is laid out.
fn same_document(kept: &str, body: &str) -> bool {
    kept == body
        || matches!(
            (serde_json::from_str::<Value>(kept), serde_json::from_str::<Value>(body)),
            (Ok(a), Ok(b)) if a == b
        )
}

fn aims_text(aims: &[String]) -> String {
    aims.join(",")
}

fn aims_list(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|a| !a.is_empty())
        .map(String::from)
        .collect()
}

fn status_of(text: &str) -> Status {
    Status::parse(text).unwrap_or(Status::New)
}

#[cfg(test)]
mod tests;
