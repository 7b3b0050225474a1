"""MLP Studio: design a multilayer perceptron by drag and drop, train it live, watch it learn."""

__version__ = "0.1.0"
