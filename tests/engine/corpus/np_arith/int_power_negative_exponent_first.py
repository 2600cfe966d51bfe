import numpy as np

# NumPy raises for a negative integer exponent whatever the other elements give (here results past 2**53)
base = np.array([117, 118, 119, 120], dtype=np.int64)
for exps in [np.array([127, 126, -1, 2], dtype=np.int8), np.array([-3, 40, 50, 2]), np.array([[2, 3], [-1, 4]])]:
    for b in [base[: exps.shape[-1]], 2, np.int32(7)]:
        try:
            print(np.power(b, exps))
        except Exception as e:
            print(type(e).__name__, e)
v = np.array([3, 4], dtype=np.int64)
try:
    v **= np.array([60, -2])
    print(v)
except Exception as e:
    print(type(e).__name__, e)
print(np.power(2.0, np.array([-1, 2])), np.power(np.array([2.5, 2]), np.array([-1, -2])), np.power(3, np.array([2, 3], dtype=np.uint8)))
# operands that do not broadcast raise that error first
try:
    print(np.array([1, 2, 3, 4]) ** np.array([-2, -1, 0]))
except Exception as e:
    print(type(e).__name__, e)
# an out= of another shape raises that error first (a 0-d array raised in place to a vector)
v3 = np.array(np.int64(20))
try:
    v3 **= np.array([2, -3, 1, 0])
    print(v3)
except Exception as e:
    print(type(e).__name__, e)
v4 = np.array([5, 6])
v4 **= np.array([3, 2])
print(v4)
# an out= the integer result cannot be cast to raises its casting error first
for dt in [np.uint8, np.int8, np.int32, np.int64, np.float32]:
    a = np.array([1, 2], dtype=dt)
    try:
        a **= np.array([-1, 2])
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(np.power(np.array([3, 4], dtype=dt), np.array([-1, 2], dtype=np.int8)))
    except Exception as e:
        print(type(e).__name__, e)
