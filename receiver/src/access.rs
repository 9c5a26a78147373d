//! Who may read complaints. Complaints carry health data, so nothing is read without an
//! account: names with argon2id password hashes in an accounts file, sent as HTTP Basic
//! credentials by programs or through the inbox's sign-in form (behind TLS from a reverse
//! proxy), and a lockout after repeated failures.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// Failed tries before an account is locked, and for how long.
pub const MAX_FAILURES: u32 = 5;
pub const LOCKED_FOR: Duration = Duration::from_secs(15 * 60);

pub struct Accounts {
    hashes: BTreeMap<String, String>,
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

/// Why reading was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Denied {
    /// No (readable) credentials were sent.
    NoCredentials,
    /// Unknown name or wrong password.
    Wrong,
    /// Too many failed tries: wait.
    Locked,
}

/// An argon2id hash of `password` with a fresh random salt, in the PHC string format.
pub fn hash(password: &str) -> io::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| io::Error::other(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| io::Error::other(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| io::Error::other(e.to_string()))
}

/// Adds (or replaces) an account in the accounts file, readable by its owner only.
pub fn add_account(path: &Path, name: &str, password: &str) -> io::Result<()> {
    if name.is_empty() || name.contains([':', '\n']) {
        return Err(io::Error::other("a name has no ':' and is not empty"));
    }
    if password.chars().count() < 12 {
        return Err(io::Error::other("use a password of at least 12 characters"));
    }
    let mut lines: Vec<String> = std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.split(':').next() != Some(name))
        .map(String::from)
        .collect();
    lines.push(format!("{name}:{}", hash(password)?));
    write_private(path, format!("{}\n", lines.join("\n")).as_bytes())
}

impl Accounts {
    /// Reads the accounts file (`name:$argon2id$…` per line, `#` for comments).
    pub fn open(path: &Path) -> io::Result<Self> {
        let mut hashes = BTreeMap::new();
        for (number, line) in std::fs::read_to_string(path)?.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, hash)) = line.split_once(':') else {
                return Err(io::Error::other(format!(
                    "line {}: expected name:hash",
                    number + 1
                )));
            };
            PasswordHash::new(hash)
                .map_err(|e| io::Error::other(format!("line {}: {e}", number + 1)))?;
            hashes.insert(name.to_string(), hash.to_string());
        }
        Ok(Self {
            hashes,
            failures: Mutex::new(HashMap::new()),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The account name for an `Authorization` header, or why not.
    pub fn check(&self, authorization: Option<&str>) -> Result<String, Denied> {
        let (name, password) = authorization
            .and_then(basic_credentials)
            .ok_or(Denied::NoCredentials)?;
        self.check_password(&name, &password)
    }

    /// The account name if `password` is right and the account is not locked.
    pub fn check_password(&self, name: &str, password: &str) -> Result<String, Denied> {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((count, last)) = failures.get(name) {
            if *count >= MAX_FAILURES && last.elapsed() < LOCKED_FOR {
                return Err(Denied::Locked);
            }
        }
        let valid = self.hashes.get(name).is_some_and(|hash| {
            PasswordHash::new(hash).is_ok_and(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
        });
        if valid {
            failures.remove(name);
            Ok(name.to_string())
        } else {
            let entry = failures
                .entry(name.to_string())
                .or_insert((0, Instant::now()));
            if entry.1.elapsed() >= LOCKED_FOR {
                entry.0 = 0;
            }
            entry.0 += 1;
            entry.1 = Instant::now();
            Err(Denied::Wrong)
        }
    }
}

/// Writes a whole file that only its owner can read, replacing any earlier one.
fn write_private(path: &Path, content: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let temporary = path.with_extension("new");
    let _ = std::fs::remove_file(&temporary);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary)?;
    file.write_all(content)?;
    file.sync_all()?;
    std::fs::rename(&temporary, path)
}

/// `Basic base64(name:password)` → (name, password).
fn basic_credentials(header: &str) -> Option<(String, String)> {
    let encoded = header.strip_prefix("Basic ")?.trim();
    let decoded = String::from_utf8(decode_base64(encoded)?).ok()?;
    let (name, password) = decoded.split_once(':')?;
    Some((name.to_string(), password.to_string()))
}

fn decode_base64(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buffer = 0u32;
    let mut bits = 0;
    for byte in text.trim_end_matches('=').bytes() {
        let value = ALPHABET.iter().position(|b| *b == byte)? as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kw-access-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn basic(name: &str, password: &str) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let bytes = format!("{name}:{password}").into_bytes();
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n =
                chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        while !out.len().is_multiple_of(4) {
            out.push('=');
        }
        format!("Basic {out}")
    }

    #[test]
    fn the_right_password_reads_a_wrong_one_does_not_and_five_wrong_lock_the_account() {
        let dir = temp("lock");
        let file = dir.join("accounts");
        add_account(&file, "klachten", "een lang wachtwoord").unwrap();
        let accounts = Accounts::open(&file).unwrap();
        assert_eq!(
            accounts.check(Some(&basic("klachten", "een lang wachtwoord"))),
            Ok("klachten".into())
        );
        assert_eq!(accounts.check(None), Err(Denied::NoCredentials));
        assert_eq!(accounts.check(Some("Bearer x")), Err(Denied::NoCredentials));
        assert_eq!(
            accounts.check(Some(&basic("iemand", "een lang wachtwoord"))),
            Err(Denied::Wrong)
        );
        for _ in 0..MAX_FAILURES {
            assert_eq!(
                accounts.check(Some(&basic("klachten", "fout"))),
                Err(Denied::Wrong)
            );
        }
        assert_eq!(
            accounts.check(Some(&basic("klachten", "een lang wachtwoord"))),
            Err(Denied::Locked),
            "locked, even with the right password"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_accounts_file_holds_hashes_only_and_is_private() {
        let dir = temp("file");
        let file = dir.join("accounts");
        add_account(&file, "a", "wachtwoord van a!").unwrap();
        add_account(&file, "a", "nieuw wachtwoord!").unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(text.lines().count(), 1, "a name once: {text}");
        assert!(text.starts_with("a:$argon2id$") && !text.contains("wachtwoord"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "not readable by others: {mode:o}");
        }
        assert!(add_account(&file, "b", "kort").is_err());
        assert!(add_account(&file, "b:c", "lang genoeg wachtwoord").is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
