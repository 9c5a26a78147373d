//! The inbox's HTML: plain pages, no script, readable on a phone, in Dutch for the complaints
//! office. Everything from a complaint is escaped.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde_json::Value;

use crate::store::{Complaint, Session, Status, Summary};

const STYLE: &str = "body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}\
header,main{max-width:72rem;margin:0 auto;padding:1rem}header{display:flex;gap:1rem;align-items:center;justify-content:space-between;border-bottom:1px solid #ccc}\
a{color:#0b4ea2}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f5b400;outline-offset:2px}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}\
caption{text-align:left;font-weight:bold;padding:.4rem 0}.late{color:#a00000;font-weight:bold}.soon{color:#7a4a00;font-weight:bold}\
.note{color:#555}nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}\
dl{display:grid;grid-template-columns:minmax(10rem,max-content) 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap}\
dd dl{grid-template-columns:minmax(8rem,max-content) 1fr}label{display:block;font-weight:bold;margin-top:.6rem}\
input,select,button{font:inherit;padding:.3rem .5rem}button{margin-top:.6rem}.message{border-left:4px solid #0b4ea2;padding:.3rem .8rem}\
.wide{overflow-x:auto}";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn page(title: &str, session: Option<&Session>, body: &str) -> String {
    let header = match session {
        Some(s) => format!(
            "<header><a href=\"/inbox/\">Klachten</a><form method=\"post\" action=\"/inbox/logout\">\
             <span>Aangemeld als {}</span> <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
             <button type=\"submit\">Afmelden</button></form></header>",
            escape(&s.who),
            escape(&s.csrf)
        ),
        None => String::new(),
    };
    format!(
        "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} – Klachtwijzer inbox</title><style>{STYLE}</style></head>\
         <body>{header}<main>{body}</main></body></html>",
        escape(title)
    )
}

pub fn problem(status: StatusCode, message: &str) -> Response {
    let body = format!(
        "<h1>Dat lukte niet</h1><p class=\"message\">{}</p><p><a href=\"/inbox/\">Naar de inbox</a></p>",
        escape(message)
    );
    (status, Html(page("Dat lukte niet", None, &body))).into_response()
}

pub fn login(status: StatusCode, next: &str, message: Option<&str>) -> Response {
    let message = message
        .map(|m| format!("<p class=\"message\" role=\"alert\">{}</p>", escape(m)))
        .unwrap_or_default();
    let body = format!(
        "<h1>Aanmelden</h1>{message}<p>Meld je aan om de klachten te lezen.</p>\
         <form method=\"post\" action=\"/inbox/login\"><input type=\"hidden\" name=\"next\" value=\"{}\">\
         <label for=\"name\">Naam</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required>\
         <label for=\"password\">Wachtwoord</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\
         <div><button type=\"submit\">Aanmelden</button></div></form>",
        escape(next)
    );
    (status, Html(page("Aanmelden", None, &body))).into_response()
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::New => "Nieuw",
        Status::ReceiptSent => "Ontvangst bevestigd",
        Status::InHandling => "In behandeling",
        Status::Closed => "Gesloten",
    }
}

fn verdict_label(verdict: &str) -> &str {
    match verdict {
        "handled" => "Wordt behandeld",
        "own_route" => "Eigen route",
        "may_decline" => "Mag worden afgewezen",
        "not_handled" => "Wordt niet behandeld",
        other => other,
    }
}

/// A date from the payload, and how close it is while it still matters.
fn deadline(date: Option<&str>, aim: bool, applies: bool, today: i64) -> String {
    let Some(date) = date else {
        return "—".into();
    };
    let aim = if aim {
        " <span class=\"note\">(streefdatum)</span>"
    } else {
        ""
    };
    let closeness = match crate::days::parse(date).filter(|_| applies) {
        Some(day) => match day - today {
            0 => " <span class=\"soon\">vandaag</span>".to_string(),
            1 => " <span class=\"soon\">morgen</span>".to_string(),
            left @ 2..=7 => format!(" <span class=\"soon\">nog {left} dagen</span>"),
            left if left > 7 => format!(" <span class=\"note\">nog {left} dagen</span>"),
            -1 => " <span class=\"late\">1 dag te laat</span>".to_string(),
            late => format!(" <span class=\"late\">{} dagen te laat</span>", -late),
        },
        None => String::new(),
    };
    format!("{}{aim}{closeness}", escape(date))
}

