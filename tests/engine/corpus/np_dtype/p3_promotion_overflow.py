import numpy as np

i32 = np.array([2_000_000_000], dtype=np.int32)
print(i32 + i32, (i32 + i32).dtype)
print(i32 * 2, i32.astype(np.int64) * 2)
print(np.int32(2_000_000_000) + np.int32(2_000_000_000))
print(np.array([127], dtype=np.int8) + 1, np.array([255], dtype=np.uint8) + 1)
print(np.array([1], dtype=np.uint8) - 2)
print((np.array([1, 2], dtype=np.int32) + 1.5).dtype, (np.array([1], dtype=np.int32) + np.int64(1)).dtype)
print((np.array([1], dtype=np.int8) + 300).dtype if False else "skip")
try:
    print(np.array([1], dtype=np.int8) + 300)
except OverflowError as e:
    print("OverflowError:", e)
print((np.array([True, False]) + np.array([True, True])), (np.array([True]) + 1).dtype)
print(np.array([True, False]).sum(), np.array([True, True]).mean(), (np.array([True]) * 2.5).dtype)
print((np.array([1], dtype=np.float32) + 1.0).dtype, (np.array([1], dtype=np.float32) + np.float64(1)).dtype)
print((np.array([1], dtype=np.float32) + np.array([1.0])).dtype)
print((np.array([1], dtype=np.int64) / 2).dtype, (np.array([3]) // 2).dtype, np.array([7]) // -2, np.array([7]) % -2)
print(np.array([1, 2, 3], dtype=np.uint8) * np.array([100], dtype=np.uint8))
print(np.array([-7, 7]) // 2, np.array([-7.0, 7.0]) // 2, np.array([-7, 7]) % 3, np.fmod(np.array([-7, 7]), 3))
print(np.array([1, 2]) ** -1 if False else np.array([1.0, 2.0]) ** -1)
try:
    np.array([1, 2]) ** -1
except ValueError as e:
    print("ValueError:", e)
print(np.array([2]) ** 62, np.array([2]) ** 63, np.array([2]) ** 64)
print(np.array([10], dtype=np.int32) ** 10)
print(np.iinfo(np.int32).max, np.iinfo(np.int8), np.finfo(np.float32).eps)
print(np.int32(5).dtype, (np.int32(5) * 2).dtype, type(np.int32(5) * 2.0).__name__)
print(np.array([3.9, -3.9]).astype(int), np.array([300, -1]).astype(np.uint8), np.array([1e10]).astype(np.int32))
print(np.result_type(np.int8, np.uint8), np.result_type(np.int32, np.float32), np.promote_types("i4", "f4"))
print(np.can_cast(np.int64, np.float64), np.can_cast(np.float64, np.int64))
a = np.zeros(3, dtype=int)
a[0] = 2.9
a[1] = True
print(a)
try:
    a += 0.5
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    a[2] = np.nan
except Exception as e:
    print(type(e).__name__ + ":", e)
