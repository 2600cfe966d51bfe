import numpy as np
for t in [np.float64, np.float32, np.float16, np.int64, np.int32, np.int8, np.uint8, np.uint64, np.bool_]:
    for s in ['inf', '-Infinity', 'nan', '1_000.5', '0x10', ' 2.5 ', '', '12', '5.5', '1e3', '300', '-1', '1e40', ' 7 ', 'abc', '1__0', 'True']:
        try: print(t.__name__, repr(s), repr(t(s)))
        except Exception as e: print(t.__name__, repr(s), type(e).__name__, e)
print(repr(np.float64(np.str_('2.5'))), repr(np.float64(np.array(['3.5'])[0])))
try: np.float64(np.array(['x'])[0])
except Exception as e: print(type(e).__name__, e)
for f in [lambda: np.uint64('-1'), lambda: np.uint64('99999999999999999999999'), lambda: np.int64('99999999999999999999'), lambda: np.int64('-99999999999999999999'), lambda: np.array(['300']).astype(np.int8), lambda: np.array(['-1']).astype(np.uint64), lambda: np.array(['-1']).astype(np.uint8), lambda: np.array(['99999999999999999999999']).astype(np.uint64), lambda: np.uint32('-5'), lambda: np.int16('40000'), lambda: np.int64('10000000000000000000'), lambda: np.array(['10000000000000000000']).astype(np.int64), lambda: np.uint64('18446744073709551616'), lambda: np.array(['127', '-128']).astype(np.int8), lambda: np.array(['65535']).astype(np.uint16)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
