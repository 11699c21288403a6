#!/usr/bin/env python3
"""Generate tests/fixtures/recall_eval.json, the labelled evaluation set for Recall.

The profiles are written below (DATA) in a small line format so that they stay readable and
reviewable; this script turns them into the JSON fixture, assigns ids and timestamps, and
verifies the set:

  * structure and size limits (profiles, items per kind, queries per profile);
  * every relevant id exists in the same profile;
  * "paraphrase" queries share NO content word with any of their relevant items (lowercase,
    split on non-letters/digits, drop the NLTK/Snowball stop words of the profile's language,
    compare Snowball stems), nor even a 5-letter word prefix (so that other stemmers or
    lemmatizers can't match "charging"/"charger" either);
  * "mixed" queries share at least one content stem with a relevant item and have at least one
    content stem that no relevant item has;
  * "exact" queries contain a distinctive token (one with a digit, or one found in at most 15% of
    the profile's items) that is also in a relevant item;
  * at least 35% of the queries are paraphrases;
and prints a lexical (BM25) baseline so that reviewers can see the lexical side fail where it
should.

Usage:  python3 scripts/make_recall_eval.py            # write the fixture and print the report
        python3 scripts/make_recall_eval.py --check    # verify only; exit 1 if it differs
        python3 scripts/make_recall_eval.py --review   # also list BM25 near misses per query

Needs `snowballstemmer` (pip install snowballstemmer).

Line format of DATA:
  PROFILE <id> <lang>          start of a profile (lang: en, es, de, fr)
  persona: <one line>
  start: <YYYY-MM-DD>          date of the oldest observation
  O [@cNN|@YYYY-MM-DD] [{label}] <text>
                               observation; @cNN dates it just after conversation cNN,
                               @YYYY-MM-DD on that day; otherwise spread from start: to the
                               first conversation
  CONV <cNN> <YYYY-MM-DDTHH:MM>  start of a conversation
  C [{label}] <text>           customer message in the current conversation
  A [{label}] <text>           agent message in the current conversation
  S <text>                     summary of the current conversation (label s:cNN)
  Q <kind> | <query> | <labels>   query; labels are {label}s, s:cNN or full ids
  ; comment
"""
import argparse
import datetime as dt
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

import snowballstemmer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "recall_eval.json")

STOP = {
    "en": """i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
yourselves he him his himself she she's her hers herself it it's its itself they them their theirs
themselves what which who whom this that that'll these those am is are was were be been being have
has had having do does did doing a an the and but if or because as until while of at by for with
about against between into through during before after above below to from up down in out on off
over under again further then once here there when where why how all any both each few more most
other some such no nor not only own same so than too very s t can will just don don't should
should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn
hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn needn't shan
shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't""",
    "es": """de la que el en y a los del se las por un para con no una su al lo como más pero sus le
ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos
durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro
otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo
nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío mía míos mías tuyo tuya
tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros
vuestras esos esas estoy estás está estamos estáis están esté estés estemos estéis estén estaré
estarás estará estaremos estaréis estarán estaría estarías estaríamos estaríais estarían estaba
estabas estábamos estabais estaban estuve estuviste estuvo estuvimos estuvisteis estuvieron
estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses estuviésemos
estuvieseis estuviesen estando estado estada estados estadas estad he has ha hemos habéis han haya
hayas hayamos hayáis hayan habré habrás habrá habremos habréis habrán habría habrías habríamos
habríais habrían había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron
hubiera hubieras hubiéramos hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen
habiendo habido habida habidos habidas soy eres es somos sois son sea seas seamos seáis sean seré
serás será seremos seréis serán sería serías seríamos seríais serían era eras éramos erais eran fui
fuiste fue fuimos fuisteis fueron fuera fueras fuéramos fuerais fueran fuese fueses fuésemos
fueseis fuesen siendo sido tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos tengáis
tengan tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos tendríais
tendrían tenía tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron tuviera
tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen teniendo
tenido tenida tenidos tenidas tened""",
    "de": """aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit dann der den des dem die
das dass daß derselbe derselben denselben desselben demselben dieselbe dieselben dasselbe dazu dein
deine deinem deinen deiner deines denn derer dessen dich dir du dies diese diesem diesen dieser
dieses doch dort durch ein eine einem einen einer eines einig einige einigem einigen einiger
einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures für gegen gewesen hab habe
haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in
indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine
keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein
meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr
sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher
solches soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel
vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches
wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar
zwischen""",
    "fr": """au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me
même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi
ton tu un une vos votre vous c d j l à m n s t y été étée étées étés étant étante étants étantes
suis es est sommes êtes sont serai seras sera serons serez seront serais serait serions seriez
seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez soient
fusse fusses fût fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as avons
avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait
avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût
eussions eussiez eussent""",
}
LANG_NAME = {"en": "english", "es": "spanish", "de": "german", "fr": "french"}
STEMMERS = {k: snowballstemmer.stemmer(v) for k, v in LANG_NAME.items()}
STOPSETS = {}
for _lang, _words in STOP.items():
    _set = set()
    for _w in _words.split():
        _set.update(re.findall(r"[^\W_]+", _w.lower()))
    STOPSETS[_lang] = _set

KINDS = ("exact", "paraphrase", "mixed")


def tokens(text):
    """Lowercase word tokens: runs of letters or digits (Unicode aware)."""
    return re.findall(r"[^\W_]+", text.lower())


def content_stems(text, lang):
    stem = STEMMERS[lang].stemWord
    return {stem(t) for t in tokens(text) if t not in STOPSETS[lang]}


def prefixes(text, lang):
    """5-letter prefixes of content words of 5+ letters: a stricter, stemmer-independent check."""
    return {t[:5] for t in tokens(text) if len(t) >= 5 and t not in STOPSETS[lang]}


def stem_list(text, lang):
    stem = STEMMERS[lang].stemWord
    return [stem(t) for t in tokens(text) if t not in STOPSETS[lang]]


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


LABEL_RE = re.compile(r"^\{([A-Za-z0-9_\-]+)\}\s*")


def take_label(text):
    m = LABEL_RE.match(text)
    if m:
        return m.group(1), text[m.end():].strip()
    return None, text.strip()


def parse(data):
    profiles = []
    cur = None
    conv = None
    for lineno, raw in enumerate(data.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        def err(msg):
            raise SystemExit(f"DATA line {lineno}: {msg}: {raw!r}")
        if line.startswith("PROFILE "):
            _, pid, lang = line.split()
            cur = {"id": pid, "lang": lang, "persona": None, "start": None, "obs": [],
                   "convs": [], "queries": []}
            profiles.append(cur)
            conv = None
            continue
        if cur is None:
            err("outside a profile")
        if line.startswith("persona:"):
            cur["persona"] = line[len("persona:"):].strip()
        elif line.startswith("start:"):
            cur["start"] = dt.datetime.fromisoformat(line[len("start:"):].strip() + "T09:00:00")
        elif line.startswith("CONV "):
            _, cid, when = line.split()
            conv = {"cid": cid, "start": dt.datetime.fromisoformat(when), "msgs": [],
                    "summary": None}
            cur["convs"].append(conv)
        elif line.startswith("O ") or line.startswith("O@"):
            after = None
            rest = line[1:]
            if rest.startswith("@"):
                after, rest = rest[1:].split(None, 1)
            label, text = take_label(rest.strip())
            cur["obs"].append({"label": label, "after": after, "text": text, "line": lineno})
        elif line[:2] in ("C ", "A "):
            if conv is None:
                err("message outside a conversation")
            label, text = take_label(line[2:])
            conv["msgs"].append({"label": label, "author": "customer" if line[0] == "C" else "agent",
                                 "text": text, "line": lineno})
        elif line.startswith("S "):
            if conv is None or conv["summary"] is not None:
                err("summary outside a conversation or second summary")
            conv["summary"] = line[2:].strip()
        elif line.startswith("Q "):
            parts = [p.strip() for p in line[2:].split("|")]
            if len(parts) != 3 or parts[0] not in KINDS:
                err("bad query")
            cur["queries"].append({"kind": parts[0], "query": parts[1],
                                   "labels": parts[2].replace(",", " ").split(), "line": lineno})
        else:
            err("unknown line")
    return profiles


def build(p):
    pid = p["id"]
    labels = {}
    def bind(label, iid):
        if label is None:
            return
        if label in labels:
            raise SystemExit(f"{pid}: duplicate label {label}")
        labels[label] = iid

    comms, summaries, conv_end = [], [], {}
    mnum = 0
    for c in p["convs"]:
        cid = f"{pid}-{c['cid']}"
        t = c["start"]
        for i, m in enumerate(c["msgs"]):
            if i:
                gap = 1 + h(pid, c["cid"], i) % 6
                if m["author"] != c["msgs"][i - 1]["author"]:
                    gap += h(pid, c["cid"], i, "reply") % 4
                t = t + dt.timedelta(minutes=gap, seconds=h(pid, i, "s") % 60)
            mnum += 1
            iid = f"{pid}-m{mnum:02d}"
            bind(m["label"], iid)
            comms.append({"id": iid, "conversationId": cid, "author": m["author"],
                          "text": m["text"], "occurredAt": iso(t)})
        conv_end[c["cid"]] = t
        if c["summary"]:
            sid = f"{pid}-s{len(summaries) + 1:02d}"
            bind("s:" + c["cid"], sid)
            summaries.append({"id": sid, "conversationId": cid, "content": c["summary"],
                              "occurredAt": iso(t + dt.timedelta(minutes=4))})
    first = min(c["start"] for c in p["convs"] if c["msgs"])
    plain = [o for o in p["obs"] if o["after"] is None]
    per_after = Counter()
    observations = []
    span = (first - p["start"]).total_seconds()
    k = 0
    for n, o in enumerate(p["obs"], 1):
        iid = f"{pid}-o{n:02d}"
        bind(o["label"], iid)
        if o["after"] is None:
            frac = k / max(1, len(plain))
            k += 1
            t = p["start"] + dt.timedelta(seconds=span * frac * 0.9)
            t = t.replace(hour=9 + h(pid, n) % 8, minute=h(pid, n, "m") % 60, second=0)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["after"]):
            t = dt.datetime.fromisoformat(o["after"]).replace(
                hour=9 + h(pid, n) % 8, minute=h(pid, n, "m") % 60)
        else:
            if o["after"] not in conv_end:
                raise SystemExit(f"{pid}: observation after unknown conversation {o['after']}")
            per_after[o["after"]] += 1
            t = conv_end[o["after"]] + dt.timedelta(minutes=6 + 3 * per_after[o["after"]])
        observations.append({"id": iid, "content": o["text"], "occurredAt": iso(t)})
    ids = {x["id"] for x in observations + summaries + comms}
    queries = []
    for qn, q in enumerate(p["queries"], 1):
        rel = []
        for lab in q["labels"]:
            if lab in labels:
                rel.append(labels[lab])
            elif lab in ids:
                rel.append(lab)
            else:
                raise SystemExit(f"{pid} query line {q['line']}: unknown label {lab}")
        if len(set(rel)) != len(rel):
            raise SystemExit(f"{pid} query line {q['line']}: duplicate relevant id")
        queries.append({"id": f"{pid}-q{qn:02d}", "query": q["query"], "kind": q["kind"],
                        "relevant": rel})
    return {"id": pid, "language": p["lang"], "persona": p["persona"],
            "observations": observations, "summaries": summaries, "communications": comms,
            "queries": queries}


def item_texts(prof):
    out = {}
    for o in prof["observations"]:
        out[o["id"]] = o["content"]
    for s in prof["summaries"]:
        out[s["id"]] = s["content"]
    for m in prof["communications"]:
        out[m["id"]] = m["text"]
    return out


def bm25_rank(prof, query, k1=1.2, b=0.75):
    lang = prof["language"]
    docs = {i: stem_list(t, lang) for i, t in item_texts(prof).items()}
    n = len(docs)
    avgdl = sum(len(d) for d in docs.values()) / n
    df = Counter()
    for d in docs.values():
        df.update(set(d))
    q = set(stem_list(query, lang))
    scores = {}
    for i, d in docs.items():
        tf = Counter(d)
        s = 0.0
        for t in q:
            if tf[t]:
                idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                s += idf * tf[t] * (k1 + 1) / (tf[t] + k1 * (1 - b + b * len(d) / avgdl))
        if s > 0:
            scores[i] = s
    return sorted(scores, key=lambda i: (-scores[i], i))


def verify(doc, review=False):
    problems = []
    profiles = doc["profiles"]
    kinds = Counter()
    langs = Counter()
    items = Counter()
    para_ok = para_bad = para_prefix = 0
    para_with_decoy = 0
    seen_ids = set()
    if len(profiles) < 40:
        problems.append(f"only {len(profiles)} profiles")
    baseline = defaultdict(lambda: {"r5": 0.0, "r10": 0.0, "mrr": 0.0, "n": 0})
    for prof in profiles:
        pid, lang = prof["id"], prof["language"]
        langs[lang] += 1
        no, ns, nm = len(prof["observations"]), len(prof["summaries"]), len(prof["communications"])
        nconv = len({m["conversationId"] for m in prof["communications"]})
        items["observations"] += no
        items["summaries"] += ns
        items["communications"] += nm
        if not 15 <= no <= 40:
            problems.append(f"{pid}: {no} observations")
        if not 2 <= ns <= 6:
            problems.append(f"{pid}: {ns} summaries")
        if not 10 <= nm <= 40:
            problems.append(f"{pid}: {nm} communications")
        if not 2 <= nconv <= 5:
            problems.append(f"{pid}: {nconv} conversations with communications")
        if not 4 <= len(prof["queries"]) <= 8:
            problems.append(f"{pid}: {len(prof['queries'])} queries")
        texts = item_texts(prof)
        for iid in list(texts) + [q["id"] for q in prof["queries"]]:
            if iid in seen_ids:
                problems.append(f"duplicate id {iid}")
            seen_ids.add(iid)
            if not iid.startswith(pid + "-"):
                problems.append(f"{iid} not prefixed with {pid}")
        stems = {i: content_stems(t, lang) for i, t in texts.items()}
        raw_df = Counter()
        for t in texts.values():
            raw_df.update(set(tokens(t)))
        for q in prof["queries"]:
            kinds[q["kind"]] += 1
            rel = q["relevant"]
            if not rel or any(r not in texts for r in rel):
                problems.append(f"{q['id']}: bad relevant list {rel}")
                continue
            qs = content_stems(q["query"], lang)
            shared = set().union(*(qs & stems[r] for r in rel))
            relunion = set().union(*(stems[r] for r in rel))
            if q["kind"] == "paraphrase":
                qp = prefixes(q["query"], lang)
                if any(qp & prefixes(texts[r], lang) for r in rel):
                    para_prefix += 1
                    problems.append(f"{q['id']} paraphrase shares a 5-letter word prefix: {q['query']}")
                if shared:
                    para_bad += 1
                    problems.append(f"{q['id']} paraphrase shares {sorted(shared)}: {q['query']}")
                else:
                    para_ok += 1
                decoys = [i for i in texts if i not in rel and qs & stems[i]]
                if decoys:
                    para_with_decoy += 1
            elif q["kind"] == "mixed":
                if not shared:
                    problems.append(f"{q['id']} mixed shares nothing: {q['query']}")
                if not (qs - relunion):
                    problems.append(f"{q['id']} mixed has no paraphrased word: {q['query']}")
            else:
                reltok = set().union(*(set(tokens(texts[r])) for r in rel))
                distinct = [t for t in set(tokens(q["query"])) if t in reltok
                            and t not in STOPSETS[lang]
                            and (any(ch.isdigit() for ch in t)
                                 or raw_df[t] <= max(3, len(texts) * 0.15))]
                if not distinct:
                    problems.append(f"{q['id']} exact has no distinctive token: {q['query']}")
            ranked = bm25_rank(prof, q["query"])
            for kk in (q["kind"], "all"):
                bl = baseline[kk]
                bl["n"] += 1
                bl["r5"] += len(set(ranked[:5]) & set(rel)) / len(rel)
                bl["r10"] += len(set(ranked[:10]) & set(rel)) / len(rel)
                rr = next((1 / (i + 1) for i, d in enumerate(ranked) if d in rel), 0.0)
                bl["mrr"] += rr
            if review:
                near = [d for d in ranked[:6] if d not in rel]
                print(f"\n{q['id']} [{q['kind']}] {q['query']}")
                for r in rel:
                    print(f"   + {r}: {texts[r][:110]}")
                for d in near[:4]:
                    print(f"   - {d}: {texts[d][:110]}")
    nq = sum(kinds.values())
    report = {
        "profiles": len(profiles),
        "languages": dict(langs),
        "items": dict(items),
        "queries": nq,
        "queries_by_kind": dict(kinds),
        "paraphrase_share": round(kinds["paraphrase"] / nq, 3) if nq else 0,
        "paraphrase_zero_overlap": para_ok,
        "paraphrase_with_overlap": para_bad,
        "paraphrase_sharing_5_letter_prefix": para_prefix,
        "paraphrase_with_lexical_decoys": para_with_decoy,
        "bm25_baseline": {k: {m: round(v[m] / v["n"], 3) for m in ("r5", "r10", "mrr")}
                          | {"n": v["n"]} for k, v in sorted(baseline.items())},
    }
    if nq < 200:
        problems.append(f"only {nq} queries")
    if nq and kinds["paraphrase"] / nq < 0.35:
        problems.append(f"paraphrase share {kinds['paraphrase'] / nq:.2%} < 35%")
    return report, problems


ABOUT = (
    "Labelled evaluation set for Recall (per-profile retrieval over observations, conversation "
    "summaries and communications). Each query is asked against its own profile only; "
    "'relevant' lists every item of that profile an agent would want shown, in no particular "
    "order. Kinds: 'exact' queries carry a distinctive token (order number, SKU, name, code, "
    "email, plan name) found in a relevant item, where lexical retrieval should win; "
    "'paraphrase' queries share no content word with any relevant item (lowercase, split on "
    "non-letters/digits, NLTK/Snowball stop words of the profile's language removed, Snowball "
    "stems compared), where semantic retrieval should win; 'mixed' share some words and "
    "paraphrase others. Profiles contain near-miss items (other orders, neighbouring topics) "
    "as distractors. 'language' is the profile's language (en, es, de, fr); queries use it too. "
    "All people, businesses, numbers, addresses and emails are invented (+1 555 01xx and +44 7700 900xxx "
    "phone numbers, example.com emails); timestamps are synthetic but consistent within a profile. "
    "Generated and verified by scripts/make_recall_eval.py; measure recall@5, recall@10 and MRR."
)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="verify; fail if the fixture differs")
    ap.add_argument("--review", action="store_true", help="print BM25 near misses per query")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    doc = {"version": 1, "about": ABOUT, "profiles": [build(p) for p in parse(DATA)]}
    report, problems = verify(doc, review=args.review)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    for pr in problems:
        print("PROBLEM:", pr)
    text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            if f.read() != text:
                print("fixture is out of date: run scripts/make_recall_eval.py")
                return 1
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {args.out}")
    return 1 if problems else 0


