"""The NumPy engine: networks, activations, losses, optimizers, trainer. Never imports Qt."""
