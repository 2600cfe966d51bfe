import numpy as np

def build(spec):
    match spec:
        case {"type": "dense", "units": int(u)}:
            return f"Dense({u})"
        case {"type": "dropout", "rate": float(r)} if 0 <= r < 1:
            return f"Dropout({r})"
        case {"type": "rnn", **rest}:
            return f"RNN({rest})"
        case [first, *others]:
            return f"Seq[{build(first)} +{len(others)}]"
        case _:
            return "unknown"

specs = [{"type": "dense", "units": 8}, {"type": "dropout", "rate": 0.5}, {"type": "dropout", "rate": 1.5},
         {"type": "rnn", "hidden": 4, "bi": True}, [{"type": "dense", "units": 2}, {}], 42]
for s in specs:
    print(build(s))
data = np.array([3, 8, 1, 9, 4])
if (n := data.size) > 3:
    print(f"{n} items, max {(m := data.max())}, at {np.where(data == m)[0][0]}")
vals = [y for x in data if (y := x * 2) > 5]
print(vals)
while (chunk := data[:2]).size:
    print(chunk)
    data = data[2:]
