//! The deterministic special-category screen (GDPR Art. 9).
//!
//! Every candidate observation ("Prefers SMS over email") and every summary sentence that the
//! extractor produces passes through [`Screen`] before it is stored. A candidate that reveals a
//! special category of personal data is dropped (or, for summaries, the offending sentence is
//! removed by [`Screen::redact_sentences`]). The eight categories are those of Art. 9(1):
//! racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union
//! membership, genetic data, biometric data used to identify a person, health (physical and
//! mental, including disability, pregnancy, medication, diagnoses and treatment), and sex life
//! or sexual orientation (gender identity is screened under this last category).
//!
//! The screen is deterministic: no model, no network, no randomness. It is built once
//! ([`Screen::new`] or the process-wide [`Screen::shared`]), is `Send + Sync`, and costs a few
//! microseconds per sentence. It never logs and never copies the text anywhere except into its
//! own return values: [`Finding`] carries byte offsets only.
//!
//! # How it matches
//!
//! 1. **Normalisation.** Each input character is NFKD-decomposed (compatibility forms: full
//!    width, ligatures, superscripts), lower-cased, and stripped of combining marks, so that
//!    "Diabétique", "ＤＩＡＢＥＴＩＱＵＥ" and "diabe\u{301}tique" all read `diabetique`. `ß`
//!    becomes `ss`, `œ`/`æ` become `oe`/`ae`, typographic apostrophes and dashes become `'` and
//!    `-`, invisible characters (zero-width spaces and joiners, soft hyphens, bidi controls,
//!    byte-order marks) are dropped, and runs of whitespace collapse to one space. The
//!    normalised text keeps a byte map back to the input, so spans point at the caller's text.
//! 2. **Masks.** Known benign phrases that contain a cue word are blanked out before matching
//!    (see the rules below): "health insurance", "Church Street", "credit union",
//!    "genetically modified", "syndicat de copropriété", "Flusskrebse", a "religieuse au
//!    chocolat", …
//! 3. **Cue lexicons.** Curated English, Spanish, German and French lexicons, one set per
//!    category, matched with ASCII word boundaries on the normalised text. Open stems cover
//!    inflection and compounds (`diabet\w*` finds "diabetic", "diabético", "Diabetiker",
//!    "diabétique"; `\w*gewerkschaft\w*` finds "Gewerkschaftsmitglied"; `\w*krebs` finds
//!    "Lungenkrebs").
//! 4. **Contextual patterns** for words that are only sensitive in context: "is/es/ist/est a
//!    ⟨religion or ideology⟩", "voted for …", "member of the … party", "takes … medication",
//!    "diagnosed with", "enceinte de cinq mois" (but not "une enceinte Bluetooth"), a biometric
//!    modality together with an identification verb in the same sentence, a male customer's
//!    husband or a female customer's wife. Some patterns also carry a small look-behind /
//!    look-ahead / reject list (e.g. "member of the *wedding* party" is not political).
//!
//! A statement is flagged whoever it is about (the customer, a relative, a companion): an
//! observation that reveals a third person's health is just as unfit to store. Negation is not
//! parsed: "is not diabetic" is still flagged (it still says something about health).
//!
//! # Borderline rules (decided, and covered by the labelled set)
//!
//! * **Insurance and health administration is not health data.** Policy numbers, plan names,
//!   "health insurance", "seguro médico", "Krankenversicherung", "mutuelle santé", "carte
//!   Vitale", "disability insurance" are masked. An observation is flagged as soon as it also
//!   reveals a condition, treatment or disability ("asked whether health insurance covers his
//!   insulin" is flagged by "insulin").
//! * **Occupations are not health data.** "Works as a nurse", "is a doctor", "Krankenschwester",
//!   "enfermera", "infirmière", deliveries to "the hospital reception where she works" are
//!   clean. Being a patient is flagged: "is in hospital", "hospitalised", "liegt im Krankenhaus".
//! * **Gym, fitness and sport memberships are clean**; golf "handicap" is clean, French
//!   "handicap moteur/visuel…", "situation de handicap" and "handicapé" are flagged.
//! * **Face ID / Touch ID / "biometric login" as a login-method preference is clean.** Device
//!   unlock methods match on the customer's own device; the statement carries no biometric data
//!   and identifies nobody, so "wants Face ID login on the app" and "asked how the app uses
//!   biometric login" pass. A biometric modality (fingerprint, voiceprint, facial recognition,
//!   iris or retina scan, palm vein, gait) is flagged when the same sentence says it is used to
//!   identify, verify, authenticate, enrol, register or store someone ("identity was verified
//!   using his fingerprint", "enrolled her voiceprint"), and "biometric data / template /
//!   identifier / record" is always flagged. A broken phone fingerprint reader is clean.
//! * **Halal and kosher are flagged as religious beliefs; vegetarian, vegan, gluten-free and
//!   lactose-free preferences are not.** Halal and kosher are religious dietary laws, so a
//!   standing halal/kosher preference reveals religion with reasonable certainty, and the CJEU
//!   (C-184/20, 2022) treats data that reveals a special category *by inference* as special
//!   category data. Vegetarian and "free-from" preferences are common lifestyle choices and do
//!   not reliably reveal a belief or a condition; they are flagged only when the reason is
//!   stated ("coeliac", "lactose intolerant", "for religious reasons", "because she is Hindu").
//!   "Asked for the vegetarian menu" is clean; "prefers Halal-certified products" is dropped.
//!   Product uses that say nothing about the person are masked: "kosher-style" cooking,
//!   recipe books ("livre de recettes casher" bought for a neighbour), kosher salt, and halal
//!   or kosher catering ordered for an event or a group ("halal catering for the office
//!   party", "Halal-Catering für die Betriebsfeier").
//! * **A religion or an illness as a topic is clean**: a book on Buddhist architecture, a
//!   Jewish Quarter tour, working in a cancer hospital's IT department. Being a believer or a
//!   patient is flagged.
//! * **Festivals and holiday shopping are clean; observance is flagged.** "Booked a Christmas
//!   delivery", "Navidad", "Weihnachtsfeier", "Noël" are clean. Fasting for or observing
//!   Ramadan / Lent / Shabbat, going to church / mass / mosque / synagogue, prayer times,
//!   Kirchensteuer and leaving a church are flagged. One-off purchases of religious objects or
//!   books (a Bible, a gift for a first communion) are not screened.
//! * **Street and place names are clean**: "Church Street", "Temple Road", "calle de la
//!   Iglesia", "Kirchstraße", "rue de l'Église", "Union Station", "Union Square".
//! * **"Union" alone is not a trade union**: credit union, European Union, Union Jack, student
//!   union are clean; "trade union", "union member/rep/dues/steward", "nurses' union",
//!   "joined the union", named unions (Unite, GMB, ver.di, IG Metall, CCOO, UGT, CGT, CFDT…)
//!   are flagged. A works council (Betriebsrat) on its own is not a trade union. A "syndicat de
//!   copropriété" / "syndic" (building management) is clean.
//! * **Genetic-testing products are clean; results are flagged.** "Bought a DNA kit as a gift"
//!   is clean; "DNA test results showed…", "genetic predisposition", "BRCA1", "carrier of the …
//!   gene", "hereditary disease", "Gentest", "test génétique" are flagged. "Genetically
//!   modified" food is masked. A French "mutation" (a job transfer) is clean unless genetic.
//! * **Nationality and product origin are clean; ethnic origin is flagged.** "Café de origen
//!   colombiano", "café d'origine éthiopienne", "Ware chinesischer Herkunft" are clean;
//!   "of Nigerian descent", "es de origen indígena", "türkischstämmig", "Migrationshintergrund",
//!   "est d'origine maghrébine", "mixed-race", "Romani" are flagged. Colours of products
//!   ("black phone case", "weiße Tasche") are clean: colour words are only cues next to a
//!   person noun ("Black British", "femme noire") or after "identifies/describes … as".
//! * **Party words are political only in political context**: "party supplies", "third-party
//!   courier", "Labour Day", "conservative estimate", Spanish "podemos"/"sumar" used as verbs,
//!   "die linke Hand", "Demo-Version" are clean; "voted for the Green Party", "AfD-Mitglied",
//!   "militante del PSOE", "a voté pour le Rassemblement national", "se dit de gauche" are
//!   flagged. Party acronyms that are unambiguous (AfD, CDU, SPD, PSOE…) are cues on their own.
//! * **Casual words are not diagnoses**: "sick of waiting", "anxious about the delivery",
//!   "expecting a parcel", "disabled notifications", "se sentió herido", "in ihren Rechten
//!   verletzt", "blessée par le ton" are clean. "Anxiety disorder", "suffers from anxiety",
//!   "panic attacks", "depression", "off sick", "injured", "broken leg" are flagged.
//! * **A spouse is not an orientation, but a same-sex spouse is.** "Her husband", "ihr Mann",
//!   "su marido" after "la clienta" are clean; "his husband", "her wife", "el cliente … su
//!   marido", "die Kundin … ihre Ehefrau", "le client … son mari" are flagged.
//!
//! # Known limits
//!
//! Measured blind (five batches of new candidates, each run once before its misses were used
//! to extend the lexicons), the screen caught 261 of 324 sensitive candidates (80.6%) and
//! dropped 9 of 206 benign ones (4.4%). The latest blind batch (`f`, written with phrasings
//! unlike the earlier ones, against lexicon v5) caught 41/61 (67%) and dropped 1/32: the
//! lexicons generalise to new wording of a known concept far better than to a new concept.
//! On its own labelled set it meets the targets (see `tests/screen.rs`). What it still misses
//! is what no lexicon lists: rare conditions and drug names, euphemisms ("has been unwell",
//! "is going through a hard time"), paraphrases with no cue word, unusual word order ("the
//! iris of hers was scanned"), local parties, politicians, unions and churches not in the
//! lists, misspellings, and languages other than the four above. Inference from pronouns is
//! shallow (same-sentence spouse and partner rules only), and negation and third parties are
//! not told apart (both are flagged, on purpose). Since lexicon v5 a pet's health (a
//! possessive pet noun and the few words after it) and health occupations ("works as a
//! physiotherapist") are masked; a pet clause that also says something about its owner can
//! hide that part.
//!
//! Lexicon v7 (child module `breadth`) adds families by systematic inventory rather than by
//! missed strings: procedures, conditions by body system, care settings and ~300 drugs by
//! generic and brand name; more denominations, one's own clergy, observed festivals,
//! conversion; peoples and ethnic groups worldwide; parties and unions of eleven countries in
//! membership/vote frames; gene symbols and variants; enrolling a body trait; gender
//! transition. Batch `v7-benign` (80 benign near-misses) dropped 5/80 before v7's masks and
//! 0/80 after. Short party and union acronyms (PP, PS, SP, FO…) are only cues inside a frame.
//!
//! Lexicon v8 (child module `context`) adds contextual masks: a cue inside a job or workplace
//! phrase ("trabaja como técnico en un laboratorio de genética"), a trade phrase ("supplies
//! dialysis equipment") or a reading / purchase phrase ("a book about the history of trade
//! unionism", "bought a DNA ancestry kit") is blanked, unless the masked span names a patient,
//! treatment, union role or possessive topic, or the sentence states the person's own
//! condition or membership ("diagnosed", "his own", "de baja", "afiliada", "Mitglied"). Such a
//! sentence is screened as if no contextual mask existed. Batch `v8-class` (60 benign, 40
//! sensitive of the same shapes) went from 42/60 dropped and 38/40 caught to 0/60 and 40/40;
//! these figures are tuned on that batch, not blind.
//!
//! Lexicon v9 (child module `depth`) deepens the slices a blind set found weakest: biometric
//! (voice ID, finger and palm veins, palm prints, gait, DNA used to identify someone, a trait
//! stated as stored or enrolled, signature dynamics, identity checks by face, a wider
//! enrolment context with ATMs, e-gates and ID cards; product features and scanner purchases
//! are masked), orientation and gender identity (spaced "non binaire", coming out with a
//! time, Pride taken part in, same-gender dating apps, "Frau X … ihre Ehefrau"; general
//! dating apps such as Tinder are *not* flagged on their own, and old or street senses of
//! "gay" are masked), genetic (HLA typing, more gene symbols with a gene word, metaboliser
//! status, inherited risk; genetics of plants and animals masked) and German (separable
//! join/leave verbs, votes with adverbials, organ-weakness compounds, gamete donation,
//! "verpartnert", "Geschlechtseintrag"). Batch `v9` (119 sensitive, 80 benign; "his fiancé" is still missed)
//! was written for this and measured before each step; its figures after are tuned.

use std::sync::OnceLock;

mod breadth;
mod context;
mod depth;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// A special category of personal data (GDPR Art. 9(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    RacialOrEthnicOrigin,
    PoliticalOpinions,
    ReligiousOrPhilosophicalBeliefs,
    TradeUnionMembership,
    Genetic,
    Biometric,
    Health,
    SexLifeOrOrientation,
}

impl Category {
    /// Every category, in Art. 9(1) order.
    pub const ALL: [Category; 8] = [
        Category::RacialOrEthnicOrigin,
        Category::PoliticalOpinions,
        Category::ReligiousOrPhilosophicalBeliefs,
        Category::TradeUnionMembership,
        Category::Genetic,
        Category::Biometric,
        Category::Health,
        Category::SexLifeOrOrientation,
    ];

    /// Stable snake_case name, for metrics labels and the labelled set.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::RacialOrEthnicOrigin => "racial_or_ethnic_origin",
            Category::PoliticalOpinions => "political_opinions",
            Category::ReligiousOrPhilosophicalBeliefs => "religious_or_philosophical_beliefs",
            Category::TradeUnionMembership => "trade_union_membership",
            Category::Genetic => "genetic",
            Category::Biometric => "biometric",
            Category::Health => "health",
            Category::SexLifeOrOrientation => "sex_life_or_orientation",
        }
    }

    /// The category named by [`Category::as_str`], if any.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One special-category cue: its category and the byte span of the matched cue in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Finding {
    pub category: Category,
    pub start: usize,
    pub end: usize,
}

/// The special-category screen. Build once and share (it is `Send + Sync`; cloning is cheap).
#[derive(Debug, Clone)]
pub struct Screen {
    masks: Regex,
    /// Contextual masks (job, business, purchase, reading) and their two guards.
    context: Regex,
    context_reject: Regex,
    context_guard: Regex,
    set: RegexSet,
    rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Rule {
    category: Category,
    re: Regex,
    /// Must also match somewhere in the same sentence.
    requires: Option<Regex>,
    /// The matched text must not match this.
    reject: Option<Regex>,
    /// Must not match the text right after the match (anchored at its start).
    not_before: Option<Regex>,
    /// Must not match the text right before the match (anchored at its end).
    not_after: Option<Regex>,
}

impl Default for Screen {
    fn default() -> Self {
        Screen::new()
    }
}

impl Screen {
    /// Compiles the lexicons (0.25 to 0.5 s in a debug build on a shared 2-core machine, less
    /// in release): do it once and share.
    pub fn new() -> Self {
        let masks: Vec<&str> = MASKS
            .iter()
            .chain(depth::BIOMETRIC_PRODUCT_MASKS)
            .chain(depth::SEX_MASKS)
            .chain(depth::GENETIC_MASKS)
            .chain(depth::DE_MASKS)
            .copied()
            .collect();
        let masks = compile(&format!(r"\b(?:{})\b", masks.join("|")));
        let specs = specs();
        let patterns: Vec<String> = specs.iter().map(|s| s.pattern()).collect();
        let set = RegexSetBuilder::new(&patterns)
            .unicode(false)
            .size_limit(64 << 20)
            .dfa_size_limit(32 << 20)
            .build()
            .expect("screen lexicon set compiles");
        let rules = specs
            .iter()
            .zip(&patterns)
            .map(|(s, p)| Rule {
                category: s.category,
                re: compile(p),
                requires: s
                    .requires
                    .map(|r| compile(&format!(r"\b(?:{})\b", expand(r)))),
                reject: s.reject.map(|r| compile(&expand(r))),
                not_before: s
                    .not_before
                    .map(|r| compile(&format!("^(?:{})", expand(r)))),
                not_after: s.not_after.map(|r| compile(&format!("(?:{})$", expand(r)))),
            })
            .collect();
        Screen {
            masks,
            context: compile(&context::pattern()),
            context_reject: compile(context::CONTEXT_REJECT),
            context_guard: compile(context::CONTEXT_GUARD),
            set,
            rules,
        }
    }

    /// A process-wide screen, compiled on first use.
    pub fn shared() -> &'static Screen {
        static SHARED: OnceLock<Screen> = OnceLock::new();
        SHARED.get_or_init(Screen::new)
    }

    /// Every special-category cue found in `text` (empty = clean), ordered by position.
    /// Overlapping cues of one category are merged into one finding.
    pub fn findings(&self, text: &str) -> Vec<Finding> {
        let norm = Normalized::new(text);
        if norm.text.is_empty() {
            return Vec::new();
        }
        let hay = self.mask(&norm.text);
        let hits = self.set.matches(&hay);
        if !hits.matched_any() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for idx in hits.iter() {
            let rule = &self.rules[idx];
            for m in rule.re.find_iter(&hay) {
                if m.start() < m.end() && rule.accepts(&hay, m.start(), m.end()) {
                    out.push(Finding {
                        category: rule.category,
                        start: norm.starts[m.start()],
                        end: norm.ends[m.end() - 1],
                    });
                }
            }
        }
        merge(out)
    }

    /// Convenience: the category of the first cue found, if any.
    pub fn check(&self, text: &str) -> Option<Category> {
        self.findings(text).first().map(|f| f.category)
    }

    /// Sentence-level redaction for summaries: removes each sentence (Unicode sentence
    /// boundaries) that has a finding, and returns the kept text (trailing whitespace trimmed)
    /// and the categories removed (each once, in order of first appearance).
    pub fn redact_sentences(&self, text: &str) -> (String, Vec<Category>) {
        let mut kept = String::with_capacity(text.len());
        let mut removed: Vec<Category> = Vec::new();
        for sentence in text.split_sentence_bounds() {
            let found = self.findings(sentence);
            if found.is_empty() {
                kept.push_str(sentence);
            } else {
                for f in found {
                    if !removed.contains(&f.category) {
                        removed.push(f.category);
                    }
                }
            }
        }
        let len = kept.trim_end().len();
        kept.truncate(len);
        (kept, removed)
    }

    /// Blanks out benign phrases, keeping byte offsets (each masked byte becomes a space).
    /// Contextual masks are skipped when their own text or their sentence says something
    /// about the person (see the `context` module).
    fn mask<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        let mut spans: Vec<(usize, usize)> = self
            .masks
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        for m in self.context.find_iter(text) {
            if self.context_reject.is_match(m.as_str())
                || self
                    .context_guard
                    .is_match(sentence_around(text, m.start(), m.end()))
            {
                continue;
            }
            spans.push((m.start(), m.end()));
        }
        if spans.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut bytes = text.as_bytes().to_vec();
        for (start, end) in spans {
            bytes[start..end].fill(b' ');
        }
        // Matches start and end on character boundaries, so the result is valid UTF-8.
        std::borrow::Cow::Owned(String::from_utf8(bytes).expect("masks keep UTF-8"))
    }
}

impl Rule {
    fn accepts(&self, hay: &str, start: usize, end: usize) -> bool {
        if let Some(r) = &self.reject {
            if r.is_match(&hay[start..end]) {
                return false;
            }
        }
        if let Some(r) = &self.not_before {
            if r.is_match(&hay[end..]) {
                return false;
            }
        }
        if let Some(r) = &self.not_after {
            if r.is_match(&hay[..start]) {
                return false;
            }
        }
        if let Some(r) = &self.requires {
            if !r.is_match(sentence_around(hay, start, end)) {
                return false;
            }
        }
        true
    }
}

/// Sorts findings by position and merges overlapping findings of the same category.
fn merge(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| (f.category, f.start, f.end));
    let mut merged: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        match merged.last_mut() {
            Some(last) if last.category == f.category && f.start < last.end => {
                last.end = last.end.max(f.end);
            }
            _ => merged.push(f),
        }
    }
    merged.sort_by_key(|f| (f.start, f.end, f.category));
    merged
}

/// The sentence of the normalised text that contains `start..end`.
fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let b = text.as_bytes();
    let terminal = |i: usize| match b[i] {
        b'!' | b'?' | b';' => true,
        b'.' => i + 1 == b.len() || b[i + 1] == b' ',
        _ => false,
    };
    let mut a = start;
    while a > 0 && !terminal(a - 1) {
        a -= 1;
    }
    let mut z = end;
    while z < b.len() && !terminal(z) {
        z += 1;
    }
    &text[a..z]
}

