//! Lexicon v7: breadth by systematic inventory, one family per constant. Written against the
//! normalised text like the lexicons in the parent module (lower case, no accents, ASCII `'`
//! and `-`, `\w` and `\b` ASCII), and wired into `specs()` there. Each family was added after
//! the benign near-misses of the labelled set were re-run, so product questions, topics and
//! place names stay clean.

// ------------------------------------------------------------------------------------ health

/// Procedures by suffix and by name: removals, stomas, scopes, implants, joint replacements.
pub(super) const HEALTH_PROCEDURES: &[&str] = &[
    r"\w+ectom(?:y|ies|ia|ias|ie|ies)|\w+ektomie\w*|\w+ostom(?:y|ies|ia|ie)|tracheotom\w*|traqueotomia|lobotom\w*",
    r"arthroscop\w*|artroscop\w*|arthroskop\w*|angioplast\w*|angioplastia|angiogra\w*|cardiac catheteri[sz]ation|cateterismo|herzkatheter\w*|coronarographie|(?:heart|cardiac|coronary|gastric|triple|double|quadruple) bypass|bypass (?:surgery|operation)|baipas|(?:coronary )?stents?|stent (?:eingesetzt|gesetzt|pose)|pose d'un stent|le pusieron un stent",
    r"(?:hearing|cochlear|auditory|breast|dental|contraceptive) implants?|implante (?:coclear|auditivo|dental|anticonceptivo)|cochlea-?implantat\w*|horimplantat\w*|zahnimplantat\w*|implants? (?:cochleaire|auditif|dentaire|contraceptif)s?",
    r"(?:knee|hip|shoulder|joint|valve|heart valve|lens) replacement|(?:artificial|new|replacement) (?:hip|knee|joint|heart valve|valve)|kunstliche\w* (?:knie|kniegelenk|hufte|huftgelenk|gelenk|herzklappe|darmausgang|linse)|\w*gelenk(?:ersatz|prothese)\w*|endoprothese\w*|herzklappe\w*|valvula (?:cardiaca|mitral|aortica)|valve (?:cardiaque|mitrale|aortique)|heart valve|mitral valve|aortic valve|protesis (?:de|total de) (?:rodilla|cadera|hombro)",
    r"(?:knie|huft|herz|augen|bandscheiben|schulter|magen|darm|krebs|leisten|blinddarm|mandel|gallen|gallenblasen|katarakt|meniskus|kreuzband|brust|prostata|schilddrusen|wirbelsaulen|rucken|nasen|kiefer|hand|fuss|grauer-star|star)-?op\b",
    r"iud|coil (?:fitted|inserted|removed)|(?:un|el|del|su|un nuevo) diu|diu (?:hormonal|de cobre)|sterilet|hormonspirale|kupferspirale|spirale (?:eingesetzt|einsetzen|setzen)|mirena|implanon|nexplanon|tubal ligation|tubes tied|ligadura de trompas|ligature des trompes|eileiter(?:unterbindung|sterilisation)",
    r"(?:organ|kidney|liver|heart|lung|bone marrow|stem cell) (?:transplant|donor recipient)|trasplante de (?:rinon|higado|corazon|pulmon|medula)|(?:nieren|leber|herz|lungen|knochenmark|stammzell)transplantation|greffe (?:de|du|d'un|d'une) (?:rein|foie|coeur|poumon|moelle)",
];

