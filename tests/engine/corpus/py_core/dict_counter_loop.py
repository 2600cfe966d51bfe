text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, []).append(1)
print(sorted((k, len(v)) for k, v in letters.items())[:5])
