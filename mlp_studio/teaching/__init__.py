"""Qt-free computations behind the teaching views (NumPy only; never imports Qt).

Modules: :mod:`.explain` and :mod:`.explain_text` (one training step explained with the engine's numbers),
:mod:`.gradcheck_view` (backprop beside a finite difference), :mod:`.health` (histograms, saturation, dead
ReLUs, gradient norms over time), :mod:`.replay` (bounded weight snapshots for a timeline), :mod:`.compare`
(two runs side by side), :mod:`.activations_explorer` (every activation and its derivative).

Conventions shared by every module here:

- ``layer`` is a 0-based index into ``net.weights``: dense layer ``l`` maps ``a[l]`` (``a[0]`` = inputs) to
  ``a[l + 1]``; weight ``(i, j)`` of layer ``l`` is ``net.weights[l][i, j]`` (from unit i to unit j).
  Texts shown to students number layers, neurons and inputs from 1.
- Results are frozen dataclasses whose arrays are read-only copies, safe to hand to another thread.
- User-visible strings go through :func:`mlp_studio.i18n.tr`; formula renderers take ``style="text"`` or
  ``"html"`` (Qt rich text).
"""
