// float32 paths the course networks take (setting a scalar, np.add.at, unary ufuncs on column blocks, np.hstack of
// gate gradients, broadcast arithmetic), held to NumPy. Expected outputs recorded with CPython 3.11 + NumPy 2.4.
import { describe, expect, test } from "vitest";
import { out } from "./helpers";

const cases: [string, string, string][] = [
  [
    "a scalar assigned to a whole float32 array is rounded once",
    "W = np.ones((50, 4), dtype=np.float32)\nW[...] = 0.1\nV = np.zeros((10, 10), dtype=np.int32)\nV[2:5] = 7\nprint(W.dtype, W[0], W.sum(), V.sum(), V[4], V[5])\n",
    "float32 [0.1 0.1 0.1 0.1] 20.000004 210 [7 7 7 7 7 7 7 7 7 7] [0 0 0 0 0 0 0 0 0 0]\n",
  ],
  [
    "np.add.at on float32 with repeated indices",
    "np.random.seed(3)\ndW = np.zeros((20, 5), dtype=np.float32)\nidx = np.random.randint(0, 20, size=60)\ndout = np.random.randn(60, 5).astype(np.float32)\nnp.add.at(dW, idx, dout)\nnp.subtract.at(dW, idx[:10], dout[:10])\nnp.multiply.at(dW, idx[:5], dout[:5])\nnp.divide.at(dW, idx[5:9], dout[5:9])\nprint(dW[:3], dW.sum())\n",
    "[[ 4.0745034   0.03737424 -0.58418024 -0.01855906 -0.26798314]\n [-1.8302389  -0.03781319 -0.2107166  -5.381699   -1.7376626 ]\n [ 0.98445016 -0.6773858   1.058608    2.068448    1.576571  ]] 57.941635\n",
  ],
  [
    "np.add.at on float32 that overflows reports it",
    "dW = np.full(70, 3e38, dtype=np.float32)\nwith np.errstate(over='raise'):\n    try:\n        np.add.at(dW, np.arange(70), np.full(70, 3e38, dtype=np.float32))\n    except FloatingPointError as e:\n        print(e)\nwith np.errstate(over='ignore'):\n    np.add.at(dW, np.arange(70), np.full(70, 3e38, dtype=np.float32))\nprint(dW[:3], np.isinf(dW).sum())\n",
    "overflow encountered in add\n[inf inf inf] 70\n",
  ],
  [
    "unary ufuncs on 2-D float32 views",
    "A = (np.arange(20 * 40, dtype=np.float32).reshape(20, 40) - 300) / 100\nf = 1 / (1 + np.exp(-A[:, :10]))\ng = np.tanh(A[:, 10:20])\nh = -A[:, ::3]\nprint(f[0, :3], f.sum(), g[5, :3], h[1, :4], h.shape)\n",
    "[0.04742587 0.04787969 0.04833763] 120.28197 [-0.7162978 -0.7113937 -0.7064193] [2.6  2.57 2.54 2.51] (20, 14)\n",
  ],
  [
    "np.hstack and concatenate of 2-D blocks, casting and transposed",
    "a = (np.arange(20 * 30, dtype=np.float32).reshape(20, 30) / 7)\nb = np.arange(20 * 10).reshape(20, 10)\nc = np.arange(40 * 20, dtype=np.float64).reshape(40, 20).T / 3\nh = np.hstack((a, b, c, a[:, ::2]))\nv = np.concatenate((a.T, b.T.astype(np.float32)), axis=0)\nprint(h.dtype, h.shape, h[3, 28:33], h[19, -3:], h.sum())\nprint(v.dtype, v.shape, v[29, :3], v[30, :3], v.sum())\n",
    "float64 (20, 95) [16.8571434 17.        30.        31.        32.       ] [84.85713959 85.14286041 85.42857361] 164919.04762036106\nfloat32 (40, 20) [ 4.142857  8.428572 12.714286] [ 0. 10. 20.] 45571.43\n",
  ],
  [
    "broadcast + - * / report NumPy's floating-point errors",
    'x = np.arange(200, dtype=np.float32).reshape(20, 10) - 100\nfor dt in [np.float32, np.float64]:\n    a = x.astype(dt)\n    for name, f in [("div0", lambda: a / np.zeros((20, 1), dtype=dt)), ("ovf", lambda: a * np.full(10, 3e38, dtype=dt)),\n                    ("inf", lambda: (a + np.array([np.inf] * 10, dtype=dt))), ("nan", lambda: a.T - np.full((10, 1), np.nan, dtype=dt))]:\n        with np.errstate(all=\'raise\'):\n            try:\n                r = f()\n                print(dt.__name__, name, \'ok\', r.dtype, np.isinf(r).sum(), np.isnan(r).sum())\n            except FloatingPointError as e:\n                print(dt.__name__, name, e)\n',
    "float32 div0 divide by zero encountered in divide\nfloat32 ovf overflow encountered in multiply\nfloat32 inf ok float32 200 0\nfloat32 nan ok float32 0 200\nfloat64 div0 divide by zero encountered in divide\nfloat64 ovf ok float64 0 0\nfloat64 inf ok float64 200 0\nfloat64 nan ok float64 0 200\n",
  ],
];

describe("float32 paths", () => {
  for (const [name, src, expected] of cases) test(name, () => expect(out(`import numpy as np\n${src}`)).toBe(expected));
});
