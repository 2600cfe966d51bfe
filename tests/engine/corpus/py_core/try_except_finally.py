def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally for", a, b)

print(div(1, 2))
print(div(1, 0))

def f():
    try:
        return "try"
    finally:
        print("cleanup")

print(f())

try:
    try:
        [][1]
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", type(e).__name__, e)

try:
    int("abc")
except (TypeError, ValueError) as e:
    print("tuple handler:", type(e).__name__, e)
