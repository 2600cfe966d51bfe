import numpy as np

def softmax(x, axis=-1):
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)

np.random.seed(0)
N, T, H = 2, 4, 3
hs = np.random.randn(N, T, H)
h = np.random.randn(N, H)

# weight via broadcasting
hr = h.reshape(N, 1, H).repeat(T, axis=1)
s = (hs * hr).sum(axis=2)
a = softmax(s)
print(a.shape, np.round(a, 5))
s2 = np.einsum('nth,nh->nt', hs, h)
print(np.allclose(s, s2))
c = np.einsum('nt,nth->nh', a, hs)
c2 = (hs * a[:, :, np.newaxis]).sum(axis=1)
print(np.allclose(c, c2), c.shape)

# scaled dot-product attention with 3-D matmul
Q = np.random.randn(N, T, 8)
K = np.random.randn(N, T, 8)
V = np.random.randn(N, T, 5)
scores = Q @ K.transpose(0, 2, 1) / np.sqrt(8)
mask = np.triu(np.ones((T, T), dtype=bool), k=1)
scores = np.where(mask, -1e9, scores)
w = softmax(scores)
out = np.matmul(w, V)
print(out.shape, w[0].round(3))
print(np.einsum('ntd,nsd->nts', Q, K).shape)
print(np.einsum('ij->j', w[1]).round(4))
print(np.einsum('nii->n', w).round(4))
print(np.einsum('bij,bjk->bik', w, V).shape)
# multihead
heads = 2
X = np.random.randn(N, T, 6)
Xh = X.reshape(N, T, heads, 3).transpose(0, 2, 1, 3)
att = Xh @ Xh.swapaxes(-1, -2)
print(Xh.shape, att.shape, att.strides if False else att.ndim)
merged = (softmax(att) @ Xh).transpose(0, 2, 1, 3).reshape(N, T, -1)
print(merged.shape, merged[0, 0].round(4))
try:
    np.matmul(Q, V)
except ValueError as e:
    print(e)
