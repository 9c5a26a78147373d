use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One JSON file per submission, named by its submission id.
pub struct Store {
    dir: PathBuf,
}

pub enum Saved {
    New,
    AlreadyThere,
}

impl Store {
    pub fn open(dir: &Path) -> io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(Self {
            dir: dir.to_path_buf(),
        })
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Stores `body` unless a submission with this id exists. `create_new` makes this atomic,
    /// so two requests racing with the same id store it once.
    pub fn save(&self, id: &str, body: &[u8]) -> io::Result<Saved> {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(self.path(id))
        {
            Ok(mut file) => {
                file.write_all(body)?;
                Ok(Saved::New)
            }
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Ok(Saved::AlreadyThere),
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
                let id = name.strip_suffix(".json")?.to_string();
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
        assert!(matches!(
            store.save("abc", b"{\"n\":1}").unwrap(),
            Saved::New
        ));
        assert!(matches!(
            store.save("abc", b"{\"n\":2}").unwrap(),
            Saved::AlreadyThere
        ));
        assert_eq!(store.load("abc").unwrap(), b"{\"n\":1}");
        assert_eq!(store.list().unwrap(), vec!["abc".to_string()]);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