/// The three dates the office works to, each with how close it is while it applies.
fn deadlines(s: &Summary, today: i64) -> [String; 3] {
    let open = s.status != Status::Closed;
    let aim = |name: &str| s.aims.iter().any(|a| a == name);
    [
        deadline(
            s.receipt_by.as_deref(),
            aim("receipt"),
            s.status == Status::New,
            today,
        ),
        deadline(
            s.first_contact_by.as_deref(),
            aim("first_contact"),
            open,
            today,
        ),
        deadline(s.decision_by.as_deref(), aim("decision"), open, today),
    ]
}

pub fn list(
    session: &Session,
    summaries: &[Summary],
    filter: Option<Status>,
    today: i64,
) -> String {
    let mut filters = String::from("<nav aria-label=\"Filter op status\"><ul>");
    let link = |href: &str, label: &str, current: bool| {
        format!(
            "<li><a href=\"{href}\"{}>{label}</a></li>",
            if current {
                " aria-current=\"page\""
            } else {
                ""
            }
        )
    };
    filters += &link("/inbox/", "Alle", filter.is_none());
    for status in Status::ALL {
        filters += &link(
            &format!("/inbox/?status={}", status.as_str()),
            status_label(status),
            filter == Some(status),
        );
    }
    filters += "</ul></nav>";
    let mut rows = String::new();
    for s in summaries {
        let [receipt, contact, decision] = deadlines(s, today);
        rows += &format!(
            "<tr><td><a href=\"/inbox/complaints/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td>\
             <td>{receipt}</td><td>{contact}</td><td>{decision}</td><td>{}</td></tr>",
            escape(&s.id),
            escape(&s.reference),
            crate::days::format_moment(s.received_at),
            escape(&s.organisation_name),
            escape(verdict_label(&s.verdict)),
            status_label(s.status),
        );
    }
    let table = if summaries.is_empty() {
        "<p>Er zijn hier (nog) geen klachten.</p>".to_string()
    } else {
        format!(
            "<div class=\"wide\"><table><caption>{} {}</caption><thead><tr><th scope=\"col\">Kenmerk</th>\
             <th scope=\"col\">Ontvangen</th><th scope=\"col\">Organisatie</th><th scope=\"col\">Uitkomst</th>\
             <th scope=\"col\">Ontvangst bevestigen vóór</th><th scope=\"col\">Eerste contact vóór</th>\
             <th scope=\"col\">Besluit vóór</th><th scope=\"col\">Status</th></tr></thead><tbody>{rows}</tbody></table></div>",
            summaries.len(),
            if summaries.len() == 1 { "klacht" } else { "klachten" }
        )
    };
    let today_text = crate::days::format(today);
    let export = format!(
        "<h2>Exporteren</h2><form method=\"get\" action=\"/inbox/export\">\
         <label for=\"from\">Ontvangen vanaf</label><input id=\"from\" name=\"from\" type=\"date\" required value=\"{}\">\
         <label for=\"to\">tot en met</label><input id=\"to\" name=\"to\" type=\"date\" required value=\"{today_text}\">\
         <label for=\"format\">Bestand</label><select id=\"format\" name=\"format\">\
         <option value=\"csv\">CSV (spreadsheet)</option><option value=\"jsonl\">JSON Lines</option></select>\
         <div><button type=\"submit\">Download</button></div></form>",
        crate::days::format(today - 30)
    );
    page(
        "Klachten",
        Some(session),
        &format!("<h1>Klachten</h1>{filters}{table}{export}"),
    )
}

