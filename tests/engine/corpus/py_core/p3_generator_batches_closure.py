import numpy as np

def batch_iter(X, y, batch_size, shuffle=True, seed=0):
    idx = np.arange(len(X))
    if shuffle:
        np.random.default_rng(seed).shuffle(idx)
    for start in range(0, len(X), batch_size):
        sel = idx[start:start + batch_size]
        yield X[sel], y[sel]

X = np.arange(20).reshape(10, 2)
y = np.arange(10) % 3
for i, (xb, yb) in enumerate(batch_iter(X, y, 4)):
    print(i, xb.shape, yb, xb[:, 0])
gen = batch_iter(X, y, 3, shuffle=False)
print(type(gen).__name__, next(gen)[1], len(list(gen)))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(5), c())
fs = [lambda v: v * i for i in range(3)]
print([f(10) for f in fs])
fs = [lambda v, i=i: v * i for i in range(3)]
print([f(10) for f in fs])

def lr_schedule(base):
    epoch = 0
    while True:
        yield base * 0.5 ** (epoch // 2)
        epoch += 1

sched = lr_schedule(0.1)
print([round(next(sched), 5) for _ in range(6)])
sq = (v * v for v in range(4))
print(sum(sq), sum(sq))
def echo():
    got = yield "ready"
    while True:
        got = yield f"got {got}"
e = echo()
print(next(e), e.send(1), e.send("x"))
e.close()
try:
    next(e)
except StopIteration:
    print("closed")
