# Day 3 exercise: gradient clipping by norm
import numpy as np

def gradient_clipping(grad, threshold):
    norm = np.linalg.norm(grad)
    rate = threshold / norm
    if rate < 1:
        return grad * rate
    return grad

g = np.array([[3.0, 4.0], [0.0, 12.0]])
print(np.linalg.norm(g))
print(gradient_clipping(g, 5.0))
print(gradient_clipping(g, 100.0))
print(np.linalg.norm(gradient_clipping(g, 5.0)))

grad = np.array([0.5, -2.0, 1.5])
threshold = 1.0
norm = np.linalg.norm(grad)
rate = threshold / norm
if rate < 1:
    grad *= rate
print(norm, rate, grad, np.linalg.norm(grad))

def clip_grads(grads, max_norm):
    total_norm = 0
    for grad in grads:
        total_norm += np.sum(grad ** 2)
    total_norm = np.sqrt(total_norm)
    rate = max_norm / (total_norm + 1e-6)
    if rate < 1:
        for grad in grads:
            grad *= rate
    return total_norm

np.random.seed(0)
grads = [np.random.randn(3, 3) * 10, np.random.randn(3) * 10]
print(clip_grads(grads, 5.0))
print(grads[0])
print(grads[1])
print(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
