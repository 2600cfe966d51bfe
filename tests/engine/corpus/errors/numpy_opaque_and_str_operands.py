# None, a dict or a set next to a numeric array (a function that forgot its return): NumPy's object-loop errors
import numpy as np
a = np.ones(2)
try:
    print('None < a', None < a)
except Exception as e:
    print('None < a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('{} >= a', {} >= a)
except Exception as e:
    print('{} >= a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('None - a', None - a)
except Exception as e:
    print('None - a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"a" > a', "a" > a)
except Exception as e:
    print('"a" > a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"a" <= np.float64(1)', "a" <= np.float64(1))
except Exception as e:
    print('"a" <= np.float64(1)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.float64(1) < "a"', np.float64(1) < "a")
except Exception as e:
    print('np.float64(1) < "a"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.zeros(0) < None', np.zeros(0) < None)
except Exception as e:
    print('np.zeros(0) < None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('None & a', None & a)
except Exception as e:
    print('None & a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"a" - a', "a" - a)
except Exception as e:
    print('"a" - a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"a" * a', "a" * a)
except Exception as e:
    print('"a" * a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a < {}', a < {})
except Exception as e:
    print('a < {}', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a >= set()', a >= set())
except Exception as e:
    print('a >= set()', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a & None', a & None)
except Exception as e:
    print('a & None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a % None', a % None)
except Exception as e:
    print('a % None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a == {}', a == {})
except Exception as e:
    print('a == {}', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('None @ a', None @ a)
except Exception as e:
    print('None @ a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a @ None', a @ None)
except Exception as e:
    print('a @ None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a[0] ** None', a[0] ** None)
except Exception as e:
    print('a[0] ** None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.float32(1) < None', np.float32(1) < None)
except Exception as e:
    print('np.float32(1) < None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"x %s" % a', "x %s" % a)
except Exception as e:
    print('"x %s" % a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"x" % a', "x" % a)
except Exception as e:
    print('"x" % a', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a % "x"', a % "x")
except Exception as e:
    print('a % "x"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('a / "x"', a / "x")
except Exception as e:
    print('a / "x"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.arange(3) ** None', np.arange(3) ** None)
except Exception as e:
    print('np.arange(3) ** None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.array([True]) | None', np.array([True]) | None)
except Exception as e:
    print('np.array([True]) | None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.float64(2) @ None', np.float64(2) @ None)
except Exception as e:
    print('np.float64(2) @ None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.int64(3) - None', np.int64(3) - None)
except Exception as e:
    print('np.int64(3) - None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('None * np.int8(2)', None * np.int8(2))
except Exception as e:
    print('None * np.int8(2)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"ab" * np.int64(2)', "ab" * np.int64(2))
except Exception as e:
    print('"ab" * np.int64(2)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"ab" + np.float64(1)', "ab" + np.float64(1))
except Exception as e:
    print('"ab" + np.float64(1)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.float64(1) + "ab"', np.float64(1) + "ab")
except Exception as e:
    print('np.float64(1) + "ab"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"ab" + np.int64(1)', "ab" + np.int64(1))
except Exception as e:
    print('"ab" + np.int64(1)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"ab" + np.float32(1)', "ab" + np.float32(1))
except Exception as e:
    print('"ab" + np.float32(1)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"ab" < np.int64(1)', "ab" < np.int64(1))
except Exception as e:
    print('"ab" < np.int64(1)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.int64(1) + "ab"', np.int64(1) + "ab")
except Exception as e:
    print('np.int64(1) + "ab"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('np.float32(1) * "ab"', np.float32(1) * "ab")
except Exception as e:
    print('np.float32(1) * "ab"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    print('"ab" - np.float64(1)', "ab" - np.float64(1))
except Exception as e:
    print('"ab" - np.float64(1)', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a += None
    print('a += None', a)
except Exception as e:
    print('a += None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a -= {}
    print('a -= {}', a)
except Exception as e:
    print('a -= {}', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a += "x"
    print('a += "x"', a)
except Exception as e:
    print('a += "x"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a %= "x"
    print('a %= "x"', a)
except Exception as e:
    print('a %= "x"', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a **= None
    print('a **= None', a)
except Exception as e:
    print('a **= None', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a //= set()
    print('a //= set()', a)
except Exception as e:
    print('a //= set()', "|", type(e).__name__, e)
a = np.ones(2)
try:
    a @= None
    print('a @= None', a)
except Exception as e:
    print('a @= None', "|", type(e).__name__, e)
for f in [lambda: np.ones(3) < 'a', lambda: np.ones(3) + 'a', lambda: np.arange(3) < 'a', lambda: np.array([True]) < 'a', lambda: np.float64(1) < 'a',
          lambda: np.array(['a']) < 1, lambda: np.ones(3) < None, lambda: np.ones(3, dtype=np.float32) >= 'a', lambda: 'a' > np.ones(2),
          lambda: np.array(['a']) < np.ones(1), lambda: np.ones(2) < np.array(['a', 'b']), lambda: np.less(np.ones(2), 'a'), lambda: np.int32(1) > 'b']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(np.ones(2) == 'a', np.ones(2) != 'a')
def f(): pass
for g in [lambda: np.ones(3) + None, lambda: None + np.ones(3), lambda: np.arange(3) * f(), lambda: np.ones(2) < None, lambda: np.float64(1) + None,
          lambda: np.add(np.ones(3), 'a'), lambda: np.ones(3) - 'a', lambda: 'a' + np.ones(2), lambda: np.ones(2) * 'ab', lambda: np.int64(2) * 'ab', lambda: np.float64(1) + 'a',
          lambda: np.ones(2) @ None, lambda: np.ones(2) + {}]:
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
