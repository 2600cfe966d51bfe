import numpy as np
names = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float16', 'float32', 'float64']
src = np.array([0, 1, 2.5, -1.5, 127, 128, 255, 256, 300.7, 1000, 40000, 65504, 70000, 1e6])
for a in names:
    x = src.astype(a)
    for b in names:
        print(a, '->', b, x.astype(b))
