import numpy as np
cases = [
  ("2d nd", lambda: np.bincount(np.array([[1, 2]]))),
  ("0d nd", lambda: np.bincount(np.array(5))),
  ("1.5 list", lambda: np.bincount([1.5, 2.7])),
  ("neg float list", lambda: np.bincount([-0.5, 1.0])),
  ("nan list", lambda: np.bincount([float('nan')])),
  ("tuple", lambda: np.bincount((1, 1))),
  ("w 2d nd", lambda: np.bincount([0, 1], weights=np.ones((1, 2)))),
  ("minlength np int", lambda: np.bincount([0], minlength=np.int64(3))),
  ("minlength bool", lambda: np.bincount([0], minlength=True)),
  ("w bool", lambda: np.bincount([0, 0], weights=[True, True])),
  ("object nd", lambda: np.bincount(np.array([1, 2], dtype=object))),
  ("list of np.int", lambda: np.bincount([np.int32(1), np.int64(2)])),
  ("float16 nd", lambda: np.bincount(np.array([1.0], dtype=np.float16))),
]
for c, f in cases:
    try:
        print(c, '->', repr(f()))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
