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
pub(super) const BIOMETRIC_CONTEXT_V9: &str = r"{BIO_CTX}|captur\w*|erfass\w*|gespeichert|speichert|registriert|acced\w*|set up|activated|activado|aktiviert|active|recogni[sz]e[sd]? (?:him|her|them)|reconoce|erkennt|reconnait|withdraw\w*|geldabheb\w*|abheben|geldautomat\w*|atm|cash machine|cajeros?(?: automaticos?)?|retirar|distributeurs?(?: automatiques?)?|retirer|e-?gates?|easypass\w*|parafe|grenzkontroll\w*|border (?:control|gates?)|control (?:automatico|de fronteras|fronterizo)|controle (?:automatise|aux frontieres)|video-?ident\w*|ident-?verfahren|identitat\w*|identifizier\w*|onboarding|zutritt\w*|ausweis\w*|passport|pasaporte|reisepass|passeport|dni|carte d'identite|burgeramt|burgerburo|prefecture|cctv|videoueberwachung|videouberwachung|videosurveillance|videovigilancia|camaras? de seguridad|surveillance (?:footage|cameras?)|police";

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

// ---------------------------------------------------------------- sex life and gender identity

/// Orientation and gender identity said about the person, wordings the earlier waves missed:
/// spaced "non binaire", coming out with a time or circumstance, Pride taken part in, a
/// same-gender partner-to-be, apps for gay men. Decided: using a general dating app
/// (Tinder, Hinge, Bumble) is not flagged on its own (dating is not sex life, and app questions
/// are common); apps for the person's own gender, or for gay men, are.
pub(super) const SEX_V9: &[&str] = &[
    r"non bina(?:r|ir)\w*|no binari[oa]s?|nicht binar\w*|agender|demisexu\w*|graysexu\w*|aromantic\w*|arromantic[oa]s?|aromantique\w*",
    r"(?:he|she|they|i|who) (?:finally |only |recently |already |just |first )?(?:came|has come|had come|have come) out (?:last|this|in (?:19|20)\d\d|at (?:\d+|age|the age)|when|recently|years ago|a year ago|as|publicly|officially|at work|to (?:everyone|his|her|their|my))",
    r"(?:marched|marches|marching|walked|walks|paraded|took part|takes part|participat\w*|went|goes|attends?|attended|joined|was|were) (?:\w+ ){0,3}(?:pride (?:parade|march)|gay pride|(?:marcha|desfile) del orgullo|orgullo (?:gay|lgt?bi?q?\w*)|marche des fiertes|christopher street day|csd)",
    r"(?:lief|lauft|lauft mit|geht|ging|war|ist|nimmt|nahm|marschiert\w*|fahrt|fuhr) (?:\w+ ){0,3}(?:beim|am|zum|auf dem|auf der) (?:\w+ )?(?:csd|christopher street day|pride|pride-parade)|(?:fue|va|iba|desfilo|desfila|participo|participa|marcho|marcha) (?:\w+ ){0,3}(?:la |el )?(?:marcha del orgullo|desfile del orgullo|orgullo)|(?:a )?(?:defile|defilait|participe|participait|marche|marchait|est alle|est allee|va|allait) (?:\w+ ){0,3}(?:a la |la )?(?:marche des fiertes|gay pride|pride)",
    r"(?:his) (?:husband-to-be|husband to be|groom)|(?:her) (?:wife-to-be|wife to be|bride)",
    r"hornet app|planetromeo|planet romeo|romeo-app|taimi|lex app|feeld",
];

/// Dating apps or sites for men, said about a man (the same for women follows).
pub(super) const DATING_FOR_MEN: &[&str] = &[
    r"(?:dating[- ]?apps?|dating[- ]?seiten?|dating[- ]?sites?|partnerborsen?|apps? de (?:citas|rencontres?)|sites? de rencontres?) (?:\w+ ){0,2}(?:fur|for|para|pour) (?:schwule |gay |homosexuelle )?(?:manner|men|hombres|hommes)",
];
/// Dating apps or sites for women.
pub(super) const DATING_FOR_WOMEN: &[&str] = &[
    r"(?:dating[- ]?apps?|dating[- ]?seiten?|dating[- ]?sites?|partnerborsen?|apps? de (?:citas|rencontres?)|sites? de rencontres?) (?:\w+ ){0,2}(?:fur|for|para|pour) (?:lesbische |lesbian )?(?:frauen|women|mujeres|femmes)",
];
/// A man named in the sentence (four languages).
pub(super) const MALE: &str = r"\bhe\b|\bhis\b|\bhim\b|\bmr\b|el cliente|un cliente|el senor|le client|un client|monsieur|\bil\b|der kunde|ein kunde|\ber\b|herr";
/// A woman named in the sentence (four languages).
pub(super) const FEMALE: &str = r"\bshe\b|\bher\b|\bms\b|\bmrs\b|la clienta|una clienta|la senora|\bella\b|la cliente|une cliente|madame|\belle\b|die kundin|eine kundin|frau \w+";

