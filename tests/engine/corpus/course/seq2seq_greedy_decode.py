# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
# Encoder/decoder forward with greedy argmax generation (untrained weights)
import numpy as np
from common.time_layers import TimeEmbedding, TimeLSTM, TimeAffine

np.random.seed(8)
V, D, H = 7, 4, 6
def rnd(*s):
    return (np.random.randn(*s) * 0.5).astype("f")
enc_embed = TimeEmbedding(rnd(V, D))
enc_lstm = TimeLSTM(rnd(D, 4 * H), rnd(H, 4 * H), np.zeros(4 * H, dtype="f"))
dec_embed = TimeEmbedding(rnd(V, D))
dec_lstm = TimeLSTM(rnd(D, 4 * H), rnd(H, 4 * H), np.zeros(4 * H, dtype="f"), stateful=True)
dec_affine = TimeAffine(rnd(H, V), np.zeros(V, dtype="f"))

xs = np.array([[1, 2, 3, 4]])
hs = enc_lstm.forward(enc_embed.forward(xs))
h = hs[:, -1, :]
print(h)
dec_lstm.set_state(h)
sampled = []
word = 0
for _ in range(6):
    x = np.array(word).reshape(1, 1)
    out = dec_embed.forward(x)
    out = dec_lstm.forward(out)
    score = dec_affine.forward(out)
    word = int(np.argmax(score.flatten()))
    sampled.append(word)
print(sampled)
print(score)
