"""The teaching views of the main window (Teach menu): explained step, gradient check, neuron health, replay,
compare runs, activation explorer. See ``docs/teaching.md``.

The numbers come from the Qt-free core in :mod:`mlp_studio.teaching`, computed on twins of the live network
(:mod:`mlp_studio.model.parameters`); the views never touch the training network itself.
"""

from mlp_studio.ui.teaching.views import TeachingViews, install_teaching

__all__ = ["TeachingViews", "install_teaching"]
