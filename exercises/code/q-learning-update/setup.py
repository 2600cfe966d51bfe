# Seeded Q table and transitions for the Q-learning exercise. SEED is set by the grader for each test.
import numpy as np

rng = np.random.RandomState(SEED)
n_states, n_actions = [(5, 3), (4, 2), (6, 4)][SEED % 3]      # never square
alpha, gamma = [(0.1, 0.9), (0.5, 0.8), (0.3, 0.95)][SEED % 3]
Q = rng.uniform(-1.0, 2.0, (n_states, n_actions))              # no zero initial values
# transitions (s, a, r, s_next, done); the last one of each 4 ends the episode
transitions = []
for k in range(12):
    s = int(rng.randint(n_states))
    a = int(rng.randint(n_actions))
    r = float(rng.choice([-1.0, 0.5, 2.0]))
    s_next = int((s + 1 + rng.randint(n_states - 1)) % n_states)   # never s itself
    transitions.append((s, a, r, s_next, k % 4 == 3))
