import sys, re, collections
def blocks(p):
    t=open(p,encoding='utf-8').read(); d={}
    for b in t.split("\n================ ")[1:]:
        f,_,body=b.partition("\n")
        m=re.search(r"\[([a-z-]+) / route ([a-z-]+)\]",body); fit=re.search(r"^fit: (.*)$",body,re.M)
        d[f]=(m.groups() if m else None, fit.group(1) if fit else None)
    return d
a=blocks(sys.argv[1]); b=blocks(sys.argv[2])
c=collections.Counter(); ex={}
for f in a:
    if a[f]!=b.get(f):
        k=(a[f],b.get(f)); c[k]+=1; ex.setdefault(k,f)
for k,n in c.most_common(): print(n,k,"\n    ",ex[k])
