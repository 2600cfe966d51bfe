import { describe, test, expect } from "vitest";
import { out } from "./helpers";

// expected outputs recorded with CPython 3.11 + NumPy 2
const cases: [string, string][] = [
  ["a = np.array([[1, 2], [3, 4]])\nprint(a, a.shape, a.dtype, a.ndim, a.size)", "[[1 2]\n [3 4]] (2, 2) int64 2 4\n"],
  [
    "a = np.array([[1, 2], [3, 4]])\nprint(a.T, a * 2.5, a @ a, -a)",
    "[[1 3]\n [2 4]] [[ 2.5  5. ]\n [ 7.5 10. ]] [[ 7 10]\n [15 22]] [[-1 -2]\n [-3 -4]]\n",
  ],
  [
    "a = np.arange(6).reshape(2, 3)\nprint(a.sum(), a.sum(axis=0), a.mean(axis=1), a.max(), a.argmax(), a.min(axis=1, keepdims=True))",
    "15 [3 5 7] [1. 4.] 5 5 [[0]\n [3]]\n",
  ],
  ["a = np.arange(10)\nprint(a[2:5], a[::-2], a[a > 6], a[[0, 2]], a[-1])", "[2 3 4] [9 7 5 3 1] [7 8 9] [0 2] 9\n"],
  ["a = np.zeros((2, 3))\na[0] = 1\na[:, 2] = [7, 8]\na[a == 0] = -1\nprint(a)", "[[ 1.  1.  7.]\n [-1. -1.  8.]]\n"],
  [
    "a = np.ones(3)\nb = a\nb += 1\nprint(a)\nx = np.zeros((2, 2))\nx[...] += 1\nx[0, :] *= 3\nprint(x)",
    "[2. 2. 2.]\n[[3. 3.]\n [1. 1.]]\n",
  ],
  ["a = np.arange(4.0)\nprint(a[..., None].shape, a[np.newaxis].shape, a.reshape(2, -1)[1, ::-1])", "(4, 1) (1, 4) [3. 2.]\n"],
  ["print(np.float64(1.5), repr(np.float64(1.5)), np.int64(3) + 1, type(np.float64(2) * 2).__name__)", "1.5 np.float64(1.5) 4 float64\n"],
  ["print(np.exp(0.0), np.sqrt(np.array([4.0, 9.0])), np.abs(-2), np.maximum(np.array([1, 5]), 3))", "1.0 [2. 3.] 2 [3 5]\n"],
  [
    "np.random.seed(0)\nprint(np.random.randn(3))\nprint(np.random.randint(10), np.random.rand())",
    "[1.76405235 0.40015721 0.97873798]\n9 0.6235636967859723\n",
  ],
  [
    "np.random.seed(1)\nprint(np.random.choice(5, 3), np.random.permutation(4), np.random.normal(0, 1, (2,)))",
    "[3 4 0] [0 2 1 3] [-1.601721   -1.47782957]\n",
  ],
  [
    "a = np.array([1, 2, 3])\nnp.add.at(a, [0, 0], 1)\nprint(a, a.tolist(), a[1].item(), float(np.sum(a)), len(a))",
    "[3 2 3] [3, 2, 3] 2 8.0 3\n",
  ],
  ["for row in np.eye(2):\n    print(row)", "[1. 0.]\n[0. 1.]\n"],
  [
    "print(np.linalg.norm(np.array([3.0, 4.0])), np.dot(np.array([1, 2]), np.array([3, 4])), np.c_[np.array([1, 2]), np.array([3, 4])])",
    "5.0 11 [[1 3]\n [2 4]]\n",
  ],
  ["print(f'{np.float64(3.14159):.2f}', np.mean([1, 2, 3]), np.pi, np.inf, np.nan)", "3.14 2.0 3.141592653589793 inf nan\n"],
  [
    "x = np.array([1.0, 2.0], dtype=np.float32)\nprint(x.dtype, x.astype(np.int32), np.zeros(2, dtype=np.uint8), x.dtype == np.float32)",
    "float32 [1 2] [0 0] True\n",
  ],
  [
    "a = np.array([3, 1, 2])\nprint(np.sort(a), np.argsort(a), np.unique(np.array([2, 1, 2])), np.where(a > 1, a, 0), np.cumsum(a))",
    "[1 2 3] [1 2 0] [1 2] [3 0 2] [3 4 6]\n",
  ],
  [
    "print(np.concatenate([np.ones(2), np.zeros(1)]), np.vstack([np.arange(2), np.arange(2)]), np.hstack([[1], [2]]))",
    "[1. 1. 0.] [[0 1]\n [0 1]] [1 2]\n",
  ],
  [
    "a = np.arange(6).reshape(2, 3)\nprint(a.flatten(), a.ravel().shape, np.transpose(a).shape, a.squeeze().shape, np.expand_dims(a, 0).shape)",
    "[0 1 2 3 4 5] (6,) (3, 2) (2, 3) (1, 2, 3)\n",
  ],
  [
    "print(np.linspace(0, 1, 5), np.arange(0, 1, 0.25), np.full((2,), 7), np.zeros_like(np.eye(2)))",
    "[0.   0.25 0.5  0.75 1.  ] [0.   0.25 0.5  0.75] [7 7] [[0. 0.]\n [0. 0.]]\n",
  ],
  [
    "a = np.array([1, 2, 3])\nprint(a == 2, (a > 1) & (a < 3), a.any(), a.all(), 2 in a)",
    "[False  True False] [False  True False] True True True\n",
  ],
  [
    "a = np.arange(4)\ntry:\n    if a > 1: pass\nexcept ValueError as e:\n    print(e)",
    "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()\n",
  ],
  [
    "try:\n    np.ones((2, 3)) + np.ones((3, 2))\nexcept ValueError as e:\n    print(e)",
    "operands could not be broadcast together with shapes (2,3) (3,2) \n",
  ],
  [
    "try:\n    np.dot(np.ones((2, 3)), np.ones((2, 3)))\nexcept ValueError as e:\n    print(e)",
    "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)\n",
  ],
  ["try:\n    np.zeros(3)[5]\nexcept IndexError as e:\n    print(e)", "index 5 is out of bounds for axis 0 with size 3\n"],
  [
    "a = np.array([0.5, 1.5, 2.5])\nprint(np.round(a), a.round(1), np.clip(a, 1, 2), a.std(), a.var())",
    "[0. 2. 2.] [0.5 1.5 2.5] [1.  1.5 2. ] 0.816496580927726 0.6666666666666666\n",
  ],
  ["print(np.array([True, False]).dtype, np.array([1, 2.5]).dtype, np.array([]).shape, np.array(5).shape)", "bool float64 (0,) ()\n"],
  [
    "x = np.arange(3)\nprint(list(x), sum(x), max(x), [float(v) for v in x])",
    "[np.int64(0), np.int64(1), np.int64(2)] 3 2 [0.0, 1.0, 2.0]\n",
  ],
  [
    "a = np.arange(12).reshape(3, 4)\nprint(a[1:, ::2], a[[0, 2], [1, 3]], a[:, [True, False, True, False]])",
    "[[ 4  6]\n [ 8 10]] [ 1 11] [[ 0  2]\n [ 4  6]\n [ 8 10]]\n",
  ],
  ["print(np.unpackbits(np.array([[5]], dtype=np.uint8), axis=1))", "[[0 0 0 0 0 1 0 1]]\n"],
  [
    "d = {np.int64(1): 'a'}\nprint(d[1], np.int64(5) // 2, np.float64(7) % 3, 3 - np.float64(0.5), 2 ** np.arange(3))",
    "a 2 1.0 2.5 [1 2 4]\n",
  ],
  ["import numpy\nfrom numpy import zeros, float64\nprint(zeros(2), numpy.ones(1), float64(2))", "[0. 0.] [1.] 2.0\n"],
];

describe("numpy binding", () => {
  test.each(cases)("%s", (src, expected) => {
    expect(out("import numpy as np\n" + src)).toBe(expected);
  });
});
