# string: constants, capwords, Template
import string
print(string.capwords(' hello   wORLD '), string.capwords('a-b-c', '-'), string.Template('$x and ${y}!').substitute(x=1, y='z'), string.Template('$x $q').safe_substitute(x=1), string.hexdigits, string.octdigits, repr(string.whitespace), repr(string.printable[-10:]))
print(string.Template('$$ is $cost').substitute({'cost': 5}), string.Template('$a$b').substitute({'a': 1}, b=2), len(string.printable), string.ascii_letters)
for f in [lambda: string.Template('$x $q').substitute(x=1), lambda: string.Template('cost: $').substitute()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
