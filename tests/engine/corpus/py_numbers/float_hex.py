# float.hex() and float.fromhex(): exact spellings, rounding of long mantissas (ties to even), subnormals, errors.
vals = [0.0, -0.0, 1.0, 0.1, -2.5, 1e308, 5e-324, 2.2250738585072014e-308, 1/3, 123456.789, float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308, 4.9e-322]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
for s in ["0x1.8p1", "  -0X1P-2 ", "1.", "0x.8", "inf", "-Infinity", "nan", "0x1.fffffffffffff8p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "ff", "0x1p1023", "0x10p-4"]:
    print(repr(s), float.fromhex(s))
for bad in ["0x1p1024", "0x", "", "1.2.3", "0x1.fffffffffffff8p1023"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
