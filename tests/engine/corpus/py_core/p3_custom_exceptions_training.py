import numpy as np

class TrainingError(Exception):
    pass

class DivergedError(TrainingError):
    def __init__(self, step, loss):
        super().__init__(f"loss diverged at step {step}: {loss}")
        self.step, self.loss = step, loss

def train(lr):
    w = 1.0
    for step in range(50):
        loss = w ** 2
        if not np.isfinite(loss) or loss > 1e6:
            raise DivergedError(step, loss)
        w -= lr * 2 * w
    return w

for lr in (0.1, 1.5):
    try:
        print(lr, train(lr))
    except DivergedError as e:
        print(type(e).__name__, e, e.step, isinstance(e, TrainingError))
    finally:
        print("done", lr)
try:
    try:
        train(3.0)
    except TrainingError as e:
        raise RuntimeError("retry failed") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
errs = []
for x in [1, 0, "a", None]:
    try:
        errs.append(10 / x)
    except (ZeroDivisionError, TypeError) as e:
        errs.append(type(e).__name__)
print(errs)
print(repr(DivergedError(1, 2.5)), str(TrainingError()), TrainingError("a", 1).args)