fn compile(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(32 << 20)
        .dfa_size_limit(16 << 20)
        .build()
        .unwrap_or_else(|e| panic!("screen pattern does not compile: {e}"))
}

/// Normalised text plus, for each of its bytes, the span of the input character it came from.
struct Normalized {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Normalized {
    fn new(input: &str) -> Self {
        let mut n = Normalized {
            text: String::with_capacity(input.len()),
            starts: Vec::with_capacity(input.len()),
            ends: Vec::with_capacity(input.len()),
        };
        let mut after_space = true;
        for (start, c) in input.char_indices() {
            let end = start + c.len_utf8();
            if c.is_ascii() {
                // Fast path: ASCII needs no decomposition.
                if c.is_ascii_whitespace() {
                    if !after_space {
                        n.push(' ', start, end);
                        after_space = true;
                    }
                } else {
                    n.push(c.to_ascii_lowercase(), start, end);
                    after_space = false;
                }
                continue;
            }
            for d in std::iter::once(c).nfkd() {
                for l in d.to_lowercase() {
                    if is_combining_mark(l) || is_invisible(l) {
                        continue;
                    }
                    if l.is_whitespace() {
                        if !after_space {
                            n.push(' ', start, end);
                            after_space = true;
                        }
                        continue;
                    }
                    after_space = false;
                    match l {
                        'ß' => {
                            n.push('s', start, end);
                            n.push('s', start, end);
                        }
                        'œ' => {
                            n.push('o', start, end);
                            n.push('e', start, end);
                        }
                        'æ' => {
                            n.push('a', start, end);
                            n.push('e', start, end);
                        }
                        'ø' => n.push('o', start, end),
                        'ł' => n.push('l', start, end),
                        'đ' | 'ð' => n.push('d', start, end),
                        'ı' => n.push('i', start, end),
                        'ħ' => n.push('h', start, end),
                        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}'
                        | '\u{2032}' | '\u{00B4}' => n.push('\'', start, end),
                        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => {
                            n.push('-', start, end)
                        }
                        other => n.push(other, start, end),
                    }
                }
            }
        }
        n
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        let before = self.text.len();
        self.text.push(c);
        for _ in before..self.text.len() {
            self.starts.push(start);
            self.ends.push(end);
        }
    }
}

/// Format characters that only change rendering, never meaning.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

// ---------------------------------------------------------------------------------------------
// Lexicons. Every pattern is written against the normalised text: lower case, no accents,
// `ß` → `ss`, `œ` → `oe`, one space between words, ASCII `'` and `-`. `\w` and `\b` are ASCII.
// Placeholders in braces are expanded by `expand`.
// ---------------------------------------------------------------------------------------------

/// English copulas and self-descriptions ("is", "identifies as", "describes herself as").
const EN_BE: &str = r"(?:is|am|are|was|were|be|being|been|becomes?|became|(?:he|she|they|i)'(?:s|m|re)|identif(?:y|ies|ied) as|describ(?:e|es|ed) (?:himself|herself|themselves|themself|myself) as|consider(?:s|ed)? (?:himself|herself|themselves|myself)(?: to be)?|call(?:s|ed)? (?:himself|herself|themselves|myself))";
/// English qualifiers between the copula and the noun ("a lifelong", "a devout").
const EN_QUAL: &str = r"(?:(?:a|an) )?(?:(?:lifelong|life-long|staunch|devout|practi[cs]ing|observant|committed|strict|proud|registered|card-carrying|active|convinced|die-hard|diehard|born-again|non-practi[cs]ing|very|quite|deeply|fairly|openly|strongly|former|ex|keen|loyal|longtime|long-time)[- ])*";
/// Spanish copulas.
const ES_BE: &str = r"(?:es|soy|somos|son|era|eran|fue|sea|ser|siendo|se (?:considera|define|declara|identifica|describe|dice|reconoce)(?: como)?)";
/// German copulas.
const DE_BE: &str = r"(?:ist|bin|sind|war|waren|sei|seien|ware|wird|wurde|gilt als|(?:bezeichnet|beschreibt|versteht|sieht) sich(?: selbst)? als)";
/// French copulas.
const FR_BE: &str = r"(?:est|suis|sont|etait|etaient|etre|sera|serait|soit|devenu|devenue|se (?:dit|declare|decrit|definit|revendique|considere|presente|sent)(?: comme)?)";
/// Ways of describing oneself in all four languages.
const SELF_DESC: &str = r"(?:identif(?:y|ies|ied) as|describ(?:e|es|ed) (?:himself|herself|themselves|themself|myself) as|se (?:describe|define|identifica|considera|decrit|definit|dit|declare) (?:como |comme )?|(?:bezeichnet|beschreibt|versteht|sieht) sich(?: selbst)? als)";
/// Well-known politicians: a cue next to campaigning, voting or support words.
const POLITICIANS: &str = r"(?:bernie sanders|sanders|donald trump|trump|joe biden|biden|kamala harris|harris|barack obama|obama|hillary clinton|clinton|aoc|jeremy corbyn|corbyn|keir starmer|starmer|rishi sunak|sunak|nigel farage|farage|boris johnson|emmanuel macron|macron|marine le pen|le pen|jean-luc melenchon|melenchon|eric zemmour|zemmour|jordan bardella|bardella|pedro sanchez|feijoo|santiago abascal|abascal|yolanda diaz|isabel diaz ayuso|ayuso|javier milei|milei|friedrich merz|merz|olaf scholz|scholz|alice weidel|weidel|sahra wagenknecht|wagenknecht|robert habeck|habeck|annalena baerbock|baerbock|bjorn hocke|hocke|christian lindner|lindner)";
/// Body parts that turn "operation"/"surgery" into a health statement.
const BODY: &str = r"(?:knee|hip|back|heart|eye|eyes|shoulder|spine|spinal|brain|kidney|liver|lung|bowel|stomach|gallbladder|appendix|cataract|hernia|rodilla|cadera|espalda|corazon|ojos?|hombro|columna|rinon|higado|pulmon|estomago|vesicula|apendice|hernia|genou|hanche|dos|coeur|oeil|yeux|epaule|colonne|rein|foie|poumon|estomac|appendicite|knie|hufte|rucken|herz|auge|augen|schulter|wirbelsaule|niere|leber|lunge|magen|darm|bandscheibe|blinddarm|meniskus|menisco|menisque)";

fn expand(pattern: &str) -> String {
    pattern
        .replace("{EN_BE}", EN_BE)
        .replace("{EN_QUAL}", EN_QUAL)
        .replace("{ES_BE}", ES_BE)
        .replace("{DE_BE}", DE_BE)
        .replace("{FR_BE}", FR_BE)
        .replace("{SELF}", SELF_DESC)
        .replace("{BODY}", BODY)
        .replace("{POL}", POLITICIANS)
        .replace("{BIO_CTX}", BIOMETRIC_CONTEXT)
}

/// Benign phrases blanked out before matching.
const MASKS: &[&str] = &[
    // Insurance and health administration (not health data on its own).
    r"(?:private )?(?:health|medical|dental|life|disability|critical illness|travel|pet|long-term care|sickness) (?:insurance|insurer|cover|coverage|policy|plan|scheme)",
    r"health (?:plan|card|insurance card|savings account|benefits?|fund)",
    r"(?:seguro|poliza|mutua|aseguradora)s? (?:medic[oa]|de salud|de vida|de enfermedad|sanitari[oa]|de asistencia sanitaria)",
    r"tarjeta sanitaria",
    r"\w*kranken(?:versicherung|kasse|versichert|versicherten|kassen)\w*",
    r"(?:pflege|lebens|berufsunfahigkeits|zahnzusatz)versicherung\w*",
    r"(?:mutuelle|complementaire)(?: sante)?|assurance[s]? (?:maladie|sante|vie|invalidite)|carte vitale|securite sociale|caisse primaire(?: d'assurance maladie)?",
    // Street and place names.
    r"(?:church|chapel|temple|abbey|mosque|synagogue|minster|cathedral|union|congress|parliament)(?: \w+)? (?:street|st|road|rd|lane|ln|avenue|ave|square|sq|hill|way|place|pl|close|gate|walk|row|terrace|court|station|stn|yard|green|park)",
    r"(?:rue|place|avenue|chemin|impasse|allee|boulevard|bd|quai|parvis) (?:de l'|de la |du |des |de )?(?:eglise|temple|chapelle|abbaye|synagogue|mosquee|cathedrale|paroisse)",
    r"(?:calle|plaza|avenida|paseo|camino|travesia|c/) (?:de (?:la |las |los |el )?|del )?(?:iglesia|catedral|sinagoga|mezquita|ermita|templo|parroquia)",
    r"\w*kirch\w*(?:strasse|str|weg|platz|gasse|allee|berg)\b",
    // "Union" that is not a trade union.
    r"(?:credit|european|student|students'?|postal|soviet|african|customs|monetary|banking|rugby|civil|liberties|eurasian) union",
    r"union (?:station|square|jack|pacific|bank|army|flag|territory)",
    r"union (?:europea|europeenne|de credito|bancaria|aduanera)|europaische union|banken ?union",
    r"syndicat (?:de copropriete|des coproprietaires|d'initiative|des eaux|intercommunal|mixte|de communes|d'energie)",
    // Genetics that is not about a person.
    r"genetically (?:modified|engineered)|genetic algorithms?|gmos?|non-gmo|genetiquement modifie\w*|ogm|geneticamente modificad\w*|transgenic\w*|transgenicos?|genetisch verandert\w*|gentechni\w*|gentechnisch\w*",
    // Zodiac signs and cancer charities.
    r"(?:star|zodiac|astrological|birth) sign (?:is )?cancer|signo (?:del zodiaco )?(?:es )?cancer|sternzeichen (?:ist )?krebs|signe (?:astrologique )?(?:du )?cancer",
    r"cancer (?:research(?: uk)?|charity|charities|foundation|society|relief|awareness (?:walk|run|month))|macmillan cancer support|deutsche krebshilfe|krebshilfe|ligue contre le cancer|asociacion (?:espanola )?contra el cancer",
    // Crustaceans on the menu (German "Krebs" is both cancer and crab).
    r"(?:fluss|edel|taschen|einsiedler|bach|sumpf|tiefsee|kaiser|butter|king)krebs\w*|krebs(?:fleisch|suppe|cocktail|salat|schwanze|schwanz|butter|scheren)\w*|krebse (?:essen|kochen|bestellt|bestellte|gekauft)",
    // French pastry "religieuse".
    r"religieuses? (?:au|a la|a|de|aux) (?:chocolat|cafe|vanille|pistache|caramel|framboise|fraise|praline)|religieuses? (?:chocolat|cafe|vanille)",
    // Cleaning lady, chambermaid (French "sa femme de ...").
    r"femmes? de (?:menage|chambre|service)",
    // Unions that are not trade unions, and kosher-style cooking.
    r"(?:sindicato|sindicat) (?:de |d')?(?:inquilinos|inquilines|llogateres|estudiantes|vivienda)|(?:tenants|renters)'? unions?|syndicats? (?:de |des )?locataires|syndicat etudiant|mieterverein\w*",
    r"(?:kosher|halal)[- ]style|(?:recettes|recipes|recetas|rezepte|cookbook|livre de cuisine|kochbuch|libro de cocina) (?:\w+ )?(?:casher|kasher|kosher|halal|koscher)",
    // Religion or illness as the topic of a book, course, tour or institution, not the person's.
    r"(?:book|books|course|class|lecture|tour|documentary|exhibition|guide|museum|history|art|architecture|libro|curso|buch|kurs|livre|cours) (?:on|about|of|sobre|de|uber|sur) (?:the |la |el |die |le |l')?(?:\w+ )?(?:buddhis\w*|budis\w*|bouddhis\w*|islam\w*|christian\w*|jewish|juif|judio|judisch\w*|hindu\w*|catholi\w*|catolic\w*|katholi\w*|religion\w*)",
    r"(?:buddhist|islamic|jewish|christian|hindu|catholic|religious|budista|islamic[oa]|judio|juif|juive|judisch\w*|islamisch\w*) (?:architecture|art|arte|kunst|history|historia|histoire|geschichte|quarter|barrio|quartier|viertel|museum|museo|musee|studies|heritage sites?|temple tour)",
    r"(?:cancer|oncology|psychiatric|children's|maternity|fertility|rehab|rehabilitation) (?:hospital|centre|center|clinic|institute|charity|ward)'?s? (?:it|hr|finance|admin\w*|reception|department|office|team|staff|canteen|shop|car park|accounts)",
    // Courier/transport "carrier", software "agnostic", "third party".
    r"(?:platform|vendor|device|carrier|channel|language|cloud|hardware|technology|format|browser|os)[- ]agnostic",
    // A pet's health is not personal data: a possessive pet noun and the few words after it.
    r"(?:(?:the )?customer's|(?:the )?client's|his|her|their|my|our|su|sus|el|la|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|der|die|son|sa|ses|le) (?:old |young |elderly |senior |new |little |viejo |vieja |alte[nrm]? |junge[nrm]? |vieux |vieille |jeune )?(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|rabbit|parrot|perro|perra|perrita|perrito|gato|gata|mascota|caballo|hund|hundin|katze|kater|haustier|pferd|welpe|chien|chienne|chiot|cheval)(?:'s)?(?: [\w']+){1,6}",
    r"(?:(?:the|his|her|their|a) vet|veterinary|veterinarian|veterinari[oa]|tierarzt\w*|tierklinik|veterinaire|clinique veterinaire)(?:'s)?(?: [\w']+){0,4}",
    // Halal or kosher food ordered for an event or for other people says nothing about the customer.
    r"(?:menu|menus|catering|comida|comidas|essen|repas|buffet|option|options|opciones|platos|gerichte|plats) (?:\w+ )?(?:halal|kosher|casher|kasher|koscher) (?:\w+ ){0,2}(?:for|para|fur|pour) (?:a |an |the |un |una |el |la |ein |eine |einen |den |die |le |une |des |les |los |las )?(?:\w+ )?(?:event|evento|veranstaltung|evenement|company|empresa|firma|entreprise|office|oficina|buro|bureau|conference|conferencia|konferenz|guests|invitados|gaste|invites|clients|clientes|kunden|staff|personal|employees|empleados|mitarbeiter\w*|salaries|wedding|boda|hochzeit|mariage|party|fiesta|feier|fete)",
    // Halal or kosher catering named before its noun, for an event or a group ("halal
    // catering for the office party", "Halal-Catering für die Betriebsfeier", "un traiteur
    // halal pour la fête"), and kosher salt (a coarse cooking salt, not a dietary law).
    r"(?:halal|kosher|casher|kasher|koscher\w*)[- ]?(?:catering|menus?|buffets?|platters?|meals?|options?|food|lunch|dinner|essen|gerichte|speisen|verpflegung|traiteur|repas|comida|menu) (?:\w+ ){0,2}(?:for|para|fur|pour) (?:\w+ ){0,2}(?:event|evento|veranstaltung|evenement|company|empresa|firma|entreprise|office|oficina|buro|bureau|conference|conferencia|konferenz|seminar|seminario|seminaire|meeting|reunion|guests|invitados|gaste|invites|clients|clientes|kunden|staff|team|equipo|equipe|colleagues|companeros|kollegen|collegues|employees|empleados|mitarbeiter\w*|salaries|wedding|boda|hochzeit|mariage|party|fiesta|\w*feier|\w*fest|fete|gala|reception|recepcion|empfang)",
    r"(?:traiteur|buffet|repas|menu) (?:\w+ )?(?:halal|casher|kasher) (?:\w+ ){0,2}pour (?:\w+ ){0,2}(?:fete|soiree|seminaire|reception|mariage|entreprise|bureau|equipe|collegues|invites|salaries|evenement|conference|reunion|gala)",
    r"kosher salt|sal kosher|sel (?:casher|kasher)|koscheres? salz",
    // "Es un dolor de cabeza" (a hassle), "bereitet ihm Kopfschmerzen" (a worry): idioms.
    r"(?:es|son|sera|fue|era|resulta|resulto) (?:un |una )?(?:verdadero |autentico |pequeno |gran |buen )?dolor de cabeza(?: (?:para|con|de) \w+)?",
    r"(?:bereite\w*|macht|machen|machte|gemacht) (?:\w+ ){0,3}kopfschmerzen|kopfschmerzen (?:bereite\w*|macht|machen|machte)",
    // "Wählt den grünen Pullover": a colour adjective before a product noun, not a party.
    r"(?:wahlt|wahlte|wahlen|gewahlt) (?:den|die|das|einen|eine|ein) (?:grune[nmrs]?|linke[nmrs]?|rechte[nmrs]?) (?:pullover|schal|mantel|jacke|farbe|farbton|ton|variante|version|tasche|hulle|kabel|stift|deckel|knopf|schuh\w*|rock|hose|hemd|kleid|teppich|stuhl|tee|apfel|salat|seite|spur|hand|weg|button|rahmen|ordner|ausfuhrung|modell|karton|becher|korb|eimer|shirt|t-shirt|mutze|handschuh\w*)",
    // Spanish "sumar" and "podemos" as verbs with an object, the Saint-Étienne football club.
    r"sumar (?:esfuerzos|puntos|fuerzas|voluntades|dinero|kilometros|horas|minutos|pasos)|les verts (?:de saint-etienne|stephanois)",
    // Health occupations: working as a therapist, psychologist or midwife is not being a patient.
    r"(?:works?|worked|working|job|employed|trained|qualified|career|is|was) (?:as )?(?:a |an )?(?:\w+ )?(?:nurse|doctor|gp|physician|surgeon|\w*therapist|psychologist|psychiatrist|midwife|pharmacist|paramedic|dentist|counsell?or|\w+ologist|carer|caregiver|care worker|care assistant|optician|radiographer|chiropractor|osteopath|acupuncturist|homeopath)s?",
    r"(?:trabaja|trabajaba|trabajo|es|era|ejerce) (?:como |de )?(?:un |una )?(?:enfermer[oa]|medic[oa]|doctora?|cirujan[oa]|\w*terapeuta|psicolog[oa]|psiquiatra|matrona|comadrona|farmaceutic[oa]|dentista|\w+olog[oa]|auxiliar de enfermeria|cuidador[a]?)s?",
    r"(?:arbeitet|arbeitete|tatig|ist|war) (?:als |wie )?(?:ein |eine )?(?:krankenschwester|\w*pfleger\w*|arzt|arztin|chirurg\w*|\w*therapeut\w*|psycholog\w*|psychiater\w*|hebamme|apotheker\w*|zahnarzt\w*|sanitater\w*|\w+loge|\w+login)",
    r"(?:travaille|travaillait|exerce|est|etait) (?:comme |en tant que )?(?:un |une )?(?:infirmi(?:er|ere)|medecin|chirurgien\w*|\w*therapeute|psycholog\w*|psychiatre|sage-femme|pharmacien\w*|dentiste|aide-soignante?|ambulanci\w*|\w+logue|kine\w*)s?",
    // Religion as the topic of a book, course or tour, with a longer noun phrase.
    r"(?:book|books|course|class|lecture|tour|documentary|exhibition|guide|libro|curso|documental|buch|kurs|dokumentation|livre|cours|documentaire)s? (?:on|about|of|sobre|acerca de|de|uber|zur|zum|sur) (?:[\w']+ ){0,3}(?:cristianismo|christianisme|christentum|christianity|judaism\w*|judais\w*|judentum\w*|islam\w*|budismo|buddhism\w*|bouddhisme|hinduism\w*|hinduismo|hindouisme|catolicismo|catholicism\w*|katholizismus|protestantismo|protestantism\w*|religion\w*|iglesia|kirche|eglise|church|biblia|bible|bibel)",
];

struct Spec {
    category: Category,
    terms: &'static [&'static str],
    requires: Option<&'static str>,
    reject: Option<&'static str>,
    not_before: Option<&'static str>,
    not_after: Option<&'static str>,
}

impl Spec {
    fn new(category: Category, terms: &'static [&'static str]) -> Self {
        Spec {
            category,
            terms,
            requires: None,
            reject: None,
            not_before: None,
            not_after: None,
        }
    }
    fn requires(mut self, r: &'static str) -> Self {
        self.requires = Some(r);
        self
    }
    fn reject(mut self, r: &'static str) -> Self {
        self.reject = Some(r);
        self
    }
    fn not_before(mut self, r: &'static str) -> Self {
        self.not_before = Some(r);
        self
    }
    fn not_after(mut self, r: &'static str) -> Self {
        self.not_after = Some(r);
        self
    }
    fn pattern(&self) -> String {
        format!(r"\b(?:{})\b", expand(&self.terms.join("|")))
    }
}

