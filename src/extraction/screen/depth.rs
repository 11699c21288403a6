//! Lexicon v9: depth in the slices that a blind set found weakest (biometric; sex life, sexual
//! orientation and gender identity; genetic; German across every category). Written against
//! the normalised text like the other lexicons (lower case, no accents, ASCII `'` and `-`,
//! `\w` and `\b` ASCII), and wired into `specs()` in the parent module. Each family was added
//! against a scratch set of new sentences (30 sensitive, 20 benign near-misses per step) and
//! then kept in the labelled set as batch `v9`.

// --------------------------------------------------------------------------------- biometric

/// Modalities that earlier waves did not name: voice ID, vein patterns, palm and hand prints,
/// gait, DNA used for identification. Flagged with an enrolment or identification context.
pub(super) const BIOMETRIC_MODALITY_V9: &[&str] = &[
    r"voice ?ids?|voice-id|voice authentication|huellas? de (?:la )?voz|firma vocal|empreintes? de (?:la )?voix|stimm-?ids?|stimmprofil\w*|sprachabdruck\w*",
    r"(?:finger|palm|hand) ?veins?(?: \w+)?|venas (?:de (?:la|su) (?:palma|mano)|del dedo|de los dedos)|patron(?:es)? de (?:las )?venas|reconocimiento (?:de|por) (?:las )?venas|veines (?:de la (?:paume|main)|du doigt|des doigts)|reseau veineux|reconnaissance (?:du reseau )?veineuse|\w*venen(?:erkennung|muster|scan\w*|bild)\w*|fingervenen\w*",
    r"handabdr(?:u|ue)ck\w*|handflachen(?:scan\w*|abdruck\w*|erkennung)|empreintes? palmaires?|huellas? palmar(?:es)?|palm ?prints?",
    r"(?:sa|son|his|her|their|su|seine[nm]?|ihre[nm]?|the customer's|the client's) (?:demarche|gait|walk|forma de (?:andar|caminar)|manera de (?:andar|caminar)|gangbild|gangart|gang)",
    r"(?:dna|adn|dns)[- ](?:samples?|probe\w*|muestras?|echantillons?|abgleich\w*|spur\w*|match\w*)|(?:muestra|echantillon|prelevement|cotejo) (?:de |d')adn",
];

/// Enrolment, storage and identification words that make a modality biometric data: the
/// parent's list plus capture and storage verbs, ATMs, e-gates and border control, video
/// identification, and recognising the caller.
pub(super) const BIOMETRIC_CONTEXT_V9: &str = r"{BIO_CTX}|captur\w*|erfass\w*|gespeichert|speichert|registriert|acced\w*|set up|activated|activado|aktiviert|active|recogni[sz]e[sd]? (?:him|her|them)|reconoce|erkennt|reconnait|withdraw\w*|geldabheb\w*|abheben|geldautomat\w*|atm|cash machine|cajeros?(?: automaticos?)?|retirar|distributeurs?(?: automatiques?)?|retirer|e-?gates?|easypass\w*|parafe|grenzkontroll\w*|border (?:control|gates?)|control (?:automatico|de fronteras|fronterizo)|controle (?:automatise|aux frontieres)|video-?ident\w*|ident-?verfahren|identitat\w*|identifizier\w*|onboarding|zutritt\w*|cctv|videoueberwachung|videouberwachung|videosurveillance|videovigilancia|camaras? de seguridad|surveillance (?:footage|cameras?)|police";

/// A person's own trait stated as enrolled or stored, verb last (German) or passive.
pub(super) const BIOMETRIC_STORED: &[&str] = &[
    r"(?:sein|seine|seinen|ihr|ihre|ihren) (?:gesicht|gesichtsbild|iris|netzhaut|stimme|fingerabdr(?:u|ue)ck\w*|handabdr(?:u|ue)ck\w*|handflache|handvenen\w*|venenmuster) (?:[\w-]+ ){0,6}(?:hinterlegt|registriert|erfasst|gespeichert|gescannt|eingelesen|abgeglichen|aufgenommen|eingerichtet)",
    r"(?:his|her|their) (?:face|voice|iris|irises|retina|fingerprints?|thumbprint|palm|palms) (?:[\w-]+ ){0,5}(?:registered|enrolled|enroled|captured|scanned|stored|on file|set up)",
    r"(?:su|sus) (?:cara|rostro|voz|iris|retina|huellas?|palma) (?:[\w-]+ ){0,5}(?:registrad[oa]s?|escanead[oa]s?|capturad[oa]s?|almacenad[oa]s?|dad[oa]s? de alta)",
    r"(?:sa|son|ses) (?:visage|voix|iris|retine|empreintes?|paume) (?:[\w'-]+ ){0,5}(?:enregistre\w*|capture\w*|scanne\w*|numerise\w*|stocke\w*)",
];

/// Signature dynamics and identity checks by face: biometric by definition.
pub(super) const BIOMETRIC_ALWAYS_V9: &[&str] = &[
    r"signature dynamics|dynamic signature|biometric signature|schreibdynamik|unterschriftsdynamik|firma (?:dinamica|biometrica)|signature (?:dynamique|biometrique)",
    r"(?:identitatsprufung|identitatsnachweis|identitatsfeststellung|legitimation|identity (?:check|verification)|id verification|verificacion de (?:la )?identidad|verification d'identite|controle d'identite) (?:[\w-]+ ){0,3}(?:per|mit|durch|uber|via|by|using|with|through|con|mediante|por|par|avec) (?:[\w-]+ ){0,2}(?:gesichts\w*|face|facial|selfie\w*|reconocimiento facial|biometri\w*|reconnaissance faciale|fingerabdr\w*|fingerprints?|huellas?|empreintes?|iris)",
];

/// Product features and purchases that name a modality without anyone's data.
pub(super) const BIOMETRIC_PRODUCT_MASKS: &[&str] = &[
    r"(?:bought|buys|ordered|purchased|compro|encargo|pidio|kaufte|gekauft|achete|commande) (?:\w+ ){0,3}(?:scanners?|escaner(?:es)?|lector(?:es)?|lecteurs?|readers?|sensors?|sensores?|capteurs?|\w*scanner|\w*leser|\w*sensor)(?: (?:de|d'|for|fur|of|para|pour) [\w']+)?",
    r"(?:smart-?locks?|\w*schloss|\w*schlosser|locks?|cameras?|kameras?|camaras?|phones?|handys?|smartphones?|laptops?|notebooks?|tablets?|doors?|turen|serrures?|cerraduras?|portatil(?:es)?|ordinateurs?|telephones?|moviles?) (?:\w+ )?(?:with|mit|con|avec) (?:\w+ )?(?:face|facial|gesichtserkennung|fingerabdruck\w*|fingerprint\w*|reconocimiento facial|lector de huellas|reconnaissance faciale|lecteur d'empreintes|empreintes?)(?: \w+)?",
];
