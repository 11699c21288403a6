//! Data keys for crypto-shredding.
//!
//! sled keeps superseded values in its log files until it rewrites a segment, so deleting a
//! record does not make its bytes unreadable. Every conversation, profile and store therefore
//! has its own random 256-bit data key and its records are sealed with it. The keys live here,
//! outside sled, in one append-only file; destroying keys rewrites that file without them
//! (write a new file, fsync, rename over the old one, fsync the directory), so a destroyed key
//! is gone from every file of the data directory and what it sealed can never be read again.
//!
//! Record format: `crc32(u32 LE) | id_len(u16 LE) | id | key(32)`; the CRC covers id_len, id and
//! key. A torn tail (crash during append) is truncated at open.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use parking_lot::Mutex;
use rand::RngCore;

const MAGIC: &[u8; 8] = b"MSKEYS01";

/// A 256-bit data key.
pub type DataKey = [u8; 32];

struct Inner {
    path: PathBuf,
    file: File,
    keys: HashMap<String, DataKey>,
    unsynced: bool,
}

/// The key file.
pub struct Keyring {
    inner: Mutex<Inner>,
}

fn encode_record(id: &str, key: &DataKey, out: &mut Vec<u8>) {
    let mut body = Vec::with_capacity(2 + id.len() + 32);
    body.extend_from_slice(&(id.len() as u16).to_le_bytes());
    body.extend_from_slice(id.as_bytes());
    body.extend_from_slice(key);
    out.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    out.extend_from_slice(&body);
}

