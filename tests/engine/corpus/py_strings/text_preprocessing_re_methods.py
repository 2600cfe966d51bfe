import re
from collections import Counter
text = "You say goodbye, and I say Hello!  You say...  hello?"
clean = re.sub(r"[^\w\s]", " ", text.lower())
tokens = clean.split()
print(tokens)
print(re.findall(r"\b\w{5,}\b", text), re.split(r"[,!?.]+\s*", text))
print(len(tokens), len(set(tokens)), Counter(tokens).most_common(2))
vocab = sorted(set(tokens), key=lambda w: (-tokens.count(w), w))
print(vocab)
print({w: i for i, w in enumerate(vocab)})
print(" ".join(reversed(tokens[:4])), "|".join(t.capitalize() for t in tokens[:3]))
print(text.startswith("You"), text.endswith("?"), text.index("say"), text.rfind("say"), text.count("say"))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "x=1;y=2".split(";", 1))
print("%5s|%-5s|%05.1f" % ("ab", "cd", 3.14159), "{:>8}".format("right"), "{:*<6}".format("l"))
print("tab\tsep".expandtabs(4), repr("line\nbreak"), "Ünïcode".lower(), "straße".upper())
s = "The quick brown fox"
print(s[::-1], s[4:9], s[-3:], s.title(), s.swapcase(), s.isalpha(), "123".isdigit())
print(ord("A"), chr(97), "abc" < "abd", "B" < "a", sorted("bAcD"), sorted("bAcD", key=str.lower))
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.group(0), m.group(1), m.groups(), m.span())
print(re.sub(r"(\d+)", lambda mm: str(int(mm.group(1)) * 2), "a1b22c333"))
