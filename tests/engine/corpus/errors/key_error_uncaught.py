params = {"W1": 1, "b1": 2}
print(params["W1"])
print(params["W2"])
