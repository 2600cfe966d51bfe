import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

class LSTM:
    def __init__(self, Wx, Wh, b):
        self.params = [Wx, Wh, b]
        self.grads = [np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)]
        self.cache = None
    def forward(self, x, h_prev, c_prev):
        Wx, Wh, b = self.params
        N, H = h_prev.shape
        A = np.dot(x, Wx) + np.dot(h_prev, Wh) + b
        f = A[:, :H]
        g = A[:, H:2*H]
        i = A[:, 2*H:3*H]
        o = A[:, 3*H:]
        f = sigmoid(f)
        g = np.tanh(g)
        i = sigmoid(i)
        o = sigmoid(o)
        c_next = f * c_prev + g * i
        h_next = o * np.tanh(c_next)
        self.cache = (x, h_prev, c_prev, i, f, g, o, c_next)
        return h_next, c_next
    def backward(self, dh_next, dc_next):
        Wx, Wh, b = self.params
        x, h_prev, c_prev, i, f, g, o, c_next = self.cache
        tanh_c_next = np.tanh(c_next)
        ds = dc_next + (dh_next * o) * (1 - tanh_c_next ** 2)
        dc_prev = ds * f
        di = ds * g
        df = ds * c_prev
        do = dh_next * tanh_c_next
        dg = ds * i
        di *= i * (1 - i)
        df *= f * (1 - f)
        do *= o * (1 - o)
        dg *= (1 - g ** 2)
        dA = np.hstack((df, dg, di, do))
        dWh = np.dot(h_prev.T, dA)
        dWx = np.dot(x.T, dA)
        db = dA.sum(axis=0)
        self.grads[0][...] = dWx
        self.grads[1][...] = dWh
        self.grads[2][...] = db
        dx = np.dot(dA, Wx.T)
        dh_prev = np.dot(dA, Wh.T)
        return dx, dh_prev, dc_prev

np.random.seed(11)
D, H, N = 3, 2, 4
lstm = LSTM(np.random.randn(D, 4*H), np.random.randn(H, 4*H), np.random.randn(4*H))
x = np.random.randn(N, D)
h = np.zeros((N, H))
c = np.zeros((N, H))
for t in range(3):
    h, c = lstm.forward(x * (t + 1), h, c)
    print(f"t={t}", np.array2string(h, precision=5, separator=', '))
dx, dh, dc = lstm.backward(np.ones((N, H)), np.zeros((N, H)))
print(dx.shape, dh.shape, dc.shape)
print(np.round(lstm.grads[2], 6))

# numerical check of dWx[0,0]
def loss_fn():
    hh, cc = lstm.forward(x, np.ones((N, H)) * 0.1, np.ones((N, H)) * 0.2)
    return hh.sum()
loss_fn()
lstm.backward(np.ones((N, H)), np.zeros((N, H)))
analytic = lstm.grads[0][0, 0]
eps = 1e-5
Wx = lstm.params[0]
old = Wx[0, 0]
Wx[0, 0] = old + eps; lp = loss_fn()
Wx[0, 0] = old - eps; lm = loss_fn()
Wx[0, 0] = old
num = (lp - lm) / (2 * eps)
print("rel err small:", abs(num - analytic) / max(abs(num), abs(analytic)) < 1e-6)
print(f"{analytic:.6f} {num:.6f}")
