//! The store for organisations that run more than one receiver: PostgreSQL. A commit is
//! durable when it returns (PostgreSQL's default `synchronous_commit`). A lost connection is
//! made again on the next call.

use std::sync::Mutex;

use postgres::{Client, GenericClient, NoTls, Row};

use super::{
    aims_list, aims_text, status_of, AuditEntry, Complaint, Result, Saved, Session, Status,
    Storage, Summary, MIGRATIONS, SUMMARY_COLUMNS,
};

pub struct Postgres {
    url: String,
    client: Mutex<Client>,
}

/// Any number that identifies the migration lock among advisory locks.
const MIGRATION_LOCK: i64 = 0x6b6c_6163_6874;

fn summary(row: &Row) -> Summary {
    Summary {
        id: row.get(0),
        reference: row.get(1),
        organisation_id: row.get(2),
        organisation_name: row.get(3),
        verdict: row.get(4),
        created_at: row.get(5),
        received_at: row.get(6),
        receipt_by: row.get(7),
        first_contact_by: row.get(8),
        decision_by: row.get(9),
        aims: aims_list(row.get(10)),
        status: status_of(row.get(11)),
        status_at: row.get(12),
    }
}

fn complaint(row: &Row) -> Complaint {
    Complaint {
        summary: summary(row),
        body: row.get(13),
    }
}

impl Postgres {
    pub fn open(url: &str) -> Result<Self> {
        let mut client = Client::connect(url, NoTls)?;
        migrate(&mut client)?;
        Ok(Self {
            url: url.to_string(),
            client: Mutex::new(client),
        })
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut Client) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let mut client = self.client.lock().unwrap_or_else(|e| e.into_inner());
        if client.is_closed() {
            *client = Client::connect(&self.url, NoTls)?;
        }
        Ok(f(&mut client)?)
    }
}

/// Several receivers may start at once: the first to take the lock migrates.
fn migrate(client: &mut Client) -> Result<()> {
    let mut transaction = client.transaction()?;
    transaction.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    transaction.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
    )?;
    let highest: Option<i64> = transaction
        .query_one("SELECT max(version) FROM schema_migrations", &[])?
        .get(0);
    super::check_not_newer(highest)?;
    for (version, _, sql) in MIGRATIONS {
        if highest.is_none_or(|h| *version > h) {
            transaction.batch_execute(sql)?;
            transaction.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                &[version, &super::now()],
            )?;
        }
    }
    transaction.commit()?;
    Ok(())
}

impl Storage for Postgres {
    fn save(&self, s: &Summary, body: &str) -> Result<Saved> {
        self.with(|c| {
            let mut transaction = c.transaction()?;
            let inserted = transaction.execute(
                "INSERT INTO complaints (id, body, received_at, reference, organisation_id, \
                 organisation_name, verdict, created_at, receipt_by, first_contact_by, decision_by, \
                 aims, status, status_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                 ON CONFLICT (id) DO NOTHING",
                &[
                    &s.id,
                    &body,
                    &s.received_at,
                    &s.reference,
                    &s.organisation_id,
                    &s.organisation_name,
                    &s.verdict,
                    &s.created_at,
                    &s.receipt_by,
                    &s.first_contact_by,
                    &s.decision_by,
                    &aims_text(&s.aims),
                    &s.status.as_str(),
                    &s.status_at,
                ],
            )?;
            let saved = if inserted == 1 {
                Saved::New
            } else {
                let kept: String = transaction
                    .query_one("SELECT body FROM complaints WHERE id = $1", &[&s.id])?
                    .get(0);
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
            c.query_opt(
                &format!("SELECT {SUMMARY_COLUMNS}, body FROM complaints WHERE id = $1"),
                &[&id],
            )
            .map(|row| row.as_ref().map(complaint))
        })
    }

    fn summaries(&self, status: Option<Status>) -> Result<Vec<Summary>> {
        self.with(|c| {
            c.query(
                &format!(
                    "SELECT {SUMMARY_COLUMNS} FROM complaints WHERE $1::TEXT IS NULL OR status = $1 \
                     ORDER BY received_at DESC, id"
                ),
                &[&status.map(Status::as_str)],
            )
            .map(|rows| rows.iter().map(summary).collect())
        })
    }

    fn received_between(&self, from: i64, to: i64) -> Result<Vec<Complaint>> {
        self.with(|c| {
            c.query(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, body FROM complaints \
                     WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at, id"
                ),
                &[&from, &to],
            )
            .map(|rows| rows.iter().map(complaint).collect())
        })
    }

    fn set_status(&self, id: &str, status: Status, at: i64) -> Result<bool> {
        self.with(|c| {
            c.execute(
                "UPDATE complaints SET status = $2, status_at = $3 WHERE id = $1",
                &[&id, &status.as_str(), &at],
            )
            .map(|n| n == 1)
        })
    }

    fn delete_closed(&self, id: &str, audit: &AuditEntry) -> Result<bool> {
        self.with(|c| {
            let mut transaction = c.transaction()?;
            let deleted = transaction.execute(
                "DELETE FROM complaints WHERE id = $1 AND status = 'closed'",
                &[&id],
            )? == 1;
            if deleted {
                insert_audit(&mut transaction, audit)?;
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
            c.query(
                "SELECT at, who, source, what, allowed FROM audit ORDER BY seq",
                &[],
            )
            .map(|rows| {
                rows.iter()
                    .map(|r| AuditEntry {
                        at: r.get(0),
                        who: r.get(1),
                        from: r.get(2),
                        what: r.get(3),
                        allowed: r.get(4),
                    })
                    .collect()
            })
        })
    }

    fn start_session(&self, token_hash: &str, session: &Session, expires_at: i64) -> Result<()> {
        self.with(|c| {
            c.execute(
                "DELETE FROM sessions WHERE expires_at <= $1",
                &[&super::now()],
            )?;
            c.execute(
                "INSERT INTO sessions (token_hash, who, csrf, expires_at) VALUES ($1, $2, $3, $4)",
                &[&token_hash, &session.who, &session.csrf, &expires_at],
            )
            .map(|_| ())
        })
    }

    fn session(&self, token_hash: &str, now: i64) -> Result<Option<Session>> {
        self.with(|c| {
            c.query_opt(
                "SELECT who, csrf FROM sessions WHERE token_hash = $1 AND expires_at > $2",
                &[&token_hash, &now],
            )
            .map(|row| {
                row.map(|r| Session {
                    who: r.get(0),
                    csrf: r.get(1),
                })
            })
        })
    }

    fn end_session(&self, token_hash: &str) -> Result<()> {
        self.with(|c| {
            c.execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
                .map(|_| ())
        })
    }
}

fn insert_audit(
    c: &mut impl GenericClient,
    entry: &AuditEntry,
) -> std::result::Result<(), postgres::Error> {
    c.execute(
        "INSERT INTO audit (at, who, source, what, allowed) VALUES ($1, $2, $3, $4, $5)",
        &[
            &entry.at,
            &entry.who,
            &entry.from,
            &entry.what,
            &entry.allowed,
        ],
    )
    .map(|_| ())
}
