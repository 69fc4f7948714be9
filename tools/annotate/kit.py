#!/usr/bin/env python3
"""Annotation kit for Marsad's stand-off gold of the ANT corpus (docs/annotation.md).

  kit.py select                 choose the articles (deterministic) -> gold/ant/manifest.tsv
  kit.py show PATH              print an article's title and numbered sentences, for coding
  kit.py convert WORKDIR OUTDIR turn a coder's working files (quotes) into stand-off gold (offsets, no text)
  kit.py check OUTDIR           re-check stand-off files against the corpus (SHA-256, spans)
  kit.py select-sentences       choose more articles for sentence labels only -> gold/sentences/manifest.tsv
  kit.py select-more [B [N]]    add a batch B (X1, X2, ...; default X1) of N (default 40) articles to
                                gold/ant/manifest.tsv (its window column is B)
  kit.py events WINDOW          list the first coding's events of a date window (W1..W4), for grouping into happenings
  kit.py happenings WORK OUT    turn a happenings working file (event refs) into stand-off happenings gold

Offsets are half-open UTF-16 code-unit offsets (Java String indices) into the whole file decoded as UTF-8,
<DOC> tags included. Working files hold quotes of the news text and must never be committed; only the
stand-off output (codes, dates, numbers, offsets, English notes) is.
Apache-2.0, part of Marsad.
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.environ.get("MARSAD_ANT", os.path.join(REPO, "..", "shared", "data", "corpora", "ANT_multisource_v2.1"))
MANIFEST = os.path.join(REPO, "gold", "ant", "manifest.tsv")

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
STATUS = ["occurred", "ongoing", "planned", "threatened", "negated", "hypothetical"]
SENT_STATUS = STATUS + ["background"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}

# Windows of dense multi-outlet coverage (so one happening is reported by several outlets: issue 20).
WINDOWS = [("W1", "20180329", "20180402", 60), ("W2", "20180406", "20180416", 100),
           ("W3", "20180513", "20180516", 45), ("W4", "20180612", "20180617", 45)]
CONFLICT = re.compile("قتل|مقتل|قتلى|غار[ةا]|قصف|هجوم|اشتباك|معارك|انفجار|تفجير|اعتقال|احتجاج|تظاهر|مظاهر|"
                      "مسير|صاروخ|صواريخ|ضرب[ةا]|عسكري|جرحى|إصاب|اغتيال|هدنة|مفاوض|عقوب|اتفاق|تهدي|يهدد|"
                      "إدان|يدين|انسحاب|حصار|اختطاف|محادثات|قمة|يلتقي|لقاء|زيارة|مباحثات|كيماوي|شهيد|شهداء")
MAX_TEXT_CHARS = 5000


def utf16_index(s, i):
    """UTF-16 code units before code-point index i."""
    return i + sum(1 for ch in s[:i] if ord(ch) > 0xFFFF)


def read(path):
    raw = open(os.path.join(CORPUS, path), "rb").read()
    return raw, raw.decode("utf-8")


def tag(s, name):
    m = re.search("<%s>(.*?)</%s>" % (name, name), s, re.S)
    return (m.start(1), m.end(1)) if m else None


def published(s):
    t = tag(s, "TIME")
    m = re.search(r"(\d{1,2}) (\w{3}) (\d{4})", s[t[0]:t[1]]) if t else None
    return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1))) if m else None


SPLIT_AT = re.compile(r"(?<=[.!؟?])[\"»”']?\s+(?=\S)")


def sentences(s):
    """(start, end) code-point spans: the title, then the TEXT body split at lines and sentence marks."""
    out = []
    t = tag(s, "TITLE")
    if t and s[t[0]:t[1]].strip():
        out.append(t)
    body = tag(s, "TEXT")
    if not body:
        return out
    pos = body[0]
    for line in s[body[0]:body[1]].split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        seg_start = ls
        for m in SPLIT_AT.finditer(s, ls, le):
            if m.start() > seg_start:
                out.append((seg_start, m.start()))
            seg_start = m.end()
        if le > seg_start:
            out.append((seg_start, le))
    return [(a + len(s[a:b]) - len(s[a:b].lstrip()), b - (len(s[a:b]) - len(s[a:b].rstrip())))
            for a, b in out if s[a:b].strip()]


def select():
    rows = []
    for outlet in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, outlet)
        if not os.path.isdir(d):
            continue
        for dp, _, fns in os.walk(d):
            for fn in fns:
                m = re.search(r"-(\d{8})\.txt$", fn)
                if m:
                    rows.append((outlet, m.group(1), os.path.relpath(os.path.join(dp, fn), CORPUS)))
    key = lambda p: hashlib.sha256(p.encode()).hexdigest()
    chosen = []
    for wname, a, b, n in WINDOWS:
        pool = sorted((r for r in rows if a <= r[1] <= b), key=lambda r: key(r[2]))
        by_outlet = {}
        for o, d, p in pool:
            raw, s = read(p)
            body = tag(s, "TEXT")
            if not body or not (200 <= body[1] - body[0] <= MAX_TEXT_CHARS):
                continue
            t = tag(s, "TITLE")
            title = s[t[0]:t[1]] if t else ""
            kind = "conflict" if CONFLICT.search(title) else "other"
            by_outlet.setdefault(o, {"conflict": [], "other": []})[kind].append(p)
        outlets = sorted(by_outlet)
        want_other = n // 5
        picked = []
        for kind, quota in (("other", want_other), ("conflict", n - want_other)):
            i = 0
            got = 0
            while got < quota and any(i < len(by_outlet[o][kind]) for o in outlets):
                for o in outlets:
                    if got < quota and i < len(by_outlet[o][kind]):
                        picked.append((by_outlet[o][kind][i], kind, wname))
                        got += 1
                i += 1
        chosen.extend(picked)
    lines = ["# gold/ant/manifest.tsv: the articles of Marsad's annotated ANT corpus (stand-off; no text here).",
             "# Built by tools/annotate/kit.py select (deterministic). Corpus: ANT_multisource_v2.1 (research use",
             "# with citation). split: by outlet, ordered by SHA-256 of the path: 3 train, 1 dev, 1 test in each 5.",
             "# second: 1 when the second coder codes it too (every fifth article of each split).",
             "# columns: path\tsha256\toutlet\twindow\tkind\tsplit\tsecond\tqueue"]
    per_outlet = {}
    for p, kind, w in chosen:
        per_outlet.setdefault(p.split("/")[0], []).append((p, kind, w))
    out = []
    for o in sorted(per_outlet):
        docs = sorted(per_outlet[o], key=lambda r: key("split:" + r[0]))
        for i, (p, kind, w) in enumerate(docs):
            split = ["train", "dev", "train", "test", "train"][i % 5]
            out.append([p, hashlib.sha256(read(p)[0]).hexdigest(), o, w, kind, split])
    # second coder: every fifth article of each split, by hash
    for split in ("train", "dev", "test"):
        docs = sorted((r for r in out if r[5] == split), key=lambda r: key("second:" + r[0]))
        for i, r in enumerate(docs):
            r.append("1" if i % 5 == 0 else "0")
    # coding queue: dev first, then train, then test; second-coded ones first inside each
    order = {"dev": 0, "train": 1, "test": 2}
    out.sort(key=lambda r: (order[r[5]], r[6] != "1", key("queue:" + r[0])))
    for i, r in enumerate(out):
        r.append(str(i))
    lines += ["\t".join(r) for r in out]
    extra = batch_rows()
    if extra:
        lines.insert(4, BATCH_NOTE)
    lines += extra
    os.makedirs(os.path.dirname(MANIFEST), exist_ok=True)
    open(MANIFEST, "w").write("\n".join(lines) + "\n")
    print("selected", len(out), "articles ->", MANIFEST)


BATCH_NOTE = ("# window X1, X2, ...: batches outside the four windows (kit.py select-more), split wide: never "
              "trained on; dev and test stay as they were.")


def is_batch(window):
    return re.fullmatch(r"X\d+", window) is not None


def batch_rows():
    """The manifest's rows of the batches (windows X1, X2, ...), kept as they are when the 250 are selected
    again."""
    if not os.path.isfile(MANIFEST):
        return []
    return [l.rstrip("\n") for l in open(MANIFEST, encoding="utf-8")
            if not l.startswith("#") and is_batch(l.split("\t")[3])]


def in_window(day):
    return any(a <= day <= b for _, a, b, _ in WINDOWS)


def select_more(batch="X1", n=40):
    """A batch of N more articles to code, split `wide`, its window column the batch's name.

    Outside the 250, the earlier batches and the sentence-labelled 220, and outside the four windows' days, so the
    happenings gold (which groups every coded event of a window) and the dev and test parts stay as they are. Never
    trained on: they judge how the models carry to months and topics the windows do not hold. One in five is an `other` article
    (no conflict word in its title), as in the 250, dealt round the outlets in SHA-256 order; every fifth is coded
    by the second coder too; the queue puts those first."""
    rows = [l.rstrip("\n").split("\t") for l in open(MANIFEST, encoding="utf-8") if not l.startswith("#")]
    if not is_batch(batch):
        raise ValueError("a batch is named X1, X2, ...: %r" % batch)
    taken = {r[0] for r in rows if r[3] != batch}
    if os.path.isfile(SENT_MANIFEST):
        taken |= {l.split("\t")[0] for l in open(SENT_MANIFEST, encoding="utf-8") if not l.startswith("#")}
    salt = "more:" if batch == "X1" else "more:" + batch + ":"
    key = lambda p: hashlib.sha256((salt + p).encode()).hexdigest()
    by_outlet = {}
    for dp, _, fns in os.walk(CORPUS):
        for fn in fns:
            m = re.search(r"-(\d{8})\.txt$", fn)
            if m and not in_window(m.group(1)):
                p = os.path.relpath(os.path.join(dp, fn), CORPUS)
                if p not in taken:
                    by_outlet.setdefault(p.split("/")[0], []).append(p)
    pools = {}
    for o in sorted(by_outlet):
        for p in sorted(by_outlet[o], key=key):
            raw, s = read(p)
            body = tag(s, "TEXT")
            if not body or not (200 <= body[1] - body[0] <= MAX_TEXT_CHARS):
                continue
            t = tag(s, "TITLE")
            kind = "conflict" if CONFLICT.search(s[t[0]:t[1]] if t else "") else "other"
            pools.setdefault((o, kind), []).append((p, hashlib.sha256(raw).hexdigest()))
    outlets = sorted(by_outlet)
    picked = []
    for kind, quota in (("other", n // 5), ("conflict", n - n // 5)):
        i = got = 0
        while got < quota and any(i < len(pools.get((o, kind), [])) for o in outlets):
            for o in outlets:
                pool = pools.get((o, kind), [])
                if got < quota and i < len(pool):
                    picked.append((pool[i][0], pool[i][1], o, kind))
                    got += 1
            i += 1
    picked.sort(key=lambda r: key("second:" + r[0]))
    out = [[p, sha, o, batch, kind, "wide", "1" if i % 5 == 0 else "0"] for i, (p, sha, o, kind) in enumerate(picked)]
    out.sort(key=lambda r: (r[6] != "1", key("queue:" + r[0])))
    start = max(int(r[7]) for r in rows if r[3] != batch and (not is_batch(r[3]) or r[3] < batch)) + 1
    for i, r in enumerate(out):
        r.append(str(start + i))
    head = [l.rstrip("\n") for l in open(MANIFEST, encoding="utf-8")
            if l.startswith("#") or l.split("\t")[3] != batch]
    head = [l for l in head if not l.startswith("# window X1")]
    at = max(i for i, l in enumerate(head) if l.startswith("#"))
    head.insert(at, BATCH_NOTE)
    comments = [l for l in head if l.startswith("#")]
    data = [l.split("\t") for l in head if not l.startswith("#")] + out
    data = [r for r in data if not is_batch(r[3])] + sorted((r for r in data if is_batch(r[3])), key=lambda r: int(r[7]))
    open(MANIFEST, "w", encoding="utf-8").write("\n".join(comments + ["\t".join(r) for r in data]) + "\n")
    print("batch", batch, len(out), "articles ->", MANIFEST)


SENT_MANIFEST = os.path.join(REPO, "gold", "sentences", "manifest.tsv")


def select_sentences(n=220):
    """Articles outside the event-coded 250, every outlet and month, for sentence labels only (hard negatives)."""
    coded = {l.split("\t")[0] for l in open(MANIFEST, encoding="utf-8") if not l.startswith("#")}
    rows = []
    for dp, _, fns in os.walk(CORPUS):
        for fn in fns:
            if re.search(r"-\d{8}\.txt$", fn):
                p = os.path.relpath(os.path.join(dp, fn), CORPUS)
                if p not in coded:
                    rows.append(p)
    key = lambda p: hashlib.sha256(("sent:" + p).encode()).hexdigest()
    by_outlet = {}
    for p in sorted(rows, key=key):
        raw, s = read(p)
        body = tag(s, "TEXT")
        if body and 200 <= body[1] - body[0] <= MAX_TEXT_CHARS:
            by_outlet.setdefault(p.split("/")[0], []).append((p, hashlib.sha256(raw).hexdigest()))
    picked = []
    i = 0
    while len(picked) < n:
        for o in sorted(by_outlet):
            if len(picked) < n and i < len(by_outlet[o]):
                picked.append(by_outlet[o][i])
        i += 1
    lines = ["# gold/sentences/manifest.tsv: ANT articles labelled sentence by sentence only (no article events).",
             "# Built by tools/annotate/kit.py select-sentences (deterministic): outside gold/ant/manifest.tsv, all",
             "# outlets and months. split as gold/ant: 3 train, 1 dev, 1 test in each 5 by outlet; second: every fifth.",
             "# columns: path\tsha256\toutlet\tsplit\tsecond\tqueue"]
    out = []
    for o in sorted(by_outlet):
        docs = sorted((x for x in picked if x[0].split("/")[0] == o), key=lambda x: key("split:" + x[0]))
        for j, (p, sha) in enumerate(docs):
            out.append([p, sha, o, ["train", "dev", "train", "test", "train"][j % 5], "1" if j % 5 == 2 else "0"])
    out.sort(key=lambda r: (r[4] != "1", key("queue:" + r[0])))
    for q, r in enumerate(out):
        r.append(str(q))
    os.makedirs(os.path.dirname(SENT_MANIFEST), exist_ok=True)
    open(SENT_MANIFEST, "w").write("\n".join(lines + ["\t".join(r) for r in out]) + "\n")
    print("selected", len(out), "articles ->", SENT_MANIFEST)


def show(path):
    raw, s = read(path)
    print("PATH      ", path)
    print("SHA256    ", hashlib.sha256(raw).hexdigest())
    print("PUBLISHED ", published(s))
    for i, (a, b) in enumerate(sentences(s)):
        print("S%d | %s" % (i, s[a:b]))


def locate(s, sents, ref, what):
    """A quote inside sentence S<n>: {"s": "S3", "q": "...", "n": 1} -> code-point span."""
    sid = ref.get("s")
    if not sid or not re.fullmatch(r"S\d+", sid) or int(sid[1:]) >= len(sents):
        raise ValueError("%s: bad sentence id %r" % (what, sid))
    a, b = sents[int(sid[1:])]
    q = ref.get("q")
    if not q:
        raise ValueError("%s: empty quote" % what)
    n = int(ref.get("n", 1))
    i = a - 1
    for _ in range(n):
        i = s.find(q, i + 1, b)
        if i < 0:
            raise ValueError("%s: quote %r (occurrence %d) not in %s" % (what, q, n, sid))
    return i, i + len(q)


def span16(s, ab):
    return [utf16_index(s, ab[0]), utf16_index(s, ab[1])]


def convert_one(work, coder):
    path = work["path"]
    raw, s = read(path)
    sents = sentences(s)
    out = {"schema": "marsad.gold-standoff/1", "corpus": "ANT_multisource_v2.1", "path": path,
           "sha256": hashlib.sha256(raw).hexdigest(), "coder": coder,
           "published": work.get("published") or published(s), "events": [], "sentences": []}
    labels = work.get("sentences", {})
    for k in labels:
        if not re.fullmatch(r"S\d+", k) or int(k[1:]) >= len(sents):
            raise ValueError("sentence label for unknown %s" % k)
        for lab in labels[k]:
            t, _, st = lab.partition(":")
            if t not in TYPES or st not in SENT_STATUS:
                raise ValueError("%s: bad label %r" % (k, lab))
    for i, ab in enumerate(sents):
        out["sentences"].append({"span": span16(s, ab), "labels": sorted(set(labels.get("S%d" % i, [])))})
    for j, ev in enumerate(work.get("events", [])):
        what = "event %d" % j
        if ev.get("type") not in TYPES:
            raise ValueError("%s: bad type %r" % (what, ev.get("type")))
        if ev.get("status", "occurred") not in STATUS:
            raise ValueError("%s: bad status %r" % (what, ev.get("status")))
        g = {"type": ev["type"], "status": ev.get("status", "occurred"),
             "actor": ev.get("actor"), "recipient": ev.get("recipient"),
             "symmetric": bool(ev.get("symmetric", False)), "date": ev.get("date"),
             "trigger": span16(s, locate(s, sents, ev["trigger"], what + " trigger")),
             "place": span16(s, locate(s, sents, ev["place"], what + " place")) if ev.get("place") else None,
             "country": ev.get("country"), "lat": ev.get("lat"), "lon": ev.get("lon"),
             "dead": ev.get("dead"), "injured": ev.get("injured"), "arrested": ev.get("arrested"),
             "optional": bool(ev.get("optional", False))}
        for d in [g["date"]] + [x for x in ev.get("alt_date", []) if x]:
            if d is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d):
                raise ValueError("%s: bad date %r" % (what, d))
        for k in ("alt_type", "alt_actor", "alt_recipient", "alt_date", "alt_dead", "alt_status"):
            if k in ev:
                g[k] = ev[k]
        if "alt_place" in ev:
            g["alt_place"] = [None if p is None else
                              {"place": span16(s, locate(s, sents, p, what + " alt_place")) if p.get("q") else None,
                               "lat": p.get("lat"), "lon": p.get("lon")} for p in ev["alt_place"]]
        if ev.get("mentions"):
            g["mentions"] = [span16(s, locate(s, sents, m, what + " mention")) for m in ev["mentions"]]
        if ev.get("note"):
            note = ev["note"]
            if re.search("[\u0600-\u06FF]", note):
                raise ValueError("%s: the note must be in English (no copied Arabic text)" % what)
            g["note"] = note
        out["events"].append(g)
    return out


def dumps(g):
    """One event or sentence a line: readable diffs, short files."""
    head = {k: v for k, v in g.items() if k not in ("events", "sentences")}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ',']
    lines.append(' "events": [' + ",\n  ".join(json.dumps(e, ensure_ascii=False) for e in g["events"]) + '],')
    lines.append(' "sentences": [' + ",\n  ".join(json.dumps(x, ensure_ascii=False) for x in g["sentences"]) + ']}')
    return "\n".join(lines) + "\n"


def convert(workdir, outdir):
    coder = os.path.basename(os.path.normpath(workdir))
    os.makedirs(outdir, exist_ok=True)
    ok = bad = 0
    for fn in sorted(os.listdir(workdir)):
        if not fn.endswith(".json"):
            continue
        try:
            work = json.load(open(os.path.join(workdir, fn), encoding="utf-8"))
            g = convert_one(work, work.get("coder", coder))
            name = os.path.basename(work["path"]).replace(".txt", ".json")
            open(os.path.join(outdir, name), "w", encoding="utf-8").write(dumps(g))
            ok += 1
        except Exception as e:  # report and go on
            print("ERROR %s: %s" % (fn, e), file=sys.stderr)
            bad += 1
    print("converted %d, failed %d -> %s" % (ok, bad, outdir))
    return bad == 0


def check(outdir):
    bad = 0
    for fn in sorted(os.listdir(outdir)):
        if not fn.endswith(".json"):
            continue
        g = json.load(open(os.path.join(outdir, fn), encoding="utf-8"))
        raw, s = read(g["path"])
        if hashlib.sha256(raw).hexdigest() != g["sha256"]:
            print("SHA-256 differs:", g["path"]); bad += 1
        if re.search("[\u0600-\u06FF]", json.dumps(g, ensure_ascii=False)):
            print("Arabic text inside a stand-off file:", fn); bad += 1
    print("checked", outdir, "problems:", bad)
    return bad == 0


def window_events(window):
    """The first coding's events of the articles of a window, in a stable order, with refs E<window>-<n>."""
    rows = [l.rstrip("\n").split("\t") for l in open(MANIFEST, encoding="utf-8") if not l.startswith("#")]
    paths = sorted(r[0] for r in rows if r[3] == window)
    out = []
    for path in paths:
        name = os.path.basename(path).replace(".txt", ".json")
        for coder in ("A", "B"):
            f = os.path.join(REPO, "gold", "ant", coder, name)
            if os.path.exists(f):
                g = json.load(open(f, encoding="utf-8"))
                for e in g["events"]:
                    out.append((path, g["sha256"], e))
                break
    return [("E%s-%d" % (window[1:], i), p, sha, e) for i, (p, sha, e) in enumerate(out)]


