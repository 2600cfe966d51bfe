# str.format conversions (!a escapes), nested spec numbering, bad fields; %-formatting: int precision, unsupported and incomplete formats, %a; ascii()
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
    def __repr__(self):
        return "Cé"
    def __str__(self):
        return "strC"
t("conv a", lambda: ["{!a}".format("é"), f"{'é'!a}", "{!a}".format(C()), f"{C()!r:>6}", f"{C():xyz}", format(C(), "q"), "{:abc}".format(C())])
t("nested", lambda: ["{0[1]}".format([1, 2]), "{0[a]}".format({"a": 3}), "{0.real:.2f}".format(2), "{:{}{}}".format(3, ">", 5)])
t("index neg", lambda: "{0[-1]}".format([1, 2]))
t("fstr eq", lambda: [f"{1+1=}", f"{'a'=!r:>5}", f"{3.14159=:.2f}"])
t("fstr nested fmt", lambda: [f"{10:{'>'}{5}}", f"{'x':{'*'}^{7}}"])
t("format empty field", lambda: "{}".format())
t("format bad conv", lambda: "{!x}".format(1))
t("format unmatched", lambda: "{".format(1))
t("format attr missing", lambda: "{0.nope}".format(1))
t("str % dict", lambda: ["%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25}, "%s" % (1,), "%s" % [1, 2], "%r" % "a", "%a" % "é", "%5s|%-5s|" % ("a", "b"), "%.2s" % "abc", "%c" % 9731])
t("pct prec int", lambda: ["%.3d" % 5, "%5.3d" % -5, "%.0f" % 2.5, "%.0f" % 3.5, "%e" % 0.0, "%g" % 1e-10, "%10.4g|" % 3.14159, "%#o %#X" % (8, 255), "%+.1e" % 12345])
t("pct errors", lambda: "%d" % None)
t("pct x float", lambda: "%x" % 3.0)
t("pct unknown", lambda: "%y" % 1)
t("pct incomplete", lambda: "abc %" % ())
print(ascii("\U0001f600é\u2028"), "%a" % "😀", f"{chr(0x1F600)!a}")
