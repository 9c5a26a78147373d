use std::path::PathBuf;

pub const USAGE: &str =
    "usage: klachtwijzer-receiver [--listen ADDR] [--store LOCATION] [--accounts FILE] [--allow-origin ORIGIN]...
                             [--rate-limit N] [--retention [ORG=]DAYS]... [--notify-to ADDRESS]...
                             [--notify-from ADDRESS] [--smtp HOST:PORT] [--inbox-url URL]
                             [--site DIR [--site-listen ADDR]]
       klachtwijzer-receiver add-account NAME --accounts FILE   (reads the password from stdin)
       klachtwijzer-receiver export [--store LOCATION] [--from DATE] [--to DATE] [--format jsonl|csv]
       klachtwijzer-receiver audit-log [--store LOCATION]
  --listen ADDR          where submissions are accepted and the inbox is (default 127.0.0.1:8081)
  --store LOCATION       where complaints, the audit log and sessions are kept: sqlite:FILE
                         (default sqlite:data/klachtwijzer.sqlite) or postgres://USER@HOST/DB
  --accounts FILE        who may read complaints: name:argon2id-hash per line (see add-account);
                         without it nobody can read them here
  --allow-origin ORIGIN  a page origin that may send complaints from a browser, e.g.
                         https://www.organisatie.nl (repeat for several)
  --rate-limit N         submissions per client and minute (default 60)
  --retention [ORG=]DAYS delete a closed complaint DAYS days after it was closed: for organisation
                         ORG, or for every organisation without its own (repeat; default: keep)
  --notify-to ADDRESS    mail this address about each new complaint (reference and link only)
  --notify-from ADDRESS  the sender of those mails (default klachtwijzer@localhost)
  --smtp HOST:PORT       the SMTP relay that delivers them (default 127.0.0.1:25)
  --inbox-url URL        the inbox as the office reaches it, for the link in the mail
                         (default http://LISTEN/inbox)
  --site DIR             also serve this folder as a static site (development only; its own
                         origin may then send complaints)
  --site-listen ADDR     where the site is served (default 127.0.0.1:8080)
  --test-switches        allow POST /__test/faults to make submissions fail, wait or hang (tests only)";

pub const DEFAULT_STORE: &str = "sqlite:data/klachtwijzer.sqlite";

pub struct Options {
    pub api_addr: String,
    pub store: String,
    pub accounts: Option<PathBuf>,
    pub origins: Vec<String>,
    pub rate_limit: u32,
    pub site: Option<(PathBuf, String)>,
    pub test_switches: bool,
    pub retention: crate::retention::Policy,
    pub notify_to: Vec<String>,
    pub notify_from: String,
    pub smtp: String,
    pub inbox_url: Option<String>,
}

impl Options {
    pub fn from_args(mut args: impl Iterator<Item = String>) -> Result<Self, String> {
        let mut api_addr = "127.0.0.1:8081".to_string();
        let mut store = DEFAULT_STORE.to_string();
        let mut retention = crate::retention::Policy::default();
        let mut notify_to = Vec::new();
        let mut notify_from = "klachtwijzer@localhost".to_string();
        let mut smtp = "127.0.0.1:25".to_string();
        let mut inbox_url = None;
        let mut site_dir = None;
        let mut site_addr = "127.0.0.1:8080".to_string();
        let mut test_switches = false;
        let mut accounts = None;
        let mut origins = Vec::new();
        let mut rate_limit = 60;
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--listen" => api_addr = value()?,
                "--store" => store = value()?,
                "--retention" => retention.add(&value()?)?,
                "--notify-to" => notify_to.push(value()?),
                "--notify-from" => notify_from = value()?,
                "--smtp" => smtp = value()?,
                "--inbox-url" => inbox_url = Some(value()?),
                "--accounts" => accounts = Some(PathBuf::from(value()?)),
                "--allow-origin" => {
                    let origin = value()?;
                    let scheme = origin.starts_with("https://") || origin.starts_with("http://");
                    if !scheme || origin.ends_with('/') || origin.matches('/').count() != 2 {
                        return Err(format!(
                            "--allow-origin takes an origin like https://www.organisatie.nl, not {origin}"
                        ));
                    }
                    origins.push(origin);
                }
                "--rate-limit" => {
                    rate_limit = value()?
                        .parse()
                        .map_err(|_| "--rate-limit needs a whole number".to_string())?
                }
                "--site" => site_dir = Some(PathBuf::from(value()?)),
                "--site-listen" => site_addr = value()?,
                "--test-switches" => test_switches = true,
                other => return Err(format!("unknown option {other}")),
            }
        }
        Ok(Self {
            api_addr,
            store,
            accounts,
            origins,
            rate_limit,
            site: site_dir.map(|dir| (dir, site_addr)),
            test_switches,
            retention,
            notify_to,
            notify_from,
            smtp,
            inbox_url,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, String> {
        Options::from_args(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn defaults_and_flags() {
        let defaults = parse(&[]).unwrap();
        assert_eq!(defaults.api_addr, "127.0.0.1:8081");
        assert_eq!(defaults.store, DEFAULT_STORE);
        assert!(defaults.retention.is_empty() && defaults.notify_to.is_empty());
        assert!(defaults.site.is_none());
        let opts = parse(&["--listen", "127.0.0.1:0", "--site", "dist"]).unwrap();
        assert_eq!(opts.api_addr, "127.0.0.1:0");
        assert_eq!(
            opts.site,
            Some((PathBuf::from("dist"), "127.0.0.1:8080".to_string()))
        );
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(parse(&["--store"]).err().unwrap(), "--store needs a value");
        assert!(parse(&["--retention", "lang"]).is_err());
        assert_eq!(parse(&["--port"]).err().unwrap(), "unknown option --port");
        assert!(parse(&["--allow-origin", "https://a.nl/klacht"]).is_err());
        assert!(parse(&["--allow-origin", "*"]).is_err());
        assert_eq!(
            parse(&["--allow-origin", "https://a.nl"]).unwrap().origins,
            ["https://a.nl"]
        );
    }
}
