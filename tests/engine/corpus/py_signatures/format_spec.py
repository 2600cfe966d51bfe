# format specs (fill/align/sign/z/#/0/width/grouping/precision/type) for int, float, bool, big int, str, None; half-even ties in e/g; %-formatting
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
vals = [0, 1, -1, 42, -42, 1234567, 3.14159, -2.5, 0.000123456, 1e20, 123456.789, float('inf'), float('nan'), -0.0, True, 2**70]
specs = ["", "5", "<8", ">8", "^8", "*^9", "+", "-", " ", "08", "+08", ",", "_", ".2f", ".0f", "10.3f", ".3e", ".2E", ".3g", ".10g", "g", "%", ".1%", "x", "#x", "#X", "o", "#o", "b", "#b", "d", "n", "e", "f", "G", ",.2f", "_.3f", "=+10", "=10.2f", "#.0f", "#g", ".0e", "c", ",d", "_x", "_b", "012,.2f", "#010x", "-^+10.1f", ".3", "z.1f"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
t("fstr", lambda: f"{3.14159:{10}.{3}} {'ab'!r:>6} {42:#_b} {1e-7} {1e16} {123.0} {'x':^5}|")
t("str fmt", lambda: [format("ab", "<5"), format("ab", ">5"), format("abc", ".2"), format("ab", "^6.1"), format("ab", "s")])
t("str fmt bad", lambda: format("ab", "d"))
t("str fmt =", lambda: format("ab", "=5"))
t("int fmt bad", lambda: format(1, "s"))
t("float fmt bad", lambda: format(1.5, "d"))
t("int fmt .", lambda: format(1, ".2"))
t("none fmt", lambda: format(None, ""))
t("none fmt x", lambda: format(None, ">5"))
t("list fmt", lambda: format([1], ""))
t("pct", lambda: ["%d %s %r" % (1, "a", "a"), "%5.2f|%-5d|%05d" % (3.14159, 4, 42), "%x %o %e %g" % (255, 8, 12345.678, 0.0001), "%(a)s" % {"a": 1}, "%%" % ()])
t("pct bad", lambda: "%d" % "a")
t("pct few", lambda: "%d %d" % (1,))
t("pct many", lambda: "%d" % (1, 2))
t("pct star", lambda: "%*d|%-*.*f" % (5, 1, 8, 2, 3.14159))
t("pct c", lambda: "%c%c" % (65, "b"))
t("pct i u", lambda: "%i %u %+d % d" % (1, 2, 3, 4))
t("pct #", lambda: "%#x %#o %#.0f" % (255, 8, 3.0))
t("pct float int", lambda: "%d" % 3.7)
t("pct g", lambda: ["%g" % x for x in (1e-5, 123456789.0, 1.5, 100000.0, 1e16)])
t("str 05", lambda: [format('ab','05'), format('ab','<05'), format(5, '05c'), format(None, ''), format(None, '<5'), format([1], '')])
t("ties e", lambda: [format(x, '.%de' % p) for x in (2.5, 0.125, 0.375, 1.5, 12.5, 0.5, 1e23, 5e-324, 2.675, 1.25) for p in (0, 1, 2)])
t("ties g", lambda: [format(x, '.%dg' % p) for x in (2.5, 0.125, 0.375, 1.5, 12.5, 0.5, 125.0, 1e-5, 9.5, 99.5) for p in (1, 2, 3)])
t("ties '' ", lambda: [format(x, '.%d' % p) for x in (2.5, 0.125, 0.375, 1.5, 12.5, 0.5, 125.0, 1e-5, 9.5, 99.5, 100.0, 1.0, 0.0) for p in (1, 2, 3)])
t("long e", lambda: format(0.1, '.120e'))
t("alt", lambda: [format(x, s) for x in (1.0, 0.0, 12345.0, 1e-5) for s in ('#g', '#.1g', '#.0e', '#.3', '#.0f', '#e', '#.0%')])
t("z", lambda: [format(x, s) for x in (-0.0, -1e-9, -0.04, 0.0) for s in ('z.1f', 'z', 'z.2e', 'z.1g', 'z.0%', '+z.1f')])
t("pct inf", lambda: [format(float('inf'), '.1%'), format(float('-inf'), '%'), format(float('nan'), '10%')])
t("zero group", lambda: [format(v, s) for v in (5, -5, 1234567, 3.5) for s in ('010,', '012_', '0=11,', '*=11,', '09,.1f', '+012,')])
t("hex group", lambda: [format(v, s) for v in (0, 255, 2**33) for s in ('_x', '_X', '#_x', '_o', '_b', '#012_b', '011_x')])
t("int prec", lambda: format(5, '.1d'))
t("int prec x", lambda: format(5, '.1x'))
t("c sign", lambda: format(65, '+c'))
t("c neg", lambda: format(-1, 'c'))
t("c alt", lambda: format(65, '#c'))
t("fstrings", lambda: [f"{x:,}" for x in (1234.5, 12345678.9, -1e6)] + [f"{x:_}" for x in (1234.5,)])
