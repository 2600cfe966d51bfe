import copy
import numpy as np

params = {"W1": np.ones((2, 2)), "b1": np.zeros(2)}
try:
    import pickle
    with open("params.pkl", "wb") as f:
        pickle.dump(params, f)
    print("saved")
except ImportError as e:
    print(type(e).__name__, e, e.name)
snap = copy.deepcopy(params)
params["W1"] += 1
print(snap["W1"], params["W1"], sep="\n")
shallow = dict(params)
shallow["W1"] *= 2
print(params["W1"][0, 0])
shallow = copy.copy(params)
shallow["b1"] = shallow["b1"] + 5
print(params["b1"], shallow["b1"])
import pickle