/// Old and place senses of "gay".
pub(super) const SEX_MASKS: &[&str] = &[
    r"gay (?:street|st|road|rd|avenue|ave|lane|square|place)|rue gay|calle gay",
    r"gay (?:and|et|y) (?:carefree|joyful|happy|merry|bright|cheerful|light-hearted|insouciant\w*|alegre)|(?:happy|merry|bright|carefree|joyful|cheerful) and gay|gay (?:colou?rs|laughter|abandon|nineties|paree)",
];

// ----------------------------------------------------------------------------------- genetic

/// Tissue typing for a transplant or donation, and gene symbols the v7 inventory lacked
/// (cardiomyopathy, channelopathy, pharmacogenetic, cancer, neurological genes), each only
/// with a gene word after it ("MYH7 variant", "poor CYP2C9 metaboliser").
pub(super) const GENETIC_V9: &[&str] = &[
    r"hla[- ]?(?:typing|typed|typisierung|typisiert|tipaje|tipificacion|typage|matching|match(?:ed)?|kompatib\w*|compatib\w*|merkmale|test\w*)|(?:tissue|gewebe)[- ]?(?:typing|typisierung|merkmale)|tipaje (?:hla|tisular)|typage (?:hla|tissulaire)|histocompatib\w*|histokompatib\w*",
    r"(?:cyp\d[a-z]\d{1,2}|myh7|mybpc3|scn5a|kcnq1|kcnh2|lmna|ttn|mefv|vkorc1|tpmt|dpyd|ugt1a1|slco1b1|nudt15|atm|rad51[cd]|brip1|cdh1|stk11|apc|men1|sdhb|gba1?|c9orf72|sod1|psen[12]|fxn|dmpk|pkd[12]|col[1-5]a[12]|ryr1|hexa|gaa|hla-[abc]\*?[\d:]*)[- ]?(?:gene|gen|genes|variant\w*|variante\w*|mutation\w*|mutacion\w*|mutiert|mutated|allel\w*|carrier|tragerin|trager|porteu\w*|portador\w*|metaboli[sz]er\w*|metaboliseur\w*|metabolizador\w*|polymorphism\w*|polymorphismus)",
    r"(?:poor|intermediate|rapid|ultra-?rapid|slow) (?:cyp\w+ |nat2 )?metaboli[sz]er|(?:metabolizador|metaboliseur) (?:lento|lent|rapido|rapide|ultrarrapido|ultrarapide|intermedio|intermediaire)|(?:langsame[rn]?|schnelle[rn]?|ultraschnelle[rn]?) metabolisierer\w*",
    r"polygen\w* (?:risk|risiko\w*|risque|riesgo)\w*|(?:genetic|genetisch\w*|genetique|genetico|erblich\w*|hereditaire|hereditario) (?:bedingt\w*|risk|risiko\w*|risque|riesgo|vorbelastung|belastung|last)",
    r"inherit\w* (?:a |an |the )?(?:high |higher |increased |elevated )?(?:risk|predisposition|tendency|susceptibility)|(?:\w*krebs|thrombose|diabetes|herz|alzheimer)-?veranlagung|(?:dna|adn|dns)-?analys\w*|analisis (?:de|del) adn|analyse (?:d'|de l')adn",
];

