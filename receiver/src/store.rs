use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One JSON file per submission, named by its submission id, readable by the receiver's own
/// user only.
pub struct Store {
    dir: PathBuf,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    New,
    /// The same id with the same body: nothing new.
    AlreadyThere,
    /// The same id with another body: the first is kept.
    Different,
}

/// Opens a new file that only its owner can read and write.
fn create_private(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Writes a whole file that only its owner can read, replacing any earlier one.
pub fn write_private(path: &Path, content: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension("new");
    let _ = std::fs::remove_file(&temporary);
    let mut file = create_private(&temporary)?;
    file.write_all(content)?;
    file.sync_all()?;
    std::fs::rename(&temporary, path)
}

/// Opens a file to add lines to, readable by its owner only.
pub fn open_private_append(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

impl Store {
    pub fn open(dir: &Path) -> io::Result<Self> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
        #[cfg(unix)]
        std::fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
        Ok(Self {
            dir: dir.to_path_buf(),
        })
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Stores `body` unless a submission with this id exists, and only says so once it is on
    /// disk: written to a temporary file, synced, then linked to its name (which fails when
    /// the name exists, so two requests racing with the same id store it once), and the
    /// folder synced. A crash never leaves half a submission under its name.
    pub fn save(&self, id: &str, body: &[u8]) -> io::Result<Saved> {
        let temporary = self.dir.join(format!(".{id}.{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&temporary);
        let mut file = create_private(&temporary)?;
        file.write_all(body)?;
        file.sync_all()?;
        let linked = std::fs::hard_link(&temporary, self.path(id));
        let _ = std::fs::remove_file(&temporary);
        match linked {
            Ok(()) => {
                std::fs::File::open(&self.dir)?.sync_all()?;
                Ok(Saved::New)
            }
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
                if self.load(id)? == body {
                    Ok(Saved::AlreadyThere)
                } else {
                    Ok(Saved::Different)
                }
            }
            Err(err) => Err(err),
        }
    }

    pub fn load(&self, id: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.path(id))
    }

    /// Submission ids, newest first.
    pub fn list(&self) -> io::Result<Vec<String>> {
        let mut entries: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(&self.dir)?
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let id = name
                    .strip_suffix(".json")
                    .filter(|id| is_valid_id(id))?
                    .to_string();
                let modified = entry.metadata().ok()?.modified().ok()?;
                Some((modified, id))
            })
            .collect();
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.0));
        Ok(entries.into_iter().map(|(_, id)| id).collect())
    }
}

/// Ids become file names: only letters, digits and dashes, at most 64 characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_could_escape_the_folder_are_refused() {
        assert!(is_valid_id("3f2a9c1e-77b0-4c1d-9e4a-0b6f2d8e5a11"));
        for bad in ["", "../etc/passwd", "a/b", "a.json", "a b", &"a".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn a_repeat_is_stored_once_and_the_first_body_kept() {
        let dir = std::env::temp_dir().join(format!("kw-store-{}", std::process::id()));
        let store = Store::open(&dir).unwrap();
        assert_eq!(store.save("abc", b"{\"n\":1}").unwrap(), Saved::New);
        assert_eq!(
            store.save("abc", b"{\"n\":1}").unwrap(),
            Saved::AlreadyThere
        );
        assert_eq!(store.save("abc", b"{\"n\":2}").unwrap(), Saved::Different);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file = std::fs::metadata(dir.join("abc.json"))
                .unwrap()
                .permissions()
                .mode();
            let folder = std::fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(
                (file & 0o077, folder & 0o077),
                (0, 0),
                "{file:o} {folder:o}"
            );
        }
        assert_eq!(store.load("abc").unwrap(), b"{\"n\":1}");
        assert_eq!(store.list().unwrap(), vec!["abc".to_string()]);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
