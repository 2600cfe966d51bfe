import numpy as np

rng = np.random.default_rng(21)
scores = rng.normal(size=(4, 5)).round(2)
print(scores)
labels = np.array([1, 3, 0, 4])
correct = scores[np.arange(4), labels]
margins = np.maximum(0, scores - correct[:, None] + 1.0)
margins[np.arange(4), labels] = 0
print(margins)
print(margins.sum(axis=1), margins.sum() / 4)
binary = (margins > 0).astype(float)
binary[np.arange(4), labels] = -binary.sum(axis=1)
print(binary)
preds = scores.argmax(axis=1)
print(preds, labels, (preds == labels).mean())
conf = np.zeros((5, 5), dtype=np.int32)
np.add.at(conf, (labels, preds), 1)
print(conf)
print(np.diag(conf).sum() / conf.sum())
top2 = np.argsort(-scores, axis=1)[:, :2]
print(top2, (top2 == labels[:, None]).any(axis=1))
scores[scores < 0] = 0
print(np.count_nonzero(scores, axis=1))