/// Conditions by body system that earlier waves did not list.
pub(super) const HEALTH_SYSTEMS: &[&str] = &[
    // Cardiovascular and blood pressure, as a person.
    r"hipertens[oa]s?|hypertendue?s?|hypertoniker\w*|hypertonie|hipotens[oa]s?|hypotendue?s?|hypotension|hipotension|(?:heart|renal|kidney|liver|respiratory|cardiac) failure|insuficiencia (?:renal|respiratoria|hepatica)|insuffisante? (?:renale?|respiratoire|cardiaque|hepatique)|niereninsuffizienz|nierenversagen|leberversagen|heart murmur|soplo (?:cardiaco|en el corazon)|herzgerausch|souffle au coeur|cardiopath\w*|cardiopat\w*|kardiomyopath\w*|cardiomyopath\w*|miocardiopatia|herzrhythmusstorung\w*|tachycard\w*|taquicardia|bradycard\w*|bradicardia|varicose veins|varices|deep vein thrombosis|\bdvt\b",
    // Digestive.
    r"irritable bowel|ibs-[cd]|colon irritable|intestino irritable|reizdarm\w*|reizmagen|intestin irritable|coeliaque|diverticul\w*|hemorrhoid\w*|haemorrhoid\w*|hemorroid\w*|hamorrhoid\w*|fistul\w*|fistel\w*|gastroparesis|barrett's|oesophagite|esofagitis|speiserohrenentzundung|hepatite [abc]|fatty liver|higado graso|fettleber|stoma bag|bolsa de colostomia|poche de stomie",
    // Endocrine, metabolic, blood.
    r"hashimoto\w*|graves' disease|basedow\w*|addison's|morbus addison|maladie d'addison|cushing's|goitre|goiter|bocio|kropf|hemophil\w*|haemophil\w*|hemofili\w*|hamophil\w*|thalass?a?emi\w*|talasemia|thalassamie|sickle[- ]cell|drepanocyto\w*|drepanocit\w*|sichelzell\w*|anemia falciforme|polycythemi\w*|hemochromatos\w*|gout attack|crise de goutte|ataque de gota",
    // Neurological.
    r"neuropath\w*|neuropat\w*|neuralg\w*|narcolep\w*|restless legs|piernas inquietas|restless-legs|jambes sans repos|bell's palsy|paralisis facial|fazialisparese|paralysie faciale|amyotrophic lateral sclerosis|esclerosis lateral amiotrofica|amyotrophe lateralsklerose|sclerose laterale amyotrophique|lou gehrig's|motor neuron disease|dystoni\w*|distonia|essential tremor|temblor esencial|tremblement essentiel|hydroceph\w*|hidrocefalia|brain (?:injury|tumou?r|damage|bleed|haemorrhage|hemorrhage)|traumatismo craneal|schadel-hirn-trauma|traumatisme cranien|aphasi\w*|afasia|epileptic fit|convulsion\w*|krampfanfall\w*|crisis epilepticas?|crises? d'epilepsie",
    // Respiratory, skin, eye, ear.
    r"pulmonary fibrosis|fibrose pulmonaire|lungenfibrose|fibrosis pulmonar|sarcoidos\w*|bronchiectas\w*|bronquiectasias?|vitiligo|rosacea|rosacee|hidradenitis|alopecia areata|pelade|kreisrunder haarausfall|keratocon\w*|keratokonus|retinopath\w*|retinopatia|detached retina|retinal detachment|desprendimiento de retina|netzhautablosung|decollement de (?:la )?retine|meniere\w*|otosclero\w*|hearing impairment|deficit auditivo|perdida (?:de )?audi\w*|perte auditive|horsturz|surdite",
    // Reproductive and urological.
    r"fibroids|miomas? (?:uterinos?)?|myomes?|gebarmuttermyom\w*|fibromes? uterins?|ovarian cysts?|quiste ovarico|ovarialzyste\w*|kyste ovarien|prostatit\w*|prostatite|enlarged prostate|prostata agrandada|prostatavergrosserung|hypertrophie (?:benigne )?de la prostate|erectile|chlamydi\w*|clamidia|gonorrh\w*|gonorrea|tripper|syphil\w*|sifilis|genital (?:herpes|warts)|herpes genital|genitalherpes|hpv infection|infeccion por vph|papillomavirus",
    // Mental health, more wording.
    r"psychos[ei]s|psychose[n]?|psicosis|psicotic[oa]s?|psychotic|borderline (?:personality|disorder|storung|-storung)|personality disorder|trastorno de (?:la )?personalidad|personlichkeitsstorung\w*|trouble de (?:la )?personnalite|seasonal affective disorder|winter depression|depresion estacional|winterdepression|depression saisonniere|postnatal depression|depresion posparto|wochenbettdepression|depression post-?partum|dissociative|disociativo|dissoziativ\w*|hypochondri\w*|hipocondri\w*|agorafobi\w*|klaustrophob\w*",
    // A person described by a condition.
    r"{FR_BE} (?:\w+ )?(?:cardiaque|insuffisante? \w+|dialysee?|greffee?|amputee?|grabataire|alitee?)\b|{ES_BE} (?:\w+ )?(?:cardiac[oa]|dializad[oa]|trasplantad[oa]|encamad[oa])\b|{DE_BE} (?:\w+ )?(?:dialysepflichtig|bettlagerig|pflegebedurftig|herzkrank|nierenkrank|zuckerkrank|lungenkrank|transplantiert)\b|{EN_BE} (?:\w+ )?(?:bedbound|bed-bound|bedridden|housebound|on dialysis|on oxygen|immunocompromised|immunosuppressed|terminally ill)\b",
];

/// Care settings and home care as the person's own.
pub(super) const HEALTH_CARE_SETTINGS: &[&str] = &[
    r"(?:lives|living|moved|moving|is|went|staying) (?:in|into|to) (?:a |an |the )?(?:care|nursing|residential care) (?:home|facility)|assisted living|vive en una residencia|(?:ingreso|ingresado|ingresada|entro) en una residencia|(?:lebt|wohnt|ist|kam|zog) (?:\w+ )?(?:im|ins|in einem|in ein) (?:pflegeheim|altenpflegeheim|pflegeeinrichtung|hospiz)|(?:vit|est|entre|entree|est entree|est entre) en (?:ehpad|maison de retraite medicalisee|soins palliatifs)",
    r"district nurse|home (?:care|health) (?:nurse|aide|visits|package)|visiting nurse|carer (?:comes|visits)|(?:enfermer[oa]|cuidador[a]?) a domicilio (?:viene|le visita|la visita)|ayuda a domicilio|ambulante[rn]? pflegedienst\w*|pflegedienst (?:kommt|besucht)|infirmiere? (?:a domicile )?(?:passe|vient)|soins a domicile|hospitalisation a domicile",
    r"(?:outpatient|inpatient) (?:clinic|program|programme|treatment|rehab)|(?:rehab|reha|rehabilitation|psychosomatic|psychosomatische\w*|kur)-?klinik\w*|clinica de (?:rehabilitacion|desintoxicacion|dia)|centro de dia|centre de reeducation|maison de repos|centre medico-psychologique|(?:kur|reha)aufenthalt\w*|mutter-kind-kur",
];

