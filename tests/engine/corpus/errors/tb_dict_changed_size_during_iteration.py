# corpus: traceback
grads = {"W1": 1.0, "b1": 0.0, "W2": 2.0}
for k in grads:
    if grads[k] == 0.0:
        del grads[k]
print(grads)
