# corpus: traceback
params = {"layer1": {"W": [1, 2, 3]}, "layer2": {"W": [4]}}
print(params["layer1"]["W"][2])
print(params["layer2"]["W"][1] + params["layer1"]["W"][0])
