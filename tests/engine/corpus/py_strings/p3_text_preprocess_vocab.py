import re
from collections import Counter

text = """You say goodbye, and I say hello.
Hello, hello! I don't know why you say goodbye..."""
tokens = re.findall(r"[a-z']+|[.,!?]", text.lower())
print(tokens[:10], len(tokens))
counts = Counter(tokens)
print(counts.most_common(4))
vocab = ["<pad>", "<unk>"] + [w for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= 2]
w2i = {w: i for i, w in enumerate(vocab)}
print(w2i)
ids = [w2i.get(t, w2i["<unk>"]) for t in tokens]
print(ids)
sentences = [s.strip() for s in re.split(r"[.!?]+", text) if s.strip()]
print(sentences)
print([len(s.split()) for s in sentences])
maxlen = 6
padded = [(s.split() + ["<pad>"] * maxlen)[:maxlen] for s in sentences]
for row in padded:
    print(" ".join(f"{w:<8}" for w in row).rstrip())
print(text.splitlines()[1].title(), "|", text[:8].upper().center(14, "*"), "|", "  x ".strip())
print("-".join(reversed(vocab[2:5])), vocab[2:5][::-1], "hello".count("l"), "say".join(["a", "b"]))
