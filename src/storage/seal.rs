//! Sealing records with a data key: XChaCha20-Poly1305, a random 24-byte nonce per value, and
//! the record's sled key as associated data (a sealed value cannot be moved to another key).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

use super::keyring::DataKey;

const NONCE: usize = 24;

/// Encrypts `plain` under `key`, bound to `aad`.
pub fn seal(key: &DataKey, aad: &[u8], plain: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; NONCE];
    rand::rng().fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
    let mut out = Vec::with_capacity(NONCE + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

/// Decrypts what [`seal`] produced; `None` when the key, AAD or bytes do not match.
pub fn open(key: &DataKey, aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE {
        return None;
    }
    let (nonce, ct) = sealed.split_at(NONCE);
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding() {
        let k = [7u8; 32];
        let s = seal(&k, b"key-a", b"hello");
        assert_eq!(open(&k, b"key-a", &s).as_deref(), Some(&b"hello"[..]));
        assert_eq!(open(&k, b"key-b", &s), None, "bound to its sled key");
        assert_eq!(open(&[8u8; 32], b"key-a", &s), None);
        assert_eq!(open(&k, b"key-a", &s[..10]), None);
        assert!(!s.windows(5).any(|w| w == b"hello"));
    }
}
