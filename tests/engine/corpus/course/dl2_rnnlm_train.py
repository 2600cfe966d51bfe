# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
# Small RNN language model (TimeEmbedding -> TimeRNN -> TimeAffine -> TimeSoftmaxWithLoss)
import numpy as np
from ch05.simple_rnnlm import SimpleRnnlm
from common.optimizer import SGD
from common.util import preprocess

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
