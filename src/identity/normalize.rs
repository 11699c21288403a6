//! Identifier normalisation (SPEC 2.4): E.164 phone numbers (libphonenumber metadata through the
//! `phonenumber` crate), lower-case e-mail, trimmed chat ids.

use crate::domain::profile::Normalization;

/// Why a value is not a usable identifier.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct InvalidIdentifier(pub String);

/// Normalises `raw` with `how`. `default_region` (ISO 3166 alpha-2) reads national numbers;
/// a `whatsapp:` prefix is accepted on phone values.
pub fn normalize(
    how: Normalization,
    raw: &str,
    default_region: &str,
) -> Result<String, InvalidIdentifier> {
    let v = raw.trim();
    if v.is_empty() || v.len() > 256 || v.chars().any(char::is_control) {
        return Err(InvalidIdentifier(
            "identifier value must be 1 to 256 characters without control characters".into(),
        ));
    }
    match how {
        Normalization::Phone => phone(v, default_region),
        Normalization::Email => email(v),
        Normalization::Trim => Ok(v.to_owned()),
        Normalization::None => Ok(raw.to_owned()),
    }
}

fn phone(v: &str, default_region: &str) -> Result<String, InvalidIdentifier> {
    let v = v
        .get(..9)
        .filter(|p| p.eq_ignore_ascii_case("whatsapp:"))
        .map_or(v, |_| &v[9..]);
    let region = default_region.parse::<phonenumber::country::Id>().ok();
    let invalid = || InvalidIdentifier(format!("'{v}' is not a phone number"));
    if !v.chars().any(|c| c.is_ascii_digit())
        || v.chars()
            .any(|c| c.is_alphabetic() && !matches!(c, 'x' | 'X' | 'e' | 'E' | 't' | 'T'))
    {
        return Err(invalid());
    }
    let parsed = phonenumber::parse(region, v)
        .or_else(|_| {
            // "1-317-555-6789": a country code written without '+'.
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            phonenumber::parse(None, format!("+{digits}"))
        })
        .map_err(|_| invalid())?;
    let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
    let digits = e164.len().saturating_sub(1);
    if !(8..=16).contains(&(digits + 1)) {
        return Err(invalid());
    }
    Ok(e164)
}

fn email(v: &str) -> Result<String, InvalidIdentifier> {
    let lower = v.to_lowercase();
    let valid = match lower.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !lower.chars().any(char::is_whitespace)
                && lower.len() <= 254
        }
        None => false,
    };
    if valid {
        Ok(lower)
    } else {
        Err(InvalidIdentifier(format!("'{v}' is not an e-mail address")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_become_e164() {
        let p = |s| normalize(Normalization::Phone, s, "US");
        assert_eq!(p("1-317-555-6789").unwrap(), "+13175556789");
        assert_eq!(p("(317) 555-6789").unwrap(), "+13175556789");
        assert_eq!(p("+1 317 555 6789").unwrap(), "+13175556789");
        assert_eq!(p("whatsapp:+13175551234").unwrap(), "+13175551234");
        assert_eq!(p("WhatsApp:+44 20 7946 0958").unwrap(), "+442079460958");
        assert_eq!(
            normalize(Normalization::Phone, "020 7946 0958", "GB").unwrap(),
            "+442079460958"
        );
        for bad in ["hello", "", "   ", "+", "call me maybe", "a@b.com"] {
            assert!(p(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn emails_and_chat_ids() {
        assert_eq!(
            normalize(Normalization::Email, "  Alyssa@Example.COM ", "US").unwrap(),
            "alyssa@example.com"
        );
        for bad in ["alyssa", "a@b", "@b.com", "a@@b.com", "a b@c.com", "a@.com"] {
            assert!(normalize(Normalization::Email, bad, "US").is_err(), "{bad}");
        }
        assert_eq!(
            normalize(Normalization::Trim, "  user-42 ", "US").unwrap(),
            "user-42"
        );
        assert_eq!(normalize(Normalization::None, " x ", "US").unwrap(), " x ");
        assert!(normalize(Normalization::Trim, "a\u{7}", "US").is_err());
    }
}