/// Genetics of plants and animals (a topic, not a person).
pub(super) const GENETIC_MASKS: &[&str] = &[
    r"(?:plant|animal|crop|dog|cat|horse|cattle|population|evolutionary|bacterial) genetics|genetics of (?:plants|dogs|cats|animals|horses|cattle|crops|bacteria|fruit flies)|genetica (?:vegetal|animal|de (?:plantas|animales|poblaciones|perros|gatos|caballos))|(?:pflanzen|tier|hunde|pferde|populations)genetik|genetik (?:bei|von|der) (?:hunderassen|hunden|pflanzen|tieren|katzen|pferden|rindern|nutzpflanzen)|genetique (?:vegetale|animale|des (?:plantes|animaux|populations|chiens|chats|chevaux))",
];

// ------------------------------------------------------------------------------ German sweep

/// "wählt seit Jahren die Grünen", "hat immer SPD gewählt": a vote with adverbials between the
/// verb and the party (a closed list, so "wählt zwischen der grünen und der blauen Jacke" is
/// not a vote).
pub(super) const DE_VOTE: &[&str] = &[
    r"(?:wahlt|wahlte|gewahlt|wahlen|wahle|wahlst|wahler\w*) (?:(?:die|den|der|das|seit|jahren|jahrzehnten|schon|immer|stets|traditionell|meist|meistens|jeher|lieber|eher|nur|auch|wieder|gern|gerne|ubrigens|konsequent|eigentlich|aus|uberzeugung|bei|wahlen|mal|diesmal|jetzt|inzwischen|nun|zuletzt) ){0,3}(?:grun|links|rechts|konservativ|liberal|sozialdemokratisch|christdemokratisch|okologisch|afd|cdu|spd|fdp)\w*",
    r"(?:hat|habe|haben|hatte) (?:(?:schon|immer|stets|zuletzt|diesmal|jahrelang|bisher|bei der \w+wahl|wieder) ){0,3}(?:die )?(?:grunen|linke|linken|afd|cdu|csu|spd|fdp|bsw|freie wahler|freien wahler|volt|piraten|die partei) gewahlt",
];
/// A product noun after the colour: "die grüne Jacke".
pub(super) const DE_VOTE_NOT_BEFORE: &str = r" (?:jacke|jacken|hose|farbe|variante|version|option|ausfuhrung|modell|tasche|schuhe|pullover|shirt|t-shirt|kleid|box|dose|flasche|tasse|becher|linie|spur|seite|hand|taste|knopf|kabel|karte|tarif|paket|abo|welle|spur|gurke|paprika|tee|sorte|kiste|mappe|lampe|wand|tur|couch|sofa|decke|vase|wolle|stoff|hulle|schale)\b";

/// Separable verbs of joining and leaving (tritt … aus der Kirche aus, tritt … der
/// Gewerkschaft bei, trat in die SPD ein), by what is joined or left.
pub(super) const DE_LEAVE_CHURCH: &[&str] = &[
    r"(?:tritt|trat|treten|traten) (?:\w+ ){0,4}aus der (?:\w+ )?(?:\w*kirche|kirchengemeinde|gemeinde|glaubensgemeinschaft) (?:\w+ ){0,2}aus|(?:tritt|trat|treten|traten) (?:\w+ ){0,4}(?:in die|der) (?:\w+ )?(?:\w*kirche|glaubensgemeinschaft) (?:\w+ ){0,2}(?:ein|bei)|(?:ist|sind|war|bin) (?:\w+ ){0,3}(?:in die|der) (?:\w+ )?(?:\w*kirche|glaubensgemeinschaft) (?:\w+ ){0,2}(?:eingetreten|beigetreten|zuruckgekehrt)|(?:zum|zur) (?:judentum|islam|christentum|buddhismus|katholizismus|protestantismus|orthodoxie) (?:\w+ ){0,2}(?:ubergetreten|konvertiert)",
];
pub(super) const DE_JOIN_UNION: &[&str] = &[
    r"(?:tritt|trat|treten|traten) (?:\w+ ){0,4}aus der (?:\w+ )?(?:\w*gewerkschaft|ig \w+|ver\.?di|gew|gdl|evg|ngg) (?:\w+ ){0,2}aus|(?:tritt|trat|treten|traten) (?:\w+ ){0,4}(?:in die|der) (?:\w+ )?(?:\w*gewerkschaft|ig \w+|ver\.?di|gew|gdl|evg|ngg) (?:\w+ ){0,2}(?:ein|bei)|(?:ist|sind|war|bin) (?:\w+ ){0,3}(?:aus der|in die|der) (?:\w+ )?(?:\w*gewerkschaft|ig \w+|ver\.?di|gew|gdl|evg|ngg) (?:\w+ ){0,2}(?:ausgetreten|eingetreten|beigetreten)|gewerkschafter\w*|mitgliedsbeitrag\w* (?:an|fur|bei) (?:die |der )?(?:\w*gewerkschaft|ig \w+|ver\.?di|gew|gdl|evg|ngg)",
];
pub(super) const DE_JOIN_PARTY: &[&str] = &[
    r"(?:tritt|trat|treten|traten) (?:\w+ ){0,4}(?:aus der|in die|der) (?:grunen|linken|afd|cdu|csu|spd|fdp|bsw|partei \w+) (?:\w+ ){0,2}(?:aus|ein|bei)|(?:ist|sind|war|bin) (?:\w+ ){0,3}(?:aus der|in die|der) (?:grunen|linken|afd|cdu|csu|spd|fdp|bsw) (?:\w+ ){0,2}(?:ausgetreten|eingetreten|beigetreten)|wahlkampfhelfer\w*|wahlhelfer\w* (?:fur|der|bei) (?:die |der )?(?:grunen|linken|afd|cdu|csu|spd|fdp|bsw)",
];