fn specs() -> Vec<Spec> {
    use Category::*;
    vec![
        // ------------------------------------------------------------------ racial / ethnic
        Spec::new(RacialOrEthnicOrigin, RACIAL),
        Spec::new(RacialOrEthnicOrigin, RACIAL_MORE),
        // Lexicon v7 (breadth): peoples and ethnic groups worldwide, as a self-description.
        Spec::new(RacialOrEthnicOrigin, breadth::ETHNIC_PEOPLES),
        // Ancestry and origin nouns followed by an adjective ("ascendance vietnamienne",
        // "racines antillaises", "türkische Wurzeln", "raíces andinas").
        Spec::new(
            RacialOrEthnicOrigin,
            &[r"(?:ascendance|origines|racines|raices|ascendencia|abstammung) \w+", r"\w+(?:e|en) wurzeln"],
        )
        .reject(r"^(?:(?:ascendance|origines|racines|raices|ascendencia|abstammung) (?:de|du|des|d|del|y|et|en|und|von|modestes|sociales|humbles|humildes|paysannes|ouvrieres|bourgeoises|geographiques|capillaires|profondes|historiques|familiales|inconnues|diverses|aus)|(?:tiefe|tiefen|starke|starken|feste|festen|lange|langen|eigene|eigenen|gemeinsame|gemeinsamen|die|der|den|seine|seinen|ihre|ihren|keine|neue|neuen|alte|alten) wurzeln)$"),
        Spec::new(
            RacialOrEthnicOrigin,
            &[r"(?:issue?s?|membre|fait partie|originaire|appartient) de la communaute \w+|(?:pertenece|miembro|forma parte) de la comunidad \w+|(?:gehort|angehorige\w*|mitglied) (?:der|zur) \w+ (?:gemeinschaft|community|minderheit)|(?:member|part) of the (?:\w+ )?(?:diaspora|minority)|(?:member|part) of the (?:ethnic|\w+(?:an|ese|ish|i)) community"],
        )
        .reject(r"(?:communaute (?:de|des|du|d|urbaine|educative|scientifique|locale)|comunidad (?:de|del|educativa|autonoma|local|cientifica)|(?:local|online|gaming|open|business|school|church|running|developer|user|customer|\w+ing) (?:community|diaspora|minority))$"),
        Spec::new(
            RacialOrEthnicOrigin,
            &[r"\w+(?:an|ese|ish|i|ic) (?:american|canadian|australian)|british (?:indian|pakistani|bangladeshi|chinese|nigerian|ghanaian|somali|jamaican|caribbean|african|asian|arab|turkish|kurdish|bengali|punjabi|sikh|tamil|gujarati|sri lankan|vietnamese|filipino|korean|japanese|iranian|iraqi|afghan|kenyan|ugandan|zimbabwean|eritrean|ethiopian|sudanese|yemeni|moroccan|algerian|egyptian|lebanese|syrian|palestinian|cypriot|brazilian|colombian|mexican|jewish|muslim|hindu)"],
        )
        .reject(r"^(?:north|south|central|pan|anglo|trans|non|all|inter|ask|flying|typical|classic|traditional|authentic|vintage|iconic|american|canadian|australian|nordic|arctic|atlantic|pacific|public|electric|organic)\b"),
        Spec::new(
            RacialOrEthnicOrigin,
            &[
                r"of (?:\w+[- ]){1,3}(?:descent|ancestry|extraction|parentage)",
            ],
        ),
        Spec::new(RacialOrEthnicOrigin, &[r"\w+ (?:heritage|roots|ancestry|descent)"])
        .reject(r"^(?:the|a|an|our|their|this|that|its|his|her|my|your|world|national|cultural|industrial|local|family|deep|historic|architectural|natural|company|brand|product|grass|tree|hair|root|steep|rapid|plane|aircraft|final|initial|slow|fast|gentle|mountain|no|with|of|and|in|on|at|for|by|to|from|some|rich|proud|long|century|year|years|old|unesco|royal|colonial|maritime|railway|literary|musical|culinary|textile|design|architectural|english heritage|its) "),
        Spec::new(RacialOrEthnicOrigin, &[r"\w+-(?:american|british|canadian|australian)"])
            .reject(r"^(?:all|pan|anglo|trans|non|un|north|south|central|latin|inter|native|anti|pro|un)-"),
        Spec::new(
            RacialOrEthnicOrigin,
            &[
                r"{SELF} (?:\w+ ){0,2}(?:black|white|brown|asian|arab|latin[oax]|hispanic|mixed|biracial|negr[oa]|blanc[oa]|morena?|noire?|blanche|arabe|asiatique|schwarze?r?|weisse?r?|maghrebine?|metisse?|mestiz[oa]|indigena|gitan[oa])\b",
                r"{EN_BE} {EN_QUAL}(?:hispanic|latin[oax]|arab|roma|romani|gypsy|traveller|aboriginal|inuit|black british|white british|black american|biracial|mixed[- ]race)\b",
                r"{ES_BE} (?:\w+ )?(?:gitan[oa]|indigena|mestiz[oa]|mulat[oa]|afro\w+|arabe|magrebi)\b",
                r"{DE_BE} (?:\w+ )?(?:kurd(?:e|in)|jesid(?:e|in)|roma|romni|sinto|sintiza|dunkelhautig|afrikanischer herkunft|deutsch-\w+|\w+-deutsche[rn]?)\b",
                r"{FR_BE} (?:\w+ )?franco-\w+\b|{ES_BE} (?:\w+ )?hispano-\w+\b",
                r"{FR_BE} (?:\w+ )?(?:arabe|maghrebine?|metisse?|gitane?|rom|beur|beurette|kabyle|berbere)\b",
            ],
        )
        .not_before(r" (?:box|bag|case|phone|model|version|colou?r|shade|car|cable|shirt|dress|suit|jacket|coat|shoe|sock|top|wall|paint|edition|fabric|leather|collection|tea|wine|rice|bread|chocolate|coffee|funda|bolso|tasche|sac|coque|telefono|modelo|modele)\b"),
        Spec::new(RacialOrEthnicOrigin, &[r"(?:es|soy|son|somos|era|fue) (?:de )?(?:origen|ascendencia|descendencia) \w+", r"ascendencia \w+", r"descendiente de (?:\w+ )?(?:inmigrantes|esclavos|indigenas|africanos|arabes|gitanos|judios|\w+os)"])
            .reject(r"(?:humilde|humildes|modest[oa]s?|social|obrer[oa]|campesin[oa]|desconocid[oa]|noble|familiar|rural|sencill[oa])$"),
        Spec::new(RacialOrEthnicOrigin, &[r"(?:ist|bin|sind|war|sei|person|mensch|familie|kunde|kundin|eltern) (?:\w+ ){0,2}\w+er (?:herkunft|abstammung)"]),
        Spec::new(RacialOrEthnicOrigin, &[r"{FR_BE} (?:\w+ )?d'origine \w+", r"originaire d'afrique \w*"]),
        // ------------------------------------------------------------------ political
        Spec::new(PoliticalOpinions, POLITICAL),
        Spec::new(PoliticalOpinions, POLITICAL_MORE),
        Spec::new(PoliticalOpinions, depth::DE_JOIN_PARTY),
        Spec::new(ReligiousOrPhilosophicalBeliefs, depth::DE_LEAVE_CHURCH),
        Spec::new(TradeUnionMembership, depth::DE_JOIN_UNION),
        Spec::new(Health, depth::DE_HEALTH),
        Spec::new(SexLifeOrOrientation, depth::DE_SEX),
        // Lexicon v9 (depth): German votes with adverbials between verb and party, and a
        // guard against adjectives of a product ("wählt die grüne Jacke").
        Spec::new(PoliticalOpinions, depth::DE_VOTE).not_before(depth::DE_VOTE_NOT_BEFORE),
        // Lexicon v7 (breadth): parties of eleven countries by name and abbreviation, the
        // short or ambiguous ones only after a vote, support or membership word.
        Spec::new(PoliticalOpinions, breadth::POLITICAL_STANDALONE),
        Spec::new(PoliticalOpinions, breadth::POLITICAL_FRAMES)
            .not_before(r" (?:de saint-etienne|stephanois|de l'asse|football|de foot)\b"),
        Spec::new(PoliticalOpinions, breadth::DE_GREEN_LEFT).not_before(r" \w"),
        Spec::new(PoliticalOpinions, breadth::DE_GREEN_LEFT_MORE),
        Spec::new(PoliticalOpinions, &[r"activist\w*|activista\w*|aktivist\w*|activiste\w*"])
            .not_before(r" (?:investor|investors|shareholder\w*|fund|funds|hedge|accionista\w*|aktionar\w*|inversor\w*|investisseur\w*|actionnaire\w*)\b")
            .not_after(r"(?:shareholder|investor|accionista|aktionars|actionnaire)[- ]$"),
        Spec::new(
            PoliticalOpinions,
            &[
                r"{EN_BE} {EN_QUAL}(?:royalist|monarchist|feminist|ecologist|environmentalist|centrist|populist|social democrat|christian democrat|anti-?fascist|antifa|leftie|lefty|right-winger|left-winger|trotskyist|progressive voter|conservative voter)s?\b",
                r"{EN_BE} (?:a |an )(?:\w+ )?(?:liberal|progressive|conservative)\b",
                r"{ES_BE} (?:\w+ )?(?:monarquic[oa]|royalista|feminista|ecologista|centrista|progresista|conservador[a]?|liberal|socialdemocrata|democristian[oa]|populista|antifascista)\b",
                r"{DE_BE} (?:\w+ )?(?:monarchist\w*|royalist\w*|feminist\w*|konservativ\w*|sozialdemokrat\w*|christdemokrat\w*|populist\w*|antifaschist\w*|progressiv eingestellt|liberal eingestellt)\b",
                r"{FR_BE} (?:\w+ )?(?:royaliste|monarchiste|feministe|ecologiste|centriste|progressiste|conservat(?:eur|rice)|social-democrate|democrate-chretien\w*|populiste|antifasciste|souverainiste)\b",
            ],
        ),
        Spec::new(
            PoliticalOpinions,
            &[r"(?:member|members|membership|supporter|activist|volunteer|donor|campaigner|canvasser|councill?or|candidate|official|leader|treasurer|chair) (?:of|for|in|with|at) (?:the |a |an |his |her |their |its )?(?:local )?(?:\w+ ){0,2}party"],
        )
        .reject(r"(?:wedding|bridal|hen|stag|birthday|dinner|search|third|working|house|garden|tea|pool|launch|christmas|office|bachelor\w*|leaving|retirement|surprise|costume|toga|halloween|shower|farewell|engagement|block|street|after|hunting|landing|boarding|raiding|rescue|fishing|dance|cocktail|slumber|pyjama|pajama|graduation) party$"),
        Spec::new(PoliticalOpinions, &[r"party (?:member|membership|activist|card|politics|affiliation|official|whip|delegate|conference|donor)s?"])
            .not_after(r"(?:third|3rd|wedding|bridal|birthday|dinner|search|working|hen|stag|house|christmas|office)[- ]$"),
        Spec::new(
            PoliticalOpinions,
            &[r"{EN_BE} {EN_QUAL}(?:republican|democrat|tory|libertarian|leftist|nationalist|trump supporter|maga|liberal democrat|lib dem|labour voter|tory voter|conservative voter|green voter|socialist|communist)s?\b"],
        ),
        // ------------------------------------------------------------------ religious
        Spec::new(ReligiousOrPhilosophicalBeliefs, RELIGIOUS),
        Spec::new(ReligiousOrPhilosophicalBeliefs, RELIGIOUS_MORE),
        // Lexicon v7 (breadth): more denominations, one's own clergy, festivals observed,
        // going to worship, conversion and baptism.
        Spec::new(ReligiousOrPhilosophicalBeliefs, breadth::RELIGION_GROUPS),
        Spec::new(ReligiousOrPhilosophicalBeliefs, breadth::RELIGION_OWN_CLERGY)
            .not_before(r" (?:aleman|belga|australiano|allemand|belge|australien|dog|perro|chien|shepherd)\b"),
        Spec::new(ReligiousOrPhilosophicalBeliefs, breadth::RELIGION_FESTIVALS)
            .requires(breadth::OBSERVANCE),
        Spec::new(ReligiousOrPhilosophicalBeliefs, breadth::RELIGION_WORSHIP),
        Spec::new(ReligiousOrPhilosophicalBeliefs, &[r"agnosti\w*"])
            .not_after(r"(?:platform|vendor|device|carrier|channel|language|cloud|hardware|technology|format|browser)[- ]$"),
        Spec::new(ReligiousOrPhilosophicalBeliefs, &[r"ramadan|cuaresma|careme|fastenzeit|yom kippur|passover|pessach|pesaj|paque juive"])
            .requires(r"fast\w*|ayun\w*|jeun\w*|fasten|fastet|observ\w*|respect\w*|guard\w*|cumpl\w*|pratiqu\w*|keeps?|keeping|celebrat\w*|celebr\w*|feier\w*|fete|prays?|rez\w*|prie\w*|betet|no come|isst|mange|eats?|during|durante|pendant|wahrend|im ramadan|fait|faire|fais|hace|hacer|hizo|macht|machte|does|doing|did"),
        Spec::new(
            ReligiousOrPhilosophicalBeliefs,
            &[
                r"{EN_BE} {EN_QUAL}(?:christian|catholic|protestant|muslim|jewish|jew|hindu|buddhist|sikh|atheist|agnostic|mormon|evangelical|orthodox|believer|religious|spiritual person|person of faith|pagan|wiccan|rastafarian)\b",
                r"{ES_BE} (?:\w+ )?(?:cristian[oa]|practicante|crey\w*)\b",
                r"{DE_BE} (?:\w+ )?(?:christ(?:in)?|jude|judin|gottglaubig\w*)\b",
                r"{FR_BE} (?:\w+ )?(?:pratiquante?|croyante?|chretienne?)\b",
            ],
        ),
        // ------------------------------------------------------------------ trade union
        Spec::new(TradeUnionMembership, UNION),
        Spec::new(TradeUnionMembership, UNION_MORE),
        // Lexicon v7 (breadth): named unions of eleven countries after a membership word.
        Spec::new(TradeUnionMembership, breadth::UNION_FRAMES),
        Spec::new(TradeUnionMembership, &[r"(?:his|her|their|my|its) (?:\w+ )?unions?"])
            .reject(r"(?:european|credit|student|students'?|postal|soviet|african|customs|monetary|banking|rugby|civil|eurasian|civil) unions?$")
            .not_before(r" (?:jack|station|square|flag|bank|pacific)\b"),
        Spec::new(
            TradeUnionMembership,
            &[r"(?:joined|join|joining|is in|belongs to|belonged to|member of|members of|membership of|rep (?:for|at|of)|steward (?:for|at|of)|organi[sz]er (?:for|at|of)|active in|dues to|card for) (?:the |a |an |his |her |their |its )?(?:\w+ ){0,2}unions?"],
        )
        .reject(r"(?:european|credit|student|students'?|postal|soviet|african|customs|monetary|banking|rugby|civil|eurasian) unions?$"),
        // ------------------------------------------------------------------ genetic
        Spec::new(Genetic, GENETIC),
        Spec::new(Genetic, GENETIC_MORE),
        // Lexicon v7 (breadth): gene symbols and variants, carrier screening, prenatal tests.
        Spec::new(Genetic, breadth::GENETIC_GENES),
        // Lexicon v9 (depth): HLA typing, more gene symbols, metaboliser status, genetic risk.
        Spec::new(Genetic, depth::GENETIC_V9),
        // "the Huntington's gene", "a faulty gene", "the BRCA gene" (not the name Gene).
        Spec::new(Genetic, &[r"(?:the|a|an|faulty|defective|mutated|recessive|dominant|rare|same|\w+'s|\w+s') (?:\w+ )?genes?"])
            .not_before(r" (?:pool|therapy for (?:the )?(?:crop|plant)s?)\b"),
        // ------------------------------------------------------------------ biometric
        Spec::new(Biometric, BIOMETRIC_ALWAYS),
        // Lexicon v9 widens the context (capture verbs, ATMs, e-gates, video identification).
        Spec::new(Biometric, BIOMETRIC_MODALITY).requires(depth::BIOMETRIC_CONTEXT_V9),
        Spec::new(Biometric, BIOMETRIC_MODALITY_MORE).requires(depth::BIOMETRIC_CONTEXT_V9),
        Spec::new(Biometric, BIOMETRIC_ALWAYS_MORE),
        Spec::new(Biometric, BIOMETRIC_SELF).requires(BIOMETRIC_ID_CONTEXT),
        // Lexicon v7 (breadth): enrolling a body trait, a face matched against an ID document.
        Spec::new(Biometric, breadth::BIOMETRIC_ENROL),
        // Lexicon v9 (depth): voice ID, veins, palm prints, gait, DNA for identification;
        // traits stated as stored; signature dynamics; identity checks by face.
        Spec::new(Biometric, depth::BIOMETRIC_MODALITY_V9).requires(depth::BIOMETRIC_CONTEXT_V9),
        Spec::new(Biometric, depth::BIOMETRIC_STORED),
        Spec::new(Biometric, depth::BIOMETRIC_ALWAYS_V9),
        // ------------------------------------------------------------------ health
        Spec::new(Health, HEALTH),
        Spec::new(Health, HEALTH_CONDITIONS),
        Spec::new(Health, HEALTH_MEDICATION),
        Spec::new(Health, HEALTH_PAIN),
        // "has type 1" (diabetes), but not a type 2 charging plug.
        Spec::new(Health, &[r"(?:has|with|tiene|hat|a) (?:a |un |une )?(?:type|tipo|typ) (?:1|2|one|two|i|ii)"])
            .not_before(r"(?:[- ]\w+)? (?:charger|charging|connector|plug|cable|socket|port|usb|ev|ladekabel|stecker|ladestecker|anschluss|cargador|enchufe|conector|prise|chargeur|cable|borne|wallbox)"),
        Spec::new(Health, HEALTH_CARE),
        // Lexicon v7 (breadth): procedures, body systems, care settings, drugs by name.
        Spec::new(Health, breadth::HEALTH_PROCEDURES),
        Spec::new(Health, breadth::HEALTH_SYSTEMS),
        Spec::new(Health, breadth::HEALTH_CARE_SETTINGS),
        Spec::new(Health, breadth::HEALTH_DRUGS),
        Spec::new(Health, breadth::HEALTH_FOR_CONDITION).requires(breadth::MEDICATION_CONTEXT),
        // Hospital units as a patient (staff who work there are not flagged).
        Spec::new(
            Health,
            &[r"a&e|emergency room|emergency department|urgencias|notaufnahme|aux urgences|service des urgences|icu|cuidados intensivos|uci|intensivstation|soins intensifs|(?:en|service de) reanimation|day surgery|hopital de jour|tagesklinik"],
        )
        .not_after(r"(?:works?|worked|working|employed|nurse|doctor|trabaja|trabajaba|enfermer[oa]|medic[oa]|arbeitet|arbeitete|pfleger\w*|krankenschwester|arzt\w*|travaille|travaillait|infirmi\w*|medecin) (?:\w+ ){0,4}$"),
        // "suffers from …", "padece …", "leidet an …", "souffre de …", unless it is a service.
        Spec::new(
            Health,
            &[r"suffer(?:s|ed|ing)? from|padec\w*|padecimiento\w*|dolencia\w*|afeccion (?:cardiaca|respiratoria|cronica|renal|pulmonar|de \w+)|sufre (?:de|una|un|fuertes|frecuentes|constantes)|leidet (?:an|unter|seit)|leiden (?:an|unter)|souffr(?:e|ait|ant|ante) (?:de|d'|du|des)"],
        )
        .not_before(r" (?:\w+ ){0,3}(?:poor|bad|slow|late|delays?|delayed|outages?|lack|the delay|retrasos?|cortes|demoras?|problemas con (?:el|la|su) (?:pedido|entrega|servicio|conexion)|lieferverzog\w*|verzogerung\w*|ausfall\w*|storung\w*|retards?|lenteurs?|pannes?|coupures?|problemes? de (?:livraison|connexion|reseau))\b"),
        // Pregnancy, birth, maternity.
        Spec::new(Health, HEALTH_PREGNANCY),
        // Addiction and recovery.
        Spec::new(Health, HEALTH_ADDICTION),
        Spec::new(Health, &[r"(?:is|was|been|be|being|feels?|felt|fell|got|getting|became|off|home|calling in) sick"])
            .not_before(r" (?:of|and tired|to death)\b"),
        Spec::new(Health, &[r"(?:is|am|are|was|were|be|being|been|registered|legally|partially|completely|totally|colou?r|gone|going|went) blind|blind (?:person|customer|man|woman|child|son|daughter|people|since)"])
            .not_before(r" (?:spot|date|bid|test|tasting|box|order|purchase)\b"),
        Spec::new(
            Health,
            &[r"(?:is|am|are|was|were|be|being|been|registered|permanently|severely|physically|mentally|visually|hearing) disabled|disabled (?:person|customer|man|woman|child|son|daughter|people|veteran|badge|parking|bay|access|toilet|user|adult|parent|wife|husband|partner|mother|father)"],
        )
        .not_before(r" (?:the|his|her|their|its|all|email|sms|notifications?|alerts?|auto\w*|two-factor|2fa|marketing|account|card|option|feature|setting|cookies|tracking|push|location|reminders?|payments?|access to)\b"),
        // ------------------------------------------------------------------ sex life / orientation
        Spec::new(SexLifeOrOrientation, SEX),
        Spec::new(SexLifeOrOrientation, SEX_MORE),
        // Lexicon v9 (depth): spaced "non binaire", coming out with a time, Pride taken part
        // in, a partner-to-be, dating apps for the person's own gender.
        Spec::new(SexLifeOrOrientation, depth::SEX_V9).not_before(r" and prejudice\b"),
        Spec::new(SexLifeOrOrientation, depth::DATING_FOR_MEN).requires(depth::MALE),
        Spec::new(SexLifeOrOrientation, depth::DATING_FOR_WOMEN).requires(depth::FEMALE),
        // Lexicon v7 (breadth): gender transition as the person's own, "is bi".
        Spec::new(SexLifeOrOrientation, breadth::GENDER_TRANSITION)
            .not_before(breadth::TRANSITION_NOT_BEFORE)
            .not_after(breadth::TRANSITION_NOT_AFTER),
        Spec::new(SexLifeOrOrientation, breadth::SEX_SHORT).not_before(breadth::BI_NOT_BEFORE),
        Spec::new(SexLifeOrOrientation, &[r"(?:has|had) a (?:new )?boyfriend|(?:tiene|tenia) (?:un )?novio|(?:a|avait) un (?:petit ami|petit copain|compagnon)"])
            .requires(r"\bhe\b|\bhis\b|\bhim\b|\bmr\b|el cliente|un cliente|el senor|le client|un client|monsieur"),
        Spec::new(SexLifeOrOrientation, &[r"(?:has|had) a (?:new )?girlfriend|(?:tiene|tenia) (?:una )?novia|(?:a|avait) une (?:petite amie|petite copine|compagne)"])
            .requires(r"\bshe\b|\bher\b|\bms\b|\bmrs\b|la clienta|una clienta|la senora|la cliente|une cliente|madame"),
        // A partner of the same gender, said without a cue word.
        Spec::new(
            SexLifeOrOrientation,
            &[r"(?:another man|another woman|otro hombre|otra mujer|un autre homme|une autre femme|einem anderen mann|einer anderen frau|ein anderer mann|eine andere frau)"],
        )
        .requires(r"married|marriage|engaged|dating|dates|relationship|partner\w*|couple|wife|husband|boyfriend|girlfriend|casad[oa]|matrimonio|pareja|novi[oa]|relacion|sale con|verheiratet|beziehung|liiert|paar|ehe|mariee?|fiancee?|en couple|compagn\w*|epou\w*|pacse\w*"),
        Spec::new(
            SexLifeOrOrientation,
            &[r"(?:married to|engaged to|dating|in a relationship with|partner is) (?:a|another) man|(?:casado|novio|comprometido|prometido|pareja|sale|vive|convive) con (?:un|otro) hombre|(?:marie|fiance|pacse) (?:a|avec) un homme|(?:en couple|sort|vit) avec un homme|(?:mit|zusammen mit) (?:einem|seinem) (?:mann|ehemann|lebensgefahrten)"],
        )
        .requires(r"\bhe\b|\bhis\b|\bhim\b|\bmr\b|el cliente|un cliente|el senor|le client|un client|monsieur|der kunde|ein kunde|\ber\b|herr")
        .not_before(r" (?:\w+ ){0,3}(?:gesprochen|telefoniert|angerufen|gekommen|zusammengearbeitet|gemeinsam \w+ bestellt)\b"),
        Spec::new(
            SexLifeOrOrientation,
            &[r"(?:married to|engaged to|dating|in a relationship with|partner is) (?:a|another) woman|(?:casada|novia|comprometida|prometida|pareja|sale|vive|convive) con (?:una|otra) mujer|(?:mariee|fiancee|pacsee) (?:a|avec) une femme|(?:en couple|sort|vit) avec une femme|(?:mit|zusammen mit) (?:einer|ihrer) (?:frau|ehefrau|lebensgefahrtin)"],
        )
        .requires(r"\bshe\b|\bher\b|\bms\b|\bmrs\b|la clienta|una clienta|la senora|la cliente|une cliente|madame|die kundin|eine kundin|\bsie\b")
        .not_before(r" (?:\w+ ){0,3}(?:gesprochen|telefoniert|angerufen|gekommen|zusammengearbeitet)\b"),
        // "lebt mit seinem Freund zusammen, die beiden sind ein Paar": a German Freund/Freundin
        // is a partner only with a couple word in the sentence.
        Spec::new(SexLifeOrOrientation, &[r"(?:sein|seinem|seinen|seines) (?:festen? )?freund(?:es)?"])
            .requires(r"sind (?:\w+ ){0,3}(?:ein )?paar|als paar|paar seit|liiert|beziehung|verheiratet|verlobt|zusammenleb\w*|lebt (?:\w+ ){0,4}zusammen|hochzeit|heiraten|partnerschaft"),
        Spec::new(SexLifeOrOrientation, &[r"(?:ihre|ihrer|ihrem|ihren) (?:feste[nr]? )?freundin"])
            .requires(r"sind (?:\w+ ){0,3}(?:ein )?paar|als paar|paar seit|liiert|beziehung|verheiratet|verlobt|hochzeit|heiraten|partnerschaft|ehefrau"),
        Spec::new(SexLifeOrOrientation, &[r"su (?:ex-?|ex |futuro |nuevo |difunto )?(?:marido|esposo|novio|prometido|pareja masculina)"])
            .requires(r"el cliente|un cliente|el senor|un hombre|el usuario|el chico|el joven"),
        Spec::new(SexLifeOrOrientation, &[r"su (?:ex-?|ex |futura |nueva |difunta )?(?:esposa|mujer|novia|prometida|pareja femenina)"])
            .requires(r"la clienta|una clienta|la senora|una mujer|la usuaria|la chica|la joven"),
        Spec::new(SexLifeOrOrientation, &[r"(?:sein|seinem|seinen|seines|seiner) (?:ex-?|ex|zukunftige[nmr]? |neue[nmr]? |verstorbene[nmr]? )?(?:ehemann|ehemannes|mann|mannes|lebensgefahrten?|verlobten?|boyfriend)"])
            .not_before(r" (?:stehen|steht|gestanden)\b"),
        Spec::new(SexLifeOrOrientation, &[r"(?:ihre|ihrer|ihrem|ihren|ihr) (?:ex-?|ex|zukunftige[nmr]? |neue[nmr]? |verstorbene[nmr]? )?(?:ehefrau|frau|lebensgefahrtin|verlobte|verlobten|girlfriend)"])
            .requires(r"die kundin|eine kundin|die nutzerin|die frau|die dame|die mieterin|(?:^|[,;:] |dass |laut |wie |und |als |weil |da |ob |wenn )frau [a-z]+"),
        Spec::new(SexLifeOrOrientation, &[r"(?:son|avec son) (?:ex-?|ex |futur |nouveau |nouvel |defunt |feu )?(?:mari|epoux|compagnon|copain|petit ami|fiance|petit copain|conjoint)"])
            .requires(r"le client|un client|monsieur|m\.|l'homme|le monsieur"),
        Spec::new(SexLifeOrOrientation, &[r"(?:sa|avec sa) (?:ex-?|ex |future |nouvelle |defunte |feue )?(?:femme|epouse|compagne|copine|petite amie|fiancee|petite copine|conjointe)"])
            .requires(r"la cliente|une cliente|madame|mme|la dame|la femme|^elle|[,;:] elle|qu'elle"),
    ]
}

