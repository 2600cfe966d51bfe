import numpy as np
names = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64']
for a in names:
    row = []
    for b in names:
        r = np.ones(2, dtype=a) + np.ones(2, dtype=b)
        row.append(str(r.dtype))
        assert np.promote_types(a, b) == r.dtype or a == b == 'bool'
    print(a, ' '.join(row))
for a in names[1:]:
    x = np.array([3], dtype=a)
    print(a, (x + 1).dtype, (x + 1.5).dtype, (x * True).dtype, (x / 2).dtype, (x // 2).dtype, np.sqrt(x).dtype, np.exp(x).dtype)
print(np.result_type(np.int8, np.uint8), np.result_type(np.int16, np.float16), np.result_type(np.uint32, np.int32))
