import numpy as np

def clip_grads(grads, max_norm):
    total_norm = np.sqrt(sum(np.sum(g ** 2) for g in grads))
    rate = max_norm / (total_norm + 1e-6)
    if rate < 1:
        for g in grads:
            g *= rate
    return total_norm, rate

grads = [np.arange(6, dtype=np.float64).reshape(2, 3), np.array([[-3.0], [4.0]])]
tn, rate = clip_grads(grads, 5.0)
print(tn, rate)
print(type(tn).__name__, type(rate).__name__)
for g in grads:
    print(g)
print(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
small = [np.full(3, 0.1)]
print(clip_grads(small, 5.0))
print(small[0])
ints = [np.array([3, 4])]
try:
    clip_grads(ints, 1.0)
except Exception as e:
    print(type(e).__name__, e)
print(ints)
