# float16/float32 print the fewest digits that read back (Dragon4): a tie between two such decimals goes to the even
# digit (16.125 -> 16.12, 0.78125 -> 0.7812), and at a power of two the only one that reads back wins (0.01563)
import numpy as np
h = np.array([0.0078125, 0.15625, 0.28125, 0.78125, 2.0625, 7.8125, 16.125, 16.625, 63.625, 128.25, 243.25, 399.25,
              0.015625, 0.03125, 0.0625, 1024.5, 2049.0, 65504.0, 0.3125, 5.96e-08], np.float16)
for v in h:
    print(v, repr(v), str(-v))
print(h)
print(h.reshape(4, 5) * 3)
f = np.array([457612.62, 16777217.0, 2.0**-20, 0.1, 1.0e-45, 3.4028235e38, 1048576.1, 0.33333334], np.float32)
for v in f:
    print(v, repr(v))
print(f)
print(np.float16(0.78125) * np.float16(2), np.float32(1.5) / np.float32(7))
