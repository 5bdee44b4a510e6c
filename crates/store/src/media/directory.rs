//! Image files in a directory of the server's disk (`MICROPOLIS_MEDIA_DIR`), one file per key:
//! `{root}/{image id}/{width}.jpg`. Written to a temporary name and renamed, so that a reader
//! never sees half a file.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use domain::AppError;
use domain::media::MediaStorage;

/// The local implementation of `MediaStorage`. Cheap to clone.
#[derive(Debug, Clone)]
pub struct MediaDirectory {
    root: PathBuf,
}

impl MediaDirectory {
    /// Creates the directory when it is missing; an error names what failed.
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, String> {
        let root = root.into();
        std::fs::create_dir_all(&root)
            .map_err(|error| format!("cannot create {}: {error}", root.display()))?;
        Ok(Self { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file of a key; keys are ours (`{uuid}/{width}.jpg`), and anything else is refused
    /// rather than let out of the directory.
    fn path_of(&self, key: &str) -> Result<PathBuf, AppError> {
        let safe = !key.is_empty()
            && key.split('/').all(|part| {
                !part.is_empty()
                    && !part.starts_with('.')
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            });
        if safe {
            Ok(self.root.join(key))
        } else {
            Err(AppError::internal(format!("not a media key: {key:?}")))
        }
    }
}

impl MediaStorage for MediaDirectory {
    async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), AppError> {
        let path = self.path_of(key)?;
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(AppError::internal)?;
        }
        let partial = path.with_extension(format!("partial-{}", uuid::Uuid::new_v4().simple()));
        tokio::fs::write(&partial, bytes)
            .await
            .map_err(AppError::internal)?;
        if let Err(error) = tokio::fs::rename(&partial, &path).await {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(AppError::internal(error));
        }
        Ok(())
    }

    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, AppError> {
        match tokio::fs::read(self.path_of(key)?).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(AppError::internal(error)),
        }
    }

    async fn delete(&self, key: &str) -> Result<(), AppError> {
        let path = self.path_of(key)?;
        match tokio::fs::remove_file(&path).await {
            Ok(()) => {}
            Err(error) if error.kind() == ErrorKind::NotFound => {}
            Err(error) => return Err(AppError::internal(error)),
        }
        // The image's directory goes with its last file (it fails, harmlessly, while others
        // are left in it).
        if let Some(parent) = path.parent().filter(|parent| *parent != self.root) {
            let _ = tokio::fs::remove_dir(parent).await;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[tokio::test]
    async fn bytes_go_in_and_out_by_key_and_nowhere_else() {
        let dir = tempfile::tempdir().unwrap();
        let media = MediaDirectory::open(dir.path().join("media")).unwrap();
        media.put("abc/320.jpg", b"jpeg".to_vec()).await.unwrap();
        assert_eq!(media.get("abc/320.jpg").await.unwrap().unwrap(), b"jpeg");
        assert!(media.get("abc/640.jpg").await.unwrap().is_none());
        media.delete("abc/320.jpg").await.unwrap();
        media.delete("abc/320.jpg").await.unwrap();
        assert!(media.get("abc/320.jpg").await.unwrap().is_none());
        assert!(!dir.path().join("media/abc").exists());
        for bad in ["../x.jpg", "/etc/passwd", "a//b", ".hidden/x", "a/b c"] {
            assert!(media.put(bad, Vec::new()).await.is_err(), "{bad}");
        }
    }
}
