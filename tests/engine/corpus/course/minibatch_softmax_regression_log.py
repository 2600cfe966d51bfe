import numpy as np

np.random.seed(4)
N = 120
x = np.random.randn(N, 2)
t = (x[:, 0] * 1.5 - x[:, 1] > 0).astype(np.int64)
t_onehot = np.zeros((N, 2))
t_onehot[np.arange(N), t] = 1
W = np.random.randn(2, 2) * 0.01
b = np.zeros(2)
train_loss_list, train_acc_list = [], []
iters_num, batch_size, lr = 60, 16, 0.5
iter_per_epoch = max(N // batch_size, 1)
for i in range(iters_num):
    batch_mask = np.random.choice(N, batch_size)
    xb, tb = x[batch_mask], t_onehot[batch_mask]
    a = xb @ W + b
    a -= a.max(axis=1, keepdims=True)
    y = np.exp(a) / np.exp(a).sum(axis=1, keepdims=True)
    loss = -np.sum(tb * np.log(y + 1e-7)) / batch_size
    dy = (y - tb) / batch_size
    W -= lr * xb.T @ dy
    b -= lr * dy.sum(axis=0)
    train_loss_list.append(loss)
    if i % iter_per_epoch == 0:
        pred = np.argmax(x @ W + b, axis=1)
        acc = np.mean(pred == t)
        train_acc_list.append(acc)
        print(f"iter {i:3d} | loss {loss:.4f} | train acc {acc:.4f} | {batch_mask[:3]}")
print(len(train_loss_list), np.array(train_loss_list[-5:]).round(5))
print(W.round(4), b.round(4))
print(np.array(train_acc_list), max(train_acc_list), train_acc_list.index(max(train_acc_list)))
perm = np.random.permutation(N)
print(perm[:10], np.sort(perm)[:5], x[perm][:2])
np.random.shuffle(perm)
print(perm[:5])
