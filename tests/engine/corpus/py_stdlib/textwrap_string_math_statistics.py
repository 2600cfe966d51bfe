import textwrap
import string
import math
import statistics
report = "The network reached an accuracy of 97.3 percent after ten epochs of training with Adam and batch normalization."
print(textwrap.fill(report, width=40))
print(textwrap.shorten(report, width=50, placeholder=" ..."))
print(textwrap.dedent("""\
    line one
      line two
    """), end="")
print(textwrap.indent("a\nb", "> "), textwrap.wrap("aaa bbb ccc", 7))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:6], string.Template("$x-$y").substitute(x=1, y=2))
print("{name} {score:.1f}".format_map({"name": "net", "score": 97.25}), "a,b".split(","), "ab".join("xyz"))
print(math.prod([1, 2, 3, 4]), math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.dist([0, 0], [3, 4]), math.copysign(1, -0.0))
print(statistics.pstdev([1, 2, 3, 4]), statistics.variance([1, 2, 3, 4]), statistics.mode([1, 2, 2, 3]), statistics.median_low([1, 2, 3, 4]))
print(statistics.mean([0.1, 0.2, 0.3]), statistics.fmean([1, 2]), statistics.harmonic_mean([1, 2, 4]))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz")), "Hello".center(11, "="), "x".ljust(3, ".") + "|")
print("%s has %d params (%.2f%%)" % ("fc", 7850, 12.3456), "%-8s|%8s|" % ("l", "r"), "%c%c" % (72, "i"), "%e" % 12345.678)