const RACIAL: &[&str] = &[
    // English
    r"mixed[- ]race|mixed[- ]ethnicity|biracial|multiracial|multi-racial",
    r"romani|romanies|gypsy|gypsies|(?:irish|scottish) travell?ers?|travell?er (?:community|family|heritage|site|communities)|gypsy,? roma and travell?er|pavee",
    r"ethnic (?:origin|background|minority|minorities|group|identity|heritage|roots)|ethnicity|ethnicities|ethnically",
    r"racial (?:background|identity|origin|heritage|group)|racially|(?:his|her|their|my) race|race and ethnicity",
    r"(?:black|white|asian|brown) (?:british|american|african|caribbean|european|canadian|australian|man|woman|men|women|person|people|customer|guy|lady|family|heritage|community|descent|background|origin)",
    r"african[- ]american|caucasian|aborigin(?:al|als|es|e)|native american|first nations|pacific islander|alaska native",
    r"indigenous (?:person|people|australian|canadian|heritage|community|background|descent|origin|woman|man)",
    r"hispanic|latinx|chican[oa]s?",
    r"kurdish|kurds?|kurd(?:e|in|innen|isch\w*|o|a|os|as)|yazidi\w*|jesid(?:e|in|isch\w*)|uyghurs?|uighurs?|uigur\w*|rohingya|amazigh|kabyle\w*|tuaregs?|maoris?|sinti\w*|sinto|sintiza",
    r"afro-?(?:american|caribbean|latin\w*|descend\w*|deutsch\w*|franc\w*|brasil\w*|britisch\w*|british|colombian\w*|colombian[oa]s?|cuban[oa]s?|peruan[oa]s?|europe\w*|americ\w*|caribe\w*|antillais\w*)|afrodescend\w*",
    // Spanish
    r"etnia\w*|etnic[oa]s?|origen (?:etnico|racial|indigena|gitano|africano|arabe|asiatico|magrebi)",
    r"gitan[oa]s?|pueblo gitano|mapuches?|quechuas?|aymaras?|comunidad indigena|pueblos? indigenas?",
    r"(?:persona|mujer|hombre|chico|chica|senor|senora|cliente|clienta) (?:negr[oa]|blanc[oa]|indigena|gitan[oa]|mestiz[oa]|mulat[oa]|afro\w*)",
    r"su raza|raza (?:gitana|negra|blanca|indigena)",
    // German
    r"\w+stammig\w*|ethnisch\w*|abstammung|migrationshintergrund\w*|migrationsgeschichte",
    r"(?:roma|rom) (?:gemeinschaft|minderheit|familie|familien)|minderheit der (?:sinti|roma)|sinti und roma",
    r"(?:schwarze[rn]?|weisse[rn]?) (?:deutsche[rn]?|mann|frau|mensch|person)|dunkelhautig\w*|people of colou?r",
    // French
    r"origine ethnique|ethnie\w*|ethnique\w*|maghrebin\w*|metis(?:se|ses)?|gitane?s?|tziganes?|manouches?|yenich\w*",
    r"(?:communaute|origine|famille|minorite|peuple|ethnie|gens) (?:des )?roms?",
    r"(?:personne|homme|femme|fille|garcon) (?:noire?|blanche|metisse?|maghrebine?|arabe|asiatique|racisee?)",
    r"afro-?descend\w*|racise(?:e|s|es)?",
];

const POLITICAL: &[&str] = &[
    // Multilingual ideologies and movements.
    r"marxis\w*|leninis\w*|trotsk\w*|maois\w*|stalinis\w*|communis\w*|kommunis\w*|comunis\w*|socialist\w*|sozialist\w*|anarchis\w*|anarquis\w*|fascis\w*|faschis\w*|neo-?nazi\w*|libertarian\w*|falangista\w*|franquista\w*|peronis\w*|kirchneris\w*|chavis\w*|antichavis\w*|independentis\w*|separatis\w*",
    // English
    r"politic\w* (?:views?|opinions?|beliefs?|leanings?|affiliations?|persuasion|stance|activis\w*|activist\w*|convictions?|allegiance|ideology|party|preferences?|orientation)",
    r"politically (?:active|left|right|conservative|liberal|engaged|progressive|radical|motivated)",
    r"(?:left|right)[- ]wing\w*|far[- ](?:left|right)\w*|alt-right|centre[- ](?:left|right)|center[- ](?:left|right)",
    r"(?:labour|tory|conservative|democratic|republican|green|libertarian|socialist|communist|reform uk|brexit|liberal democrat|lib ?dem|independence|nationalist|workers|pirate|national) party",
    r"(?:trump|maga|biden|harris|obama|clinton|sanders|corbyn|farage|brexit|remain|tory|labour|republican|democrat|conservative|green party|snp|ukip|reform uk|lib dem) (?:supporter|voter|member|activist|donor|campaigner|volunteer|fan)s?",
    r"(?:campaign\w*|canvass\w*|volunteer\w*|vot\w*|support\w*|fan|fans|donat\w*|campagne|militant\w*|benevole\w*|soutien\w*|soutient|electeur\w*|electrice\w*|campana|simpatizante\w*|votante\w*|seguidor\w*|voluntari[oa]s?|wahlkampf\w*|wahler\w*|wahlerin\w*|anhanger\w*|unterstutz\w*|fur) (?:\w+ ){0,3}{POL}|{POL} (?:supporter|voter|fan|campaign|rally)s?",
    r"(?:marched|marches|marching|protested|protests|protesting|demonstrated|rallied|petitioned|campaigned|campaigns|campaigning) (?:against|for) (?:the )?(?:\w+ ){0,4}(?:government|bill|law|policy|war|reform|immigration|abortion|brexit|tax|party|regime|president|prime minister|election)",
    r"(?:se manifesto|manifesto|manifiesta|se manifiesta|demonstrier\w*|a manifeste|manifeste|manifestait) (?:contra|gegen|contre) (?:el |la |los |las |die |den |das |le |la |les |l')?(?:\w+ ){0,3}(?:gobierno|ley|reforma|regierung|gesetz\w*|reform|gouvernement|loi|reforme|guerra|krieg|guerre)",
    r"election campaign|political campaign|(?:presidential|senate|mayoral|re-election) campaign|campana electoral|campagne electorale|campagne presidentielle|wahlkampf\w*",
    r"(?:labour|tory|conservative|green|lib dem|liberal democrat|snp|reform|ukip|democratic|republican|democrat|socialist|communist|plaid) (?:councill?ors?|mps?|candidates?|mayors?|senators?|representatives?|congress(?:man|woman)|politicians?|activists?|members?|voters?|supporters?|delegates?|organi[sz]ers?)",
    r"(?:councill?or|mp|candidate|mayor|senator|representative|politician|activist|delegate|organi[sz]er) (?:for|of|with) (?:the )?(?:labour|tory|tories|conservatives?|greens|green party|lib dems|liberal democrats|snp|reform|ukip|democrats|republicans)",
    r"jusos|junge union|junge liberale|julis|grune jugend|junge alternative|linksjugend|young (?:conservatives|labour|republicans|democrats|greens|liberals)|nuevas generaciones|juventudes socialistas|jeunes (?:republicains|socialistes|insoumis|communistes|ecologistes|avec macron|rn)",
    r"brexiteer\w*|remainer\w*|pro-life|pro-choice|anti-abortion|pro-abortion|tories",
    r"vot(?:e|es|ed|ing|er|ers) (?:for |against )?(?:the )?(?:\w+ ){0,2}(?:party|labour|tory|tories|conservatives?|democrats?|republicans?|lib ?dems?|snp|ukip|greens|trump|biden|harris|obama|clinton|sanders|leave|remain|brexit)",
    r"vot(?:e|es|ed|ing) (?:green|labour|tory|conservative|democrat|republican|liberal|left|right|snp|reform)",
    r"(?:attends|attended|joined|organi[sz]ed|marched in|took part in|goes to) (?:an? |the )?(?:\w+ )?protests?|(?:political|climate|anti-\w+|pro-\w+|civil rights) (?:demonstration|rally|march)",
    // Spanish
    r"(?:vot\w*|votante\w*|milit\w*|afiliad[oa]s?|simpatizante\w*|miembro\w*|concejal\w*|diputad[oa]s?|activista\w*|seguidor\w*|partidari[oa]s?|apoya|listas?|candidat[oa]s?|candidatura) (?:a |al |por |por el |por la |de |del |de la |en |en el |en la |a la )?(?:partido \w+|pp|psoe|vox|podemos|sumar|ciudadanos|erc|junts|bildu|eh bildu|pnv|bng|iu|izquierda unida|mas pais|compromis|morena|pri|prd|la libertad avanza|frente amplio|republicanos|democratas|la izquierda|la derecha|la ultraderecha|los socialistas|los populares|milei|sanchez|feijoo|abascal)",
    r"partido (?:popular|socialista|comunista|nacionalista|republicano|democrata|verde|politico|pirata)|psoe",
    r"(?:ideas?|opiniones?|ideologia|convicciones?|postura|tendencia|afiliacion|militancia|preferencias?|orientacion|simpatias?) politic[ao]s?|ideologia politica|ideologia",
    r"de (?:extrema |ultra)?(?:izquierdas?|derechas?)|extrema (?:izquierda|derecha)|ultraderech\w*|ultraizquierd\w*|izquierdista\w*|derechista\w*",
    r"(?:es|soy|son|era|se considera|se declara) (?:\w+ )?(?:republican[oa]|monarquic[oa]|nacionalista)",
    r"(?:fue|acudio|asistio|participo|va) (?:a|en) (?:una|la|las) manifestacion\w*",
    // German
    r"afd|cdu|csu|spd|fdp|npd|bsw|dkp|mlpd|linkspartei|piratenpartei|freie wahler",
    r"(?:die|den|der) (?:grunen|linke|linken) (?:gewahlt|wahlen|wahlt|wahlte|unterstutzt\w*|nahe)",
    r"(?:wahlt|wahlte|wahlen|gewahlt|wahler\w*|mitglied|anhanger\w*|sympathisant\w*|unterstutzt|unterstutzer\w*|stimme fur|aktiv bei|engagiert sich bei|engagiert sich fur|arbeitet fur|stadtrat\w*|stadtverordnete\w*|gemeinderat\w*|abgeordnete\w*|burgermeister\w*|kandidat\w*|politiker\w*|fraktion\w*|ortsverband\w*|kreisverband\w*|vorsitzende\w*|sprecher\w*) (?:bei |fur |von )?(?:die |den |der )?(?:grunen|linken?|freien wahlern?)",
    r"grunen-?(?:mitglied|wahler\w*|anhanger\w*|politiker\w*)|\w*parteimitglied\w*|parteibuch|parteizugehorigkeit|parteigenoss\w*",
    r"mitglied (?:in|bei|der) (?:der |einer )?(?:\w+ )?partei",
    r"politisch\w* (?:einstellung|meinung|ansicht|uberzeugung|gesinnung|haltung|orientierung|engagement|lager)\w*|politisch (?:aktiv|engagiert|links|rechts)",
    r"(?:links|rechts)(?:extrem|radikal|populist|gerichtet|orientiert|national|autonom|liberal|konservativ)\w*|reichsburger\w*",
    // French
    r"rassemblement national|front national|france insoumise|insoumis\w*|reconquete|eelv|nupes|nouveau front populaire|lutte ouvriere",
    r"parti (?:socialiste|communiste|republicain|radical|pirate|animaliste|ecologiste|politique)|les republicains",
    r"lepenis\w*|macronis\w*|melenchonis\w*|zemmouris\w*|gaullis\w*|sarkozys\w*",
    r"(?:vot\w*|electeur\w*|electrice\w*|milit(?:e|es|ent|ait|aient|ante|antes|ants|ant|er)|adherent\w*|sympathisant\w*|membre|encarte\w*|elu|elue|candidat\w*|soutien\w*|soutient|partisan\w*) (?:pour |a |au |a la |du |de la |de |chez |dans |en faveur de |aux )?(?:la |le |les |l')?(?:rn|lfi|ps|lr|eelv|pcf|npa|udi|modem|rassemblement national|front national|france insoumise|republicains|reconquete|renaissance|insoumis|verts|ecologistes|lutte ouvriere|horizons|parti \w+|nupes|macron|le pen|melenchon|zemmour|bardella)",
    r"(?:opinions?|convictions?|idees|engagement|sensibilite|orientation|appartenance|affiliation|preferences?|choix) politiques?",
    r"engagee? politiquement|politiquement (?:engagee?|a gauche|a droite|de gauche|de droite)|extreme[- ](?:droite|gauche)",
    r"(?:est|suis|sont|etait|etre|se dit|se declare|se revendique|se sent|se situe|plutot|tres|votant|vote|electeur|electrice|homme|femme|militant|militante|personne) (?:plutot |tres |clairement |resolument )?de (?:gauche|droite)",
];

