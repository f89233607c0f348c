"""scorelib: the scorer's module (../shared/eval/score) and one loop over the
articles of measuring sets, shared by the diag scripts."""
import os, re, json, subprocess, importlib.machinery, types

_ld = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
S = types.ModuleType("score")
_ld.exec_module(S)


def each_quads(binary, dirs):
    """Yields (article path, gold, extracted quads with their labels) for
    every article of dirs; TUNE=1 leaves dev's check part out."""
    for d in dirs:
        for art in S.articles([d]):
            if os.environ.get("TUNE") and S.in_check_part(os.path.basename(art)[:-4], 4):
                continue
            gold = S.Gold(json.load(open(art[:-4] + ".gold.json")))
            out = subprocess.run([binary, "extract", art], capture_output=True, text=True).stdout
            yield art, gold, S.parse_nquads(out)


def each(binary, dirs):
    """Yields (article path, gold, extracted graph) for every article of dirs."""
    for art, gold, quads in each_quads(binary, dirs):
        yield art, gold, S.Graph(quads)


def names_of(gold, name):
    """All gold names of the entity one of whose names is name."""
    for e in gold.doc.get("entities", []):
        if name in e.get("names", []):
            return e["names"]
    return [name]


def sentences(art):
    """An article's header lines and its text cut into sentences (roughly)."""
    raw = open(art).read()
    head, text = raw.split("\n\n", 1) if "\n\n" in raw else ("", raw)
    return head, re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", text)


def missed_members(gold, g):
    """Yields, for each gold membership not extracted, the grouping's names
    (longer than one character) and the country's."""
    groups = g.of_type(S.CLASS["Grouping"])
    mem = [(a, b) for a in groups for _, b in g.objs(a, S.SCHEMA + "member")]
    for gm in gold.doc.get("members", []):
        if any(S.is_named(g, gold, a, gm[0]) and S.is_named(g, gold, b, gm[1]) for a, b in mem):
            continue
        yield [n for n in names_of(gold, gm[0]) if len(n) > 1], names_of(gold, gm[1])


def sentence_labels(quads):
    """The extracted sentences' texts by number, and each typed node's
    sentence number (from its rdf:type quad's label)."""
    text, lab = {}, {}
    for s, p, o, l in quads:
        if p[1] == S.SCHEMA + "text" and "#s" in s[1]:
            text[int(s[1].rsplit("#s", 1)[1])] = o[1]
        if p[1] == S.RDF_TYPE and l is not None and "#s" in l[1]:
            lab[s[1]] = int(l[1].rsplit("#s", 1)[1])
    return text, lab


def participant_near_miss(g, gold, e):
    """The extracted event that matches gold event e on type, date and place
    and has most of its participants, or None."""
    cands = []
    for n in g.of_type(S.CLASS[e["type"]]):
        if e.get("date") and e["date"] not in g.values(n, S.NG + "date"):
            continue
        if e.get("location") and not any(S.is_named(g, gold, l, e["location"]) for _, l in g.objs(n, S.SCHEMA + "location")):
            continue
        cands.append(n)
    if not cands:
        return None
    return max(cands, key=lambda n: sum(any(S.is_named(g, gold, p, w) for _, p in g.objs(n, S.NG + "participant")) for w in e.get("participants", [])))


def parts_ok(g, gold, e, n):
    """Extracted event n has every participant of gold event e."""
    ps = [p for _, p in g.objs(n, S.NG + "participant")]
    return all(any(S.is_named(g, gold, p, w) for p in ps) for w in e.get("participants", []))


def placeless_near_misses(g, gold, res):
    """Yields (gold event, extracted node) for each missed gold event with
    a location that a wrong extracted event matches on type, participants
    and date while having no location at all."""
    tp, missed, wrong = res["events"]
    for e in missed:
        if not e.get("location"):
            continue
        cands = [n for t, n in wrong if t == e["type"] and parts_ok(g, gold, e, n)
                 and (not e.get("date") or e["date"] in g.values(n, S.NG + "date"))
                 and not list(g.objs(n, S.SCHEMA + "location"))]
        if cands:
            yield e, cands[0]
