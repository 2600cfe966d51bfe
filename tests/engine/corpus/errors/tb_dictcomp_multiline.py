# corpus: traceback
def train(steps):
    losses = {f"step{i}": 1.0 / (steps - i)
              for i in range(steps + 1)}
    return losses


print(train(3))
