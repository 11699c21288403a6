//! Data keys for crypto-shredding.
//!
//! sled keeps superseded values in its log files until it rewrites a segment, so deleting a
//! record does not make its bytes unreadable. Every record holding personal data is therefore
//! sealed with a random 256-bit data key of its own owner (a conversation, a profile, an
//! observation, a summary), and the keys live here, outside sled, in 64 append-only shard files
//! under `<data>/keys/`. Destroying keys rewrites the affected shards without them (write a new
//! file, fsync, rename over the old one, fsync the directory), so a destroyed key is gone from
//! every file of the data directory and what it sealed can never be read again. Sharding keeps
//! the rewrite for one deleted record small.
//!
//! Shard format: magic, then records `crc32(u32 LE) | id_len(u16 LE) | id | key(32)`; the CRC
//! covers id_len, id and key. A torn tail (crash during an append) is truncated at open.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use parking_lot::Mutex;
use rand::RngCore;

const MAGIC: &[u8; 8] = b"MSKEYS01";
const SHARDS: usize = 64;

/// A 256-bit data key.
pub type DataKey = [u8; 32];

struct Shard {
    path: PathBuf,
    file: File,
    keys: HashMap<String, DataKey>,
    unsynced: bool,
}

/// The key files.
pub struct Keyring {
    dir: PathBuf,
    shards: Vec<Mutex<Shard>>,
}

fn encode_record(id: &str, key: &DataKey, out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(id.len() as u16).to_le_bytes());
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(key);
    let crc = crc32fast::hash(&out[start + 4..]);
    out[start..start + 4].copy_from_slice(&crc.to_le_bytes());
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

fn shard_of(id: &str) -> usize {
    crc32fast::hash(id.as_bytes()) as usize % SHARDS
}

impl Shard {
    fn open(path: PathBuf) -> std::io::Result<Self> {
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
                bytes.extend_from_slice(MAGIC);
            }
            Err(e) => return Err(e),
        }
        if !bytes.starts_with(MAGIC) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{} is not a memory-sidecar key file", path.display()),
            ));
        }
        let (keys, valid) = parse(&bytes);
        let file = OpenOptions::new().append(true).open(&path)?;
        if valid < bytes.len() {
            tracing::warn!(
                dropped_bytes = bytes.len() - valid,
                "key file had a torn tail; truncated"
            );
            file.set_len(valid as u64)?;
            file.sync_all()?;
        }
        Ok(Self {
            path,
            file,
            keys,
            unsynced: false,
        })
    }

    fn rewrite(&mut self) -> std::io::Result<()> {
        let mut out = Vec::with_capacity(MAGIC.len() + self.keys.len() * 80);
        out.extend_from_slice(MAGIC);
        for (id, key) in &self.keys {
            encode_record(id, key, &mut out);
        }
        let tmp = self.path.with_extension("tmp");
        {
            let mut f = OpenOptions::new()
                .create(true)
                .truncate(true)
                .write(true)
                .open(&tmp)?;
            f.write_all(&out)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, &self.path)?;
        self.file = OpenOptions::new().append(true).open(&self.path)?;
        self.unsynced = false;
        Ok(())
    }
}

impl Keyring {
    /// Opens (or creates) `<dir>/keys/`.
    pub fn open(data_dir: &Path) -> std::io::Result<Self> {
        let dir = data_dir.join("keys");
        std::fs::create_dir_all(&dir)?;
        let shards = (0..SHARDS)
            .map(|i| Shard::open(dir.join(format!("{i:02x}"))).map(Mutex::new))
            .collect::<std::io::Result<Vec<_>>>()?;
        sync_dir(&dir)?;
        Ok(Self { dir, shards })
    }

    /// The key for `id`, if it exists.
    pub fn get(&self, id: &str) -> Option<DataKey> {
        self.shards[shard_of(id)].lock().keys.get(id).copied()
    }

