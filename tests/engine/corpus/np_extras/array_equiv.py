import numpy as np

print(np.array_equiv([1, 2], [1, 2]), np.array_equiv([1, 2], [1, 3]))
print(np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.array_equiv([1, 2], [[1, 2], [1, 3]]))
print(np.array_equiv([1, 2], [1, 2, 3]), np.array_equiv(1, [1, 1]), np.array_equiv(1, [1, 2]))
print(np.array_equiv([np.nan], [np.nan]), np.array_equiv([], []), np.array_equiv([], [1]), np.array_equiv(np.zeros((0, 3)), [1, 2, 3]))
print(np.array_equiv(np.arange(3, dtype=np.int8), np.arange(3.0)), np.array_equiv([True, False], [1, 0]))
print(np.array_equiv(np.float32(0.1), 0.1), np.array_equiv(np.float32(0.5), 0.5), np.array_equiv(a1=[1], a2=[1]))
print(np.array_equiv([[1], [2]], [[1, 1], [2, 2]]))
print(type(np.array_equiv([1], [1])))
