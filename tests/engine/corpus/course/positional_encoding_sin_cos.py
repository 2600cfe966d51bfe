import numpy as np

def positional_encoding(max_len, d_model):
    pe = np.zeros((max_len, d_model))
    pos = np.arange(max_len)[:, np.newaxis]
    div = np.exp(np.arange(0, d_model, 2) * -(np.log(10000.0) / d_model))
    pe[:, 0::2] = np.sin(pos * div)
    pe[:, 1::2] = np.cos(pos * div)
    return pe

def pe_loops(max_len, d):
    pe = np.zeros((max_len, d))
    for p in range(max_len):
        for i in range(0, d, 2):
            pe[p, i] = np.sin(p / (10000 ** (i / d)))
            pe[p, i + 1] = np.cos(p / (10000 ** (i / d)))
    return pe

pe = positional_encoding(10, 8)
np.set_printoptions(precision=4, suppress=True)
print(pe[:4])
print(np.allclose(pe, pe_loops(10, 8)))
print(np.abs(pe).max() <= 1.0)
sim = pe @ pe.T
print(sim[0, :5])
print(np.argmax(sim[5]))
x = np.random.default_rng(0).normal(size=(2, 10, 8))
print((x + pe).shape)
