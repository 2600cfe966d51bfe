import random
import numpy as np

random.seed(42)
true_means = [0.2, 0.5, 0.75, 0.4]
def pull(k):
    return 1.0 if random.random() < true_means[k] else 0.0

def run(eps, steps=1000):
    counts = [0] * len(true_means)
    values = [0.0] * len(true_means)
    total = 0.0
    for t in range(steps):
        if random.random() < eps:
            k = random.randrange(len(true_means))
        else:
            best = max(values)
            ties = [i for i, v in enumerate(values) if v == best]
            k = random.choice(ties)
        r = pull(k)
        counts[k] += 1
        values[k] += (r - values[k]) / counts[k]
        total += r
    return total / steps, counts, values

for eps in [0.0, 0.01, 0.1, 0.5]:
    avg, counts, values = run(eps)
    print(f"eps={eps:<5} avg reward={avg:.3f} counts={counts} est={[round(v, 3) for v in values]}")
def ucb(c=2.0, steps=500):
    n = np.zeros(4); v = np.zeros(4)
    for t in range(1, steps + 1):
        if (n == 0).any():
            k = int(np.argmin(n))
        else:
            k = int(np.argmax(v + c * np.sqrt(np.log(t) / n)))
        r = pull(k)
        n[k] += 1
        v[k] += (r - v[k]) / n[k]
    return n, v
n, v = ucb()
print(n.astype(int), np.round(v, 3))
