import heapq
import bisect
import numpy as np
np.random.seed(2)
V = 5
logits = np.random.randn(3, V)
def log_softmax(x):
    x = x - x.max()
    return x - np.log(np.exp(x).sum())
beams = [(0.0, [])]
for t in range(3):
    cands = []
    lp = log_softmax(logits[t])
    for score, seq in beams:
        for w in range(V):
            cands.append((score + lp[w], seq + [w]))
    beams = heapq.nlargest(2, cands, key=lambda c: c[0])
    print(t, [(round(float(s), 4), q) for s, q in beams])
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.nsmallest(2, [4, 1, 3]), heapq.heapify([3, 1]) is None)
hp = [(0.3, "b"), (0.1, "a"), (0.2, "c")]
heapq.heapify(hp)
print([heapq.heappop(hp) for _ in range(3)])
grid = [0.1, 0.5, 1.0, 5.0]
print(bisect.bisect_left(grid, 0.5), bisect.bisect_right(grid, 0.5), bisect.bisect(grid, 2.0))
lst = [1, 3, 5]
bisect.insort(lst, 4)
print(lst, np.searchsorted(grid, [0.5, 2.0], side="right"))
cum = np.cumsum([0.2, 0.5, 0.3])
print(cum, bisect.bisect(cum.tolist(), 0.65), int(np.searchsorted(cum, 0.65)))