pub fn complaint(session: &Session, complaint: &Complaint, today: i64) -> String {
    let s = &complaint.summary;
    let document: Value = serde_json::from_str(&complaint.body).unwrap_or(Value::Null);
    let text = |pointer: &str| {
        document
            .pointer(pointer)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map_or("—".to_string(), escape)
    };
    let mut options = String::new();
    for status in Status::ALL {
        options += &format!(
            "<option value=\"{}\"{}>{}</option>",
            status.as_str(),
            if status == s.status { " selected" } else { "" },
            status_label(status)
        );
    }
    let [receipt, contact, decision] = deadlines(s, today);
    let body = format!(
        "<p><a href=\"/inbox/\">← Alle klachten</a></p><h1>Klacht {reference}</h1>\
         <dl><dt>Ontvangen</dt><dd>{received}</dd><dt>Organisatie</dt><dd>{organisation}</dd>\
         <dt>Uitkomst</dt><dd>{verdict}</dd><dt>Status</dt><dd>{status} <span class=\"note\">(sinds {status_at})</span></dd></dl>\
         <form method=\"post\" action=\"/inbox/complaints/{id}/status\"><input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
         <label for=\"status\">Status wijzigen</label><select id=\"status\" name=\"status\">{options}</select> \
         <button type=\"submit\">Status opslaan</button></form>\
         <p><a href=\"/inbox/complaints/{id}/json\" download>Download als JSON</a></p>\
         <h2>Wat er gebeurde</h2><p style=\"white-space:pre-wrap\">{what}</p>\
         <h2>Wat de indiener wil</h2><p style=\"white-space:pre-wrap\">{wants}</p>\
         <h2>Contact</h2><dl><dt>Naam</dt><dd>{name}</dd><dt>Telefoon</dt><dd>{phone}</dd>\
         <dt>E-mail</dt><dd>{email}</dd><dt>Adres</dt><dd>{address}</dd><dt>Liefst via</dt><dd>{preferred}</dd></dl>\
         <h2>Termijnen</h2><dl><dt>Ontvangst bevestigen vóór</dt><dd>{receipt}</dd>\
         <dt>Eerste contact vóór</dt><dd>{contact}</dd><dt>Besluit vóór</dt><dd>{decision}</dd></dl>\
         <h2>Alle gegevens</h2>{all}",
        reference = escape(&s.reference),
        received = crate::days::format_moment(s.received_at),
        organisation = escape(&s.organisation_name),
        verdict = escape(verdict_label(&s.verdict)),
        status = status_label(s.status),
        status_at = crate::days::format_moment(s.status_at),
        id = escape(&s.id),
        csrf = escape(&session.csrf),
        what = text("/complaint/what_happened"),
        wants = text("/complaint/desired_outcome"),
        name = text("/contact/name"),
        phone = text("/contact/phone"),
        email = text("/contact/email"),
        address = text("/contact/postal_address"),
        preferred = text("/contact/preferred"),
        all = value(&document),
    );
    page(&format!("Klacht {}", s.reference), Some(session), &body)
}

/// Every field of the document, nested as it is.
fn value(value: &Value) -> String {
    match value {
        Value::Null => "—".into(),
        Value::String(text) => escape(text),
        Value::Array(items) if items.is_empty() => "—".into(),
        Value::Array(items) => format!(
            "<ul>{}</ul>",
            items
                .iter()
                .map(|i| format!("<li>{}</li>", self::value(i)))
                .collect::<String>()
        ),
        Value::Object(fields) => format!(
            "<dl>{}</dl>",
            fields
                .iter()
                .map(|(name, field)| format!(
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(name),
                    self::value(field)
                ))
                .collect::<String>()
        ),
        other => escape(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_says_how_close_it_is_while_it_applies() {
        let today = crate::days::parse("2026-12-07").unwrap();
        assert!(deadline(Some("2026-12-07"), false, true, today).contains("vandaag"));
        assert!(deadline(Some("2026-12-10"), false, true, today).contains("nog 3 dagen"));
        assert!(deadline(Some("2026-12-04"), true, true, today).contains("3 dagen te laat"));
        assert!(deadline(Some("2026-12-04"), true, true, today).contains("streefdatum"));
        assert_eq!(
            deadline(Some("2026-12-04"), false, false, today),
            "2026-12-04"
        );
        assert_eq!(deadline(None, false, true, today), "—");
    }

    #[test]
    fn text_from_a_complaint_cannot_become_markup() {
        let html = value(&serde_json::json!({ "a<b": ["<script>x</script>"] }));
        assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
        assert!(html.contains("a&lt;b"));
    }
}
