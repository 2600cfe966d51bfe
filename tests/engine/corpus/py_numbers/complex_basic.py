z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, z ** 2, (1 + 2j) / (3 - 4j))
print(complex(1, -1), 1j * 1j, type(z).__name__)
