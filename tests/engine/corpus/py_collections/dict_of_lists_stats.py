history = {"loss": [], "acc": []}
for i in range(5):
    history["loss"].append(1.0 / (i + 1))
    history["acc"].append(0.5 + 0.1 * i)
print(history)
print({k: round(sum(v) / len(v), 4) for k, v in history.items()})
print({k: (min(v), max(v)) for k, v in history.items()})
print(list(zip(history["loss"], history["acc"]))[-2:])
