import heapq
import numpy as np

heap = []
heapq.heappush(heap, (0.5, np.array([1, 2])))
heapq.heappush(heap, (0.25, np.array([3])))
print([s for s, _ in heap])
try:
    heapq.heappush(heap, (0.5, np.array([4, 5])))
except ValueError as e:
    print("ValueError:", e)
try:
    heapq.heappush(heap, (0.25, np.array([7])))
    print("pushed a 1-element tie:", len(heap))
except Exception as e:
    print(type(e).__name__, e)
h2 = []
for i, (s, seq) in enumerate([(0.5, [1, 2]), (0.5, [4, 5]), (0.1, [9])]):
    heapq.heappush(h2, (-s, i, np.array(seq)))
print([(p[0], p[1], p[2].tolist()) for p in [heapq.heappop(h2) for _ in range(3)]])
try:
    heapq.heappush(h2, (1, {"a": 1}))
    heapq.heappush(h2, (1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, np.array([1, 2])), (1, np.array([0, 3]))])
except ValueError as e:
    print("ValueError:", e)
print(max([(0.2, "a"), (0.9, "b"), (0.9, "c")]))