def cp_index(s, u16):
    """Code-point index of a UTF-16 offset."""
    i = n = 0
    while n < u16 and i < len(s):
        n += 2 if ord(s[i]) > 0xFFFF else 1
        i += 1
    return i


def events(window):
    for ref, path, sha, e in window_events(window):
        raw, s = read(path)
        a, b = cp_index(s, e["trigger"][0]), cp_index(s, e["trigger"][1])
        sent = next(((x, y) for x, y in sentences(s) if x <= a < y), (a, b))
        place = s[cp_index(s, e["place"][0]):cp_index(s, e["place"][1])] if e.get("place") else None
        print("%s | %s | %s | %s %s -> %s | date %s | place %s | dead %s | %s" % (
            ref, path.split("/")[-1], e["type"], e.get("status"), e.get("actor"), e.get("recipient"), e.get("date"),
            place, e.get("dead"), "optional" if e.get("optional") else ""))
        print("      trigger [%s]: %s" % (s[a:b], s[sent[0]:sent[1]]))


def happenings(workfile, outfile):
    work = json.load(open(workfile, encoding="utf-8"))
    refs = {}
    for w in ("W1", "W2", "W3", "W4"):
        for ref, path, sha, e in window_events(w):
            refs[ref] = {"path": path, "sha256": sha, "trigger": e["trigger"], "type": e["type"]}
    seen = set()
    out = {"schema": "marsad.happenings-standoff/1", "corpus": "ANT_multisource_v2.1",
           "coder": work.get("coder"), "windows": work.get("windows"), "happenings": []}
    for h in work["happenings"]:
        if re.search("[\u0600-\u06FF]", h.get("note", "")):
            raise ValueError("%s: the note must be in English" % h.get("id"))
        reports = []
        for r in h["reports"]:
            if r not in refs:
                raise ValueError("%s: unknown event ref %s" % (h.get("id"), r))
            if r in seen:
                raise ValueError("%s: event ref %s is in two happenings" % (h.get("id"), r))
            seen.add(r)
            reports.append(refs[r])
        out["happenings"].append({"id": h["id"], "kind": h.get("kind", "incident"), "reports": reports,
                                  "note": h.get("note", "")})
    body = ",\n  ".join(json.dumps(h, ensure_ascii=False) for h in out["happenings"])
    head = {k: v for k, v in out.items() if k != "happenings"}
    os.makedirs(os.path.dirname(outfile) or ".", exist_ok=True)
    open(outfile, "w", encoding="utf-8").write(json.dumps(head)[:-1] + ',\n "happenings": [' + body + "]}\n")
    print("wrote %d happenings (%d reports) -> %s" % (len(out["happenings"]), len(seen), outfile))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "select":
        select()
    elif cmd == "show":
        show(sys.argv[2])
    elif cmd == "convert":
        sys.exit(0 if convert(sys.argv[2], sys.argv[3]) else 1)
    elif cmd == "select-sentences":
        select_sentences()
    elif cmd == "select-more":
        select_more(sys.argv[2] if len(sys.argv) > 2 else "X1", int(sys.argv[3]) if len(sys.argv) > 3 else 40)
    elif cmd == "events":
        events(sys.argv[2])
    elif cmd == "happenings":
        happenings(sys.argv[2], sys.argv[3])
    elif cmd == "check":
        sys.exit(0 if check(sys.argv[2]) else 1)
    else:
        print(__doc__)
        sys.exit(2)
