//! Contextual masks (lexicon v8): a cue word that describes the customer's job, employer,
//! business, purchase, gift or reading, not the customer. Written against the normalised text
//! like the other lexicons (lower case, no accents, ASCII `'` and `-`, `\w` and `\b` ASCII).
//!
//! Three shapes are blanked out before matching, in English, Spanish, German and French:
//!
//! * **Workplace.** A work or ownership frame ("works as … at", "trabaja como … en", "arbeitet
//!   als … bei", "travaille comme … dans", "is a receptionist at", "runs / owns / betreibt /
//!   dirige") followed, within a few words, by a workplace noun ("clinic", "laboratorio",
//!   "Intensivstation", "fabricant") and what qualifies it ("… de genética", "… psychiatrique").
//! * **Trade.** A trade verb ("sells", "supplies", "distribuye", "vertreibt", "vend") and the
//!   goods it names ("dialysis equipment", "Insulinpumpen", "prothèses auditives").
//! * **Reading and purchases.** A book, guide, textbook or course and its topic ("a book about
//!   the history of trade unionism", "un manual de genética", "ein Buch über die SPD", "le
//!   manuel 'Génétique humaine'"), and a bought or gifted kit ("bought a DNA ancestry kit").
//!
//! The gaps inside a mask admit only long words and a short list of articles and
//! prepositions, so a mask stops at "and / y / und / et", pronouns and possessives. Two
//! guards keep the person's own statements visible: a mask whose text names a patient, a
//! treatment, a possessive topic ("a book about *his* cancer"), a union role or a conjunction
//! such as "because / porque / weil" is not applied ([`CONTEXT_REJECT`]); and no contextual
//! mask is applied in a sentence that says something about the person's own condition or
//! membership ("diagnosed", "his own", "on sick leave", "afiliada", "Mitglied", "souffre de")
//! ([`CONTEXT_GUARD`]).

/// A word inside a mask's gap: four letters or more, or a whitelisted article / preposition.
const GW: &str = r"(?:[\w-]{4,}|[ld]'[\w-]+|the|a|an|as|of|dna|adn|una|uno|unos|unas|on|in|at|for|to|new|old|it|ai|hr|de|del|la|el|los|las|un|en|al|der|die|das|den|dem|des|ein|im|am|zum|zur|fur|von|bei|auf|als|le|les|une|du|au|aux|sur|ses)";

/// Workplace nouns (employers, businesses, care and research settings), four languages.
const ORG: &str = r"(?:clinics?|hospitals?|labs?|laborator(?:y|ies)|institutes?|centres?|centers?|wards?|units?|compan(?:y|ies)|firms?|shops?|stores?|pharmac(?:y|ies)|practices?|manufacturers?|makers?|suppliers?|distributors?|wholesalers?|charit(?:y|ies)|foundations?|offices?|departments?|schools?|homes?|hospices?|agenc(?:y|ies)|services?|providers?|start-?ups?|business(?:es)?|brands?|factor(?:y|ies)|warehouses?|associations?|psychiatrists?|oncologists?|clinicas?|hospitales|laboratorios?|institutos?|centros?|empresas?|tiendas?|farmacias?|consultas?|consultorios?|fabricas?|fabricantes?|proveedor(?:es|a)?|distribuidor(?:a|es|as)?|fundacion(?:es)?|oficinas?|departamentos?|colegios?|escuelas?|residencias?|negocios?|servicios?|asociacion(?:es)?|ortopedias?|almacen(?:es)?|psiquiatras?|oncologos?|\w*(?:klinik|kliniken|klinikum|krankenhaus|krankenhauses|spital|labor|labors|institut|instituts|zentrum|zentrums|station|praxis|apotheke|firma|unternehmen|unternehmens|hersteller|herstellers|handel|handlung|geschaft|laden|betrieb|betriebs|dienst|dienstes|heim|heims|hospiz|stiftung|verein|schule|buro|abteilung|verwaltung|haus)|psychiater\w*|onkologe\w*|cliniques?|hopita(?:l|ux)|laboratoires?|labos?|instituts?|entreprises?|societes?|boutiques?|magasins?|pharmacies?|cabinets?|fabricants?|fournisseurs?|distributeurs?|fondations?|bureaux?|ecoles?|maisons?|ehpad|usines?|entrepots?|psychiatres?|oncologues?)";