/// Medications by generic and brand name, beyond the earlier waves (most-prescribed lists of
/// the US, UK, Spain, Germany and France, by therapeutic class).
pub(super) const HEALTH_DRUGS: &[&str] = &[
    // Pain (prescription), opioids.
    r"tramadol\w*|tramal|contramal|topalgic|zaldiar|ixprim|tilidin\w*|valoron|oxycodon\w*|oxicodona|oxycontin|oxynorm|targin|tapentadol|palexia|fentanyl\w*|fentanilo|durogesic|morphin(?:e|a|sulfat)?|morfina|skenan|codein\w*|codeina|dihydrocodein\w*|lamaline|izalgi|enantyum|dexketoprofen\w*|neurontin|celebrex|celecoxib|etoricoxib|arcoxia|meloxicam",
    // Sleep and anxiety, antidepressants, antipsychotics, mood stabilisers, ADHD.
    r"lorazepam\w*|diazepam\w*|valium|ativan|xanax|lexomil|bromazepam\w*|lexatin|tranki?mazin|tranquimazin|temesta|seresta|imovane|noctamid|lormetazepam|klonopin|halcion|triazolam|prazepam|lysanxia|atarax|hydroxyzin\w*",
    r"lexapro|cipralex|seroplex|celexa|cipramil|seropram|deroxat|paxil|seroxat|effexor|efexor|cymbalta|trintellix|brintellix|vortioxetin\w*|agomelatin\w*|valdoxan|remeron|norset|tofranil|anafranil|laroxyl|elavil|saroten|trittico|desyrel|prisdal|dumirox|fluvoxamin\w*|escitalopram|sertralin\w*|besitran|zyprexa|risperdal|haldol|haloperidol\w*|clozapin\w*|leponex|clozaril|latuda|lurasidon\w*|invega|xeplion|paliperidon\w*|solian|amisulprid\w*|loxapac|tercian|cyamemazin\w*|teralithe|quilonum|plenur|rubifen|equasym|quasym|focalin|dexedrine|intuniv|guanfacin\w*",
    // Diabetes.
    r"glucophage|stagid|dianben|diamicron|amaryl|glimepirid\w*|lantus|toujeo|levemir|tresiba|novorapid|humalog|apidra|fiasp|abasaglar|humulin|insulatard|omnipod|rybelsus|forxiga|farxiga|xigduo|janumet|eucreas|galvus|vildagliptin\w*|byetta|metformina|metformine",
    // Heart, blood pressure, cholesterol, anticoagulants.
    r"kardegic|adiro|tromalyt|aspirin protect|concor|emconcor|beloc|nebivolol\w*|nebilet|carvedilol\w*|coversyl|perindopril\w*|triatec|delix|tritace|coaprovel|aprovel|irbesartan\w*|olmesartan\w*|telmisartan\w*|micardis|atacand|cozaar|diovan|entresto|sacubitril\w*|norvasc|amlor|nifedipin\w*|adalat|diltiazem\w*|verapamil\w*|isoptin|digoxin\w*|lanoxin|amiodaron\w*|cordarone|trangorex|nitroglycerin\w*|nitrolingual|trinitrine|natispray|lasix|lasilix|seguril|torasemid\w*|spironolacton\w*|espironolactona|aldactone|eplerenon\w*|inspra|tahor|sortis|zarator|cardyl|zocor|ezetimib\w*|ezetrol|inegy|repatha|praluent|brilique|brilinta|ticagrelor|prasugrel|efient|lovenox|clexane|innohep|fraxiparin\w*|enoxaparin\w*|atorvastatina|simvastatina|enalapril\w*",
    // Stomach, bowel, thyroid, respiratory.
    r"pantozol|inexium|mopral|inipomp|eupantol|losec|prilosec|protonix|mesalazin\w*|mesalamin\w*|pentasa|salofalk|asacol|budesonid\w*|entocort|creon|kreon|azathioprin\w*|azatioprina|imurek|imurel|imuran|levothyrox|eutirox|levothroid|thyrex|carbimazol\w*|thiamazol\w*|tapazol|neo-mercazole|ventoline|spiriva|tiotropi\w*|relvar|trelegy|fluticason\w*|flixotide|pulmicort|singulair|inhaler\w*|inhalador\w*|inhalateur\w*|asthmaspray\w*|nebuli[sz]er|nebulizador|vernebler|nebuliseur|epi-?pen|jext|anapen",
    // Neurology, immunology, oncology, HIV, hormones, urology, addiction.
    r"lamictal|trileptal|oxcarbazepin\w*|topamax|topiramat\w*|zonisamid\w*|lacosamid\w*|vimpat|briviact|azilect|rasagilin\w*|pramipexol\w*|sifrol|mirapexin|ropinirol\w*|requip|rivastigmin\w*|ebixa|axura|galantamin\w*|reminyl|copaxone|glatiramer\w*|tecfidera|ocrevus|ocrelizumab|tysabri|natalizumab|gilenya|fingolimod|aubagio|teriflunomid\w*|kesimpta|baclofen\w*|lioresal|aimovig|emgality|ajovy|imigran|maxalt|zomig|relpax",
    r"remicade|infliximab|stelara|ustekinumab|cosentyx|secukinumab|taltz|skyrizi|dupixent|dupilumab|otezla|apremilast|xeljanz|tofacitinib|olumiant|baricitinib|rinvoq|upadacitinib|plaquenil|hydroxychloroquin\w*|hidroxicloroquina|quensyl|salazopyrin\w*|sulfasalazin\w*|leflunomid\w*|metoject|rituximab|mabthera|actemra|roactemra|tocilizumab|cimzia|simponi|orencia",
    r"opdivo|nivolumab|pembrolizumab|trastuzumab|avastin|bevacizumab|ibrance|palbociclib|kisqali|verzenio|arimidex|femara|aromasin|exemestan\w*|zoladex|xtandi|enzalutamid\w*|zytiga|abirateron\w*|imbruvica|revlimid|lenalidomid\w*|capecitabin\w*|xeloda|gleevec|glivec|imatinib",
    r"descovy|biktarvy|genvoya|triumeq|dovato|odefsey|prep (?:pills?|medication|prescription|users?)|(?:takes|on|toma|nimmt|prend) (?:la |die )?prep\b|antiretroviral\w*|antirretroviral\w*|tritherapie|valaciclovir|valtrex|zelitrex|aciclovir|acyclovir",
    r"clomid|clomifen\w*|gonal-f|menopur|ovitrelle|utrogestan|progesteron\w*|estradiol\w*|oestrogel|estrogel|androgel|testogel|nebido|hormone replacement|\bhrt\b|terapia hormonal sustitutiva|traitement hormonal substitutif|\bths\b|hormonersatztherapie|tamsulosin\w*|flomax|omnic|omix|finasterid\w*|proscar|dutasterid\w*|avodart|sildenafil\w*|viagra|tadalafil\w*|cialis|levitra|vardenafil|champix|chantix|vareniclin\w*|naloxon\w*|narcan|nyxoid|buvidal|acamprosat\w*|campral|aotal",
];

