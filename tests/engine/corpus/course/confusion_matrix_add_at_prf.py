import numpy as np

y_true = np.array([0, 1, 2, 2, 1, 0, 2, 1, 1, 0, 2, 2])
y_pred = np.array([0, 2, 2, 2, 1, 0, 1, 1, 0, 0, 2, 1])
K = 3
cm = np.zeros((K, K), dtype=int)
np.add.at(cm, (y_true, y_pred), 1)
print(cm)
cm2 = np.bincount(y_true * K + y_pred, minlength=K * K).reshape(K, K)
print(np.array_equal(cm, cm2))
tp = np.diag(cm)
precision = tp / cm.sum(axis=0)
recall = tp / cm.sum(axis=1)
f1 = 2 * precision * recall / (precision + recall)
print("precision", np.round(precision, 4))
print("recall   ", np.round(recall, 4))
print("f1       ", np.round(f1, 4))
print(f"accuracy {tp.sum() / cm.sum():.4f}  macro-F1 {f1.mean():.4f}")
print(f"{'class':<6}{'prec':>8}{'rec':>8}{'f1':>8}{'support':>9}")
for k in range(K):
    print(f"{k:<6}{precision[k]:>8.3f}{recall[k]:>8.3f}{f1[k]:>8.3f}{cm[k].sum():>9d}")
cm_buggy = np.zeros((K, K), dtype=int)
cm_buggy[y_true, y_pred] += 1
print(cm_buggy.sum(), "vs", cm.sum())
