//! Key encoding. Variable-length parts are length-prefixed (u16 big-endian) so that no id can
//! collide with another's prefix, and integers are big-endian so byte order is numeric order.

/// Starts a key with a one-byte tag.
pub fn tagged(tag: u8) -> Vec<u8> {
    let mut k = Vec::with_capacity(48);
    k.push(tag);
    k
}

/// Appends a length-prefixed string.
pub fn push_str(k: &mut Vec<u8>, s: &str) {
    let len = u16::try_from(s.len()).unwrap_or(u16::MAX);
    k.extend_from_slice(&len.to_be_bytes());
    k.extend_from_slice(&s.as_bytes()[..usize::from(len)]);
}

/// Appends a big-endian u64.
pub fn push_u64(k: &mut Vec<u8>, v: u64) {
    k.extend_from_slice(&v.to_be_bytes());
}

/// Reads a length-prefixed string at `at`, returning it and the offset after it.
pub fn read_str(k: &[u8], at: usize) -> Option<(&str, usize)> {
    let len = usize::from(u16::from_be_bytes(k.get(at..at + 2)?.try_into().ok()?));
    let s = std::str::from_utf8(k.get(at + 2..at + 2 + len)?).ok()?;
    Some((s, at + 2 + len))
}

/// Reads a big-endian u64 at `at`.
pub fn read_u64(k: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_be_bytes(k.get(at..at + 8)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_prefix_free() {
        let mut a = tagged(b'M');
        push_str(&mut a, "conv1");
        push_u64(&mut a, 42);
        let (s, at) = read_str(&a, 1).unwrap();
        assert_eq!(s, "conv1");
        assert_eq!(read_u64(&a, at), Some(42));
        let mut b = tagged(b'M');
        push_str(&mut b, "conv");
        assert!(
            !a.starts_with(&b),
            "a shorter id must not prefix a longer one"
        );
        assert_eq!(read_str(&[0, 9, b'x'], 0), None);
    }
}
