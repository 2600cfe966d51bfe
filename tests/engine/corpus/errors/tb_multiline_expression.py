# corpus: traceback
grads = {"W1": 0.1}
total = (grads["W1"] +
         grads["b1"])