const RELIGIOUS: &[&str] = &[
    // Faiths and denominations (EN/ES/DE/FR).
    r"catholi\w*|catolic\w*|katholi\w*|protestant\w*|evangelical\w*|evangelic[oa]s?|evangelisch\w*|evangelique\w*",
    r"lutheran\w*|lutherisch\w*|luteran[oa]s?|lutherien\w*|baptists?|methodist\w*|anglican\w*|presbyterian\w*|pentecostal\w*|quakers?|amish|mennonit\w*|adventist\w*|mormon\w*|scientolog\w*|rastafari\w*|wicca\w*|jehovah\w*|jehova\w*",
    r"muslim\w*|moslem\w*|musulman\w*|islam|islamic\w*|islamico|islamica|islamisch\w*|islamique\w*",
    r"jewish|jews|judais\w*|juif|juive|juifs|juives|judi[oa]s?|juden|judin|judisch\w*",
    r"hindus?|hinduis\w*|hindou\w*|buddhis\w*|budis\w*|bouddhis\w*|sikhs?|sikhis\w*|taois\w*|shinto\w*|zoroastrian\w*|bahai\w*|baha'i",
    r"atheis\w*|athees?|ateo|atea|ateos|ateas|ateismo|atheismus|kirchenfern\w*|konfessionslos\w*|sans religion|sin religion|non-?believer|nonbeliever",
    r"christian (?:faith|values|church|beliefs?|community|fellowship|ministry|charity|school|camp|worship|prayer)|(?:devout|practi[cs]ing|born-again|committed|evangelical|orthodox|catholic|fervent) christian\w*",
    r"cristian[oa]s? (?:practicante|devot[oa]|catolic[oa]|evangelic[oa]|ortodox[oa])|chretien\w*|christlich\w*|christin|christen|christentum|cristianismo|christianity|christianisme",
    r"orthodox (?:jew\w*|christian\w*|church|faith)|(?:greek|russian|serbian|eastern|coptic|syriac|ethiopian|romanian|bulgarian) orthodox|ortodox[oa]s?|orthodoxe[rn]? (?:jude|judin|christ\w*|kirche)|coptic|copte\w*|copto\w*|koptisch\w*",
    // Belief and practice.
    r"religion(?:s|en)?|religious|religios[oa]s?|religiosidad|religios(?:e|en|er|es|em)?|religieux|religieuse|religieuses|religiositat|faith-based",
    r"(?:his|her|their|my|su|sa|son|seine[mnrs]?|ihre[mnrs]?|her own|his own) (?:religious )?(?:faith|fe|foi|glaube|glauben)",
    r"(?:fe|foi) (?:catholique|chretienne|musulmane|juive|religieuse|catolica|cristiana|musulmana|judia|religiosa)",
    r"creyente\w*|croyante?s?|glaubige|glaubigen|glaubigem|glaubiger (?:christ|muslim|jude|katholik|protestant|mensch|hindu|buddhist)\w*",
    r"(?:devout|practi[cs]ing|strong|true|faithful) believer|believes in god|god-fearing|churchgoer\w*|kirchganger\w*|kirchgang\w*",
    r"(?:goes|go|going|went|attends|attend|attending|attended) (?:to )?(?:church|mass|mosque|the mosque|synagogue|the synagogue|temple|the temple|gurdwara|sunday school|bible study|confession|friday prayers?|services at)",
    r"(?:va|iba|van|acude|asiste|fue|ir) (?:a|al) (?:misa|la iglesia|la mezquita|la sinagoga|el templo|la parroquia|culto|los oficios)",
    r"(?:va|vont|allait|aller|se rend|frequente) (?:a la messe|a l'eglise|a la mosquee|a la synagogue|au temple|aux offices|la mosquee|la synagogue|l'eglise)|(?:la|a la|de la) messe",
    r"(?:geht|gehen|ging|gingen|besucht) (?:\w+ )?(?:in die|zur|zum|in den) (?:kirche|messe|moschee|synagoge|gottesdienst|tempel)|gottesdienst\w*",
    r"kirchensteuer\w*|kirchenaustritt\w*|kirchenmitglied\w*|aus der (?:\w+ )?kirche ausgetreten|konfession\w*|freikirch\w*|kirchengemeinde\w*",
    r"(?:prays|praying|pray|prayed) (?:five|daily|every|at|during|in|before|to|for)|prayer (?:times?|mat|rug|room|schedule|beads|group)|(?:daily|friday|morning|evening|sunday|five daily) prayers?",
    r"rezo|rezar|rezando|rezos|reza (?:a diario|cada|todos|varias|cinco)|oracion(?:es)? (?:del|de los|diarias?|de la manana)|betet|beten|gebet|gebete|gebets\w*|freitagsgebet\w*|abendgebet|morgengebet|priere\w*|prie (?:cinq|tous|chaque|a la|pendant)",
    r"(?:fast(?:s|ing|ed)?|observes?|observing|keeps?|keeping) (?:during |for |in |through |at )?(?:the )?(?:ramadan|lent|sabbath|shabbat|passover|yom kippur)",
    r"(?:during|for|in) lent|keeps? kosher|kosher|koscher|kasher|casher|halal|shabbat|shabbos|sabbath|sabbat|schabbat|sabat",
    r"jumu'?ah|jummah|jumma|salah|salat|namaz|hijab\w*|hiyab\w*|niqab\w*|burqa\w*|burka\w*|kippah|kippa|kipa|yarmulke|(?:wears|wearing|wore|lleva|llevar|usa|tragt|tragen|trug|porte|porter|portait) (?:a |an |el |un |une |le |la |ein |eine |einen |ihren |seinen |su |son |sa )?(?:religious )?(?:headscarf|turban|turbante|kopftuch|voile|velo islamico|crucifix|crucifijo|kreuz|kirpan)",
    r"hajj|umrah|pilgrimage|peregrinacion|pelerinage|pilgerfahrt|wallfahrt",
    r"bar mitzvah|bat mitzvah",
    // Philosophical beliefs.
    r"freemason\w*|franc-macon\w*|francmacon\w*|freimaurer\w*|masoneria|masones|pacifis\w*|pazifis\w*|philosophical (?:beliefs?|convictions?)|convicciones? filosofic[ao]s?|convictions? philosophiques?|weltanschauung\w*",
];

/// Religious roles, congregations and churches by membership (lexicon v6).
const RELIGIOUS_MORE: &[&str] = &[
    r"deacons?|diacon[oa]s?|diakon\w*|diacres?|priests?|sacerdote\w*|priester\w*|pretres?|vicars?|rabbis?|rabin[oa]s?|rabbiner\w*|rabbins?|imams?|iman(?:es)?|monks?|monje\w*|monch\w*|moines?|monja\w*|nonnen?|bonnes? soeurs?|lay preacher|preacher|predicador\w*|prediger\w*|predicateur\w*|catechist\w*|catequista\w*|katechet\w*|catechiste\w*|sacristan\w*|churchwarden|altar server|monaguillo\w*|messdiener\w*|ministrant\w*|enfant de choeur|sunday school teacher|elder (?:at|of|in) (?:his|her|their|the) church",
    r"(?:his|her|their|my|su|sus|sein\w*|ihr\w*|son|sa|ses) (?:local )?(?:parroquia|parish|pfarrei|pfarrgemeinde|kirchengemeinde|paroisse|congregation|congregacion|mosque|mezquita|moschee|mosquee|synagogue|sinagoga|synagoge|church|iglesia|kirche|eglise|chapel|capilla|kapelle|chapelle|gurdwara)",
    r"(?:mitglied|mitglieder) (?:der|einer) (?:\w+ )?(?:kirche|freikirche|glaubensgemeinschaft|religionsgemeinschaft|sekte)|neuapostolisch\w*|(?:member|miembro|membre)s? (?:of|de|du|de la) (?:the |la |l'|une |a )?(?:\w+ )?(?:church|iglesia|eglise|congregation|congregacion|parish|parroquia|paroisse|sect|secta|secte)",
];

const UNION: &[&str] = &[
    // English
    r"trade[- ]unions?|trades union\w*|labou?r unions?|tradeunion\w*",
    r"(?:teachers|nurses|workers|dockers|miners|rail|transport|postal workers|police|doctors|teaching|nursing|firefighters|journalists|musicians|actors|writers|farmworkers|autoworkers|steelworkers|civil service|public sector)'? unions?",
    r"union (?:member|membership|rep|reps|representative|dues|card|steward|official|organi[sz]er|meeting|branch|activist|delegate|convenor|convener|leader|shop|contract|job|badge)s?",
    r"shop stewards?|unioni[sz]ed|collective bargaining rep\w*",
    r"gmb|rmt|usdaw|aslef|nasuwt|afscme|seiu|teamsters?|afl-cio|ucu|unison (?:member|rep|union)|unite (?:member|rep|union|the union)|(?:member of|joined|rep for|rep at|belongs to) (?:the )?(?:unite|unison|gmb|neu|nea|aft|uaw|bma|rcn|pcs)\b",
    // Spanish
    r"sindicat\w*|sindical\w*|ccoo|comisiones obreras|ugt|csif|cgt|cnt|intersindical",
    // German
    r"\w*gewerkschaft\w*|ver\.di|verdi-\w+|(?:bei|in der|mitglied der|mitglied bei|mitglied von) verdi|ig metall|ig bce|ig bau|igbce|dgb|gew-\w+|(?:bei|in|mitglied) der gew|evg|ngg|gdl|marburger bund|komba|dbb beamtenbund",
    // French
    r"(?:adherent\w*|membre|syndique\w*|delegue\w*|militant\w*|elu\w*|representant\w*|encarte\w*) (?:a |au |de |du |de la |chez |a la )?(?:la |l')?(?:fo|cgt|cfdt|cftc|cgc|unsa|fsu|sud|snes|snuipp|sgen|cnt)",
    r"syndicat\w*|syndique(?:e|s|es)?|syndical(?:e|es|ement|aux)?|syndicalis\w*|cfdt|cftc|cfe-cgc|unsa|fsu|sud (?:rail|ptt|sante|education|solidaires)|force ouvriere|sud solidaires|union syndicale solidaires",
];

const GENETIC: &[&str] = &[
    r"genetic\w*|genetique\w*|genetisch\w*|genetik\w*|gentest\w*|gen-test\w*",
    r"brca\w*|genom(?:e|es|ic|ics|a|as|ique)|genotyp\w*|exome\w*|pharmacogen\w*|dna-?(?:profil\w*|analyse|sequenz\w*)|adn-?(?:profil\w*)",
    r"heredit\w*|erbkrank\w*|erblich\w*|(?:erbliche|familiare|genetische) vorbelastung|inherited (?:condition|disease|disorder|gene|mutation|risk|trait)|hereditaria|hereditario",
    r"(?:gene?|dna|adn|gen)[- ]?mutation\w*|\w*genmutation\w*|mutation\w* (?:of|in|on|del|de|des|du|der|im) (?:the |el |la |le |gen |gene |gens |l')?(?:\w+ )?(?:gene?s?|gens)|mutacion (?:genetica|del gen|en el gen)",
    r"carriers? (?:of|for) (?:the |a |an )?(?:\w+ ){0,3}(?:gene|genes|mutation|trait|variant|disease|condition)|(?:cystic fibrosis|sickle[- ]cell|huntington\w*|tay-sachs|thalass?a?emia|ha?emophilia|fragile x|marfan) (?:carrier|gene|trait)",
    r"portador\w* (?:de|del) (?:un |una |la |el )?(?:\w+ ){0,3}(?:gen|genes|mutacion|enfermedad|rasgo)|trager\w* (?:des|eines|einer|der) (?:\w+ ){0,2}(?:gens|mutation|erbkrankheit|anlage)|porteu(?:r|se|rs|ses) (?:d'une|d'un|du|de la|de|des) (?:\w+ ){0,3}(?:gene|genes|mutation|maladie|anomalie)",
    r"(?:dna|adn|gen|genetic|genetique|genetico|genetica|genetisch\w*)[- ]?(?:tests?|testing|analys\w*|analisis|profil\w*|screening|pruebas?|untersuchung\w*|sequenc\w*) (?:\w+ ){0,3}(?:results?|resultad\w*|resultat\w*|ergebnis\w*|showed|shows|revealed|reveals|came back|found|confirmed|indicated|indicates|detected|ergab|ergibt|zeigte|zeigt|festgestellt|revel\w*|mostr\w*|indic\w*|confirm\w*|detect\w*)",
    r"(?:results?|resultados?|resultats?|ergebnis\w*) (?:of|from|de|del|des|du|der|de la|de su|de sa|de son|seines|ihres) (?:his |her |their |the |su |sus |sa |son |ses |la |le |el |des )?(?:dna|adn|genetic\w*|genetique\w*|gen)[- ]?(?:tests?|testing|analys\w*|analisis|prueba|test)",
    r"(?:prueba|test|analisis|examen) (?:de |del )?adn (?:revel\w*|mostr\w*|indic\w*|confirm\w*|detect\w*|dio|salio)|(?:segun|por) (?:su|la) (?:prueba|test|analisis) (?:de |del )?adn|dna-?test (?:ergab|zeigte|hat ergeben)|test adn (?:a revele|revele|montre|indique|confirme)",
    r"predispos\w* (?:to|a|al|a la|au|a l'|aux|fur|zu)|veranlagung (?:fur|zu)",
];

/// Biometric data, whatever the context.
const BIOMETRIC_ALWAYS: &[&str] = &[
    r"biometric (?:data|template|identifier|sample|record|profile|information|details|signature|id|identification|database|enrol\w*|registration|scan)\w*|biometrics? (?:on file|stored|enrol\w*|registered|captured)",
    r"datos biometricos|plantilla biometrica|identificacion biometrica|biometrische (?:daten|merkmale|identifikation|erkennung|vorlage)|donnees biometriques|identification biometrique|gabarit biometrique",
];

/// Biometric modalities: flagged when the same sentence speaks of identifying someone.
const BIOMETRIC_MODALITY: &[&str] = &[
    r"(?:scan|scans|image|images|photo|template|print|prints|recording|sample|capture)s? of (?:his|her|their|the customer's|the client's|the) (?:iris|irises|retina|retinas|face|fingerprints?|fingers?|palm|voice)",
    r"(?:escaneo|escaner|imagen|plantilla|registro) (?:de|del) (?:su |la )?(?:iris|retina|rostro|cara|huella\w*|voz)|scan (?:seiner|ihrer|der) (?:iris|netzhaut|fingerabdr\w*)|(?:scan|image|empreinte|modele|gabarit) (?:de son|de sa|de ses|du|de l') ?(?:iris|retine|visage|empreintes?|voix)",
    r"(?:enregistr\w*|scann\w*|captur\w*|registr\w*|escane\w*|hinterleg\w*|erfass\w*|enrol\w*|stored?|saved?) (?:\w+ ){0,2}(?:son visage|sa voix|ses empreintes|su rostro|su cara|su voz|sus huellas|sein gesicht|ihr gesicht|seine stimme|ihre stimme|his face|her face|their face|his voice|her voice|their voice)",
    r"(?:entree|acces|entry|access|zugang|zutritt|acceso|puerta|porte|door|tur|control|controle|kontrolle) biometri\w*|biometri\w* (?:entry|access|door|gate|scanner|reader|check|control|terminal|kiosk|attendance|time clock|time-clock|zugang|zutritt|acceso|acces|entree|pointage|fichaje)",
    r"voice biometrics?|(?:voz|voice|voix|stimme) (?:\w+ ){0,2}(?:as|como|comme|als) (?:a |an |una |un |une |ein |eine )?(?:password|passphrase|contrasena|clave|mot de passe|passwort|kennwort|identifier|identificador|identifiant|biometric\w*|biometric[oa])",
    r"(?:voice|voz|voix|stimme)s? (?:\w+ ){0,3}(?:to|para|pour|a|zur|zu|um|so|que|damit) (?:\w+ ){0,3}(?:l'|s'|le |la |lo |ihn |sie )?(?:identif|authentic|authentif|autentic|reconoc|recogni|wiederzuerkenn|erkenn|verif)\w*",
    r"fingerprints?|finger prints?|thumbprints?|fingerprinted|facial (?:recognition|scan\w*|geometry|biometrics?|template|data|map\w*|match\w*)|face (?:scan\w*|recognition|template|geometry|print|match\w*)|faceprint\w*",
    r"retina(?:l)? scan\w*|iris (?:scan\w*|recognition|pattern|image)|voice ?prints?|voice (?:biometrics?|recognition|signature|pattern)|palm (?:vein\w*|print\w*|scan\w*)|vein (?:pattern|scan\w*)|gait (?:analysis|recognition)",
    r"huellas? (?:dactilar\w*|digital\w*|vocal\w*)|reconocimiento (?:facial|de voz|del iris|de iris|biometrico)|escaner (?:facial|de iris|del iris|de retina|de la retina)",
    r"\w*fingerabdr(?:u|ue)ck\w*|gesichts(?:erkennung|scan\w*|biometrie|geometrie)|iris-?(?:scan\w*|erkennung)|netzhaut-?scan\w*|stimm(?:abdruck\w*|erkennung|biometrie|profil)|handvenen\w*",
    r"empreintes? (?:digitale|vocale|palmaire|biometrique)s?|reconnaissance (?:faciale|vocale|de l'iris|biometrique|du visage)|scan (?:facial|du visage|de l'iris|de la retine|retinien)",
];

const BIOMETRIC_CONTEXT: &str = r"biometri\w*|access|acceso|acces|zugang|zutritt|entree|saved|branch|store|kiosk|terminal|counter|front desk|locker|entry system|entrance|turnstile|filiale|geschaft|schalter|eingang|tienda|sucursal|oficina|mostrador|taquilla|guichet|agence|magasin|boutique|casier|consent\w*|agreed to|autoriz\w*|autoris\w*|zugestimmt|einwillig\w*|recogni[sz]e (?:him|her|them|the customer|callers?|customers?|users?)|reconozca|reconocer(?:lo|la|le)|wiederzuerkenn\w*|erkennt (?:ihn|sie)|reconnaitre|reconnaisse|identif\w*|verif\w*|authentic\w*|authentif\w*|autentic\w*|enrol\w*|on file|stored|registered|captured|matched|identity|identities|identidad|identitat|identite|registr\w*|almacenad\w*|guardad\w*|hinterleg\w*|gespeichert|erfasst|enregistr\w*|stocke\w*|conserve\w*|kyc";

