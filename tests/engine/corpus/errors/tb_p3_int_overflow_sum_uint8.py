# corpus: traceback
import numpy as np

img = np.full((4, 4), 200, dtype=np.uint8)
print(img.sum(), img.sum().dtype)
print(img[0] + img[1])
print(np.uint8(200) + np.uint8(100))
total = np.int8(100) * np.int8(2)
print(total)
print(int(img.mean()) // 0)
