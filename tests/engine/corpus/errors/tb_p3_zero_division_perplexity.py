# corpus: traceback
import math

def perplexity(losses, counts):
    return math.exp(sum(losses) / counts)

print(perplexity([1.0, 2.0], 2))
print(perplexity([], 0))
