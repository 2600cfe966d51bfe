# corpus: traceback
def get_param(params, key):
    return params[key] * 2


params = {"W1": 1.0, "b1": 0.5}
print(get_param(params, "W1"))
print(get_param(params, "W2"))
