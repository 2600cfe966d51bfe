# complex numbers (the engine has none: the literal is refused when the program is read)
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), complex(1, 2) * 1j)