    /// The key for `id`, created (and appended to its shard) if missing. The append is made
    /// durable by the next [`sync`](Self::sync), which the group commit runs before sled's.
    pub fn get_or_create(&self, id: &str) -> std::io::Result<DataKey> {
        let mut shard = self.shards[shard_of(id)].lock();
        if let Some(k) = shard.keys.get(id) {
            return Ok(*k);
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        let mut rec = Vec::with_capacity(id.len() + 40);
        encode_record(id, &key, &mut rec);
        shard.file.write_all(&rec)?;
        shard.keys.insert(id.to_owned(), key);
        shard.unsynced = true;
        Ok(key)
    }

    /// Flushes appended keys to disk.
    pub fn sync(&self) -> std::io::Result<()> {
        for shard in &self.shards {
            let mut s = shard.lock();
            if s.unsynced {
                s.file.sync_data()?;
                s.unsynced = false;
            }
        }
        Ok(())
    }

    /// Destroys keys for good: rewrites the shards that held them. Returns how many existed.
    pub fn destroy(&self, ids: &[String]) -> std::io::Result<usize> {
        let mut by_shard: HashMap<usize, Vec<&String>> = HashMap::new();
        for id in ids {
            by_shard.entry(shard_of(id)).or_default().push(id);
        }
        let mut removed = 0;
        for (i, ids) in by_shard {
            let mut shard = self.shards[i].lock();
            let before = shard.keys.len();
            for id in ids {
                shard.keys.remove(id.as_str());
            }
            if shard.keys.len() != before {
                removed += before - shard.keys.len();
                shard.rewrite()?;
            }
        }
        if removed > 0 {
            sync_dir(&self.dir)?;
        }
        Ok(removed)
    }

    /// Number of keys held (for reports).
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| s.lock().keys.len()).sum()
    }

    /// True when no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_bytes(dir: &Path) -> Vec<u8> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir.join("keys")).unwrap() {
            out.extend(std::fs::read(e.unwrap().path()).unwrap());
        }
        out
    }

    #[test]
    fn keys_persist_and_destroyed_keys_leave_the_files() {
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
        let bytes = all_bytes(dir.path());
        assert!(
            !bytes.windows(32).any(|w| w == a),
            "destroyed key bytes remain"
        );
        assert!(bytes.windows(32).any(|w| w == b));
        // Appends after a rewrite go to the new file.
        let c = ring.get_or_create("c:c").unwrap();
        let a2 = ring.get_or_create("c:a").unwrap();
        assert_ne!(a, a2, "a destroyed id gets a fresh key");
        ring.sync().unwrap();
        drop(ring);
        let ring = Keyring::open(dir.path()).unwrap();
        assert_eq!(ring.get("c:b"), Some(b));
        assert_eq!(ring.get("c:c"), Some(c));
        assert_eq!(ring.get("c:a"), Some(a2));
        assert_eq!(ring.len(), 3);
    }

    #[test]
    fn torn_tail_is_truncated() {
        let dir = tempfile::tempdir().unwrap();
        let ring = Keyring::open(dir.path()).unwrap();
        let a = ring.get_or_create("x").unwrap();
        ring.sync().unwrap();
        drop(ring);
        let path = dir
            .path()
            .join("keys")
            .join(format!("{:02x}", shard_of("x")));
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(&[1, 2, 3, 4, 5, 0]).unwrap();
        drop(f);
        let ring = Keyring::open(dir.path()).unwrap();
        assert_eq!(ring.get("x"), Some(a));
        ring.get_or_create("x2").unwrap();
        ring.sync().unwrap();
        drop(ring);
        let ring = Keyring::open(dir.path()).unwrap();
        assert!(ring.get("x2").is_some());
        assert_eq!(ring.get("x"), Some(a));
    }

    #[test]
    fn garbage_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("keys")).unwrap();
        std::fs::write(dir.path().join("keys").join("00"), b"not a keyring").unwrap();
        assert!(Keyring::open(dir.path()).is_err());
    }
}
