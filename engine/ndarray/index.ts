/**
 * engine/ndarray — pure-TypeScript, NumPy-2.x-compatible n-dimensional arrays.
 *
 * DATA MODEL
 *  - `DType` = 'bool'|'int8'|'uint8'|'int16'|'uint16'|'int32'|'uint32'|'int64'|'uint64'|'float16'|'float32'|
 *    'float64'|'object'|`<U${n}`. uint64 (stored like int64, exact up to 2^53) is mainly the result of sum/prod/cumsum of
 *    unsigned arrays. Storage: bool/uint8 → Uint8Array, int8/int16/uint16/int32/uint32 → the typed array of that
 *    name (stores wrap, as NumPy's integer arithmetic does), float32 → Float32Array (values are exact float32),
 *    float16 → Float32Array holding values rounded to half precision (float16.ts; NumPy's half loops compute in
 *    float32 and round, and so does ops.ts), float64 → Float64Array, int64 → Float64Array holding integral values
 *    (exact only up to 2^53; no wrap-around at 2^63), object → JS array of opaque values supplied by the interpreter.
 *    Promotion of every numeric pair is NumPy's np.promote_types table (ops.ts).
 *    '<Un' → JS array of strings of at most n code points (StrDType, strings.ts; every write truncates; '<U0'
 *    stands for dtype=str without a width and never labels an array). A str NPScalar is np.str_ (value: the
 *    string). Ufuncs on str operands (also a JS string, a Python str) go to strings.ts: comparisons and add of two
 *    strs, NumPy's errors for the rest.
 *  - `NDArray { dtype, shape, strides (in ELEMENTS), offset, data, base?, size, contig, writeable }`.
 *    Basic slicing, transpose, reshape of contiguous arrays, squeeze/expand_dims, flip, diag are VIEWS sharing `data`.
 *  - `NPScalar { dtype, value }` is a NumPy scalar (np.float64(…), np.int64(…), np.True_). `value` is a JS number
 *    (bool → 0/1). Reductions and single-element indexing return NPScalar; every ufunc returns NPScalar when its
 *    result is 0-d and no `out` was given (as NumPy does).
 *
 * PYTHON SCALARS (NEP 50 "weak" scalars)
 *  - An `Operand` is NDArray | NPScalar | PyScalar | number | boolean | bigint.
 *    A raw JS `number` is a Python int when Number.isInteger(v), otherwise a Python float; wrap with
 *    `pyFloat(1.0)` to pass a Python float with an integral value (`pyInt`, `pyBool` also exist). `boolean` is a
 *    Python bool, `bigint` a Python int. NPScalar is *strong* (participates in promotion like an array).
 *  - uint8 array + 1 → uint8 (wraps); int array + 1.5 → float64; float32 array + 1.0 → float32;
 *    uint8 array + 256 → NPError('OverflowError', 'Python integer 256 out of bounds for uint8').
 *  - `array([...])` infers bool / int64 / float64 from JS leaves using the same rules (PyScalar/NPScalar/NDArray
 *    leaves allowed; anything else makes an object array).
 *
 * ERRORS AND HOOKS
 *  - All errors are `NPError` with `.pyType` ('ValueError','IndexError','TypeError','OverflowError',
 *    'UFuncTypeError' (⊂ TypeError), 'AxisError' (⊂ ValueError, IndexError), 'LinAlgError', 'ZeroDivisionError')
 *    and NumPy's exact message text.
 *  - `setBudget({charge(ops), work?(ns), alloc(bytes), count?(bytes)})` — called by long-running work (only for work
 *    > 256 ops / allocations > 2 KiB; smaller allocations reach `count` in ~1 MiB batches, for live-bytes
 *    accounting); `work` gets work whose cost is known in nanoseconds, before it runs; any may throw to abort.
 *  - `onWarning((category, message) => …)` — RuntimeWarning ("divide by zero encountered in log", …),
 *    DeprecationWarning. The interpreter decides about de-duplication/printing.
 *  - `setObjectHooks({none, repr, str?})` — how object-dtype elements are created (None) and printed.
 *
 * MAIN API (see individual modules for details)
 *  creation:   array(x, dtype?), asarray, zeros/ones/empty/full(shape, …, dtype), *_like, arange(start, stop?, step?, dtype?),
 *              linspace(start, stop, num, endpoint, dtype), eye(N, M, k, dtype), identity, tolist(a), item(a, ...idx), astype(a, dt)
 *  ufuncs:     binary(name|BinOp, x, y, out?) and named helpers add, subtract, multiply, true_divide/divide, floor_divide,
 *              remainder/mod, power, maximum, minimum, equal, not_equal, less, less_equal, greater, greater_equal,
 *              logical_and/or/xor, bitwise_and/or/xor, arctan2 …; BINOPS has all names (also fmod, hypot, left_shift …).
 *              In-place `a += b` is `binary('add', a, b, a)` (same_kind casting check → UFuncTypeError).
 *              unary(name, x, out?) for UNOPS: negative, positive, absolute/abs, sign, sqrt, square, reciprocal, exp, exp2,
 *              expm1, log, log2, log10, log1p, sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, arcsinh, arccosh,
 *              arctanh, floor, ceil, trunc, rint, isnan, isinf, isfinite, signbit, logical_not, invert …
 *              around(x, decimals), clip(x, lo, hi, out?), where3(cond, x, y), nonzero(a) (1-arg where), isclose,
 *              powerOperator(a, b) (Python `**` with NumPy's fast paths), resultType, promoteTypes, canCastSameKind.
 *  reductions: sum, mean, max/amax, min/amin, prod, std, var_, all, any, argmax, argmin, cumsum, cumprod,
 *              count_nonzero, ptp — (a, axis?: number|number[]|null, {keepdims, dtype, ddof, initial}).
 *              Float sums use NumPy's pairwise summation (bit-exact with NumPy for the common layouts).
 *  linalg:     dot, matmul, outer, inner, vdot, tensordot, norm(x, ord, axis, keepdims), det, inv, solve, trace, eigh, eigvalsh;
 *              cholesky, qr (decompositions.ts). Not re-exported here (the browser loads them with the stdlib
 *              chunk, through python/modules/numpy/linalg-svd.ts): svd (svd.ts, dgesdd's signs), eig (eig.ts, dgeev's
 *              order and signs, real eigenvalues only), lstsq, pinv, cond, matrixRank (svd-solvers.ts).
 *  shape:      reshape, transpose, swapaxes, moveaxis, ravel, flatten, squeeze, expand_dims, atleast_1d/2d/3d,
 *              concatenate(arrs, axis|null), stack, vstack, hstack, dstack, column_stack, split, array_split, hsplit,
 *              vsplit, append, del/delete_, insert, pad, repeat, tile, flip/fliplr/flipud, roll, sort, argsort, unique,
 *              searchsorted, packbits, unpackbits, diag, triu, tril, meshgrid, broadcast_to, broadcast_arrays, argwhere,
 *              flatnonzero, copy, ascontiguousarray.
 *  indexing:   getIndex(a, spec), setIndex(a, spec, value), ufuncAt(opName, a, spec, b) (np.add.at …), take,
 *              spec items: {kind:'int',i} | {kind:'slice',start?,stop?,step?} | {kind:'newaxis'} | {kind:'ellipsis'} |
 *              {kind:'array',arr} (integer or boolean NDArray).
 *  printing:   arrayStr(a) (print), arrayRepr(a) (repr), scalarStr, scalarRepr, str(x), repr(x), array2string,
 *              setPrintOptions({precision, threshold, edgeitems, linewidth, suppress, floatmode, sign, nanstr, infstr,
 *              formatter}).
 *  extras (in extras.ts, not re-exported here: the browser loads them with the stdlib chunk):
 *              einsum(subscripts, ops, dtype?) (no '...'); isin, intersect1d, union1d, setdiff1d (setops.ts);
 *              logspace, triMatrix (np.tri), kron, indices, rot90, resize, diagonal (view), takeAlongAxis, put,
 *              fillDiagonal, select (construct.ts); diff, gradient (scalar spacing, edge_order 1), interp, cross
 *              (calculus.ts); histogram (int bins / edges, weights, density), cov, corrcoef (stats.ts); the string
 *              bin estimators (histogram-bins.ts); histogramdd/histogram2d (histogramdd.ts);
 *              matrixPower (linalg-extra.ts); ediff1d (calculus.ts); digitize,
 *              broadcastShapesOf (shape.ts).
 *
 * KNOWN LIMITATIONS
 *  - No complex or bytes ('S') dtypes. A uint64 result below 0 or above 2^53 (array(), ufuncs, casts) raises
 *    NotImplementedError (core.ts exactUint64): NumPy would wrap it modulo 2^64 or hold 64 bits.
 *  - float16: dot/matmul/tensordot sum in float32 and round once (half-gemm.ts); median, quantile/percentile and
 *    linalg.norm as NumPy; einsum summing products, histogram, trace, gradient, ufunc.at and (in the
 *    binding) weighted average, nanvar/nanstd, nan_to_num, modf raise NotImplementedError (NumPy's step-by-step
 *    float16 arithmetic there is not reproduced). dot/matmul of uint32 raise too (NumPy wraps every step).
 *  - ndarray.view(dtype) with another dtype raises NotImplementedError: the engine holds values, not bytes.
 *  - int64 is exact only up to 2^53; multiply/power wrap at 2^64 via BigInt, add/subtract do not wrap.
 *  - float32 exp/log/tanh reproduce NumPy's SIMD kernels bit for bit (f32math.ts). Other transcendentals, and all
 *    float64 ones, use V8's Math functions: they differ from NumPy's SIMD kernels in the last bit for roughly 10–25% of
 *    inputs (sqrt and + - * / are exact). NumPy's products depend on the OpenBLAS kernels it runs; the engine follows
 *    the Haswell ones (this machine's OPENBLAS_CORETYPE; the corpus is recorded with them): vector·vector products
 *    (float64 ddot with an exact fma64, float32 sdot; sdot.ts, ddot.ts) and linalg.norm of a vector match bit for
 *    bit, for every stride (and so are 1×1 products, which NumPy computes with them); float32 matrix·matrix products
 *    use float32 fused multiply-adds in order; float64 ones of up to 2^14 multiply-adds fused multiply-adds in order
 *    (dgemm's bits: a cancelling sum leaves NumPy's residue), larger ones sum in i-k-j order; matrix·vector products
 *    (gemv) are not reproduced: last bits differ.
 *  - eigh follows LAPACK's dsyevd (eigh-lapack.ts: NumPy's eigenvector signs and basis) up to order 25, either
 *    triangle; above that (dstedc's divide and conquer) it is refused. eigvalsh (dsytd2 + dsterf, dsterf.ts) runs at
 *    every order.
 *  - Summation of int→float casts (mean of ints) ignores NumPy's 8192-element buffering (differs only for n > 8192).
 */
export * from "./core";
export * from "./ops";
export * from "./scratch";
export * from "./reduce";
export * from "./creation";
export * from "./indexing";
export * from "./linalg";
export * from "./solve";
export * from "./shape";
export * from "./partition";
export * from "./print";
export * from "./strings";
export * from "./py-int";
export * from "./linalg-extra";
export * from "./decompositions";
export * from "./unique-axis";
