//! The default store: one SQLite file in WAL mode, synced on every commit, readable by the
//! receiver's own user only.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use super::{
    aims_list, aims_text, status_of, AuditEntry, Complaint, Result, Saved, Session, Status,
    Storage, Summary, MIGRATIONS, SUMMARY_COLUMNS,
};

pub struct Sqlite {
    connection: Mutex<Connection>,
}

fn summary(row: &Row) -> rusqlite::Result<Summary> {
    Ok(Summary {
        id: row.get(0)?,
        reference: row.get(1)?,
        organisation_id: row.get(2)?,
        organisation_name: row.get(3)?,
        verdict: row.get(4)?,
        created_at: row.get(5)?,
        received_at: row.get(6)?,
        receipt_by: row.get(7)?,
        first_contact_by: row.get(8)?,
        decision_by: row.get(9)?,
        aims: aims_list(&row.get::<_, String>(10)?),
        status: status_of(&row.get::<_, String>(11)?),
        status_at: row.get(12)?,
    })
}

fn complaint(row: &Row) -> rusqlite::Result<Complaint> {
    Ok(Complaint {
        summary: summary(row)?,
        body: row.get(13)?,
    })
}

/// Creates the folder (owner only) and an empty file (owner only) before SQLite opens it;
/// SQLite gives its -wal and -shm files the same permissions.
fn create_private(path: &Path) -> std::io::Result<()> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !folder.exists() {
            let mut builder = std::fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder.create(folder)?;
        }
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?;
    Ok(())
}

impl Sqlite {
    pub fn open(path: &Path) -> Result<Self> {
        create_private(path)?;
        let mut connection = Connection::open(path)?;
        connection
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
        // FULL: a commit is on disk before it returns, also across a power cut.
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.busy_timeout(Duration::from_secs(5))?;
        migrate(&mut connection)?;
        Ok(Self {
            connection: Mutex::new(connection),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> Result<T> {
        let mut connection = self.connection.lock().unwrap_or_else(|e| e.into_inner());
        Ok(f(&mut connection)?)
    }
}

fn migrate(connection: &mut Connection) -> Result<()> {
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    transaction.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
    )?;
    let highest: Option<i64> =
        transaction.query_row("SELECT max(version) FROM schema_migrations", [], |r| {
            r.get(0)
        })?;
    super::check_not_newer(highest)?;
    for (version, sql, _) in MIGRATIONS {
        if highest.is_none_or(|h| *version > h) {
            transaction.execute_batch(sql)?;
            transaction.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
                params![version, super::now()],
            )?;
        }
    }
    transaction.commit()?;
    Ok(())
}

impl Storage for Sqlite {
    fn save(&self, s: &Summary, body: &str) -> Result<Saved> {
        self.with(|c| {
            let transaction = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let inserted = transaction.execute(
                "INSERT INTO complaints (id, body, received_at, reference, organisation_id, \
                 organisation_name, verdict, created_at, receipt_by, first_contact_by, decision_by, \
                 aims, status, status_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) \
                 ON CONFLICT (id) DO NOTHING",
                params![
                    s.id,
                    body,
                    s.received_at,
                    s.reference,
                    s.organisation_id,
                    s.organisation_name,
                    s.verdict,
                    s.created_at,
                    s.receipt_by,
                    s.first_contact_by,
                    s.decision_by,
                    aims_text(&s.aims),
                    s.status.as_str(),
                    s.status_at
                ],
            )?;
            let saved = if inserted == 1 {
                Saved::New
            } else {
                let kept: String = transaction.query_row(
                    "SELECT body FROM complaints WHERE id = ?1",
                    [&s.id],
                    |r| r.get(0),
                )?;
                if super::same_document(&kept, body) {
                    Saved::AlreadyThere
                } else {
                    Saved::Different
                }
            };
            transaction.commit()?;
            Ok(saved)
        })
    }

    fn complaint(&self, id: &str) -> Result<Option<Complaint>> {
        self.with(|c| {
            c.query_row(
                &format!("SELECT {SUMMARY_COLUMNS}, body FROM complaints WHERE id = ?1"),
                [id],
                complaint,
            )
            .optional()
        })
    }

    fn summaries(&self, status: Option<Status>) -> Result<Vec<Summary>> {
        self.with(|c| {
            let mut statement = c.prepare(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM complaints WHERE ?1 IS NULL OR status = ?1 \
                 ORDER BY received_at DESC, id"
            ))?;
            let rows = statement.query_map([status.map(Status::as_str)], summary)?;
            rows.collect()
        })
    }

    fn received_between(&self, from: i64, to: i64) -> Result<Vec<Complaint>> {
        self.with(|c| {
            let mut statement = c.prepare(&format!(
                "SELECT {SUMMARY_COLUMNS}, body FROM complaints \
                 WHERE received_at >= ?1 AND received_at < ?2 ORDER BY received_at, id"
            ))?;
            let rows = statement.query_map([from, to], complaint)?;
            rows.collect()
        })
    }

    fn set_status(&self, id: &str, status: Status, at: i64) -> Result<bool> {
        self.with(|c| {
            c.execute(
                "UPDATE complaints SET status = ?2, status_at = ?3 WHERE id = ?1",
                params![id, status.as_str(), at],
            )
            .map(|n| n == 1)
        })
    }

    fn delete_closed(&self, id: &str, audit: &AuditEntry) -> Result<bool> {
        self.with(|c| {
            let transaction = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let deleted = transaction.execute(
                "DELETE FROM complaints WHERE id = ?1 AND status = 'closed'",
                [id],
            )? == 1;
            if deleted {
                insert_audit(&transaction, audit)?;
            }
            transaction.commit()?;
            Ok(deleted)
        })
    }

    fn audit(&self, entry: &AuditEntry) -> Result<()> {
        self.with(|c| insert_audit(c, entry))
    }

    fn audit_log(&self) -> Result<Vec<AuditEntry>> {
        self.with(|c| {
            let mut statement =
                c.prepare("SELECT at, who, source, what, allowed FROM audit ORDER BY seq")?;
            let rows = statement.query_map([], |r| {
                Ok(AuditEntry {
                    at: r.get(0)?,
                    who: r.get(1)?,
                    from: r.get(2)?,
                    what: r.get(3)?,
                    allowed: r.get(4)?,
                })
            })?;
            rows.collect()
        })
    }

    fn start_session(&self, token_hash: &str, session: &Session, expires_at: i64) -> Result<()> {
        self.with(|c| {
            c.execute(
                "DELETE FROM sessions WHERE expires_at <= ?1",
                [super::now()],
            )?;
            c.execute(
                "INSERT INTO sessions (token_hash, who, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![token_hash, session.who, session.csrf, expires_at],
            )
            .map(|_| ())
        })
    }

    fn session(&self, token_hash: &str, now: i64) -> Result<Option<Session>> {
        self.with(|c| {
            c.query_row(
                "SELECT who, csrf FROM sessions WHERE token_hash = ?1 AND expires_at > ?2",
                params![token_hash, now],
                |r| {
                    Ok(Session {
                        who: r.get(0)?,
                        csrf: r.get(1)?,
                    })
                },
            )
            .optional()
        })
    }

    fn end_session(&self, token_hash: &str) -> Result<()> {
        self.with(|c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])
                .map(|_| ())
        })
    }
}

fn insert_audit(c: &Connection, entry: &AuditEntry) -> rusqlite::Result<()> {
    c.execute(
        "INSERT INTO audit (at, who, source, what, allowed) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![entry.at, entry.who, entry.from, entry.what, entry.allowed],
    )
    .map(|_| ())
}