/// What may follow a workplace or product noun: "of / de / von / du …" and up to three
/// words, an adjective ("psiquiátrico", "psychiatrique"), or a French elided complement.
const TAIL: &str = r"(?: (?:of|for|de|del|du|des|von|fur|der|en|para|pour)(?: GW){1,3}| d'[\w-]+(?: GW){0,2}| [\w-]{4,})?";

/// Work and ownership frames.
const FRAME: &str = r"(?:works?|worked|working|employed|employee|job|volunteers?|volunteering|interns?|owns?|owned|runs?|manages?|managed|founded|(?:is|was) (?:a|an) (?:[\w-]+ )?[\w-]+(?:ist|er|or|ian|ant|ent|ary|rep|cook|clerk|agent|aide|guard|nurse|assistant|technician)s? (?:at|in|for|with|on)|trabaja|trabajaba|trabajo|empleado|empleada|voluntari[oa]|dirige|regenta|gestiona|fundo|(?:es|era) (?:un |una )?[\w-]+(?:or|ora|ero|era|ista|ico|ica|ivo|iva|ente|ante|ario|aria|al) (?:de|en|para)|arbeitet|arbeitete|gearbeitet|beschaftigt|angestellt|tatig|jobbt|betreibt|fuhrt|leitet|besitzt|grundete|(?:ist|war) (?:ein |eine )?[\w-]+(?:in|er|ent|ant|eur|ist|kraft|hilfe) (?:bei|in|an|im|am|fur)|travaille|travaillait|employee?|benevole|dirige|tient|possede|gere|fonde|(?:est|etait) (?:un |une )?[\w-]+(?:ien|ienne|eur|euse|rice|aire|iste|ant|ante|ent|ente|ier|iere) (?:dans|chez|a|au|pour|en))";

/// Trade verbs.
const TRADE: &str = r"(?:sells?|selling|sold|supplies|supply|supplying|supplied|distributes?|distributing|distributed|makes|making|manufactures?|manufacturing|produces|producing|imports?|importing|exports?|resells?|stocks|vende|venden|vendia|suministra|suministran|distribuye|distribuyen|fabrica|fabrican|comercializa|importa|exporta|revende|vertreibt|vertreiben|verkauft|verkaufen|beliefert|herstellt|produziert|importiert|exportiert|handelt mit|vend|vendent|fournit|distribue|distribuent|fabrique|fabriquent|commercialise|importe|exporte|revend)";

/// Goods named after a trade verb.
const GOODS: &str = r"(?:equipment|supplies|products?|devices?|aids|pumps?|monitors?|kits?|machines?|instruments?|wheelchairs?|tests?|meters?|strips?|materials?|software|beds?|chairs?|scooters?|material(?:es)?|equipos?|productos?|aparatos?|dispositivos?|sillas?|audifonos|protesis|medidores|tiras|camas|maquinas|\w*(?:gerat|gerate|geraten|pumpen|pumpe|produkte|produkten|bedarf|artikel|material|zubehor|tests|stuhle|rollstuhle|hilfen|mittel)|materiel|appareils?|produits?|protheses?|fauteuils?|equipements?|dispositifs?|lits?|bandelettes|lecteurs?)";

/// Reading matter and courses.
const READING: &str = r"(?:books?|textbooks?|handbooks?|guides?|guidebooks?|manuals?|novels?|biograph(?:y|ies)|magazines?|essays?|dvds?|documentar(?:y|ies)|courses?|libros?|manual(?:es)?|guias?|novelas?|biografias?|revistas?|ensayos?|cursos?|documentales?|\w*buch|\w*bucher|ratgeber|romane?|biografie|zeitschrift|kurs|dokumentation|livres?|manuels?|romans?|biographies?|revues?|essais?|cours|documentaires?)";

/// Purchase and gift verbs.
const BUY: &str = r"(?:bought|buys?|buying|ordered|orders?|purchased|gifted|gave|gives?|compro|compra|encargo|pidio|regalo|kaufte|gekauft|bestellte?|schenkte|geschenkt|achete|commande|offert|offre)";

