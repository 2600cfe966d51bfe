# Day 4: multi-head attention: split heads with reshape/transpose, 4-D np.matmul, concat heads, np.einsum check
import numpy as np
np.random.seed(11)
B, T, D, H = 2, 3, 8, 2
dh = D // H
x = np.random.randn(B, T, D)
Wq = np.random.randn(D, D) * 0.1
Wk = np.random.randn(D, D) * 0.1
Wv = np.random.randn(D, D) * 0.1
def split_heads(t):
    return t.reshape(B, T, H, dh).transpose(0, 2, 1, 3)
q, k, v = split_heads(x @ Wq), split_heads(x @ Wk), split_heads(x @ Wv)
print(q.shape, k.shape, v.shape)
s = np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(dh)
print(s.shape)
s = s - s.max(axis=-1, keepdims=True)
a = np.exp(s); a /= a.sum(axis=-1, keepdims=True)
o = np.matmul(a, v)
print(o.shape)
concat = o.transpose(0, 2, 1, 3).reshape(B, T, D)
print(concat.shape, concat.flags['C_CONTIGUOUS'])
print(np.round(concat[0], 4))
print(np.round(a[1, 0], 4))
print(np.round(a.sum(axis=-1), 6))
e = np.einsum('bhqd,bhkd->bhqk', q, k) / np.sqrt(dh)
print(np.allclose(e, np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(dh)))
print(np.round(np.einsum('ij,ij->i', x[0], x[0]), 4))
print(np.einsum('ii', np.arange(9).reshape(3, 3)), np.einsum('ij->ji', np.arange(6).reshape(2, 3)))
