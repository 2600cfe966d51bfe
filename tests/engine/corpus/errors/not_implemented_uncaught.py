class Base:
    def forward(self, x):
        raise NotImplementedError("subclass must implement forward")
Base().forward(1)
