# corpus: traceback
import numpy as np

Q = {(r, c): np.zeros(4) for r in range(2) for c in range(2)}
def greedy(state):
    return int(np.argmax(Q[state]))
print(greedy((0, 1)))
moves = {0: (-1, 0), 1: (1, 0), 2: (0, -1), 3: (0, 1)}
s = (1, 1)
a = 3
nxt = (s[0] + moves[a][0], s[1] + moves[a][1])
print(nxt, greedy(nxt))
