class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"

for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.speak(), "|", a.kind())

p = Puppy("Bit", 1)
print(isinstance(p, Dog), isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p) is Puppy, type(p) == Dog)
print(Puppy.__name__, type(p).__name__)
