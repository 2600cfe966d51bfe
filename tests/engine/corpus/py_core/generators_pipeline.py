# Generator pipelines as learners write them: batches, an infinite data stream cut by zip/islice/next, a
# generator-based training loop, and chained generator expressions.
import itertools

def batches(xs, n):
    for i in range(0, len(xs), n):
        print(f"  batch {i // n}")
        yield xs[i:i + n]

data = list(range(10))
for b in batches(data, 4):
    print(sum(b))

def stream():
    i = 0
    while True:
        yield i * 0.5
        i += 1

print(list(itertools.islice(stream(), 5)))
print([x for _, x in zip(range(3), stream())])
evens = (n for n in itertools.count() if n % 2 == 0)
print(next(evens), next(evens), next(evens))

def epochs(n):
    loss = 1.0
    for ep in range(n):
        loss *= 0.5
        lr = yield ep, loss
        if lr is not None:
            print("lr set to", lr)

tr = epochs(4)
print(next(tr))
print(tr.send(0.1))
for ep, loss in tr:
    print(ep, loss)

squares = (x * x for x in range(6))
odd = (s for s in squares if s % 2)
print(list(odd), list(odd))

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, 4]], [[5]], 6])))
g = (i for i in range(3))
print(type(g).__name__, repr(g).split(" at ")[0])