/// "Takes X for his blood pressure": a medication verb or noun plus the condition it treats.
pub(super) const HEALTH_FOR_CONDITION: &[&str] = &[
    r"(?:for|to control|to manage|to lower|to treat) (?:his|her|their|my|the) (?:blood pressure|cholesterol|thyroid|blood sugar|heart|anxiety|depression|asthma|seizures|epilepsy|arthritis|acid reflux|reflux|migraines?|insomnia|adhd|prostate|bladder)|(?:por|para) (?:el|la|los|las|su|sus) (?:corazon|tension|presion arterial|tiroides|colesterol|azucar|ansiedad|depresion|epilepsia|asma|artrosis|artritis|rinones|migranas?|insomnio|prostata)|(?:fur|gegen|wegen) (?:sein|seine|seinen|ihr|ihre|ihren|das|die|den) (?:herz|blutdruck|schilddruse|cholesterin|blutzucker|angst\w*|depression\w*|asthma|epilepsie|arthrose|rheuma|migrane|schlaflosigkeit|prostata)|pour (?:son|sa|ses|le|la|les) (?:coeur|tension|thyroide|cholesterol|diabete|anxiete|depression|asthme|epilepsie|arthrose|migraines?|insomnie|prostate)",
];
/// What must appear in the sentence for `HEALTH_FOR_CONDITION`.
pub(super) const MEDICATION_CONTEXT: &str = r"takes?|taking|took|toma\w*|nimmt|nahm|einnehm\w*|eingenommen|prend\w*|pris|pills?|tablets?|capsules?|pastillas?|comprimid\w*|capsulas?|tabletten|kapseln|comprimes?|cachets?|gelules?|medicine|medicines|medicament\w*|medikament\w*|medicacion|medication|prescri\w*|receta\w*|recetad\w*|verschrieben|verordnet|rezept\w*|ordonnance|injections?|spritze\w*|piqures?|inyeccion\w*|drops|gotas|tropfen|gouttes";

// ---------------------------------------------------------------------------------- religion

/// Denominations, movements and branches not listed earlier.
pub(super) const RELIGION_GROUPS: &[&str] = &[
    r"jain|jains|jainism\w*|jainis\w*|jaina|alevi|alevis|alevit\w*|alevie?s?|druze|drusen|drusos?|drusas?|ahmadi\w*|ahmadiyya|sufi|sufis|sufism\w*|sufis\w*|shia|shias|shiites?|shi'ites?|chiites?|chiitas?|schiit\w*|sunnis?|sunnites?|sunitas?|sunnit\w*|salafi\w*|wahhab\w*|hasid\w*|chassid\w*|hassid\w*|jasid\w*|haredi\w*|ultra-orthodox\w*|ultraortodox\w*|ultraorthodox\w*",
    r"opus dei|neuapostolisch\w*|neocatecumenal\w*|legionarios de cristo|latter-day saints?|lds church|christian scientists?|christian science church|unitarian\w*|hutterit\w*|anabaptist\w*|anabaptist[ae]s?|wiedertaufer\w*|calvinis\w*|episcopalian\w*|congregationalist\w*|evangelisch-reformiert\w*|reformiert\w* (?:kirche|christ\w*|gemeinde|glaubens)|pietist\w*|hare krishna|iskcon|santeria|candomble|umbanda|satanis\w*|kingdom hall|salle du royaume|salon del reino|konigreichssaal",
    r"{EN_BE} {EN_QUAL}(?:humanist|secular humanist|jain|druze|alevi|sufi|unitarian|taoist|deist|pantheist|shia|sunni|shiite|hasidic|haredi|coptic|maronite|anglo-catholic|lapsed catholic)\b|{ES_BE} (?:\w+ )?(?:humanista secular|maronita|chiita|sunita|testigo de jehova)\b|{DE_BE} (?:\w+ )?(?:alevit\w*|schiit\w*|sunnit\w*|maronit\w*|zeug(?:e|in) jehovas)\b|{FR_BE} (?:\w+ )?(?:chiite|sunnite|maronite|temoin de jehovah|alevie?)\b",
];

