results = []
for v in ["1", "2.5", "x", "4", None, "0"]:
    try:
        n = int(v)
        results.append(10 // n)
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
    except ZeroDivisionError as e:
        results.append(str(e))
    else:
        results[-1] = results[-1] * 2
    finally:
        results.append("|")
print(results)
def first_error(funcs):
    for f in funcs:
        try:
            f()
        except Exception as e:
            return type(e).__name__
    return None
print(first_error([lambda: 1, lambda: [][0], lambda: 1 / 0]))
