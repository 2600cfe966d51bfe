import numpy as np
from common.time_layers import TimeEmbedding
from common.layers import Embedding

W = np.arange(21, dtype="f").reshape(7, 3)
emb = Embedding(W)
print(emb.forward(np.array([0, 2, 0, 4])))
emb.backward(np.ones((4, 3)))
print(emb.grads[0])

te = TimeEmbedding(W)
xs = np.array([[0, 3, 2], [6, 3, 3]])
out = te.forward(xs)
print(out.shape, out.dtype)
print(out)
te.backward(np.ones((2, 3, 3), dtype="f"))
print(te.grads[0])