/// Clergy and spiritual guides as the person's own.
pub(super) const RELIGION_OWN_CLERGY: &[&str] = &[
    r"(?:his|her|their|my|the family's|su|sus|sein|seinem|seinen|seiner|ihr|ihrem|ihren|ihrer|son|sa|ses) (?:local |parish |former |new |own )?(?:pastor|pastora|priest|vicar|rabbi|imam|parroco|sacerdote|pfarrer\w*|pastorin|seelsorger\w*|gemeindepfarrer\w*|cure|pasteur|abbe|confessor|confesor|beichtvater|confesseur|spiritual (?:adviser|advisor|director|leader)|director espiritual|guia espiritual|geistliche[nr]?|directeur spirituel|congregation|congregacion|paroisse|parroquia)\b",
];

/// Religious festivals of particular faiths, when observed rather than shopped for.
pub(super) const RELIGION_FESTIVALS: &[&str] = &[
    r"diwali|deepavali|navratri|holi|eid|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|aid el-fitr|aid el-kebir|l'aid|zuckerfest|opferfest|fiesta del cordero|rosh hashanah|rosh hashana|hanukkah|chanukah|januca|hanoucca|sukkot|purim|vesak|vaisakhi|baisakhi|gurpurab|mawlid|ashura|lailat al-qadr|nowruz",
];
/// Observance words that must appear in the sentence for `RELIGION_FESTIVALS`.
pub(super) const OBSERVANCE: &str = r"celebrat\w*|celebr\w*|feier\w*|gefeiert|fete|fetent|feter|observ\w*|fast\w*|ayun\w*|jeun\w*|pray\w*|reza|rezar|rezan|rezo|rezando|rezaba|betet|beten|prie\w*|temple|tempel|templo|mosque|mezquita|moschee|mosquee|synagogue|sinagoga|synagoge|gurdwara|at home with|en familia|en famille|mit der familie|with (?:his|her|their) family|lights? (?:the )?(?:diya|candles|menorah)|enciende|allume|zundet";

/// Going to worship, Spanish and English forms the earlier waves missed.
pub(super) const RELIGION_WORSHIP: &[&str] = &[
    r"(?:va|iba|van|acude|asiste|fue|ir|suele ir) (?:a la|a) misa|misa (?:del domingo|dominical|diaria|de los domingos)|(?:va|acude|asiste) (?:a la|al) (?:iglesia|mezquita|sinagoga|templo|culto|salon del reino)|(?:at|to) (?:the|his|her|their) (?:temple|mosque|synagogue|gurdwara|kingdom hall) (?:every|on|each|for (?:prayers?|worship|services?))",
    r"convert\w* (?:to|from) (?:\w+ )?(?:islam|judaism|catholicism|christianity|buddhism|hinduism|sikhism|orthodoxy|protestantism|the \w+ faith)|se convirtio (?:al|a la) (?:\w+ )?(?:islam|judaismo|catolicismo|cristianismo|budismo|hinduismo|fe \w+)|(?:zum|zur) (?:\w+ )?(?:islam|judentum|katholizismus|christentum|buddhismus|hinduismus|orthodoxie) (?:konvertiert|ubergetreten)|s'est converti\w* (?:a l'|au|a la) (?:islam|judaisme|catholicisme|christianisme|bouddhisme|hindouisme|protestantisme|orthodoxie)",
    r"grupos? de oracion|(?:for|to|at) (?:friday |daily |evening |morning )?prayers? (?:at|in) (?:the|a|his|her|their) (?:local )?(?:mosque|church|temple|synagogue|gurdwara)",
    r"(?:was|got|been|is being|will be|to be) (?:\w+ )?bapti[sz]ed|(?:fue|sera|ha sido|se hizo) bautizad[oa]|(?:wurde|wird|ist|lasst sich) (?:\w+ ){0,2}getauft|(?:a ete|sera|s'est fait) baptisee?",
];

// ----------------------------------------------------------------------------- ethnic origin

