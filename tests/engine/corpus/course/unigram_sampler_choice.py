# Day 4: negative sampling: a unigram distribution ** 0.75 and np.random.choice(p=..., replace=False)
import numpy as np
import collections

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

np.random.seed(1)
corpus = np.array([0, 1, 2, 3, 4, 1, 2, 3, 5, 1, 2, 0])
sampler = UnigramSampler(corpus, 0.75, 2)
print(np.round(sampler.word_p, 6))
target = np.array([1, 3, 0])
print(sampler.get_negative_sample(target))
print(np.random.choice(6, size=8, p=sampler.word_p))
print(np.random.choice(['you', 'say', 'goodbye', 'I', 'hello', '.'], size=3))
print(np.random.choice(10, 4, replace=False))
print(np.random.choice([3.5, 1.0, 2.0]))
words = ['you', 'say', 'goodbye']
print(np.random.choice(words, p=[0.5, 0.2, 0.3]))
print(np.random.permutation(6), np.random.randint(0, 6, 4))
