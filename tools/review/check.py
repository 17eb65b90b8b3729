import re, sys, collections
# Candidate advice claims what "the tool advises" the organisation: each claim must be on the company page.
RULES = [
 ("The seat open is a VP of Engineering", lambda c, r: r == "vp-engineering"),
 ("The seat open is a head of engineering", lambda c, r: r == "vp-engineering"),
 ("This seat is held", lambda c, r: r == "coach" or any(w in c.lower() for w in ("in place", "already", "keep ", "in the seat"))),
 ("kept among the founders", lambda c, r: r == "founder"),
 ("interim of a few months", lambda c, r: r == "interim"),
 ("The seat on offer is an interim", lambda c, r: r == "interim"),
 ("part-time mission", lambda c, r: r == "fractional"),
 ("part-time service the public body buys", lambda c, r: r == "fractional"),
 ("paid mostly in equity", lambda c, r: "equity" in c),
 ("giving the seat to whoever already leads", lambda c, r: r == "promote"),
 ("add a CISO beside", lambda c, r: "CISO" in c),
 ("CISO's the tool advises", lambda c, r: "CISO" in c),
 ("a head of data with a team", lambda c, r: "head of data" in c.lower() or "data office" in c),
 ("head of data the tool advises", lambda c, r: "head of data" in c.lower()),
 ("a product owner for its application", lambda c, r: "product owner" in c),
 ("data officer beside its IT", lambda c, r: "data officer" in c),
 ("call on a data analyst or a consultancy", lambda c, r: "analyst" in c or "consultanc" in c),
 ("start from the software it is choosing", lambda c, r: "choos" in c),
 ("hand IT to a provider", lambda c, r: r == "managed-it" or "provider" in c),
 ("handing IT to a provider", lambda c, r: r == "managed-it" or "provider" in c),
 ("pooled services or a provider chosen", lambda c, r: "pool" in c.lower() or "shared services" in c),
 ("ready-made service or a few days", lambda c, r: r in ("audit", "managed-hosting") or "ready-made" in c),
 ("exports of the software in place", lambda c, r: "export" in c),
 ("first an analyst's", lambda c, r: "analyst" in c),
 ("The seat that runs IT is vacant", lambda c, r: r == "interim" or "left" in c),
 ("Here the seat runs IT", lambda c, r: r in ("it-manager", "it-director", "cio", "interim")),
 ("security is first the group CISO", lambda c, r: "group" in c),
 ("keep its CTO and add a data profile", lambda c, r: r == "coach"),
 ("rests on one person or a provider", lambda c, r: r in ("managed-it", "it-manager")),
 ("a data office", lambda c, r: "data office" in c),
]
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
flags = collections.Counter(); examples = collections.defaultdict(list); used = collections.Counter()
for block in text.split("\n================ ")[1:]:
    frag, _, body = block.partition("\n")
    if "mode=candidate" not in frag or "lang=en" not in frag: continue
    m = re.search(r"^.*\[([a-z-]+) / route ([a-z-]+)\]$", body, re.M)
    if not m: continue
    cand, company = body[:m.start()], body[m.start():]
    route = m.group(2)
    advice = "\n".join(l for l in cand.splitlines() if l.strip().startswith(("advice:", "why:")))
    for key, ok in RULES:
        if key in advice:
            used[key] += 1
            if not ok(company, route):
                flags[key] += 1
                examples[key].append((frag, route))
for k, n in used.most_common(): print(f"{n:5} used  {flags[k]:4} flagged  {k}")
for k, ex in examples.items():
    print("\n##", k)
    for f, r in ex[:6]: print(" ", r, f)