/// Workplace, trade and reading masks, joined into one alternation by [`pattern`].
const SHAPES: &[&str] = &[
    // Workplace: a frame, a short gap, a workplace noun and its qualifier.
    r"FRAME(?: GW){0,7}? ORGTAIL\b",
    // Spanish "tiene una farmacia", French "tient une pharmacie": ownership right before it.
    r"(?:tiene|tient|hat|has) (?:una|un|une|eine|einen|a|an) (?:[\w-]+ )?ORGTAIL\b",
    // Trade: a trade verb, a short gap and the goods.
    r"TRADE(?: GW){0,3}? GOODSTAIL\b",
    // Reading: a book or course and its topic, or its quoted title.
    // The topic runs, lazily, up to a purpose or gift word ("for", "para", "als", "en
    // cadeau") or the end of the sentence.
    r"READING (?:about|on|sobre|acerca de|de|del|uber|zur|zum|zu|sur|du|des)(?: [\w'-]+){1,8}? (?:for|para|fur|pour|as|als|como|comme|en cadeau|because|porque|weil|car|from|at|in|which|that|que|qui|to|a)\b",
    r"READING (?:about|on|sobre|acerca de|de|del|uber|zur|zum|zu|sur|du|des)(?: [\w'-]+){1,8}?[.,;!?]",
    r"READING '[\w ,:-]{1,60}",
    // A kit bought or given: the words before "kit" describe the product.
    r"BUY (?:a|an|the|un|una|el|la|le|une|ein|einen|eine|das|den)(?: GW){0,3}? (?:kits?|test kits?|sets?|coffrets?)\b",
    // Wholesale and resale orders.
    r"BUY(?: GW){0,4}? (?:in bulk|wholesale|for resale|para revender|al por mayor|en gros|pour la revente|zum weiterverkauf|im grosshandel)\b",
];

/// The contextual masks as one pattern (an alternation; each shape ends on its own boundary).
pub(super) fn pattern() -> String {
    let body = SHAPES
        .join("|")
        .replace("FRAME", FRAME)
        .replace("TRADE", TRADE)
        .replace("GOODS", GOODS)
        .replace("READING", READING)
        .replace("BUY", BUY)
        .replace("ORG", ORG)
        .replace("TAIL", TAIL)
        .replace("GW", GW);
    format!(r"\b(?:{body})")
}

/// A mask whose own text matches this is not applied: a patient, resident or treatment, a
/// union role, a long possessive or a clause-joining conjunction inside the masked span.
pub(super) const CONTEXT_REJECT: &str = r"\b(?:his|her|hers|my|su|sus|mi|mis|sein|ihr|son|sa|ses|mon|ma|mes|patients?|patientin\w*|pacientes?|inpatient|outpatient|residents?|residente|bewohner\w*|ingresad[oa]|hospitali[sz](?:ed|ee?s?|ad[oa]s?|iert)|treated|treatment|tratad[oa]|tratamiento|behandelt|behandlung|traitee?|traitement|soignee?|diagnos\w*|rep|reps|representative|steward|organi[sz]er|delegad[oa]s?|delegue\w*|vertrauens\w*|funktionar\w*|their|seine[nmrs]?|ihre[nmrs]?|meine[nmrs]?|leurs?|nuestr[oa]s?|own|propi[oa]s?|eigene[nmrs]?|propres?|pero|aber|mais|oder|sino|sondern|weil|because|porque|parce)\b";

/// No contextual mask is applied in a sentence that matches this: the person's own
/// condition, treatment, stay as a patient, absence or membership is stated ("works at the
/// psychiatric clinic where she is also a patient").
pub(super) const CONTEXT_GUARD: &str = r"\b(?:patients?|patientin\w*|pacientes?|inpatient|ingresad[oa]|hospitali[sz](?:ed|ee?s?|ad[oa]s?|iert)|treated|tratad[oa]|behandelt|traitee?|soignee?|diagnos\w*|diagnostiqu\w*|suffers?|suffering|sufre|padece|leidet|souffre|his own|her own|their own|su propi[oa]|(?:seine[nmrs]?|ihre[nmrs]?) eigene[nmrs]?|(?:son|sa|ses) propres?|sick leave|off sick|de baja|krankgeschrieben|krankgemeldet|arret (?:de travail|maladie)|afiliad[oa]|miembro|member|gewerkschaftsmitglied|mitglied|adherente?|membre|prays?|praying|reza|rezar|betet|beten|prie|prier)\b";
