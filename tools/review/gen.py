import random
r = random.Random(20261126)
needs = "first-version tech-choices hire-team organize-delivery scalability quality-security processes roadmap budget investors clients data product infrastructure internal-it change".split()
heads = [1,2,3,5,8,9,10,11,15,20,30,45,50,51,60,80,110,150,200,249,250,251,300,450,500,501,800,999,1000,1001,1500,3000,5000,12000,40000]
out = []
for i in range(9000):
    h = r.choice(heads)
    parts = [f"headcount={h}"]
    if r.random() < 0.85:
        t = r.choice([0,0,1,1,2,3,4,5,8,10,12,20,25,40,h//10,h//30,h//8,h])
        parts.append(f"tech={min(t,h)}")
    if r.random() < 0.7: parts.append("stage="+r.choice("idea mvp launched scaling established".split()))
    if r.random() < 0.75: parts.append("org="+r.choice("startup sme group public nonprofit".split()))
    if r.random() < 0.6: parts.append("software="+r.choice("product support internal".split()))
    if r.random() < 0.35: parts.append("cto="+r.choice("none left in-place".split()))
    k = r.choice([0,1,1,1,2,2,2,3,3,4,5])
    if k: parts.append("needs="+",".join(r.sample(needs,k)))
    if r.random() < 0.3:
        parts.append("mode=candidate")
        parts.append(f"led={r.choice([0,1,2,3,5,8,12,20,40,80,200])}")
        parts.append("did="+",".join(r.sample(needs, r.choice([1,2,3,4,5]))))
    parts.append("lang="+r.choice(["en","fr"]))
    out.append("&".join(parts))
print("\n".join(sorted(set(out))))
