//! An e-mail to the complaints office when a new complaint arrives: its reference and a link
//! to the inbox, never its content (mail passes through servers the organisation does not
//! control). Sent over SMTP to a relay the organisation runs (on this host or its own network),
//! which delivers it onwards.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::store::Summary;

pub struct Notifier {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    to: Vec<Mailbox>,
    /// Where the inbox is for the person reading the mail, e.g. https://klachten.example.nl/inbox
    inbox_url: String,
}

impl Notifier {
    /// `relay` is `HOST:PORT` (or `HOST`, port 25).
    pub fn new(relay: &str, from: &str, to: &[String], inbox_url: &str) -> Result<Self, String> {
        let (host, port) = match relay.rsplit_once(':') {
            Some((host, port)) => (
                host,
                port.parse()
                    .map_err(|_| format!("--smtp takes HOST:PORT, not {relay}"))?,
            ),
            None => (relay, 25),
        };
        let mailbox = |address: &str| {
            address
                .parse::<Mailbox>()
                .map_err(|e| format!("{address} is not an e-mail address: {e}"))
        };
        Ok(Self {
            transport: AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                .port(port)
                .timeout(Some(Duration::from_secs(20)))
                .build(),
            from: mailbox(from)?,
            to: to.iter().map(|a| mailbox(a)).collect::<Result<_, _>>()?,
            inbox_url: inbox_url.trim_end_matches('/').to_string(),
        })
    }

    pub fn message(&self, complaint: &Summary) -> Result<Message, String> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .subject(format!("Nieuwe klacht {}", complaint.reference));
        for to in &self.to {
            builder = builder.to(to.clone());
        }
        builder
            .body(format!(
                "Er is een nieuwe klacht binnengekomen voor {}.\n\n\
                 Kenmerk: {}\n\
                 Lees de klacht in de inbox: {}/complaints/{}\n\n\
                 In deze e-mail staat met opzet niets uit de klacht zelf.\n",
                complaint.organisation_name, complaint.reference, self.inbox_url, complaint.id
            ))
            .map_err(|e| e.to_string())
    }

    pub async fn send(&self, complaint: &Summary) -> Result<(), String> {
        let message = self.message(complaint)?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mail_names_the_reference_and_links_to_the_inbox_but_holds_no_content() {
        let notifier = Notifier::new(
            "127.0.0.1:2525",
            "klachtwijzer@organisatie.nl",
            &["klachten@organisatie.nl".into()],
            "https://klachten.organisatie.nl/inbox/",
        )
        .unwrap();
        let document = serde_json::json!({
            "submission_id": "abc-1", "reference": "KW-7Q2M",
            "organisation": { "id": "o", "name": "Organisatie" },
            "complaint": { "what_happened": "Geheim verhaal" },
        });
        let mail = String::from_utf8(
            notifier
                .message(&Summary::of(&document, 0))
                .unwrap()
                .formatted(),
        )
        .unwrap()
        // Long lines are sent quoted-printable: undo its soft line breaks.
        .replace("=\r\n", "");
        assert!(mail.contains("Subject: Nieuwe klacht KW-7Q2M"), "{mail}");
        assert!(mail.contains("https://klachten.organisatie.nl/inbox/complaints/abc-1"));
        assert!(!mail.contains("Geheim"));
        assert!(Notifier::new("host:poort", "a@b.nl", &[], "x").is_err());
        assert!(Notifier::new("host", "geen adres", &[], "x").is_err());
    }
}
