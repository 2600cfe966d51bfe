import numpy as np
a = np.array(['b', 'a', 'cc'])
print(repr(a[0]), a[0], type(a[0]), type(a[0]).__name__, isinstance(a[0], str), isinstance(a[0], np.str_))
print(repr(np.str_('a')), str(np.str_('a')), np.str_('xy').upper(), repr(np.str_(5)))
for s in a:
    print(s, repr(s), s.upper(), len(s), s + '!', '!' + s, s * 2, f"<{s:>3}>", s in 'abc', s.startswith('c'))
print(a.tolist(), list(a), 'a' in a, 'z' in a, len(a), a[-1], a[0] == 'b', a[0] != 'b', a[0] < a[1])
print('-'.join(a), '%s.' % a[0], '{}?'.format(a[1]), sorted(a), max(a), max(a, key=len))
d = {w: i for i, w in enumerate(a)}
print(d, d['cc'], {'b': 1}[a[0]], hash(a[0]) == hash('b'), set(a) == {'a', 'b', 'cc'})
print(int(np.array(['7'])[0]), float(np.array(['1.5'])[0]), bool(np.str_('')), bool(a[0]))
b = np.array(['ab', 'cd'])
b[0] = 'xyz'
b[1] = 5
print(b, repr(b))
c = np.array(['a', 'b', 'c'])
c[1:] = 'long'
c[[0]] = ['Q']
print(c)
c[c == 'l'] = 'm'
print(c, repr(c.item(0)), c.tolist()[0], type(c.tolist()[0]).__name__)
e = np.zeros(3, dtype='U2')
e[:] = ['abc', 'd', 'ef']
e.fill('k')
print(repr(e))
n = np.array([1, 2])
n[0] = '7'
print(n)
