class A:
    pass
class B(A):
    pass
print(B.__bases__[0].__name__, [c.__name__ for c in B.__mro__], A.__name__, B.__qualname__)
print(type(B()).__mro__[-1].__name__, B.__module__)
