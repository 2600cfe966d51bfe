# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
# Small RNN language model (TimeEmbedding -> TimeRNN -> TimeAffine -> TimeSoftmaxWithLoss)
import numpy as np
from common.time_layers import TimeEmbedding, TimeRNN, TimeAffine, TimeSoftmaxWithLoss
from common.optimizer import SGD
from common.util import preprocess

class SimpleRnnlm:
    def __init__(self, vocab_size, wordvec_size, hidden_size):
        V, D, H = vocab_size, wordvec_size, hidden_size
        rn = np.random.randn
        embed_W = (rn(V, D) / 100).astype("f")
        rnn_Wx = (rn(D, H) / np.sqrt(D)).astype("f")
        rnn_Wh = (rn(H, H) / np.sqrt(H)).astype("f")
        rnn_b = np.zeros(H).astype("f")
        affine_W = (rn(H, V) / np.sqrt(H)).astype("f")
        affine_b = np.zeros(V).astype("f")
        self.layers = [
            TimeEmbedding(embed_W),
            TimeRNN(rnn_Wx, rnn_Wh, rnn_b, stateful=True),
            TimeAffine(affine_W, affine_b),
        ]
        self.loss_layer = TimeSoftmaxWithLoss()
        self.rnn_layer = self.layers[1]
        self.params, self.grads = [], []
        for layer in self.layers:
            self.params += layer.params
            self.grads += layer.grads

    def forward(self, xs, ts):
        for layer in self.layers:
            xs = layer.forward(xs)
        loss = self.loss_layer.forward(xs, ts)
        return loss

    def backward(self, dout=1):
        dout = self.loss_layer.backward(dout)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        return dout

    def reset_state(self):
        self.rnn_layer.reset_state()

np.random.seed(0)
text = "you say goodbye and i say hello. you say hello and i say goodbye."
corpus, word_to_id, id_to_word = preprocess(text)
print(corpus)
print(word_to_id)
vocab_size = int(max(corpus) + 1)
xs = corpus[:-1]
ts = corpus[1:]
data_size = len(xs)
batch_size, time_size = 2, 4
max_iters = data_size // (batch_size * time_size)
model = SimpleRnnlm(vocab_size, 5, 8)
optimizer = SGD(0.5)
jump = (data_size - 1) // batch_size
offsets = [i * jump for i in range(batch_size)]
time_idx = 0
for epoch in range(30):
    total_loss, loss_count = 0, 0
    for it in range(max_iters):
        batch_x = np.empty((batch_size, time_size), dtype="i")
        batch_t = np.empty((batch_size, time_size), dtype="i")
        for t in range(time_size):
            for i, offset in enumerate(offsets):
                batch_x[i, t] = xs[(offset + time_idx) % data_size]
                batch_t[i, t] = ts[(offset + time_idx) % data_size]
            time_idx += 1
        loss = model.forward(batch_x, batch_t)
        model.backward()
        optimizer.update(model.params, model.grads)
        total_loss += loss
        loss_count += 1
    ppl = np.exp(total_loss / loss_count)
    if epoch % 5 == 0 or epoch == 29:
        print("| epoch %d | perplexity %.6f" % (epoch + 1, ppl))
print(type(ppl).__name__)
