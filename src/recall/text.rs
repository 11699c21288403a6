//! Text analysis for the lexical leg: Unicode word segmentation, lower-casing, stop words and
//! Snowball stemming in the text's language (detected with whatlang; English when unsure), so
//! other languages are indexed properly instead of being mangled by an English stemmer.

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;
use whatlang::{Detector, Lang};

/// Languages with both a Snowball stemmer and a stop-word list.
const LANGS: [(Lang, Algorithm, &str); 16] = [
    (Lang::Eng, Algorithm::English, "en"),
    (Lang::Deu, Algorithm::German, "de"),
    (Lang::Fra, Algorithm::French, "fr"),
    (Lang::Spa, Algorithm::Spanish, "es"),
    (Lang::Ita, Algorithm::Italian, "it"),
    (Lang::Por, Algorithm::Portuguese, "pt"),
    (Lang::Nld, Algorithm::Dutch, "nl"),
    (Lang::Swe, Algorithm::Swedish, "sv"),
    (Lang::Dan, Algorithm::Danish, "da"),
    (Lang::Nob, Algorithm::Norwegian, "no"),
    (Lang::Fin, Algorithm::Finnish, "fi"),
    (Lang::Hun, Algorithm::Hungarian, "hu"),
    (Lang::Ron, Algorithm::Romanian, "ro"),
    (Lang::Rus, Algorithm::Russian, "ru"),
    (Lang::Tur, Algorithm::Turkish, "tr"),
    (Lang::Ell, Algorithm::Greek, "el"),
];

struct Language {
    stemmer: Stemmer,
    stop: HashSet<&'static str>,
}

/// The analyser (cheap to share; build once).
pub struct Analyzer {
    detector: Detector,
    langs: HashMap<Lang, Language>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

fn is_numeric_like(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
}

impl Analyzer {
    /// Builds stemmers and stop-word sets for every supported language.
    pub fn new() -> Self {
        let langs = LANGS
            .iter()
            .map(|(lang, algo, code)| {
                let stop = stop_words::lookup(code)
                    .map(|w| w.iter().copied().collect())
                    .unwrap_or_default();
                (
                    *lang,
                    Language {
                        stemmer: Stemmer::create(*algo),
                        stop,
                    },
                )
            })
            .collect();
        Self {
            detector: Detector::with_allowlist(LANGS.iter().map(|(l, _, _)| *l).collect()),
            langs,
        }
    }

    /// The language a text is indexed in: the detected one when the detector is reasonably
    /// confident (whatlang's own "reliable" flag rejects most single sentences), else English.
    pub fn language(&self, text: &str) -> Lang {
        match self.detector.detect(text) {
            Some(info) if info.is_reliable() || info.confidence() >= 0.5 => info.lang(),
            _ => Lang::Eng,
        }
    }

    /// Terms of `text` in `lang`: words, lower-cased, stop words dropped, stemmed (words with
    /// digits, such as order numbers, are kept whole).
    pub fn terms_in(&self, text: &str, lang: Lang, out: &mut Vec<String>) {
        let language = self.langs.get(&lang).or_else(|| self.langs.get(&Lang::Eng));
        for word in text.unicode_words() {
            let lower = word.to_lowercase();
            if let Some(l) = language {
                if l.stop.contains(lower.as_str()) {
                    continue;
                }
                if !is_numeric_like(&lower) {
                    let stem = l.stemmer.stem(&lower);
                    if !stem.is_empty() {
                        out.push(stem.into_owned());
                    }
                    continue;
                }
            }
            out.push(lower);
        }
    }

    /// Terms of a document: analysed in its own language.
    pub fn document_terms(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.terms_in(text, self.language(text), &mut out);
        out
    }

    /// Terms of a query: short queries are hard to place, so they are analysed both in English
    /// and in the best-guess language (deduplicated).
    pub fn query_terms(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.terms_in(text, Lang::Eng, &mut out);
        if let Some(info) = self.detector.detect(text) {
            if info.lang() != Lang::Eng {
                self.terms_in(text, info.lang(), &mut out);
            }
        }
        let mut seen = HashSet::new();
        out.retain(|t| seen.insert(t.clone()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_stems_and_drops_stop_words() {
        let a = Analyzer::new();
        assert_eq!(
            a.document_terms("The customer prefers SMS updates about orders"),
            ["custom", "prefer", "sms", "updat", "order"]
        );
        assert_eq!(a.query_terms("order #4521"), ["order", "4521"]);
        assert_eq!(
            a.document_terms("email: alyssa@example.com"),
            ["email", "alyssa", "example.com"]
        );
    }

    #[test]
    fn other_languages_use_their_own_stemmer() {
        let a = Analyzer::new();
        assert_eq!(
            a.language("Le client souhaite être rappelé demain matin"),
            Lang::Fra
        );
        let de =
            a.document_terms("Die Kundin möchte keine Anrufe während der Arbeitszeit erhalten");
        assert!(de.contains(&"anruf".to_string()), "{de:?}");
        assert!(!de.iter().any(|t| t == "die" || t == "der"), "{de:?}");
        let es =
            a.document_terms("El cliente prefiere recibir las notificaciones por mensaje de texto");
        assert!(
            es.contains(&"notif".to_string()) || es.iter().any(|t| t.starts_with("notific")),
            "{es:?}"
        );
        assert!(!es.iter().any(|t| t == "las" || t == "el"), "{es:?}");
        // Nothing panics on scripts without a stemmer.
        assert!(!a.document_terms("注文番号 4521 は届きましたか").is_empty());
        assert!(a.document_terms("").is_empty());
    }
}
