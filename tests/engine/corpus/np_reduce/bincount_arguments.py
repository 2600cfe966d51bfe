import numpy as np
import warnings
warnings.simplefilter('ignore')
cases = [
  ('np.bincount(5)', lambda: np.bincount(5)),
  ('np.bincount([[1,2]])', lambda: np.bincount([[1,2]])),
  ('np.bincount([1.0, 2.0])', lambda: np.bincount([1.0, 2.0])),
  ('np.bincount(np.array([1,2], dtype=np.uint64))', lambda: np.bincount(np.array([1,2], dtype=np.uint64))),
  ('np.bincount(np.array([True, False, True]))', lambda: np.bincount(np.array([True, False, True]))),
  ('np.bincount([])', lambda: np.bincount([])),
  ('np.bincount(np.array([], dtype=float))', lambda: np.bincount(np.array([], dtype=float))),
  ('np.bincount([0, 1, 1, 3])', lambda: np.bincount([0, 1, 1, 3])),
  ('np.bincount([0, 1, 1, 3], minlength=6)', lambda: np.bincount([0, 1, 1, 3], minlength=6)),
  ('np.bincount([0, 1], minlength=-1)', lambda: np.bincount([0, 1], minlength=-1)),
  ('np.bincount([0, -1])', lambda: np.bincount([0, -1])),
  ('np.bincount([0, 1, 1], weights=[0.5, 1, 2])', lambda: np.bincount([0, 1, 1], weights=[0.5, 1, 2])),
  ('np.bincount([0, 1], weights=[1])', lambda: np.bincount([0, 1], weights=[1])),
  ('np.bincount(np.array([1, 2], dtype=np.int8))', lambda: np.bincount(np.array([1, 2], dtype=np.int8))),
  ('np.bincount(np.array([1, 2], dtype=np.uint32))', lambda: np.bincount(np.array([1, 2], dtype=np.uint32))),
  ('np.bincount([0, 2], weights=np.array([1, 2], dtype=np.int32))', lambda: np.bincount([0, 2], weights=np.array([1, 2], dtype=np.int32))),
  ('np.bincount([1], minlength=None)', lambda: np.bincount([1], minlength=None)),
  ('np.bincount([0, 1], weights=[[1, 2]])', lambda: np.bincount([0, 1], weights=[[1, 2]])),
  ('np.bincount([1, 2], minlength=2.5)', lambda: np.bincount([1, 2], minlength=2.5)),
  ('np.bincount(np.array([3, 1], dtype=np.float32))', lambda: np.bincount(np.array([3, 1], dtype=np.float32))),
  ('np.bincount([True, 2])', lambda: np.bincount([True, 2])),
]
for c, f in cases:
    try:
        print(c, '->', repr(f()))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