/// Ethnic origin, second wave: migration ancestry, ethnic groups that are not nationalities,
/// immigrant background (lexicon v5).
const RACIAL_MORE: &[&str] = &[
    r"(?:grandparents|grandmother|grandfather|great-grandparents|parents|family|ancestors|forebears|father|mother) (?:\w+ ){0,2}(?:originally came|came over|emigrated|immigrated|migrated|fled|hail\w*|originate\w*)(?: to \w+)? from",
    r"(?:abuel[oa]s?|padres|familia|antepasados|bisabuel[oa]s?) (?:\w+ ){0,2}(?:emigraron|emigro|inmigraron|vinieron|llegaron|huyeron|proceden|procedian|procede) (?:de|desde)",
    r"(?:grosseltern|eltern|familie|vorfahren|urgrosseltern|grossvater|grossmutter) (?:\w+ ){0,2}(?:stammen|stammt|stammten|kamen|kam|wanderten|flohen|floh|eingewandert|ausgewandert|zugewandert) (?:\w+ ){0,2}aus",
    r"(?:grands-parents|parents|famille|ancetres|aieux|arriere-grands-parents) (?:\w+ ){0,2}(?:sont venus|venaient|ont emigre|ont immigre|ont fui|sont originaires|etaient originaires|sont arrives) (?:de|d'|du|des)",
    r"immigrant (?:family|background|parents)|second-generation (?:immigrant|\w+)|first-generation (?:immigrant|american|british|canadian)|hij[oa] de inmigrantes|familia (?:de )?inmigrante\w*|einwandererfamilie|einwanderungsgeschichte|gastarbeiterfamilie|issue? de l'immigration|(?:enfant|fils|fille)s? d'immigres|immigree?s? de (?:deuxieme|seconde) generation",
    r"tamil\w*|tamoul\w*|punjabi\w*|panjabi|gujarati|pashtun\w*|pashtoun\w*|paschtun\w*|pastun\w*|hazaras?|baloch\w*|hmong|berber\w*|berbere\w*|berebere\w*|bereber\w*|yoruba|igbo|zulu|xhosa|maasai|masai|tigray\w*|oromo|amhara|tibetan\w*|tibetain\w*|tibetisch\w*|tibetan[oa]s?|chechen\w*|tchetchene\w*|tschetschen\w*|circassian|cherokee|navajo|lakota|sioux|ojibwe|cree nation|metis nation|first nation|aborigen\w*|indigen[ae]s?|indigene\w*|autochtone\w*|ethnic \w+",
    r"half[- ]\w+,? (?:and )?half[- ]\w+|(?:is|am|was) half[- ]\w+(?:an|ese|ish|i|ic)\b|mitad \w+,? mitad \w+|halb \w+,? halb \w+|moitie \w+,? moitie \w+",
    r"(?:grandson|granddaughter|grandchild|son|daughter|child|children|descendant)s? of (?:\w+ )?(?:refugees|immigrants|migrants|exiles|slaves)|(?:niet[oa]|hij[oa]|bisniet[oa]|descendiente)s? de (?:\w+ )?(?:refugiados|inmigrantes|emigrantes|exiliados|esclavos)|(?:enkel\w*|sohn|tochter|kind|nachfahr\w*|nachkomm\w*) (?:von |\w+er )?(?:\w+ )?(?:fluchtling\w*|einwanderer\w*|vertriebene\w*|gastarbeiter\w*)|(?:petite?-fille|petit-fils|fils|fille|enfant|descendante?)s? d'(?:\w+ )?(?:refugies|immigres|emigres|exiles|esclaves|harkis)",
    r"(?:pertenece|miembro|forma parte) (?:al|del) pueblo \w+|pueblos? originarios?|(?:belongs to|member of) the \w+ (?:people|tribe|nation)\b|stamm der \w+|volk der \w+|(?:appartient|membre) (?:au|du) peuple \w+|peuples? autochtones?",
    r"russlanddeutsch\w*|spataussiedler\w*|aussiedler\w*|deutschturk\w*|deutschruss\w*|wolgadeutsch\w*|donauschwab\w*|siebenburger sachs\w*",
    r"(?:black|white|asian|brown|arab|latino|latina|hispanic) (?:heritage|ancestry|roots|parents|father|mother|family)|person of colou?r|bame|bipoc|persona racializada|racializad[oa]s?|rassifiziert\w*|personne racisee",
];

/// Political opinions, second wave: parties by name, activism, votes for an ideology.
const POLITICAL_MORE: &[&str] = &[
    r"liberal democrats?|lib ?dems?|sinn fein|plaid cymru|scottish national party|democratic unionist\w*|gop|maga|tea party|democratic socialists of america|dsa member",
    r"extinction rebellion|letzte generation|fridays for future|black lives matter|sea shepherd|greenpeace (?:member|activist|volunteer|supporter)|(?:member|miembro|mitglied|membre) (?:of|de|bei|von) greenpeace",
    r"vot(?:e|es|ed|ing|a|o|aron|ara|ait|e|ent|ant|er) (?:pour |a |al |por |for )?(?:les |la |le |los |el |the )?(?:ecologiste\w*|ecolo\w*|socialiste\w*|communiste\w*|centriste\w*|verts?|conservat(?:eur|rice)s?|liberal\w*|nationaliste\w*|royaliste\w*|gaulliste\w*|progressiste\w*|izquierda|derecha|socialistas?|comunistas?|verdes|ecologistas?|conservadores|progresistas|nacionalistas|independentistas|liberales|extreme (?:droite|gauche)|a gauche|a droite|greens|liberals|progressives|socialists)\b",
    // "wählt … grün/links …": moved to `depth::DE_VOTE` (lexicon v9), which has a noun guard.
    r"(?:municipales|legislatives|presidentielles?|europeennes|regionales|elecciones|comicios|bundestagswahl|landtagswahl|kommunalwahl|europawahl|general election|midterms?|primar(?:y|ies)) (?:\w+ ){0,3}(?:pour|por|for|fur) (?:la |le |les |el |los |the |die |den )?(?:\w+ ){0,2}(?:party|partido|parti|partei|liste|list|candidat\w*|candidate)",
];

/// Trade-union membership, second wave: strikes taken part in, more named unions.
const UNION_MORE: &[&str] = &[
    r"(?:is|are|was|were|went|been|be|goes|going|go) on strike|(?:joined|joins|joining|supports?|supported) (?:the |a )?(?:\w+ )?strike|picket(?:ing|ed)? lines?|picketing|strike pay|striking (?:workers?|nurses?|teachers?|doctors?|drivers?|staff|colleagues)",
    r"(?:esta|estan|estuvo|estaba|estuvieron) en huelga|(?:hace|hizo|hara|hacia|secund\w*|se sumo a|se unio a) (?:la |una )?huelga|huelguista\w*|piquetes? (?:informativos?|de huelga)|delegad[oa] de personal|comite de huelga",
    r"(?:hat|hatte) (?:\w+ ){0,2}gestreikt|(?:beteiligt|beteiligte) sich (?:am|an einem|an dem) streik|(?:nimmt|nahm) (?:\w+ )?(?:am|an einem) streik teil|streikposten|streikgeld|(?:ging|geht) in den streik|(?:ist|war) (?:im|in den) streik",
    r"(?:fait|faisait|a fait|fera|faire) (?:la )?greve|(?:est|etait|sont|etaient) en greve|grevistes?|piquets? de greve",
    r"uaw|ibew|cupe|unifor|usw|nnu|ilwu|sag-aftra|cwa union|teachers' federation|royal college of nursing|fbu|tssa|ufcw|iatse",
    r"(?:neu|nut|nasuwt|eis|pcs|rcn|bma|nea|aft|ucu|cwu|unite|unison|prospect|equity|gmb|rmt|usdaw) (?:member|membership|rep|representative|steward|caseworker|branch|dues|subs|card)s?",
];

/// Genetic data, second wave: gene defects and variants, chromosomes, consumer DNA results,
/// family history, paternity tests.
const GENETIC_MORE: &[&str] = &[
    r"\w*gendefekt\w*|gen-?defekt\w*|gen(?:variante|anomalie|veranderung|mutation)\w*|erbgut\w*|erbanlage\w*|anlagetrager\w*|\w*chromosom\w*|cromosom\w*|karyotyp\w*|cariotipo|caryotype|gene variants?|genetic variants?|variante genetica|variant genetique|polymorphism\w*|polimorfismo\w*|alleles?|alelos?|heterozyg\w*|homozyg\w*|heterocig\w*|homocig\w*|heterozygote?|homozygote?",
    r"(?:23andme|ancestrydna|ancestry dna|myheritage|living dna|familytreedna|ancestry\.com|dna|adn) (?:\w+ ){0,3}(?:results?|report|showed|shows|revealed|reveals|says|found|indicates|matches|resultad\w*|resultat\w*|ergebnis\w*|ergab|zeigte|mostr\w*|revel\w*|indiqu\w*)|(?:his|her|their|su|sus|sein|seine|ihr|ihre|son|sa|ses) (?:dna|adn)|ethnicity estimate|estimacion de etnia",
    r"runs in (?:the|his|her|their|my) family|family history of|antecedentes familiares|familiare vorbelastung|(?:in der familie|in seiner familie|in ihrer familie) (?:\w+ ){0,2}(?:liegt|vererbt|erblich)|antecedents familiaux",
    r"factor v leiden|faktor-v-leiden\w*|facteur v (?:de )?leiden|thrombophil\w*|trombofilia|h(?:a)?emochromatos\w*|hamochromatos\w*|hemocromatosis|marfan|ehlers-danlos|fragile x|li-fraumeni|lynch syndrome|sindrome de lynch|lynch-syndrom|syndrome de lynch|familial hypercholesterol\w*|hipercolesterolemia familiar|familiare hypercholesterin\w*|hypercholesterolemie familiale|polycystic kidney|apoe\w*|mthfr|hla-b\w*",
    r"paternity test\w*|prueba de paternidad|test de paternidad|vaterschaftstest\w*|abstammungsgutachten|test de paternite",
];

/// Biometric modalities, second wave (need an identification context like the first wave).
const BIOMETRIC_MODALITY_MORE: &[&str] = &[
    r"(?:su|sus|la|el|una) huellas?|(?:son|ses|sa|l'|une|leur) empreintes?|(?:face|facial) (?:verification|authentication|identification|id check|comparison)|(?:verificacion|autenticacion|identificacion|validacion) (?:facial|biometrica)|(?:verification|authentification|identification|validation) (?:faciale|par le visage|biometrique)|gesichts(?:verifikation|abgleich|authentifizierung|identifizierung|bild)|(?:seinen?|ihren?|den|per) (?:daumen|finger|gesicht)|dactil\w*|dactyl\w*|daktyl\w*",
];

/// Face, finger and selfie checks: flagged only when the sentence speaks of identifying someone.
const BIOMETRIC_SELF: &[&str] = &[
    r"(?:his|her|their|the|customer's|client's) (?:thumb|finger|palm|face|iris|retina)s?|selfies?|liveness (?:check|test|detection)|(?:das|dem|sein|ihr|ihrem|seinem) gesicht|(?:la|su) (?:cara|rostro)|(?:le|son) visage",
];

/// Identification words (narrower than `BIOMETRIC_CONTEXT`: no places, no storage).
const BIOMETRIC_ID_CONTEXT: &str = r"identif\w*|verif\w*|authentic\w*|authentif\w*|autentic\w*|identity|identidad|identitat\w*|identite|kyc|video-?ident\w*|enrol\w*|ausweis\w*|passport|pasaporte|reisepass|passeport|id document|id card";

/// Biometric data whatever the context, second wave.
const BIOMETRIC_ALWAYS_MORE: &[&str] = &[
    r"(?:palm|palms|iris|irises|retina|retinas|face|finger|fingers|thumb|hand|veins?)(?: \w+){0,1} (?:was|were|is|are|got|gets|being|been) scanned|scann\w* (?:his|her|their|the customer's|the client's) (?:palm|iris|retina|face|fingers?|thumb|hand|veins)|escane\w* (?:su|la|el|sus) (?:palma|mano|cara|rostro|iris|retina|huella\w*|dedos?|venas)|(?:handflache|hand|iris|netzhaut|gesicht|finger|daumen|venen)\w* (?:\w+ ){0,3}gescannt|(?:paume|main|iris|retine|visage|doigt|pouce|veines) (?:\w+ ){0,2}scanne\w*|scann\w* (?:sa|son|ses) (?:paume|main|iris|retine|visage|doigts?|pouce|veines)",
    r"reconocimiento (?:de|del) (?:su |la |el )?(?:rostro|cara|voz|iris|huellas?|venas)|recognition of (?:his|her|their) (?:face|voice|iris)|reconnaissance (?:de|du) (?:son |sa |ses |la )?(?:visage|voix|iris|empreintes?)|erkennung (?:seines|ihres|des) (?:gesichts|stimme|iris)|venen(?:scan|erkennung|muster)\w*|vein (?:recognition|authentication|pattern)",
    r"(?:voz|voice|voix|stimme) (?:\w+ ){0,2}(?:as|como|comme|als) (?:a |an |una |un |une |ein |eine |su |sa |seine |ihre )?(?:password|passphrase|contrasena|clave|mot de passe|passwort|kennwort)",
    r"behavio(?:u)?ral biometrics|keystroke dynamics|(?:typing|gait) (?:pattern|rhythm) (?:analysis|profile)|biometri\w* (?:de|del|des|der|von) (?:su |la |sa |son |seine[rn]? |ihre[rn]? )?(?:voz|rostro|cara|voix|visage|stimme|gesicht\w*|huella\w*|empreinte\w*|iris)",
];

/// Health, second wave: conditions by family (musculoskeletal, infections, digestive,
/// circulatory, phobias), in all four languages.
const HEALTH_CONDITIONS: &[&str] = &[
    r"sciatica|ciatica|sciatique|ischias\w*|herniated disc|slipped disc|hernia discal|hernie discale|scoliosis|escoliosis|skoliose|scoliose|tendinit\w*|tendinite|tendonitis|sehnenscheidenentzundung|carpal tunnel|tunel carpiano|karpaltunnel\w*|canal carpien|plantar fasciitis|fascitis plantar|gout|gicht\w*|gallstones?|gallensteine?|calculs? biliaires?|calculos? biliares|nierensteine?|calculs? renaux|calculos? renales|appendicitis|apendicitis|blinddarmentzundung|appendicite",
    r"pneumonia|neumonia|lungenentzundung|pneumonie|bronchit\w*|bronquitis|sinusit\w*|tonsillit\w*|amigdalitis|mandelentzundung|meningit\w*|sepsis|septicemi\w*|cirrho\w*|cirrosis|zirrhose|pancreatit\w*|pankreatitis|diverticulit\w*|divertikulitis|gastrit\w*|gastroenterit\w*|ulcers?|ulceras?|ulceres?|magengeschwur\w*|acid reflux|reflujo gastro\w*|reflux gastro\w*|aneurysm\w*|aneurisma|anevrisme|thrombos\w*|trombosis|embolism|embolia|embolie|lungenembolie|phlebit\w*|krampfadern|vertigo|vertiges?|schwindelanfall\w*|borreliose|lyme disease|herpes zoster|gurtelrose|norovirus|magen-darm-\w+",
    r"infection|infections|infeccion\w*|infektion\w*|(?:has|had|have|with|running|got|developed|runs) (?:a |high |mild |slight )*fever|(?:tiene|tenia|tuvo|con) (?:mucha |algo de )?fiebre|(?:hat|hatte|mit) (?:hohe[ms] |leichte[ms] )?fieber|(?:a|avait|a eu) (?:de la )?fievre|forte fievre|(?:has|had|caught|got|with|down with) (?:the |a )?(?:flu|stomach bug|infection)|(?:tiene|tuvo|con|pillo) (?:la |una )?gripe|(?:hat|hatte) (?:die |eine )?grippe|(?:a|avait|a eu|a attrape) (?:la )?grippe|grippaler infekt|hay fever|heuschnupfen|rhume des foins|fiebre del heno",
    r"phobi\w*|fobia\w*|agoraphob\w*|claustrophob\w*|nervous breakdown|crisis nerviosa|nervenzusammenbruch|depression nerveuse|(?:his|her|their|my) mental health|psychische gesundheit|mentale gesundheit|low mood|stimmungstief|(?:struggles|struggling|struggled) with (?:his|her|their) (?:health|mental health|weight|eating|drinking)",
    r"tested positive|tests? positive|test(?:ed)? negative for|(?:dio|salio|ha dado) positivo|positiv getestet|teste\w* positi\w*|test positif",
    r"(?:lost|losing|loses) (?:his|her|their) (?:sight|hearing|vision|eyesight|memory)|sign language|lengua de signos|lenguaje de signos|gebardensprache|langue des signes|lip-?read\w*",
];

/// Health, second wave: pain, alternative treatments, German compounds.
const HEALTH_PAIN: &[&str] = &[
    // Organs and body systems that are "giving trouble".
    r"problems? with (?:his|her|their|my) (?:lungs|heart|kidneys?|liver|back|knees?|hips?|eyes|eyesight|hearing|bladder|prostate|thyroid|memory|bowels?|joints|nerves|breathing)|(?:lung|heart|kidney|liver|knee|hip|eye|bladder|prostate|memory|bowel|joint|breathing|thyroid) (?:problems?|issues?|trouble)|in and out of (?:the )?hospital|problemas (?:de|del|en el|en los|en la) (?:corazon|pulmones|rinon|rinones|higado|espalda|rodilla|cadera|vista|oido|memoria|tiroides|prostata|vejiga|articulaciones|respiratorios|cardiacos)|(?:herz|lungen|nieren|leber|rucken|knie|huft|augen|schilddrusen|prostata|blasen|gedachtnis|gelenk|atem)(?:probleme|beschwerden|leiden)\w*|problemes? (?:de|au|aux|d') ?(?:coeur|poumons|reins|foie|dos|genou|genoux|hanche|yeux|vue|thyroide|prostate|vessie|memoire|respiratoires|cardiaques)|tiroides|thyroide|thyroid\w*|schilddrus\w*",
    r"wears (?:a|an|his|her) (?:\w+ )?pump|insulin pens?|glucose meter|lancets|finger-?pricks?",
    r"psychiatri\w* (?:clinic|klinik|clinique|hospital|hopital|unit|ward|station)|clinique psychiatrique|hopital psychiatrique|clinica psiquiatrica|hospital psiquiatrico|(?:sort|sortie|revient|rentre|est) (?:d'une|de|en) cure|une cure (?:de|en|thermale)",
    r"(?:back|neck|joint|knee|hip|shoulder|nerve|chest|pelvic|chronic|severe|constant|persistent|long-term) pain|(?:backache|migraines)|dolor(?:es)? (?:de|en (?:la|el|las|los)) (?:espalda|cabeza|rodillas?|cuello|articulaciones|pecho|cadera|hombro)|dolores? (?:cronic[oa]s?|fuertes|constantes|articulares|lumbares)|lumbalgia|\w+schmerzen|schmerzpatient\w*|schmerztherapie|mal (?:de dos|au dos|aux genoux|a la hanche|aux articulations)|douleurs? (?:au|aux|a la|lombaires|articulaires|dorsales|cervicales|chroniques|constantes)|lombalgie",
    r"chiropract\w*|quiropract\w*|chiropraktik\w*|chiropraticien\w*|osteopat\w*|osteopath\w*|acupunct\w*|acupuntura|akupunktur|homeopath\w*|homeopat\w*|homoopath\w*",
    r"\w*unvertraglich\w*|\w+allergi\w*|(?:est|se deplace|circule|vit) en fauteuil",
];

/// Health, second wave: medication by name and class, tests and examinations.
const HEALTH_MEDICATION: &[&str] = &[
    r"marcumar|phenprocoumon|falithrom|sintrom|acenocumarol|previscan|fluindione|coumadin|pradaxa|dabigatran|edoxaban|lixiana|clopidogrel|plavix|(?:daily|low-dose) aspirin|aspirin(?:a)? (?:daily|every day|a diario|taglich)",
    r"lisinopril|ramipril|enalapril|candesartan|valsartan|losartan|amlodipin\w*|bisoprolol|metoprolol|atenolol|propranolol|furosemid\w*|hydrochlorothiazid\w*|diuretic\w*|diuretik\w*|rosuvastatin\w*|pravastatin\w*|crestor|lipitor|statine?s?|statin",
    r"paroxetin\w*|duloxetin\w*|bupropion|wellbutrin|quetiapin\w*|seroquel|olanzapin\w*|aripiprazol\w*|abilify|risperidon\w*|lamotrigin\w*|valproat\w*|depakin\w*|depakote|clonazepam|rivotril|alprazolam|zolpidem|stilnox|zopiclon\w*|trazodon\w*|amitriptylin\w*|pregabalin\w*|lyrica|gabapentin\w*|vyvanse|elvanse|lisdexamfetamin\w*|medikinet|strattera|atomoxetin\w*|modafinil|tavor|lexotan|orfidal|tranxilium|temazepam|oxazepam",
    r"sumatriptan|triptan\w*|ventolin\w*|salbutamol|albuterol|symbicort|seretide|montelukast|omeprazol\w*|pantoprazol\w*|esomeprazol\w*|nexium|prednison\w*|prednisolon\w*|cortison\w*|cortisona|kortison\w*|humira|adalimumab|enbrel|etanercept|tamoxifen\w*|letrozol\w*|anastrozol\w*|herceptin|keytruda|immunotherap\w*|inmunoterapia|immuntherapie|levetiracetam|keppra|carbamazepin\w*|tegretol|levodopa|l-dopa|madopar|sinemet|donepezil|aricept|memantin\w*|euthyrox|l-thyrox\w*|synthroid",
    r"methadon\w*|metadona|subutex|suboxone|buprenorphin\w*|naltrexon\w*|antabus\w*|disulfiram|gliclazid\w*|glipizid\w*|sitagliptin\w*|januvia|jardiance|empagliflozin\w*|dapagliflozin\w*|trulicity|victoza|liraglutid\w*|saxenda|dulaglutid\w*|tirzepatid\w*|antihistamin\w*|cetirizin\w*|loratadin\w*|naproxen\w*|diclofenac\w*|voltaren|novalgin|metamizol\w*|nolotil|hydrocodon\w*|vicodin|percocet|(?:takes|taking|toma|nimmt|prend) (?:\w+ ){0,3}\d+ ?(?:mg|mcg)\b",
    r"blood (?:tests?|work|draw|count|transfusion|results|pressure (?:medication|pills|tablets))|bloodwork|analisis de sangre|analitica de sangre|extraccion de sangre|transfusion\w*|blutabnahme|blutuntersuchung\w*|blutkontrolle\w*|blutbild\w*|blutwerte|blutzucker\w*|prise de sang|bilan sanguin|analyses? de sang|glycemie|glucemia",
    r"mammogra\w*|mamografia|colonoscop\w*|colonoscopia|koloskopie|darmspiegelung|magenspiegelung|coloscopie|endoscop\w*|endoskop\w*|biops\w*|mri scan|(?:had|has|having|needs) an? (?:mri|ct scan|x-ray|ultrasound|ecg)|resonancia magnetica|irm|kernspin\w*|ct-untersuchung|radiografia|rontgenbild\w*|rontgenaufnahme\w*|gerontgt|radiographie|ecografia|ultraschalluntersuchung\w*|ultraschallbild\w*|echographie|electrocardiogra\w*|elektrokardiogramm|(?:ecg|ekg) (?:test|exam|results)|scanner (?:cerebral|medical)|escaner cerebral",
];

