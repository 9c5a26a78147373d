//! How long a closed complaint is kept, per organisation: after that it is deleted, and the
//! deletion is written to the audit log (in the same transaction).

use std::collections::BTreeMap;

use crate::store::{AuditEntry, Status, Storage, Summary};

/// Days to keep a closed complaint: per organisation id, and for the others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    pub by_organisation: BTreeMap<String, u32>,
    pub otherwise: Option<u32>,
}

impl Policy {
    /// Adds one `--retention` value: `DAYS` (every organisation without its own) or `ORG=DAYS`.
    pub fn add(&mut self, value: &str) -> Result<(), String> {
        let days = |text: &str| {
            text.parse::<u32>()
                .map_err(|_| format!("--retention takes DAYS or ORGANISATION=DAYS, not {value}"))
        };
        match value.split_once('=') {
            Some((organisation, text)) if !organisation.is_empty() => {
                self.by_organisation
                    .insert(organisation.to_string(), days(text)?);
            }
            Some(_) => {
                return Err(format!(
                    "--retention {value}: the organisation id is missing"
                ))
            }
            None => self.otherwise = Some(days(value)?),
        }
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.by_organisation.is_empty() && self.otherwise.is_none()
    }

    fn days_for(&self, organisation: &str) -> Option<u32> {
        self.by_organisation
            .get(organisation)
            .copied()
            .or(self.otherwise)
    }

    /// The closed complaints whose time is up at `now`, with the days they were kept for.
    pub fn due<'a>(&self, closed: &'a [Summary], now: i64) -> Vec<(&'a Summary, u32)> {
        closed
            .iter()
            .filter(|s| s.status == Status::Closed)
            .filter_map(|s| {
                let days = self.days_for(&s.organisation_id)?;
                (now - s.status_at >= i64::from(days) * 86_400).then_some((s, days))
            })
            .collect()
    }
}

/// Deletes what is due; returns how many were deleted.
pub fn run(store: &dyn Storage, policy: &Policy, now: i64) -> crate::store::Result<usize> {
    if policy.is_empty() {
        return Ok(0);
    }
    let closed = store.summaries(Some(Status::Closed))?;
    let mut deleted = 0;
    for (summary, days) in policy.due(&closed, now) {
        let what = format!(
            "DELETE complaint {} ({}, {}): closed on {}, kept {days} days",
            summary.id,
            summary.reference,
            summary.organisation_id,
            crate::days::format(crate::days::day_of(summary.status_at)),
        );
        let mut entry = AuditEntry::now("retention", "-", &what, true);
        entry.at = now;
        if store.delete_closed(&summary.id, &entry)? {
            println!("retention: {what}");
            deleted += 1;
        }
    }
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(organisation: &str, closed_at: i64) -> Summary {
        let mut s = Summary::of(
            &serde_json::json!({ "submission_id": organisation, "organisation": { "id": organisation } }),
            0,
        );
        s.status = Status::Closed;
        s.status_at = closed_at;
        s
    }

    #[test]
    fn each_organisation_keeps_closed_complaints_for_its_own_time() {
        let mut policy = Policy::default();
        policy.add("perspectiefplus=365").unwrap();
        policy.add("30").unwrap();
        let day = 86_400;
        let summaries = [
            closed("perspectiefplus", 0),
            closed("permens", 0),
            closed("lentl", 100 * day),
        ];
        let due: Vec<(&str, u32)> = policy
            .due(&summaries, 364 * day)
            .into_iter()
            .map(|(s, d)| (s.organisation_id.as_str(), d))
            .collect();
        assert_eq!(due, [("permens", 30), ("lentl", 30)]);
        assert_eq!(policy.due(&summaries, 365 * day).len(), 3);
        let mut open = closed("permens", 0);
        open.status = Status::InHandling;
        assert!(policy.due(&[open], 1000 * day).is_empty());
    }

    #[test]
    fn only_what_an_organisation_set_is_deleted() {
        let mut policy = Policy::default();
        policy.add("lentl=0").unwrap();
        assert!(policy.due(&[closed("permens", 0)], 10_000_000).is_empty());
        for bad in ["=3", "lentl=", "drie", "lentl=-1"] {
            assert!(Policy::default().add(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_deletion_is_in_the_audit_log() {
        let folder = std::env::temp_dir().join(format!("kw-retention-{}", std::process::id()));
        let store = crate::store::Sqlite::open(&folder.join("k.sqlite")).unwrap();
        let body = serde_json::json!({ "submission_id": "weg", "reference": "KW-W", "organisation": { "id": "lentl" } });
        let summary = Summary::of(&body, 0);
        store.save(&summary, &body.to_string()).unwrap();
        store.set_status("weg", Status::Closed, 0).unwrap();
        let mut policy = Policy::default();
        policy.add("lentl=1").unwrap();
        assert_eq!(run(&store, &policy, 86_399).unwrap(), 0);
        assert_eq!(run(&store, &policy, 86_400).unwrap(), 1);
        assert_eq!(store.complaint("weg").unwrap(), None);
        let log = store.audit_log().unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].who, "retention");
        assert!(log[0]
            .what
            .starts_with("DELETE complaint weg (KW-W, lentl): closed on 1970-01-01, kept 1 days"));
        std::fs::remove_dir_all(folder).unwrap();
    }
}
