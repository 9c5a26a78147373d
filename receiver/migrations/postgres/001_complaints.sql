-- Complaints as received, with the fields the inbox lists; the audit log; inbox sessions.
CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  reference TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  organisation_name TEXT NOT NULL,
  verdict TEXT NOT NULL,
  created_at TEXT NOT NULL,
  receipt_by TEXT,
  first_contact_by TEXT,
  decision_by TEXT,
  aims TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'receipt_sent', 'in_handling', 'closed')),
  status_at BIGINT NOT NULL
);
CREATE INDEX complaints_received_at ON complaints (received_at);

CREATE TABLE audit (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at BIGINT NOT NULL,
  who TEXT NOT NULL,
  source TEXT NOT NULL,
  what TEXT NOT NULL,
  allowed BOOLEAN NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  who TEXT NOT NULL,
  csrf TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
