import numpy as np

class MatMul:
    def __init__(self, W):
        self.params = [W]
        self.grads = [np.zeros_like(W)]
        self.x = None
    def forward(self, x):
        W, = self.params
        self.x = x
        return np.dot(x, W)
    def backward(self, dout):
        W, = self.params
        dx = np.dot(dout, W.T)
        dW = np.dot(self.x.T, dout)
        self.grads[0][...] = dW
        return dx

class SoftmaxWithLoss:
    def forward(self, x, t):
        self.t = t
        x = x - x.max(axis=1, keepdims=True)
        self.y = np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True)
        if self.t.size == self.y.size:
            self.t = self.t.argmax(axis=1)
        return -np.sum(np.log(self.y[np.arange(len(self.t)), self.t] + 1e-7)) / len(self.t)
    def backward(self, dout=1):
        dx = self.y.copy()
        dx[np.arange(len(self.t)), self.t] -= 1
        return dx * dout / len(self.t)

class SimpleCBOW:
    def __init__(self, vocab_size, hidden_size):
        V, H = vocab_size, hidden_size
        W_in = 0.01 * np.random.randn(V, H).astype('f')
        W_out = 0.01 * np.random.randn(H, V).astype('f')
        self.in_layer0 = MatMul(W_in)
        self.in_layer1 = MatMul(W_in)
        self.out_layer = MatMul(W_out)
        self.loss_layer = SoftmaxWithLoss()
        layers = [self.in_layer0, self.in_layer1, self.out_layer]
        self.params, self.grads = [], []
        for layer in layers:
            self.params += layer.params
            self.grads += layer.grads
        self.word_vecs = W_in
    def forward(self, contexts, target):
        h0 = self.in_layer0.forward(contexts[:, 0])
        h1 = self.in_layer1.forward(contexts[:, 1])
        h = (h0 + h1) * 0.5
        score = self.out_layer.forward(h)
        return self.loss_layer.forward(score, target)
    def backward(self, dout=1):
        ds = self.loss_layer.backward(dout)
        da = self.out_layer.backward(ds)
        da *= 0.5
        self.in_layer1.backward(da)
        self.in_layer0.backward(da)

def remove_duplicate(params, grads):
    params, grads = params[:], grads[:]
    while True:
        find_flg = False
        L = len(params)
        for i in range(0, L - 1):
            for j in range(i + 1, L):
                if params[i] is params[j]:
                    grads[i] += grads[j]
                    find_flg = True
                    params.pop(j)
                    grads.pop(j)
                if find_flg: break
            if find_flg: break
        if not find_flg: break
    return params, grads

np.random.seed(1)
corpus = np.array([0, 1, 2, 3, 4, 1, 5, 6])
V = 7
contexts = np.array([[corpus[i - 1], corpus[i + 1]] for i in range(1, len(corpus) - 1)])
target = corpus[1:-1]
eye = np.eye(V, dtype=np.int32)
c_oh, t_oh = eye[contexts], eye[target]
print(c_oh.shape, t_oh.shape, c_oh.dtype)
model = SimpleCBOW(V, 5)
lr = 1.0
for epoch in range(30):
    loss = model.forward(c_oh, t_oh)
    model.backward()
    params, grads = remove_duplicate(model.params, model.grads)
    for p, g in zip(params, grads):
        p -= lr * g
    if epoch % 10 == 0:
        print(f"epoch {epoch + 1} loss {loss:.4f}", len(params), loss.dtype)
print(model.word_vecs.dtype)
for i in range(V):
    print(i, np.round(model.word_vecs[i], 3))
