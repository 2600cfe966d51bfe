import numpy as np

scores = np.array([0.3, 0.9, 0.3, 0.5, 0.9])
print(np.argsort(scores, kind="stable"), np.argsort(-scores, kind="stable"))
print(np.argmax(scores), np.argmin(scores), np.flatnonzero(scores == scores.max()))
top2 = np.argsort(scores, kind="stable")[::-1][:2]
print(top2, scores[top2])
labels = np.array(["cat", "dog", "cat", "bird", "dog", "cat"])
u, inv, cnt = np.unique(labels, return_inverse=True, return_counts=True)
print(u, inv, cnt)
print(dict(zip(u.tolist(), cnt.tolist())))
print(u[np.argmax(cnt)])
keys1 = np.array([1, 1, 0, 0])
keys2 = np.array([3, 1, 2, 1])
print(np.lexsort((keys2, keys1)))
print(np.sort(scores)[::-1], np.partition(np.array([5, 1, 4, 2, 3]), 2)[2])
vals, first = np.unique(np.array([3, 1, 3, 2, 1]), return_index=True)
print(vals, first)
print(np.searchsorted(np.array([1, 3, 5]), [0, 3, 6]), np.searchsorted(np.array([1, 3, 5]), 3, side="right"))
