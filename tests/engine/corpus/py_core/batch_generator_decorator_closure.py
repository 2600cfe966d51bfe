import numpy as np
import time
import functools

def batch_iter(x, t, batch_size, shuffle=False):
    idx = np.arange(len(x))
    if shuffle:
        np.random.shuffle(idx)
    for start in range(0, len(x), batch_size):
        sel = idx[start:start + batch_size]
        yield x[sel], t[sel]

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def forward(x, scale=1.0):
    """scaled sum"""
    return (x * scale).sum()

def make_lr_schedule(base, decay):
    def lr_at(epoch):
        return base * decay ** epoch
    return lr_at

np.random.seed(5)
x = np.arange(10).reshape(5, 2)
t = np.arange(5)
for xb, tb in batch_iter(x, t, 2):
    print(xb.tolist(), tb, forward(xb, scale=0.5))
print([tb.tolist() for _, tb in batch_iter(x, t, 2, shuffle=True)])
print(forward.calls, forward.__name__, forward.__doc__)
sched = make_lr_schedule(0.1, 0.5)
print([sched(e) for e in range(4)])
gen = batch_iter(x, t, 4)
print(next(gen)[1], next(gen)[1])
try:
    next(gen)
except StopIteration:
    print("exhausted")
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
start = time.time()
elapsed = time.time() - start
print(elapsed >= 0, type(elapsed).__name__)
squares = (i * i for i in range(5))
print(sum(squares), sum(squares))
def gen_with_return():
    yield 1
    return "done"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