/// German health compounds and person nouns: organ weaknesses, donors' gametes received,
/// "ist Bluter / Dialysepatientin", idiom guards.
pub(super) const DE_HEALTH: &[&str] = &[
    r"(?:herz|nieren|leber|lungen|immun|blasen|muskel|seh|hor|venen|kreislauf|bindegewebs|nerven)schwache\w*|herzinsuffizien\w*|herzinfarkt\w*|schlaganfall\w*",
    r"samenspende\w*|eizellspende\w*|embryonenspende\w*|spendersamen|kunstliche\w* befruchtung|kinderwunsch(?:behandlung|klinik|zentrum|praxis)\w*|insemination\w*|donacion de (?:semen|ovulos|esperma)|don de (?:sperme|gametes|ovocytes|spermatozoides)|donor (?:sperm|eggs?)|(?:sperm|egg) donation|fertility (?:treatment|clinic)|tratamiento de (?:fertilidad|reproduccion asistida)|reproduccion asistida|procreation medicalement assistee|traitement de (?:fertilite|l'infertilite)",
    r"{DE_BE} (?:\w+ )?(?:bluter\w*|epileptiker\w*|asthmatiker\w*|diabetiker\w*|dialysepatient\w*|rollstuhlfahrer\w*|schwerbehindert\w*|gehorlos\w*|taubstumm\w*|autist\w*|legastheniker\w*|alkoholiker\w*|spastiker\w*|querschnitt\w*|herzpatient\w*|krebspatient\w*|schmerzpatient\w*|pflegefall|inkontinent\w*|demenzkrank\w*|depressiv\w*|suchtkrank\w*|magersuchtig\w*|bulimisch\w*|allergiker\w*)",
];

/// German orientation and gender identity: registered partnership (same-sex in German law
/// until 2017), legal gender and first-name change.
pub(super) const DE_SEX: &[&str] = &[
    r"verpartnert\w*|eingetragene\w* lebenspartner\w*|geschlechtseintrag\w*|personenstandsanderung\w*|selbstbestimmungsgesetz|vornamensanderung\w*|erganzungsausweis|gender marker|legal gender|cambio (?:de nombre y )?(?:de )?sexo registral|rectificacion registral|mention (?:du )?sexe",
];

/// German street names and idioms with a cue word.
pub(super) const DE_MASKS: &[&str] = &[
    r"\w+(?:strasse|gasse|allee)",
    r"krank vor (?:sorge|sorgen|angst|heimweh|liebe|eifersucht|neid|wut|arger)|(?:ein )?herz fur (?:tiere|kinder|hunde|katzen)|schwache fur \w+",
    r"rollstuhl-?(?:tauglich|gerecht|geeignet|freundlich)\w* (?:\w+ ){0,2}(?:fur|fuer) (?:ihr|sein|ihren|seinen|das|die|den|ihre|seine) (?:cafe|geschaft|laden|restaurant|hotel|buro|praxis|kunden|gaste|gasten|firma|betrieb|lokal)",
];
