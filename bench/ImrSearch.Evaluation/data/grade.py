# Applies the written grading rubric (README.md beside this file) to every decided item of the judged corpus, as
# listed by `dotnet run --project bench/ImrSearch.Bench -- eval --items > items.tsv`, for each check defined in
# checks.json, and writes judged-checks.json. Usage: python3 grade.py items.tsv checks.json judged-checks.json
import json, re, sys
items = []
for line in open(sys.argv[1]):
    f = line.rstrip('\n').split('\t')
    items.append(dict(case=f[0], idx=int(f[1]), cat=f[2], region=f[3] or None, decision=f[4], qty=f[5], item=f[6], cited=f[7]))

def has(words, text):
    t = text.lower()
    return any(re.search(r'(?<![a-z])' + re.escape(w) + r'(?![a-z])', t) for w in words)

# The rubric (README): 3 the same request (category, the drug or procedure, the region when the draft names one);
# 2 the same drug/procedure in another or unstated region, or the same category in the same region with a close
# variant (w2) or an unnamed one; 1 the same category otherwise, or a related category for the same region.
def grade(spec, it):
    cat, w3, w2, region, rel = spec['cat'], spec.get('w3', []), spec.get('w2', []), spec.get('region'), spec.get('rel', [])
    if it['cat'] == cat:
        named3 = (not w3 or has(w3, it['item'])) and not has(spec.get('x3', []), it['item'])
        named2 = has(w2, it['item'])
        same_region = region is None or it['region'] == region
        if named3 and same_region: return 3
        if named3 and it['region'] is None: return 2
        if named2 and (region is None or it['region'] in (region, None)): return 2
        if region is not None and it['region'] == region: return 2
        return 1
    if it['cat'] in rel and (region is None or it['region'] == region):
        return 1
    return 0

specs = json.load(open(sys.argv[2]))
checks = []
for s in specs:
    js = []
    for it in items:
        g = grade(s, it)
        if g > 0:
            js.append(dict(case=it['case'], item=it['idx'], grade=g))
    anchor = s.get('anchor')
    if anchor is None:
        threes = [j for j in js if j['grade'] == 3]
        if not threes:
            print('NO GRADE 3 for', s['id'], file=sys.stderr); continue
        anchor = dict(case=threes[0]['case'], item=threes[0]['item'])
    checks.append(dict(id=s['id'], **{'class': s['class']}, draft=s['draft'], anchor=anchor, judgments=js))
    print(s['id'], 'grades', {g: sum(1 for j in js if j['grade']==g) for g in (3,2,1)}, file=sys.stderr)
out = dict(corpus=dict(seeds=True, syntheticSeed=16, syntheticLetters=120), checks=checks)
# compact layout: one judgment a line
lines = ['{', ' "corpus": ' + json.dumps(out['corpus']) + ',', ' "checks": [']
for i, c in enumerate(checks):
    lines.append('  {')
    lines.append('   "id": ' + json.dumps(c['id']) + ', "class": ' + json.dumps(c['class']) + ',')
    lines.append('   "draft": ' + json.dumps(c['draft']) + ',')
    lines.append('   "anchor": ' + json.dumps(c['anchor']) + ',')
    lines.append('   "judgments": [')
    js = sorted(c['judgments'], key=lambda j: (-j['grade'], j['case'], j['item']))
    for k, j in enumerate(js):
        lines.append('    ' + json.dumps(j) + (',' if k < len(js) - 1 else ''))
    lines.append('   ]')
    lines.append('  }' + (',' if i < len(checks) - 1 else ''))
lines.append(' ]')
lines.append('}')
open(sys.argv[3], 'w').write('\n'.join(lines) + '\n')
