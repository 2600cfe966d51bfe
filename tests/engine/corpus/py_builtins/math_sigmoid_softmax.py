import math
def sigmoid(x):
    return 1 / (1 + math.exp(-x))
def softmax(xs):
    m = max(xs)
    e = [math.exp(x - m) for x in xs]
    s = sum(e)
    return [v / s for v in e]
print([sigmoid(x) for x in [-2, -1, 0, 1, 2]])
p = softmax([1.0, 2.0, 3.0])
print(p, sum(p))
print(-sum(t * math.log(q) for t, q in zip([0, 0, 1], p)))
