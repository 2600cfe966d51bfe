import numpy as np

logits = np.array([2.0, 1.0, 0.1, -1.0, 0.5])
for T in (0.5, 1.0, 2.0):
    p = np.exp(logits / T)
    p /= p.sum()
    print(f"T={T:<4} p={np.array2string(p, precision=4, separator=', ')} H={-(p * np.log(p)).sum():.4f}")
rng = np.random.default_rng(1234)
p = np.exp(logits) / np.exp(logits).sum()
samples = rng.choice(len(p), size=20, p=p)
print(samples)
print(np.bincount(samples, minlength=len(p)))
greedy = int(np.argmax(p))
print(greedy, type(greedy))
k = 3
topk = np.argsort(logits)[::-1][:k]
print(topk, logits[topk])
pk = np.zeros_like(p)
pk[topk] = p[topk]
pk /= pk.sum()
print(pk)
np.random.seed(0)
print([int(np.random.choice(5, p=pk)) for _ in range(8)])