/// Parses records; returns the keys and the length of the valid prefix.
fn parse(bytes: &[u8]) -> (HashMap<String, DataKey>, usize) {
    let mut keys = HashMap::new();
    let mut at = MAGIC.len();
    while let Some(head) = bytes.get(at..at + 6) {
        let crc = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
        let len = usize::from(u16::from_le_bytes([head[4], head[5]]));
        let Some(body) = bytes.get(at + 4..at + 6 + len + 32) else {
            break;
        };
        if crc32fast::hash(body) != crc {
            break;
        }
        let Ok(id) = std::str::from_utf8(&body[2..2 + len]) else {
            break;
        };
        let mut key = [0u8; 32];
        key.copy_from_slice(&body[2 + len..]);
        keys.insert(id.to_owned(), key);
        at += 6 + len + 32;
    }
    (keys, at)
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

impl Keyring {
    /// Opens (or creates) `<dir>/keyring`.
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        let path = dir.join("keyring");
        let mut bytes = Vec::new();
        match File::open(&path) {
            Ok(mut f) => {
                f.read_to_end(&mut bytes)?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut f = OpenOptions::new()
                    .create_new(true)
                    .write(true)
                    .open(&path)?;
                f.write_all(MAGIC)?;
                f.sync_all()?;
                sync_dir(dir)?;
                bytes.extend_from_slice(MAGIC);
            }
            Err(e) => return Err(e),
        }
        if !bytes.starts_with(MAGIC) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "keyring file is not a memory-sidecar keyring",
            ));
        }
        let (keys, valid) = parse(&bytes);
        let file = OpenOptions::new().append(true).open(&path)?;
        if valid < bytes.len() {
            tracing::warn!(
                dropped_bytes = bytes.len() - valid,
                "keyring had a torn tail; truncated"
            );
            file.set_len(valid as u64)?;
            file.sync_all()?;
        }
        Ok(Self {
            inner: Mutex::new(Inner {
                path,
                file,
                keys,
                unsynced: false,
            }),
        })
    }

    /// The key for `id`, if it exists.
    pub fn get(&self, id: &str) -> Option<DataKey> {
        self.inner.lock().keys.get(id).copied()
    }

    /// The key for `id`, created (and appended to the file) if missing. The append is made
    /// durable by the next [`sync`](Self::sync), which the group commit runs before sled's.
    pub fn get_or_create(&self, id: &str) -> std::io::Result<DataKey> {
        let mut inner = self.inner.lock();
        if let Some(k) = inner.keys.get(id) {
            return Ok(*k);
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        let mut rec = Vec::new();
        encode_record(id, &key, &mut rec);
        inner.file.write_all(&rec)?;
        inner.keys.insert(id.to_owned(), key);
        inner.unsynced = true;
        Ok(key)
    }

    /// Flushes appended keys to disk.
    pub fn sync(&self) -> std::io::Result<()> {
        let mut inner = self.inner.lock();
        if inner.unsynced {
            inner.file.sync_data()?;
            inner.unsynced = false;
        }
        Ok(())
    }

    /// Destroys keys for good: rewrites the file without them. Returns how many existed.
    pub fn destroy(&self, ids: &[String]) -> std::io::Result<usize> {
        let mut inner = self.inner.lock();
        let removed = ids
            .iter()
            .filter(|id| inner.keys.remove(*id).is_some())
            .count();
        if removed == 0 {
            return Ok(0);
        }
        let mut out = Vec::with_capacity(MAGIC.len() + inner.keys.len() * 64);
        out.extend_from_slice(MAGIC);
        for (id, key) in &inner.keys {
            encode_record(id, key, &mut out);
        }
        let tmp = inner.path.with_extension("tmp");
        {
            let mut f = OpenOptions::new()
                .create(true)
                .truncate(true)
                .write(true)
                .open(&tmp)?;
            f.write_all(&out)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, &inner.path)?;
        if let Some(dir) = inner.path.parent() {
            sync_dir(dir)?;
        }
        inner.file = OpenOptions::new().append(true).open(&inner.path)?;
        inner.unsynced = false;
        Ok(removed)
    }

    /// Ids with a key that start with `prefix` (linear; used by erasure and tests).
    pub fn ids_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.inner
            .lock()
            .keys
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_persist_and_destroyed_keys_leave_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let ring = Keyring::open(dir.path()).unwrap();
        let a = ring.get_or_create("c:a").unwrap();
        let b = ring.get_or_create("c:b").unwrap();
        assert_eq!(ring.get_or_create("c:a").unwrap(), a);
        ring.sync().unwrap();
        drop(ring);
        let ring = Keyring::open(dir.path()).unwrap();
        assert_eq!(ring.get("c:a"), Some(a));
        assert_eq!(ring.destroy(&["c:a".into(), "c:zzz".into()]).unwrap(), 1);
        assert_eq!(ring.get("c:a"), None);
        let bytes = std::fs::read(dir.path().join("keyring")).unwrap();
        assert!(
            !bytes.windows(32).any(|w| w == a),
            "destroyed key bytes remain"
        );
        assert!(bytes.windows(32).any(|w| w == b));
        // Appends after a rewrite go to the new file.
        let c = ring.get_or_create("c:c").unwrap();
        ring.sync().unwrap();
        drop(ring);
        let ring = Keyring::open(dir.path()).unwrap();
        assert_eq!(ring.get("c:b"), Some(b));
        assert_eq!(ring.get("c:c"), Some(c));
        assert_eq!(ring.get("c:a"), None);
    }

    #[test]
    fn torn_tail_is_truncated() {
        let dir = tempfile::tempdir().unwrap();
        let ring = Keyring::open(dir.path()).unwrap();
        let a = ring.get_or_create("c:a").unwrap();
        ring.get_or_create("c:b").unwrap();
        ring.sync().unwrap();
        drop(ring);
        let path = dir.path().join("keyring");
        let len = std::fs::metadata(&path).unwrap().len();
        let f = OpenOptions::new().write(true).open(&path).unwrap();
        f.set_len(len - 5).unwrap();
        let ring = Keyring::open(dir.path()).unwrap();
        assert_eq!(ring.get("c:a"), Some(a));
        assert_eq!(ring.get("c:b"), None);
        ring.get_or_create("c:d").unwrap();
        ring.sync().unwrap();
        drop(ring);
        assert!(Keyring::open(dir.path()).unwrap().get("c:d").is_some());
    }

    #[test]
    fn garbage_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("keyring"), b"not a keyring").unwrap();
        assert!(Keyring::open(dir.path()).is_err());
    }
}
