"""One page of a report: `python3 show.py 'headcount=40&tech=2' report.txt`."""
import sys

text = open(sys.argv[2], encoding="utf-8").read()
start = text.find("\n================ " + sys.argv[1] + "\n")
if start < 0:
    sys.exit("not in the report: " + sys.argv[1])
end = text.find("\n================ ", start + 10)
print(text[start:end if end > 0 else None])