/// Peoples and ethnic groups worldwide, as a self-description (nationalities are not listed).
pub(super) const ETHNIC_PEOPLES: &[&str] = &[
    r"{EN_BE} {EN_QUAL}(?:sami|saami|hmong|romanichal|native hawaiian|anglo-indian|inuk|inuit|cree|ojibwe|mohawk|apache|hopi|lakota|cherokee|navajo|maori|quechua|aymara|mapuche|guarani|zapotec|mixtec|mayan|nahua|sindhi|baluchi|pashtun|hazara|uyghur|tibetan|assyrian|chaldean|circassian|berber|amazigh|tuareg|fulani|hausa|yoruba|igbo|akan|ashanti|zulu|xhosa|kikuyu|oromo|tigrayan|amhara|roma|sinti|yenish|ashkenazi|sephardi|sephardic|mizrahi|afro-\w+|pacific islander|torres strait islander|aboriginal australian|first nations|metis|gullah)\b",
    r"{ES_BE} (?:\w+ )?(?:guarani|quechua|aymara|mapuche|wayuu|wichi|qom|toba|mixtec[oa]|zapotec[oa]|nahua|otomi|tzotzil|tzeltal|purepecha|raramuri|tarahumara|embera|misak|kichwa|shuar|garifuna|afrocolombian[oa]|afroperuan[oa]|afroecuatorian[oa]|gitan[oa]|sefardi|asquenazi|bereber|amazigh|kurd[oa]|quichua)\b",
    r"{DE_BE} (?:\w+ )?(?:sorbe|sorbin|jenische[r]?|romni|sinto|sintiza|aramaer\w*|assyrer\w*|tscherkess\w*|tamilin|tamile|uigur\w*|tibeter\w*|berber\w*|aschkenas\w*|sephard\w*|afrodeutsche[r]?|schwarze[r]? deutsche[r]?)\b|sorbische (?:minderheit|herkunft|volksgruppe)|die sorben|volksgruppe der \w+",
    r"{FR_BE} (?:\w+ )?(?:tsigane|gitane?|manouche|touareg|peule?|bambara|wolof|soninke|hmong|kanake?|amerindienne?|antillaise?|berbere|amazighe?|kurde|tamoule?|ouighoure?|tibetaine?|ashkenaze|sepharade|afro-\w+)\b",
    r"ashkenaz\w*|aschkenas\w*|asquenazi\w*|sephard\w*|sefard\w*|sefardi\w*|mizrahi|romanichal|sami people|pueblo sami|native hawaiian|kanaka maoli|torres strait islander|anglo-indian|gullah|garifuna|afrocolombian\w*|afroperuan\w*|afroecuatorian\w*|afrodeutsch\w*|afro-?antillais\w*",
];

// ----------------------------------------------------------------------------------- political

/// Parties of the US, UK, Spain, Mexico, Argentina, Germany, Austria, Switzerland, France,
/// Belgium and Canada (names and abbreviations), used only after a support, vote or
/// membership word (`POLITICAL_FRAMES`). Short or ambiguous ones are in the frames only.
pub(super) const POLITICAL_STANDALONE: &[&str] = &[
    r"republican national committee|democratic national committee|rnc|dnc|working families party|reform uk|plaid cymru|sdlp|ovp|fpo|spo|kpo|bzo|n-va|vlaams belang|open vld|cd&v|ptb-pvda|bloc quebecois|parti quebecois|quebec solidaire|ndp|new democratic party|nouveau parti democratique|la libertad avanza|union por la patria|frente de todos|juntos por el cambio|partido justicialista|movimiento ciudadano|mas madrid|coalicion canaria|grunliberale\w*|freisinnig\w*|debout la france|les ecologistes",
];
pub(super) const POLITICAL_FRAMES: &[&str] = &[
    // English frames.
    r"(?:member|members|membership|supporter|supporters|voter|voters|activist|volunteer|volunteers|donor|candidate|councill?or|mp|mep|official|canvasser|organi[sz]er) (?:of|for|with|in|at) (?:the )?(?:snp|dup|uup|sdlp|labour|tories|conservatives|lib dems|greens|ukip|reform|gop|dsa|ndp|liberals|caq|democrats|republicans|dsa)\b",
    r"(?:vot\w*|support\w*|back\w*|canvass\w*|campaign\w*|donat\w*|volunteer\w*|pays dues|paid-up) (?:\w+ ){0,2}(?:for |to |with )?(?:the )?(?:snp|dup|uup|lib dems|ukip|gop|ndp|caq|rnc|dnc)\b",
    // Spanish frames (ES, MX, AR).
    r"(?:vot\w*|milit\w*|afiliad[oa]s?|simpatizante\w*|miembro\w*|partidari[oa]s?|seguidor\w*|concejal\w*|diputad[oa]s?|candidat[oa]s?|socio|socia|militancia) (?:a |al |por |por el |por la |de |del |de la |en |en el |en la |a la )(?:pp|psoe|vox|podemos|sumar|ciudadanos|erc|junts|bildu|pnv|bng|iu|cup|mas madrid|compromis|upn|morena|pan|pri|prd|pvem|movimiento ciudadano|la libertad avanza|lla|ucr|union por la patria|frente de todos|frente de izquierda|pj|justicialismo|partido justicialista)\b",
    r"(?:vota|voto|votaron|votara|milita|militante|afiliad[oa]|simpatizante|votante) (?:al|del|en el) (?:pro|pt|cs)\b",
    // German frames (DE, AT, CH).
    r"(?:wahlt|wahlte|wahlen|gewahlt|mitglied|mitglieder|anhanger\w*|sympathisant\w*|unterstutz\w*|aktiv|engagiert sich|kandidiert|stimmt) (?:\w+ ){0,2}(?:bei |fur |in |von )?(?:die |den |der |dem )?(?:cdu|csu|spd|fdp|afd|bsw|piraten|freien wahlern|freie wahler|volt|odp|ovp|spo|fpo|neos|kpo|svp|sp|glp|evp|edu|grunliberalen)\b",
    r"bei (?:den|der) (?:grunen|linken|piraten|freien wahlern|neos|jusos|julis) (?:aktiv|engagiert|mitglied)|(?:cdu|csu|spd|fdp|afd|bsw|ovp|spo|fpo|neos|kpo|svp|glp|linke[n]?|grune[n]?|piraten)-(?:mitglied\w*|wahler\w*|anhanger\w*|politiker\w*|sympathisant\w*|stammwahler\w*|gemeinderat\w*|stadtrat\w*)",
    // French frames (FR, BE, CH, CA).
    r"(?:vot\w*|adherent\w*|adhere|milit\w*|membre|sympathisant\w*|electeur\w*|electrice\w*|soutien\w*|soutient|encarte\w*|candidat\w*|elue?) (?:pour |a |au |a la |du |de la |de |chez |dans |aux |en faveur de )?(?:la |le |les |l')?(?:rn|lfi|ps|lr|eelv|pcf|npa|udi|modem|renaissance|reconquete|les republicains|les ecologistes|debout la france|n-va|vlaams belang|ptb|pvda|vooruit|mr|ecolo|groen|les engages|udc|plr|le centre|verts|npd|bq|pq|parti quebecois|caq|quebec solidaire|qs|ppc)\b",
];

