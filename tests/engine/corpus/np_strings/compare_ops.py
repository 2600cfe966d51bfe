import numpy as np
a = np.array(['a', 'bc'])
b = np.array(['a', 'b'])
print(repr(a == b), repr(a != b), repr(a < b), repr(a >= 'b'), repr('b' > a), repr(a == 'a'), repr(a != 'a'))
print(repr(a == 1), repr(a != 1.5), repr(a == None), repr(np.array(['x']) == np.array(['x', 'y'])))
print(repr(a + b), repr(a + 'x'), repr('x' + a), repr(np.add(a, b)), repr(np.equal(a, b)), repr(np.less(a, 'b')))
print(repr(np.char.upper(a)), repr(np.char.lower(np.array(['AB', 'Cd']))), repr(np.char.add(a, '!')), repr(np.char.upper('ab')))
print(repr(np.strings.upper(a)), repr(np.char.add(['a'], ['b', 'c'])))
print(np.array_str(a), np.array_repr(a), np.array2string(a, separator=', '))
c = a.copy()
c += 'x'
c[0] += 'q'
print(repr(c))
tests = [
    lambda: a + 1,
    lambda: 1 + a,
    lambda: a + 1.5,
    lambda: a * 2,
    lambda: a - a,
    lambda: a / 2,
    lambda: a ** 2,
    lambda: -a,
    lambda: abs(a),
    lambda: np.sqrt(a),
    lambda: np.exp(a),
    lambda: a < 1,
    lambda: np.equal(a, 1),
    lambda: a.sum(),
    lambda: np.sum(a),
    lambda: np.mean(a),
    lambda: a.max(),
    lambda: np.min(a),
    lambda: np.cumsum(a),
    lambda: a.prod(),
    lambda: np.nansum(a),
    lambda: np.maximum(a, b),
    lambda: np.char.upper([1]),
    lambda: np.select([np.array([True, False])], ['x']),
    lambda: np.array([1, 2]).__iadd__('x'),
    lambda: c.__isub__(1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
