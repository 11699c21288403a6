//! Resource ids: `<prefix>_` + 26 chars `[0-7][0-9a-z]{25}`, time-ordered (a lower-case ULID).

static GENERATOR: parking_lot::Mutex<ulid::Generator> =
    parking_lot::Mutex::new(ulid::Generator::new());

/// A new time-ordered id with the given prefix, e.g. `new_id("mem_store")`. Ids made in the
/// same millisecond still sort in creation order (monotonic ULIDs).
pub fn new_id(prefix: &str) -> String {
    let ulid = GENERATOR
        .lock()
        .generate()
        .unwrap_or_else(|_| ulid::Ulid::new());
    format!("{prefix}_{}", ulid.to_string().to_ascii_lowercase())
}

/// True when `id` is `<prefix>_` followed by a well-formed 26-char suffix.
pub fn is_valid(prefix: &str, id: &str) -> bool {
    let Some(rest) = id.strip_prefix(prefix).and_then(|r| r.strip_prefix('_')) else {
        return false;
    };
    let b = rest.as_bytes();
    b.len() == 26
        && (b'0'..=b'7').contains(&b[0])
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
}

/// Ids that arrive from Twilio (conversation, participant, communication ids) are never
/// validated by prefix, only for being usable as keys: 1..=256 bytes, no control characters.
pub fn is_usable_external_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 256 && !id.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_valid_and_ordered() {
        let a = new_id("mem_store");
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = new_id("mem_store");
        assert!(is_valid("mem_store", &a), "{a}");
        assert!(a < b);
        assert!(!is_valid("mem_profile", &a));
        assert!(!is_valid(
            "mem_store",
            "mem_store_8zzzzzzzzzzzzzzzzzzzzzzzzz"
        ));
        assert!(!is_valid(
            "mem_store",
            "mem_store_0ZZZZZZZZZZZZZZZZZZZZZZZZZ"
        ));
    }

    #[test]
    fn ids_in_one_millisecond_keep_creation_order() {
        let ids: Vec<String> = (0..1000).map(|_| new_id("mem_observation")).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn external_ids() {
        assert!(is_usable_external_id("CH0000"));
        assert!(!is_usable_external_id(""));
        assert!(!is_usable_external_id("a\u{0}b"));
        assert!(!is_usable_external_id(&"x".repeat(257)));
    }
}
