# corpus: traceback
# an uncaught exception whose str() raises: CPython prints the traceback, then "<exception str() failed>"
class BadMessage(Exception):
    def __str__(self):
        raise ValueError("no message")


def check(x):
    if x < 0:
        raise BadMessage(x)
    return x


print(check(1))
check(-1)