DATA = r"""
PROFILE p01 en
persona: Ridgeline Outfitters (outdoor gear web shop); repeat buyer of hiking and camping kit, ships home or to a parcel locker.
start: 2025-07-10
O {sms} Prefers SMS over email for order updates.
O {bootsize} Wears US 10 in hiking boots; said the Alpenfels Trail GTX runs half a size small.
O Default ship-to is her home in Portland, OR. Uses the Hawthorne Blvd parcel locker when traveling.
O Basecamp loyalty tier since March 2024.
O {email} Account email marta.kowalczyk@example.com, phone +1 555 0142.
O Usually orders on weekends and bundles items to clear the $75 free-shipping threshold.
O Returned a rain shell (wrong color) in Aug 2025; refund back on card within 5 days.
O Declined the Ridgeline credit card offer at checkout twice - don't push it.
O {stove} Owns the Pinecrest 2-burner camp stove; has asked before which fuel canisters fit it.
O Used brother's referral code (10%) once; code is single-use per account.
O Likes gift wrap on December orders, writes her own notes.
O Leaves product reviews - 4 stars on the Summit 30L daypack ("great hip belt, side pockets too tight").
O Opted out of the monthly newsletter in Sept 2025.
O {exch} Asked about exchanging the Alpenfels boots for a half size up; decided to keep them with thicker socks.
O Calls in after work hours, Pacific time.
CONV c00 2025-09-14T11:00
S Phone call: customer asked whether the Summit 30L daypack fits a 3L hydration bladder (yes, sleeve takes up to 3L) and asked us to price-match a competitor's sale on trekking poles; declined because the competitor item was a clearance model.
CONV c01 2025-11-18T19:05
C Hi, my order #4521 was supposed to arrive Friday and tracking hasn't moved since Wednesday
A Hi Marta, sorry about that! Let me look into #4521 with the carrier.
A {track4521} It's held at the Tualatin sort facility, the carrier flagged a damaged label. Tracking no. is 1Z84R7710355209614.
C ugh. the boots are for a trip on the 29th
A I've asked them to relabel it and upgraded you to 2-day at no cost. If it hasn't moved by Monday I'll ship a replacement pair.
C {textme} ok thanks. text me if anything changes, I barely check my inbox
A {smsnoted} Will do - I've put SMS on the order notes.
S Marta contacted us because order #4521 (Alpenfels Trail GTX boots, US 10.5, plus two pairs of merino socks) had stalled in transit; the carrier reported a damaged label at Tualatin. Agent requested a relabel, upgraded shipping to 2-day free of charge and promised a replacement if nothing moved by Monday 11/24. She needs the boots before a trip on 11/29.
CONV c02 2025-11-25T08:40
C Boots arrived yesterday, thanks! Different problem though: order #4588 came with the wrong fuel canisters
A Glad the boots made it in time. What did you get on #4588?
C {wrongfuel} Isobutane 230g cans, but my stove takes the 16oz propane ones. packing slip says RO-FUEL-230
A {p16} You're right, the Pinecrest 2-burner needs RO-FUEL-P16. I'm sending 2 of those today to your Hawthorne locker and I'll email a prepaid return label for the 230g cans.
C Can I just keep them? Not worth a trip to the post office for two cans
A Of course, keep them, no return needed.
S Order #4521 (boots) was delivered 11/24. Order #4588 contained the wrong fuel: RO-FUEL-230 isobutane instead of RO-FUEL-P16 propane for her Pinecrest stove. Agent shipped two RO-FUEL-P16 to the Hawthorne Blvd locker; customer keeps the wrong canisters, no return required.
CONV c03 2026-01-09T12:15
C {gift1} hi - my sister wants to return the jacket I gave her for xmas, order #4602. can she do it without me?
A {giftpolicy} Yes. With the gift receipt she can return it in any store or by mail, and the refund goes onto a Ridgeline gift card in her name rather than your card.
C perfect. also how many points do I have? thought I'd have a reward by now
A {pts} You're at 1,240 points; rewards unlock at 1,500, so one more order should get you there.
C ok. does the Summit 30L come in green yet
A Not yet, the sage green restock is expected in March. Want me to set an alert? By text?
C yes please
S Customer asked whether her sister can return a jacket from gift order #4602; agent confirmed gift-receipt returns are refunded to a gift card in the recipient's name. Loyalty balance 1,240 points (reward at 1,500). Set an SMS back-in-stock alert for the Summit 30L daypack in sage green, restock expected in March.
O@c01 Goodwill on #4521: free upgrade to 2-day shipping after carrier label damage.
O@c02 Kept mis-shipped RO-FUEL-230 canisters from #4588 at no charge.
O@c03 Back-in-stock SMS alert set for Summit 30L daypack, sage green.
O@c03 {ptsobs} Loyalty balance 1,240 points; next reward at 1,500.
Q exact | tracking number for #4521 | track4521
Q exact | did we ever send her RO-FUEL-P16? | p16 s:c02
Q exact | customer says her login is marta.kowalczyk@example.com | email
Q paraphrase | which channel does she want delivery notifications on | sms textme smsnoted
Q paraphrase | how big are her feet? | bootsize exch s:c01
Q paraphrase | my friend got a present from me and doesn't like it, can he exchange it himself? | giftpolicy s:c03
Q mixed | is she close to a loyalty reward | ptsobs pts s:c03
PROFILE p02 en
persona: Northwind Mobile postpaid account holder with a four-line family plan; travels to Canada for work.
start: 2025-06-02
O {plan} On the Family Share 4 plan (4 lines); account holder Devon Achterberg.
O Lines: Devon +1 555 0117, Priya +1 555 0118, kids +1 555 0119 and +1 555 0120.
O {autopay} Autopay enabled from checking ending 4471; $5/line autopay discount applied.
O {paperless} Paperless billing, cycle closes on the 12th.
O Customer since 2019; loyalty/tenure discount review due in 2026.
O Goes to Toronto about once a month for work.
O Kids' lines (0119, 0120) have content filters and a 10GB hotspot cap.
O Prefers chat to phone support, usually after 9pm.
O {upgelig} Line 0117 eligible for device upgrade from Feb 1 2026.
O Reported dropped calls at home (zip 97214) in 2024; network ticket closed as tower maintenance.
O@2025-10-21 Account PIN reset Oct 2025 after failed verification on a call.
O Not interested in the home internet bundle, already has fiber with another provider.
O {protect} Device protection only on Priya's line ($9/mo).
O {authuser} Priya Achterberg is an authorized user: OK to go over invoices with her, but she can't change plans.
O Uses eSIM on the Lumen X2.
O Declined the 5G Home trial in 2025.
CONV c01 2025-10-14T21:20
C Why is there $84 of roaming on my bill?? I thought Canada was included
A Let me take a look. Which line was it?
C mine, 0117. I was in Toronto the 2nd-5th
A {roam1} I see it. Family Share 4 includes talk & text in Canada, but data past 2GB/day triggers TravelPass at $10/day, which happened on 3 days plus taxes.
C nobody told me that. I go up there every month
A I've applied a one-time $40 courtesy credit. Since you travel monthly, the North America Data add-on ($15/mo on your line) would remove the daily cap.
C fine, add it to my line only
A {addon} Done - North America Data add-on is active on 0117 from today and shows on your Nov bill.
S Devon disputed $84 of roaming charges on line 0117 from a Toronto trip (Oct 2-5). Agent explained Family Share 4 includes talk & text in Canada but data above 2GB/day triggers TravelPass at $10/day. Applied a one-time $40 courtesy credit and added the North America Data add-on ($15/mo) to line 0117 only, effective immediately.
CONV c02 2026-02-03T20:45
C Hey, I'm told I can upgrade my phone now? Looking at the Lumen X3
A Yes, line 0117 became eligible on Feb 1. With your Lumen X2 as trade-in you'd get $220 off, the rest over 24 months at $22.50/mo.
C and the eSIM just moves over?
A Yes, you'll get a QR code by email when the phone ships; scanning it moves your number. Photos and apps move with the Lumen transfer app.
C ok order it. 256GB, black
A {upgorder} Ordered: Lumen X3 256GB Obsidian, upgrade order UPG-77310, ships in 2-3 days. The trade-in kit comes in the box; you have 30 days to send the X2.
S Device upgrade on line 0117: Lumen X3 256GB Obsidian, order UPG-77310, $220 trade-in credit for the Lumen X2, remainder financed over 24 months ($22.50/mo). eSIM moves via QR code emailed at shipping. Trade-in must be returned within 30 days.
CONV c03 2026-03-14T10:05
C My bill went up $22 and I don't see the trade-in credit
A {tradein1} Checking UPG-77310... the X2 trade-in hasn't been scanned in, so the $220 credit never started - that's the increase you're seeing.
C I dropped it at the UPS store on Feb 20, I have the receipt
A Thanks. Can you send me the tracking from the receipt?
C 1Z9F44E20398017785
A {tradein3} Found it - delivered to our warehouse Feb 24 but not processed. I've escalated it (case TI-55821); the credit should post within 1-2 cycles, and I've put a $22.50 credit on this bill so you're not out of pocket.
S Bill for line 0117 rose by $22.50 because the Lumen X2 trade-in credit had not started. Customer shipped the kit Feb 20 (tracking 1Z9F44E20398017785); it reached the warehouse Feb 24 but was not processed. Escalated as case TI-55821; temporary $22.50 credit applied; $220 trade-in credit expected within 1-2 bill cycles.
O@c01 {roamaddon} North America Data add-on ($15/mo) on line 0117 since Oct 2025, for his monthly Toronto trips.
O@c03 {ti} Trade-in case TI-55821 open: X2 received Feb 24, credit not posted yet. Check status on next contact.
Q exact | case TI-55821 status | ti tradein3 s:c03
Q exact | pull up UPG-77310 | upgorder s:c02 tradein1
Q exact | does Family Share 4 include Canada | roam1 s:c01
Q paraphrase | is he okay for mobile internet use when he crosses the border for work? | roam1 addon roamaddon s:c01
Q paraphrase | who else can we talk money with in this household? | authuser
Q paraphrase | how does he settle what he owes each month | autopay
Q mixed | why did his bill jump $22 in March | tradein1 tradein3 ti s:c03
PROFILE p03 en
persona: Cobalt Air Skyward Gold frequent flyer based near London Gatwick; flies to Boston for work, leisure trips with his partner.
start: 2025-05-20
O {member} Skyward Gold, member no. CA44102298; status valid to 31 Mar 2027.
O {seat} Always wants an aisle seat, ideally row 10 or forward on the A321neo.
O {meal} Requests vegetarian meal on long-haul.
O Home airport LGW; flies LGW-BOS for work roughly six times a year.
O Sometimes travels with a folding bike; has paid the sports-equipment fee before.
O {companion} Companion voucher from Gold status unused, expires Nov 2026.
O Email gareth.pemberton@example.com, mobile +44 7700 900418.
O Prefers automatic rebooking over a phone call when flights are disrupted.
O Work trips booked via Halden & Price travel desk; leisure trips booked direct.
O 2024 complaint: broken seat recline on CA118, compensated with 15,000 miles.
O Partner Hannah travels with him on leisure trips; her own membership CA44107731.
O No marketing calls, please.
O@2026-01-06 Bought the monthly Wi-Fi pass Jan 2026, set to auto-renew.
O Avoids the 06:10 departure; picks the 11:40 LGW-BOS when possible.
O Has lounge access via Gold; usually uses the North Terminal lounge.
CONV c01 2025-12-02T07:50
C {qx} My 11:40 to Boston today, CA117, shows cancelled. Booking QX7L4P. What are my options?
A Sorry Gareth. CA117 was cancelled because of a crew shortage. I can put you on CA119 at 16:15 today or tomorrow's CA117.
C {aisle} 16:15 please, aisle if there is one
A {rebook} Done: CA119 16:15 LGW-BOS, 7C. Your vegetarian meal has been carried across.
C what about compensation, i'll be 4.5h late
A {uk261} Under UK261 you're entitled to £520 for a cancellation with under 14 days' notice on this distance. I've opened claim CMP-20931; payment goes to the card on the booking within 14 days.
S Flight CA117 LGW-BOS on 2 Dec (booking QX7L4P) cancelled due to crew shortage. Rebooked on CA119 at 16:15 same day, seat 7C, vegetarian meal transferred. Compensation claim CMP-20931 opened for £520 under UK261, payable to the booking card within 14 days.
CONV c02 2026-01-20T13:30
C miles for my Dec 9 return on Aerolinea Azul (your partner) never showed up
A Can you give me the ticket number? It starts with 842.
C {tkt} 842 2219037751
A {miles2} Thanks. Partner flights can take up to 6 weeks and it's been 6, so I've submitted a missing-miles request, MM-64410. You should see 3,870 miles within 10 days.
C also, can I use the companion voucher for a trip to Lisbon in May?
A {comp} Yes, the companion voucher works on any Cobalt-operated route, economy or premium, except blackout dates 22 May-1 June. Book by phone so we can apply it.
S Missing partner miles for the 9 Dec Aerolinea Azul flight, ticket 842 2219037751: submitted request MM-64410 for 3,870 miles, expected within 10 days. Customer asked about the Gold companion voucher for Lisbon in May: valid on Cobalt-operated routes, blackout 22 May-1 June, must be booked by phone.
CONV c03 2026-03-05T18:10
C Booked Lisbon with the voucher, ref RT9M2C. Taking my bike - do I need to pre-book?
A {bike} Yes, bikes must be pre-booked at least 48h before departure: £45 each way, boxed, max 23kg. I've added it both ways to RT9M2C.
C great. Hannah's passport was renewed, the number changed
A Update the advance passenger info in Manage Booking; I've also flagged RT9M2C so check-in will prompt her.
S Leisure booking RT9M2C to Lisbon on the companion voucher (Gareth + Hannah). Bike added both ways (£45 each way, boxed, max 23kg). Hannah's passport renewed; customer told to update API details in Manage Booking, booking flagged for a check-in prompt.
O@c01 {cmp} CMP-20931: £520 compensation for CA117 cancellation on 2 Dec 2025.
O@c02 {mm} Missing-miles request MM-64410 (3,870 miles, partner flight 9 Dec).
Q exact | what did we rebook QX7L4P onto | rebook s:c01
Q exact | any update on MM-64410 | mm miles2 s:c02
Q exact | ticket 842 2219037751 | tkt miles2 s:c02
Q paraphrase | where does he like to sit on board? | seat aisle
Q paraphrase | any dietary requirements for catering? | meal rebook s:c01
Q paraphrase | can his other half travel with him without paying a fare? | companion comp s:c02 s:c03
Q mixed | has the compensation for the cancelled Boston flight been paid out | uk261 cmp s:c01
PROFILE p04 en
persona: Harbor Point Bank retail customer with joint checking, savings and a credit card; mostly uses the app.
start: 2025-06-15
O@2025-12-09 Debit card ending 3307 (replaced Dec 2025); old card ending 9182 cancelled.
O Checking nickname "Household", savings nickname "Boat fund".
O@2026-02-08 {travelnote} Sets travel notices before trips; last one Mexico 10-24 Feb 2026.
O Prefers in-app secure messages; doesn't pick up unknown numbers.
O Usual branch: Harbor Point Westgate.
O {cc} Visa Signature credit card ending 6620, limit $12,000.
O {overdraft} Overdraft protection linked to Boat fund savings.
O Zelle enrolled with lucia.fl@example.com.
O Rent goes out by scheduled transfer on the 1st to Greystone Property Mgmt.
O Paper statements for savings only (her accountant wants them).
O Has asked twice about CD rates; hasn't opened one.
O Erik Lind is joint owner on checking only.
O {fees} Waived one $35 overdraft fee in Aug 2025 (courtesy, once per 12 months).
O Verified phone +1 555 0163.
O Direct deposit from Coastal Dental Group every other Friday.
O Push alerts on for transactions over $200.
O Disputed a $48 ParkRight garage charge in 2025; resolved in her favor.
CONV c00 2025-09-20T15:00
S Branch call: customer asked about 12-month CD rates (4.10% APY at the time) and early-withdrawal penalties; no account opened. Confirmed Erik Lind has no access to the savings account since he is joint owner on checking only.
CONV c01 2025-12-06T16:20
C I can't find my debit card, the one ending 9182. And there's a charge from BLUEWAVE ELEC for $389 that I didn't make
A I've locked card 9182 right now so nothing else can go through. Let me look at that charge.
A {dispute} The $389 BlueWave Electronics charge posted Dec 5 (online). I've opened dispute D-118204; you'll get a provisional credit within 2 business days.
C ok. new card?
A A replacement ships in 5-7 business days to the address on file, or I can expedite it at no fee given the fraud.
C yes expedite please
S Customer reported debit card ending 9182 lost and an unrecognized $389 online charge from BlueWave Electronics (Dec 5). Agent locked the card, opened dispute D-118204 (provisional credit within 2 business days) and ordered an expedited replacement at no fee.
CONV c02 2026-02-08T11:00
C going to Mexico 10th to 24th feb, do I need to tell you?
A {tn} Thanks for letting us know. I've added a travel notice for Mexico, Feb 10-24, on debit 3307 and credit 6620.
C will I pay fees on the credit card there?
A {ftf} Your Visa Signature has no foreign transaction fees. Debit 3307 charges 3% on purchases abroad plus $5 per withdrawal at non-partner ATMs.
C ok so use the credit card for everything, got it
S Travel notice set for Mexico Feb 10-24 on debit card 3307 and credit card 6620. Agent explained the Visa Signature has no foreign transaction fee, while debit carries 3% plus $5 per non-partner ATM withdrawal.
CONV c03 2026-03-02T09:40
C I got charged a $35 overdraft fee on Feb 27 but my savings should cover it??
A {od1} Let me check. The overdraft transfer from Boat fund failed because the savings balance was $12.40, below the $25 minimum transfer.
C ugh. can you waive it
A {od2} I'm sorry, the courtesy waiver was already used in August, so I can't waive it until August 2026. I can set up a low-balance alert on Boat fund so this doesn't happen again.
C fine, do that. and did the BlueWave dispute get resolved?
A {dres} Yes, D-118204 closed in your favor on Jan 14; the $389 credit is permanent.
S $35 overdraft fee on Feb 27: the transfer from Boat fund savings failed because its balance ($12.40) was under the $25 minimum. Waiver declined (courtesy waiver used Aug 2025, next eligible Aug 2026). Low-balance alert set on savings. Dispute D-118204 confirmed resolved in customer's favor, $389 credit permanent.
O@c01 {dobs} Reported card 9182 lost 6 Dec 2025; fraud dispute D-118204 ($389 BlueWave Electronics).
O@c03 Low-balance alert on Boat fund savings (set Mar 2026).
Q exact | status of dispute D-118204 | dres s:c03 dobs dispute s:c01
Q exact | what's the limit on the card ending 6620 | cc
Q paraphrase | any surcharge for spending outside the country? | ftf s:c02
Q paraphrase | why didn't her rainy-day money kick in when she went negative? | od1 overdraft s:c03
Q paraphrase | can we forgive that penalty? | od2 fees s:c03
Q mixed | which cards are flagged for the Mexico trip | tn travelnote s:c02
PROFILE p05 en
persona: Brightside Dental front desk; a parent who books and pays for himself and two children (scheduling, insurance and billing only).
start: 2025-04-08
O {slots} Prefers early-morning appointments (before 8:30) on Tuesdays or Thursdays.
O Books for himself and his children Ola and Kuba; kids are patients since 2023.
O {ins} Dental plan: Meridian Dental PPO, member ID MDX-448120, group 7731.
O {reminders} Wants appointment reminders by text 48 hours before, not a phone call.
O Address 41 Alder Court, Springfield.
O@2025-10-03 Had an $86 balance from Sept 2025, paid Oct 3.
O Copays by card on file (Visa ending 5514).
O Kids' appointments need to be after 3:30pm on weekdays because of school.
O {hyg} Likes Dana (hygienist); request her when she's available.
O Missed one appointment in 2024; late-cancel fee waived as a first occurrence.
O Email tomasz.brandt@example.com.
O Asks for itemized receipts for FSA reimbursement.
O Always asks for parking validation.
O Statements by email as PDF.
O Cancellation policy acknowledged: 24 hours notice or $40 fee.
O Referred the Kim family in 2025; $25 referral credit applied.
CONV c01 2025-10-07T08:05
C Hi, I need to book six-month check-ups for Ola and Kuba, ideally same day
A {kidsbook} Sure! Thursday Oct 23 I have 3:45pm for Ola and 4:15pm for Kuba, both with Dr. Okafor.
C {danaq} perfect, and is Dana in that afternoon? the kids like her
A Dana's off on Thursdays, unfortunately, so it would be Jess. Want me to keep looking for a day Dana works?
C no that's fine, keep the 23rd
A {kidsconfirm} Booked. Confirmations BSD-20451 (Ola) and BSD-20452 (Kuba). You'll get a text reminder 48h before.
S Booked six-month check-ups for Ola (3:45pm) and Kuba (4:15pm) on Thu Oct 23 with Dr. Okafor; hygienist Jess since Dana doesn't work Thursdays. Confirmations BSD-20451 and BSD-20452; text reminders 48h before.
CONV c02 2025-11-18T12:30
C I got a bill for $212 for the kids' visit, shouldn't insurance cover check-ups 100%?
A {claim1} Let me check. Meridian returned the claim because the member ID we had was missing a digit: MDX-44812.
C {id9} it's MDX-448120
A {claim2} Thanks, corrected to MDX-448120 and resubmitted the claim today. Please ignore the $212 statement; you'll get a corrected one showing $0 for preventive visits within 3-4 weeks.
S Customer received a $212 bill for the Oct 23 kids' check-ups. Meridian Dental PPO had rejected the claim because the stored member ID was truncated (MDX-44812). Corrected to MDX-448120 and resubmitted; corrected statement expected in 3-4 weeks at $0 for preventive care.
CONV c03 2026-01-12T07:55
C Need to move my appointment on Jan 15, something came up at work
A Your 7:30am on the 15th - I can do Tuesday Jan 20 at 7:30 or Thursday Jan 22 at 8:00, both with Dana.
C 20th at 7:30
A Moved to Tue Jan 20, 7:30am with Dana. You gave more than 24h notice, so no fee.
C also can you email me an itemized receipt for last year for my FSA
A Sent to tomasz.brandt@example.com: itemized 2025 receipts for all three of you.
S Customer moved his own appointment from Jan 15 to Tue Jan 20 at 7:30am with Dana (more than 24h notice, no fee). Emailed itemized 2025 receipts for the family for FSA reimbursement.
O@c02 {idfix} Insurance member ID corrected to MDX-448120 (was truncated); kids' Oct claim resubmitted Nov 18.
O@c03 Next own appointment: Tue Jan 20 2026, 7:30am, with Dana.
Q exact | MDX-448120 | ins claim2 s:c02 idfix id9
Q exact | what's booked under BSD-20452 | kidsconfirm kidsbook s:c01
Q paraphrase | when is he usually free to come in? | slots
Q paraphrase | why did we charge the family for the children's routine exams? | claim1 s:c02 idfix
Q paraphrase | how should we ping him ahead of a visit? | reminders kidsconfirm s:c01
Q mixed | which hygienist do they like to see | hyg danaq
PROFILE p06 en
persona: Cascade Energy residential electricity and gas customer with rooftop solar, on budget billing; works from home.
start: 2025-05-05
O Account CE-5518-2047; service address 88 Larch Street, Unit 2.
O {budget} On Budget Billing: $142/month, reviewed every June.
O {solar} Has rooftop solar (installed 2024); net-metering credits show as "Export credit" on bills.
O@2025-09-12 {meter} Smart meter SM-7730915 installed Sept 2025, replacing the old dial meter.
O Bills emailed to rosalind.hurst@example.com.
O Works from home; outages hit her hard.
O {outagetxt} Enrolled in outage text alerts on +1 555 0186.
O Meter is behind the side gate and there's a dog in the yard - text before visiting.
O Paid late once (Jan 2025); $12 late fee waived.
O {evobs} Asked about the EV time-of-use rate; may switch when her new vehicle is delivered in spring.
O Gas service for furnace and water heater only, no gas range.
O Autopay from her credit union account.
O 2024: reported a tree touching the service line, referred to vegetation management.
O Finds bills confusing - explain line items plainly, no jargon.
O Landlord of the downstairs unit, which has its own separate account.
CONV c01 2025-10-03T10:15
C My September bill is $311, more than double normal. Nothing changed here
A {est1} I see the September bill was based on an estimated read; the new smart meter hadn't started reporting yet.
C so it's made up?
A {est2} It's estimated from last year's usage, which ran high because of the heat wave. Your meter SM-7730915 is reporting now, so I've requested a re-bill on the actual read; it should come out around $130.
C and my budget billing? I thought I pay the same every month
A {bb1} Budget Billing keeps your monthly payment at $142. The $311 shows as usage, but only $142 is due; the difference sits in your balance and gets trued up in June.
S September bill of $311 was based on an estimated read because smart meter SM-7730915 had just been installed and wasn't reporting. Re-bill requested with the actual read (approx. $130). Reminded customer that on Budget Billing only $142 is due monthly, with the difference trued up in June.
CONV c02 2026-01-22T07:05
C {outmsg} power's out on Larch St since 6am. any ETA? i have work calls
A {out1} Yes, there's an outage affecting about 340 customers in your area, caused by a failed transformer. Crews estimate restoration by 11:30am.
C can you text me when it's back
A You're already enrolled in outage texts at +1 555 0186, you'll get one when it's restored.
C ok. do you pay for spoiled food? my fridge
A {claimform} You can file a damage claim online within 30 days; for transformer failures we typically pay up to $250 with receipts or photos.
S Outage on Larch Street from 6am Jan 22 (failed transformer, ~340 customers); restoration estimated 11:30am. Customer already enrolled in outage texts. Explained damage claims for spoiled food: file online within 30 days, typically up to $250 with receipts or photos.
CONV c03 2026-03-10T14:40
C My February bill doesn't show any export credit. The panels definitely produced
A {sol1} Thanks for flagging. Since the meter swap in September your account was switched to a standard import-only profile by mistake, so export isn't being recorded.
C so I've lost months of credit??
A {sol2} No, the meter stores the export data. I've raised ticket NM-20817 to restore the net-metering profile and back-credit Sept through Feb. Expect it on your April bill.
C ok. also thinking about the EV rate when my car comes in May
A {ev} The EV Time-of-Use rate is 9 cents/kWh from midnight to 6am. You can be on it with solar; we can switch you once the charger is installed.
S Export credits missing since the September smart meter swap: account wrongly set to import-only. Ticket NM-20817 raised to restore net metering and back-credit Sept-Feb, expected on the April bill. Customer interested in the EV Time-of-Use rate (9 cents/kWh midnight-6am) once her EV arrives in May; compatible with solar.
O@c01 Re-bill requested for Sept 2025 (estimated read), expected ~$130.
O@c02 {damage} May file a spoiled-food claim for the Jan 22 outage (up to $250).
O@c03 {nm} Ticket NM-20817: restore net metering and back-credit Sept-Feb.
Q exact | SM-7730915 | meter est2 s:c01
Q exact | NM-20817 | nm sol2 s:c03
Q exact | outage on Larch St, when is it fixed | out1 s:c02
Q paraphrase | why hasn't she been paid for the electricity her rooftop produces? | sol1 sol2 nm s:c03
Q paraphrase | is there cheaper overnight pricing for filling up an electric car's battery? | ev evobs s:c03
Q paraphrase | will we reimburse her for groceries that went bad in the blackout? | claimform damage s:c02
Q mixed | why was her September statement so large | est1 est2 s:c01
PROFILE p07 en
persona: Tasklane (project management SaaS) workspace admin at a 38-seat design studio; billing, SSO and API questions.
start: 2025-08-01
O Workspace fernwood-studio; Business plan (annual), renews 14 Aug 2026.
O 38 paid seats, 4 guest accounts (free).
O Admin contact: Priyanka Menon, priyanka@fernwood.example.com.
O {po} Their finance team requires a PO number on every invoice; current PO is FW-2026-0113.
O@2025-11-03 {sso} SSO via SAML with their identity provider (Oktavia); enforced since Nov 2025.
O US Central time; prefers replies before 5pm CT.
O Heavy users of Gantt view and time tracking.
O Uses the REST API for a nightly sync to their invoicing tool; 2 API tokens.
O Affected by the 2025-07-09 incident (INC-0709, 3 hours); got a 10% credit for July.
O Interested in Enterprise for audit logs; not switching before renewal.
O Asked about EU data residency; not available on Business (US-hosted).
O {billingcontact} Invoices go to ap@fernwood.example.com, not to Priyanka.
O Beta tester for the Portfolio dashboard.
O Prefers written answers with screenshots over calls.
O {ratelimit} Hits the API rate limit around 2am CT during the nightly sync.
O Deactivated users are kept 90 days before deletion - she asked twice.
CONV c00 2025-09-10T14:00
S Call with Priyanka about EU data residency: not available on the Business plan; Enterprise offers EU hosting in Frankfurt. Also explained that deactivated users are retained for 90 days and their tasks stay assigned until reassigned.
CONV c01 2025-11-04T15:10
C After we turned on SSO enforcement our 4 guest users can't log in anymore. They're freelancers, not in our Oktavia
A {sso1} That's expected with enforcement on: everyone must come through SAML. You can exempt guests under Settings > Security > SSO exceptions.
C found it. do exempt guests need 2FA?
A {sso2} Yes, exempted accounts are required to use two-factor authentication with an authenticator app; they'll be prompted at next login.
C great, done
S After enabling SSO enforcement (SAML via Oktavia), the workspace's 4 freelance guest users were locked out. Agent pointed to Settings > Security > SSO exceptions to exempt guests; exempted accounts must set up authenticator-app 2FA at next login. Customer applied the exemption.
CONV c02 2026-01-13T10:30
C Our AP team rejected invoice INV-88412, no PO number on it. Also it's for 41 seats, we only have 38
A {po1} I'll reissue INV-88412 with PO FW-2026-0113. On seats: 3 users were added on Dec 29, which triggered a prorated true-up.
C those were mistakes, someone invited people from the wrong domain
A {po2} I've removed the 3 seats and will issue a credit note for the prorated amount ($61.20). The reissued invoice and the credit note go to ap@fernwood.example.com today.
C can we restrict who can invite people?
A {invite2} Yes: Settings > Members > Invitations, set it to "Admins only". You can also limit invites to your verified domain.
S Invoice INV-88412 rejected by the customer's AP for a missing PO and for showing 41 seats. Reissued with PO FW-2026-0113; removed 3 seats added by mistake on Dec 29 and issued a $61.20 credit note, both sent to ap@fernwood.example.com. Advised limiting invitations to admins and the verified domain.
CONV c03 2026-02-25T09:05
C our nightly sync has started failing with 429s around 2am
A {api1} The Business plan API limit is 600 requests/minute per workspace. Your two tokens together peak around 900/min at 2:00 CT.
C can you raise it?
A {api2} Not on Business; Enterprise gets 2,000/min. Meanwhile use the bulk endpoint /v2/tasks:batch (up to 100 tasks per call) and honor the Retry-After header. That should keep you well under 600.
C we'll try the batch endpoint
S Nightly API sync failing with HTTP 429 at ~2am CT: two tokens peak at ~900 req/min vs the Business limit of 600/min. Limit can't be raised on Business (Enterprise: 2,000/min). Recommended the /v2/tasks:batch endpoint (100 tasks per call) and honoring Retry-After. Customer will switch to batch.
O@c02 {prs} Plans to restrict invitations to admins after the Dec 29 seat mix-up.
O@c03 Considering Enterprise partly for the higher API limit (2,000/min).
Q exact | was INV-88412 reissued | po1 po2 s:c02
Q exact | FW-2026-0113 | po po1 s:c02
Q paraphrase | our outside contractors can't sign in any more, what do we do? | sso1 sso2 s:c01
Q paraphrase | why are we being throttled overnight? | api1 api2 ratelimit s:c03
Q paraphrase | who should receive the bills? | billingcontact po2 s:c02
Q mixed | can we limit who is allowed to invite members | invite2 prs s:c02
PROFILE p08 en
persona: Forkful food-delivery subscriber ordering dinner at home and lunch at the office.
start: 2025-06-20
O Buzzer at 1207 Ocean Ave doesn't work; courier should call +1 555 0131 on arrival.
O {fplus} Forkful+ subscriber since April 2025 ($9.99/mo, free delivery over $15).
O Usually tips 18% in the app.
O Orders mostly weeknights 7-9pm; Friday pizza from Lucca's.
O {spice} Doesn't like spicy food; often notes "mild" on Thai orders.
O Favorite restaurant: Golden Lotus (Thai), 3rd St.
O Three missing-item refunds in the last 90 days; refunds above $20 now need a photo.
O Payment: Apple Pay primary, backup Visa ending 2290.
O Prefers leave-at-door with a photo at home.
O Promo WELCOME15 already used; not eligible for new-user promos.
O Rates couriers 5 stars except one late delivery in Nov.
O Work address for lunch: Brightline Tower, 400 Market St.
O {lunch} Lunch orders at work: leave with 12th-floor reception, not the lobby desk.
O Email imogen.sato@example.com.
O Has asked about group ordering for team lunches.
CONV c01 2025-11-21T20:12
C my order from Golden Lotus #F-20931 came without the pad see ew
A {r1} Sorry about that! I see Pad See Ew ($14.50) on the receipt. I've refunded $14.50 to your Apple Pay.
C {spicy} thanks. also the curry was super spicy even though I wrote mild
A I'll pass that feedback to Golden Lotus and I've added a $5 credit for the trouble.
S Order #F-20931 from Golden Lotus arrived without Pad See Ew; refunded $14.50 to Apple Pay. Customer also reported the curry was very spicy despite asking for mild; feedback sent to the restaurant and $5 credit added.
CONV c02 2026-01-09T12:40
C {lunchq} My lunch order #F-21877 says delivered but reception doesn't have it
A {w1} The courier's photo shows it at the lobby security desk of 400 Market St. Can you check there?
C found it at the lobby desk, it's cold now. I specifically said 12th floor reception
A {w2} You're right, the note said 12th floor reception. I've refunded the $3.99 delivery fee and flagged the courier. I've also saved "Take elevator to 12th floor, leave with reception" on your work address.
S Lunch order #F-21877 to the customer's office (400 Market St) was left at the lobby security desk instead of 12th-floor reception; food cold. Refunded $3.99 delivery fee, courier flagged, and a permanent drop-off instruction saved on the work address.
CONV c03 2026-03-03T19:30
C I was charged twice for #F-23104, $38.20 each
A {dbl1} I see one charge and one pending authorization. The pending one should drop off in 3-5 business days; it's not a second charge.
C ok. also is my Forkful+ still active? I didn't get free delivery tonight
A {sub1} Forkful+ is active, but free delivery needs a $15 subtotal after promos; tonight's order was $13.80 after your code.
C ah ok that makes sense
S Customer saw two charges of $38.20 for order #F-23104; agent confirmed one is a pending authorization that will drop off within 3-5 business days. Forkful+ subscription is active; free delivery didn't apply because that night's subtotal after promo was $13.80, below the $15 minimum.
CONV c04 2026-03-20T12:10
C can I set up a group order for my team on Friday? about 8 people
A Yes: start a Group Order in the Forkful app and share the link; everyone adds their own items, and you either pay for all at checkout or each person pays their share. Max 15 people, one restaurant.
C nice, we'll try it next week
S Customer asked about group ordering for about 8 colleagues: Group Order link from the app, max 15 people, one restaurant, pay centrally or individually.
O@c02 {dropoff} Work address drop-off: take elevator to 12th floor, leave with reception (saved Jan 2026).
O@c03 {pend} Pending authorization on #F-23104 explained; not a double charge.
Q exact | what happened with #F-21877 | w1 w2 s:c02 lunchq
Q exact | refund on #F-20931 | r1 s:c01
Q paraphrase | how hot can her dishes be? | spice spicy s:c01
Q paraphrase | at her job, who do we hand the bag to? | lunch dropoff w2 s:c02
Q paraphrase | did we bill her twice for a single dinner? | dbl1 pend s:c03
Q mixed | why did free delivery not apply on Tuesday's order | sub1 s:c03 fplus
PROFILE p09 en
persona: Lakeshore Mutual auto policyholder with two cars and a newly licensed teenage daughter.
start: 2025-04-12
O Policy LM-AU-5512093: 2019 Subaru Outback and 2015 Honda Fit.
O Listed drivers: Colm Brennan; daughter Aoife (17) on a learner's permit until early 2026.
O Comprehensive deductible $500, collision deductible $1,000.
O Renews 1 July; pays semi-annually.
O {telematics} Enrolled in the DriveWise telematics app since 2025; currently an 8% discount.
O Garaged at 19 Sycamore Lane.
O Prefers email for documents, phone for claims.
O {roadside} Roadside assistance on the Outback only.
O Multi-policy discount: home insurance also with Lakeshore (HO-3318820).
O Windshield claim in 2024, paid under glass coverage with no deductible.
O {agent} Local agent: Teresa Grady, Brookfield office.
O Call after 5pm on weekdays.
O Email colm.brennan@example.com.
O Honda Fit driven under 6,000 miles a year; low-mileage discount applied.
O Lienholder on the Outback: Tri-County Credit Union.
O Downloads ID cards from the app.
CONV c01 2025-09-15T17:40
C My daughter Aoife takes her road test next month. What happens to my premium when she's licensed?
A {teen1} Once she's licensed she becomes a rated driver. Adding her to the Honda Fit only would raise the 6-month premium by about $640; on both cars about $890.
C ouch. any discounts?
A {teen2} Good Student (B average or better) takes 10% off her portion, and if she uses DriveWise for 90 days that can add up to another 15%.
C she's got good grades, i'll send the report card
S Customer's daughter Aoife (17) expects her driver's license in October. Estimated 6-month premium increase ~$640 if rated on the Honda Fit only, ~$890 on both vehicles. Discussed Good Student discount (10%, needs B average, report card to be sent) and DriveWise (up to 15% more after 90 days).
CONV c02 2025-12-18T08:55
C Someone backed into my Outback in a parking lot and left. Rear bumper is smashed
A I'm sorry. Was anyone hurt? And did you get a police report?
C {pr} nobody hurt, I filed a report, number 25-118403
A {clm2} Thanks. I've opened claim CL-7729014 under collision; since the other driver is unknown, your $1,000 collision deductible applies unless they're identified.
C can I take it to Ridgeway Auto?
A {clm3} Yes, Ridgeway Auto is in our network; they can start once our appraiser approves the estimate, usually within 2 business days. Rental is covered up to $40/day for 10 days.
S Hit-and-run in a parking lot damaged the Outback's rear bumper; no injuries, police report 25-118403. Claim CL-7729014 opened under collision with the $1,000 deductible (other driver unknown). Repair at Ridgeway Auto (network shop) after appraisal; rental covered $40/day up to 10 days.
CONV c03 2026-02-02T18:20
C update: police found the driver who hit my car. Do I get my deductible back?
A {sub1} Great news. Please send the other driver's insurance details; we'll pursue subrogation on CL-7729014 and refund your $1,000 deductible once we recover, usually 60-90 days.
C Will do. Also Aoife got her license Jan 28, please add her on the Fit
A {aoife} Added Aoife as a rated driver on the Honda Fit effective Jan 28. New premium is $1,412 for the remaining term; Good Student discount applied with the report card you sent.
S Police identified the hit-and-run driver; subrogation to be pursued on claim CL-7729014 and the $1,000 deductible refunded after recovery (60-90 days) once the customer sends the other insurer's details. Aoife added as a rated driver on the Honda Fit from Jan 28; Good Student discount applied; new premium $1,412 for the remaining term.
O@c02 Rental reimbursement during CL-7729014: $40/day, max 10 days.
O@c03 Aoife licensed Jan 28 2026; rated on the Honda Fit only, Good Student discount on file.
Q exact | is the deductible on CL-7729014 coming back | sub1 s:c03
Q exact | police report 25-118403 | pr s:c02
Q paraphrase | how much more will we pay once the teenager can legally get behind the wheel? | teen1 s:c01 aoife s:c03
Q paraphrase | who looks after them in person nearby? | agent
Q paraphrase | is a tow included for both of their vehicles? | roadside
Q mixed | can they save money through the telematics program | telematics teen2 s:c01
PROFILE p10 en
persona: Northbridge Online adult learner in a part-time data analytics certificate; tuition on an installment plan, employer reimburses part.
start: 2025-07-28
O {sid} Student ID NB-2209417; Certificate in Data Analytics (12 months, part-time).
O Studies evenings and weekends; works full time as a logistics coordinator.
O {payplan} Pays tuition on a 6-installment plan, $325 each, due on the 5th.
O {employer} Employer (Castlegate Freight) reimburses 50% of tuition for each module passed with B or better.
O {employerform} Needs an official enrolment letter each term for employer reimbursement.
O Prefers email (renata.vogel@example.com); checks the portal weekly.
O Mountain time (Denver).
O@2025-12-15 Completed modules: DA101 (A-), DA102 (B+).
O@c02 {extension} One-week extension on the DA102 final project in Oct 2025 because of work travel.
O@2026-01-12 Currently in DA103 Statistics for Analysts (Jan-Mar 2026).
O@2026-01-12 DA103 tutor: Dr. Amara Lindqvist.
O Watches lectures in the mobile app on the bus.
O Asked about transferring community college credits; not eligible (older than 7 years).
O Study group: evening cohort "Thursday Owls".
O Wants a printed certificate mailed when she finishes.
O Had trouble with the library proxy login once (resolved by resetting her SSO password).
CONV c01 2025-09-29T19:50
C My October tuition payment bounced? I got an email saying my account is on hold
A {hold1} Yes, the Oct 5 installment of $325 was declined by your bank, so the account went on a financial hold, which blocks the DA102 submission page.
C card expired. I updated it just now
A {hold2} Thanks, I've re-run the payment and it went through. The hold is lifted and the $25 late fee is waived since it's your first time.
S October 5 tuition installment ($325) was declined due to an expired card, putting the student's account on financial hold (blocking DA102 submissions). Customer updated the card, payment re-run successfully, hold lifted, $25 late fee waived as a first occurrence.
CONV c02 2025-10-20T21:15
C I'm traveling for work next week and won't be able to finish the DA102 final project by Oct 27. Can I get an extension?
A {ext1} I've checked with your instructor: you have a one-week extension to Nov 3, 11:59pm Mountain. No penalty.
C thank you!!
A Good luck with the trip.
S Student requested an extension for the DA102 final project due to work travel. Instructor approved one week; new deadline Nov 3, 11:59pm Mountain time, no penalty.
CONV c03 2026-01-08T18:30
C Castlegate needs an enrollment letter for this term and my DA102 grade to reimburse me
A {letter} I've generated an official enrolment letter for DA103 (Jan 12-Mar 27, 2026) and an unofficial transcript showing DA102: B+. Both are in your portal under Documents and I emailed them too.
C do they need a signature?
A {sig} The enrolment letter is digitally signed by the registrar; most employers accept that. If Castlegate needs wet ink, we can mail one in 5-7 days.
S Customer requested documents for employer tuition reimbursement: generated an official enrolment letter for DA103 (Jan 12-Mar 27, 2026) and an unofficial transcript (DA102: B+), posted in the portal and emailed. Letter is digitally signed; a wet-ink copy can be mailed in 5-7 days if needed.
O@c01 Card updated Sept 2025 after a declined installment; late fee waived once.
O@c03 Castlegate reimbursement documents for the DA103 term issued Jan 8 2026.
Q exact | which program is NB-2209417 in | sid
Q exact | DA102 final project deadline | ext1 extension s:c02
Q paraphrase | why was she locked out of handing in coursework? | hold1 s:c01
Q paraphrase | her firm refunds some of what she spends on classes; what papers does it want? | employer employerform letter s:c03
Q paraphrase | is a handwritten autograph required by her boss? | sig s:c03
Q mixed | when is the next tuition installment due | payplan
PROFILE p11 en
persona: Meshline Fiber home broadband customer who works from home as a video editor; sensitive to speed and price.
start: 2025-03-18
O Account ML-30418827; service at 52 Juniper Way.
O {plan} Plan: Fiber 1 Gig, promo price $55/mo for 12 months (ends Apr 2026), then $80/mo.
O {router} Router: Meshline HX6 (serial HX6-7731-0042), plus one mesh extender upstairs.
O Works from home editing video; uploads large files in the evenings.
O {staticip} Asked about a static IP for remote access to his editing NAS; not offered on residential plans.
O Prefers callbacks on +1 555 0174 over chat for technical issues.
O Email owen.castellanos@example.com.
O Tech visit in 2025 was 40 min late; he asked to get morning slots only.
O {slots} Schedule technician visits 8-10am only.
O Autopay by card; paperless.
O Dislikes upsell calls - declined the TV package twice.
O Neighbor referral credit of $50 applied Jul 2025.
O Has a home office in the converted garage - extender covers it poorly.
O Speed test history: typically 920-940 Mbps wired, 400 Mbps on Wi-Fi upstairs.
O Keeps his own router as a backup (not supported by us).
O Asked if a price lock is possible at renewal.
CONV c00 2025-09-02T17:00
S Customer called asking for a static IP for remote access to his NAS; not available on residential plans, suggested a dynamic DNS service instead. Also mentioned Wi-Fi upstairs tops out around 400 Mbps.
CONV c01 2025-11-06T18:30
C speeds dropped to like 90 Mbps since yesterday, wired. I have a 60GB upload due tonight
A Let's check. I'm seeing a lot of errors on the fiber terminal at your house. Can you restart the ONT (the white box by the door)?
C did it, no change
A {ont} OK, this looks like a failing ONT. I've booked a technician for tomorrow 8-10am and I've credited 2 days of service ($3.67).
C fine. anything I can do tonight?
A You can try the 5GHz band directly next to the router; otherwise I'm afraid it needs the hardware swap.
S Wired speeds dropped to ~90 Mbps (plan 1 Gig); line errors pointed to a failing ONT. Restart did not help. Technician booked next day 8-10am for ONT replacement; 2-day service credit ($3.67) applied. Customer had a large upload deadline that evening.
CONV c02 2025-11-07T10:45
A {ontdone} Technician update: ONT replaced, line tested at 938 Mbps down / 941 up at the terminal. Job ref TK-5510928.
C confirmed, upload finished. thanks
A {offer} Great. I've also noted the garage office has weak Wi-Fi; a second extender is $5/mo if you want it.
C {ext} not now, maybe later
S Technician replaced the ONT (job TK-5510928); line tested at 938/941 Mbps. Customer confirmed service restored. Offered a second mesh extender for the garage office ($5/mo); customer declined for now.
CONV c03 2026-03-20T17:10
C My promo ends next month. Is the price really going to $80?
A {promo1} Yes, from your April bill the Fiber 1 Gig standard price is $80. I can offer a 12-month loyalty price of $65 if you renew now.
C what about 500 Mbps?
A {promo2} Fiber 500 would be $60 with no promo needed. Given your uploads I'd keep the gig, but it's your call.
C ok do the $65 on the gig for 12 months
A {lock} Done: Fiber 1 Gig at $65/mo for 12 months from April 2026, no contract. Confirmation LP-88210.
S Customer's 12-month promo ($55) ends in April 2026; standard price would be $80. Agent offered and applied a 12-month loyalty price of $65/mo on Fiber 1 Gig from April 2026, no contract (confirmation LP-88210). Fiber 500 at $60 was discussed but declined.
O@c02 {ontobs} ONT replaced Nov 7 2025 (TK-5510928); speeds back to ~940 Mbps.
O@c02 {ext2} Declined a second mesh extender for the garage office (Nov 2025), may revisit.
O@c03 {loyalty} Loyalty price $65/mo on Fiber 1 Gig, Apr 2026-Mar 2027 (LP-88210).
Q exact | LP-88210 | lock loyalty s:c03
Q exact | what did job TK-5510928 fix | ontdone ontobs s:c02
Q paraphrase | how much will he be paying once his introductory deal expires? | promo1 lock loyalty s:c03
Q paraphrase | when is he available for an engineer to come out? | slots
Q paraphrase | can he get a fixed address so he can reach his storage box from outside? | staticip s:c00
Q mixed | garage office has weak wi-fi, did we offer anything | ext ext2 s:c02 offer
PROFILE p12 en
persona: Aurelia Hotels loyalty member who travels for consulting work, books on a corporate rate and sometimes stays on for leisure.
start: 2025-02-10
O Aurelia Circle Platinum, member no. AC-7310449.
O {room} Prefers a high floor, away from the elevator; king bed.
O {pillow} Asks for extra firm pillows; housekeeping note added at Aurelia Midtown.
O Corporate rate code KESTREL for Kestrel Advisory bookings; personal stays at member rate.
O Email beatriz.almeida@example.com; mobile +1 555 0129.
O Stays at Aurelia Midtown Chicago about twice a month, Mon-Thu.
O {checkout} Platinum guaranteed 4pm late checkout - she uses it almost every stay.
O Always declines daily housekeeping on stays under 3 nights (green choice points).
O Company card (Amex ending 1008) for work stays; personal Visa ending 7765 for leisure.
O {folios} Needs folios split: room and tax to company card, incidentals to personal card.
O Orders room service breakfast most mornings; no alcohol charges on company folio.
O Gym user, early morning.
O@2026-02-01 {points} Points balance 184,200 as of Feb 2026.
O Has redeemed points for Aurelia Lisbon twice.
O Complained once about street noise at Aurelia Union Square; moved rooms same night.
CONV c01 2025-10-29T22:05
C {folioq} Hi, my folio from Midtown last week (conf 66120834) put everything on my Amex, including the spa. That has to be split
A {split1} Sorry about that, Beatriz. I see conf 66120834: the split instruction wasn't carried over from your profile because the booking came through the Kestrel travel portal.
C can you fix it?
A {split2} Yes. I've moved the $185 spa charge and $42 minibar to your Visa ending 7765 and reissued the folio to your email. The Amex now only has room and tax.
C thank you. make sure it doesn't happen again
A {split3} I've added a standing note to your profile so the split applies to every booking, including portal bookings.
S Folio for Midtown stay (conf 66120834) charged everything to the company Amex because the split instruction didn't carry over from a Kestrel travel-portal booking. Moved $185 spa and $42 minibar to the personal Visa ending 7765, reissued the folio, and added a standing profile note so splits apply to portal bookings too.
CONV c02 2026-01-15T09:40
C I'm staying Feb 12-15 at Midtown for work and then 2 extra nights for myself. Can I get the corporate rate for the whole thing?
A {rate1} The KESTREL rate applies only to nights booked for business; I can link a second reservation for Feb 15-17 at your member rate so you don't have to switch rooms.
C ok do that, same room please
A {rate2} Done: conf 70118452 (Feb 12-15, KESTREL) and conf 70118453 (Feb 15-17, member rate, personal Visa), linked so you keep the same room.
S Customer booked Midtown Feb 12-15 for work on the KESTREL corporate rate (conf 70118452) and extended personally Feb 15-17 at the member rate (conf 70118453, personal Visa). Reservations linked to keep the same room; corporate rate can't apply to personal nights.
CONV c03 2026-02-27T14:20
C I didn't get points for my Feb stay
A {pts1} Points for conf 70118452 posted today (6,200). The personal part, 70118453, hasn't posted because the checkout shows 4pm on Feb 17 and the system flagged it for review.
C that's my late checkout, it's a Platinum benefit
A {pts2} Right, I've cleared the flag; 3,900 points will post within 48 hours. Your balance will then be about 194,300.
S Missing points for February stays: 6,200 points for the corporate stay (conf 70118452) posted; the personal extension (conf 70118453) was held for review because of the 4pm Platinum late checkout. Agent cleared the flag; 3,900 points to post within 48h, balance then about 194,300.
O@c01 {splitnote} Standing note: split folios on every booking, including Kestrel portal bookings (Oct 2025).
O@c03 Balance should be ~194,300 points after the Feb 2026 stays post.
Q exact | folio for conf 66120834 | split1 split2 s:c01 folioq
Q exact | conf 70118453 | rate2 pts1 s:c02 s:c03
Q paraphrase | what kind of sleeping arrangements does she like? | room pillow
Q paraphrase | which expenses belong on the employer's plastic versus her own? | folios split2 splitnote s:c01
Q paraphrase | can she keep her room into the afternoon when she leaves? | checkout
Q mixed | why were points missing for the personal nights | pts1 pts2 s:c03
PROFILE p13 en
persona: Oakhaven Home furniture buyer furnishing a new flat; large-item deliveries and assembly service.
start: 2025-08-22
O Delivery address: 3rd floor flat, 17 Wexley Road, no lift.
O {stairs} Building has no elevator and a narrow stairwell - deliveries need a two-person crew.
O {weekend} Only available Saturdays for deliveries; works weekdays.
O Email harriet.vance@example.com; phone +1 555 0152.
O Paying with 0% finance: account OH-FIN-208331, 12 months.
O Bought the Marlow 3-seat sofa (slate velvet) and Hollis oak dining table.
O {assembly} Paid for assembly on the Hollis table ($49).
O Wants old sofa taken away - paid $35 disposal.
O Has a cat; prefers fabric samples before ordering upholstered items.
O Loyalty card OH-L-44902.
O Measured the stairwell turn at 82 cm - Marlow sofa arms detach to fit.
O Likes oak and walnut finishes, avoids glass tables.
O Prefers email updates with a 2-hour delivery window.
O Returned a rug in Sept 2025 (color mismatch); store credit $129 issued, unused.
O {credit} Store credit of $129 available on the loyalty card.
O Considering the matching Hollis bench; waiting for a sale.
CONV c01 2025-10-02T11:20
C {sofaq} Hi, my Marlow sofa (order OH-559120) was meant to come last Saturday and nobody showed
A {s1} I'm sorry. The Saturday run was cancelled because the crew truck broke down, and the rebooking text went to an old number.
C which number? I only have one
A {s2} It went to +1 555 0125, which was on the order by mistake. I've corrected it to +1 555 0152 and booked the next Saturday, Oct 11, 8-12.
C fine. please send two people, there's no lift
A {s3} Noted: two-person crew, third floor, no lift. I've also waived the $79 delivery fee for the missed date.
S Sofa order OH-559120 (Marlow 3-seat) missed its Saturday delivery: crew truck broke down and the rebooking SMS went to a wrong number (+1 555 0125) on the order. Phone corrected to +1 555 0152, redelivery booked Sat Oct 11, 8-12, two-person crew, third floor no lift; $79 delivery fee waived.
CONV c02 2025-10-13T16:05
C Sofa arrived, thanks. But one of the legs is cracked
A {leg1} Sorry about that. Could you send a photo of the leg and the label under the sofa?
C sent
A {leg2} Got it. I've ordered a replacement leg set (part MRL-LEG-04, walnut stain) to be posted to you; it screws in, no visit needed. Should arrive in 5-7 days.
C walnut? the sofa has oak legs
A {leg3} You're right, sorry, oak: part MRL-LEG-02. I've corrected the order.
S Marlow sofa delivered Oct 11; one leg cracked. Replacement leg set posted (corrected from walnut MRL-LEG-04 to oak MRL-LEG-02), screw-in, no visit required, ETA 5-7 days.
CONV c03 2026-01-17T09:30
C When is the Hollis table coming? order OH-561877
A {t1} The Hollis oak table is at our warehouse now. I can deliver with assembly on Saturday Jan 31, 10am-2pm.
C yes, 31st works. and can I use my store credit on the bench?
A {t2} Yes, the $129 credit is on your loyalty card OH-L-44902 and can be used on the Hollis bench, online or in store. The bench is 20% off from Feb 5.
C i'll wait for the 5th then
S Hollis oak table (order OH-561877) booked for delivery with assembly on Sat Jan 31, 10am-2pm. Customer asked about using her $129 store credit on the Hollis bench; confirmed usable online or in store; bench goes 20% off from Feb 5, she'll wait.
O@c01 {wrongnum} Old wrong phone number +1 555 0125 removed from orders (Oct 2025).
O@c02 {legpart} Replacement sofa legs: oak MRL-LEG-02 (not walnut).
Q exact | OH-559120 | s1 s2 s3 s:c01 sofaq
Q exact | MRL-LEG-02 | leg3 legpart s:c02
Q paraphrase | which day of the week can she receive big shipments? | weekend
Q paraphrase | anything tricky about getting heavy pieces up to her place? | stairs s3 s:c01
Q paraphrase | does she have money left from a previous return she can spend? | credit t2 s:c03
Q mixed | will the Hollis table be put together on delivery | assembly t1 s:c03
PROFILE p14 en
persona: PulseFit gym member (monthly membership, two locations); notes written in terse front-desk shorthand.
start: 2025-01-09
O Mbr #PF-104477. Home club Eastgate; also uses Riverside.
O {plan} Plan: Peak Anytime $54.99/mo, billed 1st, no contract.
O Pays by debit ending 0093.
O@2025-06-05 {freeze} Froze membership Jun-Jul 2025 (travel), $10/mo freeze fee paid.
O Trains early - 5:30-7am weekdays.
O {guest} Brings a guest most Saturdays; Peak Anytime includes 4 guest passes/mo.
O Took 3 PT sessions with coach Rafa in 2025, didn't continue (price).
O Prefers text, +1 555 0107. No calls before 9.
O {locker} Locker rental #212 at Eastgate, $8/mo.
O@2025-10-20 Complained about broken squat rack at Eastgate x2 (Aug, Oct).
O Email d.sokolov@example.com.
O@2025-11-15 Declined the annual prepay offer ($549) in Nov.
O@2025-09-03 Towel service add-on cancelled Sept 2025.
O Interested in sauna access - Riverside only.
O Key fob replaced once ($15) in 2025.
O Friendly but blunt; prefers short answers.
CONV c00 2025-06-05T18:00
S Member asked to freeze June-July (travel abroad). Freeze set at $10/mo. Explained PT session packages are non-refundable but can be paused.
CONV c01 2025-12-02T06:40
C charged $54.99 twice this month??
A {dup1} checking... yes, Dec 1 billed twice - processor glitch affected ~200 members. refund of $54.99 issued today, 3-5 biz days.
C ok. and locker too?
A {dup2} locker $8 only charged once. all good there.
S Member double-billed $54.99 on Dec 1 (processor glitch, ~200 members affected). Duplicate refunded same day, 3-5 business days. Locker fee ($8) charged once only.
CONV c02 2026-01-28T19:15
C want to pause Feb-Mar, work trip abroad
A {fr1} can do. freeze Feb 1-Mar 31, $10/mo freeze fee instead of $54.99. locker #212 stays on ($8) unless you want it released
C keep locker
A {fr2} done. freeze ref FRZ-30921, billing resumes Apr 1 at $54.99.
S Membership frozen Feb 1-Mar 31 2026 for a work trip (ref FRZ-30921); $10/mo freeze fee; locker #212 kept at $8/mo. Regular billing resumes Apr 1 at $54.99.
CONV c03 2026-04-03T06:10
C back. fob doesn't work at Riverside
A {fob1} after a freeze fobs get deactivated at secondary clubs. reactivated Riverside now - try again
C works. also can my guest use the sauna?
A {sauna} yes at Riverside, guests get full access incl. sauna when they come with you. 4 passes/mo still
S Member back from freeze; fob wasn't working at Riverside (secondary-club access drops after a freeze) and was reactivated. Confirmed guests accompanying him can use the Riverside sauna; 4 guest passes per month.
O@c02 {frzobs} Freeze FRZ-30921 Feb-Mar 2026; locker kept.
O@c03 Riverside access re-enabled 3 Apr 2026 after freeze.
Q exact | FRZ-30921 | fr2 frzobs s:c02
Q exact | is locker #212 still his | fr1 s:c02 locker
Q paraphrase | how many pals can he sign in with him? | guest sauna s:c03
Q paraphrase | what does he pay us monthly for access? | plan
Q paraphrase | has he put his subscription on hold before? | freeze frzobs fr2 s:c02 s:c00
Q mixed | why did his fob stop working at the other club | fob1 s:c03
PROFILE p15 en
persona: Tailwind Pet Supply autoship customer with two dogs and a cat; changes flavours and skips deliveries often.
start: 2025-05-30
O {autoship} Autoship every 4 weeks: Trailblend Adult Lamb & Rice 24lb (SKU TB-LR-24) and Whisker Farm Salmon pate 12-pack (SKU WF-SAL-12).
O Pets: dogs Biscuit and Juno, cat Pepper.
O {sub5} Autoship discount 5% + free shipping on orders over $49.
O {doorstep} Leave packages at the side porch, not the front steps (front gets rain).
O Email lena.marsh@example.com; text updates to +1 555 0193.
O Pays with Visa ending 8841.
O Often skips a cycle in summer when the dogs go to her parents'.
O Juno is picky - switched flavours twice in 2025.
O Buys treats in bulk around the holidays.
O Rewards member: 2,340 Tail Points.
O Prefers to be told about recalls immediately by text.
O Lives in a townhouse at 9 Birchwood Court.
O Used the vet-telehealth partner promo once (no details kept).
O Bag size preference: 24lb, 30lb bags too heavy for her to carry.
O Asked about compostable poop bags; bought the 480-count roll.
O Declined the insurance partner offer.
CONV c01 2025-09-12T08:20
C Can you switch the dog food to the turkey one? Juno isn't eating the lamb
A {sw1} Sure. Trailblend Adult Turkey & Oat comes in 24lb (TB-TO-24), same price. Switch starting with your Sept 26 shipment?
C yes. and skip the cat food this time, still have lots
A {sw2} Done: Sept 26 shipment is TB-TO-24 only; Whisker Farm Salmon (WF-SAL-12) skipped this cycle and resumes Oct 24.
S Customer switched autoship dog food from Trailblend Lamb & Rice (TB-LR-24) to Turkey & Oat 24lb (TB-TO-24) from the Sept 26 shipment because Juno wasn't eating the lamb. Cat food WF-SAL-12 skipped for Sept 26, resumes Oct 24.
CONV c02 2025-12-03T17:45
C my delivery says delivered but it's not here
A {miss1} I'm sorry. The driver photo shows it on the front steps of number 19, not 9.
C ugh that's my neighbor's. I'll check
C got it. and please tell them side porch!! it rained last time
A {miss2} Glad you found it. I've added "side porch, 9 Birchwood Ct" to the delivery instructions and reported the carrier.
S Shipment shown delivered was left at the wrong house (19 instead of 9 Birchwood Court); customer retrieved it from her neighbor. Delivery instructions updated to side porch and carrier issue reported.
CONV c03 2026-02-19T12:00
C There's a recall on Trailblend turkey? I saw something online
A {rec1} Yes: a voluntary recall of Trailblend Turkey & Oat lots ending in 5H and 6H. Your January bag (TB-TO-24) was lot 2207-5H, so it's affected.
C what do I do
A {rec2} Stop feeding it and bin it or return it; I've refunded $58.99 and sent a free replacement bag of Trailblend Lamb & Rice today since the turkey is on hold. We'll text you when turkey is back.
C lamb is fine short term, Juno will live
S Voluntary recall of Trailblend Turkey & Oat lots ending 5H/6H affected customer's January bag (lot 2207-5H). Refunded $58.99 and shipped a free replacement Lamb & Rice bag; turkey on hold, customer to be texted when available again.
O@c01 {juno} Autoship dog food is now Turkey & Oat TB-TO-24 (Juno refused the lamb).
O@c03 {recobs} Affected by Trailblend turkey recall (lot 2207-5H); refunded, temporarily on Lamb & Rice.
Q exact | TB-TO-24 | sw1 sw2 juno rec1 s:c01
Q exact | lot 2207-5H | rec1 recobs s:c03
Q paraphrase | where should the courier drop boxes at her home? | doorstep miss2 s:c02
Q paraphrase | which kibble do her pups get right now? | juno recobs rec2 s:c03
Q paraphrase | what price cut does she get for recurring deliveries? | sub5
Q mixed | why was the package left at the neighbour's house | miss1 s:c02
PROFILE p16 en
persona: Riverbend Water customer who owns a rental duplex; deals with leak adjustments and tenant move-ins.
start: 2025-03-03
O Owner account RW-77302; property 230-232 Fenwick Ave (duplex, two meters).
O Meter 1 (230, upper unit) no. WM-418820; meter 2 (232, lower unit) no. WM-418821.
O {tenantbill} Tenants pay their own water: upper unit billed to tenant since 2024; lower unit vacant until Jan 2026.
O Lives across town; communicates by email (albert.nakamura@example.com).
O {leakpolicy} Leak adjustment policy explained 2025: one adjustment per 24 months, requires plumber's invoice.
O Asked about irrigation submeter for the back garden; not installed.
O Pays owner bills by mailed check; consistently on time.
O Phone +1 555 0148, prefers calls only for urgent issues.
O Has landlord portal access to see tenant account status (not balances).
O Shutoff valve for 232 sticks; a plumber (Delgado Plumbing) has keys.
O Sewer charges based on winter average consumption.
O Received backflow test notice for the irrigation line 2025; test passed.
O Prefers PDF statements.
O Owns two other properties serviced by another water district.
O Curb stop location marked with blue paint at the front lawn.
CONV c01 2025-08-19T09:15
C The bill for 232 (vacant!) is $486. Somebody must have left a tap running or there's a leak
A {lk1} The meter WM-418821 shows continuous flow of about 1.5 gallons a minute since July 28. That's consistent with a leak or running toilet.
C I'll get the plumber in today
A {lk2} Please do. Once it's fixed, send us the plumber's invoice and we can apply a leak adjustment: we bill the excess at half rate and remove it from your sewer charge.
C plumber found a burst pipe under the sink, invoice attached
A {lk3} Thanks. Adjustment approved: bill reduced from $486 to $137.50. Ref ADJ-2025-1193.
S Vacant unit 232 (meter WM-418821) billed $486 due to continuous flow since July 28. Plumber found a burst pipe under the sink; with the invoice provided, leak adjustment ADJ-2025-1193 approved, reducing the bill to $137.50 (excess at half rate, removed from sewer).
CONV c02 2026-01-06T14:30
C New tenant moves into 232 on Jan 15. Name is Greta Holm. How do we set up her account?
A {mv1} She can apply online or by phone with her lease; we need 5 business days. Until her account starts, usage stays on your owner account.
C can you do a final read on the 14th so it's clean?
A {mv2} Booked a meter read for WM-418821 on Jan 14. Usage up to that read is billed to you; from Jan 15 to the tenant once she's set up.
S Owner reported new tenant Greta Holm moving into unit 232 on Jan 15. Explained tenant applies online/phone with lease (5 business days). Special read of meter WM-418821 booked for Jan 14; usage before that billed to owner, after to tenant.
CONV c03 2026-03-02T11:00
C Got a bill for 232 for Feb, thought the tenant has it now?
A {tb1} Greta's application was never completed; she started it but didn't upload the lease. So 232 is still billed to you.
C I'll chase her. Can you hold the bill?
A {tb2} I've put a 30-day hold on collections for the Feb bill. Once she finishes, we'll move usage from Jan 15 onward to her account and credit you.
S Feb bill for unit 232 still on the owner account because tenant Greta Holm's application was incomplete (lease not uploaded). 30-day collections hold placed; once completed, usage from Jan 15 will be moved to the tenant and credited to the owner.
O@c01 {adj} Leak adjustment ADJ-2025-1193 used Aug 2025 - next eligible Aug 2027.
O@c03 {holm} Tenant Greta Holm (unit 232) application incomplete as of Mar 2026; collections hold 30 days.
Q exact | ADJ-2025-1193 | lk3 adj s:c01
Q exact | Greta Holm account status | tb1 holm s:c03
Q paraphrase | could he get another reduction if a pipe bursts again this year? | leakpolicy adj
Q paraphrase | from when is the renter responsible for the lower flat's consumption? | mv2 tb2 s:c02 s:c03
Q paraphrase | why did the empty apartment cost so much last summer? | lk1 lk3 s:c01
Q mixed | who covers the water charges for the upstairs flat | tenantbill
PROFILE p17 en
persona: Vantage Rent-a-Car loyalty customer who rents for family trips and occasional one-way moves.
start: 2025-04-25
O Vantage Go member VG-2281954 (Silver).
O Driver's license on file expires 2027; additional driver: spouse Theo.
O {childseat} Always needs a forward-facing child seat and a booster (two kids).
O {suv} Books intermediate SUV class; prefers not to get a minivan.
O Pays with Mastercard ending 6032; declines Vantage's collision waiver because her card covers it.
O {tolls} Opted out of the TollPass device - pays tolls herself online.
O Email mireille.dufresne@example.com; mobile +1 555 0161.
O Usually rents from the Airport North branch.
O@2025-07-20 Complained about a dirty car in Jul 2025; given a $25 voucher.
O Prefers digital receipts only.
O Asked about EV rentals; unsure about charging on road trips.
O Silver status gives a free additional driver for spouse.
O Rents about 4 times a year, mostly school holidays.
O Wants the fuel pre-purchase option declined every time.
O@2025-07-20 Voucher VG-V-2025-0741 ($25) unused, expires Jul 2026.
CONV c01 2025-08-12T15:30
C I returned the car on Aug 3 and now there's a $340 damage charge for a scratch on the rear door. It wasn't me
A {dmg1} I'm sorry for the stress. I'm looking at rental agreement RA-4471920; the return inspection photos show a 6-inch scratch on the rear passenger door.
C I took photos at pickup, the scratch was already there
A {dmg2} Please send them. If the pickup photos show it, we'll reverse the charge.
C sent 3 photos
A {dmg3} Thanks, the timestamped photos clearly show it at pickup. I've reversed the $340 and added a note to the vehicle record so it isn't billed again.
S Customer disputed a $340 damage charge for a rear-door scratch on rental RA-4471920 (returned Aug 3). She supplied timestamped pickup photos showing the scratch pre-existing; charge reversed and vehicle record noted.
CONV c02 2025-11-20T10:05
C We're driving to her mom's in Denver for Christmas, one way, dropping the car at Denver airport Dec 22
A {ow1} One-way from Airport North to Denver DEN: intermediate SUV Dec 20-22 is $412 including a $150 drop fee. Child seat and booster $13/day each.
C the drop fee is steep. any way round it?
A {ow2} Your Silver status doesn't waive it, but if you pick up on Dec 19 the seasonal reposition rate removes the drop fee: $329 total before extras.
C {book} do the 19th then. booking please
A {ow3} Booked: confirmation VR-9048823, Dec 19 pickup 9am Airport North, drop DEN Dec 22, intermediate SUV, forward-facing seat + booster.
S One-way rental for a Christmas trip: Airport North to Denver DEN. Moving pickup to Dec 19 removed the $150 drop fee via the seasonal reposition rate ($329 before extras). Booked VR-9048823: Dec 19, 9am, intermediate SUV, forward-facing child seat and booster.
CONV c03 2026-01-09T18:40
C got a toll bill from you for $58.60 for the Denver trip?? I said no TollPass
A {toll1} You're right that TollPass was declined. The charges are from E-470, which is cashless; tolls got billed to the plate, and we pass them on with a $5.95 admin fee per toll day.
C that's ridiculous, nobody told me it was cashless
A {toll2} I understand. As a one-time courtesy I've removed the admin fees ($17.85); the $40.75 in actual tolls remains. For next time you can pay E-470 online within 5 days with the plate number.
S Customer charged $58.60 for cashless E-470 tolls during one-way rental VR-9048823 even though TollPass was declined. Tolls billed by plate are passed on with a $5.95/day admin fee; admin fees ($17.85) removed as a courtesy, $40.75 in tolls stays. Explained paying E-470 online within 5 days next time.
O@c01 {dmgobs} Damage dispute on RA-4471920 resolved in her favor (Aug 2025) - she photographs cars at pickup.
O@c03 {tollobs} Was billed admin fees for cashless tolls in Colorado (Jan 2026); fees waived once.
Q exact | RA-4471920 | dmg1 dmg3 dmgobs s:c01
Q exact | VR-9048823 | ow3 s:c02 s:c03
Q paraphrase | what equipment do her youngsters require in the back? | childseat ow3 s:c02
Q paraphrase | why was she invoiced for motorway usage after refusing our transponder? | toll1 toll2 tollobs s:c03
Q paraphrase | what vehicle category does she like? | suv
Q mixed | how did we get rid of the drop fee on the Denver trip | ow2 s:c02
PROFILE p18 en
persona: Tri-Valley Credit Union member with a 30-year fixed mortgage, asking about escrow, PMI removal and a payoff.
start: 2025-02-14
O Member no. TVCU-553019; mortgage loan no. 7700148823.
O {loan} 30-year fixed at 6.125%, originated Mar 2023, original balance $348,000.
O {pmi} Pays PMI ($118/mo) - put 10% down.
O Escrow covers property tax and homeowners insurance.
O {biweekly} Makes biweekly half-payments through the app.
O Home at 610 Quarry Hill Rd, appraised $402,000 at purchase.
O Email samir.haddad@example.com; phone +1 555 0135.
O Prefers email with PDF attachments; dislikes secure-portal-only messages.
O Also has a HELOC inquiry from 2024 that he withdrew.
O Share savings and checking at the Northgate branch.
O Asked to be told before any escrow shortage gets billed.
O Homeowners insurance with Keystone Home, policy renews each May.
O Considering refinancing if rates drop below 5.5%.
O Spouse Leila is co-borrower on the mortgage.
O Did a kitchen remodel in 2025 (~$38,000) - may support a new appraisal.
CONV c00 2025-05-10T12:00
S Member asked about refinancing; current 30-year rate around 6.5%, so no benefit versus his 6.125%. Will revisit if rates fall below 5.5%.
CONV c01 2025-09-03T12:10
C My escrow analysis says there's a $1,260 shortage and my payment goes up $105. Why?
A {esc1} The county reassessed your home and property tax went from $4,980 to $6,240 a year. The escrow account didn't have enough to cover the increase.
C can I pay the shortage in one go instead?
A {esc2} Yes. Pay the $1,260 by Oct 15 and only the higher tax is added, so +$105/month. If we spread the shortage over 12 months instead, it's +$210/month.
C ok, I'll pay it in one go
S Escrow analysis showed a $1,260 shortage after the county reassessment raised property tax from $4,980 to $6,240/yr. Explained options: pay the shortage as a lump sum by Oct 15 (payment rises $105/mo for the higher tax) or spread it over 12 months (payment rises $210/mo).
CONV c02 2025-09-30T09:00
C {paid} Paid the $1,260 escrow shortage today, confirmation 55019-ESC
A {escpaid} Received, thanks. Your new payment from November is $2,584.40 (principal & interest $2,114.60, escrow $351.80, PMI $118).
S Member paid the $1,260 escrow shortage (confirmation 55019-ESC). New monthly payment from November: $2,584.40 (P&I $2,114.60, escrow $351.80, PMI $118).
CONV c03 2026-02-10T16:45
C Can I get rid of PMI? I think I'm at 20% equity with the remodel
A {pmi1} PMI cancellation at 80% LTV needs a new appraisal since you're using current value. Your balance is about $325,900; you'd need a value of $407,400 or more.
C the kitchen cost 38k, zillow says 450
A {pmi2} Then it's worth trying. I've ordered a credit-union appraisal ($475, refunded if PMI is removed); the appraiser will call you within 5 business days. Request ref PMI-2026-0317.
C {appr} great, weekdays after 4pm is best for the appraiser visit
S Member requested PMI cancellation based on increased value after a ~$38,000 kitchen remodel. Balance ~$325,900; needs appraised value of at least $407,400 for 80% LTV. Ordered an appraisal ($475, refunded if PMI removed), ref PMI-2026-0317; appraiser to call within 5 business days; visits weekdays after 4pm.
O@c02 {newpay} New monthly payment $2,584.40 from Nov 2025 after escrow shortage paid.
O@c03 {pmireq} PMI removal request PMI-2026-0317 pending appraisal (need >= $407,400).
Q exact | PMI-2026-0317 | pmi2 pmireq s:c03
Q exact | confirmation 55019-ESC | escpaid s:c02 paid
Q paraphrase | why is the local government making his housing costs climb? | esc1 s:c01
Q paraphrase | what does he send us every four weeks now? | newpay escpaid s:c02
Q paraphrase | what valuation would let him stop paying the lender's insurance for his small down payment? | pmi1 pmireq s:c03
Q mixed | how does he usually make his mortgage payments | biweekly
PROFILE p19 en
persona: Maple Paws Veterinary client with two cats and a dog; books appointments, boarding and pays invoices (admin only).
start: 2025-03-27
O Client no. MPV-10482; pets: Miso (cat), Tofu (cat), Barley (dog, lab mix).
O {wellness} Barley is on the Wellness Plus plan ($39/mo), renews each September.
O {catcarrier} Prefers cat appointments in the quiet room at the Elm St clinic.
O Client email noor.bakshi@example.com; phone +1 555 0121.
O Pays invoices by card at checkout; asked for emailed invoices too.
O {insurer} Pet insurer: PawSure, policy PS-3318850 (Barley only); needs itemized invoices for claims.
O Books Saturday mornings where possible.
O {vacc} Boards Barley over holidays; requires vaccination record up to date 14 days before boarding.
O Likes Dr. Hannelore Price for the dog; cats see Dr. Kim.
O No-show once in 2024 (snowstorm); fee waived.
O Wants text reminders 3 days ahead.
O Cats are indoor-only; moving them is stressful, so book back-to-back with one trip.
O Account credit $20 from a referral (Apr 2025).
O Lives 25 minutes from Elm St; sometimes uses the Riverside satellite clinic.
O Prefers not to receive marketing for pet food.
CONV c01 2025-11-05T09:20
C Hi! I'd like to board Barley Dec 20-27. Is there space?
A {bd1} Yes, we have a large-dog suite Dec 20-27 at $58/night. His rabies and kennel-cough records need to be current by Dec 6.
C I think his booster is due. can we do that first?
A {bd2} Sure, Dr. Price has Saturday Nov 29 at 9:30. That's within the Wellness Plus plan so no charge for the visit.
C book both please
A {bd3} Booked: booster appointment Sat Nov 29, 9:30 with Dr. Price; boarding Dec 20-27, large suite, ref BRD-7721.
S Booked Barley's boarding Dec 20-27 (large-dog suite, $58/night, ref BRD-7721) and a booster appointment Sat Nov 29 at 9:30 with Dr. Price so vaccination records are current by Dec 6; visit covered by Wellness Plus.
CONV c02 2026-01-14T13:00
C PawSure says they need an itemized invoice for Barley's Dec visit, the one I got just says total
A {inv1} Sorry about that. I've emailed an itemized copy of invoice INV-55190 (Nov 29) to noor.bakshi@example.com.
C hmm, the claim is for the Dec 30 visit though
A {inv2} My mistake, that's INV-55742 (Dec 30, $286.40). Itemized copy is on its way now, and I've flagged your account so all invoices are itemized by default.
S Client needed an itemized invoice for a PawSure claim. Agent first sent INV-55190 (Nov 29) by mistake, then the correct INV-55742 (Dec 30, $286.40), itemized. Account flagged to itemize all invoices by default.
CONV c03 2026-03-09T17:30
C Can I book both cats for their yearly check on the same day? They hate the car
A {cats1} Yes: Saturday Mar 21, Miso at 10:00 and Tofu at 10:20 with Dr. Kim, in the quiet room at Elm St.
C perfect
A {cats2} Booked. You'll get a text reminder on Mar 18.
S Booked annual check-ups for both cats back-to-back on Sat Mar 21 (Miso 10:00, Tofu 10:20) with Dr. Kim in the quiet room at Elm St, per the client's preference to do one trip. Text reminder Mar 18.
O@c02 {itemize} All invoices itemized by default (requested for PawSure claims, Jan 2026).
O@c01 {brd} Boarding BRD-7721: Barley, Dec 20-27 2025.
Q exact | INV-55742 | inv2 s:c02
Q exact | BRD-7721 | bd3 brd s:c01
Q paraphrase | does she require a full breakdown of charges for her animal cover reimbursements? | insurer itemize inv2 s:c02
Q paraphrase | the felines get anxious travelling, how do we schedule them? | catcarrier cats1 s:c03
Q paraphrase | what does the dog's monthly package include? | wellness bd2
Q mixed | what paperwork must be current before Barley stays with us over the holidays | bd1 s:c01 vacc
PROFILE p20 en
persona: Ledgerly (small-business accounting SaaS) subscriber: owner of a bakery with two staff users; bank feeds and invoicing.
start: 2025-01-20
O Company: Crumb & Kettle Bakery LLC; Ledgerly org ID LDG-40912.
O {plan} Plan: Ledgerly Plus, monthly $45; 3 users (owner + 2 staff).
O Owner: Fiona McAllister, fiona@crumbkettle.example.com.
O {bankfeed} Bank feed from Prairie State Bank (business checking ending 5561) - disconnects roughly every 90 days for re-auth.
O Sales tax: files quarterly; sales tax rate 8.25% set on invoices.
O Bookkeeper: Marcus Lee (external), has Accountant access.
O {template} Uses a custom invoice template with the bakery logo and Net 15 terms.
O Sells wholesale to 3 cafés; recurring weekly invoices.
O Wants to move to annual billing once cash flow allows.
O Prefers chat in the mornings before the shop opens (6-8am).
O Payroll done outside Ledgerly (GustoPay).
O Used the migration service from spreadsheets in Jan 2025.
O Asked about inventory tracking; only in Ledgerly Pro.
O Had duplicate transactions after a feed reconnect in 2025 - learned to use "exclude".
O Tax ID on invoices: EIN 00-0000000 placeholder replaced with real EIN in Feb 2025.
CONV c00 2025-02-03T07:00
S Onboarding call after the spreadsheet migration: set sales tax at 8.25%, connected the Prairie State bank feed, created the custom invoice template "Crumb wholesale" with logo and Net 15 terms, and gave the bookkeeper Accountant access.
CONV c01 2025-10-07T06:30
C bank feed stopped again. last transactions are from Sept 30
A {bf1} Prairie State requires re-authentication every 90 days. Go to Banking > Prairie State > Reconnect and sign in with your bank credentials.
C done. will it pull the missing week?
A {bf2} Yes, it backfills up to 90 days. If you see duplicates for Sept 30, use Exclude on the second copy rather than delete.
S Prairie State bank feed disconnected (90-day re-auth). Customer reconnected via Banking > Reconnect; feed backfills up to 90 days. Reminded to use Exclude, not delete, on duplicate Sept 30 transactions.
CONV c02 2026-01-12T07:10
C My café customers say the invoices now show Net 30, I never changed that
A {net1} The January product update reset custom templates to the default Net 30 for some accounts. Sorry about that. I've restored your template "Crumb wholesale" with Net 15.
C Invoices already sent this month?
A {net2} 7 invoices went out with Net 30 (INV-1180 to INV-1186). I can resend them corrected with Net 15 and a note, if you like.
C yes resend
A {net3} Done, all 7 resent with Net 15 and a short note explaining the correction.
S A product update reset the custom invoice template to Net 30. Restored template "Crumb wholesale" with Net 15 and resent the 7 affected January invoices (INV-1180 to INV-1186) corrected, with an explanatory note.
CONV c03 2026-03-04T06:50
C How much would annual be? And can I add a 4th user for the new shift lead?
A {ann1} Plus annual is $459/yr (15% off). A 4th user on Plus is $10/mo extra, or $102/yr on annual.
C let's do annual with 4 users from April 1
A {ann2} Scheduled: Ledgerly Plus annual, 4 users, $561 billed Apr 1 2026. Your March monthly charge still applies.
S Customer switching to Ledgerly Plus annual with 4 users from Apr 1 2026 ($459 + $102 = $561); March monthly charge still applies. New user for the shift lead.
O@c02 {tmplfix} Template "Crumb wholesale" restored to Net 15 after Jan 2026 update reset it.
O@c03 {annual} Annual billing starts Apr 1 2026: $561 for 4 users.
Q exact | INV-1183 | net2 s:c02
Q exact | Prairie State feed | bf1 bf2 bankfeed s:c01 s:c00
Q paraphrase | why do her trade buyers suddenly get a month to settle up instead of a fortnight? | net1 tmplfix s:c02
Q paraphrase | how frequently does the institution connection expire? | bankfeed bf1 s:c01
Q paraphrase | what will the yearly subscription with the additional seat cost? | ann1 ann2 annual s:c03
Q mixed | which plan are they on and how many users | plan annual s:c03
PROFILE p21 en
persona: Harvest Crate meal-kit subscriber (family box) who skips weeks often and has had delivery problems.
start: 2025-05-12
O {box} Family box: 4 recipes x 4 servings per week, $119.96.
O {deliveryday} Delivery day Wednesday, 8am-8pm window.
O Address 77 Poplar Lane; box left on the back deck.
O {noseafood} No seafood recipes - kids won't eat them. Dislikes mushrooms.
O Skips about one week in three; usually skips around school breaks.
O Paid with Discover ending 3390.
O Email kwon.family@example.com; texts to +1 555 0144.
O Recycles ice packs via the Harvest Crate return program.
O Has 2 unused "Give $40" referral codes.
O Likes 20-minute recipes on weekdays.
O Rates recipes regularly; favorites are chicken shawarma bowls and beef bulgogi.
O Asked about a vegetarian week option; tried it once.
O Cancelled once in 2024, came back with a 50%-off promo.
O Prefers the digital recipe cards only (no paper).
O Allows substitutions when an ingredient is out of stock.
CONV c01 2025-08-20T21:05
C Box came today but the ice packs were completely melted and the chicken was warm
A {ice1} I'm so sorry. Please don't use the chicken. The carrier shows it sat in the depot 9 hours because of a truck delay. I've refunded this week's box in full, $119.96.
C thank you. will next week be ok? it's going to be 95 degrees
A {ice2} I've added extra ice packs and a liner to your next 4 boxes at no cost.
S Wednesday box arrived with melted ice packs and warm chicken after a 9-hour depot delay. Full refund of $119.96; extra ice packs and liner added to next 4 boxes free of charge due to the heat.
CONV c02 2025-12-01T12:30
C Can I skip the next three weeks? We're away for the holidays
A {skip1} Done: Dec 17, Dec 24 and Dec 31 skipped. Next delivery Wednesday Jan 7.
C also can you move delivery to Thursdays from January? nobody's home Wednesdays now
A {day1} Thursday isn't available for your zip. The only other day is Tuesday, 8am-8pm.
C {tue} ugh. tuesday then
A {day2} Switched to Tuesdays starting Jan 6, 2026. Your first box will be Tue Jan 6.
S Skipped Dec 17, 24 and 31. Customer asked to move deliveries to Thursday (not available in her zip); switched to Tuesdays from Jan 6, 2026.
CONV c03 2026-02-10T19:45
C This week's box has salmon in it? I didn't pick salmon
A {sal1} You're right. Since you didn't choose recipes by the Wednesday cutoff, we auto-selected, and the auto-pick ignored your no-seafood preference because of a bug.
C well we're not eating it
A {sal2} Understood. I've credited $29.99 for the salmon recipe and fixed your taste profile so auto-picks exclude seafood and mushrooms.
S Auto-selected box included salmon despite the customer's no-seafood preference (bug in auto-pick after missed cutoff). Credited $29.99 and corrected taste profile to exclude seafood and mushrooms.
O@c02 {tuesobs} Delivery moved to Tuesdays from Jan 6 2026 (Thursday not available in zip).
O@c01 Extra ice packs and liner for 4 boxes after the Aug 2025 heat incident.
O@c03 Auto-pick taste profile corrected Feb 2026 (no seafood, no mushrooms).
Q exact | refund of $119.96 | ice1 s:c01
Q exact | was Dec 24 skipped | skip1 s:c02
Q paraphrase | which weekday do they get their kits now? | tuesobs day2 tue s:c02
Q paraphrase | are there foods the household refuses? | noseafood sal2 s:c03
Q paraphrase | why was the meat not cold when it got to them in August? | ice1 s:c01
Q mixed | why did she get salmon she never chose | sal1 sal2 s:c03
PROFILE p22 en
persona: Keystone Home Insurance policyholder with a storm-damage roof claim, temporary housing and a contractor dispute.
start: 2025-02-02
O Policy KH-HO3-2207154; home at 14 Bramble Court.
O {ded} Wind/hail deductible: 2% of dwelling coverage ($7,200); all-other-perils $1,000.
O Dwelling coverage $360,000; personal property $180,000.
O {ale} Loss of use (additional living expenses) limit $72,000.
O Mortgagee: Tri-Valley Credit Union (listed on claim checks).
O Email jun.watanabe@example.com; phone +1 555 0111.
O Prefers phone calls from the adjuster, then a written follow-up email.
O Roof replaced in 2011 (architectural shingles).
O Has a home security system - 5% discount.
O Bundled with auto (KA-AU-7730051).
O Works night shifts; best to reach before 2pm.
O Contractor: Summit Ridge Roofing (license on file).
O Renewal 1 June; pays annually.
O Filed no claims before this one.
O Has receipts for damaged items stored in a shared folder.
CONV c01 2025-06-18T08:10
C Huge hail storm last night. Roof is leaking into the upstairs bedroom, part of the ceiling fell
A {fnol1} I'm sorry. Is everyone safe? I've opened claim KH-CL-55017. Please take photos and put a tarp on if it's safe; we reimburse emergency tarping.
C everyone's ok. we can't sleep upstairs though
A {fnol2} If the home isn't livable, your loss-of-use coverage pays for temporary housing. Adjuster Dana Whitfield will call you today to schedule an inspection.
S Hail storm caused roof leak and partial ceiling collapse upstairs. Claim KH-CL-55017 opened; advised photos and emergency tarping (reimbursable). Loss-of-use coverage explained for temporary housing. Adjuster Dana Whitfield to call same day.
CONV c02 2025-06-25T14:00
A {adj1} Following up after today's inspection: approved roof replacement and interior ceiling/drywall for bedroom 2. Estimate $31,480; minus your $7,200 wind/hail deductible, first payment $24,280 less depreciation holdback $4,100.
C when do I get the holdback?
A {adj2} Once Summit Ridge completes the roof and you send the final invoice, we release the $4,100 recoverable depreciation.
C and the hotel?
A {hotel} Loss of use: we've approved up to 30 days at the Larkspur Suites ($149/night) and will pay them directly.
S Adjuster inspection approved roof replacement and bedroom 2 ceiling/drywall: estimate $31,480, $7,200 wind/hail deductible, first payment $20,180 after $4,100 depreciation holdback (released on final invoice from Summit Ridge Roofing). Loss of use: up to 30 days at Larkspur Suites ($149/night), billed directly.
CONV c03 2025-08-14T11:20
C Summit Ridge says the estimate misses the gutters and a layer of old shingles, they want $6,800 more
A {supp1} Contractors can request a supplement. Please have Summit Ridge send an itemized supplement with photos to claims@keystone.example.com referencing KH-CL-55017.
C and I'm past 30 days at the hotel, the roof isn't done
A {supp2} I've extended the Larkspur Suites stay by 14 days (to Sep 1) given the contractor delay. Anything beyond that needs the adjuster's sign-off.
S Contractor Summit Ridge asked for $6,800 more (gutters, extra shingle layer); customer told to submit an itemized supplement with photos citing KH-CL-55017. Temporary housing at Larkspur Suites extended 14 days to Sep 1 due to contractor delay; further extension needs adjuster approval.
O@c02 {holdback} $4,100 depreciation holdback on KH-CL-55017 released after final roofing invoice.
O@c03 {hotelext} Larkspur Suites stay extended to Sep 1 2025; beyond that needs adjuster sign-off.
Q exact | KH-CL-55017 supplement | supp1 s:c03
Q exact | can we extend Larkspur Suites past Sep 1? | supp2 hotelext s:c03
Q paraphrase | how much comes out of his pocket before a storm payout? | ded adj1 s:c02
Q paraphrase | when do we hand over the sum we held back for wear and tear? | adj2 holdback s:c02
Q paraphrase | for what period will we fund his accommodation elsewhere? | hotel supp2 hotelext s:c02 s:c03
Q mixed | who was assigned to inspect the hail damage | fnol2 s:c01
PROFILE p23 en
persona: Lingua House language school: parent enrolling a teenager in Japanese tutoring, plus her own evening Italian group class.
start: 2025-07-07
O Account LH-60227, parent/payer: Catarina Reyes; student: son Mateo (15).
O {mateo} Mateo: private Japanese tutoring, 2x 45-min online sessions per week (Mon/Wed 5pm) with tutor Kenji Ota.
O {ital} Catarina: Italian A2 evening group, Thursdays 7-8:30pm, in person at the Cedar St campus.
O Pays by monthly invoice; card ending 4019 on file.
O {sibling} Family discount 10% applies to the second enrollment.
O Email catarina.reyes@example.com; WhatsApp +1 555 0171.
O Mateo is preparing for the JLPT N4 in December 2025.
O Prefers to reschedule by WhatsApp, not email.
O {cancel24} Cancellation policy: 24h notice for private lessons, otherwise charged.
O Catarina missed 3 group classes in Oct (work); group classes are not refundable.
O Asked about summer intensive in Kyoto partner school; wants info in Feb.
O Textbooks: Genki I (Mateo), Nuovo Espresso 2 (Catarina).
O {kenji} Prefers Kenji; doesn't want a substitute tutor unless notified a day ahead.
O Placement test for Catarina done Jul 2025 (A2).
O {gv} Gift voucher LH-GV-0931 ($100) received from a friend, unused.
CONV c01 2025-09-16T20:10
C Hi! Mateo has a school trip next Monday, can we move his lesson?
A {mv1} Sure, Kenji can do Tuesday Sep 23 at 5pm instead of Monday 22. Shall I confirm?
C yes thanks
A {mv2} Confirmed, Tue Sep 23 5pm. No charge since it's more than 24h notice.
S Mateo's Monday Sep 22 Japanese lesson moved to Tue Sep 23, 5pm with Kenji Ota; no charge (more than 24h notice). Request came by WhatsApp.
CONV c02 2025-11-03T09:30
C I was charged for Mateo's lesson on Oct 29 but Kenji cancelled it!
A {ref1} You're right, Kenji had to cancel that day and the lesson wasn't made up. I've credited $38 to your next invoice, INV-LH-1125.
C ok. Also I can't make Italian on Thursdays anymore from January. Is there another group?
A {ital2} There's an A2 group on Saturdays 10-11:30am at Cedar St, and an online one on Tuesdays 7pm. Both have space from Jan 8/10.
C {sat} Saturday in person please
A {ital3} Moved you to the Saturday A2 group from Jan 10, 2026. Same price.
S Credited $38 on invoice INV-LH-1125 for Mateo's Oct 29 lesson cancelled by the tutor. Catarina moved from Thursday evening to the Saturday 10-11:30am in-person Italian A2 group at Cedar St from Jan 10, 2026, same price.
CONV c03 2026-02-05T18:45
C Hi, you said to ask in Feb about the Kyoto summer intensive for Mateo
A {ky1} Yes! The Kyoto summer intensive runs Jul 6-31, ages 15-18, $3,450 including homestay. Applications close Mar 31, deposit $500.
C Can I use the gift voucher for the deposit?
A {ky2} Vouchers can't be used for partner-school programmes, only for Lingua House courses. You could put LH-GV-0931 toward Mateo's spring tutoring instead.
S Customer asked about the Kyoto summer intensive for Mateo: Jul 6-31, ages 15-18, $3,450 incl. homestay, applications close Mar 31, $500 deposit. Gift voucher LH-GV-0931 can't be used for partner programmes, only Lingua House courses.
O@c02 {satobs} Catarina in Saturday 10am Italian A2 group (Cedar St) from Jan 2026.
O@c03 Considering Kyoto intensive (Jul 2026) for Mateo; application deadline Mar 31.
Q exact | LH-GV-0931 | ky2 s:c03 gv
Q exact | credit on INV-LH-1125 | ref1 s:c02
Q paraphrase | when does the mother attend her own course now? | satobs ital3 sat s:c02
Q paraphrase | how much warning do we need before calling off a one-to-one class? | cancel24
Q paraphrase | may the present certificate fund his overseas stay in July? | ky2 s:c03
Q mixed | which tutor does the son have and what days | mateo mv1 kenji
PROFILE p24 en
persona: VoltBox electronics retailer customer with an extended warranty on a laptop and a TV; repairs and returns.
start: 2025-03-10
O Rewards member VBX-882045.
O {laptop} Laptop: Arcwell ProBook 14, serial AW14-39KQ7710, bought Mar 2025.
O {tv} TV: Nordvik 65" OLED, model NV65-OL9, bought Nov 2024.
O {care} VoltBox CarePlus 3-year plan on the laptop (accidental damage included); TV has manufacturer warranty only.
O Email dev.patel.home@example.com; phone +1 555 0158.
O Prefers in-store drop-off at the Maple Grove store for repairs.
O Works remotely; needs a loaner laptop during repairs if possible.
O Price-match request in Dec 2024 approved ($60).
O Doesn't want the extended warranty upsell on small items.
O Returned a pair of headphones in 2025 (within 30 days).
O Buys mostly Arcwell and Nordvik products.
O Credit card ending 7703; uses store financing for big purchases.
O Has an open-box soundbar on wish list.
O Asked about TV wall-mount installation service; not booked.
O Rewards balance $22 in certificates.
CONV c00 2025-03-12T13:00
S In-store purchase of the Arcwell ProBook 14 with CarePlus 3-year protection including accidental damage ($179). Customer declined extended protection on headphones bought the same day.
CONV c01 2025-08-04T13:25
C My ProBook screen cracked, I dropped it. Is that covered?
A {r1} Yes, CarePlus covers accidental damage. Bring it to Maple Grove; screen repairs take 5-7 days. There's a $49 service fee for accidental-damage claims.
C ok. I need a laptop for work though
A {r2} CarePlus includes a loaner when the repair takes over 3 days, subject to availability; I've reserved one at Maple Grove for you.
C {drop} dropping it off tomorrow morning
S Customer cracked the Arcwell ProBook 14 screen (accidental drop). Covered by CarePlus with a $49 service fee; repair at Maple Grove 5-7 days; loaner laptop reserved.
CONV c02 2025-08-12T10:00
A {rep1} Your ProBook (repair RP-330917) is ready for pickup at Maple Grove. Screen replaced; please return the loaner when you collect.
C great, coming at lunch
A Perfect, see you then.
S Repair RP-330917 complete: ProBook screen replaced; ready for pickup at Maple Grove. Customer to return the loaner at collection.
CONV c03 2026-01-20T19:10
C TV has vertical lines on the left side. It's 14 months old
A {tv1} The Nordvik NV65-OL9 has a 2-year manufacturer warranty on the panel, so it's covered by Nordvik. I can open a claim with them and book an in-home technician.
C yes please. don't want to haul a 65 inch to the store
A {tv2} Claim NVK-2261043 opened; Nordvik's technician will contact you within 3 business days to schedule a home visit.
C and can I buy CarePlus for the TV now?
A {tv3} CarePlus has to be bought within 60 days of the product purchase, so not for this TV, sorry.
S Nordvik 65" OLED (NV65-OL9, 14 months old) showing vertical lines; covered by the 2-year manufacturer panel warranty. Opened Nordvik claim NVK-2261043 for an in-home technician visit (contact within 3 business days). CarePlus can't be added after 60 days from purchase.
O@c02 {rpobs} ProBook screen repaired Aug 2025 (RP-330917) under CarePlus; $49 fee paid.
O@c03 {nvk} Nordvik TV claim NVK-2261043 pending home visit (Jan 2026).
Q exact | RP-330917 | rep1 rpobs s:c02
Q exact | NVK-2261043 | tv2 nvk s:c03
Q exact | AW14-39KQ7710 | laptop
Q paraphrase | can he borrow a machine while his computer is in the shop? | r2 s:c01
Q paraphrase | is the television protected by our in-house scheme? | care tv3 s:c03
Q mixed | how much does he pay for an accidental damage claim | r1 rpobs s:c01
PROFILE p25 en
persona: Coastline Rail commuter with a season ticket who also books long-distance trips; delays and refunds.
start: 2025-01-15
O Railcard: Coastline Saver, no. CS-4410937, valid to 30 Sep 2026.
O {season} Annual season ticket Brighthaven - Kingsmere Central, valid 3 Mar 2025 - 2 Mar 2026, smartcard SC-77019.
O Commutes Tue-Thu, 07:42 from Brighthaven.
O {delayrepay} Claims Delay Repay regularly; bank transfer preferred to vouchers.
O Email aisling.murphy@example.com; mobile +44 7700 900233.
O Prefers quiet coach on long-distance trips.
O Travels with a bicycle on weekends occasionally - needs bike reservations.
O {seatpref} Likes a forward-facing window seat.
O Uses the app for mobile tickets; smartcard for the season.
O Complained about overcrowding on the 07:42 in 2025.
O Company reimburses the season ticket; needs a VAT receipt each year.
O First class upgrade bought twice on Sundays.
O Lost smartcard once (2024); replacement fee £10.
O Prefers email over phone.
O Travels to Edinburgh for family at Christmas.
CONV c01 2025-10-21T09:05
C My 07:42 was 38 minutes late this morning and yesterday's was cancelled. How do I claim?
A {dr1} For season ticket holders, Delay Repay is paid per journey: 25% of the daily value for 15-29 min, 50% for 30-59 min, 100% for cancellations. I've logged both: claim DR-2025-88341.
C do I need to send anything?
A {dr2} No, your smartcard SC-77019 tap data confirms travel. Payment by bank transfer within 10 working days.
S Customer claimed Delay Repay for a 38-minute delay (Oct 21) and a cancellation (Oct 20) on the 07:42 Brighthaven service. Logged as DR-2025-88341 (50% and 100% of daily season value); tap data from smartcard SC-77019 used, bank transfer within 10 working days.
CONV c02 2025-12-02T20:30
C Booking Kingsmere to Edinburgh for 22 Dec. Can I get a quiet coach window seat and use my railcard?
A {ed1} Yes. 09:00 departure on 22 Dec, coach C (quiet), seat 42 window forward-facing; with your railcard the advance single is £58.40. Booking ref KQ4R2Z.
C and return Dec 28?
A {ed2} 14:30 on 28 Dec, coach C seat 18 window; £61.10 with railcard. Same booking ref KQ4R2Z now.
S Booked Kingsmere-Edinburgh advance singles with the Coastline Saver railcard: 22 Dec 09:00 (coach C quiet, seat 42) and return 28 Dec 14:30 (coach C seat 18), £58.40 + £61.10, booking KQ4R2Z.
CONV c03 2026-02-17T18:15
C My season ticket runs out Mar 2. Can I renew on the same smartcard? And I need the VAT receipt for work
A {ren1} Yes, you can renew from Feb 23 in the app onto SC-77019. The annual price goes up to £4,318 from March because of the fare rise.
C ugh. and the receipt?
A {ren2} Once you renew, a VAT receipt is emailed automatically. I can also resend the 2025 one now: sent to aisling.murphy@example.com.
S Customer's annual season ticket (SC-77019) expires Mar 2 2026; renewable in the app from Feb 23 at the new price of £4,318. 2025 VAT receipt resent for employer reimbursement; new receipt will be emailed automatically on renewal.
O@c01 {drobs} Delay Repay claim DR-2025-88341 (Oct 20 cancellation + Oct 21 38-min delay).
O@c03 Season ticket renewal price from March 2026: £4,318.
Q exact | DR-2025-88341 | dr1 drobs s:c01
Q exact | booking KQ4R2Z | ed1 ed2 s:c02
Q paraphrase | how does she like to be compensated when trains run behind schedule? | delayrepay dr2
Q paraphrase | when does her commuter pass lapse? | season ren1 s:c03
Q paraphrase | where does she want to sit? | seatpref ed1 ed2
Q mixed | does she need to send proof for late train claims | dr2 s:c01
PROFILE p26 en
persona: Zapp Mobile prepaid customer who tops up by voucher and writes very short SMS messages.
start: 2025-06-01
O Prepaid number +1 555 0183.
O {bundle} On Zapp 15 bundle: 8GB data, unlimited talk/text, $15 per 30 days.
O {topup} Tops up with retail vouchers bought at the corner store, not by card.
O Writes very short texts; reply briefly.
O Phone is an older model (Kova S3), no eSIM.
O {intl} Calls his sister, who works in Manila; uses the $5 International Saver add-on some months.
O Balance often runs low near the end of the cycle.
O Asked twice how to check balance: dial *123#.
O Auto-renew of bundle is ON.
O Lost SIM once (2025); replacement at store with ID.
O Prefers SMS only; no email on file.
O Data runs out around day 22 most cycles.
O Has a $2 loyalty credit after 6 months.
O Store: QuickStop on Bell Ave.
O Language: English, short messages.
CONV c01 2025-09-09T21:40
C no data. why
A {d1} Hi! Your 8GB ran out today. Next bundle renews Sep 17. You can add 2GB for $5 now.
C add it
A {d2} Your balance is $1.20, not enough. Top up $5+ and text ADD2 to 5500.
C {vch} ok done voucher
A {d3} Got it, 2GB added, valid till Sep 17.
S Customer ran out of data (8GB) 8 days before renewal. Balance $1.20 was too low for the 2GB add-on; after a voucher top-up, 2GB ($5) added, valid to Sep 17.
CONV c02 2025-11-30T10:15
C bundle not renew
A {r1} Auto-renew failed: balance $9.50, Zapp 15 needs $15. Top up $5.50 or more and it renews right away.
C how much for bigger
A {r2} Zapp 25 = 20GB, unlimited talk/text, $25 per 30 days. Switch?
C yes
A {r3} Switch set from next top-up of $25+. Text ZAPP25 to 5500 to confirm.
C {zc} ZAPP25
A {r4} Confirmed. Top up $15.50+ to start Zapp 25 now (balance $9.50).
S Bundle auto-renewal failed on Nov 30 due to low balance ($9.50 vs $15). Customer chose to switch from Zapp 15 to Zapp 25 (20GB, $25/30 days); confirmed via ZAPP25; needs $15.50 more top-up to start.
CONV c03 2026-01-04T08:00
C manila call cost?
A {c1} Without add-on: $0.35/min to PH mobiles. With International Saver ($5): 100 min to PH.
C add saver
A {c2} Added, 100 min to Philippines, valid 30 days. Balance now $6.
S Customer asked about call rates to Manila: $0.35/min without add-on. Added the $5 International Saver (100 min to the Philippines, 30 days); remaining balance $6.
CONV c04 2026-02-20T09:30
C sim not working new phone
A {esim} Your Kova S3 used a nano SIM. If the new phone takes nano SIM, move it over and restart. If it's eSIM only, visit the store with ID for a swap.
C ok moved it works
A Great. Your bundle and balance stay the same.
S Customer got a new phone and the SIM wasn't working; advised moving the nano SIM and restarting, which fixed it. eSIM-only phones need a store visit with ID.
O@c02 {z25} Switched to Zapp 25 (20GB) from Nov 30 2025.
O@c03 {saverobs} International Saver added Jan 4 2026 (100 min to PH).
Q exact | ZAPP25 | r3 r4 s:c02 zc
Q exact | what is Zapp 25 | r2 z25 s:c02
Q paraphrase | how does he pay to put money on the line? | topup vch
Q paraphrase | why didn't his monthly package kick in automatically at the end of November? | r1 s:c02
Q paraphrase | cost to ring relatives overseas | intl c1 c2 saverobs s:c03
Q mixed | how much data does his current bundle include | z25 r2 s:c02
PROFILE p27 en
persona: Beacon+ streaming subscriber sharing an account with family; billing, profiles and device limits.
start: 2025-02-28
O {plan} Plan: Beacon+ Premium, $19.99/mo, 4 simultaneous streams, billed on the 28th.
O Account email: ravi.iyer.home@example.com.
O {profiles} 5 profiles: Ravi, Anjali, Kids (PIN-protected), Nani, Guest.
O {kidspin} Kids profile has a 4-digit PIN and age rating 10+.
O Pays with PayPal.
O {devices} Devices: 2 smart TVs, 1 streaming stick, 3 phones, 1 tablet.
O@2026-01-11 Brother in another city uses the account - flagged by household check in Jan 2026.
O Prefers subtitles on by default in the Nani profile (large font).
O@2025-10-03 Had a price increase from $17.99 to $19.99 in Oct 2025; complained but stayed.
O Watches sports add-on only during cricket season.
O Asked about annual billing; not available via PayPal.
O Reports buffering on the living room TV occasionally (Wi-Fi).
O@2025-12-26 {gift} Gift card BPL-2025-7741 redeemed Dec 2025 ($50).
O No marketing emails.
O Customer since 2021.
CONV c01 2025-10-03T21:00
C Why did my bill go up to $19.99? Nobody asked me
A {price1} Premium went from $17.99 to $19.99 for all members from October; we emailed the notice on Sept 2. I'm sorry it wasn't clearer.
C {screens} I'm paying for 4 screens and we barely use 3
A {price2} Standard is $13.99 with 2 streams. If you want, I can switch you at the next billing date; you'd keep all profiles.
C {keep} no, keep premium, kids watch at the same time
S Customer complained about the Premium price rise from $17.99 to $19.99 (notice emailed Sept 2). Offered Standard ($13.99, 2 streams); customer kept Premium because of simultaneous use by the children.
CONV c02 2026-01-11T19:40
C My brother can't watch anymore, says "this device isn't part of your household"
A {hh1} Since January, Premium accounts can add one extra member outside the household for $6.99/mo. Otherwise, devices need to connect at your home Wi-Fi at least once a month.
C $7 more? fine, add him
A {hh2} Extra member slot added ($6.99/mo from Jan 28). Send him the invite link; he'll get his own login and profile.
S Household check blocked the customer's brother watching from another city. Customer added an extra member slot ($6.99/mo from Jan 28) and sent the invite; brother gets his own login.
CONV c03 2026-02-02T20:15
C The kids got into the Ravi profile and watched a horror movie. Can I lock my profile?
A {lock1} Yes: Profiles > Ravi > Profile lock, then set a 4-digit PIN. You can do the same for Anjali.
C done. also I forgot the kids PIN
A {lock2} I've sent a reset link to ravi.iyer.home@example.com; it lets you set a new PIN for the Kids profile.
S Children accessed the parent's profile and watched a horror film; customer shown how to add a profile lock PIN to Ravi (and optionally Anjali). Reset link for the forgotten Kids profile PIN sent to the account email.
O@c02 {extra} Extra member (brother) added Jan 2026, $6.99/mo, own login.
O@c03 {lockobs} Profile lock PIN set on Ravi's profile Feb 2026.
Q exact | gift card BPL-2025-7741 | gift
Q exact | $6.99 extra member | hh1 hh2 extra s:c02
Q paraphrase | why can't his sibling who lives far away stream anymore? | hh1 s:c02
Q paraphrase | how do we keep the youngsters out of mum and dad's spaces? | lock1 lockobs s:c03
Q paraphrase | why did the monthly charge go up last autumn? | price1 s:c01
Q mixed | how many screens at once on his current plan | plan screens
PROFILE p28 en
persona: Ashgrove Physiotherapy clinic patient (admin only): booking a course of sessions, insurance pre-authorisation and invoices.
start: 2025-09-01
O Patient no. AGP-21790; referral received Sept 2025 (clinical details are not kept in this system).
O {insurer} Insurer: Halcyon Health, membership HH-5520183; pre-authorisation needed for more than 6 sessions.
O {excess} Policy excess £100 per claim year, paid by patient at first visit.
O Prefers appointments at the Ashgrove Road clinic, not Mill Lane.
O {times} Only available Mon/Wed lunchtimes 12:00-14:00 (office worker nearby).
O Physio: Ellen Marsh; prefers to stay with the same clinician.
O Email tom.ridley@example.com; mobile +44 7700 900561.
O Reminders by SMS the day before.
O Pays excess and any self-pay sessions by card at reception.
O Late cancellation fee: £45 if under 24h notice.
O Cancelled one session in Oct with 2h notice; fee waived (first time).
O Asked for invoices addressed to his employer for a later claim? No - invoices in his own name.
O Parking: uses the pay-and-display on Ashgrove Road; asked about validation (not offered).
O Prefers morning calls if we need to ring.
O {selfobs} Self-pay rate £62 per session after insurer limit.
CONV c01 2025-09-08T11:05
C Hi, I've been referred for physio, my insurer is Halcyon. What do I need to do?
A {pre1} Welcome! Halcyon covers the first 6 sessions without pre-authorisation; we'll bill them directly. Your £100 excess is paid here at the first visit.
C ok. can I do Mondays and Wednesdays at lunch?
A {bk1} Yes: Mon Sep 15 and Wed Sep 17, 12:30 with Ellen Marsh at Ashgrove Road, then weekly Mondays 12:30 after that.
C perfect
S New patient referred for physiotherapy, insured with Halcyon Health (6 sessions without pre-authorisation, billed directly; £100 excess at first visit). Booked Mon Sep 15 and Wed Sep 17 at 12:30 with Ellen Marsh at Ashgrove Road, then weekly Mondays 12:30.
CONV c02 2025-11-03T08:45
C Ellen says I should continue for a few more sessions. Does Halcyon cover that?
A {pre2} After 6 sessions Halcyon needs a pre-authorisation. We've sent the request today; reference PA-88014. It usually takes 3-5 working days.
C and if they say no?
A {self} Then you can continue as self-pay at £62 per session, or pause until a decision.
C {pause} I'll wait for the decision before booking more
S After 6 insured sessions, physiotherapist recommended continuing. Pre-authorisation request PA-88014 sent to Halcyon Health (3-5 working days). If declined, sessions are £62 self-pay. Patient will wait for the decision before booking.
CONV c03 2025-11-07T16:20
A {pa1} Good news: Halcyon approved 4 more sessions under PA-88014, valid until 31 Jan 2026.
C great. can I have Mondays 12:30 again?
A {bk2} Booked Mondays 12:30 with Ellen: Nov 10, 17, 24 and Dec 1.
S Halcyon approved 4 additional sessions (PA-88014, valid to 31 Jan 2026). Booked Mondays 12:30 with Ellen Marsh on Nov 10, 17, 24 and Dec 1.
O@c03 {paobs} PA-88014 approved 4 extra sessions, valid to 31 Jan 2026 (total 10 insured).
O@c02 {waitobs} Patient paused bookings in early Nov pending the insurer decision.
Q exact | PA-88014 | pre2 pa1 paobs s:c02 s:c03
Q exact | Halcyon Health membership number | insurer
Q paraphrase | which days and hours suit him? | times bk1
Q paraphrase | how much must he fund himself annually before the scheme chips in? | excess pre1 s:c01
Q paraphrase | what does each appointment cost after the allowance runs out? | self selfobs s:c02
Q mixed | which dates did we book with Ellen in November | bk2 s:c03
PROFILE p29 en
persona: Loomwell fashion e-commerce shopper who buys several sizes and returns often; refunds, exchanges and store credit.
start: 2025-04-02
O {sizes} Usually orders two sizes (S and M) of tops and returns one.
O Customer no. LW-3390128; email zoe.lindqvist@example.com.
O {returnsrate} Return rate ~55% over 12 months; still within fair-use, no restrictions applied.
O Prefers refunds to original payment (Visa ending 4410), not store credit.
O {locker} Returns via the locker at Union Station, not the post office.
O Member of Loomwell Club (free returns, early sale access).
O Favorite brands on site: Halden Knit, Marigold & Fern.
O Trousers: W28 L32; dresses UK 10 / US 6.
O Complained about sheer fabric on a white linen shirt in 2025.
O Likes sustainable-label filter; asked about fabric sourcing.
O Opted in to SMS for sale alerts only: +1 555 0126.
O Gift card balance $18.40 (leftover).
O Often orders late at night; reads chat answers next morning.
O Declined Loomwell Pay Later.
O Birthday voucher used in April.
CONV c01 2025-06-10T23:40
C {retq} I returned order LW-O-77102 two weeks ago and still no refund
A {rf1} I see the parcel was scanned at the Union Station locker on May 28 but never arrived at our warehouse. I've opened a trace with the carrier, ref TR-55190.
C so I just lose $129?
A {rf2} No. Since the locker scan proves drop-off, I've refunded the $129 to your Visa now; the trace continues on our side.
S Return of order LW-O-77102 scanned at the Union Station locker May 28 but lost before reaching the warehouse. Carrier trace TR-55190 opened; $129 refunded to Visa immediately based on drop-off scan.
CONV c02 2025-09-22T08:10
C the Halden Knit cardigan in M is too big, can I swap for S?
A {ex1} Yes. Order LW-O-80455: I've reserved an S for you; it ships as soon as the locker scans your return of the M.
C does the S run small? I don't want to swap again
A {ex2} Reviews say the S fits true to size, slightly cropped. The S would be 89cm chest, the M 96cm.
C ok go ahead
S Exchange on order LW-O-80455: Halden Knit cardigan M for S, reserved and shipping when the return is scanned. Shared size info (S 89cm chest, true to size, slightly cropped).
CONV c03 2026-01-05T22:55
C I got a $35 "return processing fee"?? Club members have free returns
A {fee1} You're right, Club includes free returns. The fee was added because the Dec order LW-O-86120 was a final-sale item, which normally can't be returned at all.
C I didn't see final sale anywhere
A {fee2} I checked, and the product page didn't show the final-sale label on mobile. I've refunded the $35 fee and accepted the return as an exception.
S Customer charged a $35 return processing fee on Dec order LW-O-86120 (final-sale item). The final-sale label wasn't visible on the mobile product page; fee refunded and return accepted as an exception.
O@c01 {lost} Lost return LW-O-77102 refunded in advance (trace TR-55190).
O@c03 Final-sale label missing on mobile for LW-O-86120; return accepted as exception.
Q exact | LW-O-77102 | rf1 rf2 lost s:c01 retq
Q exact | trace TR-55190 | rf1 lost s:c01
Q paraphrase | does she typically purchase duplicates in different measurements? | sizes
Q paraphrase | why were we going to keep some of her money when she sent the December purchase back? | fee1 s:c03
Q paraphrase | how do the small and medium compare for that sweater's dimensions? | ex2 s:c02
Q mixed | which drop-off point does she use for returns | locker rf1 s:c01
PROFILE p30 en
persona: Bluebird Movers residential move customer: quote, date change, a damaged item claim and storage.
start: 2025-06-10
O {quote} Quote BBM-Q-20418: 2-bedroom move from 401 Harlow St Apt 6 to 28 Orchard Rise, est. $1,840.
O {stairs} Origin apartment is on the 6th floor with a freight elevator that must be reserved with the building.
O {coi} Building management at Harlow St needs a certificate of insurance 5 days before the move.
O Email priya.natarajan@example.com; phone +1 555 0102.
O Has a piano (upright) - needs specialty handling crew.
O {valuation} Chose Full Value Protection ($149) rather than basic 60c/lb.
O Wants boxes delivered 2 weeks before.
O Prefers text for day-of updates.
O Deposit $300 paid by card ending 2218.
O Storage unit: 5x10 at Bluebird's Eastfield facility for overflow furniture, $85/mo.
O Two cats - movers should keep doors closed.
O Doesn't need packing service except the kitchen.
O Parking at Orchard Rise: driveway fits one truck.
O Asked for a Saturday move; Saturdays cost $150 more.
O Tips crew in cash.
CONV c01 2025-07-08T14:20
C Hi, my closing got pushed. Can we move the move from Aug 9 to Aug 16?
A {dt1} Aug 16 is open for a 3-person crew, 8am start. It's also a Saturday, so the same rate applies. I've moved it.
C thanks. will you send the insurance certificate to the building again?
A {coi1} Yes, I'll send the COI to harlowmgmt@example.com by Aug 11 for the new date, and I've asked them to reserve the freight elevator 8am-12pm.
S Move date changed from Aug 9 to Sat Aug 16 (3-person crew, 8am, same Saturday rate). COI to be sent to Harlow St management by Aug 11 and freight elevator reservation requested 8am-12pm.
CONV c02 2025-08-19T10:00
C The glass top of my dining table arrived cracked, and there's a gouge in the hallway wall at the new place
A {cl1} I'm very sorry. Because you chose Full Value Protection, we'll repair, replace or pay the replacement value of the table top. Please send photos and the purchase receipt if you have it.
C sending now. and the wall?
A {cl2} Property damage is handled separately under our liability insurance. I've opened claim CLM-7718 for both items; an adjuster will contact you within 3 business days.
S After the Aug 16 move, customer reported a cracked glass dining-table top and a gouged hallway wall at the new home. Table covered under Full Value Protection (repair/replace/value); wall under company liability. Claim CLM-7718 opened; adjuster to call within 3 business days.
CONV c03 2025-09-30T15:30
C Adjuster approved $420 for the table top. When do I get it?
A {pay1} Payment for CLM-7718 is issued within 10 business days of your signed release; I've emailed the release form.
C and the wall repair?
A {pay2} The contractor, Finch Drywall, will schedule with you directly; it's paid by us, no cost to you.
C {store} one more thing, I'll keep the storage unit through December
A {store2} Noted: Eastfield 5x10 continues at $85/mo through Dec 31, then we'll check in.
S Claim CLM-7718: $420 approved for the table top, paid within 10 business days of signed release (form emailed). Wall repair by Finch Drywall at Bluebird's cost. Storage unit at Eastfield (5x10, $85/mo) extended through Dec 31.
O@c02 {clmobs} Damage claim CLM-7718 (glass table top + hallway wall) opened Aug 2025.
O@c03 {storeobs} Storage at Eastfield through Dec 31 2025, then review.
Q exact | CLM-7718 payment | pay1 s:c03
Q exact | quote BBM-Q-20418 | quote
Q paraphrase | what documents does the previous landlord's office require in advance? | coi coi1 s:c01
Q paraphrase | until when will her stuff stay in our facility? | storeobs store store2 s:c03
Q paraphrase | what coverage level did she pick for her belongings in transit? | valuation cl1
Q mixed | who is fixing the damaged wall at the new house | pay2 s:c03
PROFILE p31 en
persona: Stratus Cloud hosting customer (small dev agency) with VPS instances, a managed database and an overdue invoice.
start: 2025-03-05
O Account STX-119042, org "Parallax Works"; billing contact finance@parallax.example.com.
O {instances} 3 VPS instances in region fra-2: web-01 (4 vCPU), web-02 (4 vCPU), worker-01 (2 vCPU).
O {pgobs} Managed PostgreSQL cluster pg-parallax-main (16GB), daily backups, 7-day retention.
O {support} Support plan: Developer ($49/mo), response target 12h business hours.
O Technical contact: Leon Brandt, leon@parallax.example.com.
O {2fa} Org enforces 2FA for all members.
O Pays by invoice, Net 30; credit card backup ending 9015.
O Uses Terraform with the Stratus provider; API token "ci-deploy" has write scope.
O Asked about moving to region ams-1 for latency to Dutch clients.
O Had an incident in 2025 when worker-01 ran out of disk.
O Prefers email; Slack Connect not enabled.
O Object storage bucket "parallax-assets", ~800GB.
O Interested in reserved-instance pricing for 12 months.
O Timezone CET.
O Uses the status page RSS feed.
CONV c01 2025-10-14T07:55
C {roq} Our pg-parallax-main is read-only since 6am, apps are failing
A {db1} The cluster hit 100% storage (16GB plan, 15.9GB used), so it went into read-only protection. I can temporarily allow writes for 2 hours while you free space or upgrade.
C upgrade to 32GB please, now
A {db2} Upgrade to 32GB started; it's online, no downtime expected, done in ~15 min. New price $96/mo instead of $48.
C {dbok} writes working again, thanks
S Managed PostgreSQL cluster pg-parallax-main went read-only after reaching 100% of its 16GB storage. Customer upgraded to 32GB online ($96/mo, was $48); writes restored.
CONV c02 2025-12-09T10:20
C {suspq} We got a suspension warning for invoice STX-INV-20511? We paid it
A {inv1} I see a payment of $1,318.40 on Nov 28 but invoice STX-INV-20511 is $1,381.40: looks like a transposed digit, $63 short.
C ugh, our mistake. paying the difference now
A {inv2} Thanks, the $63 came through and the warning is cleared. No suspension.
S Suspension warning for invoice STX-INV-20511: customer paid $1,318.40 instead of $1,381.40 (transposed digits). Paid the $63 difference; warning cleared, no suspension.
CONV c03 2026-02-16T13:40
C What would a 12-month reservation cost for web-01 and web-02? And can we move them to ams-1?
A {ri1} Reserved 12-month pricing for 4 vCPU is $38/mo each instead of $48 (about 21% off). Reservations are per region, so move to ams-1 first, then reserve.
C how do we move?
A {mig1} Snapshot each instance, create from snapshot in ams-1, update DNS, then delete the fra-2 ones. Expect ~10 min downtime per instance. Floating IPs don't move between regions.
S Customer asked about 12-month reserved pricing for web-01 and web-02 ($38/mo each vs $48) and moving to ams-1. Reservations are region-specific, so migrate first: snapshot, recreate in ams-1, update DNS (~10 min downtime each; floating IPs can't move regions), then reserve.
O@c01 {pg32} pg-parallax-main upgraded to 32GB (Oct 2025, $96/mo).
O@c02 {shortobs} Short-payment on STX-INV-20511 ($63) settled Dec 2025.
Q exact | STX-INV-20511 | inv1 inv2 s:c02 suspq shortobs
Q exact | pg-parallax-main | db1 db2 pg32 s:c01 roq pgobs
Q paraphrase | why couldn't their apps save anything that morning in October? | db1 s:c01
Q paraphrase | how quickly should we answer their tickets? | support
Q paraphrase | will their public addresses follow the servers to the Netherlands? | mig1 s:c03
Q mixed | discount for committing to a year on the web servers | ri1 s:c03
PROFILE p32 en
persona: FreshCart grocery delivery customer ordering weekly for a household of five; substitutions and slot issues.
start: 2025-05-19
O {slot} Standing weekly slot: Friday 6-8pm.
O Household of five; orders ~$180/week.
O {subs} Substitutions OK except for baby formula (brand must match: NutriBloom Stage 2) and coffee.
O {bags} Prefers no plastic bags - bagless delivery with crates.
O Address 3 Kestrel Mews; park on the street, driveway is steep.
O Email hollis.family@example.com; phone +1 555 0197.
O FreshPass annual member ($99/yr), free delivery over $40.
O Often adds items after the cutoff; knows cutoff is 11pm the day before.
O Prefers organic milk and eggs.
O Had a bruised fruit complaint twice; prefers firm avocados.
O Pays with Visa ending 6608.
O Uses coupons from the weekly flyer.
O Asked about alcohol delivery - requires ID at door; agreed.
O Doesn't want receipts printed.
O Rates drivers highly; usually tips $5 in app.
CONV c01 2025-09-26T20:30
C Delivery was supposed to be 6-8 and it's 8:30, nobody here yet
A {late1} Sorry! The driver's running about 40 minutes late after a road closure. ETA 9:05pm.
C the frozen stuff better be frozen
A {late2} It's in a freezer compartment. I've also refunded the $5.99 delivery fee even though you have FreshPass, as a $5.99 credit.
S Friday order delayed ~40 min (road closure), ETA 9:05pm; frozen items kept in the freezer compartment. $5.99 goodwill credit applied.
CONV c02 2025-11-14T19:15
C You substituted the formula with a different brand. I said no substitutes for NutriBloom!
A {sub1} I'm so sorry. The picker substituted NutriBloom Stage 2 with CareMil Stage 2. I've refunded the $34.99 and flagged the item as "no substitutions" on your account.
C can you get NutriBloom to me tomorrow?
A {sub2} Yes, I've booked a free express delivery tomorrow 10-11am with 1 tin of NutriBloom Stage 2.
S Formula substituted (NutriBloom Stage 2 replaced with CareMil Stage 2) against preference. Refunded $34.99, item flagged "no substitutions", and free express delivery of NutriBloom Stage 2 booked for next morning 10-11am.
CONV c03 2026-01-23T17:40
C Can I change my standing slot to Saturday morning?
A {sl1} Saturday 8-10am is available every week from Jan 31. Want me to move your standing slot?
C yes
A {sl2} Done: standing slot is now Saturday 8-10am from Jan 31. Your Jan 30 Friday order stays as is.
S Standing weekly slot moved from Friday 6-8pm to Saturday 8-10am starting Jan 31, 2026; Jan 30 Friday order unchanged.
O@c02 {nosub} NutriBloom Stage 2 flagged "no substitutions" (after Nov 2025 incident).
O@c03 {satslot} Standing slot Saturday 8-10am from Jan 31 2026.
Q exact | NutriBloom Stage 2 | subs sub1 sub2 nosub s:c02
Q exact | CareMil | sub1 s:c02
Q paraphrase | what day and time do their groceries come now? | satslot sl2 s:c03
Q paraphrase | is it fine to swap in alternatives if something's out of stock? | subs nosub
Q paraphrase | how do they want their shopping packed? | bags
Q mixed | why was the Friday evening delivery late in September | late1 s:c01
PROFILE p33 en
persona: Wayfarer Holidays package-travel customer booking a family beach holiday and a honeymoon-style anniversary trip; deposits, transfers and changes.
start: 2025-01-22
O Customer no. WH-448102; lead passenger Martin Okonkwo-Hale.
O {party} Family booking party: 2 adults, 2 children (ages 8 and 11).
O {room} Prefers family rooms with separate kids' area; sea view if under $40/night extra.
O Email martin.oh@example.com; mobile +1 555 0113.
O {deposit} Pays deposits by debit card ending 7751; balance due 8 weeks before departure.
O Travels mostly during school holidays.
O Prefers morning flights; kids get cranky on red-eyes.
O {insurance} Buys travel insurance separately (not through us) - don't add our policy.
O Anniversary trip in September every other year; 2025 is the 15th anniversary.
O Loyalty: Wayfarer Club, 3 previous bookings.
O Likes all-inclusive for family trips, B&B for couples' trips.
O Brings snorkelling gear on beach trips.
O {bags} Needs one 23kg checked bag per person plus sports equipment.
O Asked to be called after 6pm ET.
O {transfer} Complained in 2023 about a long transfer (2.5h) - prefers hotels under 1h from the airport.
CONV c00 2025-01-28T19:00
S Customer called about Wayfarer Club status and asked for spring-break quotes in Mexico with the hotel under 1 hour from the airport; agent to email options.
CONV c01 2025-02-10T18:30
C Looking at the Playa Serena resort for the kids' spring break, Apr 5-12. Is the transfer long?
A {ps1} Playa Serena is 35 minutes from Cancún airport, private transfer included. Family suite with sea view is $4,980 all-inclusive for the 4 of you, morning flights from Newark.
C book it, deposit now please
A {ps2} Booked: ref WH-B-20931, deposit $500 paid on card 7751. Since you're inside 8 weeks of departure, the $4,480 balance is due within 7 days.
C ok I'll pay the rest on Friday
S Booked Playa Serena (Cancún) all-inclusive family suite with sea view, Apr 5-12, morning flights from Newark, 35-min private transfer: $4,980 total, ref WH-B-20931. $500 deposit paid; being inside 8 weeks of departure, balance of $4,480 due within 7 days (customer to pay Friday).
CONV c02 2025-03-20T19:10
C Our 11 year old's passport expires in May. Is that a problem for Mexico?
A {pp1} Mexico requires a passport valid for the length of your stay, so a May expiry is fine for an April 12 return. The airline may ask for 6 months, though - I'd renew if there's time.
C we'll expedite it. also can we add the snorkel bag?
A {bag1} Added one sports-equipment bag each way to WH-B-20931 ($60 each way).
S Customer asked whether the 11-year-old's passport expiring in May is a problem for the April trip to Mexico: valid for the stay, but airline may expect 6 months, so recommended renewing (customer will expedite). Added a sports-equipment bag for snorkelling gear each way ($60 each way) to WH-B-20931.
CONV c03 2025-06-03T20:00
C For our 15th anniversary in September, thinking Santorini, just the two of us, B&B. Budget ~$5k
A {san1} Villa Kalderi in Imerovigli: caldera-view room, B&B, Sep 14-21, flights from Newark via Athens, total $4,760 for 2. Transfer 25 minutes.
C sounds great, hold it for a day?
A {san2} I've put a 48-hour hold on it, option ref WH-O-5573. Deposit would be $700.
S Anniversary trip enquiry for September: offered Villa Kalderi, Imerovigli (Santorini), caldera-view B&B, Sep 14-21, via Athens from Newark, $4,760 for two, 25-min transfer. 48-hour hold placed, option ref WH-O-5573, deposit $700.
O@c02 {passobs} Older kid's passport expires May 2025 - family expediting renewal.
O@c03 {holdobs} Santorini option WH-O-5573 on 48h hold (Jun 2025).
Q exact | WH-B-20931 balance | ps2 s:c01
Q exact | option WH-O-5573 | san2 holdobs s:c03
Q paraphrase | what's the maximum ride time to accommodation they'll accept after touching down? | transfer ps1 s:c00
Q paraphrase | should we sell them our cover when they book? | insurance
Q paraphrase | will the elder child's travel document cause trouble at immigration? | pp1 passobs s:c02
Q paraphrase | how many suitcases do they typically take? | bags bag1
Q mixed | where are they going for their anniversary and what does it cost | san1 s:c03
PROFILE p34 en
persona: Meridian Student Loan Servicing borrower with federal-style and private loans; payment plans, deferment and autopay.
start: 2025-02-05
O Borrower ID MSL-6610284; 3 loans: two subsidized (L1, L2) and one private refinance (L3).
O@2026-01-31 {balances} Balances Jan 2026: L1 $8,420, L2 $12,915, L3 $21,300 (6.4% fixed).
O {autopay} Autopay on from checking ending 5120; gets 0.25% rate reduction on L1/L2.
O {plan} L1/L2 on an income-driven plan; payment $143/mo; recertification due each August.
O L3 standard 10-year plan, $241/mo, due on the 15th.
O Works as a middle-school teacher; may qualify for forgiveness programmes - asked twice.
O Email sam.oduya@example.com; phone +1 555 0140.
O Prefers email and uploads through the portal; doesn't fax.
O Missed recertification deadline once (2024) - payment jumped temporarily.
O Wants to pay extra toward L3 (highest rate) when possible.
O {extra} Extra payments should go to principal on L3, not advance the due date.
O Moved in 2025 - address updated to 57 Linden Ave.
O Had a 2-month forbearance in 2023.
O Gets paid on the 1st and 15th.
O {taxform} Tax form 1098-E sent each January.
CONV c01 2025-08-05T17:20
C My recertification is due. Do I upload the tax return or pay stubs?
A {rc1} Either works. If your income changed since your last tax return, upload your two most recent pay stubs through the portal under Income-Driven > Recertify.
C I got a raise in July
A {rc2} Then use the pay stubs. Based on ~$54,000/yr your L1/L2 payment would go from $143 to about $176 from October.
C ok uploading now
S Income-driven plan recertification for L1/L2: advised uploading recent pay stubs because of a July raise. Estimated payment rising from $143 to about $176/month from October.
CONV c02 2025-11-18T12:45
C I sent $500 extra last week for L3 but my next due date moved to March. I wanted it on principal
A {ex1} I see it: the $500 was applied as an advance payment. I've reapplied it to principal on L3 and restored your due date to Dec 15.
C please make that permanent
A {ex2} Done: your account is now set so extra payments go to principal on the highest-rate loan (L3) without advancing the due date.
S Extra $500 payment was applied as an advance and pushed L3's due date to March. Reapplied to L3 principal, due date restored to Dec 15, and standing instruction set so extra payments go to principal on L3 without advancing the due date.
CONV c03 2026-01-27T16:00
C {taxq} I didn't get my 1098-E, and can you tell me how much interest I paid?
A {tx1} Your 2025 1098-E is in the portal under Documents; it shows $1,872.44 in student loan interest across L1-L3. I've also emailed it to sam.oduya@example.com.
C thanks. any forgiveness for teachers?
A {tx2} There's a teacher forgiveness programme for federal loans after 5 consecutive years at a qualifying school. It doesn't apply to L3 (private). I've emailed the application checklist.
S Customer requested the 2025 1098-E: shows $1,872.44 student loan interest across L1-L3, available in portal and emailed. Asked about teacher forgiveness: possible for federal loans (L1/L2) after 5 consecutive years at a qualifying school, not for private L3; checklist emailed.
O@c01 {newpay} L1/L2 payment expected ~$176/mo from Oct 2025 after recertification (income ~$54k).
O@c03 {int} 2025 interest paid: $1,872.44 (1098-E).
Q exact | 1098-E | tx1 int s:c03 taxform taxq
Q exact | what is the balance on L3 | balances
Q paraphrase | for her tax filing, what borrowing costs did she incur over the past twelve months? | tx1 int s:c03
Q paraphrase | her overpayments should reduce what she borrowed, not delay the next bill | extra ex1 ex2 s:c02
Q paraphrase | can an educator have some of this debt cancelled? | tx2 s:c03
Q mixed | what will her monthly payment be after the income update | rc2 newpay s:c01
PROFILE p35 en
persona: Gatehouse Tickets buyer of concert and theatre tickets; rescheduled shows, child tickets and resale.
start: 2025-03-14
O Account GT-3301944; email elliot.varga@example.com.
O {aisle} Prefers aisle seats so he can step out; he's often on call for work.
O Buys 4-6 tickets a year, mostly theatre at the Regent Playhouse.
O {mobile} Uses mobile tickets only; phone: +1 555 0168.
O Transferred tickets to friends twice via the app.
O Lists unwanted tickets on Gatehouse Resale rather than third-party sites.
O Pays with Amex ending 3002.
O Fan presale member for The Lanterns (band).
O Prefers email over SMS.
O Got a refund for a cancelled show in 2024 (Orla Vance, Forum).
O {childobs} Regent Playhouse family offer: under-14s half price on evening shows.
O Does not want marketing for sports events.
O Asked about seating plans with restricted view - wants to avoid pillars.
O Usually books stalls row F-K.
O Has a gift voucher GT-GV-1120 ($75) unused.
CONV c01 2025-09-02T10:05
C Bought 2 for The Lanterns at Harbor Arena on Nov 14 (order GT-559301). The show was moved to Jan 23 - I can't make the new date
A {ln1} Sorry to hear. Since the date changed, you can get a full refund or keep the tickets for Jan 23. Refunds are open until Sep 30.
C refund please
A {ln2} Refund of $186.50 (2 tickets + fees) issued to your Amex ending 3002; 5-10 business days.
S The Lanterns show at Harbor Arena (order GT-559301) was rescheduled from Nov 14 to Jan 23. Customer can't attend and took the full refund: $186.50 to Amex ending 3002, 5-10 business days.
CONV c02 2025-11-20T14:30
C I need 2 seats for "The Glass Orchard" at the Regent Playhouse, Dec 19 evening, for me and my niece (she's 10). Any child price?
A {go1} Yes, under-14s are half price at the Regent: row K, seats 1-2 on the aisle, $68 for you and $34 for her. Children under 16 must be accompanied by an adult at evening shows.
C perfect
A {go2} Booked: order GT-571188, row K 1-2, Dec 19 7:30pm. Bring proof of her age in case they ask at the door.
S Booked The Glass Orchard at the Regent Playhouse, Dec 19, 7:30pm, for the customer and his 10-year-old niece: row K 1-2 on the aisle, $68 adult + $34 child (under-14 half price), order GT-571188. Under-16s must be with an adult at evening shows; proof of age may be requested.
CONV c03 2026-02-11T09:15
C {sellq} Can I sell my 2 tickets for "Midsummer Lights" on Mar 6? Order GT-590042
A {rs1} Yes, list them on Gatehouse Resale from your account; the max price is face value ($92 each). You're paid when they sell, minus a 5% fee.
C and if they don't sell?
A {rs2} They stay valid for you to use; listings close 24h before the show.
S Customer wants to resell 2 tickets for Midsummer Lights on Mar 6 (order GT-590042). Explained Gatehouse Resale: listing from account, capped at face value ($92 each), paid on sale minus 5% fee; unsold tickets remain valid, listings close 24h before the show.
O@c02 {accobs} Booking GT-571188 (adult + child ticket, aisle), Dec 19.
O@c03 {resobs} Listing Midsummer Lights (GT-590042) on Resale, Feb 2026.
Q exact | GT-559301 refund | ln2 s:c01
Q exact | GT-590042 | rs1 resobs s:c03 sellq
Q paraphrase | does the youngster with him pay full whack? | childobs go1 accobs s:c02
Q paraphrase | how does he get into venues - paper or screen? | mobile
Q paraphrase | what happens to passes nobody buys from the marketplace? | rs2 s:c03
Q mixed | why did we give money back for The Lanterns | ln1 ln2 s:c01
PROFILE p36 es
persona: Clienta de Orbital Telecom con fibra y dos líneas móviles en Valencia; averías, facturas y permanencia.
start: 2025-04-03
O {tarifa} Tarifa Fusión 600: fibra 600 Mb + 2 líneas móviles (30 GB y 10 GB), 62 €/mes.
O Titular: Lucía Fernández Roca; instalación en C/ Almendro 14, 3.º B, Valencia.
O {whatsapp} Prefiere que le escriban por WhatsApp; no contesta llamadas de números desconocidos.
O {permanencia} Permanencia de 12 meses hasta el 15/06/2026 por el router wifi 6 incluido.
O La segunda línea la usa su hijo Pablo (10 GB).
O Paga por domiciliación bancaria, cuenta terminada en 2291.
O Teletrabaja tres días por semana; la fibra es crítica para ella.
O@2025-09-10 Se quejó de la velocidad del wifi en el dormitorio en 2025; se le ofreció un repetidor.
O@2025-09-15 Tiene un repetidor Mesh alquilado por 3 €/mes desde septiembre de 2025.
O Correo: lucia.fernandez@example.com.
O Rechazó el paquete de televisión con fútbol dos veces.
O Viaja a Lisboa por trabajo; usa el roaming UE sin coste adicional.
O {num} Número de cliente ORB-7781204.
O Pide la factura detallada en PDF cada mes.
O No quiere llamadas comerciales; está en la lista interna de exclusión publicitaria.
O Clienta desde 2019, con antigüedad para descuentos de fidelización.
CONV c01 2025-10-08T19:20
C Hola, llevo desde ayer sin internet en casa. El router tiene la luz roja parpadeando
A {av1} Hola Lucía, lo siento. Veo una avería masiva en tu zona por un corte de fibra en la calle; afecta a unos 200 clientes. La previsión de reparación es mañana antes de las 14:00.
C mañana?? tengo que trabajar
A {av2} Te activo ahora 50 GB extra gratis en tu línea móvil para que compartas datos mientras tanto, y te aplicaremos un descuento por los días sin servicio.
C vale, gracias
S Avería masiva por corte de fibra en la zona (unos 200 clientes afectados); reparación prevista al día siguiente antes de las 14:00. Se activaron 50 GB extra gratis en la línea móvil principal para compartir datos y se aplicará un descuento por los días sin servicio.
CONV c02 2025-11-05T10:10
C En la factura de noviembre no veo el descuento por la avería, y además me cobráis 4,99 € de algo llamado "Orbital Cloud"
A {fac1} Tienes razón: el descuento de 6,20 € por los dos días sin fibra se aplicará en la factura de diciembre. Lo de Orbital Cloud es una prueba gratuita que terminó el 31 de octubre y pasó a ser de pago.
C yo no pedí ninguna prueba
A {fac2} Lo he dado de baja y te devuelvo los 4,99 €. Queda anotado que no quieres servicios adicionales sin confirmación.
S Factura de noviembre: el descuento de 6,20 € por la avería se aplicará en diciembre. Se cobraron 4,99 € por Orbital Cloud tras una prueba gratuita que la clienta dice no haber pedido; se dio de baja el servicio, se devolvió el importe y se anotó que no quiere servicios adicionales sin confirmación.
CONV c03 2026-02-12T18:45
C Quiero portar la línea de Pablo a otra compañía, ¿tengo penalización?
A {port1} La permanencia va ligada al router, no a las líneas, así que portar la línea de Pablo no tiene penalización. Eso sí, tu tarifa pasaría a Fusión 600 con una sola línea, 54 €/mes.
C ¿y si doy de baja la fibra antes de junio?
A {port2} Ahí sí: la permanencia hasta el 15/06/2026 tiene una penalización proporcional, ahora mismo unos 48 €.
S La clienta preguntó por portar la línea móvil de su hijo Pablo a otro operador: sin penalización porque la permanencia está ligada al router; la tarifa quedaría en Fusión 600 con una línea (54 €/mes). Dar de baja la fibra antes del 15/06/2026 supondría una penalización proporcional de unos 48 €.
O@c01 {avobs} Avería de fibra en octubre de 2025; compensada con 50 GB extra y descuento de 6,20 €.
O@c02 {cloud} No quiere servicios adicionales sin confirmación expresa (baja de Orbital Cloud, nov. 2025).
Q exact | ORB-7781204 | num
Q exact | ¿qué es el cargo de Orbital Cloud? | fac1 fac2 cloud s:c02
Q exact | precio de Fusión 600 con una sola línea | port1 s:c03
Q paraphrase | ¿cuál es el mejor medio para avisarla? | whatsapp
Q paraphrase | ¿pagaría algo si se lleva el número del chaval a otra empresa? | port1 s:c03
Q paraphrase | ¿qué le ofrecimos para seguir teletrabajando sin la red de casa? | av2 avobs s:c01
Q mixed | ¿hasta qué fecha dura su permanencia? | permanencia port2 s:c03
PROFILE p37 es
persona: Cliente de Hogaria (tienda online de electrodomésticos) en Sevilla: entregas con instalación, incidencias y financiación.
start: 2025-05-14
O Número de cliente HG-550318; correo javier.morales@example.com.
O {horario} Solo puede recibir entregas por la tarde, a partir de las 17:00 (trabaja por la mañana).
O Cuarto piso con ascensor pequeño: los electrodomésticos grandes suben por la escalera, hacen falta dos operarios.
O {financiacion} Financió la lavadora en 12 meses sin intereses (contrato FIN-22871).
O Compró la lavadora Nubea 9 kg (ref. NB-W9-1400) y el frigorífico Kelvor combi (ref. KV-C185-IX).
O {retirada} Pidió la retirada del electrodoméstico viejo en ambas compras (gratuita).
O Prefiere que le avisen por SMS con la franja horaria de entrega.
O Garantía ampliada de 3 años en el frigorífico.
O Devolvió una batidora en 2025 porque no le gustó; reembolso completo.
O Valoró con 2 estrellas la primera entrega por un retraso.
O Suele comprar en rebajas; tiene alertas de precio activas.
O Paga con tarjeta Visa terminada en 8810.
O Pide las facturas con sus datos de autónomo.
O No quiere llamadas comerciales.
O Cliente desde 2022.
CONV c01 2025-09-23T16:00
C Hola, ¿cuándo llega la lavadora? Pedido HG-P-771032
A {l1} Hola Javier, tu lavadora Nubea 9 kg sale mañana del almacén. La entrega con instalación sería el jueves 25 entre las 17:00 y las 20:00, ¿te va bien?
C perfecto. ¿os lleváis la vieja?
A {l2} Sí, la retirada de la lavadora antigua es gratuita; los instaladores se la llevan en el momento. Recuerda dejar las tomas de agua accesibles.
S Pedido HG-P-771032 (lavadora Nubea 9 kg): entrega con instalación programada el jueves 25 de septiembre de 17:00 a 20:00. Retirada gratuita de la lavadora antigua en el momento; el cliente debe dejar accesibles las tomas de agua.
CONV c02 2026-01-14T18:30
C Me ha llegado el frigorífico con un golpe en la puerta, bastante visible
A {f1} Lo siento mucho. ¿Puedes mandarme fotos del golpe y de la etiqueta del embalaje? Es el pedido HG-P-802215, ¿verdad?
C sí, te las mando ahora
A {f2} Recibidas. Tienes dos opciones: cambio por uno nuevo (entrega en 5-7 días) o quedártelo con un 15 % de descuento (73,50 €).
C prefiero el cambio
A {f3} Hecho: cambio gestionado, incidencia INC-31907. Te llamarán para la entrega por la tarde como siempre, y te dejo un cupón de 20 € por las molestias.
S Frigorífico Kelvor combi (pedido HG-P-802215) entregado con un golpe visible en la puerta. Con las fotos se ofreció cambio o un 15 % de descuento (73,50 €); el cliente eligió el cambio (incidencia INC-31907), entrega por la tarde, y se le dio un cupón de 20 € por las molestias.
CONV c03 2026-03-02T17:40
C Quiero pagar lo que me queda de la financiación de la lavadora, ¿tiene comisión?
A {fin1} Para el contrato FIN-22871 te quedan 5 cuotas de 41,58 € (207,90 €). La amortización anticipada no tiene comisión.
C genial, ¿cómo lo hago?
A {fin2} Te envío ahora un enlace de pago por SMS; en cuanto se confirme, el contrato queda cancelado y te llega el certificado por correo.
S El cliente quiere liquidar la financiación de la lavadora (contrato FIN-22871): quedan 5 cuotas de 41,58 € (207,90 €), sin comisión por amortización anticipada. Se envió enlace de pago por SMS; el certificado de cancelación llegará por correo.
O@c02 {cupon} Cupón HG-CUP-0420 de 20 € por la incidencia del frigorífico (enero de 2026), sin usar.
O@c03 {finobs} Va a cancelar anticipadamente FIN-22871 (marzo de 2026).
Q exact | INC-31907 | f3 s:c02
Q exact | FIN-22871 | financiacion fin1 finobs s:c03
Q paraphrase | ¿a qué hora del día podemos llevarle los pedidos? | horario f3
Q paraphrase | ¿nos encargamos de deshacernos del equipo que sustituye? | retirada l2 s:c01
Q paraphrase | ¿le queda algún vale por aquella nevera dañada? | cupon f3 s:c02
Q mixed | ¿cuánto le falta por pagar de la lavadora? | fin1 s:c03
PROFILE p38 de
persona: Stromkunde der Stadtwerke Lindenau mit Ökostromtarif; Jahresabrechnung, Zählerstand und geplante Wärmepumpe.
start: 2025-03-11
O {kd} Kundennummer SWL-4402187; Vertragskonto 7700 3318.
O@c02 {abschlag} Monatlicher Abschlag Strom: 70 € (seit März 2026; vorher 64 €, im Februar kurzzeitig 78 €).
O Tarif: LindenStrom Öko 24 (100 % Ökostrom), Preisgarantie bis 31.12.2026.
O Zählernummer Z-55830142 (Strom, Keller, Zählerschrank links).
O Wohnt in der Gartenstraße 12, 2. OG links.
O Zahlt per SEPA-Lastschrift vom Girokonto (IBAN endet auf 4410).
O {kontakt} Bevorzugt Kontakt per E-Mail (jonas.brueckner@example.com), nicht telefonisch.
O Arbeitet seit 2025 überwiegend im Homeoffice.
O {waermepumpe} Plant den Einbau einer Wärmepumpe; hat nach einem Wärmepumpentarif gefragt.
O 2024 einmal gemahnt (Lastschrift geplatzt), Mahngebühr erstattet.
O Gas nicht bei uns, das Haus hat Fernwärme.
O Liest selbst über das Online-Portal ab; Ableser kommt nur alle 3 Jahre.
O Jahresabrechnung kommt im Januar.
O Neukundenbonus 50 € im Jahr 2024 ausgezahlt.
O Möchte keine Werbung per Post.
O Hat im Juni 2025 ein Balkonkraftwerk (600 W) angemeldet.
CONV c00 2025-06-20T10:00
S Telefonat: Kunde hat sein Balkonkraftwerk (600 W) angemeldet; vorhandener Zweirichtungszähler, kein Zählertausch nötig. Einspeisung wird nicht vergütet.
CONV c01 2026-01-20T18:05
C Guten Tag, meine Jahresabrechnung 2025 zeigt eine Nachzahlung von 212,40 €. Warum so viel?
A {ja1} Guten Tag Herr Brückner, laut Abrechnung lag Ihr Verbrauch 2025 bei 3.180 kWh statt der geschätzten 2.600 kWh, vermutlich wegen des Homeoffice. Daher die Nachzahlung.
C Kann ich das in Raten zahlen?
A {ja2} Ja, ich habe eine Ratenzahlung eingerichtet: 3 Raten à 70,80 € jeweils zum 15. (Februar bis April). Außerdem steigt Ihr Abschlag ab Februar von 64 € auf 78 €, damit es nächstes Mal nicht wieder passiert.
C In Ordnung.
S Jahresabrechnung 2025 mit Nachzahlung von 212,40 €, da der Verbrauch mit 3.180 kWh statt geschätzter 2.600 kWh angesetzt war (Homeoffice). Ratenzahlung eingerichtet: 3 × 70,80 € zum 15. Februar bis April. Abschlag ab Februar von 64 € auf 78 € erhöht.
CONV c02 2026-02-09T09:30
C Im Portal steht ein Zählerstand von 48.210, ich habe aber 46.920 abgelesen. Foto hängt an.
A {z1} Danke für das Foto. Der Wert 48.210 war ein Übertragungsfehler des Ablesers. Ich habe den Zählerstand auf 46.920 korrigiert, die Abrechnung wird neu erstellt.
C Ändert sich dann die Nachzahlung?
A {z2} Ja, sie sinkt auf 38,15 €. Die Ratenzahlung habe ich storniert; der Betrag wird im März mit dem Abschlag eingezogen. Ihren Abschlag passe ich ab März auf 70 € an.
S Zählerstand im Portal (48.210) war ein Übertragungsfehler; anhand des Fotos auf 46.920 korrigiert. Abrechnung neu erstellt, Nachzahlung sinkt auf 38,15 €; Ratenzahlung storniert, Betrag wird im März eingezogen; Abschlag ab März 70 €.
CONV c03 2026-03-16T20:10
C Wir bekommen im Mai eine Wärmepumpe. Gibt es bei Ihnen einen günstigeren Tarif dafür?
A {wp1} Ja, LindenWärme Flex: 24,9 ct/kWh über einen separaten Zähler, mit möglicher Steuerung durch den Netzbetreiber (§ 14a EnWG), dafür reduzierte Netzentgelte.
C Brauche ich dafür einen zweiten Zähler?
A {wp2} Ja, Ihr Elektriker meldet den zweiten Zähler beim Netzbetreiber an. Sobald die Zählernummer feststeht, schicken Sie sie uns, dann stellen wir den Tarif um. Ihr Haushaltsstrom bleibt im LindenStrom Öko 24 mit Preisgarantie.
S Kunde plant ab Mai eine Wärmepumpe. Angeboten: Tarif LindenWärme Flex (24,9 ct/kWh, separater Zähler, steuerbar nach § 14a EnWG, reduzierte Netzentgelte). Elektriker meldet zweiten Zähler an; Kunde schickt die Zählernummer, dann Tarifumstellung. Haushaltsstrom bleibt im LindenStrom Öko 24.
O@c02 {zkorr} Zählerstand am 09.02.2026 auf 46.920 korrigiert (Übertragungsfehler), Nachzahlung jetzt 38,15 €.
O@c03 {wpobs} Interesse an LindenWärme Flex für die Wärmepumpe ab Mai 2026; wartet auf die zweite Zählernummer.
Q exact | SWL-4402187 | kd
Q exact | Zählerstand 46.920 | z1 zkorr s:c02
Q exact | LindenWärme Flex | wp1 wpobs s:c03
Q paraphrase | Weshalb war die Rechnung fürs letzte Jahr so hoch? | ja1 s:c01 z1 zkorr s:c02
Q paraphrase | Wie möchte er erreicht werden? | kontakt
Q paraphrase | Haben wir spezielle Konditionen für seine neue Heizung? | wp1 wp2 wpobs waermepumpe s:c03
Q mixed | Wie hoch ist sein monatlicher Abschlag jetzt? | abschlag z2 s:c02
PROFILE p39 de
persona: Kfz-Versicherungskundin der Hanseatischen Direkt: Parkschaden, Rückstufung und Fahrzeugwechsel.
start: 2025-02-17
O Versicherungsnummer HD-KFZ-3307741; Fahrzeug VW Golf Variant, Kennzeichen endet auf 2041.
O {sf} SF-Klasse Haftpflicht SF 12, Vollkasko SF 9.
O {sb} Selbstbeteiligung Vollkasko 300 €, Teilkasko 150 €.
O Jährliche Fahrleistung 12.000 km angegeben.
O Fahrerkreis: nur Versicherungsnehmerin und Ehemann Thomas (beide über 25).
O Zahlt jährlich per Lastschrift, fällig zum 1. Januar.
O E-Mail sabine.krause@example.com.
O {werkstatt} Hat Werkstattbindung gewählt (10 % Rabatt).
O Einzelgarage am Haus vorhanden.
O Schutzbrief inklusive.
O Rabattschutz nicht abgeschlossen.
O Meldet sich meist abends nach 19 Uhr.
O Fragte 2025 nach Versicherung der Tochter als Fahranfängerin; noch nicht umgesetzt.
O Telematik-Tarif abgelehnt (will keine Fahrdaten teilen).
O Kundin seit 2016.
CONV c01 2025-11-04T19:30
C Ich bin beim Ausparken gegen einen Poller gefahren, hintere Stoßstange eingedrückt. Was mache ich jetzt?
A {sch1} Gut, dass niemand verletzt wurde. Das ist ein Vollkaskoschaden, ich habe ihn unter der Nummer S-2025-118834 angelegt. Wegen Ihrer Werkstattbindung bringen Sie das Auto bitte zu unserer Partnerwerkstatt Autohaus Nordtor.
C Was kostet mich das?
A {sch2} Sie zahlen die Selbstbeteiligung von 300 €. Achtung: Eine Regulierung stuft die Vollkasko von SF 9 auf SF 4 herunter; bei kleinen Schäden lohnt es sich oft, selbst zu zahlen. Lassen Sie erst einen Kostenvoranschlag machen.
C Gut, mache ich.
S Parkschaden: beim Ausparken gegen einen Poller, hintere Stoßstange eingedrückt. Vollkaskoschaden S-2025-118834 angelegt; wegen Werkstattbindung Reparatur im Autohaus Nordtor. Selbstbeteiligung 300 €; Hinweis auf Rückstufung von SF 9 auf SF 4 bei Regulierung, Kostenvoranschlag abwarten.
CONV c02 2025-11-12T18:50
C Der Kostenvoranschlag liegt bei 1.140 €. Lohnt sich das?
A {kv1} Bei 1.140 € zahlen wir 840 € (nach 300 € Selbstbeteiligung). Die Rückstufung würde Sie in den nächsten Jahren etwa 1.300 € Mehrbeitrag kosten. Selbst zahlen ist hier günstiger.
C Dann zahle ich selbst.
A {kv2} Verstanden, ich schließe S-2025-118834 ohne Zahlung; Ihre SF-Klasse bleibt unverändert. Sie können das innerhalb von 12 Monaten noch ändern.
S Kostenvoranschlag 1.140 €. Vergleich: Erstattung 840 € gegenüber ca. 1.300 € Mehrbeitrag durch Rückstufung; Kundin zahlt selbst. Schaden S-2025-118834 ohne Zahlung geschlossen, SF-Klasse unverändert; Änderung innerhalb von 12 Monaten möglich.
CONV c03 2026-02-23T20:05
C Wir kaufen einen neuen Wagen, Skoda Octavia Combi, Zulassung am 6. März. Kann ich die Versicherung übernehmen?
A {fw1} Ja, wir übertragen Ihre SF-Klassen (SF 12 / SF 9) auf den Octavia. Ich brauche noch die Fahrzeug-Identifizierungsnummer; die eVB-Nummer für die Zulassung lautet X7K4P2M.
C Wie teuer wird es?
A {fw2} Vorläufig 684 € im Jahr statt 612 € für den Golf, wegen der höheren Typklasse. Der Golf wird zum Abmeldedatum beitragsfrei abgerechnet.
S Fahrzeugwechsel: neuer Skoda Octavia Combi, Zulassung 6. März 2026. SF-Klassen (SF 12 / SF 9) werden übertragen; eVB-Nummer X7K4P2M ausgegeben, FIN noch nachzureichen. Neuer Beitrag vorläufig 684 €/Jahr statt 612 € (höhere Typklasse); Golf wird zum Abmeldedatum abgerechnet.
O@c02 {selbst} Parkschaden Nov. 2025 selbst bezahlt, um die Rückstufung zu vermeiden (S-2025-118834 ohne Zahlung geschlossen).
O@c03 {evb} eVB X7K4P2M für Skoda Octavia Combi (Zulassung 06.03.2026); FIN fehlt noch.
Q exact | eVB X7K4P2M | fw1 evb s:c03
Q exact | Status Schaden S-2025-118834 | kv2 selbst s:c02
Q paraphrase | Was trägt sie bei einem Unfall mit dem eigenen Auto aus eigener Tasche? | sb sch2
Q paraphrase | Warum hat sie die Reparatur nicht über uns laufen lassen? | kv1 kv2 selbst s:c02
Q paraphrase | Wohin soll sie den Wagen zur Instandsetzung fahren? | werkstatt sch1 s:c01
Q mixed | Wie viel kostet der neue Octavia im Jahr? | fw2 s:c03
PROFILE p40 fr
persona: Cliente de la Banque Lumière (Lyon) : carte bloquée à l'étranger pour fraude, puis projet d'achat immobilier.
start: 2025-03-19
O Cliente n° BL-2290417 ; compte courant se terminant par 5513.
O Carte Visa Premier se terminant par 7720, plafond de paiement 3 000 €/mois.
O Conseillère attitrée : Mme Nadia Benali, agence Lyon Part-Dieu.
O {canal} Préfère être contactée par la messagerie sécurisée de l'appli, pas par téléphone.
O {decouvert} Autorisation de découvert : 800 €.
O Livret A et PEL ouverts ; virement permanent de 200 €/mois vers le Livret A.
O Se rend souvent au Canada pour le travail.
O Loyer prélevé le 5 du mois (SCI Les Tilleuls).
O Courriel : claire.dubois@example.com.
O A contesté une opération de 64,90 € en 2025 (abonnement non souhaité) ; remboursée.
O Demande toujours ses relevés en PDF.
O Intéressée par un prêt immobilier en 2026.
O Ne veut plus de chéquier.
O Cotisation carte : 134 €/an.
O Assurance habitation souscrite dans une autre banque.
CONV c01 2025-10-16T14:20
C Bonjour, ma carte est refusée partout à Montréal depuis ce matin !
A {c1} Bonjour Madame Dubois-Martin. Je vois que votre carte 7720 a été bloquée automatiquement après un paiement inhabituel de 1 240 € chez un bijoutier hier soir. Est-ce bien vous ?
C non ce n'est pas moi !!
A {c2} Alors la carte reste bloquée par sécurité. J'ouvre un dossier de fraude (réf. FR-2025-44871) et je commande une carte de remplacement en envoi express à votre hôtel à Montréal, sous 3 jours ouvrés.
C et en attendant ?
A {c3} Je vous active une carte virtuelle dans l'appli pour payer en ligne et avec le mobile, et je relève votre plafond de retrait d'urgence à 500 € aux distributeurs de nos partenaires.
S Carte Visa Premier 7720 bloquée automatiquement à Montréal après un paiement suspect de 1 240 € chez un bijoutier, non reconnu par la cliente. Dossier de fraude FR-2025-44871 ouvert, carte de remplacement envoyée en express à l'hôtel (3 jours ouvrés), carte virtuelle activée et retrait d'urgence de 500 € possible chez les partenaires.
CONV c02 2025-11-03T10:05
C Bonjour, où en est le remboursement des 1 240 € ?
A {r1} Bonjour, le dossier FR-2025-44871 est accepté : les 1 240 € ont été recrédités hier sur votre compte se terminant par 5513.
C parfait, merci
A {r2} Avec plaisir. Votre nouvelle carte se termine désormais par 3308 ; l'ancienne 7720 est définitivement annulée.
S Dossier de fraude FR-2025-44871 accepté : 1 240 € recrédités sur le compte 5513. Nouvelle carte se terminant par 3308 ; l'ancienne carte 7720 est annulée.
CONV c03 2026-02-05T17:30
C Je voudrais prendre rendez-vous avec ma conseillère pour un projet d'achat d'appartement
A {rdv1} Bien sûr. Mme Benali est disponible le mardi 17 février à 12h30 ou le jeudi 19 à 18h, en agence ou en visio.
C jeudi 18h en visio
A {rdv2} C'est noté : rendez-vous en visio le jeudi 19 février à 18h avec Mme Benali. Pensez à préparer vos trois derniers bulletins de salaire et vos deux derniers avis d'imposition.
S La cliente souhaite financer l'achat d'un appartement. Rendez-vous en visioconférence fixé le jeudi 19 février à 18h avec sa conseillère Mme Benali ; documents à préparer : trois derniers bulletins de salaire et deux derniers avis d'imposition.
O@c02 {nouvcarte} Nouvelle carte Visa Premier se terminant par 3308 (depuis nov. 2025) ; la 7720 est annulée.
O@c03 {rdvobs} Rendez-vous prêt immobilier le 19/02/2026 à 18h en visio avec Mme Benali.
Q exact | où en est le dossier FR-2025-44871 ? | r1 s:c02
Q exact | carte se terminant par 3308 | r2 nouvcarte s:c02
Q paraphrase | Quels papiers doit-elle apporter pour parler de son crédit logement ? | rdv2 s:c03
Q paraphrase | Quel canal utiliser pour la joindre ? | canal
Q paraphrase | Pourquoi ne pouvait-elle plus régler ses achats pendant son séjour au Québec ? | c1 s:c01
Q mixed | Jusqu'à combien peut-elle être à découvert ? | decouvert
PROFILE p41 fr
persona: Client d'Atelier Cyprès (déco et linge de maison en ligne) à Nantes : colis perdu, échange d'un luminaire, livraison de meuble.
start: 2025-04-28
O Client n° AC-771320 ; courriel julien.moreau@example.com.
O {relais} Se fait livrer en point relais (Tabac-Presse du Marché, rue Gambetta) car absent en journée.
O Paie par Mastercard se terminant par 6614 ; parfois en 3 fois sans frais.
O {fidelite} Membre du programme Cyprès+ : 340 points.
O Achète surtout du linge de lit en lin et des luminaires.
O Préfère les échanges par courriel.
O A retourné un tapis en 2025 (couleur différente de la photo) ; remboursé.
O {samedi} Meubles volumineux : livraison uniquement le samedi, sur rendez-vous.
O Abonné à la newsletter, mais pas aux SMS promotionnels.
O Laisse souvent des avis produits détaillés.
O Code parrainage utilisé par sa sœur en 2025 (10 € crédités).
O Lit en 160 x 200.
O A demandé si les housses de couette existent en 240 x 260 (oui, certains modèles).
O Client depuis 2021.
O N'aime pas les emballages plastique ; a demandé un envoi sans film quand c'est possible.
CONV c01 2025-10-20T12:40
C Bonjour, ma commande AC-C-58213 est indiquée livrée au relais mais le buraliste ne la trouve pas
A {p1} Bonjour Julien, désolée. Le transporteur a scanné le colis au relais le 17/10 à 16h12. J'ouvre une enquête (réf. ENQ-90417) ; la réponse prend jusqu'à 5 jours ouvrés.
C c'est pour un cadeau samedi…
A {p2} Je comprends. Je vous renvoie dès aujourd'hui la même parure de lit en lin en express à domicile, livrée jeudi. Si le premier colis réapparaît, il suffira de le refuser.
S Commande AC-C-58213 indiquée livrée au point relais le 17/10 mais introuvable. Enquête transporteur ENQ-90417 ouverte (5 jours ouvrés). Parure de lit en lin renvoyée en express à domicile pour jeudi (cadeau pour samedi) ; refuser le premier colis s'il réapparaît.
CONV c02 2025-12-01T09:15
C La lampe Orsa que j'ai reçue clignote dès qu'on l'allume. Je voudrais la rendre
A {l1} Désolée ! Pour un produit défectueux, le retour est gratuit : je vous envoie l'étiquette prépayée par courriel. Souhaitez-vous un échange ou un remboursement ?
C un échange s'il vous plaît, je l'adore sinon
A {l2} C'est noté : échange de la lampe Orsa (réf. LUM-ORSA-BL). La nouvelle part dès réception de l'ancienne au relais.
S Lampe Orsa (réf. LUM-ORSA-BL) défectueuse (clignotement). Retour gratuit avec étiquette prépayée envoyée par courriel ; le client a choisi un échange, expédié à réception du retour au point relais.
CONV c03 2026-02-14T18:00
C Je voudrais commander le canapé Lisière, mais il faut qu'il soit livré un samedi. Possible ?
A {c1} Oui, pour les meubles volumineux nous livrons sur rendez-vous ; le premier samedi disponible est le 7 mars, créneau 8h-13h.
C d'accord. et je peux utiliser mes points ?
A {c2} Vos 340 points Cyprès+ valent 17 € de réduction, utilisables dès cette commande. Total : 1 172 € au lieu de 1 189 €.
S Commande du canapé Lisière avec livraison sur rendez-vous le samedi 7 mars (8h-13h). 340 points Cyprès+ convertis en 17 € de réduction : total 1 172 € au lieu de 1 189 €.
O@c01 {enq} Enquête transporteur ENQ-90417 pour AC-C-58213 (oct. 2025) ; colis renvoyé à domicile.
O@c03 {ptsuse} Points Cyprès+ utilisés en fév. 2026 (solde 0).
Q exact | ENQ-90417 | p1 enq s:c01
Q exact | LUM-ORSA-BL | l2 s:c02
Q paraphrase | Où doit-on lui expédier ses achats, vu qu'il n'est jamais chez lui le jour ? | relais
Q paraphrase | Quand peut-on lui apporter les gros articles ? | samedi c1 s:c03
Q paraphrase | Combien vaut sa cagnotte de fidélité ? | fidelite c2 ptsuse s:c03
Q mixed | La lampe Orsa clignote, qu'a-t-on proposé ? | l1 l2 s:c02
PROFILE p42 en
persona: Hivebase coworking member company (three dedicated desks); meeting-room credits, mail handling and invoices.
start: 2025-06-02
O Company: Quillfeather Labs (3 people); membership HB-2207.
O {plan} Plan: 3 dedicated desks at Hivebase Canal Street, $1,050/mo total.
O {credits} Includes 10 meeting-room credits a month (small rooms 1 credit/hour, large rooms 2).
O Uses the business address service; mail is scanned and emailed to noah@quillfeather.example.com.
O Access cards issued to Noah, Mina and Arjun.
O Invoices monthly to accounts@quillfeather.example.com.
O Often books the Orchard room (large) for client demos on Thursdays.
O Works late sometimes; 24/7 access is included for dedicated desks.
O One garage parking permit ($120/mo).
O Brings a dog on Fridays - pet-friendly floor 2 only.
O {askoffice} Asked about a private office for 5 people for when they grow.
O@2026-01-15 {waitlist} On the waitlist for a 5-person private office since Jan 2026.
O Dislikes the oat milk brand in the kitchen; facilities know.
O@c01 One late payment (Nov 2025) after changing banks.
O Phone +1 555 0155.
CONV c01 2025-11-12T09:30
C {lateq} Hi, we got a late fee on invoice HB-INV-1125, we switched banks and the payment bounced
A {lf1} Thanks for explaining. I've waived the $50 late fee. Can you update the payment method in the member portal so December's invoice collects correctly?
C done, new account added
A {lf2} Perfect, I can see it. December's invoice will collect on Dec 1 from the new account.
S Invoice HB-INV-1125 payment bounced after a bank change; $50 late fee waived and customer updated the payment method in the portal; December invoice will collect from the new account on Dec 1.
CONV c02 2026-01-08T16:45
C We've run out of meeting credits for January already? We've only used the Orchard twice
A {mc1} The Orchard is a large room, so it uses 2 credits per hour. Your two 3-hour demos used 12 credits, which is over your 10 for the month.
C oh, didn't know. what do extra hours cost?
A {mc2} Extra credits are $25 each. Tip: the Birch room fits 8 and is a small room at 1 credit/hour.
C {birch} good to know, we'll use Birch for smaller demos
S Customer surprised to have exhausted January meeting credits: the Orchard (large room) costs 2 credits/hour, so two 3-hour demos used 12 of 10 credits. Extra credits cost $25; suggested the Birch room (fits 8, 1 credit/hour) for smaller meetings.
CONV c03 2026-02-19T11:10
C A package for Mina was delivered to reception yesterday but she hasn't been notified
A {pk1} Sorry about that. Packages are logged by reception and should trigger an email to the recipient; Mina's email wasn't in our system. It's waiting at reception, shelf B.
C can you add her?
A {pk2} Added mina@quillfeather.example.com to your team's notifications for packages and mail.
S A package for team member Mina sat at reception without notification because her email was missing from the system; it's on shelf B. Added mina@quillfeather.example.com to package and mail notifications.
O@c02 {orchard} Orchard room = 2 credits/hour; use Birch (1 credit/hour) for smaller demos.
O@c03 {minaobs} Mina added to package/mail notifications (Feb 2026).
Q exact | HB-INV-1125 | lf1 s:c01 lateq
Q exact | Birch room | mc2 birch orchard s:c02
Q paraphrase | why did they burn through their booking allowance so quickly after New Year? | mc1 orchard s:c02
Q paraphrase | who gets alerted when deliveries show up for the staff? | pk1 pk2 minaobs s:c03
Q paraphrase | how much is the rent for their seats? | plan
Q mixed | any news on the private office for five | waitlist askoffice
"""

if __name__ == "__main__":
    sys.exit(main())
