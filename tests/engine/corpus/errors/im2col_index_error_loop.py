import numpy as np

x = np.arange(16).reshape(1, 1, 4, 4)
fh = fw = 3
stride = 2
out_h = (4 - fh) // stride + 1
print("out_h", out_h)
rows = []
try:
    for i in range(3):
        for j in range(3):
            patch = x[0, 0, i * stride:i * stride + fh, j * stride:j * stride + fw]
            rows.append(patch.reshape(-1))
except ValueError as e:
    print("ValueError:", e, "at", i, j)
print(len(rows))
col = np.zeros((out_h * out_h, fh * fw))
try:
    for n in range(out_h * out_h + 1):
        col[n] = rows[n]
except IndexError as e:
    print("IndexError:", e)
try:
    x[0, 0, 4, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    x[0, 1]
except IndexError as e:
    print("IndexError:", e)
print(x[0, 0, 2:10, 3:])