// ---------------------------------------------------------------------------- trade unions

/// Named unions of the eleven countries, used after a membership or role word.
pub(super) const UNION_FRAMES: &[&str] = &[
    r"(?:member|members|membership|rep|representative|steward|delegate|dues|subs|joined|joins|joining|belongs to|is in|active in|card|organi[sz]er) (?:of |for |at |to |in |with )?(?:the )?(?:unite|unison|gmb|neu|nasuwt|eis|ucu|rcn|bma|pcs|cwu|rmt|aslef|usdaw|fbu|tssa|nea|aft|uaw|seiu|afscme|ibew|ufcw|cwa|teamsters|sag-aftra|afl-cio|cupe|unifor|opseu|psac|usw|nnu|national nurses united|nurses union)\b",
    r"(?:afiliad[oa]s?|miembro|delegad[oa]|militante|socio|socia|enlace sindical|liberad[oa]) (?:a |de |del |en |por )?(?:la )?(?:ccoo|ugt|cgt|cnt|ela|csif|usig|cig|intersindical|cta|ctm|snte|uocra|camioneros|la bancaria|ate|upcn|smata|luz y fuerza)\b",
    r"(?:ist|bin|sind|war) (?:\w+ )?(?:im|in der|bei der|bei|mitglied (?:im|in der|bei der|der)) (?:ogb|goed|pro-ge|gpa|vida|younion|unia|syna|vpod|ssm|gew|evg|ngg|gdl|dgb|verdi|ig metall|ig bce|ig bau|dbb|komba|marburger bund)\b|(?:ogb|goed|pro-ge|gpa|vida|younion|unia|syna|vpod|ssm|gew|evg|ngg|gdl|dgb|verdi|ig-metall)-(?:mitglied\w*|vertrauens\w*|funktionar\w*|delegiert\w*|betriebsrat\w*)",
    r"(?:est|suis|sont|etait) (?:\w+ )?(?:a la|au|a) (?:csc|cgt|cfdt|fo|fgtb|csn|ftq|csq|unsa|fsu|cftc|cgslb|cfe-cgc)\b|(?:adherent\w*|membre|delegue\w*|syndique\w*|militant\w*|representant\w*|elu\w*) (?:a |au |de |du |de la |chez |a la )?(?:la |l')?(?:csn|ftq|csq|fgtb|csc|cgslb|abvv|acv|aclvb|solidaires|snuipp|snes|sgen)\b",
];

// ----------------------------------------------------------------------------------- genetic

/// Gene symbols and variant notation next to a gene, variant or result word.
pub(super) const GENETIC_GENES: &[&str] = &[
    r"(?:brca[12]?|chek2|palb2|tp53|pten|mlh1|msh2|msh6|pms2|mutyh|cftr|hfe|apoe[234]?|mthfr|hbb|smn1|fmr1|htt|ldlr|pcsk9|lrrk2|cyp2c19|cyp2d6|hla-b27|g6pd|dmd|fbn1|vhl|nf1|nf2|rb1|kras|egfr|braf|her2|jak2)[- ]?(?:gene|gen|genes|variant\w*|mutation\w*|mutacion\w*|mutiert|mutated|positive|positiv|positivo|positif|carrier|status|test\w*|allel\w*|defekt\w*|tragerin|trager)",
    r"(?:gene|gen|genes|gene|variant\w*|mutation\w*|mutacion\w*|trager\w*|porteu\w*|portador\w*|carrier|allele?s?|alelos?) (?:\w+ ){0,2}(?:brca[12]?|chek2|palb2|tp53|pten|mlh1|msh2|msh6|pms2|mutyh|cftr|hfe|apoe[234]?|mthfr|hbb|smn1|fmr1|ldlr|pcsk9|lrrk2|cyp2c19|cyp2d6|hla-b27|g6pd|fbn1|kras|egfr|braf|her2|jak2)\b",
    r"(?:gene variant|genetic variant|variante genetica|variant genetique|mutation|mutacion|allele|alelo|homozyg\w*|heterozyg\w*|homocig\w*|heterocig\w*) (?:\w+ ){0,2}[a-z]\d{2,4}[a-z]\b|f508del|delta ?f508|c282y|h63d|v600e|rs\d{6,}",
    r"carrier (?:screening|status|test\w*)|cribado de portadores|estado de portador|tragerstatus|statut de porteur|nipt|amniocentes\w*|fruchtwasseruntersuchung|amniocentese|praenatest|harmony test",
];

