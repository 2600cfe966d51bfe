data = {"layers": [{"name": "fc1", "shape": (784, 100)}, {"name": "fc2", "shape": (100, 10)}], "lr": 0.01, "tags": {"mlp"}}
print(data)
total = sum(a * b for l in data["layers"] for a, b in [l["shape"]])
print(total)
data["layers"].append({"name": "out", "shape": (10, 1)})
print([l["name"] for l in data["layers"]], data["layers"][-1]["shape"][0])
cfg = {k: v for k, v in data.items() if k != "layers"}
print(cfg)
matrix = [[(i, j) for j in range(2)] for i in range(2)]
print(matrix)
