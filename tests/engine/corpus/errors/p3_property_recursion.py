class Layer:
    def __init__(self, units):
        self.units = units

    @property
    def units(self):
        return self.units

    @units.setter
    def units(self, v):
        self._units = v

print(Layer(3)._units)
print(Layer(3).units)
