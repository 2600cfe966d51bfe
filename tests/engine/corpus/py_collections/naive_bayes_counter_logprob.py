import math
from collections import Counter, defaultdict

docs = [("spam", "win money now"), ("ham", "meeting at noon"), ("spam", "win a free prize now"),
        ("ham", "lunch at noon with team"), ("spam", "free money")]
class_counts = Counter(label for label, _ in docs)
word_counts = defaultdict(Counter)
for label, text in docs:
    word_counts[label].update(text.split())
vocab = sorted({w for _, t in docs for w in t.split()})
print(class_counts, len(vocab))
print(word_counts["spam"].most_common(3))

def log_posterior(text, label, alpha=1.0):
    total = sum(word_counts[label].values())
    lp = math.log(class_counts[label] / len(docs))
    for w in text.split():
        lp += math.log((word_counts[label][w] + alpha) / (total + alpha * len(vocab)))
    return lp

for msg in ["free money now", "team meeting", "win lunch"]:
    scores = {c: log_posterior(msg, c) for c in class_counts}
    m = max(scores.values())
    z = sum(math.exp(s - m) for s in scores.values())
    probs = {c: math.exp(s - m) / z for c, s in scores.items()}
    best = max(probs, key=probs.get)
    print(f"{msg!r:20} -> {best:4} " + " ".join(f"{c}={p:.4f}" for c, p in sorted(probs.items())))
print(Counter("mississippi").most_common(), sum(Counter(a=2, b=3).values()))
c = Counter(a=3, b=1)
c.subtract({"a": 1, "c": 2})
print(c, +c, c.total() if hasattr(c, "total") else None)
