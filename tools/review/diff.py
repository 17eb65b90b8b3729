import sys
def blocks(p):
    t=open(p,encoding='utf-8').read(); d={}
    for b in t.split("\n================ ")[1:]:
        f,_,body=b.partition("\n"); d[f]=body
    return d
a=blocks(sys.argv[1]); b=blocks(sys.argv[2])
ch=[f for f in a if a[f]!=b.get(f)]
print(len(ch),"changed of",len(a))
import difflib
lim=int(sys.argv[3]) if len(sys.argv)>3 else 20
for f in ch[:lim]:
    print("\n=====",f)
    for l in difflib.unified_diff(a[f].splitlines(),b[f].splitlines(),lineterm="",n=0):
        if not l.startswith(("---","+++","@@")): print(l[:300])
