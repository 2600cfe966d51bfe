import numpy as np

def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)

rng = np.random.RandomState(8)
N, T_enc, T_dec, H, V = 2, 4, 3, 3, 6
enc_hs = rng.randn(N, T_enc, H)
dec_h = enc_hs[:, -1]
W_out = rng.randn(2 * H, V) * 0.5
E = rng.randn(V, H) * 0.5
tok = np.zeros(N, dtype=int)
outputs, attn_maps = [], []
for t in range(T_dec):
    dec_h = np.tanh(E[tok] + dec_h)
    s = np.einsum("nth,nh->nt", enc_hs, dec_h)
    a = softmax(s)
    ctx = (a[:, :, None] * enc_hs).sum(axis=1)
    logits = np.concatenate([ctx, dec_h], axis=1) @ W_out
    tok = logits.argmax(axis=1)
    outputs.append(tok)
    attn_maps.append(a)
out = np.stack(outputs, axis=1)
print(out)
A = np.stack(attn_maps, axis=1)
print(A.shape)
np.set_printoptions(precision=3, suppress=True)
print(A[0])
print(A.sum(axis=-1))
print(A.argmax(axis=-1))
