#!/usr/bin/env python3
"""Record CPython's outputs for tests/engine/python/decimal.test.ts.

Usage: python3 tests/engine/python/decimal.record.py
Writes decimal.json next to this file: the shared prelude, the Python version, and for each probe its source, its
stdout and the uncaught exception ({"type", "message"}) or null.

The probes exercise the decimal module's common part: construction from int, str, float and tuples; str/repr and
to_eng_string; arithmetic with the context's precision and rounding; every rounding mode through quantize; contexts
(getcontext, localcontext, Context, flags and traps); trapped signals and their messages; comparisons and hashing with
ints and floats; int/float/round; sqrt; integral powers. `show(f)` prints repr(f()) or "ExceptionType: message", so
one probe checks many calls. Every probe runs in a fresh interpreter with PYTHONHASHSEED=0.
"""
import json
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "decimal.json")

PRELUDE = '''from decimal import *
import decimal
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
    else:
        print(repr(r))
'''

MODES = "[ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]"

PROBES = {
    # ---- construction
    "from-int": """
for v in [0, 1, -1, 10**30, -(2**100), True, 123456789012345678901234567890123]:
    show(lambda: Decimal(v))
show(lambda: Decimal())
""",
    "from-str": """
for s in ['1.10', '-0', '+5', '  12.5  ', '\\t3\\n', '1_000.5', '1e3', '1E-3', '-1.5e+10', '.5', '5.', '0.000', '00012',
          'Infinity', '-inf', 'INF', 'nan', '-NaN', 'NaN123', 'sNaN', '-snan7', '1e-7', '0.000001', '123e3', '0e5',
          '0e-8', '1.23456789012345678901234567890123456789', '9' * 40]:
    show(lambda: Decimal(s))
""",
    "from-str-invalid": """
for s in ['', ' ', 'x', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '++1', '1 2', 'infinit', 'nan.1', '0x10', '1,5']:
    show(lambda: Decimal(s))
""",
    "from-str-unicode": """
for s in ['١٢٣', '１２.５', '٣e٢', '𝟗𝟖', '\u20031.5\u2003', '۱۲', 'NaN١']:
    show(lambda: Decimal(s))
show(lambda: round(Decimal('1.25'), 1.5))
show(lambda: Decimal('1.25').__round__(None))
""",
    "from-float": """
for x in [0.1, 0.5, -0.0, 1e300, 1e-300, 2.5, -1.75, 3.141592653589793, float('inf'), float('-inf'), 1.0, 1e16, 5e-324]:
    show(lambda: Decimal(x))
show(lambda: Decimal(float('nan')))
show(lambda: Decimal.from_float(0.1))
show(lambda: Decimal.from_float(3))
""",
    "from-tuple": """
show(lambda: Decimal((0, (1, 4, 1, 4), -3)))
show(lambda: Decimal((1, (0,), 0)))
show(lambda: Decimal((1, (), 'F')))
show(lambda: Decimal((0, (1, 2), 'n')))
show(lambda: Decimal((0, (), 'N')))
show(lambda: Decimal([0, [1, 2], 5]))
show(lambda: Decimal((2, (1,), 0)))
show(lambda: Decimal((0, (10,), 0)))
show(lambda: Decimal((0, (1,), 'x')))
show(lambda: Decimal((0, (1,))))
show(lambda: Decimal((0, (1,), 1.5)))
""",
    "from-other-types": """
show(lambda: Decimal(None))
show(lambda: Decimal({}))
show(lambda: Decimal(Decimal('1.50')))
show(lambda: Decimal('1.5', Context(prec=1)))
show(lambda: Decimal(b'1'))
""",
    # ---- str, repr, eng
    "str-repr": """
for s in ['1E+2', '1.23E+5', '-1.00E-10', '123.456', '0.00000123', '0.000000123', '1234567890123456789012345678901234567890',
          '1E+999999', '-0E+3', '0E-10', '12345E-2', '1.0E+1', 'NaN', '-sNaN12']:
    d = Decimal(s)
    print(str(d), repr(d), d.to_eng_string())
""",
    "eng-string": """
for s in ['123E+3', '1E+1', '1E+2', '1E+3', '1E+4', '1E-1', '1E-7', '12E-8', '0E+1', '0E+2', '0E+3', '0E-7', '-0E-8', '1.5E+10']:
    print(s, Decimal(s).to_eng_string())
""",
    "capitals": """
getcontext().capitals = 0
print(Decimal('1E+5'), repr(Decimal('1.5E-9')), Decimal('1e5').to_eng_string())
""",
    # ---- arithmetic with the default context
    "arith-basic": """
a, b = Decimal('1.1'), Decimal('2.20')
show(lambda: a + b)
show(lambda: a - b)
show(lambda: a * b)
show(lambda: a / b)
show(lambda: b / a)
show(lambda: Decimal(1) / Decimal(3))
show(lambda: Decimal(2) / Decimal(3))
show(lambda: Decimal(10) / Decimal(4))
show(lambda: Decimal('1.00') / Decimal('0.1'))
show(lambda: Decimal('100') / Decimal('10'))
show(lambda: Decimal('1E+3') / 10)
show(lambda: Decimal(0) / 5)
show(lambda: Decimal('0.00') / Decimal('1E+2'))
show(lambda: Decimal('-0') + Decimal('0'))
show(lambda: Decimal('-0') + Decimal('-0'))
show(lambda: Decimal('-0') - 0)
show(lambda: Decimal('1.30') + Decimal('1.2'))
show(lambda: Decimal('1.30') - Decimal('1.30'))
show(lambda: Decimal('1E+10') + Decimal('1E-10'))
show(lambda: Decimal('1E+100') + Decimal('1E-100'))
show(lambda: Decimal('1E+100') - Decimal('1E-100'))
show(lambda: Decimal('0E-30') + Decimal('1E+10'))
show(lambda: Decimal('0.1') * 3 - Decimal('0.3'))
show(lambda: 1 + Decimal('0.5'))
show(lambda: 3 - Decimal('0.5'))
show(lambda: 2 * Decimal('0.5'))
show(lambda: 1 / Decimal(8))
show(lambda: sum([Decimal('0.1')] * 10))
show(lambda: sum([Decimal('0.01')] * 3, Decimal('1')))
show(lambda: Decimal('123456789012345678901234567890') + 1)
show(lambda: Decimal('9999999999999999999999999999') + 1)
show(lambda: Decimal('99999999999999999999999999995') * 1)
""",
    "arith-intdiv": """
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), ('7.5', '2'), ('1E+3', '7'), ('0.003', '0.7'), ('1', '0.3'), ('-0', '3'), ('10', '0.1')]:
    x, y = Decimal(a), Decimal(b)
    show(lambda: (x // y, x % y, divmod(x, y)))
show(lambda: 7 // Decimal(2))
show(lambda: 7 % Decimal('2.5'))
show(lambda: divmod(7, Decimal(3)))
show(lambda: Decimal('1E+30') // Decimal('3'))
show(lambda: Decimal('1E+30') % Decimal('3'))
show(lambda: Decimal('Infinity') // 3)
show(lambda: Decimal(3) // Decimal('Infinity'))
show(lambda: Decimal(3) % Decimal('-Infinity'))
show(lambda: Decimal('Infinity') % 3)
""",
    "arith-specials": """
inf, nan = Decimal('Infinity'), Decimal('NaN')
show(lambda: inf + 1)
show(lambda: inf - inf)
show(lambda: inf * 0)
show(lambda: -inf * -2)
show(lambda: inf / inf)
show(lambda: 1 / inf)
show(lambda: inf / -3)
show(lambda: nan + 1)
show(lambda: 1 - Decimal('-NaN5'))
show(lambda: Decimal('sNaN') + 1)
show(lambda: Decimal('sNaN3') * nan)
show(lambda: nan * inf)
show(lambda: -nan)
show(lambda: abs(Decimal('-NaN')))
show(lambda: -inf)
show(lambda: abs(-inf))
""",
    "unary": """
getcontext().prec = 5
for s in ['1.234567', '-1.234567', '0', '-0', '-0.00', '1E+10', '123456']:
    d = Decimal(s)
    show(lambda: (-d, +d, abs(d)))
getcontext().rounding = ROUND_FLOOR
show(lambda: (-Decimal('0'), +Decimal('-0'), abs(Decimal('-0'))))
""",
    "div-by-zero": """
show(lambda: Decimal(1) / 0)
show(lambda: Decimal(-1) / 0)
show(lambda: Decimal(0) / 0)
show(lambda: Decimal(1) // 0)
show(lambda: Decimal(0) // 0)
show(lambda: Decimal(1) % 0)
show(lambda: Decimal(0) % 0)
show(lambda: divmod(Decimal(1), 0))
show(lambda: 1 / Decimal('0.0'))
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])
""",
    "div-by-zero-untrapped": """
c = getcontext()
c.traps[DivisionByZero] = False
c.traps[InvalidOperation] = False
show(lambda: Decimal(1) / 0)
show(lambda: Decimal(-5) / 0)
show(lambda: Decimal(0) / 0)
show(lambda: Decimal(1) % 0)
show(lambda: divmod(Decimal(-1), 0))
show(lambda: Decimal('x'))
show(lambda: Decimal('Infinity') - Decimal('Infinity'))
print(c)
""",
    "uncaught-division-by-zero": """
x = Decimal('1.5')
print(x / 0)
""",
    "uncaught-conversion": """
print(Decimal('abc'))
""",
    "type-errors": """
show(lambda: Decimal(1) + 1.0)
show(lambda: 1.5 * Decimal(1))
show(lambda: Decimal(1) ** 0.5)
show(lambda: Decimal(1) + '1')
show(lambda: Decimal(1) + None)
show(lambda: Decimal(1) < 'a')
show(lambda: Decimal(1) == 'a')
show(lambda: Decimal(1).quantize(0.1))
show(lambda: Decimal(1) + [1])
""",
    # ---- precision and rounding
    "prec": """
for p in [1, 2, 3, 5, 9, 28, 50]:
    getcontext().prec = p
    print(p, Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('123.456') * 1, Decimal(10) ** 20, Decimal('1.999') + 0)
show(lambda: setattr(getcontext(), 'prec', 0))
show(lambda: setattr(getcontext(), 'prec', -1))
show(lambda: setattr(getcontext(), 'prec', 1.5))
show(lambda: setattr(getcontext(), 'rounding', 'up'))
show(lambda: setattr(getcontext(), 'Emax', -1))
show(lambda: setattr(getcontext(), 'Emin', 1))
show(lambda: setattr(getcontext(), 'capitals', 2))
show(lambda: setattr(getcontext(), 'clamp', 3))
""",
    "rounding-modes-context": f"""
for m in {MODES}:
    getcontext().rounding = m
    getcontext().prec = 3
    print(m, [str(Decimal(s) + 0) for s in ['1.234', '1.235', '1.245', '1.2451', '1.299', '-1.235', '-1.245', '-1.2451', '1.201', '-1.201', '1.251', '9.995', '-9.995', '1.200', '1.0501']])
""",
    "rounding-modes-division": f"""
getcontext().prec = 4
for m in {MODES}:
    getcontext().rounding = m
    print(m, Decimal(2) / 3, Decimal(-2) / 3, Decimal(1) / 8000, Decimal(-5) / 16, Decimal(100) / 7)
""",
    "quantize-modes": f"""
vals = ['7.325', '7.335', '-7.325', '-7.335', '7.3250001', '7.32', '7.3', '0.005', '-0.005', '0.015', '2.675', '1.005', '0.0149', '7.301', '7.309']
for m in {MODES}:
    print(m, [str(Decimal(v).quantize(Decimal('0.01'), rounding=m)) for v in vals])
for m in {MODES}:
    print(m, [str(Decimal(v).quantize(Decimal('1'), rounding=m)) for v in ['0.5', '1.5', '2.5', '-0.5', '-2.5', '5.1', '-5.1', '6.0', '0.4999', '15.5', '-15.5']])
""",
    "quantize-more": """
show(lambda: Decimal('1.41421356').quantize(Decimal('1.000')))
show(lambda: Decimal('123.456').quantize(Decimal('1E+1')))
show(lambda: Decimal('123.456').quantize(Decimal('1E+3')))
show(lambda: Decimal('0.0').quantize(Decimal('0.00')))
show(lambda: Decimal('-0').quantize(Decimal('1E+2')))
show(lambda: Decimal('1').quantize(Decimal('1E-30')))
show(lambda: Decimal('1E+30').quantize(Decimal('1')))
show(lambda: Decimal('Infinity').quantize(Decimal('Infinity')))
show(lambda: Decimal('Infinity').quantize(Decimal('1')))
show(lambda: Decimal('1').quantize(Decimal('NaN')))
show(lambda: Decimal(1).quantize(1))
show(lambda: Decimal('3.14159').quantize(Decimal('0.01'), ROUND_UP))
show(lambda: Decimal('3.14159').quantize(Decimal('0.01'), rounding='bad'))
show(lambda: Decimal('2.5').quantize(Decimal('1'), context=Context(rounding=ROUND_HALF_UP)))
getcontext().rounding = ROUND_HALF_UP
show(lambda: Decimal('2.5').quantize(Decimal('1')))
show(lambda: Decimal('8.325').quantize(Decimal('.01')))
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
""",
    "round-builtin": """
for s in ['2.5', '3.5', '-2.5', '2.675', '0.125', '1E+3', '-0.4', '123.456']:
    d = Decimal(s)
    show(lambda: (round(d), round(d, 2), round(d, 0), round(d, -1)))
show(lambda: round(Decimal('NaN')))
show(lambda: round(Decimal('-Infinity')))
show(lambda: round(Decimal('NaN'), 2))
show(lambda: round(Decimal('1.5'), 30))
""",
    "to-integral": f"""
for m in {MODES}:
    print(m, [str(Decimal(s).to_integral_value(rounding=m)) for s in ['2.5', '-2.5', '3.7', '-3.2', '1E+2', '0.0', '-0.5', '7']])
show(lambda: Decimal('2.5').to_integral())
show(lambda: Decimal('2.5').to_integral_exact())
show(lambda: Decimal('Infinity').to_integral_value())
print(getcontext().flags[Inexact])
""",
    # ---- conversions
    "int-float": """
for s in ['3.7', '-3.7', '0.1', '1E+20', '123456789012345678901234567890.5', '-0', '1E-400', '1.7976931348623157E+308', '2E+308', '5E-325']:
    d = Decimal(s)
    show(lambda: (int(d), float(d)))
show(lambda: int(Decimal('NaN')))
show(lambda: int(Decimal('-Infinity')))
show(lambda: float(Decimal('NaN')))
show(lambda: float(Decimal('-Infinity')))
show(lambda: float(Decimal('sNaN')))
import math
show(lambda: (math.floor(Decimal('-3.5')), math.ceil(Decimal('-3.5')), math.trunc(Decimal('-3.5')), math.floor(Decimal('2'))))
show(lambda: math.floor(Decimal('NaN')))
show(lambda: math.ceil(Decimal('Infinity')))
show(lambda: Decimal('-3.25').as_integer_ratio())
show(lambda: Decimal('1E+3').as_integer_ratio())
show(lambda: Decimal('0.75').as_integer_ratio())
show(lambda: Decimal('Infinity').as_integer_ratio())
show(lambda: bool(Decimal('0.00')), )
show(lambda: (bool(Decimal('0.01')), bool(Decimal('NaN'))))
""",
    # ---- comparisons and hashing
    "compare": """
a = Decimal('1.5')
show(lambda: (a == Decimal('1.50'), a < 2, a > 1, 2 > a, a <= Decimal('1.5'), a != 1.5, a == 1.5, a < 1.6))
show(lambda: (Decimal('0.1') == 0.1, Decimal(0.1) == 0.1, Decimal(1) == True, Decimal('-0') == 0, Decimal(3) == 3))
show(lambda: (Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal('Infinity') > 10**100, Decimal('-Infinity') < -1e308))
show(lambda: Decimal('NaN') < 1)
show(lambda: Decimal(1) >= Decimal('NaN'))
show(lambda: Decimal('sNaN') == 1)
show(lambda: sorted([Decimal('2.5'), 1, Decimal('-1'), 2, Decimal('1.0')]))
show(lambda: (max(Decimal('1.5'), 2, Decimal('0.5')), min([Decimal(3), Decimal('2.99')]), max([1, Decimal(1)])))
show(lambda: Decimal(1).compare(Decimal(2)))
show(lambda: Decimal(2).compare(2))
show(lambda: Decimal('NaN').compare(1))
from fractions import Fraction
show(lambda: (Decimal('0.25') == Fraction(1, 4), Decimal('0.3') < Fraction(1, 3), Decimal(1) > Fraction(2, 3)))
print(getcontext())
""",
    "hash": """
for s in ['1', '1.0', '1.5', '0.1', '-1', '-2', '1E+30', '1E-30', '123.456', '-0', 'Infinity', '-Infinity', '2.5E+10', '0.000001']:
    print(s, hash(Decimal(s)))
print(hash(Decimal(1)) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal(10**40)) == hash(10**40))
show(lambda: hash(Decimal('sNaN')))
d = {Decimal('1.0'): 'a', 1: 'b', Decimal('0.5'): 'c', 0.5: 'd', Decimal('0.1'): 'e', 0.1: 'f'}
print(d)
print(len({Decimal('2'), Decimal('2.00'), 2, 2.0}))
big = {10**5000: 'big', 2**70: 'b70'}
print(big[Decimal('1E+5000')], big[Decimal(2**70)], Decimal('1E+5000') in {10**5000}, hash(Decimal('1E+5000')) == hash(10**5000))
""",
    # ---- contexts
    "context-repr": """
print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=10, rounding=ROUND_UP, Emin=-99, Emax=99, capitals=0, clamp=1))
print(Context(traps=[Inexact, Overflow], flags=[Rounded]))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
print(getcontext().traps)
print(getcontext().flags)
print(ROUND_HALF_EVEN, ROUND_05UP)
show(lambda: Context(prec=0))
show(lambda: Context(rounding='x'))
show(lambda: Context(foo=1))
""",
    "context-flags": """
c = getcontext()
show(lambda: Decimal(1) / 3)
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(c)
c.clear_flags()
show(lambda: Decimal('1.5') + 1)
print(c)
show(lambda: Decimal(0.5))
print(c.flags[FloatOperation])
c.clear_flags()
show(lambda: Decimal(2) < 2.5)
print(c)
c.traps[Inexact] = True
show(lambda: Decimal(1) / 3)
show(lambda: Decimal(1) / 4)
c.traps[Inexact] = False
c.traps[FloatOperation] = True
show(lambda: Decimal(0.5))
show(lambda: Decimal(2) < 2.5)
show(lambda: (Decimal(2) == 2.0, Decimal(2) != 2.5))
show(lambda: Decimal.from_float(0.5))
c.clear_traps()
print(c)
show(lambda: Decimal(1) / 0)
print(c.flags[DivisionByZero])
""",
    "context-copy-set": """
c = getcontext().copy()
c.prec = 4
print(getcontext().prec, c.prec)
setcontext(c)
print(getcontext().prec, Decimal(1) / 3)
setcontext(Context(prec=2))
print(Decimal(2) / 3)
setcontext(DefaultContext)
print(Decimal(2) / 3)
show(lambda: setcontext(1))
print(c.Etiny(), c.Etop(), getcontext().Etiny())
""",
    "localcontext": """
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / 7, getcontext() is ctx)
print(Decimal(1) / 7)
with localcontext(prec=5, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.prec, ctx.rounding)
with localcontext(Context(prec=2)):
    print(Decimal(10) / 3)
    with localcontext() as inner:
        inner.prec += 2
        print(Decimal(10) / 3)
    print(Decimal(10) / 3)
try:
    with localcontext() as ctx:
        ctx.prec = 2
        raise ValueError('inside')
except ValueError as e:
    print('caught', e, getcontext().prec)
show(lambda: localcontext(bogus=1))
def f():
    with localcontext() as ctx:
        ctx.prec = 4
        return Decimal(1) / 3
print(f(), Decimal(1) / 3)
""",
    "context-methods": """
c = Context(prec=5, rounding=ROUND_HALF_UP)
show(lambda: c.add(Decimal('1.23456'), 1))
show(lambda: c.subtract(1, Decimal('0.000001')))
show(lambda: c.multiply(Decimal('1.1'), Decimal('1.1')))
show(lambda: c.divide(1, 3))
show(lambda: c.divide_int(10, 3))
show(lambda: c.remainder(10, 3))
show(lambda: c.divmod(Decimal(10), 3))
show(lambda: c.power(2, 10))
show(lambda: c.power(2, 20))
show(lambda: c.sqrt(2))
show(lambda: c.abs(Decimal('-1.234567')))
show(lambda: c.minus(Decimal('1.234567')))
show(lambda: c.plus(Decimal('1.234567')))
show(lambda: c.quantize(Decimal('1.2345'), Decimal('0.01')))
show(lambda: c.create_decimal('1.23456789'))
show(lambda: c.create_decimal(1.1))
show(lambda: c.create_decimal_from_float(0.1))
show(lambda: c.create_decimal('abc'))
show(lambda: c.to_sci_string(Decimal('1E+3')))
show(lambda: c.to_eng_string(Decimal('1E+4')))
show(lambda: c.normalize(Decimal('1.2000')))
show(lambda: c.add(1.5, 1))
show(lambda: c.divide(1, 0))
print(c)
""",
    # ---- overflow, underflow, exponent limits
    "overflow": """
show(lambda: Decimal('9E+999999') * 10)
c = getcontext()
c.traps[Overflow] = False
show(lambda: Decimal('9E+999999') * 10)
show(lambda: Decimal('-9E+999999') * 10)
c.rounding = ROUND_DOWN
show(lambda: Decimal('9E+999999') * 10)
c.rounding = ROUND_CEILING
show(lambda: (Decimal('9E+999999') * 10, Decimal('-9E+999999') * 10))
show(lambda: Decimal('1E-999999') / 10**40)
show(lambda: Decimal('1E-999999') / 1000)
print(c)
""",
    "small-context": """
c = Context(prec=3, Emin=-5, Emax=5)
setcontext(c)
for s in ['123456', '1E+5', '9.999E+5', '1E-5', '1.23E-6', '1E-8', '0E-10', '0E+10', '1.5E-7']:
    show(lambda: +Decimal(s))
print(c)
c.clamp = 1
show(lambda: +Decimal('1E+5'))
show(lambda: +Decimal('0E+10'))
print(c)
""",
    # ---- powers
    "powers": """
for a, b in [(2, 10), (2, 100), ('1.1', 2), ('1.10', 3), ('-2', 3), ('-2', 4), (2, -1), (2, -2), (3, -1), ('0.5', -3), (10, -5),
             ('1.0', 5), ('1.0', -1), ('2.0', -1), (0, 5), (0, -5), ('-0', 3), ('-0', -3), ('Infinity', 2), ('Infinity', -2),
             ('-Infinity', 3), (7, 0), ('1.5', 10), ('1.0000001', 1000000), ('0.99', 500), (10, 28), (10, 29), (3, 100), ('2', '3'), ('2', '3.0'), ('2', '1E+1')]:
    show(lambda: Decimal(a) ** Decimal(b))
show(lambda: 2 ** Decimal(10))
show(lambda: Decimal(2) ** 10)
show(lambda: pow(Decimal(3), 4))
show(lambda: Decimal(0) ** 0)
show(lambda: Decimal('-2') ** Decimal('0.5'))
show(lambda: Decimal(10) ** 1000000)
show(lambda: Decimal('0.1') ** 1000000)
show(lambda: Decimal('NaN') ** 2)
show(lambda: Decimal(1) ** Decimal('Infinity'))
print(getcontext())
""",
    "sqrt": """
for s in ['2', '4', '0.25', '100', '1E+2', '1E+3', '0.0001', '10', '1.21', '0', '-0', '0E+3', '0E-3', 'Infinity', '123456789', '0.5', '1E-7']:
    show(lambda: Decimal(s).sqrt())
show(lambda: Decimal(-1).sqrt())
show(lambda: Decimal('-Infinity').sqrt())
show(lambda: Decimal('NaN').sqrt())
getcontext().prec = 50
show(lambda: Decimal(2).sqrt())
getcontext().prec = 5
show(lambda: Decimal(2).sqrt(Context(prec=3)))
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING]:
    getcontext().rounding = m
    show(lambda: (Decimal(2).sqrt(), Decimal(3).sqrt(), Decimal('1.5625').sqrt()))
""",
    # ---- inspection
    "inspect": """
for s in ['1.23', '-0', '0E+5', 'Infinity', '-NaN', 'NaN12', 'sNaN', '1E-1000000', '100']:
    d = Decimal(s)
    print(s, d.as_tuple(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(), d.is_zero(), d.is_signed(), d.is_normal(), d.is_subnormal())
show(lambda: Decimal('123.45').adjusted())
show(lambda: Decimal('0.00123').adjusted())
show(lambda: Decimal('-1.5').copy_abs())
show(lambda: Decimal('1.5').copy_negate())
show(lambda: Decimal('1.5').copy_sign(Decimal('-0')))
show(lambda: Decimal('1.5').as_tuple().digits)
show(lambda: Decimal('1.5').as_tuple().exponent)
show(lambda: [Decimal(s).normalize() for s in ['1.200', '0.00', '120', '1E+2', '-0.0', '1.000E+5']])
show(lambda: Decimal('1.5').conjugate())
show(lambda: (Decimal.__name__, Decimal.__module__, type(Decimal(1)), type(getcontext())))
show(lambda: (isinstance(Decimal(1), Decimal), issubclass(InvalidOperation, ArithmeticError), issubclass(DivisionByZero, ZeroDivisionError)))
show(lambda: (issubclass(Overflow, Inexact), issubclass(FloatOperation, TypeError), issubclass(ConversionSyntax, InvalidOperation), issubclass(DivisionUndefined, ZeroDivisionError)))
""",
    "exception-handling": """
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e).__name__, e.args)
try:
    Decimal('x')
except DecimalException as e:
    print(type(e).__name__, e)
try:
    Decimal(0) / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    Decimal('sNaN') + 1
except decimal.InvalidOperation as e:
    print(repr(e))
""",
    "format": """
for spec in ['.2f', '', '10', '<10', '^10.3', '+.1e', ',.2f', '_', '010.2f', '.0%', 'z.1f', '#.0f', 'g', '.3g', 'E', 'x', '=+12,.3f',
             '.0f', 'n', '.2', '>012,', '*^15.4e', '.30f', ' .3F', '015,.1f', ',', '.1', '.0e', 'G', '%', '.3%', '09', '-<8.1f']:
    print(repr(spec), [format(Decimal(v), spec) if spec not in ('#.0f', '_', 'x', '>012,') else None
                       for v in ['1234.5678', '-0.0001', '2.5', 'NaN', '-Infinity', '0E+5', '1E+30', '-0.00', '9.995', '1E-10', '123456789']])
for spec in ['#.0f', '_', 'x', '>012,']:
    show(lambda: format(Decimal(1), spec))
show(lambda: format(Decimal(1), 5))
for m in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING]:
    getcontext().rounding = m
    print(m, format(Decimal('2.5'), '.0f'), format(Decimal('0.125'), '.2f'), f"{Decimal('-1.99'):.1f}", f"{Decimal('1.2345'):.2e}", f"{Decimal('99.95'):.3g}")
price = Decimal('1234.5')
print(f"{price:,.2f} {price:>12,.2f} {price:.1%} {price:e}")
""",
    "exp-ln-log10": """
for s in ['0', '-0', '1', '1.000', '2', '10', '100', '1E+5', '0.001', '1E-7', '0.5', '-1', '-2.5', '123.456', '1E-30', '-1E-30',
          '0.999', '1.001', '-50', '700', '2302585', '-2302585', '3E+6', 'Infinity', '-Infinity', 'NaN', '1E-999999']:
    d = Decimal(s)
    show(lambda: (d.exp(), d.ln(), d.log10()))
    show(lambda: d.exp())
for p in [1, 5, 50]:
    getcontext().prec = p
    for m in [ROUND_HALF_EVEN, ROUND_UP, ROUND_FLOOR]:
        getcontext().rounding = m
        print(p, m, Decimal(2).exp(), Decimal(3).ln(), Decimal(7).log10(), Decimal('-0.3').exp(), Decimal('0.3').ln(), Decimal('0.002').log10())
getcontext().prec = 28
show(lambda: Context(prec=6).exp(1))
show(lambda: Context(prec=6).ln(10))
show(lambda: Context(prec=6).log10(2))
show(lambda: Decimal(2).ln(Context(prec=3)))
c = getcontext()
c.traps[Overflow] = False
show(lambda: Decimal('3E+6').exp())
print(c)
""",
    "misc": """
import copy, json
d = Decimal('1.5')
show(lambda: (copy.copy(d), copy.deepcopy(d), copy.copy(getcontext()) is getcontext(), copy.copy(getcontext()).prec))
for args in [(2, 10, 7), (-2, 3, 7), (-2, 4, 7), (Decimal('2.0'), 10, 1000), (3, Decimal('1E+2'), 11), (2, -1, 7), (2, 3, 0), (Decimal('2.5'), 2, 7),
             (0, 0, 7), (7, 2, Decimal('1E+30')), (10**30, 10**20, 97), (2, 10, -7)]:
    show(lambda: pow(Decimal(args[0]), args[1], args[2]))
show(lambda: pow(Decimal(2), 3, 1.5))
show(lambda: Context(prec=4).power(3, 4, 5))
show(lambda: json.dumps(d))
show(lambda: divmod(Decimal(7), 2.0))
show(lambda: divmod(7.5, Decimal(2)))
show(lambda: (d.real, d.imag))
show(lambda: [Decimal(a).same_quantum(Decimal(b)) for a, b in [('1.5', '2.7'), ('1.5', '2.70'), ('NaN', 'NaN'), ('Infinity', '1'), ('Infinity', '-Infinity')]])
show(lambda: [str(Decimal(a).remainder_near(Decimal(b))) for a, b in [(1, 2), (3, 2), (5, 2), ('18', '10'), ('25', '10'), ('-7', '3'), ('10.2', '1'), ('10', '0.3'), ('3.6', '1.3'), ('0.00', '3'), ('1E+30', '7'), ('1', 'Infinity')]])
show(lambda: Decimal(1).remainder_near(0))
show(lambda: Decimal('Infinity').remainder_near(1))
show(lambda: '%s %r %.2f' % (d, d, d))
show(lambda: '{:.3f} {} {!r}'.format(d, d, d))
""",
    "max-min-fma": """
pairs = [('1', '2'), ('1.0', '1.00'), ('-1.0', '-1.00'), ('0', '-0'), ('NaN', '1'), ('1', 'NaN'), ('NaN', 'NaN'), ('sNaN', '1'),
         ('Infinity', '-Infinity'), ('-Infinity', '5'), ('1.23456789', '1'), ('7', '7')]
for a, b in pairs:
    x, y = Decimal(a), Decimal(b)
    show(lambda: (x.max(y), x.min(y), y.max(x), y.min(x)))
show(lambda: Decimal(1).max(2.5))
show(lambda: Context(prec=3).max(Decimal('1.23456'), 1))
show(lambda: Decimal('1.23456').min(Decimal('9'), Context(prec=2)))
for a, b, c in [(2, 3, 5), ('1.5', '1.5', '-2.25'), ('1E+20', '1E+20', 1), ('0.1', 3, '-0.3'), ('Infinity', 0, 1), ('NaN', 1, 1), (2, 3, 'sNaN'),
                ('Infinity', 2, '-Infinity'), ('123456789012345678901234567890', '3', '1')]:
    show(lambda: Decimal(a).fma(Decimal(b), Decimal(c)))
show(lambda: Decimal(2).fma(3, 4))
show(lambda: [str(Decimal(v).logb()) for v in ['1', '250', '0.001', '-7.5E+10', 'Infinity', 'NaN']])
show(lambda: Decimal(0).logb())
for v in ['1', '-1', '0', '-0', '9.999999999999999999999999999E+999999', '1E-1000026', 'Infinity', '-Infinity', 'NaN', '1.5E-1000000', '123.456']:
    show(lambda: (Decimal(v).next_plus(), Decimal(v).next_minus()))
show(lambda: Decimal(1).next_plus(Context(prec=3)))
print(getcontext())
""",
    "money": """
TWO = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.49'), Decimal('0.99')]
subtotal = sum(prices)
tax = (subtotal * Decimal('0.0825')).quantize(TWO, rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
print([p * 3 for p in prices])
print(Decimal('100') / 3, (Decimal('100') / 3).quantize(TWO))
rate = Decimal('0.05')
balance = Decimal('1000.00')
for year in range(1, 4):
    balance = (balance * (1 + rate)).quantize(TWO)
    print(year, balance)
print(f"{balance}", str(balance), repr(balance))
print(Decimal('1.10') + Decimal('2.20'), 1.10 + 2.20)
""",
}

