import numpy as np

def make_gru(D, H, seed=0):
    rng = np.random.RandomState(seed)
    P = {k: rng.randn(D, H) * 0.3 for k in ("Wz", "Wr", "Wh")}
    P.update({k: rng.randn(H, H) * 0.3 for k in ("Uz", "Ur", "Uh")})
    sig = lambda v: 1 / (1 + np.exp(-v))

    def step(x, h):
        z = sig(x @ P["Wz"] + h @ P["Uz"])
        r = sig(x @ P["Wr"] + h @ P["Ur"])
        h_hat = np.tanh(x @ P["Wh"] + (r * h) @ P["Uh"])
        return (1 - z) * h + z * h_hat
    step.params = P
    return step

gru = make_gru(2, 3, seed=7)
print(sorted(gru.params))
print({k: v.shape for k, v in gru.params.items()})
h = np.zeros(3)
seq = [np.array([1.0, 0.0]), np.array([0.0, 1.0]), np.array([1.0, 1.0])]
for x in seq:
    h = gru(x, h)
print(h)
print(f"{h.sum()!r}")
print(repr(h.sum()))
print(str(h.sum()))
