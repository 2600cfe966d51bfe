# corpus: traceback
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return undefined_name


def main():
    x = divide(1, 2)
    print(x)
    return divide(1, 0)


main()
