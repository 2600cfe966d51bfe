import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def gru_forward(x, h, P):
    z = sigmoid(x @ P["Wz"] + h @ P["Uz"])
    r = sigmoid(x @ P["Wr"] + h @ P["Ur"])
    hh = np.tanh(x @ P["Wh"] + (r * h) @ P["Uh"])
    return (1 - z) * h + z * hh

rng = np.random.default_rng(2024)
D, H = 3, 2
P = {k: rng.standard_normal((D if k[0] == "W" else H, H)) * 0.5 for k in ["Wz", "Wr", "Wh", "Uz", "Ur", "Uh"]}
x = rng.standard_normal((1, D))
h0 = rng.standard_normal((1, H))
loss = lambda: np.sum(gru_forward(x, h0, P) ** 2)
print(f"loss={loss():.10f}")
eps = 1e-5
for name in sorted(P):
    g = np.zeros_like(P[name])
    it = np.nditer(P[name], flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        i = it.multi_index
        old = P[name][i]
        P[name][i] = old + eps
        lp = loss()
        P[name][i] = old - eps
        lm = loss()
        P[name][i] = old
        g[i] = (lp - lm) / (2 * eps)
        it.iternext()
    print(f"{name}: {np.array2string(g, precision=5, suppress_small=True)}")
