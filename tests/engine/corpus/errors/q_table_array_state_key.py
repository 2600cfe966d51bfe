import numpy as np

Q = {}
state = np.array([0, 1])
try:
    Q[state] = np.zeros(4)
except TypeError as e:
    print("TypeError:", e)
Q[tuple(state)] = np.zeros(4)
Q[tuple(state.tolist())][2] += 1.0
print(Q)
print(list(Q)[0], type(list(Q)[0][0]).__name__)
try:
    print(Q[(1, 1)])
except KeyError as e:
    print("KeyError:", e)
print(Q.get((1, 1), np.zeros(4)))
s = np.int64(3)
d = {s: "x", 3: "y"}
print(d, len(d))
try:
    {[0, 1]: 1}
except TypeError as e:
    print("TypeError:", e)
best = max(Q, key=lambda k: Q[k].max())
print(best)
if np.array([1.0]) > 0:
    print("single-element truth is fine")
try:
    if Q[best] > 0:
        pass
except ValueError as e:
    print("ValueError:", e)
