import numpy as np
a8 = np.array([1, 2, 3], np.int8)
for val in [[200, -3], [1.7, -2.2], (5, 6), [np.nan, 1]]:
    try:
        a8[[0, 1]] = val
        print(a8)
    except Exception as e:
        print(type(e).__name__, e)
u = np.zeros((2, 2), np.uint16)
u[0] = [1, 65535]
print(u)
try:
    u[1] = [1, 65536]
except Exception as e:
    print(type(e).__name__, e)
u[1, :] = np.array([1, 65536])
print(u)
i32 = np.zeros(2, np.int32); i32[:] = [2**31 - 1, -2**31]; print(i32)
