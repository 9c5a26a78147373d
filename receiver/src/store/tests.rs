//! One suite, run against SQLite always and against PostgreSQL when `KW_TEST_POSTGRES` names
//! one (`scripts/test` starts a real one and sets it).

use super::*;

fn unique(name: &str) -> String {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).unwrap();
    let suffix: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{name}-{suffix}")
}

fn document(id: &str, organisation: &str, text: &str) -> (Summary, String) {
    let body = serde_json::json!({
        "submission_id": id, "reference": "KW-7Q2M", "created_at": "2026-12-07T10:00:00+01:00",
        "organisation": { "id": organisation, "name": "Organisatie" },
        "eligibility": { "verdict": "handled" },
        "deadlines": { "receipt_by": "2026-12-14", "first_contact_by": null, "decision_by": "2027-02-01", "aims": ["receipt"] },
        "complaint": { "what_happened": text },
    })
    .to_string();
    (
        Summary::of(&serde_json::from_str(&body).unwrap(), 1_000),
        body,
    )
}

fn suite(store: &dyn Storage) {
    let organisation = unique("org");
    let first = unique("a");
    let second = unique("b");
    let (summary, body) = document(&first, &organisation, "Eerste tekst");
    assert_eq!(summary.receipt_by.as_deref(), Some("2026-12-14"));
    assert_eq!(summary.aims, ["receipt"]);

    // Stored once; the same body again is nothing new; another body is refused, the first kept.
    assert_eq!(store.save(&summary, &body).unwrap(), Saved::New);
    assert_eq!(store.save(&summary, &body).unwrap(), Saved::AlreadyThere);
    let relaid =
        serde_json::to_string_pretty(&serde_json::from_str::<Value>(&body).unwrap()).unwrap();
    assert_eq!(store.save(&summary, &relaid).unwrap(), Saved::AlreadyThere);
    let (_, other) = document(&first, &organisation, "Andere tekst");
    assert_eq!(store.save(&summary, &other).unwrap(), Saved::Different);
    let kept = store.complaint(&first).unwrap().unwrap();
    assert_eq!(
        (kept.body.as_str(), &kept.summary),
        (body.as_str(), &summary)
    );
    assert_eq!(store.complaint(&unique("none")).unwrap(), None);

    // Newest first, filtered by status; a period holds what was received in it.
    let (mut later, later_body) = document(&second, &organisation, "Tweede");
    later.received_at = 2_000;
    later.status_at = 2_000;
    store.save(&later, &later_body).unwrap();
    let ours = |status| -> Vec<String> {
        store
            .summaries(status)
            .unwrap()
            .into_iter()
            .filter(|s| s.organisation_id == organisation)
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(ours(None), [second.clone(), first.clone()]);
    assert!(store.set_status(&first, Status::Closed, 3_000).unwrap());
    assert!(!store
        .set_status(&unique("none"), Status::Closed, 3_000)
        .unwrap());
    assert_eq!(ours(Some(Status::Closed)), [first.as_str()]);
    assert_eq!(ours(Some(Status::New)), [second.as_str()]);
    let period: Vec<String> = store
        .received_between(1_000, 2_000)
        .unwrap()
        .into_iter()
        .filter(|c| c.summary.organisation_id == organisation)
        .map(|c| c.summary.id)
        .collect();
    assert_eq!(period, [first.as_str()]);

    // Only a closed complaint is deleted, and the deletion is in the audit log.
    let deletion = AuditEntry::now("retention", "-", &format!("DELETE {first}"), true);
    assert!(!store
        .delete_closed(&second, &AuditEntry::now("retention", "-", "x", true))
        .unwrap());
    assert!(store.delete_closed(&first, &deletion).unwrap());
    assert_eq!(store.complaint(&first).unwrap(), None);
    let log = store.audit_log().unwrap();
    assert_eq!(log.iter().filter(|e| e.what == deletion.what).count(), 1);
    assert!(!log.iter().any(|e| e.what == "x"));

    // Sessions end when ended or expired.
    let session = Session {
        who: "klachten".into(),
        csrf: unique("csrf"),
    };
    let token = unique("token");
    store.start_session(&token, &session, 5_000).unwrap();
    assert_eq!(store.session(&token, 4_999).unwrap(), Some(session));
    assert_eq!(store.session(&token, 5_000).unwrap(), None);
    store.end_session(&token).unwrap();
    assert_eq!(store.session(&token, 0).unwrap(), None);
}

#[test]
fn sqlite_keeps_everything_and_only_its_owner_can_read_it() {
    let folder = std::env::temp_dir().join(unique("kw-sqlite"));
    let path = folder.join("klachten.sqlite");
    suite(&Sqlite::open(&path).unwrap());
    // Opening again migrates nothing twice.
    let store = Sqlite::open(&path).unwrap();
    suite(&store);
    // While it is open (its -wal file exists), nobody else may read any of it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [
            folder.clone(),
            path.clone(),
            folder.join("klachten.sqlite-wal"),
        ] {
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{} is {mode:o}", file.display());
        }
    }
    drop(store);
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn postgres_keeps_everything() {
    let Ok(url) = std::env::var("KW_TEST_POSTGRES") else {
        eprintln!("KW_TEST_POSTGRES is not set: PostgreSQL not tested here (scripts/test sets it)");
        return;
    };
    suite(&Postgres::open(&url).unwrap());
    suite(&Postgres::open(&url).unwrap());
}

#[test]
fn a_store_from_a_newer_receiver_is_refused() {
    assert!(check_not_newer(None).is_ok());
    assert!(check_not_newer(Some(1)).is_ok());
    let error = check_not_newer(Some(99)).unwrap_err().0;
    assert!(error.contains("newer receiver"), "{error}");
}
