import heapq
import math
import numpy as np

vocab = ["<eos>", "a", "b", "c"]
np.random.seed(3)
logits_table = np.random.randn(4, 4)
def next_log_probs(last):
    z = logits_table[last]
    z = z - z.max()
    return z - np.log(np.sum(np.exp(z)))

def greedy(start, max_len=5):
    seq = [start]
    for _ in range(max_len):
        lp = next_log_probs(seq[-1])
        nxt = int(np.argmax(lp))
        seq.append(nxt)
        if nxt == 0:
            break
    return seq

def beam(start, width=2, max_len=4):
    beams = [(0.0, [start])]
    for _ in range(max_len):
        cand = []
        for score, seq in beams:
            if seq[-1] == 0 and len(seq) > 1:
                cand.append((score, seq))
                continue
            lp = next_log_probs(seq[-1])
            for tok in range(len(vocab)):
                cand.append((score + float(lp[tok]), seq + [tok]))
        beams = heapq.nlargest(width, cand, key=lambda c: c[0])
    return beams

print([vocab[i] for i in greedy(1)])
for score, seq in beam(1, width=3):
    print(f"{score:.4f}", " ".join(vocab[i] for i in seq))
h = []
for s, name in [(0.3, "x"), (-1.2, "y"), (0.9, "z"), (-0.1, "w")]:
    heapq.heappush(h, (-s, name))
print([heapq.heappop(h)[1] for _ in range(len(h))])
print(heapq.nsmallest(2, [5, 1, 4, 1, 3]), math.isclose(sum(np.exp(next_log_probs(2))), 1.0))
