# Book 2 chapter 5's SimpleRnnlm (the corpus's course modules: tests/engine/corpus/_modules) trained with a
# truncated-BPTT custom loop at the chapter's sizes (batch 10, wordvec 100, hidden 100, time 5) on a small synthetic
# corpus of 1000 words. float32, as the book. Deterministic; prints a checksum.
import numpy as np
from ch05.simple_rnnlm import SimpleRnnlm

np.random.seed(2)
vocab_size = 418
# a small corpus with structure: a random walk over the vocabulary with frequent short steps
steps = np.random.randint(-3, 4, size=1000)
corpus = np.cumsum(steps) % vocab_size
batch_size, wordvec_size, hidden_size, time_size, lr = 10, 100, 100, 5, 0.1
xs = corpus[:-1]
ts = corpus[1:]
data_size = len(xs)
model = SimpleRnnlm(vocab_size, wordvec_size, hidden_size)
jump = (len(corpus) - 1) // batch_size
offsets = [i * jump for i in range(batch_size)]
time_idx = 0
total_loss, loss_count, ppls = 0, 0, []
for it in range(ITERS):
    batch_x = np.empty((batch_size, time_size), dtype='i')
    batch_t = np.empty((batch_size, time_size), dtype='i')
    for t in range(time_size):
        for i, offset in enumerate(offsets):
            batch_x[i, t] = xs[(offset + time_idx) % data_size]
            batch_t[i, t] = ts[(offset + time_idx) % data_size]
        time_idx += 1
    loss = model.forward(batch_x, batch_t)
    model.backward()
    for p, g in zip(model.params, model.grads):
        p -= lr * g
    total_loss += loss
    loss_count += 1
    if (it + 1) % 19 == 0:
        ppls.append(np.exp(total_loss / loss_count))
        total_loss, loss_count = 0, 0
print("perplexity", ppls[0], ppls[-1])
print("checksum", sum(float(np.sum(p)) for p in model.params))
