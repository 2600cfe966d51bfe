import numpy as np

def softmax(x):
    m = np.max(x, axis=-1, keepdims=True)
    e = np.exp(x - m)
    return e / np.sum(e, axis=-1, keepdims=True)

scores = np.array([[0.5, 1.0, -0.5], [0.2, 0.1, 0.0], [1.0, 2.0, 3.0]])
mask = np.array([[False, False, True], [True, True, True], [False, True, True]])
masked = np.where(mask, -np.inf, scores)
print(masked)
w = softmax(masked)
print(w)
print(np.isnan(w).any(axis=-1))
safe = np.where(mask, -1e9, scores)
print(np.round(softmax(safe), 4))
w2 = np.nan_to_num(w)
print(w2.sum(axis=-1))
x = masked.astype(np.float32)
print(softmax(x).dtype, np.round(softmax(np.where(mask, np.float32(-1e9), scores.astype(np.float32))), 4))
print(np.logaddexp(-np.inf, -np.inf), np.logaddexp(0.0, 0.0), np.logaddexp.reduce(np.array([1.0, 2.0, 3.0])))
