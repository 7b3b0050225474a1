"""The training loop and the training process (Qt-free): what runs behind the controller.

:mod:`.loop` trains a session between commands; :mod:`.child` runs it in a process of its own; :mod:`.capture`
copies a run's state for project files.
"""
