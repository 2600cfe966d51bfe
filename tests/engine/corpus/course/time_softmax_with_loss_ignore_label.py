import numpy as np

def softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)

class TimeSoftmaxWithLoss:
    def __init__(self):
        self.cache = None
        self.ignore_label = -1
    def forward(self, xs, ts):
        N, T, V = xs.shape
        if ts.ndim == 3:
            ts = ts.argmax(axis=2)
        mask = (ts != self.ignore_label)
        xs = xs.reshape(N * T, V)
        ts = ts.reshape(N * T)
        mask = mask.reshape(N * T)
        ys = softmax(xs)
        ls = np.log(ys[np.arange(N * T), ts])
        ls *= mask
        loss = -np.sum(ls)
        loss /= mask.sum()
        self.cache = (ts, ys, mask, (N, T, V))
        return loss
    def backward(self, dout=1):
        ts, ys, mask, (N, T, V) = self.cache
        dx = ys
        dx[np.arange(N * T), ts] -= 1
        dx *= dout
        dx /= mask.sum()
        dx *= mask[:, np.newaxis]
        return dx.reshape((N, T, V))

np.random.seed(9)
N, T, V = 2, 4, 5
xs = np.random.randn(N, T, V)
ts = np.array([[1, 2, 3, -1], [0, 0, 4, 2]])
layer = TimeSoftmaxWithLoss()
loss = layer.forward(xs, ts)
print("loss", loss, "ppl", np.exp(loss))
dx = layer.backward()
print(dx[0, 3], dx.sum())
print(np.round(dx[1], 4))
total_loss, loss_count = 0.0, 0
ppl_list = []
for it in range(3):
    total_loss += loss * (it + 1)
    loss_count += 1
    ppl = np.exp(total_loss / loss_count)
    ppl_list.append(float(ppl))
    print('| epoch %d |  iter %d / %d | perplexity %.2f' % (1, it + 1, 3, ppl))
print(ppl_list)
