import numpy as np
a = np.arange(3.)
b = a.imag; print(repr(b), b.flags.writeable, repr(np.arange(3).imag), repr(np.array([True]).imag), repr(np.float32(2).imag), repr(np.int8(3).imag), repr(np.float64(2).real), repr(np.float64(2.5).imag), repr(np.True_.imag), repr(np.real(3)), repr(np.imag(3.5)), repr(np.imag([1, 2])), repr(np.real([1.5])), repr(np.imag(np.float32(1))))
for f in [lambda: setattr(a, 'imag', 5), lambda: b.__setitem__(0, 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(repr(np.iscomplex(3)), repr(np.iscomplex([1, 2])), repr(np.isreal(3.0)), repr(np.isreal([1, 2])), np.iscomplexobj(3), np.isrealobj([1.0]), repr(np.real_if_close([1.5])), repr(np.real_if_close(2)), repr(np.angle(-2)), repr(np.angle([1.0, -1.0, -0.0, 0.0, np.nan])), repr(np.angle(np.float32(-1), deg=True)), repr(np.angle([-1, 1], True)), repr(np.conj(3)), repr(np.conjugate(np.array([1, 2]))), repr(np.conj(True)), repr(np.array([1.5]).conjugate()), repr(np.array([1.5]).conj()))
print(type(np.conj).__name__, np.conj is np.conjugate, np.conjugate.nin, np.isreal('a'), np.iscomplexobj('a'), repr(np.real('ab')))
print(repr(np.angle(np.arange(3, dtype=np.int8))), repr(np.angle(np.float16(-2))), repr(np.angle([[-1.5, 2]], deg=True)))
print(np.euler_gamma, np.bitwise_invert is np.invert, np.bitwise_left_shift is np.left_shift, np.bitwise_right_shift(np.array([8, 16]), 2), np.bitwise_invert(np.uint8(3)))
print(repr(np.str_('ab').imag), repr(np.str_('ab').real), repr(np.array(['ab']).imag), repr(np.angle(np.array(2.0))), repr(np.angle(2.0, deg=True)), repr(np.iscomplex(np.array(2.0))), repr(np.isreal(np.float32(2))), repr(np.isreal(2**70)), repr(np.real(2**70)), repr(np.imag(2**70)), repr(np.imag(True)))
x = np.linspace(-1, 1, 5).astype(np.float32)
print(repr(np.conjugate(x)), repr(np.conj(x, out=np.empty(5, np.float32))), repr(np.conjugate(np.int8(-3))), repr(np.conj(np.array([[1, 2]], dtype=np.uint16))), repr(np.float64(1.5).conjugate()), repr(np.float32(1.5).conj()))
m = np.array([[1.0, -2.0], [3.0, 4.0]])
print(np.allclose(m @ m.conj().T, m @ m.T), np.vdot(m, m), np.real(m @ m.T).sum(), np.imag(m).sum())
for f in [lambda: np.real(), lambda: np.imag(1, 2), lambda: np.angle(1, deg=True, x=2), lambda: np.iscomplex(), lambda: np.real_if_close([1], 1, 2), lambda: np.conjugate()]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: a.conj(5), lambda: a.conjugate(1, 2), lambda: a.conj(out=None), lambda: a.conj(None), lambda: a.conj(x=1), lambda: a.conjugate(out=a)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
