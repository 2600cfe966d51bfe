# corpus: traceback
def batches(n, size):
    for i in range(0, n, size):
        yield i, min(i + size, n)

it = batches(5, 2)
print(next(it), next(it), next(it))
print(next(it))