// --------------------------------------------------------------------------------- biometric

/// Enrolling a body trait: the verb and the trait make the identification context themselves.
pub(super) const BIOMETRIC_ENROL: &[&str] = &[
    r"(?:register\w*|enrol\w*|link\w*|scann\w*|stored?) (?:\w+ ){0,1}(?:his|her|their|the customer's|the client's) (?:palm|palms|hand|face|iris|irises|voice|fingerprints?|thumbprint|retina|veins)",
    r"(?:registr\w*|vincul\w*|escane\w*|guard\w*|dio de alta) (?:\w+ ){0,1}(?:su|sus) (?:palma|mano|cara|rostro|iris|voz|huellas?)|(?:registriert|hinterlegt|gescannt|verknupft|gespeichert|erfasst) (?:\w+ ){0,2}(?:seine|ihre|seinen|ihren) (?:handflache|hand|gesicht|iris|stimme|fingerabdruck\w*)|(?:hat|habe) (?:seine|ihre|seinen|ihren) (?:handflache|hand|gesicht|iris|stimme) (?:\w+ ){0,3}(?:registriert|hinterlegt|gescannt|verknupft|gespeichert|erfasst)|(?:enregistre\w*|scanne\w*|associe\w*) (?:sa|son|ses) (?:paume|main|visage|iris|voix|empreintes?)",
    r"(?:face|facial image|selfie|likeness|rostro|cara|gesicht|visage) (?:\w+ ){0,3}(?:matched|compared|checked|comparad\w*|cotejad\w*|abgeglichen|verglichen|compare\w*) (?:\w+ ){0,3}(?:against|with|to|con|mit|avec|a) (?:\w+ ){0,3}(?:id|passport|photo|pasaporte|dni|ausweis\w*|reisepass|passeport|piece d'identite|carte d'identite|licen[cs]e|foto|lichtbild)",
];

// ---------------------------------------------------------------- sex life and gender identity

/// Gender transition as a person's own (not a career or a software transition).
pub(super) const GENDER_TRANSITION: &[&str] = &[
    r"{EN_BE} (?:\w+ )?(?:transitioning|in transition)|(?:medical|social|gender|physical) transition|transition(?:ed|ing)? (?:to|from) (?:male|female|a man|a woman)|top surgery|bottom surgery|phalloplast\w*|vaginoplast\w*|facial feminization|feminisation faciale|gender dysphoria|disforia de genero|geschlechtsdysphorie|dysphorie de genre|gender-affirming|trans (?:guy|girl|boy|kid|teen|son|daughter)",
    r"(?:esta|estoy|esta ahora) en (?:plena |pleno )?(?:proceso de )?transicion|hormonacion|(?:in|mitten in|mitten in der) (?:der|seiner|ihrer|einer) transition|{FR_BE} en (?:pleine )?transition|(?:fait|faire|commence|entame) sa transition",
];
/// Words after "transition" that make it a career, energy or software transition.
pub(super) const TRANSITION_NOT_BEFORE: &str = r" (?:to|from|into|out|away|between|over|period|phase|team|plan|of|a|al|hacia|de|del|entre|profesional|laboral|energetica|ecologica|digital|zu|von|in|ins|zur|zum|professionnelle|ecologique|energetique|numerique|vers|digitale)\b";
/// "Is bi", "a bi woman".
pub(super) const SEX_SHORT: &[&str] = &[
    r"{EN_BE} (?:also |openly |now )?bi|bi (?:man|woman|men|women|guy|girl|person|people)|{ES_BE} bi|{FR_BE} bi|{DE_BE} bi",
];
/// Words after "bi" that make it something else ("bi-weekly", "BI team").
pub(super) const BI_NOT_BEFORE: &str = r"[- ](?:weekly|monthly|annual|team|tool|tools|dashboard|report\w*|analyst|developer|platform|software|lingual)\b|-";
/// Subjects before "is in transition" that are not a person.
pub(super) const TRANSITION_NOT_AFTER: &str = r"(?:company|business|firm|store|shop|team|system|account|industry|market|empresa|tienda|equipo|sistema|mercado|firma|unternehmen|geschaft|branche|markt|entreprise|societe|magasin|equipe|systeme|boutique|marche|secteur) (?:\w+ ){0,2}$";
/// "Wählt die Grünen." with nothing after (a green sweater is "wählt den grünen Pullover").
pub(super) const DE_GREEN_LEFT: &[&str] =
    &[r"(?:wahlt|wahlte|wahlen|gewahlt) (?:die|den) (?:grunen|linke|linken)"];
pub(super) const DE_GREEN_LEFT_MORE: &[&str] = &[
    r"(?:wahlt|wahlte|wahlen) (?:die|den) (?:grunen|linke|linken) (?:seit|schon|immer|bei|und|wieder|auch|nicht|gern\w*|regelmassig|jedes mal)",
];
