"""scorelib: the scorer's module (../shared/eval/score) and one loop over the
articles of measuring sets, shared by the diag scripts."""
import os, json, subprocess, importlib.machinery, types

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
