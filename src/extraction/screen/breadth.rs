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
