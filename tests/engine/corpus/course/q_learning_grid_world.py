import random
import numpy as np

random.seed(0)
np.random.seed(0)
ROWS, COLS = 3, 4
GOAL, PIT = (0, 3), (1, 3)
WALL = {(1, 1)}
ACTIONS = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
names = list(ACTIONS)

def step(state, a):
    dr, dc = ACTIONS[a]
    r, c = state[0] + dr, state[1] + dc
    if not (0 <= r < ROWS and 0 <= c < COLS) or (r, c) in WALL:
        r, c = state
    if (r, c) == GOAL:
        return (r, c), 1.0, True
    if (r, c) == PIT:
        return (r, c), -1.0, True
    return (r, c), -0.04, False

Q = {}
def q(s):
    return Q.setdefault(s, np.zeros(len(names)))

alpha, gamma, eps = 0.5, 0.9, 0.2
for episode in range(300):
    s = (2, 0)
    for t in range(50):
        if random.random() < eps:
            a = random.randrange(len(names))
        else:
            a = int(np.argmax(q(s)))
        s2, r, done = step(s, names[a])
        target = r if done else r + gamma * np.max(q(s2))
        q(s)[a] += alpha * (target - q(s)[a])
        s = s2
        if done:
            break
print(len(Q), "states visited")
for r in range(ROWS):
    row = ""
    for c in range(COLS):
        if (r, c) in WALL:
            row += " # "
        elif (r, c) in (GOAL, PIT):
            row += " G " if (r, c) == GOAL else " P "
        else:
            row += f" {names[int(np.argmax(q((r, c))))]} "
    print(row)
print(np.round(q((2, 0)), 3))
print(f"V(start) = {np.max(q((2, 0))):.4f}")
print(np.argmax(np.zeros(4)), np.argmax([0.0, 1.0, 1.0]), np.flatnonzero(np.array([1, 3, 3]) == 3))
