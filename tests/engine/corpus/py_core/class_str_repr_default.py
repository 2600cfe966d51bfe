class A:
    def __repr__(self):
        return "A()"

class B(A):
    def __str__(self):
        return "I am B"

print(A(), B(), [A(), B()], str(B()), repr(B()))
print(f"{B()} {B()!r}")
