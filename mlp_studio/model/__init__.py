"""The Qt-free document: experiment specs, the network design and its validated edits."""
