from itertools import product

rows, cols = 3, 3
gamma = 0.9
terminal = {(0, 2): 1.0, (1, 2): -1.0}
states = [s for s in product(range(rows), range(cols)) if s != (1, 1)]
actions = {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1)}
V = {s: 0.0 for s in states}

def move(s, a):
    r, c = s[0] + actions[a][0], s[1] + actions[a][1]
    return (r, c) if (r, c) in V else s

for it in range(100):
    delta = 0.0
    newV = {}
    for s in states:
        if s in terminal:
            newV[s] = terminal[s]
            continue
        newV[s] = max(-0.04 + gamma * V[move(s, a)] for a in actions)
        delta = max(delta, abs(newV[s] - V[s]))
    V = newV
    if delta < 1e-10:
        print("converged after", it + 1, "sweeps")
        break
for r in range(rows):
    print(" ".join(f"{V[(r, c)]:7.4f}" if (r, c) in V else "   ####" for c in range(cols)))
policy = {s: max(actions, key=lambda a: V[move(s, a)]) for s in states if s not in terminal}
print(policy)
print(sorted(V.items(), key=lambda kv: kv[1], reverse=True)[:3])