/// Health, second wave: care, treatment and the people who give it, mobility aids, care needs.
const HEALTH_CARE: &[&str] = &[
    r"(?:treated|being treated|under treatment|receiving treatment|in treatment) (?:for|with|at)|undergo(?:es|ing)? (?:\w+ ){0,2}(?:treatment|therapy|tests|scans)|(?:starts|started|starting|doing|does|having|has|had|began|begins|finished|completed) (?:\w+ ){0,2}therapy|therapy (?:for|with|after)|recibe tratamiento|sigue (?:un )?tratamiento|(?:hace|va a|en|empezo|empieza|termino) (?:\w+ )?terapia|terapia (?:psicologica|de pareja|hormonal|fisica|ocupacional|del habla|con|para|de grupo)|\w*therapie\w*|suit (?:un )?traitement|(?:est|a ete) traitee? (?:pour|contre)|(?:est|etait|reste) sous (?:antibiotique\w*|anticoagulant\w*|antidepresseur\w*|oxygene|dialyse|morphine|perfusion|cortisone|chimio\w*|methadone|somniferes?|anxiolytique\w*|neuroleptique\w*|traitement|antalgique\w*)|wird (?:\w+ ){0,2}(?:arztlich|medizinisch|stationar|ambulant|psychiatrisch) behandelt|wird (?:wegen|gegen|an) (?:\w+ ){1,3}behandelt",
    r"(?:his|her|their|my|customer's|client's|su|sus|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|son|sa|ses) (?:\w+ )?(?:cardiolog\w*|kardiolog\w*|neurolog\w*|dermatolog\w*|psychiatr\w*|psiquiatra|oncolog\w*|onkolog\w*|gyn(?:a|e)?colog\w*|ginecolog\w*|gynakolog\w*|urolog\w*|endocrin\w*|endokrinolog\w*|nephrolog\w*|nefrolog\w*|gastroenterolog\w*|pneumolog\w*|neumolog\w*|pulmonolog\w*|orthopa?edi\w*|traumatolog\w*|ortoped\w*|orthopad\w*|ophthalmolog\w*|oftalmolog\w*|ophtalmolog\w*|augenarzt\w*|hausarzt\w*|gp|doctor|doctora|medic[oa]|medecin|arzt|arztin|therapist|therapeut\w*|terapeuta|therapeute|psycholog\w*|psicolog[oa]|psychologue|counsell?or|facharzt\w*|surgeon|cirujan[oa]|chirurg\w*|midwife|matrona|hebamme|sage-femme|physio|fisio|kine|dentist|dentista|zahnarzt\w*|dentiste|care home|nursing home|pflegeheim|ehpad)",
    r"(?:appointment|appt|check-?up|cita|consulta|termin|rendez-vous|rdv|visit|visita|besuch) (?:\w+ ){0,2}(?:with|at|con|en|bei|beim|chez|al|a la|zum|zur|in der) (?:the |a |an |el |la |un |una |dem |der |einem |einer |le |un |une |su |his |her |sein\w* |ihr\w* |son |sa )?(?:\w+ )?(?:doctor|doctora|medic[oa]|medecin|arzt|arztin|gp|facharzt\w*|hospital|clinic|clinica|klinik|clinique|hopital|krankenhaus|cardiolog\w*|kardiolog\w*|neurolog\w*|dermatolog\w*|psychiatr\w*|psiquiatra|oncolog\w*|onkolog\w*|gyn\w*colog\w*|ginecolog\w*|gynakolog\w*|urolog\w*|therapist|terapeuta|therapeut\w*|psycholog\w*|psicolog[oa]|psychologue|physio|fisio|kine\w*|surgeon|cirujan[oa]|chirurg\w*)|doctor's (?:appointment|note|orders|visit)|gp appointment|arzttermin\w*|arztbesuch\w*|cita medica|consulta medica|rendez-vous medical|visite medicale|certificat medical|justificante medico|arztliches attest|krankschreibung",
    r"power ?chair|electric wheelchair|mobility (?:aids?|issues|problems|impair\w*|needs)|stair ?lift|treppenlift\w*|salvaescaleras|monte-escaliers?|(?:uses|needs|walks with|relies on) (?:a |her |his )?(?:cane|walker|walking cane|zimmer frame)|andador|(?:camina|anda|se apoya) con (?:un )?(?:baston|muletas|andador)|gehhilfe\w*|gehstock|unterarmgehstutze\w*|deambulateur|canne (?:blanche|anglaise|de marche)|(?:marche|se deplace) avec (?:une canne|un deambulateur|des cannes)|hospital bed|cama (?:articulada|de hospital|hospitalaria)|pflegebett|lit medicalise|oxygen (?:tank|concentrator|therapy|cylinder)|concentrador de oxigeno|sauerstoff(?:gerat|flasche|konzentrator|therapie)\w*|concentrateur d'oxygene|glucose sensor|freestyle libre|dexcom|cgm",
    r"pflegebedurftig\w*|pflegegrad\w*|pflegestufe\w*|pflegefall|grado de dependencia|gran dependencia|ley de dependencia|perte d'autonomie|personne dependante|allocation (?:aux )?adultes? handicapes?|mdph|carte mobilite inclusion|rqth|schwerbehindertenausweis|certificado de discapacidad",
];

/// Health, second wave: pregnancy, birth and maternity in all four languages.
const HEALTH_PREGNANCY: &[&str] = &[
    r"expecting (?:her|their|his|a|an|our|the|another) (?:\w+ )?(?:baby|child|kid)|(?:she|baby|the baby)(?:'s| is) due (?:in|on|at|next|this|any)|(?:gave|giving|give|gives) birth|maternity (?:leave|ward|clothes)|(?:ante|pre|post)natal|postpartum|post-partum|trimester|morning sickness|c-section|caesarean|cesarean|breastfeed\w*|baby bump|egg freezing",
    r"(?:dar|dio|dara|dando|ha dado|acaba de dar) a luz|parto|posparto|postparto|cesarea|lactancia|amamant\w*|baja (?:de|por) maternidad|permiso de maternidad|prenatal|esta de (?:\w+ )?(?:semanas|meses)|congelacion de ovulos",
    r"entbind\w*|geburtstermin\w*|kaiserschnitt\w*|mutterschutz\w*|wochenbett|stillzeit|in anderen umstanden|guter hoffnung|(?:ihre|ihrer) hebamme|eizellen einfrier\w*",
    r"accouch\w*|cesarienne|conge (?:de )?maternite|allaite\w*|allaitement|prenatal\w*|post-?natal\w*|(?:sa|son) sage-femme|terme (?:prevu|de (?:la|sa) grossesse)|attend (?:un heureux evenement|famille)|congelation d'ovocytes",
];

/// Health, second wave: addiction, recovery and their treatment.
const HEALTH_ADDICTION: &[&str] = &[
    r"(?:is|been|stayed|staying|got|getting|stay|years|months|days|weeks) sober|sobriety|in recovery (?:from|since|for)|twelve-step|12-step|narcotics anonymous|(?:aa|na) meetings?|alcoholicos anonimos|anonyme alkoholiker|alcooliques anonymes|desintox\w*|(?:im|einen|ein|zum|den|kalten) entzug|entzugsklinik|entziehungskur|entgiftung\w*|sevrage|cure de desintoxication|(?:drinking|gambling|drug) problem|problemas? con el alcohol|problemas? con las drogas|alkoholprobleme?|probleme d'alcool|dependance (?:a l'alcool|aux drogues|a la drogue|au jeu)|drogenabhangig\w*|alkoholabhangig\w*|spielsucht\w*",
];

/// Sex life, second wave: relationships outside marriage, practices, pronouns.
const SEX_MORE: &[&str] = &[
    r"grindr|scruff|polyamor\w*|poliamor\w*|swinger\w*|bdsm|fetish\w*|fetich\w*|sex ?toys?|juguetes? sexuales?|sexspielzeug\w*|jouets? sexuels?|dildos?",
    r"(?:having|had|has|have) an affair|cheat(?:ed|s|ing) on (?:his|her|their)|seitensprung\w*|fremdgegangen|fremdgeht|infidel\w*|infidelidad|untreu\w*|(?:his|her) (?:mistress|lover)|su amante|(?:sein\w*|ihr\w*) (?:geliebte\w*|liebhaber\w*)|(?:son|sa) (?:amant|maitresse)",
    r"pronouns|they/them|she/they|he/they|elle/iel|iel|pronombres? neutr\w*|pronombres? (?:elle|ella|el)|neutrale\w* pronomen|pronom\w* neutres?|misgender\w*|deadnam\w*|drag (?:queen|king)",
];

const HEALTH: &[&str] = &[
    // Metabolic, cancer, chronic conditions (stems shared across languages).
    r"diabet\w*|insulin\w*|prediabet\w*|hypoglyc\w*|hyperglyc\w*|glucose monitor\w*|blood (?:sugar|glucose) (?:levels?|monitor\w*|readings?)|insulin pump",
    r"cancer\w*|tumou?r\w*|tumeur\w*|chemo\w*|quimio\w*|chimio\w*|radiotherap\w*|radioterapia|strahlentherapie|bestrahlung|oncolog\w*|onkolog\w*|oncologi\w*|metasta\w*|leuka?emia|leucemi\w*|leukamie|lymphom\w*|linfoma|melanom\w*|carcinom\w*|sarcom\w*",
    r"\w*krebs|krebs(?:erkrank\w*|patient\w*|diagnose|therapie|kranke?r?|leiden|behandlung|vorsorge)|krebskrank\w*",
    r"stammer\w*|stutter\w*|tartamud\w*|stotter\w*|begaie\w*|begue|speech impediment|tinnitus|acouphene\w*|acufeno\w*|psoriasis|schuppenflechte|neurodermitis|ecz[e]?ma\w*|eccema\w*|ekzem\w*|rheuma\w*|rheumatoid|reumat\w*|rhumatis\w*|morbus \w+|mukoviszidose|mucoviscidose|cystic fibrosis|fibrosis quistica|hypothyroid\w*|hyperthyroid\w*|hipotiroid\w*|hipertiroid\w*|schilddrusen(?:unterfunktion|uberfunktion|erkrankung)\w*|thyroid (?:condition|disease|problems?)|copd|epoc|bpco|emphysema|angina|arrhythmi\w*|atrial fibrillation|vorhofflimmern|herzinsuffizienz|insuficiencia cardiaca|insuffisance (?:cardiaque|renale)|anaemi\w*|anemi\w*|anamie|glaucom\w*|glaukom\w*|macular degeneration|makuladegeneration|motor neurone disease|muscular dystrophy|spina bifida|chronic fatigue|pcos|ibs",
    r"asthm\w*|asma|asmatic[oa]s?|epilep\w*|seizures|migraine\w*|migrane\w*|migrana\w*|fibrom[iy]alg\w*|lupus|crohn\w*|colitis|colite|coeliac\w*|celiac\w*|c(?:oe)?eliaque\w*|celiaqu\w*|celiaca|celiacos|celiacas|zo(?:e)?liakie|\w*arthrit\w*|\w*arthros\w*|\w*artritis|\w*artrosis|osteoporos\w*|multiple sclerosis|esclerosis multiple|multiple sklerose|sclerose en plaques|parkinson\w*|alzheimer\w*|dementia|demencia|demenz\w*|demence",
    r"seropositi\w*|seropositiv\w*|hiv-positiv\w*|hiv positive|vih positivo|hiv|vih|sida|hepatitis|hepatite|tuberculos\w*|tuberkulos\w*|obes(?:e|ity|idad|itat|ite)|obeso|obesa|hypertension|hipertension|bluthochdruck|high blood pressure|high cholesterol|colesterol alto|hypercholesterol\w*|heart (?:condition|disease|surgery|failure|problems?|attack)|ataque al corazon|infarto|herzinfarkt|infarctus|crise cardiaque|schlaganfall|derrame cerebral|ictus|stroke survivor|had a stroke|accident vasculaire cerebral|avc",
    r"kidney (?:disease|failure|transplant|stones?)|dialys\w*|dialisis|transplant (?:patient|recipient|surgery)|trasplante|transplantation|pacemaker|marcapasos|herzschrittmacher|stimulateur cardiaque|cpap|stoma|colostomy|ostomy|catheter|incontinen\w*|inkontinen\w*|incontinencia",
    r"anaphyla\w*|anafila\w*|epipen|allerg(?:y|ies|ic|ie|ien|iker\w*|isch\w*|ique\w*)|alergi\w*|alergic[oa]s?|lactose[- ]intoleran\w*|laktoseintoleran\w*|\w*intoleranz|intoleran\w* (?:a la|al|to|au|gegen|a|aux) (?:\w+ )?(?:lactos\w*|laktos\w*|gluten|fructos\w*|histamin\w*)|gluten intoleran\w*|food intoleran\w*|intolerante a la lactosa|intolerant au lactose",
    // Mental health and neurodivergence.
    r"depression|depressions|depressive|depressiv\w*|depresion|depresiv[oa]s?|deprime\w*|depressionen|(?:clinically|severely|chronically) depressed|suffers? from depression",
    r"anxiety (?:disorder|attacks?|issues|problems|medication|condition)|(?:has|suffers from|struggles with|diagnosed with|treated for|living with|lives with) (?:severe |social |generali[sz]ed |chronic )?anxiety|panic (?:attacks?|disorder)",
    r"trastorno de ansiedad|(?:sufre|padece|tiene) (?:de )?ansiedad|ataques? de (?:ansiedad|panico)|angststorung\w*|panikattacke\w*|angstzustand\w*|angsterkrank\w*|troubles? anxieux|crises? d'angoisse|crises? de panique|crises? d'anxiete|(?:souffre|souffrant|souffrante) d'anxiete",
    r"mental (?:health (?:condition|issues?|problems?|crisis|struggles|difficulties|support|diagnosis)|illness|disorder|breakdown|health reasons)|salud mental|sante mentale|psychisch\w* (?:krank\w*|erkrank\w*|problem\w*|belast\w*|storung\w*|leiden)|psychisch krank",
    r"bipola\w*|schizo\w*|esquizofren\w*|ptsd|post-?traumatic|postraumatic\w*|posttraumati\w*|ptbs|tept|obsessive[- ]compulsive|ocd|zwangsstorung\w*|eating disorders?|anorexi\w*|bulimi\w*|binge eating|essstorung\w*|troubles? (?:du comportement )?alimentaires?|trastornos? (?:de la conducta )?alimentari\w*|magersucht\w*",
    r"trastorno (?:de|del|bipolar|obsesivo|alimentari\w*|mental|psicologico|psiquiatrico|depresivo|limite|por deficit)|(?:psychische|bipolare|posttraumatische|depressive|zwanghafte) storung\w*|schlafstorung\w*|sleep (?:disorder|apnoea|apnea)|insomni\w*|schlaflosigkeit",
    r"troubles? du sommeil|apnee du sommeil|trastornos? del sueno|apnea del sueno|schlafapnoe|hearing loop|induction loop|bucle magnetico|induktionsschleife|horschleife|boucle (?:magnetique|a induction)",
    r"(?:baja|arret|leave|off work|krankgeschrieben|krankschreibung|conge) (?:\w+ ){0,2}(?:por|pour|for|wegen|due to|de) (?:\w+ ){0,2}(?:ansiedad|depresion|estres|anxiety|depression|stress|burn-?out|angst\w*|depression\w*|anxiete|erschopfung|agotamiento|epuisement)",
    r"suicid\w*|self-?harm\w*|autolesion\w*|selbstverletz\w*|automutilation|burn-?out|burnout",
    r"adhd|tdah|adhs|autis\w*|asperger\w*|dyslexi\w*|dislexi\w*|legasthen\w*|dyspraxi\w*|dyscalcul\w*|discalcul\w*|down syndrome|sindrome de down|down-syndrom|trisomie|tourette\w*|neurodivergen\w*|neurodiverg\w*|learning disabilit\w*",
    r"(?:sees|seeing|visits|visiting|sees a|saw) (?:a |an |her |his |their )?(?:therapist|psychiatrist|psychologist|counsell?or|psychotherapist)|in therapy|therapy sessions?|psychiatric (?:treatment|care|hospital|ward|condition|help|unit)|psychotherapy|psicoterapia|psychotherapie|psychotherapeutische\w* behandlung",
    r"(?:va|acude|asiste|visita) (?:al|a la|a su|a un|a una) (?:psicolog[oa]|psiquiatra|terapeuta)|(?:voit|consulte|suivie? par) (?:un|une|son|sa) (?:psychologue|psychiatre|psy|therapeute)|(?:geht|ist) (?:zum|zur|beim|bei der|bei einem|bei einer|in) (?:psychologen|psychiater|therapeuten|psychotherapeut\w*|therapie)|in (?:arztlicher |psychiatrischer )?behandlung",
    r"addiction|addictions|alcoholi[cs]\w*|alcoolique\w*|alcoolisme|alkoholiker\w*|alkoholismus|(?:drug|alcohol|gambling|opioid|substance) (?:addiction|abuse|dependence|dependency|problem)|drogodependencia|adiccion\w*|toxicoman\w*|(?:spiel|drogen|alkohol|tabletten|kauf|nikotin|ess|fett|mediensucht)sucht\w*|alcoholics anonymous|recovering (?:addict|alcoholic)",
    // Pregnancy and reproduction.
    r"pregnan\w*|expecting (?:a baby|a child|twins|triplets|her first|their first|his first|our first|a boy|a girl|another baby)|miscarr\w*|stillbirth|ivf|in vitro|fertility (?:treatment|clinic|issues|problems)|infertil\w*|abortion|abtreibung|avortement|ivg",
    r"embarazad[ao]s?|embarazo\b|embarazos|esperando (?:un bebe|un hijo|una hija|gemelos|su primer|un nino|una nina|bebe)|aborto|fecundacion in vitro|fiv|reproduccion asistida|tratamiento de fertilidad",
    r"schwanger\w*|erwarte\w* (?:\w+ ){0,3}(?:ein|ihr|sein|das|zwillinge)(?: \w+)? (?:kind|baby|zwillinge)|fehlgeburt\w*|kinderwunschbehandlung|kunstliche befruchtung",
    r"(?:est|suis|etait|etre|tombee|serait|soit|sont|femme|elle|cliente) enceinte|enceinte (?:de|d') ?(?:\w+ )?(?:mois|semaines)|grossesse\w*|attend (?:un|son|leur|des) (?:bebe|enfant|jumeaux|heureux evenement)|fausse couche|procreation medicalement assistee|pma",
    r"menopaus\w*|menopausia|wechseljahr\w*|menstrua\w*|endometrios\w*",
    // Disability, mobility, senses.
    r"disabilit\w*|discapacid\w*|discapacitad[oa]s?|minusvali\w*|\w*behinderung|schwerbehindert\w*|gehbehindert\w*|sehbehindert\w*|horbehindert\w*|behinderte[nrms]?|(?:ist|bin|sind|sei|war) (?:\w+ )?behindert|handicape\w*|handicap (?:moteur|visuel|auditif|mental|psychique|physique|invisible|cognitif)|situation de handicap|porteu(?:r|se) (?:d'un|de) handicap|invalidite|mobilite reduite|blue badge",
    r"wheelchair\w*|silla de ruedas|rollstuhl\w*|fauteuils? roulants?|mobility scooter|walking (?:stick|frame|aid)|crutches|muletas|kruck\w*|bequilles|rollator|deambulador|prosthe\w*|protesis|prothese\w*|amputee|amputat\w*|amputad[oa]s?|amputiert\w*|ampute\w*|paraly[sz]\w*|paralisis|paralys\w*|lahmung|gelahmt|paraplegi\w*|quadriplegi\w*|tetrapleg\w*|tetraplej\w*|paraplej\w*|querschnitt\w*|cerebral palsy|paralisis cerebral|zerebralparese|paralysie cerebrale",
    r"visually impaired|sight impaired|partially sighted|vision impair\w*|low vision|braille|discapacidad visual|baja vision|invident\w*|(?:es|esta) ciega?o?|ceguera|erblindet|blindenhund\w*|blindenschrift|(?:ist|bin|sind|sei|war) (?:\w+ )?blind|aveugle\w*|malvoyant\w*|non-?voyant\w*|deficien\w* visuel\w*|guide dog|perro guia|chien guide|white cane",
    r"deaf\w*|hard of hearing|hearing (?:aids?|impair\w*|loss)|cochlear implant\w*|sign language interpreter|sord[oa]s?|sordera|audifono\w*|discapacidad auditiva|problemas de audicion|gehorlos\w*|schwerhorig\w*|(?:ist|bin|sind|war) (?:\w+ )?taub|horgerat\w*|horverlust|sourde?s?|malentendant\w*|appareils? auditifs?|deficien\w* auditi\w*|interprete en langue des signes|interprete de (?:lengua|lenguaje) de signos",
    // Diagnoses, treatment, care.
    r"diagnosed (?:with|as)|(?:recently|newly|officially|formally|clinically|was first) diagnosed|(?:his|her|their|recent|new|medical|cancer|autism|adhd|dementia) diagnosis|diagnosticad[oa]s? (?:de|con|como)|le diagnosticaron|bei (?:ihm|ihr|dem kunden|der kundin|seiner|seinem|ihrer|ihrem) (?:\w+ ){0,4}diagnostiziert|diagnose (?:\w+ ){0,2}(?:erhalten|bekommen)|diagnostiquee?s? (?:avec|d'un|d'une|comme|autiste|diabetique|bipolaire|hyperactif)|(?:on lui a|lui a ete) diagnostique",
    r"illness\w*|(?:terminally|seriously|chronically|mentally|critically|very|fell|became|is|was|been|got) ill\b|chronic (?:pain|illness|condition|fatigue|disease|pain)|sick (?:leave|note|day|days)|off sick|on sick leave|signed off (?:sick|work)|sickness absence",
    r"diseases?|disorders?|syndrome|(?:medical|health|heart|skin|chronic|pre-existing|preexisting|underlying|lung|kidney|liver|genetic|neurological|mental health|rare|autoimmune|thyroid) conditions?|medical (?:condition|treatment|history|records?|appointment|procedure|emergency|leave|issue|problem|reasons|needs)|(?:health|medical) reasons|health (?:issue|issues|problem|problems|condition|scare)",
    r"hospitali[sz]\w*|(?:is|was|been|currently|still|stay(?:ed|ing)?|recovering|lying) in (?:the )?hospital|(?:admitted|taken|rushed|brought|sent) (?:to|into) (?:the )?hospital|hospital (?:stay|admission|treatment|appointment)|intensive care|hospice|palliative",
    r"(?:had|having|has|after|from|recovering|needs|needed|undergoing|underwent|post|before|awaiting|scheduled for|upcoming|major|minor|emergency|weight loss|bariatric|cosmetic|plastic|dental|breast|gastric|laser eye|open heart) surgery|{BODY} (?:surgery|operation|replacement|transplant)|post-?surgery|post-?op|surgical (?:procedure|operation)|(?:had|having|after|from|recovering from|needs|undergoing|underwent) (?:an |his |her |the |a )?(?:\w+ )?operation",
    r"injur(?:y|ies|ed)|broke (?:his|her|their|a) (?:\w+ )?(?:leg|arm|wrist|ankle|hip|foot|hand|rib|ribs|collarbone|back|neck|nose|finger|toe|knee|elbow|shoulder)|broken (?:leg|arm|wrist|ankle|hip|foot|hand|rib|ribs|collarbone|back|neck|nose|finger|toe|knee|elbow|shoulder)|fractur(?:e|ed|es)|concussion|sprain\w*|whiplash|torn (?:ligament|acl|meniscus|muscle)",
    r"physiotherap\w*|physical therapy|occupational therapy|speech therapy|hormone therapy|radiation therapy|cognitive behavio(?:u)?ral therapy|cbt|fisioterap\w*|kinesither\w*|physiotherapie|ergotherap\w*|logopad\w*|logoped\w*|orthophon\w*|rehabilitation|rehabilitacion|reeducation|rehab|reha",
    // Medication.
    r"medication|medications|meds|(?:takes|taking|take|took|prescribed|started|stopped) (?:\w+ )?(?:medicine|medicines|pills|tablets|injections|antibiotics|steroids|painkillers)|(?:on|his|her|needs) (?:medicine|medicines|antibiotics|steroids|painkillers|pills)|prescri(?:bed|ption|ptions)|repeat prescription",
    r"metformin\w*|sertralin\w*|fluoxetin\w*|prozac|zoloft|citalopram|escitalopram|venlafaxin\w*|mirtazapin\w*|lithium (?:carbonate|medication|treatment|therapy|levels)|methotrexat\w*|warfarin\w*|xarelto|eliquis|apixaban|rivaroxaban|heparin\w*|atorvastatin\w*|simvastatin\w*|statins|levothyrox\w*|thyroxin\w*|ritalin|methylphenidat\w*|adderall|concerta|ozempic|wegovy|mounjaro|semaglutid\w*|truvada|antiretrovira\w*|antirretrovira\w*|morphin\w*|oxycodon\w*|fentanyl|tramadol|codein\w*|benzodiazepin\w*|diazepam|valium|xanax|lorazepam|inhaler|inhalador|inhalateur|inhalator|hormone replacement|hrt",
    r"anti-?depress\w*|antidepresiv\w*|antidepresseur\w*|antidepressiv\w*|antipsychoti\w*|antipsicotic\w*|neurolepti\w*|anxiolyti\w*|ansioliti\w*|blood thinners?|blutverdunn\w*|anticoagula\w*|antikoagul\w*|beta-?blocker\w*|betabloqueante\w*|betabloquant\w*|painkillers|opioids",
    // Spanish general.
    r"enferm(?:o|a|os|as|edad|edades)|de baja (?:medica|por enfermedad|por maternidad|laboral)|baja medica|medicacion|medicamentos?|farmacos?|(?:toma|tomar|tomando|toman) (?:\w+ )?(?:pastillas|medicamentos?|medicacion|farmacos|antibioticos)|tratamiento (?:medico|contra|oncologico|psicologico|psiquiatrico|hormonal|de quimio\w*|de radio\w*|de fertilidad|para (?:el|la|su) (?:\w+ )?(?:cancer|diabetes|depresion|ansiedad|dolor|enfermedad))|en tratamiento (?:de|con|por|medico)|esta en tratamiento",
    r"hospitalizad[oa]s?|ingresad[oa]s? (?:en|por)|ingreso hospitalario|(?:esta|estuvo) (?:ingresad[oa] )?en el hospital|operad[oa]s? (?:de|del)|(?:operacion|intervencion|cirugia) (?:de |del |en (?:la |el )?)?{BODY}|cirugia|intervencion quirurgica|lesion(?:es)?|lesionad[oa]s?|se rompio (?:la|el) \w+|fractura\w*|esguince\w*|dolor cronico|por motivos (?:medicos|de salud)|problemas de salud",
    // German general.
    r"krank|krankheit\w*|\w+krankheit\w*|erkrank\w*|krankgeschrieben|krankmeldung|krankenstand|arbeitsunfahig\w*|chronisch krank|im krankenhaus (?:liegt|lag|gelegen|war|ist|behandelt)|(?:liegt|lag) (?:\w+ )?im krankenhaus|ins krankenhaus (?:eingeliefert|gekommen|gebracht|musste)|krankenhausaufenthalt\w*",
    r"medikament\w*|arzneimittel\w*|(?:nimmt|nehmen|nahm) (?:\w+ )?(?:tabletten|medikamente|arznei\w*|antibiotika)|operiert|(?:seiner|ihrer|einer|der) (?:\w+)?operation|\w+(?:knie|huft|herz|rucken|augen|bandscheiben|schulter|magen|darm|krebs)operation|bandscheibenvorfall|gehirnerschutterung|schleudertrauma|(?:bein|arm|hand|fuss|rippen|hufte|handgelenk|knochel|schlussel|oberschenkel)(?:bruch|bruche|fraktur)|gebrochen\w* (?:bein|arm|hand|fuss|rippe\w*|handgelenk)|(?:schwer|leicht) verletzt|hat sich (?:\w+ )?verletzt|(?:sport|knie|rucken|schulter|kopf|bein|arm|hand|fuss)verletzung\w*|chronische schmerzen|aus gesundheitlichen grunden|gesundheitliche\w* (?:probleme|grunde|einschrankung\w*)",
    // French general.
    r"malad(?:e|es|ie|ies)|arret (?:maladie|de travail)|conge (?:maladie|de maternite)|medicament\w*|sous traitement|(?:son|sa|ses|un) traitement (?:medical|contre|pour|anti\w*|hormonal|de fond)|traitement (?:medical|contre|hormonal|anti\w*|de chimio\w*|de fond|de substitution)|hospitalise\w*|hospitalisation|(?:est|etait|a ete) (?:\w+ )?a l'hopital",
    r"operee?s? (?:de|du|d'|des|a la|au)|chirurgi(?:e|cal|cale|que|ca|co)|blessures?|blessee?s? (?:grave\w*|au|a la|a l'|aux|dans)|s'est (?:casse|fracture) (?:la|le|les|l')|entorse\w*|commotion cerebrale|douleurs? chroniques?|pour (?:des )?raisons (?:medicales|de sante)|problemes? de sante",
    // Covid and infections, only when about a person.
    r"(?:positive|positivo|positif|positiv) (?:for |a |au |auf |de )?(?:covid|corona)\w*|(?:has|had|got|caught|tiene|tuvo|hat|hatte|a eu|a le) (?:the )?(?:covid|corona)\w*|long covid",
];