def random_contexts(seed: int, precs: list, exps: list, count: int) -> str:
    """A probe of many operations on random values, each pair in a random context (precision, rounding, exponent
    range, clamp; traps off), printing every result and the contexts' flags: a differential sweep over the edges."""
    import random
    rnd = random.Random(seed)

    def value() -> str:
        if rnd.random() < 0.05:
            return rnd.choice(['NaN', '-NaN', 'Infinity', '-Infinity', 'sNaN', '0', '-0', '0E+3', '0E-5'])
        sign = rnd.choice(['', '-'])
        digits = str(rnd.randint(0, 10 ** rnd.randint(1, 35)))
        e = rnd.randint(-40, 40) if rnd.random() < 0.8 else rnd.randint(-120, 120)
        return f"{sign}{digits}E{e}"

    values = [value() for _ in range(count)]
    return f"""import random
V = {values!r}
MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
def s(f):
    try:
        return str(f())
    except Exception as e:
        return type(e).__name__
random.seed({seed})
rnd = random
for i in range(len(V) - 1):
    a, b = Decimal(V[i]), Decimal(V[i + 1])
    c = Context(prec=rnd.choice({precs!r}), rounding=rnd.choice(MODES), Emin=-rnd.choice({exps!r}), Emax=rnd.choice({exps!r}),
                clamp=rnd.randint(0, 1), traps=[])
    setcontext(c)
    n = rnd.randint(-5, 5)
    print(i, s(lambda: a + b), s(lambda: a - b), s(lambda: a * b), s(lambda: a / b), s(lambda: a // b), s(lambda: a % b),
          s(lambda: divmod(a, b)), s(lambda: a.quantize(b)), s(lambda: a.to_integral_value()), s(lambda: a.to_integral_exact()),
          s(lambda: a.sqrt()), s(lambda: a ** n), s(lambda: a < b), s(lambda: a == b), s(lambda: a.normalize()), s(lambda: -a),
          s(lambda: abs(a)), s(lambda: +a), s(lambda: a.to_eng_string()), s(lambda: float(a)), s(lambda: int(a)),
          s(lambda: round(a, 2)), s(lambda: hash(a) if not a.is_nan() else 0), s(lambda: format(a, '.3f')),
          s(lambda: format(a, ',.2e')), s(lambda: format(a, 'g')), s(lambda: a.exp()), s(lambda: a.ln()), s(lambda: a.log10()),
          s(lambda: a.remainder_near(b)), s(lambda: a.compare(b)), s(lambda: c.create_decimal(V[i])), s(lambda: a.is_normal()),
          s(lambda: a.is_subnormal()), s(lambda: pow(a, 3, b)))
    print(c)
"""


PROBES["random-contexts-small"] = random_contexts(1, list(range(1, 31)), list(range(0, 61)), 70)
PROBES["random-contexts-wide"] = random_contexts(4, [1, 2, 3, 5, 9, 28, 40, 80], [0, 5, 60, 999999], 70)


WRAPPER = r'''
import io, json, sys, contextlib
src = sys.stdin.read()
buf = io.StringIO()
err = None
with contextlib.redirect_stdout(buf):
    try:
        exec(compile(src, "<probe>", "exec"), {"__name__": "__main__"})
    except Exception as e:
        err = {"type": type(e).__name__, "message": str(e)}
json.dump({"stdout": buf.getvalue(), "error": err}, sys.stdout)
'''


def record(code: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, "-c", WRAPPER], input=PRELUDE + code, capture_output=True, text=True, env=env, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


def main() -> None:
    probes = [{"name": name, "code": code.lstrip("\n"), **record(code.lstrip("\n"))} for name, code in PROBES.items()]
    doc = {"python": platform.python_version(), "prelude": PRELUDE, "probes": probes}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"recorded {len(probes)} probes to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
