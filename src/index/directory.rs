//! The folder an index lives in, as tantivy sees it: tantivy's own memory-mapped directory,
//! except for the files it replaces whole (`meta.json`, the list of segments, and
//! `.managed.json`). tantivy writes those through a temporary file created readable by its
//! owner only, while every segment file gets the usual permissions (the umask): another
//! account (a web server running `serve`, colleagues searching a shared archive) could read
//! every file of the index but the ones that list the rest. Here they get the read and write
//! bits of the index folder itself, from the moment they exist: shared when the folder is
//! shared, private when it is private.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, META_LOCK, MmapDirectory, WatchCallback, WatchHandle,
    WritePtr,
};

/// An index folder (see the module's documentation).
#[derive(Clone, Debug)]
pub struct IndexFolder {
    inner: MmapDirectory,
    root: PathBuf,
}

impl IndexFolder {
    /// The index folder at `root`, which must exist.
    pub fn open(root: &Path) -> Result<IndexFolder, OpenDirectoryError> {
        Ok(IndexFolder { inner: MmapDirectory::open(root)?, root: root.to_path_buf() })
    }

    /// The permissions a file replaced whole gets: the folder's read and write bits.
    #[cfg(unix)]
    fn file_permissions(&self) -> Option<std::fs::Permissions> {
        use std::os::unix::fs::PermissionsExt;
        let folder = std::fs::metadata(&self.root).ok()?;
        Some(std::fs::Permissions::from_mode(folder.permissions().mode() & 0o666))
    }
}

impl Directory for IndexFolder {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    /// As tantivy's: a temporary file beside the target, synced, then renamed over it.
    fn atomic_write(&self, path: &Path, content: &[u8]) -> io::Result<()> {
        let target = self.root.join(path);
        let folder = target.parent().unwrap_or(&self.root);
        let mut builder = tempfile::Builder::new();
        #[cfg(unix)]
        if let Some(permissions) = self.file_permissions() {
            builder.permissions(permissions);
        }
        let mut file = builder.tempfile_in(folder)?;
        file.write_all(content)?;
        file.flush()?;
        file.as_file_mut().sync_data()?;
        file.into_temp_path().persist(&target).map_err(|err| err.error)?;
        Ok(())
    }

    /// As tantivy's, which opens the lock file for writing, so an account that may read the
    /// index but not write it could not search it (a reader takes the meta lock while it
    /// loads the list of segments), nor could anyone search an index on a read-only drive
    /// (a snapshot, a share mounted read-only). There that lock's file is opened for
    /// reading: the advisory lock is the same. Where it is missing too (an index copied
    /// without its hidden lock files), nothing that could not create it can write the index
    /// either, or take the lock against a writer: the reader goes on without it. The writer's
    /// lock stays refused.
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(err)) if cannot_write(&err) && lock.filepath == META_LOCK.filepath => {
                match lock_for_reading(&self.root.join(&lock.filepath), lock.is_blocking) {
                    Err(LockError::IoError(err)) if err.kind() == io::ErrorKind::NotFound => {
                        Ok(DirectoryLock::from(Box::new(())))
                    }
                    taken => taken,
                }
            }
            taken => taken,
        }
    }

    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(callback)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }
}

/// An error that says the folder cannot be written by this process: its permissions, or a
/// read-only file system.
fn cannot_write(err: &io::Error) -> bool {
    matches!(err.kind(), io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem)
}

/// The advisory lock `path` names, taken through a handle opened for reading.
fn lock_for_reading(path: &Path, blocking: bool) -> Result<DirectoryLock, LockError> {
    let file = std::fs::File::open(path).map_err(LockError::wrap_io_error)?;
    if blocking {
        file.lock().map_err(LockError::wrap_io_error)?;
    } else {
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::LockBusy),
            Err(std::fs::TryLockError::Error(err)) => return Err(LockError::wrap_io_error(err)),
        }
    }
    // Closing the file releases the lock.
    Ok(DirectoryLock::from(Box::new(file)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn files_replaced_whole_get_the_folders_read_and_write_bits() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = IndexFolder::open(dir.path()).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for (folder_mode, file_mode) in [(0o755, 0o644), (0o700, 0o600)] {
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(folder_mode)).unwrap();
            folder.atomic_write(Path::new("meta.json"), b"{}").unwrap();
            assert_eq!(mode(&dir.path().join("meta.json")), file_mode);
            assert_eq!(folder.atomic_read(Path::new("meta.json")).unwrap(), b"{}");
        }
    }

    #[test]
    fn a_lock_taken_for_reading_excludes_as_tantivys_does() {
        let dir = tempfile::tempdir().unwrap();
        let folder = IndexFolder::open(dir.path()).unwrap();
        let lock = Lock { filepath: PathBuf::from("x.lock"), is_blocking: false };
        let path = dir.path().join("x.lock");
        let held = folder.acquire_lock(&lock).unwrap();
        assert!(matches!(lock_for_reading(&path, false), Err(LockError::LockBusy)));
        drop(held);
        let again = lock_for_reading(&path, false).unwrap();
        assert!(matches!(folder.acquire_lock(&lock), Err(LockError::LockBusy)));
        drop(again);
        assert!(folder.acquire_lock(&lock).is_ok());
    }
}