const SEX: &[&str] = &[
    r"gay|gays|lesbi\w*|lesbe|lesben|bisexu\w*|homosexu\w*|heterosexu\w*|asexu\w*|pansexu\w*|queer\w*|schwul\w*|homo|lgbt\w*|lgtb\w*|lgbtq\w*",
    r"transgen\w*|transsexu\w*|transexu\w*|trans (?:woman|man|person|femme|homme|frau|mann|mujer|hombre|persona|people|women|men)|transfrau\w*|transmann\w*|transperson\w*|non-?binar\w*|no binari[oa]s?|nicht-?binar\w*|non-?binaire\w*|genderqueer|genderfluid|gender[- ]fluid|intersex\w*|intersexual\w*|intergeschlechtlich\w*|intersexo|intersexuel\w*",
    r"(?:gender|sex) (?:reassignment|transition|affirming|change)|gender identity|identidad de genero|geschlechtsidentitat|identite de genre|cambio de sexo|geschlechtsangleich\w*|changement de sexe|reassignation|transicion de genero|transition de genre",
    r"came out (?:as|to (?:his|her|their) (?:family|parents))|coming[- ]out (?:as|to)|(?:his|her|their|son|sa|sein|ihr|ihre|seinem|ihrem|su|hizo su|had (?:his|her|their)) coming[- ]?out|fait son coming[- ]?out|salio del armario",
    r"sexual (?:orientation|preference|preferences|health|partner|partners|activity|history|dysfunction|life|identity)|sex life|sexuality|orientacion sexual|vida sexual|sexualidad|sexuelle orientierung|sexualleben|sexualitat|orientation sexuelle|vie sexuelle|sexualite|salud sexual|sexuelle gesundheit|sante sexuelle",
    r"erectile|erectil|erektil\w*|erektionsst\w*|impoten\w*|libido|sexually transmitted|(?:std|sti) (?:test|testing|clinic)|enfermedad(?:es)? de transmision sexual|geschlechtskrank\w*|infections? sexuellement transmissibles?",
    r"same-sex|same sex (?:partner|couple|marriage|relationship)|mismo sexo|gleichgeschlechtlich\w*|meme sexe",
    r"(?:his|him) (?:ex-?|ex |late |future |new )?(?:husband|boyfriend)|(?:her) (?:ex-?|ex |late |future |new )?(?:wife|girlfriend)",
    r"(?:pareja|partner|partenaire|partnerin|companer[oa]|compagnon|compagne|lebensgefahrt\w*)[ ,]+(?:\w+ ){0,2}(?:otro hombre|otra mujer|another man|another woman|also a man|also a woman|un autre homme|une autre femme|ein anderer mann|eine andere frau|ebenfalls ein mann|ebenfalls eine frau)",
    r"contracept\w*|anticoncept\w*|verhutung\w*|kontrazept\w*|birth control|morning-after pill|pildora del dia despues|pille danach|pilule du lendemain|pilule contraceptive|antibabypille|(?:takes|on) the pill|(?:nimmt|nahm) (?:die )?pille|prend la pilule",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> &'static Screen {
        Screen::shared()
    }

    #[test]
    fn patterns_are_ascii_and_compile() {
        let mut all: Vec<&str> = MASKS.to_vec();
        for s in specs() {
            all.extend(s.terms);
            all.extend(s.requires);
            all.extend(s.reject);
            all.extend(s.not_before);
            all.extend(s.not_after);
        }
        for p in all {
            assert!(p.is_ascii(), "non-ASCII pattern: {p}");
        }
        let _ = Screen::new();
    }

    #[test]
    fn category_names_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_name(c.as_str()), Some(c));
        }
        assert_eq!(Category::from_name("nope"), None);
    }

    #[test]
    fn normalisation_folds_case_accents_width_and_spacing() {
        let n =
            Normalized::new("  Diabe\u{301}TIQUE\u{00A0}\u{00A0}Straße ＡＢＣ ﬁn  Cœur\u{200B}x ");
        assert_eq!(n.text, "diabetique strasse abc fin coeurx ");
        assert_eq!(n.text.len(), n.starts.len());
        assert_eq!(n.text.len(), n.ends.len());
    }

    #[test]
    fn spans_point_at_the_cue_in_the_original_text() {
        let text = "Customer said she is DIABÉTIQUE — and she is pregnant.";
        let found = screen().findings(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.category == Category::Health));
        assert_eq!(&text[found[0].start..found[0].end], "DIABÉTIQUE");
        assert_eq!(&text[found[1].start..found[1].end], "pregnant");
    }

    #[test]
    fn spans_cover_accented_and_compound_words() {
        let text = "Der Kunde ist Gewerkschaftsmitglied bei ver.di.";
        let found = screen().findings(text);
        assert!(!found.is_empty());
        let cats: Vec<_> = found.iter().map(|f| f.category).collect();
        assert!(cats.iter().all(|c| *c == Category::TradeUnionMembership));
        let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(spans, vec!["Gewerkschaftsmitglied", "ver.di"]);

        let text = "La clienta está embarazada de seis meses";
        let f = screen().findings(text);
        assert_eq!(f.len(), 1);
        assert_eq!(&text[f[0].start..f[0].end], "embarazada");

        let text = "ﬁngerprint ＳＣＡＮ used to identify him";
        let f = screen().findings(text);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].category, Category::Biometric);
        assert_eq!(&text[f[0].start..f[0].end], "ﬁngerprint");
    }

    #[test]
    fn spans_are_char_boundaries_and_in_range() {
        let text =
            "😀 Le client est\u{200B} musulman pratiquant. مرحبا Ça va? The customer is gay.";
        for f in screen().findings(text) {
            assert!(f.start < f.end && f.end <= text.len());
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
    }

    #[test]
    fn check_returns_first_category() {
        assert_eq!(
            screen().check("He is Muslim and diabetic."),
            Some(Category::ReligiousOrPhilosophicalBeliefs)
        );
        assert_eq!(screen().check("Prefers SMS over email."), None);
        assert_eq!(screen().check(""), None);
    }

    #[test]
    fn redact_removes_only_offending_sentences() {
        let text = "Customer prefers SMS. She mentioned she is pregnant. Order #123 shipped! \
                    He voted for the Green Party.";
        let (kept, cats) = screen().redact_sentences(text);
        assert_eq!(kept, "Customer prefers SMS. Order #123 shipped!");
        assert_eq!(cats, vec![Category::Health, Category::PoliticalOpinions]);

        let (kept, cats) = screen().redact_sentences("Nothing sensitive here. Still fine.");
        assert_eq!(kept, "Nothing sensitive here. Still fine.");
        assert!(cats.is_empty());

        let (kept, cats) = screen().redact_sentences("Er ist schwul. Sie ist Diabetikerin.");
        assert_eq!(kept, "");
        assert_eq!(cats, vec![Category::SexLifeOrOrientation, Category::Health]);
    }

    #[test]
    fn redact_reports_each_category_once() {
        let (kept, cats) =
            screen().redact_sentences("She is diabetic. He takes insulin daily. Likes tea.");
        assert_eq!(kept, "Likes tea.");
        assert_eq!(cats, vec![Category::Health]);
    }

    #[test]
    fn borderline_rules_hold() {
        let s = screen();
        for clean in [
            "Customer wants Face ID login on the app.",
            "Customer provided his health insurance plan number.",
            "Customer lives on Church Street.",
            "Pickup at Union Station.",
            "Customer asked for the vegetarian menu.",
            "She bought a DNA kit as a gift.",
            "Customer is sick of waiting.",
            "Customer disabled email notifications.",
            "Le client a acheté une enceinte Bluetooth.",
            "Der Kunde ist Gläubiger einer Forderung.",
            "Le client a rendez-vous avec le syndicat de copropriété.",
            "El cliente dijo que podemos llamarle mañana.",
        ] {
            assert_eq!(s.check(clean), None, "{clean}");
        }
        for flagged in [
            "Customer prefers Halal-certified products.",
            "Customer's identity was verified by fingerprint.",
            "Customer asked whether health insurance covers his insulin.",
            "Le client est musulman pratiquant.",
        ] {
            assert!(s.check(flagged).is_some(), "{flagged}");
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics() {
        let weird = [
            "",
            " ",
            "\u{0}",
            "\u{301}\u{301}\u{301}",
            "e\u{301}\u{302}\u{303}\u{304}\u{305}",
            "😀👨‍👩‍👧‍👦🏳️‍🌈",
            "مرحبا بالعالم مريض بالسكري",
            "\u{202E}diabetic\u{202C}",
            "שלום עולם",
            "ǅǈǋ ǲ ﬀﬁﬂﬃﬄ",
            "İstanbul IŞIK ıi",
            "ẞ ß ſ ﬆ",
            "\u{FEFF}\u{200B}\u{200D}\u{2060}",
            "\u{1F600}\u{FE0F}\u{20E3}",
            "a\u{0308}\u{0308}\u{0308}.",
            "…...!!!???;;;",
            "\n\n\t\r  \u{3000}\u{2028}\u{2029}",
            "Ⅻ ① ㎏ ℡ ™ ℃",
            "\u{D7FF}\u{E000}\u{FFFD}\u{10FFFF}",
            "한국어 텍스트 日本語のテキスト 中文文本",
            "ᄀᄁᄂ 가각",
        ];
        let s = screen();
        for w in weird {
            for t in [w.to_string(), format!("{w} is diabetic {w}"), w.repeat(50)] {
                let found = s.findings(&t);
                for f in &found {
                    assert!(f.start < f.end && f.end <= t.len());
                    assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
                }
                let _ = s.check(&t);
                let (kept, _) = s.redact_sentences(&t);
                assert!(kept.len() <= t.len());
            }
        }
        // Every code point in a few awkward ranges, one at a time and together.
        let ranges = [
            0x0000u32..0x0400,
            0x0590..0x0700,
            0x1E00..0x2100,
            0x2C00..0x2E80,
            0xFB00..0xFB50,
            0xFE00..0xFF70,
        ];
        let mut all = String::new();
        for r in ranges {
            for cp in r {
                if let Some(c) = char::from_u32(cp) {
                    all.push(c);
                    let t = format!("x{c}diabetic{c}y");
                    for f in s.findings(&t) {
                        assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
                    }
                }
            }
        }
        let _ = s.findings(&all);
        let _ = s.redact_sentences(&all);
    }
}
