# json: dumps formatting (indent, separators, sort_keys, ensure_ascii, key conversion, float reprs) and loads errors
import json
for s in ['', '[1,', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '[1] x', '"\\q"', '"a\nb"', '{"a":1,}', '[1,]', 'tru', '"\\u12"', '  ', '{"a":1 "b":2}', 'nan', '-', '01', '1.', '[-Infinity, NaN, 1e400, 1E5, -0, -0.0, 12345678901234567890123]', '\n\n  [1,\n  x]', '"\\ud83d\\ude00 \\u00e9"', '{"a": {"b": [true, false, null]}}']:
  try: print(repr(json.loads(s)))
  except json.JSONDecodeError as e: print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.dumps({'a': [1, 2.5, None, True], 'b': {'c': 'é\n\u2028'}, 1: 1e20, 2.5: float('nan'), None: -0.0, False: 1e-7}))
print(json.dumps({'z': 1, 'a': [1, {}, []]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent='\t'), json.dumps([1,2], separators=(',', ':')), json.dumps('é', ensure_ascii=False), json.dumps({'a':1}, indent=0))
for o in [{1, 2}, {(1,2): 3}, float('inf'), {'b': 1, 2: 3}]:
  try: print(json.dumps(o, allow_nan=False, sort_keys=True))
  except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True), json.dumps({1, 2}, default=sorted), json.dumps(1.0), json.dumps(0.1+0.2), json.dumps(100000000000000000000.0), json.dumps(1e16), json.dumps('\x00\x1f\x7f"\\'))
print(json.loads('{"a": 1, "a": 2, "b": [1.5e3]}', object_hook=lambda d: sorted(d.items())), json.loads('1.5', parse_float=str))
data = {"name": "net", "layers": [{"units": 64, "act": "relu"}, {"units": 10, "act": None}], "lr": 0.001, "ok": True}
s = json.dumps(data, indent=4); print(s); print(json.loads(s) == data)
from collections import OrderedDict, namedtuple
P = namedtuple('P', 'x y')
print(json.dumps(OrderedDict(b=1, a=2)), json.dumps(P(1, 2)), json.dumps((1, 'a')), json.dumps(10**30), json.dumps(True), json.dumps(None))
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
try:
    json.loads('{"x": }')
except ValueError as e:
    print('caught', e)
