use std::path::PathBuf;

pub const USAGE: &str =
    "usage: klachtwijzer-receiver [--listen ADDR] [--data DIR] [--accounts FILE] [--allow-origin ORIGIN]...
                             [--rate-limit N] [--site DIR [--site-listen ADDR]]
       klachtwijzer-receiver add-account NAME --accounts FILE   (reads the password from stdin)
  --listen ADDR          where submissions are accepted (default 127.0.0.1:8081)
  --data DIR             folder that receives one JSON file per submission (default data/submissions);
                         the audit log is written beside it (audit.jsonl)
  --accounts FILE        who may read complaints: name:argon2id-hash per line (see add-account);
                         without it nobody can read them here
  --allow-origin ORIGIN  a page origin that may send complaints from a browser, e.g.
                         https://www.organisatie.nl (repeat for several)
  --rate-limit N         submissions per client and minute (default 60)
  --site DIR             also serve this folder as a static site (development only; its own
                         origin may then send complaints)
  --site-listen ADDR     where the site is served (default 127.0.0.1:8080)
  --test-switches        allow POST /__test/faults to make submissions fail, wait or hang (tests only)";

pub struct Options {
    pub api_addr: String,
    pub data_dir: PathBuf,
    pub accounts: Option<PathBuf>,
    pub origins: Vec<String>,
    pub rate_limit: u32,
    pub site: Option<(PathBuf, String)>,
    pub test_switches: bool,
}

impl Options {
    pub fn from_args(mut args: impl Iterator<Item = String>) -> Result<Self, String> {
        let mut api_addr = "127.0.0.1:8081".to_string();
        let mut data_dir = PathBuf::from("data/submissions");
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
                "--data" => data_dir = PathBuf::from(value()?),
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
            data_dir,
            accounts,
            origins,
            rate_limit,
            site: site_dir.map(|dir| (dir, site_addr)),
            test_switches,
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
        assert_eq!(parse(&["--data"]).err().unwrap(), "--data needs a value");
        assert_eq!(parse(&["--port"]).err().unwrap(), "unknown option --port");
        assert!(parse(&["--allow-origin", "https://a.nl/klacht"]).is_err());
        assert!(parse(&["--allow-origin", "*"]).is_err());
        assert_eq!(
            parse(&["--allow-origin", "https://a.nl"]).unwrap().origins,
            ["https://a.nl"]
        );
    }
}
