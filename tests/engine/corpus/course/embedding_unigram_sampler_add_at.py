import numpy as np
import collections

class Embedding:
    def __init__(self, W):
        self.params = [W]
        self.grads = [np.zeros_like(W)]
        self.idx = None
    def forward(self, idx):
        W, = self.params
        self.idx = idx
        return W[idx]
    def backward(self, dout):
        dW, = self.grads
        dW[...] = 0
        np.add.at(dW, self.idx, dout)
        return None

class UnigramSampler:
    def __init__(self, corpus, power, sample_size):
        self.sample_size = sample_size
        counts = collections.Counter()
        for word_id in corpus:
            counts[word_id] += 1
        vocab_size = len(counts)
        self.vocab_size = vocab_size
        self.word_p = np.zeros(vocab_size)
        for i in range(vocab_size):
            self.word_p[i] = counts[i]
        self.word_p = np.power(self.word_p, power)
        self.word_p /= np.sum(self.word_p)
    def get_negative_sample(self, target):
        batch_size = target.shape[0]
        negative_sample = np.zeros((batch_size, self.sample_size), dtype=np.int32)
        for i in range(batch_size):
            p = self.word_p.copy()
            target_idx = target[i]
            p[target_idx] = 0
            p /= p.sum()
            negative_sample[i, :] = np.random.choice(self.vocab_size, size=self.sample_size, replace=False, p=p)
        return negative_sample

corpus = np.array([0, 1, 2, 3, 4, 1, 2, 3, 5, 6, 1, 0])
np.random.seed(0)
sampler = UnigramSampler(corpus, 0.75, 2)
print(np.round(sampler.word_p, 5))
target = np.array([1, 3, 0])
print(sampler.get_negative_sample(target))
emb = Embedding(np.arange(21, dtype=float).reshape(7, 3))
out = emb.forward(np.array([0, 2, 0, 5]))
print(out)
emb.backward(np.ones_like(out))
print(emb.grads[0])
h = out[:3]
target_W = emb.forward(target)
score = np.sum(target_W * h, axis=1)
print(score, 1 / (1 + np.exp(-score / 100)))
print(np.random.choice(["you", "say", "hello"], size=4, p=[0.5, 0.3, 0.2]))
