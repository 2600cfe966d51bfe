import numpy as np
y = np.array([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.5, 0.5, 0.0], [0.2, 0.2, 0.6]])
t = np.array([1, 2, 0, 1])
pred = np.argmax(y, axis=1)
print(pred, pred == t, np.sum(pred == t), np.mean(pred == t), (pred == t).astype(int).sum() / len(t))
acc = 0.0
batch_size = 3
for i in range(0, len(y), batch_size):
    y_batch = y[i:i + batch_size]
    p = np.argmax(y_batch, axis=1)
    acc += np.sum(p == t[i:i + batch_size])
    print(i, y_batch.shape, p, acc, type(acc).__name__)
print("Accuracy:" + str(float(acc) / len(y)))
onehot = np.eye(3)[t]
print(onehot, onehot.argmax(axis=1), (onehot * np.log(y + 1e-7)).sum(axis=1))
ce = -np.sum(onehot * np.log(y + 1e-7)) / y.shape[0]
print(ce, round(ce, 4), f"{ce:.10f}")
print(np.max(y, axis=1), np.argmin(y, axis=1), y.argmax(), y.max(axis=0).argmax())
conf = np.zeros((3, 3), dtype=int)
for a, b in zip(t, pred):
    conf[a, b] += 1
print(conf, conf.trace() / conf.sum())
np.add.at(conf, (t, pred), 1)
print(conf)
